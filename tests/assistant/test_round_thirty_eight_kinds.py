"""Kinds of readings met in the thirty-eighth round, each written here in sentences of our own.

- A document's number after the European sign for "number": "refund 15 from H&M, ticket nº
  5531" is 15 (it had been added to the money); a payment's reference in words then its
  number, "paid the service charge 310,00 ref. flat 12", is 310 (it had asked which).
- Which of a few parts a payment is: "car tax first instalment 1.023,45 of 3", "phone
  instalment 2 of 6 85.00" (each had asked which figure); "2 of the 3 shirts" still counts.
- A fever said after its figure is no money: "chemist 12,40 for the kids' syrup, she had 39
  of fever" (it had asked which).
- A learner's "at" before a litre's price: "diesel 40 liters a 1,85" is 74.00 (it had been
  the price of one litre), while a word ending in "a" is no "a" ("4 litre at Pertamina 40rb").
- A move the model reads where no move is said: "took the kids to the zoo, 3 tickets @ 14
  each" is an expense of 42 (it had been a transfer to nowhere).
- The whole bill told again, mended, keeps a split: "bill was 1tr35 actually, they added beer"
  and "I forgot the tip, we rounded up to 330" after a split (each had been an expense of its
  own); "the electricity bill was 80" after lunch stays a bill of its own.
- The command before, again for another thing: "make a similar one for books, but 40", "do
  the same for fuel, 90" after a budget are budgets (each had been an expense).
- A figure judged without its verb, as people text: "change to 1 million, 800 not enough"
  after a budget is the budget at 1,000,000 (it had been an expense with no amount).
- Dropping the card with "just" first: "just close it", "just leave it" (each had been talk);
  "cancel last input" with no article is an undo (it had been talk, or the card dropped).
- A short English message with one word a letter from a French one stays English: "root 82
  off 53 balls" was read as French ("balles", euros) and written as 53; English's common
  little words ("off", "by", "too", "all", "now" …) now count for English.
- Someone named by one word, spending: "rohit paid 1200 for the concert tickets, lucky guy",
  "tyler just dropped 400 bucks on a keyboard", "priya blew 2k on shoes" are theirs (each
  had been an expense at a shop named after them); a thing ("rent paid 950 for november") or
  a day ("yesterday spent 30 on groceries") first is still the person's.
- A learner's bare verb after a person and their name: "Colleague Tanaka pay 50,000 yen for
  golf membership" is his (it had been an expense).
- A rate off said to be already in the price: "jacket 80, 20% off already included" is 80
  (it had been 64).
- A figure doubted with question marks, then mended: "groceries 45?? no 54", "target run
  $1.2k?? no lol $120.43" (each had been a question, or no amount).
- The invoice of someone the person pays: "dentist invoice 240.50 paid today" is an expense
  (it had been income).
- Their share sent through an app: "kayla venmo'd me 460 for her share of the airbnb" is
  income (it had been a new split).
- A return journey is no return of goods: "SJ train Stockholm return 1 148 kr", "day return
  to Leeds 34.50" are expenses (the first had been a refund); "zara return 20" stays a refund.
- A bill shared, said as a digit and its tens, is the hundreds: "split the bowling night with
  dave and rick one twenty six total" is 126 (it had been 1.26); a coffee stays 3.50.
- What someone else asked, after the price paid: "auto from office 140 rs, driver was asking
  200 but I bargained" is 140 (it had been talk).
- More money at another shop is a second purchase: "and 12,10 more in the Lidl after" after
  Mercadona 47,35 is 12.10 (it had been added, 59.45); "and 5 more at the end" still adds.
- A note's nickname added: "plus a tenner tip on top" after a curry of 96.80 shared is 106.80,
  still shared (it had been an expense of 10).
- The last name after a comma and "and": "split dinner 90 with Kayla, Sam, and Ashley" shares
  with all three (Ashley had been lost, or taken for the shop); "wait ashley bailed so just
  me kayla and sam" then leaves her out (it had been talk).
- A move asked after a balance question is a move: "ok then move 300 to the savings, the one
  at ING" (it had been the balance again).
- Dropping the card in more words: "cancell that" (a letter held), "No, thank you, I do not
  want this, close it." (each had been talk).
- "…, so that is settled, nothing more to do" writes nothing (it had been income of 29);
  "lunch 12, nothing more to add" is still the lunch.
- Money back awaited, then arrived: "It has arrived now, the £35 from Marks and Spencer." after
  a cardigan returned is a refund of 35 (it had been an expense); "update: it finally came in!
  add it" is the refund, its amount asked (it had been income); "my salary came in" stays
  income.
- The people left on a split are spelt as the split has them ("Kayla", not "kayla"), and the
  whole bill told again keeps its kind ("they added beer" does not make the hotpot alcohol).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from lingassist.assistant import Intent
from tests.assistant.reading import after, assert_read_as, read


@pytest.mark.parametrize(
    ("text", "intent", "amount"),
    [
        ("refund 15 from H&M, ticket nº 5531", Intent.ADD_REFUND, "15"),
        ("dentist 80, Rechnung Nr. 2231", Intent.ADD_EXPENSE, "80"),
        ("paid the service charge 310,00 ref. flat 12", Intent.ADD_EXPENSE, "310.00"),
        ("paid the gas bill 54.20 ref 7781", Intent.ADD_EXPENSE, "54.20"),
    ],
)
def test_a_documents_number_is_no_money(text: str, intent: Intent, amount: str) -> None:
    assert_read_as(text, intent, amount)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("car tax first instalment 1.023,45 of 3", "1023.45"),
        ("phone instalment 2 of 6 85.00", "85.00"),
        ("sofa payment 3 of 12, 45.00", "45.00"),
    ],
)
def test_which_of_a_few_parts_a_payment_is(text: str, amount: str) -> None:
    assert read(text).amount == Decimal(amount), text


def test_some_of_a_few_things_still_counts() -> None:
    assert_read_as("returned 2 of the 3 shirts, 19.99 each", Intent.ADD_REFUND, "39.98")


def test_a_fever_said_after_its_figure_is_no_money() -> None:
    assert_read_as(
        "chemist 12,40 for the kids' syrup, she had 39 of fever", Intent.ADD_EXPENSE, "12.40"
    )


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("diesel 40 liters a 1,85", "74.00"),
        ("gasolina 45 litros a 6,10, tank full", "274.50"),
        ("yesterday bensin 4 liter at Pertamina 40rb", "40000"),
    ],
)
def test_a_learners_at_before_a_litres_price(text: str, amount: str) -> None:
    assert read(text).amount == Decimal(amount), text


def test_a_move_read_where_none_is_said_is_the_expense() -> None:
    assert_read_as(
        "took the kids to the zoo, 3 tickets @ 14 each, fun day", Intent.ADD_EXPENSE, "42"
    )


def test_a_move_said_stays_a_move() -> None:
    assert read("stick 400 in the ISA then").intent is Intent.TRANSFER


@pytest.mark.parametrize(
    ("split", "text", "amount"),
    [
        ("hotpot 1tr2, split with Linh, Duc and Trang", "bill was 1tr35 actually, they added beer",
         "1350000"),
        ("dinner with Heidi and Peter, bill 312.80, we share in three",
         "I forgot the tip, we rounded up to 330", "330"),
        ("pizza 48 split with Sam", "the total came to 52 in the end", "52"),
    ],
)  # fmt: skip
def test_the_whole_bill_told_again_keeps_the_split(split: str, text: str, amount: str) -> None:
    command = after(split, text)
    assert (command.intent, command.amount) == (Intent.SPLIT_EXPENSE, Decimal(amount)), text
    assert command.split_with, text


def test_a_bill_named_of_its_own_is_a_new_entry() -> None:
    command = after("lunch 12", "the electricity bill was 80")
    assert (command.intent, command.amount) == (Intent.ADD_EXPENSE, Decimal(80))
    assert command.category == "RENT_AND_UTILITIES_GAS_AND_ELECTRICITY"


@pytest.mark.parametrize(
    "text",
    ["make a similar one for books, but 40", "do the same for books with 40",
     "another one for books at 40"],
)  # fmt: skip
def test_the_command_before_again_for_another_thing(text: str) -> None:
    command = after("set a budget of 120 a month for the garden", text)
    assert (command.intent, command.amount) == (Intent.SET_BUDGET, Decimal(40)), text
    assert command.category == "GENERAL_MERCHANDISE_BOOKSTORES_AND_NEWSSTANDS", text


def test_a_figure_judged_without_its_verb() -> None:
    command = after("monthly budget for coffee 800k", "change to 1 million, 800 not enough lol")
    assert (command.intent, command.amount) == (Intent.SET_BUDGET, Decimal(1000000))


@pytest.mark.parametrize("text", ["just close it", "just leave it", "just cancel"])
def test_just_before_dropping_the_card(text: str) -> None:
    assert read(text).intent is Intent.CANCEL, text


@pytest.mark.parametrize("text", ["cancel last input please", "delete last entry"])
def test_the_last_input_without_its_article_is_an_undo(text: str) -> None:
    assert read(text).intent is Intent.UNDO, text


def test_a_short_english_message_stays_english() -> None:
    assert read("root 82 off 53 balls").intent is Intent.OTHER


@pytest.mark.parametrize(
    "text",
    ["rohit paid 1200 for the concert tickets, lucky guy",
     "tyler just dropped 400 bucks on a keyboard. dude.", "priya blew 2k on shoes lol",
     "Colleague Tanaka pay 50,000 yen for golf membership. Too much."],
)  # fmt: skip
def test_someone_named_spending_is_theirs(text: str) -> None:
    assert read(text).intent is Intent.OTHER, text


@pytest.mark.parametrize(
    ("text", "amount"),
    [("rent paid 950 for november", "950"), ("yesterday spent 30 on groceries", "30"),
     ("sunday paid 12 for parking", "12")],
)  # fmt: skip
def test_a_thing_or_a_day_first_is_still_the_persons(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount)


@pytest.mark.parametrize(
    ("text", "amount"),
    [("jacket 80, 20% off already included", "80"), ("shoes 60, 10% off applied", "60"),
     ("jacket at zara, was 120 but I got 30% off", "84.00")],
)  # fmt: skip
def test_a_rate_off_already_in_the_price(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount)


@pytest.mark.parametrize(
    ("text", "amount"),
    [("groceries 45?? no 54", "54"), ("target run $1.2k?? no lol $120.43", "120.43")],
)
def test_a_figure_doubted_then_mended(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount)


def test_a_question_then_no_is_still_a_question() -> None:
    assert read("is it 45? no idea").intent is Intent.OTHER


def test_the_invoice_of_someone_paid_is_an_expense() -> None:
    assert_read_as("dentist invoice 240.50 paid today", Intent.ADD_EXPENSE, "240.50")
    assert read("invoice 300 paid by the client").intent is Intent.ADD_INCOME


@pytest.mark.parametrize(
    "text",
    [
        "kayla venmo'd me 460 for her share of the airbnb",
        "sam zelled me 25 for his half of the pizza",
    ],
)
def test_their_share_sent_through_an_app_is_income(text: str) -> None:
    assert read(text).intent is Intent.ADD_INCOME, text


@pytest.mark.parametrize(
    ("text", "intent", "amount"),
    [("SJ train Stockholm return 1 148 kr last Thursday", Intent.ADD_EXPENSE, "1148"),
     ("train to leeds, day return 34.50", Intent.ADD_EXPENSE, "34.50"),
     ("zara return 20", Intent.ADD_REFUND, "20")],
)  # fmt: skip
def test_a_return_journey_is_no_return_of_goods(text: str, intent: Intent, amount: str) -> None:
    command = read(text, "SEK" if "kr" in text else "EUR")
    assert (command.intent, command.amount) == (intent, Decimal(amount)), text


def test_a_bill_shared_said_as_a_digit_and_its_tens() -> None:
    command = read("split the bowling night with dave and rick one twenty six total")
    assert (command.intent, command.amount) == (Intent.SPLIT_EXPENSE, Decimal(126))
    assert read("split coffee with sam three fifty").amount == Decimal("3.50")


def test_what_someone_else_asked_after_the_price_paid() -> None:
    assert_read_as(
        "auto from office 140 rs, driver was asking 200 but I bargained",
        Intent.ADD_EXPENSE,
        "140",
        home_currency="INR",
    )


@pytest.mark.parametrize(
    ("before", "text", "amount"),
    [("mercadona 47,35", "and 12,10 more in the lidl after", "12.10"),
     ("taxi 20", "and 5 more at the end", "25")],
)  # fmt: skip
def test_more_money_at_another_shop_is_a_second_purchase(
    before: str, text: str, amount: str
) -> None:
    assert after(before, text).amount == Decimal(amount), text


def test_a_notes_nickname_added_to_a_shared_bill() -> None:
    command = after(
        "curry with the lads, bill 96.80, split between me, steve, kev and tony",
        "plus a tenner tip on top",
    )
    assert (command.intent, command.amount) == (Intent.SPLIT_EXPENSE, Decimal("106.80"))


def test_the_last_name_after_a_comma_and_and() -> None:
    assert read("split dinner 90 with Kayla, Sam, and Ashley").split_with == (
        "Kayla",
        "Sam",
        "Ashley",
    )
    command = after(
        "split the airbnb 1,380 w/ Kayla, Sam, and Ashley",
        "wait ashley bailed so just me kayla and sam",
    )
    assert command.intent is Intent.SPLIT_EXPENSE
    assert [n.lower() for n in command.split_with] == ["kayla", "sam"]


def test_a_move_asked_after_a_balance_question() -> None:
    command = after(
        "how much do I have in the current account?",
        "ok then move 300 to the savings, the one at ING",
    )
    assert (command.intent, command.amount) == (Intent.TRANSFER, Decimal(300))


@pytest.mark.parametrize(
    "text", ["cancell that", "No, thank you, I do not want this, close it.", "no, thanks"]
)
def test_dropping_the_card_in_more_words(text: str) -> None:
    assert read(text).intent is Intent.CANCEL, text


def test_nothing_more_to_do_writes_nothing() -> None:
    text = "Hedwig already gave me her 29 Euro in cash, so that is settled, nothing more to do."
    assert read(text).intent is Intent.OTHER
    assert_read_as("lunch 12, nothing more to add", Intent.ADD_EXPENSE, "12")


def test_more_asked_and_given_is_added() -> None:
    assert read("ola auto 143 rs, driver asked 20 extra so gave 163", "INR").amount == Decimal(163)


@pytest.mark.parametrize(
    ("returned", "arrived", "amount"),
    [("I returned the cardigan to Marks and Spencer but they say the refund takes a week",
      "It has arrived now, the £35 from Marks and Spencer. You may record it.", "35"),
     ("returned the jeans to zara last week but still no refund of the 39,95",
      "update: it finally came in! add it", None)],
)  # fmt: skip
def test_money_back_awaited_then_arrived(returned: str, arrived: str, amount: str | None) -> None:
    command = after(returned, arrived)
    want = None if amount is None else Decimal(amount)
    assert (command.intent, command.amount) == (Intent.ADD_REFUND, want), arrived


def test_other_money_arrived_after_a_return_is_its_own() -> None:
    command = after(
        "returned the shoes to nike, waiting for the money back", "my salary came in, 2300"
    )
    assert command.intent is Intent.ADD_INCOME


def test_a_split_narrowed_keeps_the_names_as_spelt_and_its_kind() -> None:
    command = after(
        "split the airbnb 1,380 w/ Kayla, Sam, and Ashley",
        "wait ashley bailed so just me kayla and sam",
    )
    assert command.split_with == ("Kayla", "Sam")
    told = after("split dinner 90 with Tom and Ana", "bill was 96 actually, they added beer")
    assert (told.amount, told.category) == (Decimal(96), "FOOD_AND_DRINK_RESTAURANT")
