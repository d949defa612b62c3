"""Text that is safe to store and to print: what a person typed, without the characters
that only steer a terminal or reorder what is shown.

Names and notes come from people, receipts, transcripts and bank files. Control characters
(ESC, BEL, CR...) could move a terminal's cursor or rewrite what `list` prints, bidirectional
overrides (U+202E...) can make "txt.exe" read as "exe.txt", and a lone surrogate cannot be
written as UTF-8 at all. `clean_text` removes them once, where text enters the ledger;
`checked_text` also refuses a name or note too long to be one.
"""

from __future__ import annotations

import re

from lingassist.core.errors import UserFacingError
from lingassist.core.phrases import phrase

# C0 and C1 controls (tabs and newlines become spaces first), bidi embeddings, overrides
# and isolates, and lone surrogates.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200e\u200f\ud800-\udfff]")
_BREAKS = re.compile(r"[\t\n\r\v\f]+")


def clean_text(text: str) -> str:
    """`text` with whitespace runs as single spaces and unsafe characters removed."""
    if text.isascii() and text.isprintable():  # nothing to remove (a bank file's cells)
        return " ".join(text.split())
    return " ".join(_UNSAFE.sub("", _BREAKS.sub(" ", text)).split())


NAME_LIMIT = 200  # merchants, descriptions, payees, rules: a line a list can show
NOTE_LIMIT = 1_000  # a person's note on an entry


def checked_text(text: str, what: str, limit: int = NAME_LIMIT) -> str:
    """`text` cleaned as by `clean_text`, or a refusal when it is longer than `limit`
    characters (a pasted page is not a name).

    Raises:
        UserFacingError: the cleaned text is too long; the message says how long it is.
    """
    cleaned = clean_text(text)
    if len(cleaned) > limit:
        length, most = f"{len(cleaned):,}", f"{limit:,}"
        if what in _TOO_LONG:
            raise UserFacingError(phrase(_TOO_LONG[what], length=length, most=most))
        raise UserFacingError(
            phrase(
                "The {what} is {length} characters long; at most {most} are kept. Shorten it.",
                what=what,
                length=length,
                most=most,
            )
        )
    return cleaned


_TOO_LONG = {  # what checked_text is given -> its refusal (each says what is too long)
    "merchant name": "The merchant name is {length} characters long; at most {most} are kept. "
    "Shorten it.",
    "description": "The description is {length} characters long; at most {most} are kept. "
    "Shorten it.",
    "memo": "The memo is {length} characters long; at most {most} are kept. Shorten it.",
    "payee's name": "The payee's name is {length} characters long; at most {most} are kept. "
    "Shorten it.",
    "reference": "The reference is {length} characters long; at most {most} are kept. Shorten it.",
    "account holder's name": "The account holder's name is {length} characters long; at most "
    "{most} are kept. Shorten it.",
}
