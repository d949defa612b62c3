"""Receipt OCR text (lines of words with boxes) -> an editable `ReceiptDraft`.

Only `lingassist.core` (and rapidfuzz) is imported here; the OCR engine's output is handed
over as plain `TextLine`s, so this package can be tested on text alone. Receipt text is
data: nothing read from a receipt is ever treated as an instruction.
"""

from typing import TYPE_CHECKING, Any

from lingassist.receipts.draft import (
    Box,
    LineItem,
    ReceiptDraft,
    TextLine,
    Word,
    WordLike,
    lines_from_words,
)

if TYPE_CHECKING:
    from lingassist.receipts.parse import parse_receipt

__all__ = [
    "Box",
    "LineItem",
    "ReceiptDraft",
    "TextLine",
    "Word",
    "WordLike",
    "lines_from_words",
    "parse_receipt",
]


def __getattr__(name: str) -> Any:
    """`parse_receipt` is imported at its first use: the window and the command line load
    this package for `ReceiptDraft` at start-up, and the parser's patterns are not needed
    before the first receipt."""
    if name == "parse_receipt":
        from lingassist.receipts.parse import parse_receipt

        return parse_receipt
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
