"""Money talk that is never written, beside messages that ask in so many words for an entry,
a payment or a budget inside a story. Kinds, not sentences: a price a seller puts on a thing,
a price judged, seen or found, money that could have moved, someone else's wish or charge,
money expected, a rate of pay, a habit, a reminder; and the closing request ("put that down
for me", "please log"), a command inside one clause of a longer message. Sentences written
for these tests, none from a dev set."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from lingassist.assistant import Intent, parse

TODAY = date(2026, 11, 18)


def read(text: str):  # type: ignore[no-untyped-def]
    return parse(text, today=TODAY, default_currency="GBP")


@pytest.mark.parametrize(
    "text",
    [
        "the new Pixel starts at 799, bit much",
        "30 quid for a candle is daylight robbery",
        "spotted a rug at Dunelm for 120, tempting",
        "the menu says 18 for a burger now",
        "cheapest hotel we found was 140 a night",
        "could've got it for 15 less at Argos",
        "the kids want a 300 bike for christmas",
        "the taxi charged my gran 45 from the station",
        "my refund should come through next week, 60",
        "I charge 35 an hour for tutoring",
        "lol imagine paying 12 for a pint",
        "Sam lent me 40, need to remember to pay him back",
        "I normally spend about 60 a week on food",
        "the airfryer's down to 69 at Currys",
        "the plumber said 250 to replace the valve",
        "cab wanted 30 so we walked instead",
        "gas bill just showed up, 98.40, due next week",
        "our heating was 90 a month last year",
        "saw a tv at currys for like three ninety nine",
        # someone else pays, a seller asks, a try that failed, a plan, a wish
        "the bill came, 64 for the three of us, Priya is paying",
        "went halves on the taxi but Ben covered my share, 12",
        "they're asking 950 deposit for the room",
        "tried to pay 35 but the card reader was down",
        "someone tried to charge 600 on my card",
        "the stall sells samosas 4 for 3",
        "we're looking at hotels, about 120 a night",
        "saving 40 a week for the summer",
        "put aside 200 for the boiler service",
        "sold nothing at the fair today",
        "i'd gladly pay 30 for a good haircut",
        "would you pay 200 for those headphones?",
        "next month i have to pay 380 for the car tax",
        "the school raised 1,500 at the summer fete",
        "revolut is holding 80 of my money",
        # a distance, an alarm, a room and a code, a bet, someone else's spending
        "ran 10k in 48 minutes today",
        "set an alarm for seven fifteen",
        "room 412, checkout at 10, door code 7731",
        "bet Sam 10 quid the Spurs lose",
        "Marta spend 60 euro for one haircut, crazy",
        "my neighbour reckons his new boat cost him 40 grand",
        "I'll pay the water bill when my pay comes in, it's 48",
        "petrol's 1.79 at the Esso now",
        # a total told, an opinion asked, an estimate, a zero, a double charge
        "last year we spent 2,800 on holidays",
        "my old bank app used to say i spent 700 on food, is that normal",
        "the cab estimated 31 but we walked",
        "I spent exactly 0 on takeaways this month",
        "netflix charged me 15.99 twice this month, how do I get it back",
        # a quote said by a learner, a joke taken back, a voucher, a charge forgotten, a
        # deduction from a deposit
        "the garage man say 300 for the repair, too much",
        "just got paid 1,900... jk payday is friday",
        "got a voucher for 20 at Boots for my birthday",
        "the waiter forgot to charge us for the wine, 25 saved",
        "the landlord kept 150 from the deposit, unfair",
        # money words in an idiom, someone else's bill
        "pay attention to what I spend on snacks",
        "send my regards to your mum",
        "split the difference, let's say 30",
        "pay day is thursday",
        "my son needs to pay his phone bill 25",
    ],
)
def test_money_talk_is_never_written(text: str) -> None:
    assert not read(text).is_action


@pytest.mark.parametrize(
    ("text", "intent", "amount"),
    [
        # close words, still the person's entry
        ("saw a film at the Vue for 11.50", Intent.ADD_EXPENSE, "11.50"),
        ("paid 30 for a candle which is daylight robbery", Intent.ADD_EXPENSE, "30"),
        ("i get paid today, 1850", Intent.ADD_INCOME, "1850"),
        ("council tax 142 paid", Intent.ADD_EXPENSE, "142"),
        ("lunch at Nando's 14.95", Intent.ADD_EXPENSE, "14.95"),
        # the person says they bought it, whatever the talk around it
        (
            "I know I shouldn't have but I bought new boots, 95 from Office",
            Intent.ADD_EXPENSE,
            "95",
        ),
        ("I don't usually do this but I got a 30 takeaway", Intent.ADD_EXPENSE, "30"),
        ("had to buy a new phone case, mine cracked, 14.99", Intent.ADD_EXPENSE, "14.99"),
        ("the electrician charged me 140 to fix it, never again", Intent.ADD_EXPENSE, "140"),
        ("finally got my nails done, 32 with tip", Intent.ADD_EXPENSE, "32"),
        ("I treated myself to a facial today, 55, totally worth it", Intent.ADD_EXPENSE, "55"),
        ("well that's another 8 gone on parking at the station", Intent.ADD_EXPENSE, "8"),
        ("right, electricity top up 25", Intent.ADD_EXPENSE, "25"),
        # someone else's spending asked to be written for the household
        (
            "my wife paid the gas bill 64 from our joint account, can you add it",
            Intent.ADD_EXPENSE,
            "64",
        ),
        (
            "went to town and didnt really find anything but ended up buying a hat for 18",
            Intent.ADD_EXPENSE,
            "18",
        ),
        ("Mia's swim club fees 120, e-transferred it to the club", Intent.ADD_EXPENSE, "120"),
        # money in, said in the words of where it came from
        ("won 50 on the premium bonds", Intent.ADD_INCOME, "50"),
        ("deliveroo earnings this week 240", Intent.ADD_INCOME, "240"),
        ("expenses claim paid 95", Intent.ADD_INCOME, "95"),
        ("home insurance premium 38", Intent.ADD_EXPENSE, "38"),
        ("Mi buy shoes from di market fi 4,000", Intent.ADD_EXPENSE, "4000"),
        ("Greenleaf Design paid invoice 118, 2,400", Intent.ADD_INCOME, "2400"),
        ("vet bill came to 96.40 for Rex (he's 9 now)", Intent.ADD_EXPENSE, "96.40"),
        ("paid 48 for the pizzas, Kim and Raj are chipping in", Intent.SPLIT_EXPENSE, "48"),
        ("zelle my brother two hundred for the rent", Intent.DRAFT_PAYMENT, "200"),
        ("chucked 500 into the offset", Intent.TRANSFER, "500"),
        ("paid 150 into my ISA", Intent.TRANSFER, "150"),
        ("Transfer 300 € from the current account to Tagesgeld", Intent.TRANSFER, "300"),
        (
            "right, need to get a grip. I want to cap games stuff for the kids at 60 a month. "
            "it adds up",
            Intent.SET_BUDGET,
            "60",
        ),
        (
            "I need a rule. Maximum 90 euro for takeaway every month. Can you make this?",
            Intent.SET_BUDGET,
            "90",
        ),
        ("the train was 48 and Maya is paying me half", Intent.SPLIT_EXPENSE, "48"),
        ("I need to pay 60 to the dog walker tonight", Intent.DRAFT_PAYMENT, "60"),
        # a closing request after a story
        (
            "long day. the washing machine man came round, 95 cash. put that down for me",
            Intent.ADD_EXPENSE,
            "95",
        ),
        (
            "Tesco this morning, 54.20, and I still need bread. please log",
            Intent.ADD_EXPENSE,
            "54.20",
        ),
        # a command inside one clause of a longer message
        (
            "my niece turns 10 on Sunday and I want to send her 20 for it. can you set that up?",
            Intent.DRAFT_PAYMENT,
            "20",
        ),
        (
            "ok I need to get a grip. can we set a limit of 250 a month for takeaways?",
            Intent.SET_BUDGET,
            "250",
        ),
    ],
)
def test_entries_and_requests_in_close_words_still_act(
    text: str, intent: Intent, amount: str
) -> None:
    command = read(text)
    assert command.intent is intent
    assert command.amount == Decimal(amount)


def test_a_payee_is_never_the_verb_before_it() -> None:
    assert read("I have to send 300 to my daughter for her books").payee == "daughter"


def test_undo_with_its_reason_and_figures_is_an_undo() -> None:
    assert read("undo that, it should have been 14 not 41").intent is Intent.UNDO


def test_a_payment_asked_for_a_past_service_is_drafted_without_a_past_date() -> None:
    command = read("owe the cleaner 45 for last friday, send it to her please")
    assert command.intent is Intent.DRAFT_PAYMENT
    assert command.amount == Decimal("45")
    assert command.date is None


def test_a_payment_dated_in_the_past_without_a_request_was_paid() -> None:
    assert read("pay the window cleaner 20 yesterday").intent is Intent.ADD_EXPENSE


@pytest.mark.parametrize(
    ("text", "to_account"),
    [
        ("move 500 from checking to my Roth IRA", "roth ira"),
        ("send 200 to my Lisa from current account", None),
        ("transfer 1k from my main account to the CPF SA", "cpf sa"),
    ],
)
def test_savings_wrappers_are_the_persons_own(text: str, to_account: str | None) -> None:
    command = read(text)
    assert command.intent is Intent.TRANSFER
    if to_account is not None:
        assert command.to_account == to_account


@pytest.mark.parametrize(
    "text",
    [
        # the world's prices and norms, not the person's ledger
        "how much is a Spotify subscription in Brazil",
        "How much cost a bus ticket in Lisbon?",
        "is it normal to spend a third of your pay on rent?",
        "is 150 a month a reasonable amount to spend on coffee for one person?",
        "what do people usually spend on Christmas presents",
        # plans and wishes told, not asked
        "thinking about spending around 600 on a new bike next month",
        "we'll probably eat out saturday maybe spend forty",
        "i really want those 90 trainers but i'm not buying them",
    ],
)
def test_questions_about_the_world_and_plans_are_not_ledger_questions(text: str) -> None:
    assert read(text).intent is Intent.OTHER


def test_a_norm_asked_beside_an_own_question_is_still_answered() -> None:
    assert read("is 40 a week on lunch a lot? how much did I spend on lunch last week").intent is (
        Intent.QUERY_SPENDING
    )
