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
    return list(_tokens(text))


@lru_cache(maxsize=16384)
def _tokens(text: str) -> tuple[str, ...]:
    """`letter_tokens`, kept: every field reader asks for the words of every line."""
    runs = _LETTER_RUNS.findall(fold_accents(text))
    return tuple(word.upper() for run in runs for word in _CAMEL_CASE.split(run))


def has_phrase(text: str, phrase: str) -> bool:
    """True when `phrase` appears in `text` as whole words, allowing OCR misreadings.

    Words may be split or run together ("SUB TOTAL" matches "Sub Total", "SubTotal" and
    "Sublotal"); one misread letter (two from nine letters) is tolerated; phrases of four letters
    or fewer must match exactly ("CASH" is not "CASHIER").
    """
    return has_any(text, (phrase,))


def has_any(text: str, phrases: Iterable[str]) -> bool:
    """True when any of `phrases` appears in `text` (see `has_phrase`).

    The line's runs of words are made once and kept by length, so each phrase is compared
    only with runs about as long as itself: receipts ask this of every line for every list of
    keywords, in several languages."""
    keys = phrases if isinstance(phrases, tuple) else tuple(phrases)
    return _found(_tokens(text), keys)


@lru_cache(maxsize=8192)
def _found(tokens: tuple[str, ...], phrases: tuple[str, ...]) -> bool:
    if not tokens:
        return False
    runs = _runs(tokens, _most_words(phrases) + 1)
    return any(_in_runs(runs, _phrase_key(phrase)) for phrase in phrases)


@lru_cache(maxsize=256)
def _most_words(phrases: tuple[str, ...]) -> int:
    return max((_phrase_key(phrase)[1] for phrase in phrases), default=1)


def _runs(tokens: tuple[str, ...], most: int) -> dict[int, dict[str, int]]:
    """The runs of 1..`most` consecutive words, letters run together: by length, each
    with the fewest words it was made of."""
    runs: dict[int, dict[str, int]] = {}
    for start in range(len(tokens)):
        joined = ""
        for length in range(1, most + 1):
            if start + length > len(tokens):
                break
            joined += tokens[start + length - 1]
            same_length = runs.setdefault(len(joined), {})
            same_length[joined] = min(length, same_length.get(joined, length))
    return runs


def _in_runs(runs: dict[int, dict[str, int]], key: tuple[str, int]) -> bool:
    """The phrase is one of the runs of at most one word more than it has, or (from five
    letters) one or two misread letters away from one."""
    wanted, count = key
    if not wanted:
        return False
    exact = runs.get(len(wanted), {}).get(wanted)
    if exact is not None and exact <= count + 1:
        return True
    if len(wanted) <= 4:
        return False
    allowed = 1 if len(wanted) <= 8 else 2
    for size in range(len(wanted) - allowed, len(wanted) + allowed + 1):
        for seen, words in runs.get(size, {}).items():
            if words <= count + 1 and _similar(seen, wanted):
                return True
    return False


def letter_share(text: str) -> float:
    """Share of letters among the non-space characters (0 for empty text)."""
    visible = [char for char in fold_accents(text) if not char.isspace()]
    if not visible:
        return 0.0
    return sum(char.isalpha() for char in visible) / len(visible)


@lru_cache(maxsize=4096)
def _phrase_key(phrase: str) -> tuple[str, int]:
    """The phrase's letters run together, and its number of words."""
    words = letter_tokens(phrase)
    return "".join(words), len(words)


def _similar(seen: str, wanted: str) -> bool:
    if seen == wanted:
        return True
    if len(wanted) <= 4:
        return False
    allowed = 1 if len(wanted) <= 8 else 2
    return Levenshtein.distance(seen, wanted, score_cutoff=allowed) <= allowed
