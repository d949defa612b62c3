"""Text that is safe to store and to print: what a person typed, without the characters
that only steer a terminal or reorder what is shown.

Names and notes come from people, receipts, transcripts and bank files. Control characters
(ESC, BEL, CR...) could move a terminal's cursor or rewrite what `list` prints, bidirectional
overrides (U+202E...) can make "txt.exe" read as "exe.txt", and a lone surrogate cannot be
written as UTF-8 at all. `clean_text` removes them once, where text enters the ledger.
"""

from __future__ import annotations

import re

# C0 and C1 controls (tabs and newlines become spaces first), bidi embeddings, overrides
# and isolates, and lone surrogates.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200e\u200f\ud800-\udfff]")


def clean_text(text: str) -> str:
    """`text` with whitespace runs as single spaces and unsafe characters removed."""
    spaced = re.sub(r"[\t\n\r\v\f]+", " ", text)
    return " ".join(_UNSAFE.sub("", spaced).split())
