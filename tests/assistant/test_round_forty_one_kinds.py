"""Kinds of readings met in the forty-first round, each written here in sentences of our own.

- The amount asked for by "How much?" told first, with more words after it ("1,200 for
  December rent", "340 please, that's my half of the chalet", "€60 incl. the windows",
  "500 this time") completes the payment, move or budget asked (each had been an expense of
  its own); "$1,240 add it as income" names its own kind and stays income.
- Arrived money told with its figure ("it arrived, 39.95") after money back still to come is
  that refund (it had been income), its shop kept whole ("refund from zara coming next week":
  Zara, not "zara coming").
- A figure corrected after a sound or a report ("hmm, 350 actually", "she says 2,800 with
  materials", "Ah, it should be 30,000 yen", "6000. he added the taxi", "5tr5 better") changes
  the figure before (each had been an expense, or talk); the reason's taxi is no category.
- A payment asked with what is sent and to whom, no amount yet ("send rent to my landlord",
  "prepare a pix to Ana Paula", "preapre a payment to Jonas") is a payment to draft, its
  amount to ask (each had been talk); "get an e-transfer ready for …" asks one too.
- More people on a split after "+" or "Actually add … also, she's coming with us", and a
  split counted after a mistyped verb ("splitt by 3") (each had been talk, or no amount).
- The most for a month said after the figure ("eating out 120 max this month", "takeaway 100
  tops this month"), also after a plan ("Trying to be careful this month: takeaways, 80 max")
  is a budget (each had been an expense, or talk).
- Fines are a category ("move the 38 parking ticket from car to fines": a move, not a
  transfer between accounts).
- Two prices in words with a count ("bread two forty and three coffees at two fifty each":
  9.90) (the count had been read inside the first price).
- A ledger line, then a remark ("haircut 44 yesterday, coupon already applied",
  "taxi 23 last night, driver was lovely") is the line, with no shop made of the remark;
  "Rent paid: 950 for the flat" is the person's rent (a capital "Rent" had been read as
  someone's name).
- The amount asked told where the sentence alone reads as talk ("340, due monday", "its
  fifty bucks go ahead and set it up") completes the payment (it had been talk).
- "take this back" after an entry undoes it (it had been talk); "I need to take this back to
  Zara" stays talk.
- Another month asked with how it compares ("Okay and what about March, was it better?") is
  the question again for March (it had been talk).
- A remark, then a list asked ("Wow, food is so high. Show me just the food ones") lists
  them (it had been talk).
- Nothing written for: a price raised by a shop ("Greggs upped the sausage roll to 1.50"),
  money still needed ("need 300 for the car service next month"), what would follow if
  ("If every customer tipped 20 like that I'd be rich"), a game's count ("hit 140 twice",
  "hit 2 homeruns"), someone's new thing priced ("Jess's new bag was 900 quid") and a figure
  quoted for work still to do ("the mechanic said 450 for the clutch and he'll start Monday")
  (each had been a write); "I needed 300 for …", "I paid 58 …, they raised prices again" and "Sato's
  ramen 12" still are.
- A teen and tens ("eighteen fifty") answering the amount of a rent is 1,850, as a digit and
  tens is read by what it pays for (it had been 18.50); "lunch twelve fifty" stays 12.50.
- The person's share told, then sent on ("my share of the airbnb was 180, sent it to Leo
  already") is their expense (it had been talk); "… but Tom paid for me" and "dinner 60, dad
  paid for us" are someone else's payment (each had been an expense), "paid for us both, 45
  at the cinema" and "I paid for me and Sam, 40" the person's.
- Money asked to be sent to someone for their top-up ("send 1,500 to Nani for her phone
  recharge") is a payment to draft (it had been the person's phone expense); "the payment mess
  with my bank" and "a payment plan" ask no payment ("need to" names no payee) (each had been
  a payment to draft).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from lingassist.assistant import Intent
from tests.assistant.reading import after, assert_read_as, read


@pytest.mark.parametrize(
    ("asked", "text", "intent", "amount"),
    [
        ("pay the landlord", "1,200 for December rent", Intent.DRAFT_PAYMENT, "1200"),
        (
            "pay Tom for the ski trip",
            "340 please, that's my half of the chalet",
            Intent.DRAFT_PAYMENT,
            "340",
        ),
        ("pay Tom for the ski trip", "£340 go ahead", Intent.DRAFT_PAYMENT, "340"),
        ("pay the cleaner", "€60 incl. the windows", Intent.DRAFT_PAYMENT, "60"),
        ("set up a payment to the electrician", "480 with parts", Intent.DRAFT_PAYMENT, "480"),
        (
            "pay the plumber",
            "220 dollars for fixing the leak yesterday",
            Intent.DRAFT_PAYMENT,
            "220",
        ),
        ("move money to savings", "500 this time", Intent.TRANSFER, "500"),
    ],
)
def test_the_amount_asked_told_with_more_words(
    asked: str, text: str, intent: Intent, amount: str
) -> None:
    command = after(asked, text)
    assert (command.intent, command.amount) == (intent, Decimal(amount)), text


def test_an_answer_naming_its_own_kind_keeps_it() -> None:
    command = after("got my tax return back!!", "$1,240 add it as income")
    assert command.intent is Intent.ADD_INCOME


@pytest.mark.parametrize(
    ("awaited", "text", "amount"),
    [
        ("refund from zara coming next week", "it arrived, 39.95", "39.95"),
        ("waiting on the refund from ikea", "ok it came thru today, add it. 120", "120"),
    ],
)
def test_money_back_that_arrived(awaited: str, text: str, amount: str) -> None:
    command = after(awaited, text)
    assert (command.intent, command.amount) == (Intent.ADD_REFUND, Decimal(amount)), text
    assert command.merchant in (None, "zara", "ikea"), text


@pytest.mark.parametrize(
    ("before", "text", "intent", "amount"),
    [
        ("budget 300 for restaurants a month", "hmm, 350 actually", Intent.SET_BUDGET, "350"),
        (
            "pay Roberto 2,500 for the plumbing",
            "she says 2,800 with materials",
            Intent.DRAFT_PAYMENT,
            "2800",
        ),
        (
            "move 50,000 yen from my main account to savings",
            "Ah, it should be 30,000 yen.",
            Intent.TRANSFER,
            "30000",
        ),
        ("pay Tanaka 5000 on Friday", "6000. he added the taxi", Intent.DRAFT_PAYMENT, "6000"),
        ("budget food 6 million/month", "5tr5 better", Intent.SET_BUDGET, "5500000"),
    ],
)
def test_a_figure_corrected_after_a_sound_or_a_report(
    before: str, text: str, intent: Intent, amount: str
) -> None:
    command = after(before, text)
    assert (command.intent, command.amount) == (intent, Decimal(amount)), text


def test_the_reason_of_a_correction_is_no_category() -> None:
    command = after("pay Tanaka 5000 on Friday", "6000. he added the taxi")
    assert command.payee == "Tanaka"
    assert command.category is None


@pytest.mark.parametrize(
    ("text", "payee"),
    [
        ("send rent to my landlord", "landlord"),
        ("send the rent to the landlord", "landlord"),
        ("prepare a pix to Ana Paula", "Ana Paula"),
        ("prepare a transfer to Ana Paula", "Ana Paula"),
        ("preapre a payment to Jonas", "Jonas"),
    ],
)
def test_a_payment_asked_before_its_amount(text: str, payee: str) -> None:
    command = read(text)
    assert (command.intent, command.amount, command.payee) == (Intent.DRAFT_PAYMENT, None, payee)


def test_an_e_transfer_got_ready() -> None:
    assert_read_as(
        "Can you get an e-transfer ready for my sister Ada, $150 — she's covering my share",
        Intent.DRAFT_PAYMENT,
        "150",
    )


@pytest.mark.parametrize(
    ("split", "text", "people"),
    [
        ("split dinner 90 with Sam and Lee", "+ Kim", ("Sam", "Lee", "Kim")),
        ("split brekkie 60 w/ bec n liam", "+ jordo too", ("bec", "liam", "jordo")),
        (
            "Paid 3,600 for the villa, split it with Arjun please.",
            "Actually add Meera also, she's coming with us",
            ("Arjun", "Meera"),
        ),
    ],
)
def test_more_people_after_a_sign_or_a_reason(
    split: str, text: str, people: tuple[str, ...]
) -> None:
    command = after(split, text)
    assert command.intent is Intent.SPLIT_EXPENSE, text
    assert command.amount == after(split).amount, text
    assert command.split_with == people, text


def test_a_split_counted_after_a_mistyped_verb() -> None:
    command = read("Pizza with Jonas and Mia 47,50 - splitt by 3 pls")
    assert (command.intent, command.amount) == (Intent.SPLIT_EXPENSE, Decimal("47.50"))


@pytest.mark.parametrize(
    "text",
    [
        "eating out 120 max this month",
        "takeaway 100 tops this month",
        "Trying to be careful this month: takeaways, 80 max.",
    ],
)
def test_the_most_for_a_month_is_a_budget(text: str) -> None:
    assert read(text).intent is Intent.SET_BUDGET, text


def test_fines_are_a_category() -> None:
    command = read("move the 38 parking ticket from car to fines")
    assert command.intent is Intent.RECATEGORIZE
    assert command.category == "GOVERNMENT_AND_NON_PROFIT_GOVERNMENT_DEPARTMENTS_AND_AGENCIES"


def test_two_prices_in_words_with_a_count() -> None:
    assert_read_as(
        "bread two forty and three coffees at two fifty each", Intent.ADD_EXPENSE, "9.90"
    )


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("haircut 44 yesterday, coupon already applied", "44"),
        ("taxi 23 last night, driver was lovely", "23"),
        ("coffee 3.80, needed it badly", "3.80"),
        ("Rent paid: 950 for the flat", "950"),
    ],
)
def test_a_ledger_line_then_a_remark(text: str, amount: str) -> None:
    command = read(text)
    assert (command.intent, command.amount) == (Intent.ADD_EXPENSE, Decimal(amount)), text
    assert command.merchant is None, text


def test_a_shop_alone_after_the_line_is_still_the_shop() -> None:
    assert read("groceries 87.40, aldi").merchant == "aldi"


@pytest.mark.parametrize(
    ("asked", "text", "amount"),
    [
        ("Set up a payment to the plumber", "340, due monday", "340"),
        ("pay dave for the pub quiz", "its fifty bucks go ahead and set it up", "50"),
        ("prepare a pix to Ana Paula", "90 for the dress, she lent it to me", "90"),
    ],
)
def test_the_amount_asked_told_in_words_read_as_talk(asked: str, text: str, amount: str) -> None:
    command = after(asked, text)
    assert (command.intent, command.amount) == (Intent.DRAFT_PAYMENT, Decimal(amount)), text


@pytest.mark.parametrize("text", ["take this back", "Please take this back, I typed it wrong"])
def test_take_this_back_undoes(text: str) -> None:
    assert after("cinema 11.50", text).intent is Intent.UNDO, text


def test_taking_a_thing_back_to_a_shop_is_no_undo() -> None:
    assert read("I need to take this back to Zara").intent is Intent.OTHER


def test_another_month_asked_with_how_it_compares() -> None:
    command = after("how much on cabs in April?", "Okay and what about March, was it better?")
    assert command.intent is Intent.QUERY_SPENDING
    assert (command.period.start.month, command.period.end.month) == (3, 3)


@pytest.mark.parametrize(
    "text",
    ["Wow, food is so high. Show me just the food ones", "wow that's a lot. show me the food ones"],
)
def test_a_remark_then_a_list_asked(text: str) -> None:
    command = read(text)
    assert command.intent is Intent.SHOW_TRANSACTIONS, text
    assert command.category == "FOOD_AND_DRINK", text


@pytest.mark.parametrize(
    "text",
    [
        "Greggs upped the sausage roll to 1.50",
        "the train company raises prices again, 58€ for the ticket now",
        "need 300 for the car service next month",
        "I need like 2k for the wedding in june",
        "If every customer tipped 20 like that I'd be rich",
        "Darts last night, hit 140 twice, buzzing",
        "Ohtani hit 2 homeruns today",
        "Jess's new bag was 900 quid",
        "Kenji's new car 4.2 million yen lol",
        "the mechanic said 450 for the clutch and he'll start Monday",
        "the roofer reckons 2,000 to fix the gutters, coming thursday",
    ],
)
def test_nothing_to_write(text: str) -> None:
    assert read(text).intent is Intent.OTHER, text


@pytest.mark.parametrize(
    ("text", "intent", "amount"),
    [
        ("I needed 300 for the car service", Intent.ADD_EXPENSE, "300"),
        ("I paid 58 for the ticket, they raised prices again", Intent.ADD_EXPENSE, "58"),
        ("Sato's ramen 12", Intent.ADD_EXPENSE, "12"),
        ("landlord raised the rent to 1,400, pay it on the 1st", Intent.DRAFT_PAYMENT, "1400"),
        ("mechanic said 120 for the brakes, paid him today", Intent.ADD_EXPENSE, "120"),
        ("he says 50 for the tickets, can you set up the payment", Intent.DRAFT_PAYMENT, "50"),
    ],
)
def test_still_written(text: str, intent: Intent, amount: str) -> None:
    assert_read_as(text, intent, amount)


def test_a_teen_and_tens_read_by_what_it_pays_for() -> None:
    command = after("send the rent to my landlord", "eighteen fifty for june")
    assert (command.intent, command.amount) == (Intent.DRAFT_PAYMENT, Decimal("1850"))
    assert read("lunch twelve fifty").amount == Decimal("12.50")
    assert read("interest on the savings twelve eighty").amount == Decimal("12.80")


def test_the_persons_share_sent_on_is_theirs() -> None:
    assert_read_as(
        "my share of the airbnb was 180, sent it to Leo already", Intent.ADD_EXPENSE, "180"
    )


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("my share of the bill was 30 but Tom paid for me", Intent.OTHER),
        ("dinner 60, dad paid for us", Intent.OTHER),
        ("paid for us both, 45 at the cinema", Intent.ADD_EXPENSE),
        ("I paid for me and Sam, 40", Intent.ADD_EXPENSE),
    ],
)
def test_paid_for_the_person_by_someone_else(text: str, intent: Intent) -> None:
    assert read(text).intent is intent, text


def test_money_sent_for_someones_top_up_is_a_payment() -> None:
    command = read("send 1,500 to Nani for her phone recharge and medicines")
    assert (command.intent, command.amount, command.payee) == (
        Intent.DRAFT_PAYMENT,
        Decimal("1500"),
        "Nani",
    )
    assert read("pay 20 for the phone top up").intent is Intent.ADD_EXPENSE


@pytest.mark.parametrize(
    "text",
    [
        "I need to sort out the payment mess with my bank",
        "I need to make a payment plan with my bank",
    ],
)
def test_a_payment_word_in_a_compound_asks_no_payment(text: str) -> None:
    assert read(text).intent is Intent.OTHER, text
