"""Money said but not spent by the person now: prices seen or raised, bills that arrived,
money long ago, time taken, a choice asked, a decline, and "not an entry". Each kind
beside entries said in close words, which are still written. Sentences written for these
tests, none from a dev set."""

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
        # a price seen, said in the present
        "the big Lego castle is 129 at Smyths",
        "diesel is like 1.61 at the Esso now",
        "Aldi has avocados at 0.79 this week",
        "a flat white is about 3.90 in town",
        # a price raised
        "Spotify just bumped family to 19.99",
        "landlord wants to put the rent up to 1,350",
        # a bill, a letter or a quote that arrived
        "got the water bill today, 212 for six months",
        "the TV licence reminder came, 174.50",
        # long ago
        "back in 2004 my rent was 450 a month",
        "a Mars bar cost 20p when I was a kid",
        # time taken, a choice asked, a decline, said not to be written
        "the train to Leeds takes about 2 hours",
        "Kindle Paperwhite or the Kobo Clara 2E, which one",
        "the garage quoted 600 for the clutch, we said no",
        "not an entry, just annoyed: 45 for a haircut is mad",
        # a price asked by someone, in the present
        "the corner shop charges 3.20 for a pint of milk now",
        "my mechanic charges sixty an hour apparently",
        # not happened yet, or a reminder
        "dentist 60 next tuesday",
        "cinema with Jo tomorrow, 14",
        "pick up the car at 9.15, don't let me forget",
        # nothing bought, nothing spent
        "went round the sales for ages and bought nothing",
        "no spending this week, not even a coffee",
        # promised, heard of, someone else's budget
        "the tenant promised to pay the 650 on Friday",
        "heard Kemi got a 5k bonus, lucky her",
        "my brother budgets 250 a month for fuel",
        "I keep meaning to move 100 into savings but never do",
    ],
)
def test_money_said_but_not_spent_is_never_written(text: str) -> None:
    assert not read(text).is_action


@pytest.mark.parametrize(
    ("text", "intent", "amount"),
    [
        ("the gym is 35 a month, add it as recurring", Intent.ADD_EXPENSE, "35"),
        ("got the water bill today, paid 212", Intent.ADD_EXPENSE, "212"),
        ("Smyths 129 for the Lego castle", Intent.ADD_EXPENSE, "129"),
        ("Nando's 24.60 with the kids", Intent.ADD_EXPENSE, "24.60"),
        ("invoice came in, 1,200 from Brightside", Intent.ADD_INCOME, "1200"),
        ("spent 2 hours and 40 quid at the car wash", Intent.ADD_EXPENSE, "40"),
        ("got the quote and paid 300 for the gutters", Intent.ADD_EXPENSE, "300"),
        ("card charges 2.50", Intent.ADD_EXPENSE, "2.50"),
        ("dentist 60 last tuesday", Intent.ADD_EXPENSE, "60"),
        ("the tenant paid the 650 today", Intent.ADD_INCOME, "650"),
    ],
)
def test_entries_in_close_words_are_still_written(text: str, intent: Intent, amount: str) -> None:
    command = read(text)
    assert command.intent is intent
    assert command.amount == Decimal(amount)
