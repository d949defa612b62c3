"""Corrections made in the ledger table: a new category for a transaction, learned at once,
and "Why this category?" for any transaction."""

from __future__ import annotations

from pathlib import Path

from lingassist.core.accounts import CategoryDirection
from lingassist.core.errors import UserFacingError
from lingassist.ledger import journal
from lingassist.ledger.attachments import stored_names
from lingassist.ledger.queries import transaction_rows
from lingassist.ledger.recategorize import recategorize_transaction
from lingassist.ledger.repository import edit_transaction, resolve_category
from lingassist.services.attachments import stored_path
from lingassist.services.context import AppContext


def change_category(context: AppContext, transaction_id: int, code: str) -> str:
    """File one transaction under another category (undoable) and teach the advisor its
    merchant, so the next one there is filed the same way. Returns what was done.

    Raises:
        UserFacingError: unknown category, a split or a transfer, or income/spending mix-up.
    """
    with context.database.sessions.begin() as session:
        row = transaction_rows([transaction_id], session=session)[0]
        category = resolve_category(code, session=session)
        income = row.amount > 0
        if income != (category.direction is CategoryDirection.INCOME):
            kind = "an income" if income else "a spending"
            raise UserFacingError(f"This is {kind} transaction; {category.name} does not fit it.")
        change = journal.begin_change(
            session, f"Move {row.merchant or row.description} to {category.name}"
        )
        recategorize_transaction(
            transaction_id, category.account_id, session=session, change=change
        )
    if row.merchant:
        context.advisor.learn(
            row.merchant, category.code, description=row.description, amount=row.amount
        )
    who = row.merchant or row.description
    remembered = f"; {who} will be filed there from now on" if row.merchant else ""
    return f"Moved {who} to {category.name}{remembered}."


def explain_category(context: AppContext, transaction_id: int) -> str:
    """Why a transaction is where it is, and what LingAssist would suggest for it now."""
    with context.database.sessions() as session:
        row = transaction_rows([transaction_id], session=session)[0]
    suggestion = context.advisor.suggest(row.merchant or row.description, row.amount)
    filed = f"Filed under {row.category_name or 'Uncategorized'}."
    if suggestion.code == row.category_code:
        return f"{filed} {suggestion.reason}."
    who = row.merchant or row.description
    return f"{filed} For {who} LingAssist would now suggest: {suggestion.reason}."


def edit_details(
    context: AppContext,
    transaction_id: int,
    *,
    merchant: str | None = None,
    memo: str | None = None,
) -> str:
    """Change a transaction's merchant and/or note (one undoable change)."""
    with context.database.sessions.begin() as session:
        change = journal.begin_change(session, "Edit transaction")
        edit_transaction(
            transaction_id, session=session, change=change, merchant=merchant, memo=memo
        )
    return "Merchant changed." if merchant is not None else "Note saved."


def attachment_files(context: AppContext, transaction_id: int) -> list[tuple[Path, str]]:
    """(path on disk, original name) of the files attached to a transaction."""
    with context.database.sessions() as session:
        names = stored_names(transaction_id, session=session)
    return [(stored_path(context.paths, stored), original) for stored, original in names]
