"""Kinds of amounts met in the fourteenth round (blind sets 115-120 and the tune halves),
each written here in sentences of our own. Amounts: a list of things bought together is one
entry for their sum, a part said to be included is not another price, a total said with
what it includes is the amount, fuel priced to a tenth of a cent per litre. Conversations:
a budget asked about is changed by "raise it to 300", and a budget or an entry asked in
words after a question stands on its own."""

from __future__ import annotations

from decimal import Decimal

import pytest

from lingassist.assistant import Intent
from tests.assistant.reading import after, assert_read_as, read


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("milk 1.05, bread 1.60, cheese 3.20", "5.85"),
        ("3 pens at 1.20 each and a notebook 4.50", "8.10"),
        ("gutters 20 for the front, and 10 more for the side", "30"),
        ("2 scarves at 15 each, 3 hats 8 each", "54"),
        ("plant pot 12, compost 6.50 and seeds 2.99 from the garden centre", "21.49"),
        # two things, each named beside its price: one entry, as people who write them
        # in one message record them (sixteenth round; they were asked about before)
        ("croissant 2.40 and a latte 3.10", "5.50"),
    ],
)
def test_things_bought_together_are_one_entry_for_their_sum(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount)


@pytest.mark.parametrize(
    "text",
    [
        "lunch 12 on food and 8 on drinks",  # money put on two kinds: maybe two entries
        "groceries 52.10 at Aldi and 7.99 at the bakery",  # two shops: two entries
        "petrol 60 then a car wash 8",  # one after the other
        "the jacket was 80 or 95, I forget",  # one of two
        "scarf 20, it was 35 last week",  # an old price
    ],
)
def test_prices_that_are_not_surely_one_list_are_still_asked_about(text: str) -> None:
    command = read(text)
    assert command.intent is Intent.ADD_EXPENSE
    assert command.amount is None
    assert "amount" in command.missing


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("hotel 320 including 40 city tax", "320"),
        ("rent 900 incl. 80 service charge and 20 for parking", "900"),
        ("takeaway 31.50 which includes 3 delivery", "31.50"),
    ],
)
def test_a_part_said_to_be_included_is_not_another_price(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("hardware store: 3 hinges 4.99 each, total with tax 16.17", "16.17"),
        ("chemist, 2 creams 6.49 each, total incl vat 12.98", "12.98"),
        ("bike shop, tube 7 and tyre 32, total w/ tax 42.12", "42.12"),
    ],
)
def test_a_total_said_with_what_it_includes_is_the_amount(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("diesel 52.3 litres at 1.649 per litre", "86.24"),
        ("filled up 40 l at €1.799/l", "71.96"),
    ],
)
def test_fuel_priced_to_a_tenth_of_a_cent_per_litre(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount)


@pytest.mark.parametrize(
    "text",
    [
        "heating oil 0.98 €/l this week",
        "beef mince 8.50/kg at the butcher now, was 7.90",
        "electricity is 28p per kWh from january",
        "tomatoes going for 3.20 a kilo at the market",
    ],
)
def test_a_price_per_unit_with_nothing_bought_is_not_an_entry(text: str) -> None:
    assert read(text).intent is Intent.OTHER


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("seat 22A upgrade on the ferry, 18.50", "18.50"),
        ("bus £2.40 into town", "2.40"),
    ],
)
def test_a_seat_number_is_no_price_and_a_bus_fare_with_its_currency_is(
    text: str, amount: str
) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount)


@pytest.mark.parametrize(
    ("earlier", "said", "amount"),
    [
        ("how is my coffee budget doing?", "raise it to 60", "60"),
        ("what's left in the clothes budget", "Lower it to £80 a month please.", "80"),
        (
            "how much did I spend on takeaways in october?",
            "ok set a limit of 120 for takeaways",
            "120",
        ),
    ],
)
def test_a_budget_changed_after_a_question_is_set(earlier: str, said: str, amount: str) -> None:
    command = after(earlier, said)
    assert (command.intent, command.amount) == (Intent.SET_BUDGET, Decimal(amount))


@pytest.mark.parametrize(
    ("earlier", "said", "intent", "amount"),
    [
        (
            "how much on petrol this month?",
            "ok also add 45 for petrol today",
            Intent.ADD_EXPENSE,
            "45",
        ),
        ("set a budget of 200 for clothes", "and add 35 for a shirt", Intent.ADD_EXPENSE, "35"),
    ],
)
def test_an_entry_asked_after_a_question_or_a_budget_stands_on_its_own(
    earlier: str, said: str, intent: Intent, amount: str
) -> None:
    command = after(earlier, said)
    assert (command.intent, command.amount) == (intent, Decimal(amount))


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        (
            "Draft a $1,275.50 estimated tax payment to the state for the April 15 deadline.",
            "1275.50",
        ),
        ("prepare R3 200 to Mrs Naidoo for her salary, for the 30th", "3200"),
        ("Get a payment ready to Bristol City Council for the council tax, £96, for the 1st", "96"),
    ],
)
def test_a_payment_asked_to_be_prepared_is_a_draft(text: str, amount: str) -> None:
    assert_read_as(text, Intent.DRAFT_PAYMENT, amount)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("please log $30 for the SmarTrip top-up I did on monday", "30"),
        ("add 15 for the school canteen top up", "15"),
    ],
)
def test_a_top_up_asked_to_be_logged_is_an_expense(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount)


def test_how_to_top_up_is_still_no_entry() -> None:
    assert read("how do I top up my travel card with 20?").intent is Intent.OTHER


@pytest.mark.parametrize(
    "text",
    [
        "maya got $150 from her grandad for passing her driving test, lucky her",
        "Theo got paid 900 for the logo he designed, so proud",
        "my cousin got 2,000 back from the tax office",
        "Dan pls send ur half of the 64 for the cabin when u can",
        "Priya, venmo me your share of the 90 for the concert please",
    ],
)
def test_someone_elses_money_or_money_asked_of_them_is_no_entry(text: str) -> None:
    assert not read(text).is_action


@pytest.mark.parametrize(
    ("text", "intent", "amount"),
    [
        ("got 120 from my grandad for my birthday", Intent.ADD_INCOME, "120"),
        ("Ben paid me back 30 for his ticket", Intent.ADD_INCOME, "30"),
    ],
)
def test_money_that_came_to_the_person_is_still_theirs(
    text: str, intent: Intent, amount: str
) -> None:
    assert_read_as(text, intent, amount)


@pytest.mark.parametrize(
    ("text", "intent", "amount"),
    [
        ("overtime on this payslip: 9 hrs at 31.20", Intent.ADD_INCOME, "280.80"),
        ("pay the cleaner Rosa for 5 hours at £14", Intent.DRAFT_PAYMENT, "70"),
        ("4 sacks of compost, 6.25 a sack", Intent.ADD_EXPENSE, "25.00"),
        ("2 crates of water at 4.40 per crate", Intent.ADD_EXPENSE, "8.80"),
        ("7h weekend shift at 19.80 on this paycheck", Intent.ADD_INCOME, "138.60"),
        ("3 bottles of olive oil, 8.90 a bottle", Intent.ADD_EXPENSE, "26.70"),
    ],
)
def test_a_rate_times_the_hours_or_things_counted_before_it(
    text: str, intent: Intent, amount: str
) -> None:
    assert_read_as(text, intent, amount)


@pytest.mark.parametrize(
    "text",
    [
        "is it dumb to spend 900 on a road bike when I barely ride?",
        "would 30 quid be enough for a leaving present for my boss?",
        "is spending 250 a month on eating out bad for a couple? be honest",
        "I think I'm spending too much on deliveroo, thoughts?",
        "would it be smarter to lease a car for 300 a month?",
    ],
)
def test_advice_asked_about_spending_is_no_question_of_the_ledger(text: str) -> None:
    assert read(text).intent is Intent.OTHER


def test_a_total_asked_beside_an_opinion_is_still_asked() -> None:
    command = read("how much did I spend on coffee in october, is that too much?")
    assert command.intent is Intent.QUERY_SPENDING


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("add my paycheck, 1,980.40 direct deposit", "1980.40"),
        ("my client finally paid the invoice, 640 euros, after four reminders", "640"),
    ],
)
def test_income_said_beside_a_support_word_is_still_income(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_INCOME, amount)


def test_a_reminder_asked_is_still_no_entry() -> None:
    assert read("remind me to pay the water bill 45 on friday").intent is Intent.OTHER


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("got paid for the mural, 900, they didn't withhold tax", "900"),
        ("CPP payment of $812.40 arrived this morning", "812.40"),
        ("the payment from Okafor Ltd came in, 3,100", "3100"),
    ],
)
def test_money_paid_to_the_person_is_income_whatever_the_story_after(
    text: str, amount: str
) -> None:
    assert_read_as(text, Intent.ADD_INCOME, amount)


@pytest.mark.parametrize(
    "text",
    [
        "don't split the 38 pizza with Ana, she sent me her half already",
        "do not split the petrol with Joe this time, he paid me in cash",
        "Dad's pension went in today, 1,420, so he's fine for the month",
        "my brother's bonus came in, 2,000, he's buying a car with it",
    ],
)
def test_a_split_not_to_make_or_anothers_pay_is_no_entry(text: str) -> None:
    assert not read(text).is_action


def test_a_split_denied_after_an_entry_still_writes_it_with_no_odd_shop() -> None:
    command = read("pizza 38, don't split it")
    assert (command.intent, command.amount, command.merchant) == (
        Intent.ADD_EXPENSE,
        Decimal(38),
        None,
    )


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("wat did i spend at the cinema last month", Intent.QUERY_SPENDING),
        ("hw much did i spend on petrol in october", Intent.QUERY_SPENDING),
        ("Reverse the last entry please, it went in twice", Intent.UNDO),
        ("void the last transaction", Intent.UNDO),
        ("groceries breakdown", Intent.QUERY_BREAKDOWN),
        ("transport breakdown for last month", Intent.QUERY_BREAKDOWN),
    ],
)
def test_questions_and_undo_in_fewer_or_other_words(text: str, intent: Intent) -> None:
    assert read(text).intent is intent


def test_a_car_breakdown_is_no_breakdown_asked() -> None:
    assert read("the car had a breakdown on the motorway, tow was 140").intent is not (
        Intent.QUERY_BREAKDOWN
    )


@pytest.mark.parametrize(
    ("text", "intent", "amount"),
    [
        (
            "got paid six hundred euros for the portraits the deposit was already paid in may "
            "so this is the rest",
            Intent.ADD_INCOME,
            "600",
        ),
        (
            "I got a three k bonus this month no wait it was three and a half k",
            Intent.ADD_INCOME,
            "3500",
        ),
        ("Aviva gave back 85 € because I paid the premium twice", Intent.ADD_REFUND, "85"),
        ("got my money back from Asos 32,50", Intent.ADD_REFUND, "32.50"),
    ],
)
def test_money_paid_or_given_back_to_the_person(text: str, intent: Intent, amount: str) -> None:
    assert_read_as(text, intent, amount)


def test_money_the_person_gave_back_is_no_refund() -> None:
    assert read("gave Sam 20 back for the cinema").intent is not Intent.ADD_REFUND


@pytest.mark.parametrize(
    "text",
    [
        "cabin 900 for the weekend, Priya and Tom will pay their share",
        "team lunch 120, me Ana Ben and Cy will share equally",
    ],
)
def test_a_bill_whose_shares_are_still_to_come_is_a_split(text: str) -> None:
    assert read(text).intent is Intent.SPLIT_EXPENSE


def test_a_split_still_planned_is_no_entry() -> None:
    assert not read("we will split the 300 villa next summer with Jo").is_action


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("matatu fare Ksh 120 this morning", "120", "KES"),
        ("rickshaw to the office 180tk", "180", "BDT"),
        ("got 12 000 rub for the translation", "12000", "RUB"),
        ("fuel at Petrom 280 lei", "280", "RON"),
        ("school uniform GH₵ 350", "350", "GHS"),
    ],
)
def test_money_written_the_way_of_more_countries(text: str, amount: str, currency: str) -> None:
    command = read(text)
    assert (command.amount, command.currency) == (Decimal(amount), currency)
