"""Days said in the words of a language mixed into English, said with fillers, or counted
from the start of a month. Sentences written for these tests, none from a dev set."""

from __future__ import annotations

from datetime import date

import pytest

from lingassist.assistant import Intent, parse
from lingassist.assistant.types import Period

TODAY = date(2026, 11, 18)


def read(text: str):  # type: ignore[no-untyped-def]
    return parse(text, today=TODAY, default_currency="EUR")


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Edeka 31,40 gestern", date(2026, 11, 17)),
        ("padaria ontem 12,50", date(2026, 11, 17)),
        ("pizza 18 ieri sera", date(2026, 11, 17)),
        ("tacos 14 ayer", date(2026, 11, 17)),
        ("jollibee 210 merienda kanina", TODAY),
        ("i spend 9 dollars for the sandwich today morning", TODAY),
    ],
)
def test_a_day_in_mixed_words_dates_the_entry(text: str, day: date) -> None:
    command = read(text)
    assert command.intent is Intent.ADD_EXPENSE
    assert command.date == day


def test_a_range_said_with_fillers_is_one_period() -> None:
    command = read("what did I spend at Lidl, uh, between, um, March 2nd and March 9th?")
    assert command.period == Period(date(2026, 3, 2), date(2026, 3, 9), command.period.label)


def test_since_the_start_of_a_month_runs_to_today() -> None:
    command = read("how much have I spent on fuel since the start of June")
    assert command.period is not None
    assert (command.period.start, command.period.end) == (date(2026, 6, 1), TODAY)
