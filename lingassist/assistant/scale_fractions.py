"""Amounts said as a fraction of a scale word: "three and a half grand" (3,500), "a grand
and a half" (1,500), "quarter of a grand" (250), "half a million", "one point two k" (1,200).

The number readers see whole numbers only, so these phrases arrive in pieces ("three",
"grand"); `with_scale_fractions` puts the whole phrase back as one amount, spanning its words.
Values are exact (Decimal). Word lists are data (`lexicon`).
"""

from __future__ import annotations

import re
from decimal import Decimal

from lingassist.assistant.lexicon import SCALES, TEENS, UNITS
from lingassist.assistant.money_rules import Amount, as_money
from lingassist.assistant.types import Span

_SCALE_VALUES = {**SCALES, "k": 1000, "mil": 1_000_000}
_PARTS = {"half": Decimal("0.5"), "quarter": Decimal("0.25")}
_COUNT_WORDS = {**UNITS, **TEENS}
_COUNT = r"(?P<count>\d{1,3}|" + "|".join(sorted(_COUNT_WORDS, key=len, reverse=True)) + r")"
_SCALE = r"(?P<scale>grand|thousand|k|hundred|million|mil)\b"
_DIGIT_WORD = r"(?P<tenth>\d|" + "|".join(UNITS) + r")"

_PHRASES = (
    # "three and a half grand", "2 and a half thousand"
    (
        re.compile(r"\b" + _COUNT + r"\s+and\s+an?\s+(?P<part>half|quarter)\s+" + _SCALE, re.I),
        "and",
    ),
    # "a grand and a half", "one thousand and a half"
    (
        re.compile(r"\b(?:an?|one)\s+" + _SCALE + r"\s+and\s+an?\s+(?P<part>half|quarter)\b", re.I),
        "one_and",
    ),
    # "half a grand", "a quarter of a million", "quarter of a grand"
    (
        re.compile(
            r"\b(?:an?\s+)?(?P<part>half|quarter)\s+(?:of\s+)?an?\s+" + _SCALE.replace("k|", ""),
            re.I,
        ),
        "part_of",
    ),
    # "one point two k", "1 point 5 million"
    (re.compile(r"\b" + _COUNT + r"\s+point\s+" + _DIGIT_WORD + r"\s+" + _SCALE, re.I), "point"),
)


def _count(word: str) -> Decimal:
    lowered = word.lower()
    return Decimal(lowered) if lowered.isdigit() else Decimal(_COUNT_WORDS[lowered])


def _value(kind: str, match: re.Match[str]) -> Decimal:
    """The phrase's value, written as money is (1500, 1250.50)."""
    return as_money(_exact_value(kind, match))


def _exact_value(kind: str, match: re.Match[str]) -> Decimal:
    scale = Decimal(_SCALE_VALUES[match.group("scale").lower()])
    if kind == "point":
        tenth = _count(match.group("tenth"))
        return (_count(match.group("count")) + tenth / 10) * scale
    part = _PARTS[match.group("part").lower()]
    if kind == "and":
        return (_count(match.group("count")) + part) * scale
    if kind == "one_and":
        return (1 + part) * scale
    return part * scale


def scale_fractions(text: str) -> list[Amount]:
    """The amounts said as a fraction of a scale word in `text`, left to right."""
    found: list[Amount] = []
    for pattern, kind in _PHRASES:
        for match in pattern.finditer(text):
            span = Span(match.start(), match.end(), match.group(0))
            if any(span.overlaps(amount.span) for amount in found):
                continue
            found.append(Amount(_value(kind, match), None, span, marked=False))
    return sorted(found, key=lambda amount: amount.span.start)


def with_scale_fractions(text: str, amounts: list[Amount]) -> list[Amount]:
    """`amounts` with every fraction of a scale word said in `text` read whole: the pieces
    the number readers made of its words are replaced by the one amount, which keeps their
    currency ("half a million dollars")."""
    fractions = scale_fractions(text)
    if not fractions:
        return amounts
    merged = []
    for fraction in fractions:
        pieces = [a for a in amounts if a.span.overlaps(fraction.span)]
        currency = next((a.currency for a in pieces if a.currency), None)
        start = min([fraction.span.start, *(a.span.start for a in pieces)])
        end = max([fraction.span.end, *(a.span.end for a in pieces)])
        span = Span(start, end, text[start:end])
        marked = any(a.marked for a in pieces)
        merged.append(Amount(fraction.value, currency, span, marked))
    kept = [a for a in amounts if not any(a.span.overlaps(f.span) for f in fractions)]
    return sorted([*kept, *merged], key=lambda amount: amount.span.start)
