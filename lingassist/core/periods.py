"""Periods of time for reports and filters: "2026-11", "2026", "last-month", "ytd", ranges."""

from __future__ import annotations

import re
from calendar import monthrange
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from lingassist.core.errors import InvalidDate, InvalidPeriod
from lingassist.core.phrases import phrase, quoted

_RANGE = re.compile(r"^(\d{4}-\d{2}-\d{2})\s*(?:\.\.|to)\s*(\d{4}-\d{2}-\d{2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")
_YEAR = re.compile(r"^(\d{4})$")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
EARLIEST_DATE = date(1900, 1, 1)  # also where the "all" period starts
FUTURE_YEARS = 10  # how far ahead a transaction may be dated (planned payments, typos aside)
PERIOD_HELP = (
    "Use a month (2026-11), a year (2026), a day (2026-11-20), a range "
    "(2026-10-01..2026-10-15), or one of: this-month, last-month, this-year, last-year, "
    "ytd, all."
)


@dataclass(frozen=True)
class Period:
    """A closed range of days.

    Attributes:
        start: first day included.
        end: last day included (never before `start`).
        label: how the period is shown to a person ("November 2026").
    """

    start: date
    end: date
    label: str

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise InvalidPeriod(
                phrase(
                    "The period ends ({end}) before it starts ({start}).",
                    end=self.end.isoformat(),
                    start=self.start.isoformat(),
                )
            )

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.start <= day <= self.end

    def months(self) -> Iterator[date]:
        """The first day of every month the period touches, in order."""
        current = self.start.replace(day=1)
        while current <= self.end:
            yield current
            current = add_months(current, 1)


def parse_date(text: str, today: date) -> date:
    """An ISO date, or "today" / "yesterday" / "tomorrow".

    Raises:
        InvalidDate: not a date, or a day that does not exist ("2026-02-30").
    """
    word = text.strip().lower()
    relative = {"today": 0, "yesterday": -1, "tomorrow": 1}
    if word in relative:
        return today + timedelta(days=relative[word])
    try:
        return date.fromisoformat(word)
    except ValueError as exc:
        raise InvalidDate(
            phrase(
                "{text} is not a date. Use YYYY-MM-DD (e.g. 2026-11-20), today or yesterday.",
                text=quoted(text.strip()),
            )
        ) from exc


def check_entry_date(day: date, today: date) -> date:
    """`day` if a transaction may be dated on it: from `EARLIEST_DATE` to `FUTURE_YEARS`
    years after `today` (so 0001-01-01 or 9999-12-31, almost always typos, are refused).

    Raises:
        InvalidDate: the day is before 1900 or too far in the future.
    """
    latest = add_months(today, 12 * FUTURE_YEARS)
    if day < EARLIEST_DATE:
        raise InvalidDate(
            phrase(
                "{day} is before {earliest}; check the year (dates are written YYYY-MM-DD).",
                day=day.isoformat(),
                earliest=EARLIEST_DATE.isoformat(),
            )
        )
    if day > latest:
        raise InvalidDate(
            phrase(
                "{day} is more than {years} years ahead (after {latest}); check the year "
                "(dates are written YYYY-MM-DD).",
                day=day.isoformat(),
                years=str(FUTURE_YEARS),
                latest=latest.isoformat(),
            )
        )
    return day


def parse_period(text: str, today: date) -> Period:
    """Read a period as the CLI and filters write it; see `PERIOD_HELP`.

    Raises:
        InvalidPeriod: the text names no period, or an impossible one.
    """
    spec = text.strip().lower().replace("_", "-").replace(" ", "-")
    named = _named_period(spec, today)
    if named is not None:
        return named
    try:
        return _explicit_period(spec)
    except ValueError as exc:
        raise InvalidPeriod(
            phrase(
                "{text} is not a period. Use a month (2026-11), a year (2026), a day "
                "(2026-11-20), a range (2026-10-01..2026-10-15), or one of: this-month, "
                "last-month, this-year, last-year, ytd, all.",
                text=quoted(text.strip()),
            )
        ) from exc


def month_period(first_day: date) -> Period:
    """The calendar month that contains `first_day`."""
    start = first_day.replace(day=1)
    end = start.replace(day=monthrange(start.year, start.month)[1])
    return Period(start, end, f"{start:%B} {start.year:04d}")


def is_calendar_month(period: Period) -> bool:
    """True when `period` is one whole calendar month (the 1st to the month's last day)."""
    month = month_period(period.start)
    return (period.start, period.end) == (month.start, month.end)


def year_period(year: int) -> Period:
    """The calendar year `year`."""
    return Period(date(year, 1, 1), date(year, 12, 31), f"{year:04d}")


def add_months(day: date, months: int) -> date:
    """The same day `months` later (or earlier), clamped to the month's last day."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return date(year, month, min(day.day, monthrange(year, month)[1]))


def _named_period(spec: str, today: date) -> Period | None:
    """this-month, last-month, this-year, last-year, ytd, all; None for anything else."""
    if spec in ("this-month", "month"):
        return month_period(today)
    if spec in ("last-month", "previous-month"):
        return month_period(add_months(today.replace(day=1), -1))
    if spec in ("this-year", "year"):
        return year_period(today.year)
    if spec == "last-year":
        return year_period(today.year - 1)
    if spec in ("ytd", "year-to-date"):
        return Period(date(today.year, 1, 1), today, f"{today.year} to date")
    if spec in ("all", "all-time", "ever"):
        return Period(EARLIEST_DATE, date(9999, 12, 31), "All time")
    return None


def _explicit_period(spec: str) -> Period:
    """2026-11, 2026, 2026-11-20, 2026-10-01..2026-10-15; ValueError for anything else."""
    if match := _RANGE.match(spec):
        start, end = (date.fromisoformat(part) for part in match.groups())
        return Period(start, end, f"{start} – {end}")
    if match := _MONTH.match(spec):
        return month_period(date(int(match.group(1)), int(match.group(2)), 1))
    if match := _YEAR.match(spec):
        return year_period(int(match.group(1)))
    if _DAY.match(spec):
        day = date.fromisoformat(spec)
        return Period(day, day, day.isoformat())
    raise ValueError(spec)
