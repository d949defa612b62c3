from datetime import date

import pytest

from lingassist.core.errors import InvalidDate, InvalidPeriod
from lingassist.core.periods import add_months, parse_date, parse_period

TODAY = date(2026, 11, 23)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("2026-11", date(2026, 11, 1), date(2026, 11, 30)),
        ("2024-02", date(2024, 2, 1), date(2024, 2, 29)),
        ("2026", date(2026, 1, 1), date(2026, 12, 31)),
        ("2026-11-05", date(2026, 11, 5), date(2026, 11, 5)),
        ("2026-10-01..2026-10-15", date(2026, 10, 1), date(2026, 10, 15)),
        ("this-month", date(2026, 11, 1), date(2026, 11, 30)),
        ("last-month", date(2026, 10, 1), date(2026, 10, 31)),
        ("Last Month", date(2026, 10, 1), date(2026, 10, 31)),
        ("last_year", date(2025, 1, 1), date(2025, 12, 31)),
        ("ytd", date(2026, 1, 1), TODAY),
    ],
)
def test_periods(text: str, start: date, end: date) -> None:
    period = parse_period(text, TODAY)
    assert (period.start, period.end) == (start, end)


def test_last_month_in_january_is_december() -> None:
    period = parse_period("last-month", date(2027, 1, 10))
    assert (period.start, period.end) == (date(2026, 12, 1), date(2026, 12, 31))


@pytest.mark.parametrize("text", ["2026-13", "fortnight", "2026-10-15..2026-10-01", "26"])
def test_bad_periods_say_how_to_write_one(text: str) -> None:
    with pytest.raises(InvalidPeriod):
        parse_period(text, TODAY)


def test_dates() -> None:
    assert parse_date("yesterday", TODAY) == date(2026, 11, 22)
    assert parse_date("2026-11-20", TODAY) == date(2026, 11, 20)
    with pytest.raises(InvalidDate, match="YYYY-MM-DD"):
        parse_date("2026-02-30", TODAY)


def test_add_months_clamps_to_month_end() -> None:
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2026, 12, 15), 1) == date(2027, 1, 15)
    assert add_months(date(2026, 1, 15), -13) == date(2024, 12, 15)
    months = list(parse_period("2026", TODAY).months())
    assert len(months) == 12 and months[-1] == date(2026, 12, 1)
