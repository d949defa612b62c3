"""Text that wraps however long its words: a name, IBAN or paste without spaces would
otherwise make its label (and the window) as wide as the word."""

from __future__ import annotations

import re

BREAK = "\u200b"  # zero-width space: a place to break a line that shows nothing
LONGEST_UNBROKEN = 24  # characters of a word before a break is offered
_LONG_WORD = re.compile(rf"\S{{{LONGEST_UNBROKEN + 1},}}")


def breakable(text: str) -> str:
    """`text` with an invisible break offered every `LONGEST_UNBROKEN` characters inside
    longer words (shown text only: the data itself is never changed)."""
    return _LONG_WORD.sub(lambda found: _chunked(found.group()), text)


def unbroken(text: str) -> str:
    """`text` without the breaks `breakable` offered."""
    return text.replace(BREAK, "")


def _chunked(word: str) -> str:
    step = LONGEST_UNBROKEN
    return BREAK.join(word[start : start + step] for start in range(0, len(word), step))
