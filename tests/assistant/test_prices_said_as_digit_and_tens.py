"""A price said as a digit and tens ("one forty", "four fifty", "six twenty five") is units
or hundreds by what it paid for or who paid it (each sentence written for these tests,
none from a dev set): one purchase of a kind that never costs the hundreds is the units, a
budget or money earned is the hundreds, a shop's whole trip or a concert is the hundreds,
and anything else stays as it was read."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from lingassist.assistant import Intent, parse
from lingassist.assistant.spoken import digit_and_tens_readings

TODAY = date(2026, 11, 18)


def read(text: str):  # type: ignore[no-untyped-def]
    return parse(text, today=TODAY, default_currency="USD")


@pytest.mark.parametrize(
    ("said", "units", "hundreds"),
    [
        ("one forty", "1.40", "140"),
        ("four fifty", "4.50", "450"),
        ("six twenty five", "6.25", "625"),
        ("nine-ninety", "9.90", "990"),
        # a teen first too (read as hundreds only by what it pays for: a rent, a repair)
        ("fourteen fifty", "14.50", "1450"),
    ],
)
def test_the_two_readings_of_a_digit_and_tens(said: str, units: str, hundreds: str) -> None:
    assert digit_and_tens_readings(said) == (Decimal(units), Decimal(hundreds))


@pytest.mark.parametrize("said", ["forty", "1.40", "one hundred forty"])
def test_other_words_have_no_two_readings(said: str) -> None:
    assert digit_and_tens_readings(said) is None


@pytest.mark.parametrize(
    ("text", "intent", "amount"),
    [
        # one purchase of a kind that never costs the hundreds: the units
        ("latte one fifty", Intent.ADD_EXPENSE, "1.50"),
        ("parking downtown one sixty", Intent.ADD_EXPENSE, "1.60"),
        ("espresso at the station one eighty", Intent.ADD_EXPENSE, "1.80"),
        # a budget, or money earned: the hundreds
        ("set my dining out budget to three twenty a month", Intent.SET_BUDGET, "320"),
        ("limit clothes to one fifty per month", Intent.SET_BUDGET, "150"),
        ("the customer paid me five seventy for the kitchen tiles", Intent.ADD_INCOME, "570"),
        ("made two thirty in tips at the bar tonight", Intent.ADD_INCOME, "230"),
        # a shop's whole trip, a concert: the hundreds
        ("big shop at aldi one thirty four", Intent.ADD_EXPENSE, "134"),
        ("groceries two ten at safeway", Intent.ADD_EXPENSE, "210"),
        ("festival pass three forty nine", Intent.ADD_EXPENSE, "349"),
    ],
)
def test_what_it_paid_for_decides_units_or_hundreds(text: str, intent: Intent, amount: str) -> None:
    command = read(text)
    assert command.intent is intent
    assert command.amount == Decimal(amount)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("interest one twenty", "120"),  # small income kinds stay as read
        ("tip two fifty", "2.50"),
        ("lunch nine fifty", "9.50"),
        ("beer five fifty", "5.50"),
    ],
)
def test_anything_else_stays_as_read(text: str, amount: str) -> None:
    assert read(text).amount == Decimal(amount)
