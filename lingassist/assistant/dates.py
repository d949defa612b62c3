"""Dates and periods in what people say: "yesterday", "last Friday", "on the 3rd", "3rd of
March", "last month", "in October", "between the 1st and the 15th", "year to date".

Each expression is resolved two ways, because "on Friday" is the last Friday for an
expense and the next Friday for a payment; the parser picks by intent.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from lingassist.assistant.date_rules import RULES
from lingassist.assistant.date_words import (
    COUNT_WORDS,
    MONTH_RE,
    MONTHS,
    When,
    day_label,
    day_range,
)
from lingassist.assistant.lexicon import CLOCK_PRICE
from lingassist.assistant.types import Span
from lingassist.assistant.typos import typo_view
from lingassist.core.periods import Period, is_calendar_month, month_period


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


# "compare this month with last month": the period after "with"/"to" is the one compared to
_COMPARED_WITH = re.compile(r"\bcompar\w*\b.*\b(?:with|to|against|and|vs\.?)\s+\Z", re.I)


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
            comparison = (
                comparison or _COMPARED_WITH.search(view.text, 0, match.start()) is not None
            )
            span = view.span(match.start(), match.end())
            hits.append(DateHit(span, resolved[0], resolved[1], comparison))
            taken[match.start() : match.end()] = [True] * (match.end() - match.start())
    hits.sort(key=lambda hit: hit.span.start)
    return [_through_today(hit, text, today) for hit in _joined_ranges(hits, text)]


# "from Nov 1 to Nov 10", "between the 3rd and the 9th", "Oct 2 - Oct 20": two dates that
# bound one period; a bare "and" joins two periods only after "between" ("october and
# november" may be a comparison).
_JOIN_WORDS = r"(?P<word>and|to|until|till|through|thru|-|–)"
_RANGE_JOIN = re.compile(r"\s*" + _JOIN_WORDS + r"\s*\Z", re.I)
_LISTED = re.compile(r"\s*,?\s*\Z")  # "january, february": the next one listed
_RANGE_JOIN_AFTER = re.compile(r"\s*" + _JOIN_WORDS + r"\b", re.I)  # "since the 1st to …"
# (a filler may follow: "between, um, June 1st and June 15th")
_RANGE_OPEN = re.compile(r"\b(?:between|from)[\s,]*(?:(?:uh+|um+|er+m?|like)[\s,]+)*\Z", re.I)
# "since the 1st", "since payday on", "since the start of"
_SINCE = re.compile(r"\bsince(?:\s+[a-z]+){0,3}?\s*\Z", re.I)
_UNTIL_NOW = re.compile(r"\s*(?:until|till|to)\s+(?:now|today)\b", re.I)


def _joined_ranges(hits: list[DateHit], text: str) -> list[DateHit]:
    joined: list[DateHit] = []
    for hit in hits:
        first = joined[-1] if joined else None
        merged = _range_of(first, hit, text) if first is not None else None
        if merged is not None:
            joined[-1] = merged
        else:
            joined.append(hit)
    return joined


def _range_of(first: DateHit, second: DateHit, text: str) -> DateHit | None:
    gap = text[first.span.end : second.span.start]
    between = _RANGE_JOIN.match(gap)
    if first.comparison or second.comparison:
        return None
    if between is None:
        # "in january february and march", "june, july": months listed one after the other
        if _LISTED.match(gap) is None or not _months_together(first, second, text):
            return None
    elif between.group("word").lower() == "and":
        opened = _RANGE_OPEN.search(text, 0, first.span.start) or (
            first.span.source.lower().startswith(("between", "from"))
        )
        if not (opened or _months_together(first, second, text)):
            return None
    past = _spanning(first.past, second.past)
    future = _spanning(first.future, second.future)
    # "from monday to wednesday" said on a Wednesday: only one meaning is a range
    past, future = past or future, future or past
    if past is None or future is None:
        return None
    span = Span(first.span.start, second.span.end, text[first.span.start : second.span.end])
    return DateHit(span, past, future)


_COMPARING = re.compile(r"\b(?:compar\w*|vs\.?|versus|than|difference|differ\w*)\b", re.I)


def _months_together(first: DateHit, second: DateHit, text: str) -> bool:
    """ "in september and october", "in january february and march": whole months, one
    after the other, in a sentence that compares nothing, are one period."""
    return (
        _COMPARING.search(text) is None
        and _whole_months(first.past)
        and _is_month(second.past)
        and second.past.start == first.past.end + timedelta(days=1)  # type: ignore[union-attr]
    )


def _whole_months(when: When) -> bool:
    """True for a month, or months one after the other ("january february")."""
    if not isinstance(when, Period) or when.start.day != 1:
        return False
    return when.end == month_period(when.end).end


def _is_month(when: When) -> bool:
    return isinstance(when, Period) and is_calendar_month(when)


def _spanning(first: When, second: When) -> Period | None:
    start = first.start if isinstance(first, Period) else first
    end = second.end if isinstance(second, Period) else second
    return day_range(start, end) if start <= end else None


def _through_today(hit: DateHit, text: str, today: date) -> DateHit:
    """ "since the 1st", "from Monday until now": the day said, through today; "since (the
    start of) June": the period's first day, through today."""
    day = hit.past
    since = _SINCE.search(text, 0, hit.span.start)
    if isinstance(day, Period):
        # (a period begun but not ending today; one that ends today runs through it already)
        stretched = day.start <= today and day.end != today
        if since is None or not stretched or _RANGE_JOIN_AFTER.match(text, hit.span.end):
            return hit
        period = Period(day.start, today, f"since {day_label(day.start)}")
        return DateHit(hit.span, period, period)
    if not isinstance(day, date) or day > today:
        return hit
    to_now = _UNTIL_NOW.match(text, hit.span.end)
    if to_now is None and (since is None or _RANGE_JOIN_AFTER.match(text, hit.span.end)):
        return hit
    end = to_now.end() if to_now else hit.span.end
    period = Period(day, today, f"since {day_label(day)}")
    return DateHit(Span(hit.span.start, end, text[hit.span.start : end]), period, period)


HOUR_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_MINUTES_WORD = (
    r"(?:oh\s+[a-z]+|ten|fifteen|(?:twenty|thirty|forty|fifty)(?:[\s-](?:one|two|three|four|five|"
    r"six|seven|eight|nine))?)"
)
# A time said in words: "at ten past seven", "at half past six", "at nine fifteen this
# morning" (the minutes only with a part of the day after them: "at nine fifteen" alone may
# be a price)
_TIME_SAID = (
    r"\bat\s+(?:(?:half|(?:a\s+)?quarter|five|ten|twenty(?:[\s-]five)?)\s+(?:past|to)\s+"
    + HOUR_WORD
    + r"|"
    + HOUR_WORD
    + r"\s+"
    + _MINUTES_WORD
    + r"(?=\s+(?:this\s+(?:morning|afternoon|evening)|tonight|last\s+night|in\s+the\s+"
    r"(?:morning|afternoon|evening)|a\.?m\b|p\.?m\b)))\b|"
    # "uber home … at two in the morning", "till 11 at night": an hour said with its part of
    # an hour said in words with its mark: "haircut thirty five at two pm", "at nine o'clock"
    r"\b" + HOUR_WORD + r"(?:\s+" + _MINUTES_WORD + r")?\s*(?:a\.?m\.?|p\.?m\.?|o'?clock)(?!\w)|"
    # the day
    r"\b(?:at|around|by|till|until)\s+(?:(?:1[0-2]|0?\d)(?:[:.][0-5]\d)?|"
    + HOUR_WORD
    + r")\s+(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night)\b"
)
_TIME = re.compile(
    r"(?<![\w.])(?:1[0-2]|0?\d)(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?|o'?clock)(?!\w)|(?<![\w.])\d{1,2}:\d{2}"
    r"(?!\d)|(?<![\w.])(?:[01]?\d|2[0-3])(?:[:.]\d{2})?\s*uhr\b"  # "um 19 Uhr": German hours
    r"(?!\d)|\b(?:at\s+)?(?:noon|midnight)\b|" + _TIME_SAID,
    re.I,
)
_COUNTED = (
    r"(?P<n>\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|fifty|"
    r"hundred)"
)
_LIMIT = re.compile(
    r"\b(?:last|latest|recent|most\s+recent|top|first|past|biggest|largest)\s+"
    + _COUNTED
    + r"\b(?!\s*(?:days?|weeks?|months?|years?|hours?|minutes?)\b)|"
    # "my 3 biggest purchases", "the 10 largest transactions"
    r"\b" + _COUNTED.replace("?P<n>", "?P<n2>") + r"\s+(?:biggest|largest|most\s+expensive|"
    r"priciest|highest)\b",
    re.I,
)


def find_times(text: str) -> list[Span]:
    """Clock times ("8 pm", "7:30"): they are never amounts."""
    prices = {m.start() for m in CLOCK_PRICE.finditer(text)}  # "spent 12:50": a price
    return [
        Span(m.start(), m.end(), m.group(0))
        for m in _TIME.finditer(text)
        if m.start() not in prices
    ]


def find_limit(text: str) -> LimitHit | None:
    """ "last 10", "top five": how many rows a question asks for."""
    match = _LIMIT.search(text)
    if match is None:
        return None
    group = "n" if match.group("n") else "n2"
    word = match.group(group).lower()
    value = int(word) if word.isdigit() else {**COUNT_WORDS, "fifty": 50, "hundred": 100}[word]
    return LimitHit(Span(match.start(group), match.end(group), match.group(group)), value)


_LONGEST_MONTH = 31
_NAMED_DAY = re.compile(
    r"(?<![\w-])(?<!\d[.,])(?:(?:on\s+)?"
    + MONTH_RE
    + r"\s+(?:the\s+)?(?P<d1>\d{1,2})(?:st|nd|rd|th)?"
    r"|(?:on\s+)?(?:the\s+)?(?P<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?"
    + MONTH_RE.replace("(?P<month>", "(?P<month2>")
    + r")(?![\w-])(?![.,]\d)",
    re.I,
)


def find_impossible_dates(text: str) -> list[Span]:
    """Days that do not exist ("February 31", "the 31st of April"): said, but no date; the
    assistant asks for the day rather than using today."""
    found = []
    for match in _NAMED_DAY.finditer(text):
        day = int(match.group("d1") or match.group("d2"))
        month = MONTHS[(match.group("month") or match.group("month2")).lower()]
        # a number over 31 is no day ("dinner 88 Feb 14": 88 is the price), only a day some
        # months have is one said wrong (2024: February has 29)
        if calendar.monthrange(2024, month)[1] < day <= _LONGEST_MONTH:
            found.append(Span(match.start(), match.end(), match.group(0)))
    return found
