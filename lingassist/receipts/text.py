"""Small text helpers shared by the field readers: keyword spotting that tolerates OCR noise."""

from __future__ import annotations

import re
from collections.abc import Iterable

from rapidfuzz import fuzz

_LETTERS = re.compile(r"[A-Z]+")
_NOT_LETTERS = re.compile(r"[^A-Z]")


def letter_tokens(text: str) -> list[str]:
    """The runs of letters in `text`, upper-cased ("Total:RM" -> ["TOTAL", "RM"])."""
    return _LETTERS.findall(text.upper())


def has_phrase(text: str, phrase: str) -> bool:
    """True when `phrase` appears in `text`, allowing small OCR misreadings.

    Short one-word phrases (4 letters or fewer) must be a whole word; longer ones are
    compared on letters only, so "Tota! Incl.", "TotalExcl.ofGST" and "GRAND TOTAL" all
    work.
    """
    wanted = _NOT_LETTERS.sub("", phrase.upper())
    if " " not in phrase.strip() and len(wanted) <= 4:
        return wanted in letter_tokens(text)
    compact = _NOT_LETTERS.sub("", text.upper())
    if len(compact) < len(wanted) - 1:
        return False
    if wanted in compact:
        return True
    return len(wanted) >= 5 and fuzz.partial_ratio(wanted, compact) >= _threshold(wanted)


def has_any(text: str, phrases: Iterable[str]) -> bool:
    """True when any of `phrases` appears in `text` (see `has_phrase`)."""
    return any(has_phrase(text, phrase) for phrase in phrases)


def _threshold(wanted: str) -> float:
    """Longer phrases tolerate more misread letters."""
    return 80.0 if len(wanted) <= 8 else 85.0


def letter_share(text: str) -> float:
    """Share of letters among the non-space characters (0 for empty text)."""
    visible = [char for char in text if not char.isspace()]
    if not visible:
        return 0.0
    return sum(char.isalpha() for char in visible) / len(visible)
