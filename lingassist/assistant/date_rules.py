"""The date rules, tried in order: each regex with the function that resolves it to a
(past meaning, future meaning) pair."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from dateutil.easter import easter

from lingassist.assistant.date_words import (
    COUNT_RE,
    COUNT_WORDS,
    DAY_RE,
    MONTH_RE,
    MONTHS,
    ORDINAL_WORDS,
    UNIT_RE,
    WEEKDAY_RE,
    WEEKDAYS,
    When,
    day_label,
    unit_name,
)
from lingassist.core.periods import Period, add_months, month_period, year_period

Rule = Callable[[re.Match[str], date], tuple[When, When] | None]
_VERBS = ("may", "march", "august")
RULES: list[tuple[re.Pattern[str], Rule]] = []


# A rule's words stand alone: not inside a word, nor beside the digits of a decimal amount
# ("candles 4.30 jan 3" has no 30 January, "dec 12.50" no 12 December)
_WHOLE_WORDS = r"(?<![\w-])(?<!\d[.,])(?:{})(?![\w-])(?![.,]\d)"


def _rule(pattern: str) -> Callable[[Rule], Rule]:
    """Register a resolver for the expressions `pattern` matches (in definition order)."""

    def register(function: Rule) -> Rule:
        RULES.append((re.compile(_WHOLE_WORDS.format(pattern), re.I), function))
        return function

    return register


def _days(today: date, offset: int) -> tuple[When, When]:
    day = today + timedelta(days=offset)
    return day, day


def _week(today: date, weeks_back: int) -> Period:
    start = today - timedelta(days=today.weekday() + 7 * weeks_back)
    label = "this week" if weeks_back == 0 else "last week"
    return Period(start, start + timedelta(days=6), label)


def _same(when: When) -> tuple[When, When]:
    return when, when


@_rule(
    r"(?:on\s+)?(?:the\s+)?(?P<edge>first|1st|last)\s+day\s+of\s+(?:the\s+)?"
    r"(?:(?P<rel>last|previous|this|next)\s+month|month|" + MONTH_RE + r")"
    r"|(?:at\s+)?(?:the\s+)?(?P<edge2>end|start|beginning)\s+of\s+(?P<rel2>last|previous|this)\s+month"
)
def _edge_of_month(match: re.Match[str], today: date) -> tuple[When, When] | None:
    """ "the last day of last month", "the first day of the month", "the last day of
    March", "the end of last month": that one day."""
    relative = (match.group("rel") or match.group("rel2") or "this").lower()
    if match.groupdict().get("month"):
        past_first, future_first = _month_firsts(MONTHS[match.group("month").lower()[:3]], today)
    else:
        shift = {"last": -1, "previous": -1, "this": 0, "next": 1}[relative]
        past_first = future_first = add_months(today.replace(day=1), shift)
    last = (match.group("edge") or match.group("edge2")).lower() in ("last", "end")
    return _edge(past_first, last=last), _edge(future_first, last=last)


def _month_firsts(month: int, today: date) -> tuple[date, date]:
    """The first day of the most recent `month` not after today, and of the next one."""
    this_year = date(today.year, month, 1)
    past = this_year if this_year <= today else date(today.year - 1, month, 1)
    future = (
        this_year
        if this_year.year == today.year and month >= today.month
        else date(today.year + 1, month, 1)
    )
    return past, future


def _edge(first: date, *, last: bool) -> date:
    return add_months(first, 1) - timedelta(days=1) if last else first


_WEEK_SHIFT = {"last": -1, "previous": -1, "this": 0, "next": 1}


@_rule(
    r"(?:on\s+)?(?:the\s+)?"
    + WEEKDAY_RE
    + r"\s+(?:of\s+)?(?P<which>last|previous|this|next)\s+week"
    + r"|(?P<which2>last|previous|this|next)\s+week(?:'s)?\s+(?:on\s+)?"
    + WEEKDAY_RE.replace("?P<weekday>", "?P<weekday2>")
)
def _weekday_of_a_week(match: re.Match[str], today: date) -> tuple[When, When]:
    """ "tuesday last week", "last week on friday", "monday of next week": that weekday in
    the calendar week named (weeks start on Monday)."""
    which = (match.group("which") or match.group("which2")).lower()
    weekday = WEEKDAYS[(match.group("weekday") or match.group("weekday2")).lower()]
    monday = today - timedelta(days=today.weekday()) + timedelta(weeks=_WEEK_SHIFT[which])
    return _days(monday, weekday)


@_rule(
    r"(?:compared\s+(?:to|with)|vs\.?|versus|than)\s+(?:the\s+)?(?:last|previous|prior)\s+"
    r"(?P<unit>week|month|year)"
)
def _comparison(match: re.Match[str], today: date) -> tuple[When, When]:
    return _previous(match.group("unit").lower(), today)


def _previous(unit: str, today: date) -> tuple[When, When]:
    if unit == "week":
        return _same(_week(today, 1))
    if unit == "month":
        return _same(month_period(add_months(today.replace(day=1), -1)))
    return _same(year_period(today.year - 1))


# A day of the month said in words: "first", "fifteenth", "twenty-third"
_DAY_IN_WORDS = (
    r"(?:twenty|thirty)[- ]?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|"
    + "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True))
)


@_rule(
    r"(?:between|from)\s+(?:the\s+)?(?P<a>\d{1,2}|" + _DAY_IN_WORDS + r")(?:st|nd|rd|th)?\s+"
    r"(?:and|to|until|till)\s+(?:the\s+)?(?P<b>\d{1,2}|" + _DAY_IN_WORDS + r")(?:st|nd|rd|th)?"
    r"(?:\s+(?:of\s+)?" + MONTH_RE + r")?"
)
def _day_range(match: re.Match[str], today: date) -> tuple[When, When] | None:
    """ "between the 1st and the 15th", "from 3 to 9 nov", "between the first and the
    fifteenth of march": days of this month (or of the last one, or of the month named);
    "between 20 and 25" alone is two amounts."""
    first, last = _day_said(match.group("a")), _day_said(match.group("b"))
    if first is None or last is None:
        return None
    said_as_days = re.search(
        r"\bthe\b|\d(?:st|nd|rd|th)\b|[a-z]\s+(?:and|to|until|till)\b", match.group(0), re.I
    )
    if not 1 <= first <= last <= 31 or not (said_as_days or match.group("month")):
        return None
    if match.group("month"):
        month = _month_firsts(MONTHS[match.group("month").lower()], today)[0]
    else:
        this_month = today.replace(day=1)
        month = this_month if last <= today.day else add_months(this_month, -1)
    end = min(last, (add_months(month, 1) - timedelta(days=1)).day)
    return _same(Period(month.replace(day=first), month.replace(day=end), match.group(0)))


# "so far", "until now", "till now", "to date" after "this month": it ends today
_SO_FAR = (
    r"(?:so\s+far|until\s+now|till\s+now|up\s+(?:to|till|until)\s+now|to\s+date|up\s+to\s+today)"
)


@_rule(
    r"year[\s-]+to[\s-]+date|ytd|so\s+far\s+this\s+year|"
    r"(?:in\s+)?this\s+year\s+" + _SO_FAR
)
def _year_to_date(match: re.Match[str], today: date) -> tuple[When, When]:
    return _same(Period(date(today.year, 1, 1), today, f"{today.year} to date"))


@_rule(
    r"(?:on\s+)?(?:the\s+)?(?:" + DAY_RE + r")\s+of\s+(?P<rel>this|last|previous|next|the)\s+month"
)
def _day_of_relative_month(match: re.Match[str], today: date) -> tuple[When, When] | None:
    """ "the 1st of this month", "the 3rd of last month": that day of that month."""
    shift = {"last": -1, "previous": -1, "next": 1}.get(match.group("rel").lower(), 0)
    month = add_months(today.replace(day=1), shift)
    day = _day_number(match)
    if day is None:
        return None
    try:
        return _same(month.replace(day=day))
    except ValueError:
        return None


@_rule(r"(?:over\s+|in\s+|during\s+)?(?:the\s+)?(?:last|past)\s+(?:fortnight|two\s+weeks)")
def _last_fortnight(match: re.Match[str], today: date) -> tuple[When, When]:
    """ "over the last fortnight": the fourteen days up to today."""
    return _same(Period(today - timedelta(days=13), today, match.group(0)))


@_rule(
    r"month[\s-]+to[\s-]+date|mtd|so\s+far\s+this\s+month|"
    r"(?:in\s+)?this\s+month\s+" + _SO_FAR
)
def _month_to_date(match: re.Match[str], today: date) -> tuple[When, When]:
    return _same(Period(today.replace(day=1), today, match.group(0)))


@_rule(
    r"week[\s-]+to[\s-]+date|wtd|so\s+far\s+this\s+week|"
    r"(?:in\s+)?this\s+week\s+" + _SO_FAR
)
def _week_to_date(match: re.Match[str], today: date) -> tuple[When, When]:
    return _same(Period(_week(today, 0).start, today, match.group(0)))


@_rule(
    r"(?:in\s+|during\s+)?(?:the\s+)?(?P<which>first|second|1st|2nd|last)\s+half\s+of\s+"
    r"(?:(?P<this>the\s+month|this\s+month)|" + MONTH_RE + r")"
)
def _half_month(match: re.Match[str], today: date) -> tuple[When, When]:
    """ "the first half of November" (1st-15th), "the second half of the month"."""
    if match.group("this"):
        past_first = future_first = today.replace(day=1)
    else:
        past_first, future_first = _month_firsts(MONTHS[match.group("month").lower()[:3]], today)
    first = match.group("which").lower() in ("first", "1st")
    return _half_of(past_first, first=first), _half_of(future_first, first=first)


def _half_of(month: date, *, first: bool) -> Period:
    last_day = add_months(month, 1) - timedelta(days=1)
    if first:
        return Period(month, month.replace(day=15), f"first half of {month:%B}")
    return Period(month.replace(day=16), last_day, f"second half of {month:%B}")


@_rule(r"(?:the\s+)?week\s+before\s+last")
def _week_before_last(match: re.Match[str], today: date) -> tuple[When, When]:
    return _same(_week(today, 2))


@_rule(
    r"(?:in\s+|during\s+)?(?:the\s+)?week\s+(?:of|starting|beginning|commencing)\s+(?:(?:on\s+)?"
    r"(?:the\s+)?(?:"
    + DAY_RE
    + r")(?:\s+(?:of\s+)?"
    + MONTH_RE
    + r")?|"
    + MONTH_RE.replace("?P<month>", "?P<month2>")
    + r"\s+(?:the\s+)?(?P<day2>\d{1,2})(?:st|nd|rd|th)?)"
)
def _week_of_day(match: re.Match[str], today: date) -> tuple[When, When] | None:
    """ "the week of the 9th", "week of Nov 9": the calendar week (Monday to Sunday) that
    holds that day."""
    day = int(match.group("day2")) if match.group("day2") else _day_number(match)
    month_name = match.group("month") or match.group("month2")
    if day is None or not 1 <= day <= 31:
        return None
    if month_name:
        past_first, future_first = _month_firsts(MONTHS[month_name.lower()], today)
    else:
        past_first = (
            today.replace(day=1) if day <= today.day else add_months(today.replace(day=1), -1)
        )
        future_first = (
            today.replace(day=1) if day >= today.day else add_months(today.replace(day=1), 1)
        )
    return _week_holding(_clamp(past_first, day)), _week_holding(_clamp(future_first, day))


def _week_holding(day: date) -> Period:
    monday = day - timedelta(days=day.weekday())
    return Period(monday, monday + timedelta(days=6), f"the week of {day_label(day)}")


_NTH_WEEK = {"first": 0, "1st": 0, "second": 1, "2nd": 1, "third": 2, "3rd": 2, "fourth": 3,
             "4th": 3}  # fmt: skip


@_rule(
    r"(?:in\s+|during\s+)?(?:the\s+)?(?P<nth>first|1st|second|2nd|third|3rd|fourth|4th|last)"
    r"\s+week\s+of\s+(?:(?P<this>the\s+month|this\s+month)|" + MONTH_RE + r")"
)
def _week_of_month(match: re.Match[str], today: date) -> tuple[When, When] | None:
    """ "the first week of November", "the last week of the month": seven days of it (the
    last week: its last seven days)."""
    if match.group("this"):
        past_first = future_first = today.replace(day=1)
    else:
        past_first, future_first = _month_firsts(MONTHS[match.group("month").lower()[:3]], today)
    return _nth_week(past_first, match.group("nth").lower()), _nth_week(
        future_first, match.group("nth").lower()
    )


def _nth_week(first: date, nth: str) -> Period:
    last_day = add_months(first, 1) - timedelta(days=1)
    if nth == "last":
        return Period(last_day - timedelta(days=6), last_day, f"last week of {first:%B}")
    start = first + timedelta(days=7 * _NTH_WEEK[nth])
    return Period(start, min(start + timedelta(days=6), last_day), f"{nth} week of {first:%B}")


@_rule(
    r"since\s+(?:the\s+)?(?:beginning|start)\s+of\s+(?:the\s+)?(?:(?P<year>(?:19[5-9]|20\d)\d)(?!\d|[.,]\d)|"
    r"(?P<what>year|month|week))|since\s+"
    + MONTH_RE
    + r"(?:\s+(?P<year2>(?:19[5-9]|20\d)\d)(?!\d|[.,]\d))?|"
    # "since the month start", "since the year began"
    r"since\s+(?:the\s+)?(?P<what2>year|month|week)(?:'s)?\s+(?:start(?:ed)?|began|beginning)|"
    r"since\s+(?:the\s+)?new\s+year(?:['\u2019]?s(?:\s+day)?)?"
)
def _since(match: re.Match[str], today: date) -> tuple[When, When] | None:
    year = match.group("year") or match.group("year2")
    if match.group("month"):
        start = _last_month_named(MONTHS[match.group("month").lower()], today, year)
    elif year:
        start = date(int(year), 1, 1)
    else:
        what = (match.group("what") or match.group("what2") or "year").lower()
        start = {"year": today.replace(month=1, day=1), "month": today.replace(day=1)}.get(
            what, today - timedelta(days=today.weekday())
        )
    return None if start > today else _same(Period(start, today, match.group(0)))


@_rule(
    r"(?:the\s+)?(?:last|past|previous|prior)\s+(?:"
    + COUNT_RE
    + r"\s+)?(?P<calendar>calendar\s+)?"
    + UNIT_RE
)
def _recent(match: re.Match[str], today: date) -> tuple[When, When]:
    """ "last month" (the calendar month), "the past 3 months", "last 30 days" (rolling,
    through today)."""
    unit, count = unit_name(match.group("unit")), match.group("count")
    said_past = match.group(0).lower().removeprefix("the ").startswith("past")
    rolling = (count is not None or said_past) and not match.group("calendar")
    number = 1 if count is None else (int(count) if count.isdigit() else COUNT_WORDS[count.lower()])
    if match.group("calendar") and number > 1 and unit in ("month", "year"):
        return _same(_whole_months_before(today, number * (12 if unit == "year" else 1), match))
    if not rolling:
        if unit == "day":
            return _days(today, -1)
        return _previous(unit, today)
    if unit in ("month", "year"):  # "the last 3 months": from the same day 3 months ago
        months = number * (12 if unit == "year" else 1)
        start = add_months(today, -months) + timedelta(days=1)
    else:
        start = today - timedelta(days={"day": 1, "week": 7}[unit] * number - 1)
    return _same(Period(start, today, match.group(0)))


def _whole_months_before(today: date, months: int, match: re.Match[str]) -> Period:
    """ "the last 3 calendar months": the whole months before this one."""
    this_month = today.replace(day=1) if months % 12 else today.replace(month=1, day=1)
    return Period(add_months(this_month, -months), this_month - timedelta(days=1), match.group(0))


@_rule(  # "this month", and "for the year" ("my total spend on insurance for the year?")
    r"(?:this|(?<=for\s)the)\s+"
    + UNIT_RE
    + r"(?:'s)?(?!\s+(?:before|after|ahead|end|ending|of|starting|beginning|commencing|\d))"
    + r"|(?P<weekend>this|last)\s+weekend"
)
def _this(match: re.Match[str], today: date) -> tuple[When, When]:
    if match.group("weekend"):
        saturday = today - timedelta(days=(today.weekday() - 5) % 7)
        if match.group("weekend").lower() == "last" and saturday + timedelta(days=1) >= today:
            saturday -= timedelta(days=7)
        return _same(Period(saturday, saturday + timedelta(days=1), match.group(0)))
    unit = unit_name(match.group("unit"))
    if unit == "day":
        return _days(today, 0)
    if unit == "week":
        return _same(_week(today, 0))
    return _same(month_period(today) if unit == "month" else year_period(today.year))


@_rule(
    # ("due 30.04.", "due date 15.06", "fällig 01.07.": a bill's day, never an amount)
    r"(?:(?P<on>on|from|until|since|by|before|after|am|le|due(?:\s+(?:on|by|date))?|deadline|"
    r"f[aä]llig(?:\s+am)?|bis|(?P<came>received|credited|arrived))\s*:?\s+)?(?<![$€£¥₫\d.,])(?P<a>\d{1,2})"
    r"(?P<sep>[/.-])(?P<b>\d{1,2})(?:(?P=sep)(?P<year>(?:19|20)?\d{2}))?(?P<end>\.)?(?![\d/.-]*\d)"
)
def _numeric_date(match: re.Match[str], today: date) -> tuple[When, When] | None:
    """ "11/3", "3/11", "on 14.11.", "14.11.2026", "on 11-15", "due 30.04.", "received 25.03.":
    day and month in either order.
    A dotted or dashed pair needs a year or a word such as "on" before it ("14.11" and
    "$12.06." are amounts, "11-15" a range).
    When both orders are real days, the one nearest today is meant (the most recent for
    what happened)."""
    if match.group("sep") in ".-" and not (match.group("year") or match.group("on")):
        return (
            None  # "12.06." ends a sentence with a price, "11-15" is a range; "on 14.11." is a day
        )
    if match.group("came") and not (match.group("year") or match.group("end")):
        return None  # "received 25.03." is a day (its ordinal dot); "received 25.03" money
    a, b = int(match.group("a")), int(match.group("b"))
    year = match.group("year")
    candidates = []
    for day, month in ((a, b), (b, a)):
        if 1 <= month <= 12 and 1 <= day <= 31:
            candidates += _dates_of(day, month, year, today)
    if not candidates:
        return None
    past = [d for d in candidates if d <= today]
    future = [d for d in candidates if d >= today]
    return (max(past) if past else min(candidates)), (min(future) if future else max(candidates))


def _dates_of(day: int, month: int, year: str | None, today: date) -> list[date]:
    years = (
        [int(year) + (2000 if len(year) == 2 else 0)]
        if year
        else [today.year - 1, today.year, today.year + 1]
    )
    found = []
    for number in years:
        try:
            found.append(date(number, month, day))
        except ValueError:
            continue
    return found


@_rule(r"(?:over|during|on|at|from)\s+the\s+weekend|(?:this\s+)?past\s+weekend|the\s+weekend")
def _recent_weekend(match: re.Match[str], today: date) -> tuple[When, When]:
    """ "over the weekend", "this past weekend": the last Saturday and Sunday (called "last
    weekend" in answers: "You spent … in last weekend" reads better than "in over the
    weekend")."""
    saturday = today - timedelta(days=(today.weekday() - 5) % 7)
    if saturday + timedelta(days=1) >= today:
        saturday -= timedelta(days=7)
    return _same(Period(saturday, saturday + timedelta(days=1), "last weekend"))


_HOLIDAYS = {
    "christmas eve": (12, 24),
    "christmas day": (12, 25),
    "christmas": (12, 25),
    "boxing day": (12, 26),
    "new year's eve": (12, 31),
    "new years eve": (12, 31),
    "new year's day": (1, 1),
    "new years day": (1, 1),
    "valentine's day": (2, 14),
    "valentines day": (2, 14),
    "halloween": (10, 31),
    "thanksgiving": (11, 0),
    "black friday": (11, 0),
    "labor day": (9, 0),
    "labour day": (9, 0),
    "memorial day": (5, 0),
    "independence day": (7, 4),
    "fourth of july": (7, 4),
    "4th of july": (7, 4),
    "canada day": (7, 1),
    "australia day": (1, 26),
    "anzac day": (4, 25),
    "st patrick's day": (3, 17),
    "st patricks day": (3, 17),
    "paddy's day": (3, 17),
    "bonfire night": (11, 5),
    "guy fawkes": (11, 5),
    "easter": (0, 0),
    "easter sunday": (0, 0),
    "good friday": (0, 0),
    "easter monday": (0, 0),
}
# Holidays a number of days from Easter Sunday (its date from `dateutil.easter`)
_FROM_EASTER = {"easter": 0, "easter sunday": 0, "good friday": -2, "easter monday": 1}
# "christmas presents", "halloween costume", "Christmas travel", "Thanksgiving is coming":
# things for a holiday or a holiday ahead, not its day (a "christmas dinner" or "new year's
# eve party" happens on it; "for Christmas" says what for)
_HOLIDAY_THINGS = (
    r"presents?", r"gifts?", r"lights?", r"trees?", r"shopping", r"bonus", r"markets?",
    r"cards?", r"decorations?", r"sweaters?",
    r"jumpers?", r"candy", r"sweets", r"costumes?", r"sales?", r"deals?", r"food", r"turkey",
    r"flowers", r"budget", r"spending", r"money", r"eggs?", r"bunn(?:y|ies)", r"hunt",
    r"baskets?", r"hampers?", r"fireworks", r"sparklers", r"travel", r"trips?", r"holidays?",
    r"break", r"is\s+coming", r"coming\s+up", r"is\s+near",
    # saved towards it: "Put £50 in the Christmas club pot", "the Christmas fund"
    r"club", r"clubs", r"fund", r"funds", r"pot", r"pots", r"savings", r"jar", r"account",
)  # fmt: skip
# Holidays on the n-th weekday of their month (US Thanksgiving: the 4th Thursday of
# November; Black Friday the day after, written as the 4th Friday, which it always is;
# North American Labor Day the 1st Monday of September; Memorial Day the last Monday of May,
# written -1).
_NTH_WEEKDAY = {
    "thanksgiving": (3, 4),
    "black friday": (4, 4),
    "labor day": (0, 1),
    "labour day": (0, 1),
    "memorial day": (0, -1),
}


@_rule(
    r"(?<!happy\s)(?<!merry\s)(?<!for\s)(?:on\s+)?(?P<holiday>"
    + "|".join(sorted(_HOLIDAYS, key=len, reverse=True)).replace("'", "['’]?")
    + r")(?!\s+(?:"
    + "|".join(_HOLIDAY_THINGS)
    + r")\b)"
)
def _holiday(match: re.Match[str], today: date) -> tuple[When, When] | None:
    """Holidays: "on christmas eve", "new year's eve", "thanksgiving" (the last one for
    what happened, the next one for what is to be done)."""
    key = re.sub(r"['’]", "'", match.group("holiday").lower())
    key = key if key in _HOLIDAYS else key.replace("'", "")
    this_year = _holiday_in(key, today.year)
    past = this_year if this_year <= today else _holiday_in(key, today.year - 1)
    future = this_year if this_year >= today else _holiday_in(key, today.year + 1)
    return past, future


def _holiday_in(key: str, year: int) -> date:
    """The day of the holiday `key` in `year`: a fixed day, or the n-th weekday of a month."""
    month, day = _HOLIDAYS[key]
    if key in _FROM_EASTER:
        return easter(year) + timedelta(days=_FROM_EASTER[key])
    if key not in _NTH_WEEKDAY:
        return date(year, month, day)
    weekday, nth = _NTH_WEEKDAY[key]
    if nth < 0:  # the last one: back from the first of the next month
        after = date(year + month // 12, month % 12 + 1, 1)
        return after - timedelta(days=(after.weekday() - weekday - 1) % 7 + 1)
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))


@_rule(
    r"(?P<n>\d{1,2}|(?:a\s+)?couple(?:\s+of)?|a|one|two|three|four|five|six|seven)\s+"
    r"(?P<unit>days?|weeks?)\s+back"
)
def _back(match: re.Match[str], today: date) -> tuple[When, When] | None:
    """ "two days back": as "two days ago"."""
    return _ago(match, today)


_QUARTER_ORDINALS = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
    "last": 4,
}


@_rule(
    r"(?P<rel>this|last|previous|past)\s+quarter|(?:the\s+)?(?:(?P<q>q[1-4])|(?P<ord>first|1st|"
    r"second|2nd|third|3rd|fourth|4th)\s+quarter)(?:\s+(?:of\s+)?(?P<year>(?:19|20)\d{2}))?"
)
def _quarter(match: re.Match[str], today: date) -> tuple[When, When] | None:
    """ "Q3", "the third quarter of 2025", "this quarter", "last quarter"."""
    current = (today.month - 1) // 3 + 1
    year = int(match.group("year")) if match.group("year") else today.year
    if match.group("rel"):
        back = 0 if match.group("rel").lower() == "this" else 1
        number, year = current - back, today.year
        if number == 0:
            number, year = 4, year - 1
    else:
        q = match.group("q")
        number = int(q[1]) if q else _QUARTER_ORDINALS[match.group("ord").lower()]
        if not match.group("year") and number > current:
            year -= 1  # a quarter not yet begun means last year's
    start = date(year, 3 * number - 2, 1)
    end = add_months(start, 3) - timedelta(days=1)
    return _same(Period(start, end, match.group(0)))


@_rule(
    r"(?:in\s+)?(?P<part>mid|early|late)[\s-]+(?:(?P<this>the\s+month|this\s+month)|"
    + MONTH_RE
    + r")"
)
def _part_of_month(match: re.Match[str], today: date) -> tuple[When, When]:
    """ "mid november" (11th-20th), "early october" (1st-10th), "late march" (21st-end)."""
    if match.group("this"):
        past_first = future_first = today.replace(day=1)
    else:
        past_first, future_first = _month_firsts(MONTHS[match.group("month").lower()[:3]], today)
    part = match.group("part").lower()
    return _month_part(past_first, part), _month_part(future_first, part)


def _month_part(first: date, part: str) -> Period:
    last_day = add_months(first, 1) - timedelta(days=1)
    start, end = {"early": (1, 10), "mid": (11, 20), "late": (21, last_day.day)}[part]
    return Period(first.replace(day=start), first.replace(day=end), f"{part} {first:%B}")


# Meteorological seasons (northern hemisphere): the most recent one begun, or the year's
_SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}


@_rule(
    r"(?:(?P<prep>in|during|over|for|through|throughout|from|since)\s+)?(?:the\s+)?(?:(?P<rel>this|last|"
    r"past)\s+)?(?P<season>spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?(?P<year>(?:19|20)\d{2}))?"
    r"(?!\s+(?:sales?|clothes|coats?|jackets?|tyres?|tires?|break|camp|school|term|holidays?)\b)"
)
def _season(match: re.Match[str], today: date) -> tuple[When, When] | None:
    """ "over the summer", "last winter", "in the spring of 2025"… "in spring 2025": its
    three months; without a year, the latest one that has begun ("last" one before it)."""
    if not (match.group("prep") or match.group("rel") or match.group("year")):
        return None  # "fall" alone is a verb ("I had a fall"), "summer" alone often a name
    first_month = _SEASONS[match.group("season").lower()]
    if match.group("year"):
        year = int(match.group("year")) - (1 if first_month == 12 else 0)
        start = date(year, first_month, 1)
    else:
        start = date(today.year, first_month, 1)
        while start > today:
            start = add_months(start, -12)
        if (match.group("rel") or "").lower() == "last" and add_months(start, 3) > today:
            start = add_months(start, -12)  # "last summer" said in summer: the one before
    end = add_months(start, 3) - timedelta(days=1)
    return _same(Period(start, end, f"{match.group('season').lower()} {start.year}"))


@_rule(
    r"(?:the\s+)?(?P<which>first|second)\s+half\s+of\s+(?:the\s+|this\s+)?year|"
    r"(?P<prep>(?:in|during|for)\s+)?\bh(?P<h>[12])(?:\s+(?P<year>(?:19|20)\d{2}))?"
)
def _half_year(match: re.Match[str], today: date) -> tuple[When, When] | None:
    """ "the first half of the year", "H2 2025"."""
    said = match.group(0)[len(match.group("prep") or "") :]
    if match.group("h") and not (said.startswith("H") or match.group("prep")):
        return None  # "my h1 visa" is a name; "H1", "in h1" a half-year
    half = 1 if (match.group("which") or "").lower() == "first" or match.group("h") == "1" else 2
    year = int(match.group("year")) if match.group("year") else today.year
    start = date(year, 1 if half == 1 else 7, 1)
    if start > today:
        return None
    end = date(year, 6, 30) if half == 1 else date(year, 12, 31)
    return _same(Period(start, end, match.group(0)))


@_rule(
    r"(?:earlier\s+)?today(?:\s+(?:morning|afternoon|evening))?|tonight|this\s+(?:morning|afternoon|evening|"
    r"a\.?m\.?|p\.?m\.?)|the\s+now|"
    # today in the words of the languages people mix in: "jollibee 189 lunch kanina"
    r"heute|hoje|oggi|hoy|kanina|"
    r"(?<=\bi'm\s)(?:just\s+)?after(?=\s+(?:spending|paying|buying|getting)\b)|"  # Irish: just did
    r"(?P<n>\d{1,2}|an?|one|two|three|four|five|six)\s+(?:hours?|minutes?)\s+ago|just\s+now"
)
def _today(match: re.Match[str], today: date) -> tuple[When, When]:
    return _days(today, 0)


@_rule(
    r"(?:the\s+)?(?:day|night)\s+before\s+(?:yesterday|last)|yesterday(?:\s+(?:morning|afternoon|evening|"
    r"night))?|last\s+night|tomorrow(?:\s+(?:morning|afternoon|evening))?|"
    # yesterday in the words of the languages people mix in: "Rewe 23.18 gestern", "iFood ontem"
    r"gestern|ontem|ieri|ayer|kahapon"
)
def _yesterday(match: re.Match[str], today: date) -> tuple[When, When]:
    words = match.group(0).lower()
    offset = -2 if "before" in words else (1 if words.startswith("tomorrow") else -1)
    return _days(today, offset)


_UNIT_DAYS = {"day": 1, "d": 1, "week": 7, "wk": 7, "w": 7, "fortnight": 14}


@_rule(
    r"(?P<n>\d{1,2}|(?:a\s+)?couple(?:\s+of)?|a|one|two|three|four|five|six|seven|ten)\s*"
    r"(?P<unit>days?|d|weeks?|wks?|w|fortnights?)\s+(?:ago|back|before)"
)
def _ago(match: re.Match[str], today: date) -> tuple[When, When]:
    """ "3 days ago", "2 wks ago", "a fortnight ago", "1w ago", "a couple of days back"."""
    n = " ".join(match.group("n").lower().split())
    count = int(n) if n.isdigit() else COUNT_WORDS[n.removeprefix("a ")]
    unit = match.group("unit").lower()
    return _days(today, -count * _UNIT_DAYS[unit if unit in _UNIT_DAYS else unit[:-1]])


@_rule(
    r"(?:a\s+)?(?P<size>few|several|some)\s+(?P<unit>days|weeks)\s+(?:ago|back)"
    r"|(?:on\s+)?the\s+other\s+day|a\s+(?:little\s+)?while\s+(?:ago|back)"
)
def _vague_past(match: re.Match[str], today: date) -> tuple[When, When]:
    """ "a few days ago", "the other day", "several weeks back": some day in a stretch of
    the past (a period, so a new entry asks which day rather than guessing one)."""
    weeks = (match.group("unit") or "").lower() == "weeks"
    nearest, farthest = (14, 42) if weeks else (1, 6)
    start, end = today - timedelta(days=farthest), today - timedelta(days=nearest)
    return _same(Period(start, end, match.group(0)))


@_rule(r"(?:the\s+)?" + WEEKDAY_RE + r"\s+before\s+last")
def _weekday_before_last(match: re.Match[str], today: date) -> tuple[When, When]:
    """ "friday before last": the one a week before last Friday."""
    target = WEEKDAYS[match.group("weekday").lower()]
    back = (today.weekday() - target) % 7 or 7
    return _days(today, -back - 7)


_SHORT_WORDS_TOO = frozenset({"mon", "wed", "sat", "sun"})  # short day names that are words


def _capitalized_day(match: re.Match[str]) -> bool:
    """ "cinema 9.90 Sat": a short day name written with a capital inside a sentence (not
    "the Sun", a newspaper)."""
    said, before = match.group("weekday"), match.string[: match.start()]
    return said[:1].isupper() and bool(before.strip()) and not before.lower().endswith("the ")


_LEDGER_LINE_WORDS = 3
# "no, sat", "actually wed": a short day name that corrects the day just said, alone
_CORRECTION_LEAD = re.compile(
    r"^\s*(?:(?:no|nope|nah|actually|sorry|oops|wait|oh|i\s+meant?|make\s+it|it\s+was|"
    r"was)[,.!\s]+)+(?:on\s+)?\Z",
    re.I,
)


def _corrects_the_day(match: re.Match[str]) -> bool:
    return _CORRECTION_LEAD.match(match.string[: match.start()]) is not None and not match.string[
        match.end() :
    ].strip(" .!")


def _ends_a_ledger_line(match: re.Match[str]) -> bool:
    """ "petrol 45 sat", "-12 taxi wed": a short day name that ends a few words with an
    amount in them, as a ledger line is written (not "where we sat", which has no amount)."""
    text = match.string
    line = text[: match.start()]
    return (
        not text[match.end() :].strip(" .!")
        and bool(re.search(r"\d", line))
        and not re.search(r"\b(?:i|we|you|they|he|she|who)\s*\Z", line, re.I)
        and len(re.findall(r"[^\W\d_]+", line)) <= _LEDGER_LINE_WORDS
    )


_PART_OF_DAY = r"(?:morning|afternoon|evening|night|nite|lunch(?:time)?|am|pm)"


@_rule(
    r"(?:(?P<rel>last|next|this|on|coming)\s+)?"
    + WEEKDAY_RE
    + r"(?:\s+(?P<part>"
    + _PART_OF_DAY
    + r"))?"
)
def _weekday(match: re.Match[str], today: date) -> tuple[When, When] | None:
    target = WEEKDAYS[match.group("weekday").lower()]
    relative = (match.group("rel") or "").lower()
    short = match.group("weekday").lower() in _SHORT_WORDS_TOO
    said_as_day = _capitalized_day(match) or _ends_a_ledger_line(match) or _corrects_the_day(match)
    if not relative and not match.group("part") and short and not said_as_day:
        return None  # "sat", "sun", "wed" alone are words more often than days ("sat night" is one)
    back = (today.weekday() - target) % 7
    ahead = (target - today.weekday()) % 7
    # said on that very weekday, "on Monday" is a week ago (today would be "today"); a day
    # name as a ledger line's label ("bakery 4.20 wed"), "this Monday", "wed lunchtime" and
    # "from tuesday to wednesday" end today
    a_week_ago = relative in ("last", "on") and not match.group("part")
    past = today - timedelta(days=back or (7 if a_week_ago else 0))
    future = today + timedelta(days=ahead or (7 if relative == "next" else 0))
    if relative == "last":
        return past, past
    if relative == "next":
        return future, future
    return past, future


@_rule(
    r"(?:on\s+)?(?:the\s+)?(?:"
    + DAY_RE
    + r")\s+(?:of\s+)?"
    + MONTH_RE
    + r"(?:,?\s+(?P<year>(?:19[5-9]|20\d)\d)(?!\d|[.,]\d))?"
    + r"(?!\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\b)"  # "12 november 1st": the 1st is the day
)
def _day_of_month(match: re.Match[str], today: date) -> tuple[When, When] | None:
    return _dated(match, today)


@_rule(
    r"(?:on\s+)?"
    + MONTH_RE
    + r"\s+(?:the\s+)?(?:"
    + DAY_RE
    + r")(?:,?\s+(?P<year>(?:19[5-9]|20\d)\d)(?!\d|[.,]\d))?"
)
def _month_day(match: re.Match[str], today: date) -> tuple[When, When] | None:
    return _dated(match, today)


@_rule(r"(?P<iso>\d{4}-\d{2}-\d{2})")
def _iso(match: re.Match[str], today: date) -> tuple[When, When] | None:
    try:
        return _same(date.fromisoformat(match.group("iso")))
    except ValueError:
        return None


# Things counted in order ("the 2nd instalment of 3", "the 3rd time this month")
_ORDINAL_OF_A_THING = re.compile(
    r"\s+(?:instal+ments?|payments?|times?|rounds?|tries|try|attempts?|birthday|anniversary|"
    r"floor|year|grade|child|kid|one|place|edition|issue|term|semester|visit|session|lesson|"
    r"week|quarter|half|month's|installment)\b",
    re.I,
)


@_rule(
    r"(?:on\s+)?the\s+(?P<dotted>\d{1,2})\.(?!\d)|"  # "on the 12." (a European ordinal)
    r"(?:on\s+)?the\s+(?:" + DAY_RE + r")|on\s+(?P<bare>\d{1,2}(?:st|nd|rd|th))|"
    r"(?P<last>\d{1,2}(?:st|nd|rd|th))(?=\s*[,.!?]?\s*\Z)|"  # "taxi 12 14th": the day, said last
    # "salary received day 5": the day of the month as Vietnamese (ngày 5) and Spanish (día 5)
    # say it, after a word of when it came, was paid or is due ("for the day 5"; not "day 2 of
    # the trip")
    r"(?:(?<=\bon\s)|(?<=\bpaid\s)|(?<=\bcame\s)|(?<=\breceived\s)|(?<=\barrived\s)|"
    r"(?<=\bcredited\s)|(?<=\bdue\s)|(?<=\bfor\sthe\s)|(?<=\bon\sthe\s)|(?<=\bby\sthe\s)|"
    r"(?<=\buntil\sthe\s)|(?<=\bin\sthe\s)|(?<=\bvence\s)|(?<=\bvencimento\s)|"
    r"(?<=\buntil\s)|(?<=\btill\s)|(?<=\bbefore\s)|(?<=\bby\s))"
    r"day\s+(?P<dayn>\d{1,2})\b(?!\s+of\b)(?![.,:]\d)"
)
def _ordinal_day(match: re.Match[str], today: date) -> tuple[When, When] | None:
    if match.group("day") and not re.search(r"\d(?:st|nd|rd|th)", match.group(0), re.I):
        return None  # "the 22" without st/nd/rd/th is a count, not a day
    if not match.group(0).lower().startswith("on") and _ORDINAL_OF_A_THING.match(
        match.string, match.end()
    ):
        return None  # "the 2nd instalment", "the 3rd time": which one, not a day
    bare = (
        match.group("bare") or match.group("dotted") or match.group("last") or match.group("dayn")
    )
    day = int(re.sub(r"\D", "", bare)) if bare else _day_number(match)
    if day is None or day > 31:
        return None
    past, future = today.replace(day=1), today.replace(day=1)
    while _clamp(past, day) > today:
        past = add_months(past, -1)
    while _clamp(future, day) < today:
        future = add_months(future, 1)
    return _clamp(past, day), _clamp(future, day)


@_rule(
    r"(?:(?P<prep>in|during|for|of|at|from|throughout|since|until|through|between)\s+(?:the\s+"
    r"month\s+of\s+)?)?" + MONTH_RE + r"(?:\s+(?P<year>(?:19[5-9]|20\d)\d)(?!\d|[.,]\d))?"
)
def _month(match: re.Match[str], today: date) -> tuple[When, When] | None:
    name = match.group("month").lower()
    if (
        not match.group("prep")
        and not _MONTH_RANGE_END.search(match.string, 0, match.start())
        and not _MONTH_LISTED_BEFORE.search(match.string, 0, match.start())
        and not match.group("year")
        and (name in ("may", "march") or (len(name) <= 3 and name not in _PLAIN_ABBREVIATIONS))
    ):
        return None
    lower_case = not match.group(0)[0].isupper()
    said_alone = not (match.group("prep") or match.group("year"))
    if (
        said_alone
        and lower_case
        and name in _VERBS
        and not _MONTH_RANGE_END.search(match.string, 0, match.start())
        and not _MONTH_LISTED_BEFORE.search(match.string, 0, match.start())
    ):
        return None
    start = _last_month_named(MONTHS[name], today, match.group("year"))
    following = add_months(start, 1) - timedelta(days=1) if not match.group("year") else None
    future_start = start if following is None or following >= today else add_months(start, 12)
    return month_period(start), month_period(future_start)


# "between March and May", "from june to august": the second month of a range is a month
# whatever word it also is
_MONTH_RANGE_END = re.compile(
    r"\b(?:between|from)\s+(?:the\s+month\s+of\s+)?"
    + MONTH_RE.replace("?P<month>", "?:")
    + r"(?:\s+\d{4})?\s*(?:and|to|till|until|through|thru|-|–)\s*\Z",
    re.I,
)
# "january february and march": a month listed after another is a month whatever word it
# also is
_MONTH_LISTED_BEFORE = re.compile(
    r"\b(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december)\s*(?:,\s*)?(?:and|&)?\s*\Z",
    re.I,
)
# Month abbreviations that are no other word or name ("oct", "nov"; not "jan", "mar")
_PLAIN_ABBREVIATIONS = frozenset({"feb", "apr", "aug", "sep", "oct", "nov", "dec"})


# What a year is "of": "the end of 2025", "the summer of 2024", "a breakdown of 2025" (not
# "a budget of 2000")
_TIME_OF = re.compile(
    r"\b(?:end|start|beginning|middle|rest|half|part|remainder|summer|spring|autumn|fall|winter|"
    r"christmas|months?|year|quarter|first|second|third|fourth|last|breakdown|summary|report|"
    r"review|overview|recap|statement|spending|expenses|transactions|purchases|income|taxes)\s*\Z",
    re.I,
)
# A question, where a year is a year: "show me what I bought for 2025"
_ASKED = re.compile(
    r"^(?=.*\?)|\W*(?:what|how|show|list|which|when|where|did|do|have|give)\b", re.I
)
# Money traded "for" a figure earlier in the sentence: "sold my car for 2000"
_TRADED = re.compile(
    r"\b(?:sold|sell|selling|bought|buy|buying|paid|pay|got|purchased|picked\s+up|cost|costs|"
    r"went|go(?:ing)?)\b",
    re.I,
)


# "in 2025", not "a limit of 2000 dollars", "a budget of 2000 for travel", "sold my car for 2000"
@_rule(
    r"(?P<prep>in|during|for|of|since)\s+(?P<year>(?:19|20)\d{2})"
    r"(?!\s*(?:dollars?|euros?|pounds?|bucks|quid|usd|eur|gbp|cad|aud|chf|[$€£]))"
)
def _year(match: re.Match[str], today: date) -> tuple[When, When] | None:
    before, prep = match.string[: match.start()], match.group("prep").lower()
    if _ASKED.match(match.string):
        return _same(year_period(int(match.group("year"))))  # "breakdown of 2025?"
    if prep == "of" and not _TIME_OF.search(before):
        return None  # "a budget of 2000", "a fine of 2000": money
    if prep == "for" and _TRADED.search(before):
        return None  # "bought a used bike for 2000": its price
    return _same(year_period(int(match.group("year"))))


def _last_month_named(month: int, today: date, year: str | None) -> date:
    """The first day of the most recent `month` not in the future (or of `year`)."""
    if year:
        return date(int(year), month, 1)
    return date(today.year if month <= today.month else today.year - 1, month, 1)


def _dated(match: re.Match[str], today: date) -> tuple[When, When] | None:
    day, month = _day_number(match), MONTHS[match.group("month").lower()]
    if day is None or not 1 <= day <= 31:
        return None
    try:
        if match.group("year"):
            return _same(date(int(match.group("year")), month, day))
        past = date(today.year, month, day)
        future = past
    except ValueError:
        return None
    past = past if past <= today else past.replace(year=today.year - 1)
    future = future if future >= today else future.replace(year=today.year + 1)
    return past, future


def _day_number(match: re.Match[str]) -> int | None:
    if match.group("day"):
        return int(match.group("day"))
    return _day_said(match.group("dayword") or "")


def _day_said(said: str) -> int | None:
    """The day of the month in "15", "fifteenth" or "twenty-third"."""
    if said.isdigit():
        return int(said)
    word = re.sub(r"[- ]", "", said.lower())
    if word.startswith(("twenty", "thirty")):
        tens = 20 if word.startswith("twenty") else 30
        return tens + ORDINAL_WORDS.get(word[6:], 0)
    return ORDINAL_WORDS.get(word)


def _clamp(month_start: date, day: int) -> date:
    last = (add_months(month_start, 1) - timedelta(days=1)).day
    return month_start.replace(day=min(day, last))
