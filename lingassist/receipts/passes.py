"""Combining two OCR readings of one receipt, read only when the first one is unsure.

Tesseract's page-segmentation modes fail on different receipts: `--psm 4` reads most
receipts best, `--psm 6` often reads the large shop name or a faint date line that `--psm 4`
missed. A second reading costs as much as the first, so it is asked for only when the first
draft has no date, no total, or a doubtful merchant (`needs_second_pass`), and each field
then comes from the reading that is clearly surer of it, or for the merchant from the
reading that read more words of the same name about as surely ("MART" / "BINTANG MART")
(`merge_drafts`). Measured on the
SROIE dev receipts (bench/README.md). When the merchant alone is doubtful and the date and
the total were read fairly surely (`only_merchant_unsure`), the app reads only the
receipt's header again instead (`services.receipt_reading.read_draft`).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from lingassist.receipts.draft import ReceiptDraft
from lingassist.receipts.text import letter_tokens

MERCHANT_UNSURE = 0.65
"""A merchant read with less confidence than this asks for a second reading."""
SURER_BY = 0.1
"""The second reading's value replaces the first's only when this much more confident."""
MERGED_FIELDS = ("merchant", "date", "total", "currency")
DISPUTED_FIELDS = ("merchant", "date", "total")
DISAGREEMENT = 0.85
"""When the two readings found different values of one of `DISPUTED_FIELDS`, the one kept
is this much less sure ("BILLION STX" / "RILLION STIX": at least one reading misread)."""


def needs_second_pass(draft: ReceiptDraft) -> bool:
    """True when the date or the total is missing, or the merchant is doubtful."""
    if draft.date is None or draft.total is None or draft.merchant is None:
        return True
    return draft.confidence.get("merchant", 0.0) < MERCHANT_UNSURE


SURE_ENOUGH = 0.5
"""A date and a total read at least this surely need no second whole-page reading when the
merchant is all that is doubtful (`only_merchant_unsure`): on the SROIE and wild-dev tune
parts such second readings changed none of their values, only lifted some confidences by
agreeing (bench/README.md, "Only the header when only the merchant is doubtful")."""


def only_merchant_unsure(draft: ReceiptDraft) -> bool:
    """True when the merchant alone asks for another reading (`needs_second_pass`): the
    date and the total were both read, each with at least `SURE_ENOUGH` confidence."""
    if not needs_second_pass(draft) or draft.date is None or draft.total is None:
        return False
    return all(draft.confidence.get(name, 0.0) >= SURE_ENOUGH for name in ("date", "total"))


def merge_drafts(
    first: ReceiptDraft, second: ReceiptDraft, fields: tuple[str, ...] = MERGED_FIELDS
) -> ReceiptDraft:
    """`first` with each of `fields` (merchant, date, total and currency) taken from
    `second` when `first` lacks it or `second` is surer of it by `SURER_BY` (or, for the
    merchant, read more words of the same name about as surely); equal values keep the
    higher confidence, different ones make the kept value less sure (`DISAGREEMENT`).
    Fields not named are `first`'s (a second reading of part of the receipt only)."""
    changes: dict[str, Any] = {}
    confidence = dict(first.confidence)
    boxes = dict(first.boxes)
    for name in fields:
        mine, theirs = getattr(first, name), getattr(second, name)
        if theirs is None:
            continue
        own, other = first.confidence.get(name, 0.0), second.confidence.get(name, 0.0)
        if mine == theirs:
            confidence[name] = max(own, other)
        elif mine is None or other > own + SURER_BY or _fuller_name(name, theirs, mine, other, own):
            changes[name] = theirs
            confidence[name] = other
            boxes[name] = second.boxes.get(name, ())
        if mine is not None and name in DISPUTED_FIELDS and _disagree(name, mine, theirs):
            confidence[name] = round(confidence.get(name, 0.0) * DISAGREEMENT, 3)
    return replace(first, **changes, confidence=confidence, boxes=boxes)


def _disagree(field: str, mine: Any, theirs: Any) -> bool:
    """Different values; for the merchant, names neither of which holds the other's words
    ("MART" / "BINTANG MART" agree, "BILLION STX" / "RILLION STIX" do not)."""
    if mine == theirs:
        return False
    if field != "merchant":
        return True
    short, long = sorted((letter_tokens(str(mine)), letter_tokens(str(theirs))), key=len)
    return not any(long[start : start + len(short)] == short for start in range(len(long)))


def _fuller_name(field: str, theirs: Any, mine: Any, other: float, own: float) -> bool:
    """For the merchant: `theirs` is `mine` with whole upper-case words before or after it
    (a word one reading missed, "MART" / "BINTANG MART"), read about as surely."""
    if field != "merchant" or other < own - SURER_BY:
        return False
    short, words = letter_tokens(str(mine)), letter_tokens(str(theirs))
    extra = len(words) - len(short)
    for start in range(extra + 1 if short and extra > 0 else 0):
        if words[start : start + len(short)] == short:
            added = words[:start] + words[start + len(short) :]
            return all(len(word) >= 2 and word in str(theirs) for word in added)
    return False
