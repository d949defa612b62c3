"""Kinds of readings met in the thirty-sixth round, each written here in sentences of our own.

- The answer just given, said back with a reaction, asks nothing and writes nothing: "£218...
  ok no comment" after a total asked, "wow 95. my brother spends twice that", "lol 410 and
  the budget was 300" (each had been an expense, a budget or a total asked again); a request
  in its own clause still writes ("60, add another 4.20 for today's") and a year said alone
  asks of that year.
- What things at a price came to, said after them, is the amount: "9.5 gallons at $3.40,
  came to $32.30" (it had added the price of a gallon to it); a total knocked down after it
  still counts what was paid in the end.
- A price for one unit, then how many were taken: "diesel 1.72 per litre, filled 35 litres"
  is 60.20, "cherries 6.50 a kg, bought 2 kg" 13 (each had been talk or the price of one).
- One price "each" after several things counted: "2 teas and 3 scones at 2.10 each" is
  10.50, "3 beers and 2 burgers, 5 each" 25 (each had counted the last things only); people
  counted before are not things ("for me and the two girls, 3 pies at 4.50 each" is 13.50).
- A price quoted, then what was paid in the end: "roofer quoted £300, took 20 off for cash
  so 280 in the end" is 280 (it had been talk).
- A payment asked with its amount still to come, to someone named by a role of two words, a
  name typed in lower case, or paid back: "pay the dog walker", "pay gary", "Pay Ines back
  for the theatre tickets" (each had been talk, so the amount said next was lost); then the
  amount: "it's 25 quid", "2 tickets at 34 each".
- An invoice paid by a client is income: "Invoice paid by Moreno & Diaz: £2,400.00." (it had
  been someone else's spending).
- "Kindly prepare payment of 12,000 to Suresh for the flat deposit" is a payment to draft (it
  had been an expense).
- Numbers that are no money: a weight lifted ("Squatted 140 today, new PB"), a departure time
  with an "h" ("The ICE 578 leaves at 9h42, Gleis 7") (each had been an expense).
- A price gone up, its new figure said: "bus pass went up again, 68 now", "the cinema's gone
  up to 14.50" (each had been an expense); "the gym went up to 45 so I paid 45 today" is one.
- An entry made before: "already put the 30 for the car wash in on my phone" (it had been an
  expense).
- A budget's figure told when it was asked, judged or with its kind: "500 a month should do
  it", "for pets, 80 each month", "250 for eating out" after "set a budget" (each had been
  talk or an expense).
- Another account after a balance: "and what about the joint account?" (it had been talk);
  another shop named with "too": "Deliveroo also for same month", "lidl too" (each had been
  talk or an expense).
- The count said again after things bought "at a shop, so much each": "Sorry, it was 5
  dumplings." after "4 dumplings at Wagamama, 1.50 each" is 7.50 (it had been 5).
- The final figure told after an entry: "Correction, 150 voucher was applied, final paid
  2,350", "the final bill was 64.80" (each had asked or stayed).
- A learner's article before a name: "divide this with the Lea pls" shares with Lea (it had
  asked who).
- A split asked with the amount told again, or of a part of it: "It was 45,000 naira, please
  split it between me and Femi.", "actually ailsa owes me half of that forty two so split it
  with her" (each had been an expense, the second of 21); "split with only Rohit" names Rohit.
- Money not to write, after an entry: "And the 5 to the car park attendant, don't need to
  write, it's nothing" (it had replaced the entry's amount).
- A share of the bill "for the waiter" is a tip: "3 beers at 8 each plus the 10% for the
  waiter" is 26.40 (it had been talk).
- The price of one after the things were counted: "bought 4 tickets for the panto" then "22
  each" is 88; "…, 12 of them." then "Each one was 0,85 €." 10.20 (each had been the price
  of one).
- Money back said after the shopping is a refund of its own: "ah and then i returned the
  cheese that was mouldy, they gave me back 3,49" (it had replaced the shopping's amount).
- A thing got from a shop is bought: "got the fridge from currys in the end five hundred and
  forty nine, put it in" (it had been income).
- A score typed in lower case with a cheer: "leeds 3 villa 1 get in" (it had been an expense).
- A budget per period with its article left out: "Budget eating out 250 month" (it had asked
  the amount); "gym 12 month contract 30" is still 30.
- A size between the count and the price each: "ifood 2 açaí 500ml 22 each" is 44 (it had
  asked).
- More handed over than asked: "auto 140 but gave 160 since he waited an hour" is 160 (it
  had asked).
- Number words mistyped: "twnety bucks", "fitfy", "one thousnad" (each had asked); the typo
  guard list regenerated for them ("seventh" stays a word).
- A month or a year alone after a question: "and March?", "And the whole May?", "and 2025?",
  "2024" (each had been talk, a shop named "March", or an expense of 2,024); "so far" ends
  this month's at today.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from lingassist.assistant import Intent
from tests.assistant.reading import after, assert_read_as, read


@pytest.mark.parametrize(
    ("question", "text"),
    [
        ("how much did I spend on takeaways this month", "£218... ok no comment"),
        ("total spent on the bus this year?", "wow 95. my brother spends twice that"),
        ("how much did i spend eating out last month", "lol 410 and the budget was 300"),
        ("how is my grocery budget looking", "£40 left out of £250, ok no more treats"),
        ("what's my balance on the current account", "ok 1 250 £, so rent is fine then"),
        ("How much did I spend on clothes in March?", "OK, 180 €. Not bad at all"),
    ],
)
def test_the_answer_said_back_asks_nothing(question: str, text: str) -> None:
    command = after(question, text)
    assert (command.intent, command.amount) == (Intent.OTHER, None), text


def test_a_request_after_the_answer_still_writes() -> None:
    command = after("how much did I spend on coffee this week", "60, log it please")
    assert (command.intent, command.amount) == (Intent.ADD_EXPENSE, Decimal(60))
    command = after("how much did I spend on coffee this week", "12?? I had one for 3.80 log it")
    assert command.intent is Intent.ADD_EXPENSE


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("9.5 gallons at $3.40, came to $32.30", "32.30"),
        ("4 beers at 6, came to 24", "24"),
        ("12 gallons of gas at $3.49, which came to $41.88", "41.88"),
        ("shop at Aldi came to €61.20 but the app took €4 off so €57.20 in the end", "57.20"),
    ],
)
def test_what_things_at_a_price_came_to_is_the_amount(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("diesel 1.72 per litre, filled 35 litres", "60.20"),
        ("petrol ₹104.20 per litre, filled 10 litres at the Shell pump", "1042.00"),
        ("unleaded at 1.49 a litre, put in 40 litres", "59.60"),
        ("cherries 6.50 a kg, bought 2 kg", "13.00"),
    ],
)
def test_a_price_for_one_unit_then_how_many_were_taken(text: str, amount: str) -> None:
    command = read(text)
    assert (command.intent, command.amount) == (Intent.ADD_EXPENSE, Decimal(amount)), text


def test_a_price_for_one_unit_seen_is_still_no_purchase() -> None:
    assert_read_as("petrol is 1.52 a litre at the Esso", Intent.OTHER, None)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("2 teas and 3 scones at 2.10 each", "10.50"),
        ("3 beers and 2 burgers, 5 each", "25"),
        ("2 cappuccini and 2 cornetti at bar Rossi, 1,40 each one", "5.60"),
        ("bought 3 shirts and 2 ties at 12 each", "60"),
        ("for me and the two girls, 3 pies at 4.50 each", "13.50"),
        ("smoothie 6 dollars and 2 extra shots at 1.25 each", "8.50"),
    ],
)
def test_one_price_each_for_every_thing_counted(text: str, amount: str) -> None:
    command = read(text)
    assert command.intent in (Intent.ADD_EXPENSE, Intent.SPLIT_EXPENSE), text
    assert command.amount == Decimal(amount), text


def test_a_price_quoted_then_what_was_paid_in_the_end() -> None:
    text = "roofer quoted £300, took 20 off cos I paid cash so 280 in the end"
    command = read(text)
    assert (command.intent, command.amount) == (Intent.ADD_EXPENSE, Decimal(280))
    assert_read_as("roofer quoted 300, way too much", Intent.OTHER, None)


@pytest.mark.parametrize(
    ("text", "payee"),
    [
        ("pay the dog walker", "dog walker"),
        ("pay the window cleaner", "window cleaner"),
        ("pay gary", "gary"),
        ("Pay Ines back for the theatre tickets", "Ines"),
        ("pay the gardener for last week", "gardener"),
    ],
)
def test_a_payment_asked_before_its_amount(text: str, payee: str) -> None:
    command = read(text)
    assert (command.intent, command.payee) == (Intent.DRAFT_PAYMENT, payee), text
    assert "amount" in command.missing


@pytest.mark.parametrize(
    "text",
    ["pay attention to the budget", "how do I pay the window cleaner", "pay the window cleaner?"],
)
def test_no_payment_without_one_asked(text: str) -> None:
    assert read(text).intent is not Intent.DRAFT_PAYMENT, text


@pytest.mark.parametrize(
    ("asked", "told", "amount"),
    [
        ("pay the dog walker", "it's 25 quid, her name's Bea", "25"),
        ("Pay Ines back for the theatre tickets", "it was 2 tickets at 34 each", "68"),
        ("pay gary", "18", "18"),
    ],
)
def test_the_amount_told_after_the_payment_asked(asked: str, told: str, amount: str) -> None:
    command = after(asked, told)
    assert (command.intent, command.amount) == (Intent.DRAFT_PAYMENT, Decimal(amount)), told


def test_an_invoice_paid_by_a_client_is_income() -> None:
    assert_read_as("Invoice paid by Moreno & Diaz: £2,400.00.", Intent.ADD_INCOME, "2400.00")
    assert_read_as("Tom paid 40 for the taxi", Intent.OTHER, None)


def test_a_payment_prepared_without_its_article() -> None:
    command = read("Kindly prepare payment of 12,000 to Suresh for the flat deposit")
    assert (command.intent, command.amount) == (Intent.DRAFT_PAYMENT, Decimal(12000))
    assert command.payee == "Suresh"
    assert_read_as("holiday deposit 200", Intent.ADD_EXPENSE, "200")


@pytest.mark.parametrize(
    "text",
    [
        "Squatted 140 today, new PB",
        "benched 100 kg for 5 reps",
        "The ICE 578 leaves at 9h42, Gleis 7",
    ],
)
def test_numbers_that_are_no_money(text: str) -> None:
    assert_read_as(text, Intent.OTHER, None)


@pytest.mark.parametrize(
    "text",
    [
        "bus pass went up again, 68 now",
        "the cinema's gone up to 14.50",
        "broadband going up £3 in April according to the email",
        "That cheese has gone up 2 euros since summer.",
    ],
)
def test_a_price_gone_up_is_no_entry(text: str) -> None:
    assert_read_as(text, Intent.OTHER, None)


def test_a_price_gone_up_then_paid_is_an_entry() -> None:
    command = read("the gym went up to 45 a month so I paid 45 today")
    assert (command.intent, command.amount) == (Intent.ADD_EXPENSE, Decimal(45))
    assert read("we went up to the castle, tickets 12").intent is not Intent.OTHER


def test_an_entry_made_before_is_not_made_again() -> None:
    assert_read_as("already put the 30 for the car wash in on my phone", Intent.OTHER, None)


@pytest.mark.parametrize(
    ("asked", "told", "amount", "category"),
    [
        (
            "set a budget for groceries",
            "500 a month should do it",
            "500",
            "FOOD_AND_DRINK_GROCERIES",
        ),
        ("set a budget", "250 for eating out", "250", "FOOD_AND_DRINK_RESTAURANT"),
        ("set a budget for coffee", "40 a month max", "40", "FOOD_AND_DRINK_COFFEE"),
    ],
)
def test_a_budgets_figure_told_when_asked(
    asked: str, told: str, amount: str, category: str
) -> None:
    command = after(asked, told)
    assert (command.intent, command.amount) == (Intent.SET_BUDGET, Decimal(amount)), told
    assert command.category == category, told


def test_a_budgets_figure_for_a_kind_of_its_own() -> None:
    command = after("Please set a budget", "for pets, 80 each month")
    assert (command.intent, command.amount) == (Intent.SET_BUDGET, Decimal(80))


def test_another_account_after_a_balance() -> None:
    command = after("what's my balance?", "and what about the joint account?")
    assert command.intent is Intent.BALANCE
    assert command.account is not None and "joint" in command.account


@pytest.mark.parametrize(
    ("question", "text", "intent", "merchant"),
    [
        (
            "Show all Uber Eats transactions of October",
            "Deliveroo also for same month",
            Intent.SHOW_TRANSACTIONS,
            "Deliveroo",
        ),
        ("how much at tesco last month", "lidl too", Intent.QUERY_SPENDING, "lidl"),
        ("how much at tesco last month", "and aldi as well?", Intent.QUERY_SPENDING, "aldi"),
    ],
)
def test_another_shop_named_with_too(
    question: str, text: str, intent: Intent, merchant: str
) -> None:
    command = after(question, text)
    assert (command.intent, command.merchant) == (intent, merchant), text
    assert command.period is not None and command.period.start.month == 10, text


def test_the_count_said_again_after_a_shop_and_a_price_each() -> None:
    command = after("4 dumplings at Wagamama, 1.50 each", "Sorry, it was 5 dumplings.")
    assert (command.intent, command.amount) == (Intent.ADD_EXPENSE, Decimal("7.50"))


@pytest.mark.parametrize(
    ("entry", "text", "amount"),
    [
        ("Ocado order 2,500", "Correction, 150 voucher was applied, final paid 2,350", "2350"),
        ("dinner 60", "the final bill was 64.80", "64.80"),
        ("taxi 20", "final amount was 23", "23"),
    ],
)
def test_the_final_figure_told_after_an_entry(entry: str, text: str, amount: str) -> None:
    command = after(entry, text)
    assert (command.intent, command.amount) == (Intent.ADD_EXPENSE, Decimal(amount)), text


@pytest.mark.parametrize(
    ("earlier", "text", "people"),
    [
        ("uber 28,40", "divide this with the Lea pls", ("Lea",)),
        ("dinner 60", "split with the Marco", ("Marco",)),
        ("dinner 60 split with Tom", None, ("Tom",)),
        (
            "Dinner at Luigi's with the Parkers, $180 incl. tip, split evenly with Ana and Raj.",
            None,
            ("Ana", "Raj"),
        ),
    ],
)
def test_a_learners_article_before_a_name(
    earlier: str, text: str | None, people: tuple[str, ...]
) -> None:
    command = after(earlier, text) if text is not None else read(earlier)
    assert (command.intent, command.split_with) == (Intent.SPLIT_EXPENSE, people)


@pytest.mark.parametrize(
    ("question", "text", "start", "end"),
    [
        ("how much on food in april", "and March?", "2026-03-01", "2026-03-31"),
        ("how much on food in april", "And the whole May?", "2026-05-01", "2026-05-31"),
        ("how much on food in april", "and august??", "2026-08-01", "2026-08-31"),
        ("how much on food in april", "and december?", "2025-12-01", "2025-12-31"),
        ("how much on food in may", "and 2025?", "2025-05-01", "2025-05-31"),
        ("how much on food this year", "2024", "2024-01-01", "2024-12-31"),
        ("how much on taxis in october", "and november so far?", "2026-11-01", "2026-11-18"),
    ],
)
def test_a_month_or_a_year_alone_after_a_question(
    question: str, text: str, start: str, end: str
) -> None:
    command = after(question, text)
    assert command.intent is Intent.QUERY_SPENDING, text
    assert command.period is not None, text
    assert (str(command.period.start), str(command.period.end)) == (start, end), text
    assert command.amount is None and command.merchant is None, text


def test_a_month_alone_after_an_entry_is_no_question() -> None:
    assert after("lunch 12", "and may?").intent is not Intent.QUERY_SPENDING


@pytest.mark.parametrize(
    ("earlier", "text", "amount", "people"),
    [
        (
            "My brother Femi and I bought dad's birthday gift",
            "It was 45,000 naira, please split it between me and Femi.",
            "45000",
            ("Femi",),
        ),
        ("dinner 40", "sorry it was 48, split it with Odile", "48", ("Odile",)),
        (
            "taxi back from the gig was forty two pound",
            "actually ailsa owes me half of that forty two so split it with her",
            "42",
            ("ailsa",),
        ),
    ],
)
def test_a_split_asked_with_the_amount_told_again(
    earlier: str, text: str, amount: str, people: tuple[str, ...]
) -> None:
    command = after(earlier, text)
    assert (command.intent, command.amount) == (Intent.SPLIT_EXPENSE, Decimal(amount)), text
    assert command.split_with == people, text


def test_another_shared_thing_after_a_split_is_its_own() -> None:
    command = after(
        "dinner 240 split with Rohit and Ana", "and scooter hire 18 split with only Rohit"
    )
    assert (command.intent, command.amount) == (Intent.SPLIT_EXPENSE, Decimal(18))
    assert command.split_with == ("Rohit",)


@pytest.mark.parametrize(
    "text",
    [
        "And the 5 to the car park attendant, don't need to write, it's nothing",
        "and the 2 for the trolley, no need to log it.",
    ],
)
def test_money_not_to_write_after_an_entry(text: str) -> None:
    command = after("Taxi to the station 23,40 yesterday, please put in transport", text)
    assert command.intent is Intent.OTHER, text


def test_a_correction_leaving_a_part_out_still_corrects() -> None:
    command = after("dinner 45", "no wait, don't add the tip, make it 40")
    assert (command.intent, command.amount) == (Intent.ADD_EXPENSE, Decimal(40))


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("3 beers at 8 each plus the 10% for the waiter", "26.40"),
        ("dinner 50 plus the 10% for the staff", "55.00"),
    ],
)
def test_a_share_for_the_waiter_is_a_tip(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount)


@pytest.mark.parametrize(
    ("earlier", "text", "amount"),
    [
        ("bought 4 tickets for the panto", "22 each", "88"),
        ("I bought stamps at the post office today, 12 of them.", "Each one was 0,85 €.", "10.20"),
    ],
)
def test_the_price_of_one_after_the_things_counted(earlier: str, text: str, amount: str) -> None:
    command = after(earlier, text)
    assert (command.intent, command.amount) == (Intent.ADD_EXPENSE, Decimal(amount)), text


@pytest.mark.parametrize(
    ("earlier", "text"),
    [("hotel 3 nights", "20 per person for breakfast"), ("coffee at costa", "3.50 each")],
)
def test_a_price_of_one_without_its_things_counted(earlier: str, text: str) -> None:
    command = after(earlier, text)
    assert command.amount in (None, Decimal(text.split()[0])), text


@pytest.mark.parametrize(
    ("earlier", "text", "amount"),
    [
        (
            "spesa Conad 48,20",
            "ah and then i returned the cheese that was mouldy, they gave me back 3,49",
            "3.49",
        ),
        ("groceries 40", "and i returned the eggs, got 2.10 back", "2.10"),
    ],
)
def test_money_back_said_after_the_shopping_is_a_refund(
    earlier: str, text: str, amount: str
) -> None:
    command = after(earlier, text)
    assert (command.intent, command.amount) == (Intent.ADD_REFUND, Decimal(amount)), text


def test_a_refund_said_of_the_entry_itself_still_corrects_it() -> None:
    assert after("shoes 60", "actually it was a refund").intent is Intent.ADD_REFUND


@pytest.mark.parametrize(
    ("text", "intent", "amount"),
    [
        (
            "got the fridge from currys in the end five hundred and forty nine, put it in",
            Intent.ADD_EXPENSE,
            "549",
        ),
        ("got a new kettle at argos 25", Intent.ADD_EXPENSE, "25"),
        ("got 50 from mum for my birthday", Intent.ADD_INCOME, "50"),
        ("got the money from dad 200", Intent.ADD_INCOME, "200"),
    ],
)
def test_a_thing_got_from_a_shop_is_bought(text: str, intent: Intent, amount: str) -> None:
    assert_read_as(text, intent, amount)


@pytest.mark.parametrize("text", ["leeds 3 villa 1 get in", "arsenal 2 spurs 1!!"])
def test_a_score_typed_in_lower_case(text: str) -> None:
    assert_read_as(text, Intent.OTHER, None)


@pytest.mark.parametrize(
    ("text", "amount"),
    [("Budget eating out 250 month", "250"), ("budget for coffee 40 month", "40")],
)
def test_a_budget_per_period_with_its_article_left_out(text: str, amount: str) -> None:
    assert_read_as(text, Intent.SET_BUDGET, amount)


def test_a_period_that_is_a_length_is_no_budget_figure() -> None:
    assert_read_as("gym 12 month contract 30", Intent.ADD_EXPENSE, "30")


@pytest.mark.parametrize(
    ("text", "amount"),
    [("ifood 2 açaí 500ml 22 each", "44"), ("3 bottles 750ml 9 each", "27")],
)
def test_a_size_between_the_count_and_the_price_each(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("auto 140 but gave 160 since he waited an hour", "160"),
        ("fare was 30 but I gave him 35", "35"),
    ],
)
def test_more_handed_over_than_asked(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("spent twnety bucks on gas at the Wawa", "20"),
        ("paid fitfy for the taxi", "50"),
        ("rent one thousnad", "1000"),
    ],
)
def test_number_words_mistyped(text: str, amount: str) -> None:
    assert read(text).amount == Decimal(amount), text


def test_ordinals_are_not_mistyped_number_words() -> None:
    assert read("seventh floor cafe 4.50").amount == Decimal("4.50")


@pytest.mark.parametrize(
    ("earlier", "text", "merchant", "category"),
    [
        (
            "groceries 40 at Lidl",
            "returned the eggs, they refunded 2.10",
            "Lidl",
            "FOOD_AND_DRINK_GROCERIES",
        ),
        ("Ordered a kettle from Argos, 35", "It leaked, they gave me back 35 today", "Argos", None),
        ("lunch 12", "and tesco refunded 5 for the broken eggs", "tesco", None),
    ],
)
def test_money_back_after_the_shopping_keeps_its_shop(
    earlier: str, text: str, merchant: str, category: str | None
) -> None:
    command = after(earlier, text)
    assert (command.intent, command.merchant) == (Intent.ADD_REFUND, merchant), text
    if category is not None:
        assert command.category == category, text
    assert command.category != "FOOD_AND_DRINK_RESTAURANT", text


@pytest.mark.parametrize("text", ["returned the eggs, they refunded 2.10", "they 20"])
def test_a_thing_taken_back_or_a_pronoun_is_no_shop(text: str) -> None:
    assert read(text).merchant is None, text
