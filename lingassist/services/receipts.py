"""Use cases for receipts: read a photo into a draft, spot duplicates, confirm into the ledger.

Reading is a plain function of a path (`ReceiptReader`) so the window and the CLI can run
it in workers or in parallel, and tests can pass a fake. Nothing is written until the
person confirms; the confirmed expense carries a content-addressed copy of the photo.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from lingassist.core.errors import Cancelled, UserFacingError
from lingassist.core.phrases import Phrase, phrase
from lingassist.core.transactions import TransactionSource
from lingassist.ledger.attachments import transaction_like, transaction_with_file
from lingassist.receipts.draft import ReceiptDraft
from lingassist.services.attachments import file_sha256, storing_file
from lingassist.services.context import AppContext
from lingassist.services.entries import EntryRequest, EntryResult, record_entry

Progress = Callable[[float, str], None]


@dataclass(frozen=True)
class ReadReceipt:
    """What a reader makes of one file.

    Attributes:
        draft: the fields read.
        preview_png: a small PNG of the image exactly as OCR saw it (rotation applied).
        preview_scale: preview pixels per OCR-image pixel (to draw the fields' boxes).
    """

    draft: ReceiptDraft
    preview_png: bytes
    preview_scale: float


ReceiptReader = Callable[[Path], ReadReceipt]

_CANCELLED: ContextVar[Callable[[], bool] | None] = ContextVar("receipt_cancelled", default=None)


def reading_cancelled() -> bool:
    """True when the person cancelled the receipt `scan_receipt` is reading in this thread
    (its `cancelled`): a reader asks between its readings, so cancelling does not wait for
    all of them (`services.receipt_reading.read_draft`). False outside `scan_receipt`."""
    check = _CANCELLED.get()
    return check is not None and check()


@dataclass(frozen=True)
class ScannedReceipt:
    """A receipt read from a file, not yet in the ledger.

    Attributes:
        path: the file the person gave.
        sha256: content hash of the file (finds the same photo dropped twice).
        draft: the fields read from it.
        category: suggested category code, or None.
        preview_png: a small PNG of the image as it was read.
        preview_scale: preview pixels per pixel of the boxes in `draft`.
        seconds: how long reading took.
        duplicate_of: id of a transaction that already holds this receipt, or None.
        duplicate_reason: why it looks like a duplicate ("" when it does not).
        said_duplicate: `duplicate_reason` as a phrase, for a window in another language.
    """

    path: Path
    sha256: str
    draft: ReceiptDraft
    category: str | None
    seconds: float
    preview_png: bytes = b""
    preview_scale: float = 1.0
    duplicate_of: int | None = None
    duplicate_reason: str = ""
    said_duplicate: Phrase | None = None


@dataclass(frozen=True)
class ReceiptEdits:
    """The fields as the person left them on the card.

    Attributes:
        merchant: who was paid.
        date: ISO date text.
        total: the amount paid, as text ("12.50", "12,50").
        currency: ISO 4217 code.
        category: category code or name ("" for uncategorized).
        account: the paying account's name ("" for the default).
        memo: a note.
    """

    merchant: str
    date: str
    total: str
    currency: str
    category: str = ""
    account: str = ""
    memo: str = ""


def scan_receipt(
    context: AppContext,
    path: Path,
    reader: ReceiptReader,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ScannedReceipt:
    """Read one file into a draft, with a suggested category and a duplicate check.

    Raises:
        UserFacingError: the file cannot be read as a receipt (the message says why).
        Cancelled: the person cancelled before reading finished (the reader may stop
            between its readings, `reading_cancelled`).
    """
    report = progress or (lambda _fraction, _message: None)
    report(0.05, f"Reading {path.name}")
    started = time.perf_counter()
    _check_readable(path)
    sha256 = file_sha256(path)
    asked = _CANCELLED.set(cancelled)  # per thread: each worker reads its own receipt
    try:
        read = reader(path)
    finally:
        _CANCELLED.reset(asked)
    draft = read.draft
    if cancelled and cancelled():
        raise Cancelled(path.name)
    report(0.9, "Checking the ledger")
    category = _suggested_category(context, draft)
    with context.database.sessions() as session:
        duplicate, reason = _duplicate(draft, sha256, session)
    report(1.0, "Ready")
    seconds = time.perf_counter() - started
    return ScannedReceipt(
        path,
        sha256,
        draft,
        category,
        seconds,
        read.preview_png,
        read.preview_scale,
        duplicate,
        reason.text if reason else "",
        reason,
    )


def _check_readable(path: Path) -> None:
    """A clear message, before any reading, for a path that is no receipt file."""
    if path.is_dir():
        raise UserFacingError(
            phrase(
                "{path} is a folder: give the receipt files in it (for example {path}/*.jpg).",
                path=str(path),
            )
        )
    if not path.exists():
        raise UserFacingError(
            phrase("There is no file {path}: check the name and the folder.", path=str(path))
        )
    if not os.access(path, os.R_OK):
        raise UserFacingError(
            phrase("{path} cannot be read: check its permissions.", path=str(path))
        )


def sure_to_save(scanned: ScannedReceipt) -> bool:
    """True when the receipt can be saved as read without a look: not a duplicate, and its
    total, date and merchant were all read surely (`ReceiptDraft.doubtful_fields`)."""
    return scanned.duplicate_of is None and not scanned.draft.doubtful_fields()


def edits_from_draft(scanned: ScannedReceipt) -> ReceiptEdits:
    """The card's starting values: what was read, as editable text."""
    draft = scanned.draft
    return ReceiptEdits(
        merchant=draft.merchant or "",
        date=draft.date.isoformat() if draft.date else "",
        total=str(draft.total) if draft.total is not None else "",
        currency=draft.currency,
        category=scanned.category or "",
    )


class DuplicateReceipt(UserFacingError):
    """The receipt is already in the ledger; `transaction_id` is the one holding it."""

    def __init__(self, message: str | Phrase, transaction_id: int) -> None:
        super().__init__(message)
        self.transaction_id = transaction_id


def _already_recorded(number: int, reason: Phrase | str | None) -> Phrase:
    """Why a receipt is not recorded again, with the reason when one is known."""
    if not reason:
        return phrase(
            "This receipt is already in the ledger (#{number}). Discard it, or edit that "
            "transaction instead.",
            number=str(number),
        )
    return phrase(
        "This receipt is already in the ledger (#{number}): {reason}. Discard it, or edit that "
        "transaction instead.",
        number=str(number),
        reason=reason,
    )


def confirm_receipt(
    context: AppContext, scanned: ScannedReceipt, edits: ReceiptEdits
) -> EntryResult:
    """Record the receipt as one expense with the photo attached (one undoable change).

    The duplicate check runs again here, not only when the file was read: in a batch
    ("a.jpg a.jpg copy_of_a.jpg") the first one recorded makes the others duplicates.

    Raises:
        DuplicateReceipt: the receipt (the same photo, or the same merchant, date and
            total) is already in the ledger.
        UserFacingError: a field is missing or wrong (the message names it).
    """
    duplicate_of = scanned.duplicate_of
    reason: Phrase | str | None = scanned.duplicate_reason
    if duplicate_of is None:  # checked again: an earlier file of the same batch may hold it
        with context.database.sessions() as session:
            duplicate_of, reason = _duplicate(scanned.draft, scanned.sha256, session)
    if duplicate_of is not None:
        raise DuplicateReceipt(_already_recorded(duplicate_of, reason), duplicate_of)
    if not edits.total.strip():
        raise UserFacingError(phrase("The total is missing: type the amount you paid."))
    if not edits.date.strip():
        raise UserFacingError(phrase("The date is missing: type the day of the purchase."))
    request = EntryRequest(
        amount=f"{edits.total} {edits.currency}".strip(),
        merchant=edits.merchant,
        category=edits.category,
        date=edits.date,
        account=edits.account,
        memo=edits.memo,
        description=edits.merchant or scanned.path.stem,
        source=TransactionSource.RECEIPT,
    )
    with storing_file(context.paths, scanned.path, scanned.sha256) as stored:
        return record_entry(context, request, attachment=stored)


def _suggested_category(context: AppContext, draft: ReceiptDraft) -> str | None:
    """The advisor's category for the merchant read, unless it is only a fallback guess."""
    if not draft.merchant:
        return None
    amount = -draft.total if draft.total is not None else None
    suggestion = context.advisor.suggest(draft.merchant, amount)
    from lingassist.categorize.suggestion import Layer  # loaded by the suggestion itself

    return None if suggestion.layer is Layer.FALLBACK else suggestion.code


def _duplicate(draft: ReceiptDraft, sha256: str, session) -> tuple[int | None, Phrase | None]:  # type: ignore[no-untyped-def]
    same_file = transaction_with_file(sha256, session=session)
    if same_file is not None:
        return same_file, phrase("the same photo was added before")
    if draft.merchant and draft.date and draft.total is not None:
        same_purchase = _same_purchase(
            draft.merchant, draft.date, draft.total, draft.currency, session
        )
        if same_purchase is not None:
            return same_purchase, phrase("same merchant, date and total")
    return None, None


def _same_purchase(merchant: str, day: date, total: Decimal, currency: str, session) -> int | None:  # type: ignore[no-untyped-def]
    try:
        return transaction_like(merchant, day, total, currency, session=session)
    except UserFacingError:  # an amount the currency cannot hold is no duplicate
        return None
