"""Attachment rows (receipt photos, bills) and the duplicate checks that use them."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import func, insert, select

from lingassist.core.accounts import AccountType
from lingassist.core.money import to_minor
from lingassist.ledger.inserts import insert_one
from lingassist.ledger.repository import merchant_key
from lingassist.ledger.sessions import Session
from lingassist.ledger.tables import accounts, attachments, merchants, postings, transactions


def add_attachment(
    transaction_id: int,
    *,
    sha256: str,
    original_name: str,
    mime: str,
    size: int,
    stored_name: str,
    session: Session,
) -> int:
    """Link a stored file to a transaction; return the attachment's id.

    Call it in the change set that creates or edits the transaction: the journal keeps a
    transaction's attachments with it, so undo and redo take them along.
    """
    return insert_one(
        session,
        insert(attachments).values(
            transaction_id=transaction_id,
            sha256=sha256,
            original_name=original_name,
            mime=mime,
            size=size,
            stored_name=stored_name,
        ),
    )


def transaction_with_file(sha256: str, *, session: Session) -> int | None:
    """The transaction that already holds a file with this content hash, if any."""
    return session.scalar(
        select(attachments.c.transaction_id).where(attachments.c.sha256 == sha256).limit(1)
    )


def transaction_like(
    merchant: str, day: date, total: Decimal, currency: str, *, session: Session
) -> int | None:
    """A transaction at the same merchant, on the same day, for the same amount paid."""
    paid = -to_minor(total, currency)
    statement = (
        select(transactions.c.id)
        .join(merchants, merchants.c.id == transactions.c.merchant_id)
        .join(postings, postings.c.transaction_id == transactions.c.id)
        .join(accounts, accounts.c.id == postings.c.account_id)
        .where(
            merchants.c.key == merchant_key(merchant),
            transactions.c.date == day,
            accounts.c.type.in_([AccountType.ASSET, AccountType.LIABILITY]),
            postings.c.amount_minor == paid,
            postings.c.currency == currency,
        )
        .limit(1)
    )
    return session.scalar(statement)


def stored_names(transaction_id: int, *, session: Session) -> list[tuple[str, str]]:
    """(stored file name, original name) of a transaction's attachments."""
    rows = session.execute(
        select(attachments.c.stored_name, attachments.c.original_name)
        .where(attachments.c.transaction_id == transaction_id)
        .order_by(attachments.c.id)
    )
    return [(row.stored_name, row.original_name) for row in rows]


def attachment_count(*, session: Session) -> int:
    """How many files are attached in the whole ledger."""
    return session.scalar(select(func.count()).select_from(attachments)) or 0
