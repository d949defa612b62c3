"""Periods people name by a holiday, by days said in words, or by listing months (each
sentence written for these tests, none from a dev set); and a four-digit figure after a
month that is money, not a year long gone."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from lingassist.assistant import Intent, parse

TODAY = date(2026, 11, 18)  # a Wednesday


def read(text: str):  # type: ignore[no-untyped-def]
    return parse(text, today=TODAY, default_currency="USD")


@pytest.mark.parametrize(
    ("text", "start"),
    [
        # Labor Day: the first Monday of September
        ("how much have I spent on Lyft since Labor Day", date(2026, 9, 7)),
        # Memorial Day: the last Monday of May
        ("what have we spent on the boat since memorial day", date(2026, 5, 25)),
        # Easter Sunday 2026 is April 5th; Good Friday two days before
        ("groceries since Easter", date(2026, 4, 5)),
        ("what did I spend since good friday", date(2026, 4, 3)),
        ("eating out since the 4th of July", date(2026, 7, 4)),
        ("how much since St Patrick's Day", date(2026, 3, 17)),
    ],
)
def test_a_period_since_a_holiday_runs_to_today(text: str, start: date) -> None:
    period = read(text).period
    assert period is not None and (period.start, period.end) == (start, TODAY), text


def test_a_holiday_greeting_or_thing_is_no_date() -> None:
    assert read("happy easter everyone").intent is Intent.OTHER
    command = read("easter eggs for the kids 12")
    assert (command.intent, command.amount, command.date) == (Intent.ADD_EXPENSE, Decimal(12), None)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("what did I pay out between the first and the fifteenth of march", (3, 1), (3, 15)),
        ("spending from the third to the ninth of october", (10, 3), (10, 9)),
        ("how much at the chemist in january february and march", (1, 1), (3, 31)),
        ("what did I spend in june, july and august", (6, 1), (8, 31)),
    ],
)
def test_days_in_words_and_listed_months_make_one_period(
    text: str, start: tuple[int, int], end: tuple[int, int]
) -> None:
    period = read(text).period
    assert period is not None, text
    assert (period.start, period.end) == (date(2026, *start), date(2026, *end)), text


def test_months_compared_are_not_joined() -> None:
    command = read("compare march and april")
    assert command.comparison is not None


@pytest.mark.parametrize(
    ("text", "amount"),
    [("rent for july 1850", "1850"), ("paid rent for june and july 1900", "1900")],
)
def test_a_figure_after_a_month_that_is_no_likely_year_is_money(text: str, amount: str) -> None:
    assert read(text).amount == Decimal(amount), text


@pytest.mark.parametrize(
    "text",
    [
        "send mum 100 for christmas",
        "bought my partner a 60 quid jumper for christmas",
        "moved 200 to the holiday fund, Thanksgiving is coming",
        "put 150 aside for the Easter holidays",
    ],
)
def test_a_holiday_said_of_what_it_is_for_dates_nothing(text: str) -> None:
    command = read(text)
    assert command.intent.writes and command.date is None, text


def test_a_move_told_in_the_past_is_dated_in_the_past() -> None:
    assert read("moved 1,500 to the emergency fund on Monday").date == date(2026, 11, 16)
    assert read("move 200 to savings on friday").date == date(2026, 11, 20)
