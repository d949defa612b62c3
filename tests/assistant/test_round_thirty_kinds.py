"""Kinds of readings met in the thirtieth round, each written here in sentences of our own.

- Corrections: a new figure opened by a sound of thinking or a learner's "make" without
  "it" ("hmm actually 300", "nah make it 75 quid", "make 180", "make 400, she did the
  windows too") changes what was just said, budget or payment alike; said first, with
  nothing to correct, it is asked about, never entered ("make 180", "hmm actually 300").
  A question opened so is no correction ("hmm wait, is 6000 even realistic here?").
- Questions after an entry: a question about the ledger said after an entry ("and how much
  did I spend on coffee this week?") is asked, never the entry written again; a new day
  said alone ("no, yesterday") still moves the entry.
- Budgets: what of a budget just set is gone ("how much of it have i used so far", "and how
  much I already used this month?", "how much have I spent of it") is asked of that budget.
- Tips: a learner's "and more 5 of tip" adds the tip, also with where it was paid said
  between ("45 in the barber and more 5 of tip").
- Rates: a total told "with" its service's rate ("total was 386 with the 10% of service",
  "the bill came to 62 with a 12% service charge") holds it; "62 with a 10% service
  charge" alone still adds it.
- Change: the note handed over when the change was left, said as "didn't want change" or
  "no change", is what was paid.
- How it was paid: "pay by visa" after a price ("USD 25 for the domain name, pay by visa")
  says how, and prepares no payment; "pay the water bill 45 by card" still does.
- Prices turned down: a price with its refusal said last ("… at the airport. hard pass",
  "…, no thanks", "i'll pass") or a purchase put off till a sale ("…, waiting for black
  friday", "I think I wait for the soldes") writes nothing; "I said I'd wait for black
  friday but the old one died" was bought. "nope 25" corrects the figure like "no 25".
- Whose money: paid from or on a relative's account or card ("school fees 45,000 paid from
  husband's account", "groceries 80 on my dad's card") is not the person's entry; money a
  relative sent or transferred to the person's own account ("my mum sent 100 to my
  account") is their income, while money sent to a brother is not.
- Shillings as East Africa writes them: "4,500/=", "matatu 100/=" are whole amounts, like
  South Asia's "486/-".
- Commission named first with who paid it ("commission from Safaricom this month 1,200",
  "commission for June 6,480") is income; a commission for a withdrawal is a fee paid.
- Household bills arrived: a utility's bill that "came" with its amount and nothing said of
  paying it ("Electricity bill came 3,200 this month because of AC, so much!!", "the boleto
  of the condominium came 850 this month") writes nothing; one that "came out" of the
  account, "came to" a total or was paid is an expense.
- Prices seen: a learner's "I saw new iPhone for 189,800 yen" (the article left out) is a
  price seen, like "saw a sofa for 450"; "saw the dentist, 80" is still paid.
- Deals: so many for the price of fewer ("2 for 1 pints tonight", "3 for 2 on everything")
  is an offer, and its counts are never the amount ("2 for 1 pizza at Dominos, paid 12";
  "the 3 for 2 shampoo deal, they're 4.50 each" is the two paid for).
- Deposits: a deposit the person had paid and got back ("got my 75 dollar deposit back from
  the parking yard", "deposit back from the landlord, 1,500 minus 220") is money back, a
  refund; a tenant's deposit paid to the person is income.
- Shops: the words of a correction or an aside ("nope", "its", "more", "change") name no
  shop. The shop of the entry just said, named again ("sorry it was Lidl not Biedronka",
  "it was Costa"), is the same entry at that shop, never a move to another category; "it
  was Tuesday" still moves the day.
- Moves: "put in health" after an entry moves it to that category (it had been read as a
  transfer to an account called so); "put in 50 to savings" is still a transfer. "how much of
  it is used already?" after a budget is that budget's status.
- Totals after a ranking: "and how much total?" after "top categories february" is the
  total of that month, never a shop called "how much total".
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from lingassist.assistant import Intent
from tests.assistant.reading import TODAY, after, assert_read_as, read


@pytest.mark.parametrize(
    ("earlier", "text", "intent", "amount"),
    [
        ("budget for eating out 150 per month", "make 180", Intent.SET_BUDGET, "180"),
        ("set my petrol budget to 250 a month", "hmm actually 300", Intent.SET_BUDGET, "300"),
        ("budget 60 quid a week for petrol", "nah make it 75 quid", Intent.SET_BUDGET, "75"),
        (
            "prepare a payment of 350 to Dona Célia for the cleaning",
            "make 400, she did the windows too",
            Intent.DRAFT_PAYMENT,
            "400",
        ),
        ("taxi 18 to the airport", "um, make it 20", Intent.ADD_EXPENSE, "20"),
        ("lunch 12.50 at Pret", "well actually 13.80", Intent.ADD_EXPENSE, "13.80"),
    ],
)
def test_a_new_figure_opened_by_a_sound_of_thinking_corrects_the_last(
    earlier: str, text: str, intent: Intent, amount: str
) -> None:
    command = after(earlier, text)
    assert (command.intent, command.amount) == (intent, Decimal(amount)), text


def test_a_corrected_payment_keeps_its_payee() -> None:
    command = after(
        "prepare a payment of 350 to Dona Célia for the cleaning", "make 400, she did it all"
    )
    assert command.payee == "Dona Célia"


@pytest.mark.parametrize("text", ["make 180", "hmm actually 300", "nah make it 75 quid"])
def test_a_correction_said_first_is_asked_about(text: str) -> None:
    assert not read(text).is_action, text


def test_a_question_opened_by_a_sound_of_thinking_is_no_correction() -> None:
    command = after("set a budget of 6000 for food", "hmm wait, is 6000 even realistic in Bangkok?")
    assert not command.is_action


@pytest.mark.parametrize(
    ("earlier", "text"),
    [
        ("coffee 4.5", "and how much did i spend on coffee this week?"),
        ("budget 200 for groceries", "and how much did I spend on groceries last month?"),
        ("taxi 23.60", "what did I spend on taxis in October"),
        ("lunch 12 at Pret", "and show me all my lunches"),
    ],
)
def test_a_question_after_an_entry_is_asked_not_entered_again(earlier: str, text: str) -> None:
    command = after(earlier, text)
    assert not command.is_action, text
    assert command.intent in (Intent.QUERY_SPENDING, Intent.SHOW_TRANSACTIONS), text


@pytest.mark.parametrize("text", ["no, yesterday", "that was on tuesday", "no, sat"])
def test_a_new_day_alone_still_moves_the_entry(text: str) -> None:
    command = after("taxi 22 to the station", text)
    assert (command.intent, command.amount) == (Intent.ADD_EXPENSE, Decimal("22")), text
    assert command.date is not None and command.date < TODAY, text


@pytest.mark.parametrize(
    "text",
    [
        "k how much of it have i used so far",
        "and how much I already used this month?",
        "how much have I spent of it",
        "how much did i use so far",
    ],
)
def test_what_of_a_budget_is_gone_is_asked_of_that_budget(text: str) -> None:
    command = after("set a budget of 150 for groceries", text)
    assert command.intent is Intent.BUDGET_STATUS, text
    assert command.category == "FOOD_AND_DRINK_GROCERIES", text


def test_a_budget_for_pubs_names_its_category() -> None:
    assert read("budget 60 a month for pubs").category == "FOOD_AND_DRINK_RESTAURANT"


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("haircut 45 and more 5 of tip", "50"),
        ("taxi 20 and more 2 tip", "22"),
        ("yesterday I pay 45 in the barber and more 5 of tip", "50"),
        ("lunch 30 at the cafe and a 5 tip", "35"),
    ],
)
def test_a_tip_added_with_more_or_after_the_place(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("dinner, total was 386 with the 10% of service", "386"),
        ("the bill came to 62 with a 12% service charge, paid it", "62"),
        ("62 with a 10% service charge", "68.20"),
        ("dinner 80 plus 15% tip", "92.00"),
    ],
)
def test_a_total_told_with_its_rate_holds_it(text: str, amount: str) -> None:
    assert read(text).amount == Decimal(amount), text


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("auto was 87 rupees but I gave him 100, didnt want change", "100"),
        ("taxi 14.20, gave him 15, no change", "15"),
        ("taxi 14.20, gave him 15 and did not take the change", "15"),
        ("taxi 14.20, I have no change", "14.20"),
    ],
)
def test_the_note_handed_over_when_the_change_was_left(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("USD 25 for the domain name, pay by visa", Intent.ADD_EXPENSE),
        ("pay the water bill 45 by card", Intent.DRAFT_PAYMENT),
        ("pay Jonas 40, pay with cash", Intent.DRAFT_PAYMENT),
    ],
)
def test_pay_by_a_card_says_how_it_was_paid(text: str, intent: Intent) -> None:
    assert read(text).intent is intent, text


@pytest.mark.parametrize(
    "text",
    [
        "9 bucks for a water at the airport. hard pass",
        "12 for a beer at the stadium, no thanks",
        "gym 40 a month? i'll pass",
        "boots 189.99 at the outlet. waiting for the sale",
        "sneakers 120 at Foot Locker - waiting for black friday",
        "saw a jacket at Zara 79.95 but I think I wait for the soldes",
    ],
)
def test_a_price_turned_down_or_put_off_writes_nothing(text: str) -> None:
    assert not read(text).is_action, text


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("two k for the new laptop, I said I'd wait for black friday but the old one died", "2000"),
        ("taxi 20, nope 25", "25"),
        ("taxi 20 nah 25", "25"),
    ],
)
def test_bought_after_all_or_corrected(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount)


@pytest.mark.parametrize(
    "text",
    [
        "School fees 45,000 already paid by NEFT from husband's account",
        "rent 1200 paid from my wife's account",
        "groceries 80 on my dad's card",
        "mum sent 100 to my brother",
    ],
)
def test_money_of_a_relatives_account_is_not_the_persons(text: str) -> None:
    assert not read(text).is_action, text


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("my mum sent 100 to my account", "100"),
        ("dad transferred 200 to my account", "200"),
        ("my mum sent 100 to my bank account for my birthday", "100"),
    ],
)
def test_money_sent_to_the_persons_own_account_is_income(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_INCOME, amount)


def test_the_persons_own_card_is_their_entry() -> None:
    assert_read_as("lunch 12 on my card", Intent.ADD_EXPENSE, "12")


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("The mechanic has fixed the brakes, i have paid him 4,500/=", "4500"),
        ("matatu 100/=", "100"),
        ("paid 4,500/= for brakes", "4500"),
        ("swiggy 486/- dinner", "486"),
    ],
)
def test_a_whole_amount_written_with_a_slash(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount, home_currency="KES")


@pytest.mark.parametrize(
    ("text", "intent", "amount"),
    [
        ("Commission from Safaricom this month 1,200", Intent.ADD_INCOME, "1200"),
        ("commission for June 6,480", Intent.ADD_INCOME, "6480"),
        ("commission from work 500", Intent.ADD_INCOME, "500"),
        ("commission for the withdrawal 37", Intent.ADD_EXPENSE, "37"),
    ],
)
def test_a_commission_from_a_payer_is_income(text: str, intent: Intent, amount: str) -> None:
    assert_read_as(text, intent, amount)


@pytest.mark.parametrize(
    "text",
    [
        "Electricity bill came 3,200 this month because of AC, so much!!",
        "The boleto of the condominium came 850 this month, before it was 790. Absurd!",
        "water bill came 96 this quarter, crazy",
        "Yesterday I saw new iPhone for 189,800 yen at Bic Camera. Very expensive.",
        "saw new shoes for 80 at the mall",
    ],
)
def test_a_bill_arrived_or_a_price_seen_writes_nothing(text: str) -> None:
    assert not read(text).is_action, text


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("the electric bill came out today, 112.40", "112.40"),
        ("Council tax came oot this mornin, 164.20", "164.20"),
        ("the gas bill came 63.20, paid it on saturday", "63.20"),
        ("phone bill came to 45", "45"),
        ("saw the dentist, 80", "80"),
    ],
)
def test_a_bill_taken_or_paid_and_a_visit_are_expenses(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount)


def test_power_that_did_not_come_is_no_bill() -> None:
    assert_read_as(
        "bought fuel for the generator 12,000 today, power no come since Monday",
        Intent.ADD_EXPENSE,
        "12000",
    )


@pytest.mark.parametrize(
    "text",
    [
        "2 for 1 pints at the student bar tonight, whos in",
        "Boots had 3 for 2 on everything this week",
        "3-for-2 on shampoo at Superdrug",
    ],
)
def test_a_deal_of_so_many_for_fewer_is_an_offer(text: str) -> None:
    assert not read(text).is_action, text


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("2 for 1 pizza at Dominos, paid 12", "12"),
        ("got the 3 for 2 shampoo deal, they're 4.50 each", "9.00"),
    ],
)
def test_a_deals_counts_are_no_amount(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount)


@pytest.mark.parametrize(
    ("text", "intent", "amount"),
    [
        ("got my 75 dollar deposit back from the parking yard", Intent.ADD_REFUND, "75"),
        (
            "deposit back from the landlord, 1,500 minus 220 for the carpet",
            Intent.ADD_REFUND,
            "1280",
        ),
        ("Got the deposit back from the old flat: CHF 3150", Intent.ADD_REFUND, "3150"),
        ("my tenant's deposit came in, 1200", Intent.ADD_INCOME, "1200"),
    ],
)
def test_a_deposit_got_back_is_money_back(text: str, intent: Intent, amount: str) -> None:
    assert_read_as(text, intent, amount)


@pytest.mark.parametrize(
    "text",
    ["taxi 20, nope 25", "haircut 45 and more 5 of tip", "taxi 14.20, I have no change"],
)
def test_a_corrections_or_an_asides_words_name_no_shop(text: str) -> None:
    assert read(text).merchant is None, text


@pytest.mark.parametrize(
    ("earlier", "text", "shop", "amount"),
    [
        ("Biedronka 87,43 zł", "sorry it was Lidl not Biedronka", "Lidl", "87.43"),
        ("coffee 4.50 at Starbucks", "no it was Costa not Starbucks", "Costa", "4.50"),
        ("coffee 4.50 at Starbucks", "it was Costa", "Costa", "4.50"),
        ("coffee 4.50 at Starbucks", "that was at Costa, not Starbucks", "Costa", "4.50"),
        ("lunch 12", "it was Pret", "Pret", "12"),
    ],
)
def test_the_shop_named_again_is_the_same_entry_there(
    earlier: str, text: str, shop: str, amount: str
) -> None:
    command = after(earlier, text)
    assert (command.intent, command.merchant, command.amount) == (
        Intent.ADD_EXPENSE,
        shop,
        Decimal(amount),
    ), text


def test_a_day_named_again_moves_the_day_not_the_shop() -> None:
    command = after("coffee 4.50 at Starbucks", "it was Tuesday")
    assert (command.merchant, command.amount) == ("Starbucks", Decimal("4.50"))
    assert command.date is not None and command.date < TODAY


@pytest.mark.parametrize("text", ["and how much total?", "and the total?", "how much altogether"])
def test_the_total_of_what_was_just_ranked(text: str) -> None:
    command = after("top categories february", text)
    assert (command.intent, command.merchant) == (Intent.QUERY_SPENDING, None), text
    assert command.period == after("top categories february").period, text


def test_put_in_a_category_after_an_entry_moves_it() -> None:
    command = after("farmacia 87,40", "put in health")
    assert (command.intent, command.category) == (Intent.RECATEGORIZE, "MEDICAL_PRIMARY_CARE")


def test_put_in_money_to_savings_is_still_a_transfer() -> None:
    assert_read_as("put in 50 to savings", Intent.TRANSFER, "50")


def test_how_much_of_a_budget_is_used_said_of_the_budget() -> None:
    command = after("monthly budget for eating out 150", "how much of it is used already?")
    assert (command.intent, command.category) == (
        Intent.BUDGET_STATUS,
        "FOOD_AND_DRINK_RESTAURANT",
    )
