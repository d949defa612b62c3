"""The payment history: paid and cancelled payments stay listed, newest first, with their
status; cancelling a payment confirmed without a stored draft keeps it as one (undoable)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from lingassist.services import payment_drafts, payments
from lingassist.services.context import AppContext
from lingassist.services.entries import EntryRequest, record_entry, undo_last


def _funded(context: AppContext) -> None:
    record_entry(context, EntryRequest("900", category="INCOME_SALARY", income=True))
    payments.save_payee(context, "Alice Martin", "DE89370400440532013000")


def _confirm(context: AppContext, amount: str, day: date) -> int:
    checked = payments.draft_payment(context, "Alice Martin", Decimal(amount), execution_date=day)
    return payments.confirm_payment(context, checked).id


def test_paid_and_cancelled_payments_newest_first(context: AppContext) -> None:
    _funded(context)
    paid = _confirm(context, "10", date(2026, 11, 24))
    payments.mark_paid(context, paid)
    cancelled = _confirm(context, "20", date(2026, 11, 26))
    payments.cancel_payment(context, cancelled)
    pending = _confirm(context, "30", date(2026, 11, 25))
    history = payment_drafts.payment_history(context)
    assert [(s.status, s.draft.amount) for s in history] == [
        ("cancelled", Decimal("20.00")),
        ("paid", Decimal("10.00")),
    ]
    assert history[1].transaction_id == paid and history[0].transaction_id is None
    assert all(s.transaction_id != pending for s in history)  # pending is not history
    assert payment_drafts.stored_draft(context, history[0].id or 0).status == "cancelled"


def test_undoing_a_cancel_takes_the_kept_record_back(context: AppContext) -> None:
    _funded(context)
    payment = _confirm(context, "15", date(2026, 11, 24))
    payments.cancel_payment(context, payment)
    assert [s.status for s in payment_drafts.payment_history(context)] == ["cancelled"]
    undo_last(context)
    assert payment_drafts.payment_history(context) == []
    assert [s.status for s in payment_drafts.list_drafts(context)] == ["pending"]
