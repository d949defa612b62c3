"""Kinds of readings met in the thirty-first round, each written here in sentences of our own.

- A request said politely first ("I would like to set a budget of 350 € a month for
  groceries", "I'd like to put 200 in savings") keeps its meaning whatever reason follows in
  another sentence ("My son says I should keep an eye on it"); "Can you add £1,000,000 to
  my account? Worth a try, ha." stays a joke.
- The person's subject carried over "and" ("Today I was at the pharmacy and paid 23,80 €",
  "we went to the garden centre and bought two roses for 18") tells what they paid, whatever
  chat follows.
- A time long ago is money long ago only when it is said of the money: "it feels like she
  was born last year" after a purchase leaves the purchase; "That was years ago" after a
  sale still tells a memory.
- A learner's perfect "I have pay 120 zl for internet" is paid, no payment to prepare; "I
  have to pay 120 for internet" is still no entry.
- The złoty and the koruna typed without their marks ("120 zl", "89 kc"), and "złotych".
- A shop's name ends before the speaker: "Yesterday at the Edeka I spent 47,35 €" is at
  Edeka, not "Edeka I".
- After a budget: "where I am with it?", "how'm I tracking on that" ask how it stands; a new
  figure said first and preferred ("hmm 350 is better", "Change, 6万 is better", "400 would
  be more realistic") changes it, and said with nothing before it is asked about.
- "same for flipkart" after a list asks the same of that shop; "what about aldi" after a
  total at Tesco asks it at Aldi, not Tesco's groceries.
- Money got back said right after "got back" ("i got back twelve euros from the parking
  machine") is a refund; "got back home at 5, taxi 20" is no refund and never 25.
- A friend's word of address before a request to pay ("Mate can you send Dave 40 …").
- A spending long ago told with its subject left out ("… back in 2019, spent about 3k all
  up") asks no total; "Had the best holiday …" is no question.
- An allowance given oneself each month ("allow 60 a month for the garden", "give myself
  200 a month for clothes", "Put me down for £60 a month on the garden") is a budget, never
  a payment to "myself" nor a shop called "allow".
- A subscription's price told and judged ("thinking to quit Netflix, 13,99 every month is
  too much") asks nothing; "subscriptions over 10 a month" still lists them.
- "so nothing to write" and "please do not change the category of …" ask for nothing.
- An entry named by its amount, then moved ("the 38 from uber put it in travel, not
  transport"), is a move; moved to a category we do not know ("… put it in viajes"), it is
  asked about, never written again. "Put it in as a refund" still writes the refund.
- The person's share told as the one figure ("had dinner with the girls, my share was 28
  euros") is what they paid; "dinner 90, my share 30" is still a bill split. A share of a
  purchase paid back ("paid rahul back 600 for my share of swiggy") is the person's expense.
- Who came along names no shop: "lunch with Sarah 15", "coffee with the girls 12";
  "flight with Ryanair 89" is at Ryanair.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from lingassist.assistant import Intent
from tests.assistant.reading import after, assert_read_as, read


@pytest.mark.parametrize(
    ("text", "intent", "amount"),
    [
        (
            "I would like to set a budget of 350 € per month for groceries. My son says I "
            "should keep an eye on it, prices went up so much.",
            Intent.SET_BUDGET,
            "350",
        ),
        (
            "I'd like to put 200 in savings this month. My daughter says I should save more.",
            Intent.TRANSFER,
            "200",
        ),
        ("Can you add £1,000,000 to my account? Worth a try, ha.", Intent.OTHER, None),
    ],
)
def test_a_polite_request_first_keeps_its_meaning(
    text: str, intent: Intent, amount: str | None
) -> None:
    assert_read_as(text, intent, amount)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        (
            "Today I was at the chemist and paid 23,80 € for my tablets. The fee is always "
            "the same, it is really annoying, but what can one do.",
            "23.80",
        ),
        (
            "We went to the garden centre on Sunday and bought two roses for 18 €. The old "
            "ones died in the frost, my husband was very sad.",
            "18",
        ),
        (
            "Yesterday at the Rewe I spent 52,10 €, mostly for the cake for my grandson. He "
            "is turning five, it feels like he was born last year.",
            "52.10",
        ),
    ],
)
def test_a_purchase_told_before_chat_is_entered(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount)


@pytest.mark.parametrize(
    "text",
    [
        "Sold my old bike for 250. That was years ago and I still miss it.",
        "Had the best holiday in Crete back in 2018, spent about 4k all up",
        "I was at the mall and saw a jacket for 80, too much",
    ],
)
def test_a_memory_or_a_price_seen_writes_nothing(text: str) -> None:
    assert not read(text).is_action, text


def test_a_learners_perfect_is_paid() -> None:
    assert_read_as("I have pay 120 zl for internet today", Intent.ADD_EXPENSE, "120")
    assert read("I have pay 120 zl for internet today").currency == "PLN"
    assert not read("i have to pay 120 for internet").is_action


@pytest.mark.parametrize(
    ("text", "currency"),
    [("lunch 45 zl", "PLN"), ("lunch 45 złotych", "PLN"), ("beer 89 kc", "CZK")],
)
def test_currencies_typed_without_their_marks(text: str, currency: str) -> None:
    command = read(text)
    assert (command.amount, command.currency) == (Decimal(text.split()[1]), currency), text


@pytest.mark.parametrize(
    ("text", "shop"),
    [("Yesterday at the Edeka I spent 47,35 €", "Edeka"), ("at Tesco I paid 12.50", "Tesco")],
)
def test_a_shops_name_ends_before_the_speaker(text: str, shop: str) -> None:
    assert read(text).merchant == shop


@pytest.mark.parametrize(
    "text", ["where I am with it?", "how'm I tracking on that", "where do I stand?"]
)
def test_how_a_budget_stands_asked_without_naming_it(text: str) -> None:
    command = after("set a budget of 250 a month for groceries", text)
    assert command.intent is Intent.BUDGET_STATUS, text
    assert command.category == "FOOD_AND_DRINK_GROCERIES", text


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("hmm 350 is better", "350"),
        ("Change, 6万 is better", "60000"),
        ("400 would be more realistic", "400"),
    ],
)
def test_a_figure_preferred_changes_the_budget(text: str, amount: str) -> None:
    command = after("budget 300 a month for groceries", text)
    assert (command.intent, command.amount) == (Intent.SET_BUDGET, Decimal(amount)), text
    assert command.merchant is None, text


@pytest.mark.parametrize("text", ["hmm 350 is better", "400 would be more realistic"])
def test_a_figure_preferred_with_nothing_before_is_asked(text: str) -> None:
    assert not read(text).is_action, text


def test_a_figure_better_than_nothing_changes_nothing() -> None:
    assert not after("budget 300 a month for groceries", "500 is better than nothing").is_action


def test_the_same_asked_of_another_shop() -> None:
    command = after("show all amazon orders above 2k this year", "same for flipkart")
    assert (command.intent, command.merchant) == (Intent.SHOW_TRANSACTIONS, "flipkart")


def test_a_chain_asked_about_after_a_shop_is_that_chain() -> None:
    command = after("how much at tesco last month", "what about aldi")
    assert (command.intent, command.merchant, command.category) == (
        Intent.QUERY_SPENDING,
        "aldi",
        None,
    )


@pytest.mark.parametrize(
    ("text", "intent", "amount"),
    [
        ("i got back twelve euros from the parking machine", Intent.ADD_REFUND, "12"),
        ("we got back two hundred from the landlord", Intent.ADD_REFUND, "200"),
        ("got back home at 5, taxi 20", Intent.ADD_EXPENSE, None),
    ],
)
def test_money_said_right_after_got_back(text: str, intent: Intent, amount: str | None) -> None:
    assert_read_as(text, intent, amount)


def test_a_friends_word_of_address_before_a_payment() -> None:
    command = read("Mate can you send Jono 40 for the bucks night")
    assert (command.intent, command.amount, command.payee) == (
        Intent.DRAFT_PAYMENT,
        Decimal("40"),
        "Jono",
    )


@pytest.mark.parametrize(
    ("text", "amount", "category"),
    [
        ("allow 60 a month for the garden", "60", "HOME_IMPROVEMENT_OTHER_HOME_IMPROVEMENT"),
        (
            "give myself 200 a month for clothes",
            "200",
            "GENERAL_MERCHANDISE_CLOTHING_AND_ACCESSORIES",
        ),
        (
            "Put me down for £60 a month on the garden, that ought to be plenty now.",
            "60",
            "HOME_IMPROVEMENT_OTHER_HOME_IMPROVEMENT",
        ),
    ],
)
def test_an_allowance_each_month_is_a_budget(text: str, amount: str, category: str) -> None:
    command = read(text)
    assert (command.intent, command.amount, command.category) == (
        Intent.SET_BUDGET,
        Decimal(amount),
        category,
    ), text
    assert command.payee is None and command.merchant is None, text


def test_an_allowance_for_someone_else_is_still_a_payment() -> None:
    assert read("give mum 200 a month for rent").intent is Intent.DRAFT_PAYMENT


def test_a_subscriptions_price_judged_asks_nothing() -> None:
    told = "I am thinking to quit Disney, 8,99 every month is too much for what I watch"
    assert read(told).intent is Intent.OTHER
    assert read("subscriptions over 10 a month").intent is Intent.QUERY_SUBSCRIPTIONS


@pytest.mark.parametrize(
    "text",
    [
        "Ana paid me back already by Bizum the 20€, so nothing to write, we are ok",
        "Please do not change the category of the Zermatt hotel, it is correct like this",
    ],
)
def test_asked_to_do_nothing(text: str) -> None:
    assert not read(text).is_action, text


def test_an_entry_named_by_its_amount_moved() -> None:
    command = read("the 38 from uber put it in travel, not transport")
    assert (command.intent, command.category) == (Intent.RECATEGORIZE, "TRAVEL_OTHER_TRAVEL")
    assert command.merchant == "uber"


@pytest.mark.parametrize(
    "text",
    [
        "The 74€ from Vueling put it in viajes, not in transporte please",
        "the 38 from uber put it in work, not transport",
    ],
)
def test_a_move_to_a_category_we_do_not_know_is_asked(text: str) -> None:
    assert not read(text).is_action, text


def test_put_in_as_a_refund_writes_the_refund() -> None:
    text = "Enterprise finally released my $200 hold on the car. Put it in as a refund"
    assert_read_as(text, Intent.ADD_REFUND, "200")


@pytest.mark.parametrize(
    ("text", "intent", "amount"),
    [
        ("had dinner with the girls, my share was 28 euros", Intent.ADD_EXPENSE, "28"),
        ("paid priya back 600 for my share of the swiggy order", Intent.ADD_EXPENSE, "600"),
        ("dinner 90 split with Tom", Intent.SPLIT_EXPENSE, "90"),
        ("paid her back 15", Intent.OTHER, None),
    ],
)
def test_the_persons_share_told_alone(text: str, intent: Intent, amount: str | None) -> None:
    assert_read_as(text, intent, amount)


@pytest.mark.parametrize(
    ("text", "shop"),
    [
        ("lunch with Sarah 15", None),
        ("dinner with Tom, 30", None),
        ("coffee with the girls 12", None),
        ("flight with Ryanair 89", "Ryanair"),
    ],
)
def test_who_came_along_names_no_shop(text: str, shop: str | None) -> None:
    assert read(text).merchant == shop, text


@pytest.mark.parametrize(
    ("earlier", "text", "intent", "amount"),
    [
        ("what's in my checking", "ok move 100 of it to savings", Intent.TRANSFER, "100"),
        ("how much on groceries in october", "ok and in september?", Intent.QUERY_SPENDING, None),
        ("taxi 20 to the station", "ok 25", Intent.ADD_EXPENSE, "25"),
        ("set a budget of 250 for food", "ok maybe 300", Intent.SET_BUDGET, "300"),
    ],
)
def test_ok_opens_a_follow_up_only_before_one(
    earlier: str, text: str, intent: Intent, amount: str | None
) -> None:
    command = after(earlier, text)
    want = None if amount is None else Decimal(amount)
    assert (command.intent, command.amount) == (intent, want), text


def test_a_ranking_asked_after_a_list_stands_alone() -> None:
    command = after(
        "show me everything from Bunnings this year", "ok now rank my top 5 shops since july"
    )
    assert (command.intent, command.merchant) == (Intent.QUERY_BREAKDOWN, None)


@pytest.mark.parametrize(
    "text", ["hotel room was 35m2 only, very small", "the flat is 60m² and nice"]
)
def test_square_metres_are_never_millions(text: str) -> None:
    command = read(text)
    assert command.amount is None and not command.is_action, text


@pytest.mark.parametrize(
    ("text", "amount"),
    [("Tram ticket 2 x Fr. 4.40", "8.80"), ("bus ticket 2 x CHF 3.60", "7.20")],
)
def test_a_count_times_a_price_with_its_short_currency(text: str, amount: str) -> None:
    assert read(text, "CHF").amount == Decimal(amount), text


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("target run was $86.43 but i had a $10 gift card so really $76.43", "76.43"),
        ("show ticket 180 but half price for students so i paid 90 actually", "90"),
    ],
)
def test_what_it_really_came_to_is_the_amount(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("pint at the Crown, fiver", "5"),
        ("taxi home, tenner", "10"),
        ("tenner for the car wash", "10"),
    ],
)
def test_a_notes_nickname_alone_is_its_amount(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount)


def test_down_to_the_last_tenner_is_no_amount() -> None:
    text = "Got paid! £1,284.56 from the trust landed today, I was down to my last tenner"
    assert read(text).amount == Decimal("1284.56")


@pytest.mark.parametrize(
    ("text", "intent", "amount"),
    [
        ("got 2 rounds in, 8 pints at 4.85", Intent.ADD_EXPENSE, "38.80"),
        ("overtime: 12 hours at 28.50", Intent.ADD_INCOME, "342"),
        ("I sell 4 cakes for my neighbour, R$ 30 each one", Intent.ADD_INCOME, "120"),
    ],
)
def test_things_counted_at_a_price_each(text: str, intent: Intent, amount: str) -> None:
    assert_read_as(text, intent, amount)


def test_a_misspelt_dollar_and_a_note_to_self() -> None:
    command = read("dentist copay 45 dolars, last tuesday, forgot to log it", "USD")
    assert (command.amount, command.currency, command.merchant) == (Decimal("45"), "USD", None)


def test_loyalty_points_are_never_money() -> None:
    assert read("Migros 47.35, Cumulus points 47", "CHF").amount in (None, Decimal("47.35"))


@pytest.mark.parametrize(
    ("text", "intent", "amount"),
    [
        (
            "fuel 18,000 naira at Total yesterday, 30 litres. petrol price no get sense again",
            Intent.ADD_EXPENSE,
            "18000",
        ),
        ("petrol price 1.89 today", Intent.OTHER, None),
        (
            "Don't bother putting the Greggs £3.85 in, I've done it myself. Technology eh.",
            Intent.OTHER,
            None,
        ),
        (
            "Today I saw at Yodobashi the new lens, 148,000 yen. Very expensive, I think.",
            Intent.OTHER,
            None,
        ),
    ],
)
def test_a_ledger_line_then_talk(text: str, intent: Intent, amount: str | None) -> None:
    assert_read_as(text, intent, amount, "NGN" if "naira" in text else "GBP")


@pytest.mark.parametrize(
    "text",
    [
        "Next door paid £1,250.00 for a new boiler. I think he was robbed, personally.",
        "next door spent 300 on a fence",
    ],
)
def test_the_neighbours_money_is_theirs(text: str) -> None:
    assert not read(text).is_action, text


def test_a_payment_asked_after_an_invoice_received() -> None:
    command = read("he's sent the invoice now, so get the £35 payment to Mr Patel ready")
    assert (command.intent, command.amount, command.payee) == (
        Intent.DRAFT_PAYMENT,
        Decimal("35"),
        "Mr Patel",
    )
    assert not read("sent the invoice to acme for 400").is_action


def test_a_bill_we_share_told_at_length() -> None:
    text = (
        "Had a lovely lunch with Jo and Pat at the Swan, the three of us had the roast and a "
        "pudding each, and it came to £63 altogether, so we're going three ways on it."
    )
    assert_read_as(text, Intent.SPLIT_EXPENSE, "63")


@pytest.mark.parametrize(
    "text", ["today 1 euro = how many dong? 27,000?", "500k IDR = how much EUR?"]
)
def test_a_conversion_asked_with_an_equals_sign_is_no_question_of_the_ledger(text: str) -> None:
    assert read(text).intent is Intent.OTHER, text


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("yesterday i pay the dentist 450, is in 3x of 150 in the credit card", "450"),
        ("Today I have done payment of 4,200 for my son's tuition fees, kindly update", "4200"),
        ("i did payment of 1500 for electricity", "1500"),
    ],
)
def test_a_payment_told_as_learners_tell_it(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("concert tix 89.50 x2 plus 18 in fees", "197.00"),
        ("cinema tickets 12 x2 plus 2 booking fee", "26"),
    ],
)
def test_a_fee_priced_with_its_figure_is_part_of_the_entry(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount)
    assert read(text).merchant is None  # never a shop called "fees"


def test_a_question_about_a_banks_fees_is_still_no_entry() -> None:
    assert not read("why did the bank charge me 5 in fees").is_action
