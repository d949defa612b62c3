"""The last defence against Whisper's repetition loops: a phrase said over and over, kept once.

On silence, music or background talk Whisper can get stuck and write the same words again
and again ("It's not just that. It's not just that. It's not just that. …", "90 90 90 …").
`WhisperSpeech` first avoids most loops with faster-whisper's own options (no conditioning
on the previous window, temperature fallback on over-compressible text, capped tokens);
`collapse_repeats` then removes what still gets through: a run of `MIN_REPEATS` or more
copies of the same words, back to back, is written once.

Words are compared without case and without the punctuation around them, so "No, no, no."
is a run of "no". The copy kept is the first one, ending with the last copy's punctuation
("No, no, no." -> "No."). Two copies in a row are left alone: people do say "bye bye" or
"$20, $20 each". Text is split at whitespace, so this works on languages written with
spaces between words.
"""

from __future__ import annotations

import re

MIN_REPEATS = 3
"""Copies in a row that make a loop; fewer are left as they are."""

MAX_PHRASE_WORDS = 16
"""Longest phrase looked for (Whisper's loops are a word to a sentence long)."""

_EDGE_PUNCTUATION = re.compile(r"^\W+|\W+$")
_TRAILING_PUNCTUATION = re.compile(r"\W+$")


def collapse_repeats(
    text: str, *, min_repeats: int = MIN_REPEATS, max_words: int = MAX_PHRASE_WORDS
) -> str:
    """`text` with every run of `min_repeats`+ copies of a phrase written once.

    Whitespace between the words kept is normalised to single spaces when anything was
    collapsed; otherwise `text` comes back unchanged.
    """
    words = text.split()
    collapsed = _collapse_until_stable(words, min_repeats, max_words)
    return text if collapsed == words else " ".join(collapsed)


def longest_repeat(text: str, *, max_words: int = MAX_PHRASE_WORDS) -> tuple[str, int]:
    """The phrase repeated most times back to back in `text`, and how many times ("", 1
    when nothing repeats); for measuring loops (bench/voice_long.py)."""
    words = text.split()
    keys = _keys(words)
    best = ("", 1)
    for start in range(len(words)):
        size, copies = _longest_run(keys, start, 2, max_words)
        if copies > best[1]:
            best = (" ".join(words[start : start + size]), copies)
    return best


def _collapse_until_stable(words: list[str], min_repeats: int, max_words: int) -> list[str]:
    """Collapse passes until nothing changes ("a a a b" x 3 becomes "a a a b", then "a b")."""
    while True:
        shorter = _collapse_once(words, min_repeats, max_words)
        if len(shorter) == len(words):
            return words
        words = shorter


def _collapse_once(words: list[str], min_repeats: int, max_words: int) -> list[str]:
    keys = _keys(words)
    kept: list[str] = []
    start = 0
    while start < len(words):
        size, copies = _longest_run(keys, start, min_repeats, max_words)
        if copies < min_repeats:
            kept.append(words[start])
            start += 1
            continue
        end = start + size * copies
        kept.extend(words[start : start + size - 1])
        kept.append(_ending_like(words[start + size - 1], words[end - 1]))
        start = end
    return kept


def _keys(words: list[str]) -> list[str]:
    """The words as they are compared: without case and the punctuation around them."""
    return [_EDGE_PUNCTUATION.sub("", word.casefold()) for word in words]


def _ending_like(word: str, last: str) -> str:
    """`word` with the punctuation that ends `last` (the run ends as its last copy did)."""
    return _TRAILING_PUNCTUATION.sub("", word) + last[len(_TRAILING_PUNCTUATION.sub("", last)) :]


def _longest_run(keys: list[str], start: int, min_repeats: int, max_words: int) -> tuple[int, int]:
    """(phrase length, copies) of the run starting at `start` covering the most words."""
    best = (1, 1)
    for size in range(1, min(max_words, (len(keys) - start) // min_repeats) + 1):
        phrase = keys[start : start + size]
        copies = 1
        while keys[start + copies * size : start + (copies + 1) * size] == phrase:
            copies += 1
        if copies >= min_repeats and size * copies > best[0] * best[1]:
            best = (size, copies)
    return best
