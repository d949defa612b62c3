"""Dates and periods in what people say: "yesterday", "last Friday", "on the 3rd", "3rd of
March", "last month", "in October", "between the 1st and the 15th", "year to date".

Each expression is resolved two ways, because "on Friday" is the last Friday for an
expense and the next Friday for a payment; the parser picks by intent.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from lingassist.assistant.date_rules import RULES
from lingassist.assistant.date_words import COUNT_WORDS, MONTH_RE, MONTHS, When
from lingassist.assistant.types import Span
from lingassist.assistant.typos import typo_view


@dataclass(frozen=True)
class DateHit:
    """A date or period expression found in text.

    Attributes:
        span: where it was found.
        past: its meaning for things that happened (an expense, a question).
        future: its meaning for things to do (a payment's execution date).
        comparison: True for "compared to last month" (the period to compare with).
    """

    span: Span
    past: When
    future: When
    comparison: bool = False


@dataclass(frozen=True)
class LimitHit:
    """A count of rows asked for ("last 10", "top five").

    Attributes:
        span: where it was found.
        value: how many.
    """

    span: Span
    value: int


def find_dates(text: str, today: date) -> list[DateHit]:
    """Every date or period expression in `text`, left to right, not overlapping; a typo
    in a date word ("yesterady", "lst nite") is forgiven, the span keeps what was typed."""
    view = typo_view(text)
    hits: list[DateHit] = []
    taken = [False] * len(view.text)
    for pattern, resolve in RULES:
        for match in pattern.finditer(view.text):
            if any(taken[match.start() : match.end()]):
                continue
            resolved = resolve(match, today)
            if resolved is None:
                continue
            comparison = bool(re.match(r"(?:compared|vs|versus|than)\b", match.group(0), re.I))
            span = view.span(match.start(), match.end())
            hits.append(DateHit(span, resolved[0], resolved[1], comparison))
            taken[match.start() : match.end()] = [True] * (match.end() - match.start())
    return sorted(hits, key=lambda hit: hit.span.start)


_TIME = re.compile(
    r"(?<![\w.])\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?|o'?clock)(?!\w)|(?<![\w.])\d{1,2}:\d{2}"
    r"(?!\d)|\b(?:at\s+)?(?:noon|midnight)\b",
    re.I,
)
_LIMIT = re.compile(
    r"\b(?:last|latest|recent|most\s+recent|top|first|past)\s+(?P<n>\d{1,3}|one|two|three|four|"
    r"five|six|seven|eight|nine|ten|fifteen|twenty|fifty|hundred)\b(?!\s*(?:days?|weeks?|"
    r"months?|years?|hours?|minutes?)\b)",
    re.I,
)


def find_times(text: str) -> list[Span]:
    """Clock times ("8 pm", "7:30"): they are never amounts."""
    return [Span(m.start(), m.end(), m.group(0)) for m in _TIME.finditer(text)]


def find_limit(text: str) -> LimitHit | None:
    """ "last 10", "top five": how many rows a question asks for."""
    match = _LIMIT.search(text)
    if match is None:
        return None
    word = match.group("n").lower()
    value = int(word) if word.isdigit() else {**COUNT_WORDS, "fifty": 50, "hundred": 100}[word]
    return LimitHit(Span(match.start("n"), match.end("n"), match.group("n")), value)


_NAMED_DAY = re.compile(
    r"(?<![\w-])(?:(?:on\s+)?" + MONTH_RE + r"\s+(?:the\s+)?(?P<d1>\d{1,2})(?:st|nd|rd|th)?"
    r"|(?:on\s+)?(?:the\s+)?(?P<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?"
    + MONTH_RE.replace("(?P<month>", "(?P<month2>")
    + r")(?![\w-])",
    re.I,
)


def find_impossible_dates(text: str) -> list[Span]:
    """Days that do not exist ("February 31", "the 31st of April"): said, but no date; the
    assistant asks for the day rather than using today."""
    found = []
    for match in _NAMED_DAY.finditer(text):
        day = int(match.group("d1") or match.group("d2"))
        month = MONTHS[(match.group("month") or match.group("month2")).lower()]
        if day == 0 or day > calendar.monthrange(2024, month)[1]:  # 2024: February has 29
            found.append(Span(match.start(), match.end(), match.group(0)))
    return found
