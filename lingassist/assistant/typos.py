"""Forgiving typos in the small closed vocabularies the grammar looks for ("yesterady",
"thrusday", "lst nite", "montly"), without losing where each word was written.

`TypoView` is the text with misspelt vocabulary words replaced by the word meant, plus a
map from every position in the corrected text back to the original, so a span found in
the view points at the person's own letters.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import get_close_matches
from functools import lru_cache

from lingassist.assistant.types import Span

# The words dates and repetition are made of, and short forms people type for them.
DATE_VOCABULARY = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "yesterday",
    "today",
    "tonight",
    "tomorrow",
    "morning",
    "evening",
    "afternoon",
    "night",
    "week",
    "weekend",
    "month",
    "year",
    "last",
    "this",
    "next",
    "ago",
    "january",
    "february",
    "march",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "monthly",
    "weekly",
    "yearly",
    "annually",
    "daily",
    "every",
    "each",
]
SHORT_FORMS = {
    "lst": "last",
    "nite": "night",
    "wk": "week",
    "yday": "yesterday",
    "tmrw": "tomorrow",
}
_WORD = re.compile(r"[A-Za-z]+")
_CUTOFF = 0.8


@dataclass(frozen=True)
class TypoView:
    """Text with vocabulary typos corrected.

    Attributes:
        original: the text as written.
        text: the corrected text (the same as `original` when nothing was corrected).
        origin: for each position of `text` (and one past its end), the position in
            `original` it came from.
    """

    original: str
    text: str
    origin: tuple[int, ...]

    def span(self, start: int, end: int) -> Span:
        """The span of the original text behind `text[start:end]`."""
        first, last = self.origin[start], self.origin[end]
        return Span(first, last, self.original[first:last])


def typo_view(text: str, vocabulary: tuple[str, ...] = tuple(DATE_VOCABULARY)) -> TypoView:
    """`text` with each word that is a close misspelling of a vocabulary word corrected."""
    pieces: list[str] = []
    origin: list[int] = []
    position = 0
    for match in _WORD.finditer(text):
        fixed = _correction(match.group(0).lower(), vocabulary)
        if fixed is None:
            continue
        pieces.append(text[position : match.start()])
        origin.extend(range(position, match.start()))
        pieces.append(fixed)
        origin.extend([match.start()] * len(fixed))
        position = match.end()
    if not pieces:
        return TypoView(text, text, tuple(range(len(text) + 1)))
    pieces.append(text[position:])
    origin.extend(range(position, len(text) + 1))
    return TypoView(text, "".join(pieces), tuple(origin))


@lru_cache(maxsize=4096)
def _correction(word: str, vocabulary: tuple[str, ...]) -> str | None:
    """The vocabulary word `word` misspells, or None (a correct or unrelated word)."""
    if word in vocabulary or (word.endswith("s") and word[:-1] in vocabulary):
        return None  # a vocabulary word, or its plural ("mondays", "months")
    if word in SHORT_FORMS:
        return SHORT_FORMS[word]
    if len(word) < 5:
        return None
    close = get_close_matches(word, vocabulary, n=1, cutoff=_CUTOFF)
    return close[0] if close else None
