"""Dates as banks print them, with the order of day and month decided from a whole column.

"31.12.2025", "31.12.25", "12/31/2025", "2025-12-31", "31 Dec 2025", "Dec 31, 2025",
"31-déc.-2025", "20251231", QIF's "12/31'25" and " 1/ 5'25", with or without a time.
A single "05/06/2025" cannot say whether it is May or June; a column can: one "13/06/2025"
rules out month-first. `decide_date_order` returns the orders the column allows.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from functools import lru_cache

from lingassist.bank_files.lexicon import month_number

DMY, MDY, YMD = "DMY", "MDY", "YMD"
ORDERS = (DMY, MDY, YMD)
ORDER_NAMES = {DMY: "day/month/year", MDY: "month/day/year", YMD: "year-month-day"}

_PART = r"(\d{1,4}|[^\W\d_]{3,}\.?)"
_DATE = re.compile(
    rf"\s*{_PART}\s*[./\-\s]\s*{_PART}\s*([./\-,']|\s)\s*('?)\s*(\d{{1,4}})"
    r"(?:[T\s,]+\d{1,2}[:.]\d{2}(?:[:.]\d{2}(?:\.\d+)?)?\s*(?:[AaPp][Mm])?"
    r"\s*(?:Z|[+-]\d{2}:?\d{2}|\[[^\]]*\])?)?\s*"
)
_FIRST_YEAR, _LAST_YEAR = 1900, 2199  # a bank line outside these is a misread
_COMPACT = re.compile(r"\s*((?:19|20)\d{2})(\d{2})(\d{2})(?:\d{4,6}(?:\.\d+)?)?(?:\[[^\]]*\])?\s*")


@lru_cache(maxsize=65536)
def date_parts(text: str) -> tuple[tuple[int, int, int], str] | None:
    """The three numbers of a written date and the orders its shape allows.

    Returns ((first, second, year-or-third), orders) where orders is a string of the
    allowed order codes' first letters ("DM" for DMY and MDY), or None when `text` is not
    shaped like a date at all.
    """
    compact = _COMPACT.fullmatch(text)
    if compact:
        return (int(compact[1]), int(compact[2]), int(compact[3])), "Y"
    match = _DATE.fullmatch(text)
    if not match:
        return None
    first, second, third = match.group(1), match.group(2), match.group(5)
    quoted_year = "'" in (match.group(3), match.group(4))  # QIF: 12/31'25, 1/ 5' 4
    if first.isdigit() and second.isdigit() and len(first) == 4:
        return ((int(first), int(second), int(third)), "Y") if len(third) <= 2 else None
    if len(third) not in (2, 4) and not (quoted_year and len(third) <= 2):
        return None
    if first.isdigit() and second.isdigit():
        if len(first) > 2:
            return None
        return (int(first), int(second), _year(third)), "DM"
    if first.isdigit() and len(first) <= 2:  # "31 Dec 2025"
        month = month_number(second)
        return ((int(first), month, _year(third)), "D") if month else None
    if second.isdigit() and len(second) <= 2:  # "Dec 31, 2025"
        month = month_number(first)
        return ((month, int(second), _year(third)), "M") if month else None
    return None


def read_date(text: str, order: str) -> date | None:
    """The date `text` stands for when read in `order` (DMY, MDY or YMD), else None."""
    parts = date_parts(text)
    if parts is None:
        return None
    return _as_date(parts, order)


@lru_cache(maxsize=65536)
def _as_date(parts: tuple[tuple[int, int, int], str], order: str) -> date | None:
    (first, second, third), allowed = parts
    if allowed == "Y":
        year, month, day = first, second, third
    elif allowed == "D" or (allowed == "DM" and order == DMY):
        day, month, year = first, second, third
    elif allowed == "M" or (allowed == "DM" and order == MDY):
        month, day, year = first, second, third
    else:
        return None
    if not _FIRST_YEAR <= year <= _LAST_YEAR:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def looks_like_date(text: str) -> bool:
    """True when `text` is a valid date in at least one order."""
    parts = date_parts(text)
    return parts is not None and any(_as_date(parts, order) for order in ORDERS)


def decide_date_order(values: Iterable[str]) -> tuple[str, ...]:
    """The orders in which the most of `values` are valid dates, best first.

    (DMY,) or (MDY,) when the column decides ("13.06.2025" rules out MDY); (DMY, MDY) when
    every value is valid both ways; (YMD,) when every date is written so that the order
    does not matter ("2025-12-31", "31 Dec 2025"); () when no value is a date.
    """
    valid = {DMY: 0, MDY: 0}
    unambiguous = 0
    for text in set(values):
        parts = date_parts(text)
        if parts is None:
            continue
        if parts[1] != "DM":
            unambiguous += _as_date(parts, DMY) is not None
            continue
        for order in (DMY, MDY):
            valid[order] += _as_date(parts, order) is not None
    best = max(valid.values())
    if best == 0:
        return (YMD,) if unambiguous else ()
    return tuple(order for order in (DMY, MDY) if valid[order] == best)


def order_by_sequence(values: list[str]) -> str | None:
    """DMY or MDY, when reading the column one way keeps it in date order and the other
    way does not (statements are sorted); None when both ways look equally sorted."""
    disorder = {}
    for order in (DMY, MDY):
        dates = [read_date(value, order) for value in values]
        known = [day for day in dates if day is not None]
        ups = sum(1 for a, b in zip(known, known[1:], strict=False) if b > a)
        downs = sum(1 for a, b in zip(known, known[1:], strict=False) if b < a)
        disorder[order] = min(ups, downs)
    if disorder[DMY] == disorder[MDY]:
        return None
    return DMY if disorder[DMY] < disorder[MDY] else MDY


def _year(text: str) -> int:
    """A four-digit year; two digits are 2000-2069 or 1970-1999 (one digit: QIF's 2000s)."""
    year = int(text)
    if len(text) <= 2:
        return 2000 + year if year < 70 else 1900 + year
    return year
