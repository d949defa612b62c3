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
    command = read(text)
    assert command.intent is intent and command.amount == Decimal(amount)


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
