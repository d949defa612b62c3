"""Moving transactions to another category, and remembering a merchant's category."""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from lingassist.core.errors import NotFound, UserFacingError
from lingassist.ledger.journal import TRANSACTION, ChangeSet
from lingassist.ledger.repository import merchant_key
from lingassist.ledger.tables import categories, merchants, postings, transactions


def recategorize_transaction(
    transaction_id: int, category_account_id: int, *, session: Session, change: ChangeSet
) -> None:
    """Post the transaction's category leg to another category (undoable).

    Raises:
        UserFacingError: the transaction is split over several categories, or has none.
    """
    legs = list(
        session.scalars(
            select(postings.c.id)
            .join(categories, categories.c.account_id == postings.c.account_id)
            .where(postings.c.transaction_id == transaction_id)
        )
    )
    if len(legs) != 1:
        kind = "split over several categories" if legs else "a transfer without a category"
        raise UserFacingError(f"Transaction #{transaction_id} is {kind}; edit it in the ledger.")
    change.will_update(TRANSACTION, transaction_id)
    session.execute(
        update(postings).where(postings.c.id == legs[0]).values(account_id=category_account_id)
    )


def transactions_of_merchant(name: str, *, session: Session) -> list[int]:
    """Ids of every transaction at this merchant, newest first."""
    return list(
        session.scalars(
            select(transactions.c.id)
            .join(merchants, merchants.c.id == transactions.c.merchant_id)
            .where(merchants.c.key == merchant_key(name))
            .order_by(transactions.c.date.desc(), transactions.c.id.desc())
        )
    )


def set_merchant_category(
    name: str, category_id: int, *, session: Session, change: ChangeSet
) -> None:
    """Remember the category the person wants for a merchant from now on.

    Raises:
        NotFound: the ledger has no merchant of that name.
    """
    merchant_id = session.scalar(
        select(merchants.c.id).where(merchants.c.key == merchant_key(name))
    )
    if merchant_id is None:
        raise NotFound(f"There is no merchant called {name!r} in your ledger yet.")
    change.will_update("merchant", merchant_id)
    session.execute(
        update(merchants)
        .where(merchants.c.id == merchant_id)
        .values(default_category_id=category_id)
    )


def latest_transaction(*, session: Session) -> int | None:
    """The most recently added transaction ("that was groceries" means this one)."""
    return session.scalar(select(transactions.c.id).order_by(transactions.c.id.desc()).limit(1))


def category_id_of(code: str, *, session: Session) -> int:
    """The categories row id of a code."""
    found = session.scalar(select(categories.c.id).where(categories.c.code == code))
    if found is None:
        raise NotFound(f"There is no category {code}.")
    return int(found)
