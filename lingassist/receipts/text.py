"""Small text helpers shared by the field readers: keyword spotting that tolerates OCR noise."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

_LETTER_RUNS = re.compile(r"[A-Za-z]+")
_CAMEL_CASE = re.compile(r"(?<=[a-z]{2})(?=[A-Z])")  # "TotalExcl", not OCR's "STeTIONERY"


_UNACCENTED = str.maketrans({"đ": "d", "Đ": "D", "ß": "ss", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L"})


def fold_accents(text: str) -> str:
    """`text` with accents and other marks taken off its letters, so that keywords match
    however OCR read (or missed) them: "TỔNG CỘNG" -> "TONG CONG", "Rückgeld" -> "Ruckgeld",
    "À PAYER" -> "A PAYER", "Straße" -> "Strasse", "đ" -> "d"."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text.translate(_UNACCENTED))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def letter_tokens(text: str) -> list[str]:
    """The words of `text`, accents folded, upper-cased, split at non-letters and at camel case.

    >>> letter_tokens("TotalExcl.ofGST: RM5")
    ['TOTAL', 'EXCL', 'OF', 'GST', 'RM']
    >>> letter_tokens("TỔNG CỘNG")
    ['TONG', 'CONG']
    """
    runs = _LETTER_RUNS.findall(fold_accents(text))
    return [word.upper() for run in runs for word in _CAMEL_CASE.split(run)]


def has_phrase(text: str, phrase: str) -> bool:
    """True when `phrase` appears in `text` as whole words, allowing OCR misreadings.

    Words may be split or run together ("SUB TOTAL" matches "Sub Total", "SubTotal" and
    "Sublotal"); one misread letter (two from nine letters) is tolerated; phrases of four letters
    or fewer must match exactly ("CASH" is not "CASHIER").
    """
    return _has_words(tuple(letter_tokens(text)), _phrase_key(phrase))


def has_any(text: str, phrases: Iterable[str]) -> bool:
    """True when any of `phrases` appears in `text` (see `has_phrase`)."""
    tokens = tuple(letter_tokens(text))
    return any(_has_words(tokens, _phrase_key(phrase)) for phrase in phrases)


def letter_share(text: str) -> float:
    """Share of letters among the non-space characters (0 for empty text)."""
    visible = [char for char in fold_accents(text) if not char.isspace()]
    if not visible:
        return 0.0
    return sum(char.isalpha() for char in visible) / len(visible)


@lru_cache(maxsize=512)
def _phrase_key(phrase: str) -> tuple[str, int]:
    """The phrase's letters run together, and its number of words."""
    words = letter_tokens(phrase)
    return "".join(words), len(words)


def _has_words(tokens: tuple[str, ...], key: tuple[str, int]) -> bool:
    wanted, count = key
    if not wanted:
        return False
    for start in range(len(tokens)):
        for length in range(1, count + 2):
            if start + length > len(tokens):
                break
            if _similar("".join(tokens[start : start + length]), wanted):
                return True
    return False


def _similar(seen: str, wanted: str) -> bool:
    if seen == wanted:
        return True
    if len(wanted) <= 4:
        return False
    allowed = 1 if len(wanted) <= 8 else 2
    return Levenshtein.distance(seen, wanted, score_cutoff=allowed) <= allowed
