"""Month, weekday, ordinal and count words for the date rules."""

from __future__ import annotations

from datetime import date

from lingassist.assistant.lexicon import UNITS
from lingassist.core.periods import Period

When = date | Period
MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
WEEKDAYS = {
    name: index
    for index, names in enumerate(
        [
            ("monday", "mon"),
            ("tuesday", "tue", "tues"),
            ("wednesday", "wed", "weds"),
            ("thursday", "thu", "thur", "thurs"),
            ("friday", "fri"),
            ("saturday", "sat"),
            ("sunday", "sun"),
        ]
    )
    for name in names
}
ORDINAL_WORDS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "thirtieth": 30,
}
COUNT_WORDS = {
    "a": 1,
    **{word: value for word, value in UNITS.items() if value},
    "ten": 10,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "few": 3,
    "couple": 2,
    "couple of": 2,
}
MONTH_RE = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
DAY_RE = (
    r"(?P<day>\d{1,2})(?:st|nd|rd|th)?|(?P<dayword>(?:twenty|thirty)[- ]?(?:first|second|"
    r"third|fourth|fifth|sixth|seventh|eighth|ninth)|" + "|".join(ORDINAL_WORDS) + ")"
)
WEEKDAY_RE = r"(?P<weekday>" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + r")s?"
COUNT_RE = r"(?P<count>\d{1,3}|" + "|".join(sorted(COUNT_WORDS, key=len, reverse=True)) + r")"
UNIT_RE = r"(?P<unit>day|week|wk|month|mo|year|yr)s?"
_UNIT_NAMES = {"wk": "week", "mo": "month", "yr": "year"}


def unit_name(said: str) -> str:
    """ "day", "week", "month" or "year" for a unit as said ("wks", "yr")."""
    word = said.lower().removesuffix("s")
    return _UNIT_NAMES.get(word, word)


_MONTH_ABBREVIATIONS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
                        "Nov", "Dec")  # fmt: skip


def day_label(day: date) -> str:
    """ "Nov 16": a day in an English answer's period label (whatever the C locale)."""
    return f"{_MONTH_ABBREVIATIONS[day.month - 1]} {day.day}"


def day_range(start: date, end: date) -> Period:
    """The days from `start` to `end`, labelled "from Nov 2 to Nov 8" for an answer."""
    return Period(start, end, f"from {day_label(start)} to {day_label(end)}")
