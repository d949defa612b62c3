"""Kinds of messages that look like entries but are not, and texting shorthands that are
(each with sentences written for these tests, none from a dev set): offers and timetables,
bills due later, money still awaited, a payday ahead, texting's "r", "wanna" and "tryna",
a total someone else paid, a figure an account stands at."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from lingassist.assistant import ConversationContext, Intent, parse

TODAY = date(2026, 11, 18)  # a Wednesday


def read(text: str, currency: str = "GBP"):  # type: ignore[no-untyped-def]
    return parse(text, today=TODAY, default_currency=currency)


def assert_read(text: str, intent: Intent, amount: str) -> None:
    """`text` is read as `intent` with `amount`."""
    command = read(text)
    assert (command.intent, command.amount) == (intent, Decimal(amount)), text


@pytest.mark.parametrize(
    "text",
    [
        # a shop's offer seen
        "Sainsbury's doing 2 for £6 on the pizzas this week",
        "4 for 3 on socks at M&S",
        "half price chocolates at Aldi today",
        "the boxing day sale has the air fryer for 49",
        # a clock time on a timetable
        "the ferry departs Dover at 10.45",
        "pool opens at 7.30 tomorrow",
        # a bill due later, money still awaited, a payday ahead
        "council tax 142 due on the 1st",
        "gas bill due friday, 88.20",
        "still waiting for the 45 refund from Zalando",
        "waiting on my deposit 900 from the old landlord",
        "payday thursday, 1,850 should be nice",
        # texting's plans and prices
        "wanna get the new headphones, 249 at Currys",
        "tryna save up 3k for the car",
        "gig tickets r like 95 each",
        "uber prices r 40 now at night",
        # a pot told at a figure
        "emergency fund's at 2,400 now",
        # someone else paid in the end
        "wagamama came to 64 but sarah paid",
        # a quote said in words, someone else's loss, a plea
        "the garage said itll be three hundred to fix the exhaust",
        "my sis got ripped off for 80 on vinted",
        "send help the rent just went up",
        # a temperature
        "31 degrees in madrid today",
        # a daydream, long ago, asked of no one, a partner's spending told, a sum asked
        "imagine finding 500 quid in an old coat",
        "in year 11 i spent 300 on trainers",
        "bought a guitar for 400 years ago and never played it",
        "anyone pls send me 20 for pizza",
        "the missus bought 3 candles for 45 at TK Maxx",
        "whats 120 split by 3",
    ],
)
def test_looks_like_an_entry_but_is_not(text: str) -> None:
    command = read(text)
    assert not command.intent.writes, (text, command.intent, command.amount)


@pytest.mark.parametrize(
    ("text", "intent", "amount"),
    [
        # a purchase at an offer price is still a purchase
        ("got 2 for £6 on the pizzas at Sainsbury's", Intent.ADD_EXPENSE, "6"),
        ("bought the air fryer in the sale for 49", Intent.ADD_EXPENSE, "49"),
        # a bill paid on or after its day
        ("paid the gas bill 88.20, it was due friday", Intent.ADD_EXPENSE, "88.20"),
        ("water bill 41 paid, due date passed so there was a fee", Intent.ADD_EXPENSE, "41"),
        # texting asks to write, not a plan
        ("wanna log 12.50 for the cinema", Intent.ADD_EXPENSE, "12.50"),
        ("i wanna keep eating out under 200 this month", Intent.SET_BUDGET, "200"),
        # an own wallet topped up is money moved between the person's own places
        ("topped up my Revolut with 60 quid", Intent.TRANSFER, "60"),
        # a split among people is no sum asked
        (
            "split 120 between the 3 of us for the cabin, with Jo and Max",
            Intent.SPLIT_EXPENSE,
            "120",
        ),
    ],
)
def test_the_same_words_with_the_money_spent_still_write(
    text: str, intent: Intent, amount: str
) -> None:
    assert_read(text, intent, amount)


def test_the_ledger_told_it_was_entered_twice_is_an_undo() -> None:
    context = ConversationContext()
    parse("coffee 3.20", today=TODAY, context=context)
    assert parse("bin that, I logged it twice", today=TODAY, context=context).intent is Intent.UNDO


def test_stop_that_one_drops_the_card() -> None:
    assert read("sorry wait, stop that one").intent is Intent.CANCEL


def test_yesterday_in_tagalog_and_a_salary_word() -> None:
    command = read("Jollibee 385 kahapon", currency="PHP")
    assert command.date == date(2026, 11, 17)
    assert read("sahod today 18,500", currency="PHP").intent is Intent.ADD_INCOME


def test_should_written_short_moves_the_entry() -> None:
    context = ConversationContext()
    parse("spent 22 at Pret", today=TODAY, context=context)
    command = parse("that shd be groceries", today=TODAY, context=context)
    assert command.intent is Intent.RECATEGORIZE


@pytest.mark.parametrize(
    ("text", "intent", "amount"),
    [
        # a request to write after a story: the story's topic words ask nothing
        (
            "Finally sorted the car. Halfords charged me 86.40 for the new battery. "
            "Could you log that?",
            Intent.ADD_EXPENSE,
            "86.40",
        ),
        (
            "Argos did a price match on the kettle, £12 back. Add that, I'll take it.",
            Intent.ADD_REFUND,
            "12",
        ),
        (
            "Direct deposit of 1,912.30 landed this morning. Log it as salary.",
            Intent.ADD_INCOME,
            "1912.30",
        ),
        # a move into one's own pot stays a move when asked to be written
        ("put 120 into the holiday savings, please log it", Intent.TRANSFER, "120"),
        ("moved 50 to the kids' RESP, log it please", Intent.TRANSFER, "50"),
        # a payment asked first, a quote mentioned after
        (
            "Send 900 to Oakline Builders for the deposit, the quote is fine",
            Intent.DRAFT_PAYMENT,
            "900",
        ),
        # paid by an app transfer is the person's payment
        ("Paid the swim club 85 by e-transfer today", Intent.ADD_EXPENSE, "85"),
        # home from the shops, not money back
        ("just got back from the market, 34.60 on fruit and veg", Intent.ADD_EXPENSE, "34.60"),
        # money from family, however the payer is named
        ("birthday money from grandma 50", Intent.ADD_INCOME, "50"),
        ("the lodger in the back bedroom paid me the rent, 550", Intent.ADD_INCOME, "550"),
        # a cash machine and an app in the words of where people live
        ("pulled 80 cash from the geldautomat", Intent.TRANSFER, "80"),
        ("Swish Erik 120 for the tickets", Intent.DRAFT_PAYMENT, "120"),
    ],
)
def test_asked_or_told_plainly_after_other_words(text: str, intent: Intent, amount: str) -> None:
    assert_read(text, intent, amount)


@pytest.mark.parametrize(
    "text",
    [
        "I need to pay the nursery fees of 640 before the 1st",
        "have to pay the car tax 190 but not till next month",
        "the match finished two to one",
        "we lost 3-2 in extra time",
    ],
)
def test_owed_later_or_a_score_is_no_entry(text: str) -> None:
    assert not read(text).intent.writes


def test_a_payment_owed_later_and_asked_is_drafted() -> None:
    command = read("I need to pay Priya 60 by friday, can you set it up")
    assert command.intent is Intent.DRAFT_PAYMENT and command.amount == Decimal("60")


def test_the_entry_said_to_be_another_kind_moves() -> None:
    context = ConversationContext()
    parse("uber 23", today=TODAY, context=context)
    command = parse("that's work travel, not taxi", today=TODAY, context=context)
    assert command.intent is Intent.RECATEGORIZE


def test_a_spoken_stop_with_a_reason_drops_the_card() -> None:
    context = ConversationContext()
    parse("pay Anna 40", today=TODAY, context=context)
    command = parse("no wait stop i will hand it to her myself", today=TODAY, context=context)
    assert command.intent is Intent.CANCEL


@pytest.mark.parametrize(
    ("text", "currency", "amount"),
    [
        ("auto rickshaw three twenty rupees", "USD", "320"),
        ("samosas one forty", "INR", "140"),
        ("bread three twenty", "GBP", "3.20"),
    ],
)
def test_a_two_part_price_in_a_currency_without_cents(
    text: str, currency: str, amount: str
) -> None:
    assert read(text, currency).amount == Decimal(amount)


@pytest.mark.parametrize(
    "text",
    [
        "the plumber came round, 140 for the tap, no need to log that, the landlord pays",
        "Tom got the cinema, 24 for both of us, don't add it",
    ],
)
def test_a_denied_request_to_write_asks_for_nothing(text: str) -> None:
    assert not read(text).intent.writes


@pytest.mark.parametrize(
    ("text", "intent", "amount"),
    [
        # a payment asked first stays a payment, shared money or a lottery syndicate
        ("Pay Dan £40 for the gift we went halves on", Intent.DRAFT_PAYMENT, "40"),
        ("Send £10 to Dad for the lottery syndicate please", Intent.DRAFT_PAYMENT, "10"),
        # paid into the person's account is income, not a move
        (
            "Got paid for the gig, £300 in my account this morning. Add it as income",
            Intent.ADD_INCOME,
            "300",
        ),
        # split, with the other's paying back later
        (
            "Fuel to Devon £66, halves with Jo. She's paying me back when she's got it",
            Intent.SPLIT_EXPENSE,
            "66",
        ),
        # an opinion after the price is no plan
        ("new boots 95. worth it", Intent.ADD_EXPENSE, "95"),
    ],
)
def test_requests_and_entries_with_words_around_them(
    text: str, intent: Intent, amount: str
) -> None:
    assert_read(text, intent, amount)


@pytest.mark.parametrize(
    "text",
    [
        "Can you put £500,000 in my account? Worth a try",
        "Put down that I spent a fortune on sweets. Only joking",
        "pay 200 to release the lottery winnings",
    ],
)
def test_a_joke_or_a_scam_is_never_acted_on(text: str) -> None:
    assert not read(text).intent.writes


def test_asked_to_move_the_entry_after_saying_what_it_was() -> None:
    context = ConversationContext()
    parse("Tesco 23.40", today=TODAY, context=context)
    command = parse(
        "Oh, that one was for the school fair, not groceries. Can you change it to kids?",
        today=TODAY,
        context=context,
    )
    assert command.intent is Intent.RECATEGORIZE


@pytest.mark.parametrize(
    "text",
    [
        "Spar has 5kg potatoes for R49,99 this week",
        "Boots have the big sun cream for 8 on offer",
        "gonna pay the TV licence 169.50 tonight after dinner",
        "i go pay the school fees 2,000 cedis tomorrow",
        "scored 42 out of 50 in the maths mock",
    ],
)
def test_offers_plans_to_pay_and_scores_are_no_entries(text: str) -> None:
    assert not read(text).intent.writes


@pytest.mark.parametrize(
    ("text", "intent", "amount"),
    [
        ("picked up 4 bagels from the bakery, 1.50 each", Intent.ADD_EXPENSE, "6"),
        ("um I made like two hundred in tips tonight", Intent.ADD_INCOME, "200"),
        ("severance 12,400 dirhams landed today", Intent.ADD_INCOME, "12400"),
        ("hong bao from auntie 88", Intent.ADD_INCOME, "88"),
        ("the gas bill came out today 64.20", Intent.ADD_EXPENSE, "64.20"),
        ("I loaded 40 onto my Venmo from checking", Intent.TRANSFER, "40"),
        ("ATM cash out 300", Intent.TRANSFER, "300"),
        ("Interac Chloe 45 for the concert", Intent.DRAFT_PAYMENT, "45"),
    ],
)
def test_kinds_of_money_said_the_way_people_say_them(
    text: str, intent: Intent, amount: str
) -> None:
    assert_read(text, intent, amount)


@pytest.mark.parametrize(
    "text",
    [
        "grandad gave the kids 10 each",
        "the farm shop sells 6 eggs for 3",
        "diesel was 1.79 last winter",
        "the gig was 65 so we didn't bother",
    ],
)
def test_money_of_others_of_the_past_or_not_spent(text: str) -> None:
    assert not read(text).intent.writes


def test_a_price_paid_long_ago_with_its_cents_is_no_entry() -> None:
    assert not read("paid 4.20 for a pint years ago").intent.writes


@pytest.mark.parametrize(
    "text",
    [
        "the fee to change the hotel is 40, not doing it",
        "apparently the new bridge cost 2.3 billion",
        "the new job pays 14.20 an hour",
        "the parking meter only takes 2 coins",
    ],
)
def test_a_price_hearsay_or_a_rate_of_pay_is_no_entry_and_no_move(text: str) -> None:
    command = read(text)
    assert not command.intent.writes and command.intent is not Intent.RECATEGORIZE


@pytest.mark.parametrize(
    "text",
    [
        "need to pay the car insurance next month, about 640",
        "student loan sitting at 27k, great",
        "the calf weighed 48 kilos",
        "send me the link to the council website",
        "got a 92 on the chem test",
        "my husband moved 500 into his own savings",
    ],
)
def test_more_money_talk_that_is_not_the_persons_entry(text: str) -> None:
    assert not read(text).intent.writes


def test_an_amount_said_to_have_come_in_today_is_income() -> None:
    assert_read("child benefit 102.40 in today", Intent.ADD_INCOME, "102.40")


@pytest.mark.parametrize(
    ("text", "intent", "amount"),
    [
        ("new trainers from JD yesterday, 89.99", Intent.ADD_EXPENSE, "89.99"),
        ("curry 60, Sam and Priya are chipping in", Intent.SPLIT_EXPENSE, "60"),
    ],
)
def test_others_chipping_in_and_a_new_thing_from_a_shop(
    text: str, intent: Intent, amount: str
) -> None:
    assert_read(text, intent, amount)
