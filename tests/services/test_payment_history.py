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


def test_a_confirmed_payment_is_named_in_the_windows_language(context: AppContext) -> None:
    from dataclasses import replace

    from lingassist.ledger.queries import transaction_rows

    _funded(context)
    english = _confirm(context, "10", date(2026, 11, 24))
    french = _confirm(
        replace(context, settings=replace(context.settings, language="fr")),
        "12",
        date(2026, 11, 25),
    )
    with context.database.sessions() as session:
        rows = transaction_rows([english, french], session=session)
    assert [row.description for row in rows] == [
        "Payment to Alice Martin",
        "Paiement à Alice Martin",
    ]


def test_entries_and_transfers_the_app_names_are_named_in_the_windows_language(
    context: AppContext,
) -> None:
    from dataclasses import replace

    from lingassist.assistant import parse
    from lingassist.core.transactions import TransactionSource
    from lingassist.ledger.queries import transaction_rows
    from lingassist.services.actions import carry_out, propose
    from lingassist.services.entries import EntryRequest, record_entry

    _funded(context)
    french = replace(context, settings=replace(context.settings, language="fr"))
    coffee = record_entry(french, EntryRequest("3.20", category="FOOD_AND_DRINK_COFFEE")).row
    assert coffee.description == "Café"  # no merchant: the category's name, in French
    command = parse("move 20 from checking to cash", today=date(2026, 11, 23))
    carry_out(french, propose(french, command, TransactionSource.TEXT))
    with context.database.sessions() as session:
        described = [row.description for row in transaction_rows([coffee.id + 1], session=session)]
    assert described == ["Virement vers Espèces"]
