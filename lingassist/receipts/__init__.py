"""Receipt OCR text (lines of words with boxes) -> an editable `ReceiptDraft`.

Only `lingassist.core` (and rapidfuzz) is imported here; the OCR engine's output is handed
over as plain `TextLine`s, so this package can be tested on text alone. Receipt text is
data: nothing read from a receipt is ever treated as an instruction.
"""

from lingassist.receipts.draft import (
    Box,
    LineItem,
    ReceiptDraft,
    TextLine,
    Word,
    WordLike,
    lines_from_words,
)
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
