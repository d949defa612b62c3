"""The purchase date: every date-like text on the receipt, the most plausible one wins.

Numeric dates are read day-first unless that is impossible (12/28/2017) or the caller
asks for month-first; month names (05-JAN-2017, OCT 3, 2016, 2G NOVEMBER 2017) and compact
20180304 are understood; O/o, l/I/| read where digits belong are fixed, and S, G/b, Z, B
in a numeric date with enough real digits. Dates outside a plausible window around `today`
are dropped. A date on a DATE/TARIKH line, or next to a
time of day, is preferred; otherwise the first date from the top.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from lingassist.receipts.draft import Found, TextLine
from lingassist.receipts.text import fold_accents, has_any

YEARS_BACK = 25
DAYS_AHEAD = 2
REPAIRED = -3.0
MONTHS = {
    "JAN": 1, "FEB": 2, "MAR": 3, "APR": 4, "MAY": 5, "JUN": 6, "JUL": 7, "AUG": 8,
    "SEP": 9, "SEPT": 9, "OCT": 10, "NOV": 11, "DEC": 12, "JANUARY": 1, "FEBRUARY": 2,
    "MARCH": 3, "APRIL": 4, "JUNE": 6, "JULY": 7, "AUGUST": 8, "SEPTEMBER": 9,
    "OCTOBER": 10, "NOVEMBER": 11, "DECEMBER": 12, "MEI": 5, "OGOS": 8, "DIS": 12,
    "MAI": 5, "OKT": 10, "DEZ": 12, "MRZ": 3,
    # de, fr, es, it, nl (accents folded: "MÄRZ" is "MARZ", "FÉVRIER" is "FEVRIER")
    "JANUAR": 1, "FEBRUAR": 2, "MARZ": 3, "JUNI": 6, "JULI": 7, "OKTOBER": 10, "DEZEMBER": 12,
    "JANVIER": 1, "JANV": 1, "FEVRIER": 2, "FEVR": 2, "FEV": 2, "MARS": 3, "AVRIL": 4,
    "AVR": 4, "JUIN": 6, "JUILLET": 7, "JUIL": 7, "AOUT": 8, "SEPTEMBRE": 9, "OCTOBRE": 10,
    "NOVEMBRE": 11, "DECEMBRE": 12, "ENERO": 1, "ENE": 1, "FEBRERO": 2, "MARZO": 3,
    "ABRIL": 4, "ABR": 4, "MAYO": 5, "JUNIO": 6, "JULIO": 7, "AGOSTO": 8, "AGO": 8,
    "SEPTIEMBRE": 9, "SETIEMBRE": 9, "OCTUBRE": 10, "NOVIEMBRE": 11, "DICIEMBRE": 12,
    "DIC": 12, "GENNAIO": 1, "GEN": 1, "FEBBRAIO": 2, "APRILE": 4, "MAGGIO": 5, "MAG": 5,
    "GIUGNO": 6, "GIU": 6, "LUGLIO": 7, "LUG": 7, "SETTEMBRE": 9, "SET": 9, "OTTOBRE": 10,
    "OTT": 10, "JANUARI": 1, "FEBRUARI": 2, "MAART": 3, "AUGUSTUS": 8,
}  # fmt: skip
_MONTH = "(?P<mon>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_SEP = r"\s?[/\-.]\s?"
_PATTERNS = (
    (True, re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})" + _SEP + r"(?P<a>\d{1,2})" + _SEP
                      + r"(?P<b>\d{1,2})(?!\d)")),
    (False, re.compile(r"(?<!\d)(?P<a>\d{1,2})" + _SEP + r"(?P<b>\d{1,2})" + _SEP
                       + r"(?P<y>\d{4}|\d{2})(?!\d)")),
    (False, re.compile(r"(?<![\dA-Z])(?P<d>\d{1,2})(?:ST|ND|RD|TH|ER)?[\s\-/.]{0,2}(?:DE\s)?"
                       + _MONTH + r"[\s\-/.,]{0,2}(?:DE\s|DEL\s)?(?P<y>\d{4}|\d{2})(?!\d)")),
    (False, re.compile(r"(?<![A-Z])" + _MONTH + r"\s?(?P<d>\d{1,2})(?:ST|ND|RD|TH)?,?\s?"
                       + r"(?P<y>\d{4})(?!\d)")),
    (True, re.compile(r"(?<!\d)(?P<y>20\d{2})(?P<a>[01]\d)(?P<b>[0-3]\d)(?!\d)")),
    (False, re.compile(r"(?<![A-Z])NGAY\s?(?P<a>\d{1,2})\s?THANG\s?(?P<b>\d{1,2})\s?NAM\s?"
                       r"(?P<y>\d{4})(?!\d)")),  # Vietnamese: ngày 14 tháng 10 năm 2025
)  # fmt: skip
_DIGIT_LOOKALIKES = str.maketrans(
    {"O": "0", "o": "0", "Q": "0", "l": "1", "I": "1", "|": "1", "i": "1"}
)
_LETTER_LOOKALIKES = str.maketrans({"S": "5", "s": "5", "G": "6", "b": "6", "Z": "2", "B": "8"})
MIN_DIGITS_FOR_LETTERS = 4
"""S, G, b, Z and B are taken for digits only in a d/m/y run with this many real digits
("S/O2/2017", "2G-11-2017"), never in words that merely contain slashes ("S/B")."""
_DAY_BEFORE_MONTH = re.compile(
    r"(?<![A-Za-z0-9])[0-9OQoIl|]{1,2}(?=[\s\-/.]{0,2}" + _MONTH + r"[\s\-/.,]{0,2}\d{2})",
    re.IGNORECASE,
)
_RUN_CHAR = "[0-9OoQIl|iSsGbZB]"
_NUMERIC_RUN = re.compile(  # d/m/y or y/m/d made of digits and look-alikes, nothing glued on
    rf"(?<!{_RUN_CHAR})(?:{_RUN_CHAR}{{1,2}}{_SEP}{_RUN_CHAR}{{1,2}}{_SEP}(?:{_RUN_CHAR}{{4}}|"
    rf"{_RUN_CHAR}{{2}})|{_RUN_CHAR}{{4}}{_SEP}{_RUN_CHAR}{{1,2}}{_SEP}{_RUN_CHAR}{{1,2}})"
    rf"(?!{_RUN_CHAR})"
)
_TIME = re.compile(
    r"\d{1,2}\s?[:.]\s?\d{2}(?:\s?[:.]\s?\d{2})?\s?(?:AM|PM)?"
    r"|(?<![\dA-Z])\d{1,2}\s?H\s?\d{2}(?!\d)",  # French "à 21h58"
    re.IGNORECASE,
)
DATE_WORDS = ("DATE", "TARIKH", "DATUM", "FECHA", "BILL DATE", "DATE/TIME", "NGAY", "DATA")


@dataclass(frozen=True)
class _Candidate:
    value: date
    line: int
    score: float
    span: tuple[int, int]


def read_date(
    lines: Sequence[TextLine], *, today: date, day_first: bool = True
) -> Found[date] | None:
    """The most plausible purchase date on the receipt, or None."""
    earliest = today.replace(year=today.year - YEARS_BACK)
    latest = today + timedelta(days=DAYS_AHEAD)
    candidates = [
        candidate
        for index, line in enumerate(lines)
        for candidate in _line_dates(line.text, index, day_first)
        if earliest <= candidate.value <= latest
    ]
    if not candidates:
        return None
    best = max(candidates, key=lambda c: (c.score, -c.line))
    votes = sum(1 for c in candidates if c.value == best.value)
    line = lines[best.line]
    confidence = min(1.0, 0.55 + 0.1 * best.score + 0.1 * (votes - 1))
    confidence *= line.confidence_for_span(*best.span)
    return Found(best.value, round(confidence, 3), line.boxes_for_span(*best.span))


def dates_in(text: str, *, day_first: bool = True) -> list[date]:
    """Every date written in `text`, in order (no plausibility window)."""
    return [candidate.value for candidate in _line_dates(text, 0, day_first)]


def _line_dates(text: str, index: int, day_first: bool) -> list[_Candidate]:
    """Date candidates on one line, with their score."""
    fixed = fold_accents(_fix_lookalikes(text)).upper()
    bonus = (2.0 if has_any(text, DATE_WORDS) else 0.0) + (1.0 if _TIME.search(fixed) else 0.0)
    found: list[_Candidate] = []
    taken = bytearray(len(fixed))  # the characters a date already took (linear in the line)
    for year_first, pattern in _PATTERNS:
        for match in pattern.finditer(fixed):
            if any(taken[match.start() : match.end()]):
                continue
            parts = match.groupdict()
            # day.month.year with dots is day-first wherever it is printed ("12.03.2026" is
            # 12 March; the US writes months first with slashes)
            dotted = {c for c in match.group(0) if c in "/-."} == {"."}
            value = _to_date(parts, year_first=year_first, day_first=day_first or dotted)
            penalty = 0.0
            if value is None and bonus >= 1.0:
                value, penalty = _repaired_day(parts, year_first, day_first), REPAIRED
            if value is not None:
                taken[match.start() : match.end()] = b"\x01" * (match.end() - match.start())
                score = bonus + (0.5 if len(match.group("y")) == 4 else 0.0) + penalty
                found.append(_Candidate(value, index, score, match.span()))
    return found


def _repaired_day(parts: dict[str, str | None], year_first: bool, day_first: bool) -> date | None:
    """A day-first date on a DATE line or next to a time of day whose day's first digit is
    impossible ("52/02/2018", "89/11/2026 18:02", "62. Jan 2026 16:13"): that digit is
    taken for a misread 0 (kept doubtful: `REPAIRED`)."""
    if parts.get("mon"):
        day = parts["d"] or ""
        if len(day) != 2 or day[0] in "0123":
            return None
        return _to_date({**parts, "d": "0" + day[1]}, year_first=False, day_first=True)
    if year_first or not day_first:
        return None
    day = parts["a"] or ""
    if len(day) != 2 or day[0] in "0123":
        return None
    return _to_date({**parts, "a": "0" + day[1]}, year_first=False, day_first=True)


def _fix_lookalikes(text: str) -> str:
    """O->0 and l/I/|->1 where digits belong: "3O/O5/2Ol8", "Q1-Nov-2017"; also S->5,
    G/b->6, Z->2 and B->8 in a numeric d/m/y run with enough real digits ("G/2/2017").
    A repaired text that makes no valid date is dropped later like any other."""
    text = _NUMERIC_RUN.sub(lambda m: _run_digits(m.group(0)), text)
    return _DAY_BEFORE_MONTH.sub(lambda m: m.group(0).translate(_DIGIT_LOOKALIKES), text)


def _run_digits(run: str) -> str:
    run = run.translate(_DIGIT_LOOKALIKES)
    if sum(char.isdigit() for char in run) < MIN_DIGITS_FOR_LETTERS:
        return run
    return run.translate(_LETTER_LOOKALIKES)


def _to_date(parts: dict[str, str | None], *, year_first: bool, day_first: bool) -> date | None:
    """A valid date from the matched parts, or None."""
    year = _full_year(parts["y"] or "")
    if parts.get("mon"):
        month = MONTHS[(parts["mon"] or "").rstrip(".")]
        return _valid(year, month, int(parts["d"] or 0))
    first, second = int(parts["a"] or 0), int(parts["b"] or 0)
    if year_first:
        return _valid(year, first, second)  # 2018-12-25: year, month, day
    day, month = (first, second) if day_first else (second, first)
    return _valid(year, month, day) or _valid(year, day, month)


def _full_year(text: str) -> int:
    year = int(text) if text.isdigit() else 0
    return year + 2000 if len(text) == 2 else year


def _valid(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None
