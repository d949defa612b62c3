"""How often a write repeats: "monthly", "every week", "a month", "per year", "annual".

The words are data (`RECURRENCE_WORDS`); a language adds its own lines.
"""

from __future__ import annotations

import re

from lingassist.assistant.lexicon import PERIODS_WRITTEN_SHORT
from lingassist.assistant.types import Span
from lingassist.assistant.typos import typo_view

RECURRENCE_WORDS: dict[str, tuple[str, ...]] = {
    "daily": ("daily", "every day", "each day", "per day", "a day"),
    "weekly": ("weekly", "every week", "each week", "per week", "a week", "/week", "/wk", "p/w"),
    "monthly": (
        "monthly",
        "every month",
        "each month",
        "per month",
        "a month",
        "/month",
        "/mth",
        "/mnth",
        "/mo",
        "a mo",
        "per mo",
        "every single month",
        "pcm",
        "p/m",
        "p.c.m.",
    ),
    "yearly": (
        "yearly",
        "annually",
        "annual",
        "every year",
        "each year",
        "per year",
        "a year",
        "/year",
        "/yr",
        "per annum",
        "p/a",
        "p.a.",
    ),
}
_PATTERN = re.compile(
    r"(?:(?<![\w/])|(?=/))(?P<said>(?:(?:recurring|repeating|recurrent)\s+)?(?P<words>"
    + "|".join(
        re.escape(phrase).replace(r"\ ", r"\s+")
        for phrases in RECURRENCE_WORDS.values()
        for phrase in sorted(phrases, key=len, reverse=True)
    )
    + r"))(?!\w)(?!\s+ago\b)",
    re.I,
)
# "10.99 pm", "35 pm": "per month" after a price that cannot be a clock time
_PM_AFTER_PRICE = re.compile(
    r"(?:(?<![\d.,:])(?:1[3-9]|[2-9]\d|\d{3,})|\d+[.,][6-9]\d)\s*(?P<words>pm)\b", re.I
)
# "950pcm", "40pw", "30k pa": per month, week or year written short right after the figure
_SHORT_AFTER_FIGURE = re.compile(
    r"(?<=\d)(?:[kK])?\s?(?P<words>" + "|".join(PERIODS_WRITTEN_SHORT) + r")\b", re.I
)
_EVERY_WEEKDAY = re.compile(
    r"\b(?:every|each)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I
)
_OF_PHRASE = {
    " ".join(phrase.split()): name
    for name, phrases in RECURRENCE_WORDS.items()
    for phrase in phrases
}


def find_recurrence(text: str) -> tuple[str, Span] | None:
    """The first repetition word in `text` and its span ("monthly", "every month")."""
    view = typo_view(text)
    match = _PATTERN.search(view.text)
    if match is not None:
        name = _OF_PHRASE[" ".join(match.group("words").lower().split())]
        return name, view.span(match.start("said"), match.end("said"))  # "recurring monthly"
    per_month = _PM_AFTER_PRICE.search(view.text)
    if per_month is not None:
        return "monthly", view.span(per_month.start("words"), per_month.end("words"))
    short = _SHORT_AFTER_FIGURE.search(view.text)
    if short is not None:
        name = PERIODS_WRITTEN_SHORT[short.group("words").lower()]
        return name, view.span(short.start("words"), short.end("words"))
    weekday = _EVERY_WEEKDAY.search(view.text)
    if weekday is not None:
        return "weekly", view.span(weekday.start(), weekday.end())
    return None
