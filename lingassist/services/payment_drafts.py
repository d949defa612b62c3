"""Stored payment drafts: a drafted payment waits in the ledger until the person confirms it.

``say "pay Alice 40 euros"`` stores an *open* draft (`save_draft`); ``draft confirm 3``
(or the Payments page) re-checks it and records it through `payments.confirm_payment`,
the only function that writes a payment, marking the draft confirmed in the same unit of
work and the same undoable change. After that a draft's id stands for its pending payment:
`payment_of` maps it to the transaction that exports, "mark as paid" and "cancel" act on.
"""

from __future__ import annotations

from dataclasses import dataclass

from lingassist.core.errors import UserFacingError
from lingassist.core.money import from_minor, to_minor
from lingassist.core.phrases import phrase
from lingassist.core.transactions import TransactionRow, TransactionStatus
from lingassist.ledger import draft_queries as dq
from lingassist.ledger import journal
from lingassist.ledger.sessions import Session
from lingassist.payments.draft import CheckedDraft, DraftSource, PaymentDraft, Problem
from lingassist.services.context import AppContext
from lingassist.services.payments import (
    confirm_payment,
    draft_values,
    paid_payments,
    pending_payment,
    pending_payments,
    prepare_payment,
)

OPEN, PENDING, PAID, CANCELLED, DISCARDED = "open", "pending", "paid", "cancelled", "discarded"


@dataclass(frozen=True)
class StoredDraft:
    """A payment as the drafts list shows it: an open draft, or a pending or paid payment.

    Attributes:
        id: the stored draft's id, or None for a payment confirmed without one (from the
            assistant page's card).
        transaction_id: its ledger transaction once confirmed, else None.
        draft: the payment (payee, IBAN, amount, date, reference, account).
        status: "open", "pending", "paid", "cancelled" or "discarded".
        problems: what a fresh check finds now (none for a paid payment).
    """

    id: int | None
    transaction_id: int | None
    draft: PaymentDraft
    status: str
    problems: tuple[Problem, ...]

    @property
    def blocked(self) -> bool:
        """True when a blocking problem stops confirming (or exporting) it."""
        return any(problem.blocking for problem in self.problems)


def save_draft(context: AppContext, checked: CheckedDraft) -> int:
    """Store a checked draft as an open draft (one undoable change); return its id.

    Nothing is paid or recorded as a payment: `confirm_draft` does that, later.

    Raises:
        UserFacingError: the amount has more decimals than its currency, or the currency
            is unknown (a stored draft keeps the exact amount the person gave).
    """
    draft = checked.draft
    values = draft_values(draft, _minor(draft))
    with context.database.sessions.begin() as session:
        label = (
            phrase("Draft payment to {payee}", payee=draft.payee)
            if draft.payee
            else phrase("Draft payment to someone")
        )
        change = journal.begin_change(session, label)
        return dq.insert_draft(values, session=session, change=change)


def list_drafts(context: AppContext) -> list[StoredDraft]:
    """Open drafts (re-checked now), then pending and paid payments, oldest first.

    Pending payments confirmed without a stored draft are listed too, with id None.
    """
    with context.database.sessions() as session:
        open_records = dq.draft_records((dq.OPEN,), session=session)
        confirmed = dq.draft_records((dq.CONFIRMED,), session=session)
    listed = [_open(context, record) for record in open_records]
    linked = {r.transaction_id: r.id for r in confirmed if r.transaction_id is not None}
    for payment in pending_payments(context):
        draft_id = linked.pop(payment.id, None)
        listed.append(StoredDraft(draft_id, payment.id, payment.draft, PENDING, payment.problems))
    for transaction_id, draft_id in linked.items():  # the rest are paid (or no longer pending)
        listed.append(_confirmed(context, draft_id, transaction_id))
    return listed


def payment_history(context: AppContext, limit: int = 30) -> list[StoredDraft]:
    """Paid and cancelled payments, newest first (by the day the bank was to pay them), at
    most `limit`, for reading only (no re-check: `problems` is empty)."""
    with context.database.sessions() as session:
        confirmed = dq.draft_records((dq.CONFIRMED,), session=session)
    linked = {r.transaction_id: r.id for r in confirmed if r.transaction_id is not None}
    paid = [
        StoredDraft(linked.get(payment.id), payment.id, payment.draft, PAID, ())
        for payment in paid_payments(context, limit)
    ]
    cancelled = [
        StoredDraft(record.id, None, _draft(record), CANCELLED, ())
        for record in confirmed
        if record.transaction_id is None
    ]
    history = paid + cancelled
    history.sort(key=lambda s: (s.draft.execution_date, s.transaction_id or 0, s.id or 0))
    return history[::-1][:limit]


def stored_draft(context: AppContext, draft_id: int) -> StoredDraft:
    """One stored draft, whatever its status, re-checked now.

    Raises:
        NotFound: there is no such draft.
    """
    with context.database.sessions() as session:
        record = dq.draft_record(draft_id, session=session)
    if record.status == dq.OPEN:
        return _open(context, record)
    if record.status == dq.DISCARDED:
        return StoredDraft(record.id, None, _draft(record), DISCARDED, ())
    if record.transaction_id is None:
        return StoredDraft(record.id, None, _draft(record), CANCELLED, ())
    return _confirmed(context, record.id, record.transaction_id)


def confirm_draft(
    context: AppContext, draft_id: int, shown: CheckedDraft | None = None
) -> TransactionRow:
    """Record an open draft as a pending payment and mark it confirmed, as one change.

    It is checked again now; `shown` is the check the person saw (in the dialog) — a
    warning that appeared since refuses the confirmation. Without `shown` the caller shows
    the fresh check's warnings itself (the command line prints them).

    Raises:
        UserFacingError: the draft is not open.
        PaymentRefused: blocking problems, or warnings the person was not shown.
    """
    with context.database.sessions() as session:
        record = _require_open(draft_id, session)
    checked = shown or prepare_payment(context, _draft(record))

    def mark_confirmed(session: Session, change: journal.ChangeSet, transaction_id: int) -> None:
        _require_open(draft_id, session)  # not confirmed twice, even by two windows at once
        values = {"status": dq.CONFIRMED, "transaction_id": transaction_id}
        dq.set_draft(draft_id, values, session=session, change=change)

    return confirm_payment(context, checked, also=mark_confirmed)


def discard_draft(context: AppContext, draft_id: int) -> str:
    """Discard an open draft (undoable); return what was done."""
    with context.database.sessions.begin() as session:
        record = _require_open(draft_id, session)
        label = (
            phrase("Discard draft #{id} to {payee}", id=str(draft_id), payee=record.payee)
            if record.payee
            else phrase("Discard draft #{id} to someone", id=str(draft_id))
        )
        change = journal.begin_change(session, label)
        dq.set_draft(draft_id, {"status": dq.DISCARDED}, session=session, change=change)
    return label.text


def payment_of(context: AppContext, draft_id: int) -> int:
    """The pending (or paid) transaction a confirmed draft recorded.

    Raises:
        NotFound: there is no such draft.
        UserFacingError: the draft is not confirmed yet, was discarded, or its payment was
            cancelled.
    """
    with context.database.sessions() as session:
        record = dq.draft_record(draft_id, session=session)
    if record.status == dq.OPEN:
        raise UserFacingError(
            phrase(
                "Draft #{number} is not confirmed yet: `lingassist draft confirm {number}`.",
                number=str(draft_id),
            )
        )
    if record.status == dq.DISCARDED or record.transaction_id is None:
        template = (
            "Draft #{number} to {payee} was discarded."
            if record.status == dq.DISCARDED
            else "Draft #{number} to {payee} was cancelled."
        )
        raise UserFacingError(phrase(template, number=str(draft_id), payee=record.payee))
    return record.transaction_id


def draft_of_payment(context: AppContext, transaction_id: int) -> int | None:
    """The stored draft whose confirmation recorded this transaction, or None."""
    with context.database.sessions() as session:
        found = dq.drafts_paid_by(transaction_id, session=session)
    return found[0] if found else None


def _open(context: AppContext, record: dq.DraftRecord) -> StoredDraft:
    checked = prepare_payment(context, _draft(record))
    return StoredDraft(record.id, None, checked.draft, OPEN, checked.problems)


def _confirmed(context: AppContext, draft_id: int | None, transaction_id: int) -> StoredDraft:
    payment = pending_payment(context, transaction_id)
    if payment.status == TransactionStatus.PENDING:
        return StoredDraft(draft_id, transaction_id, payment.draft, PENDING, payment.problems)
    return StoredDraft(draft_id, transaction_id, payment.draft, PAID, ())


def _require_open(draft_id: int, session: Session) -> dq.DraftRecord:
    record = dq.draft_record(draft_id, session=session)
    if record.status != dq.OPEN:
        template = (
            "Draft #{number} to {payee} is discarded, not open."
            if record.status == dq.DISCARDED
            else "Draft #{number} to {payee} is confirmed, not open."
        )
        raise UserFacingError(phrase(template, number=str(draft_id), payee=record.payee))
    return record


def _draft(record: dq.DraftRecord) -> PaymentDraft:
    return PaymentDraft(
        payee=record.payee,
        iban=record.iban,
        bic=record.bic,
        amount=from_minor(record.amount_minor, record.currency),
        currency=record.currency,
        execution_date=record.execution_date,
        reference=record.reference,
        account=record.account,
        source=DraftSource(record.source),
        bank_bin=record.bank_bin,
        account_number=record.account_number,
    )


def _minor(draft: PaymentDraft) -> int:
    """The exact amount in minor units; a draft is never stored with a changed amount."""
    try:
        return to_minor(draft.amount, draft.currency)
    except UserFacingError as error:  # too many decimals, or not a currency
        raise UserFacingError(
            phrase("This draft cannot be kept: {reason}", reason=error.said)
        ) from error
