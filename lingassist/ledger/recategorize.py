"""Moving transactions to another category, and remembering a merchant's category."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import func, select, update

from lingassist.core.errors import NotFound, UserFacingError
from lingassist.core.phrases import phrase
from lingassist.ledger.journal import TRANSACTION, ChangeSet
from lingassist.ledger.sessions import Session
from lingassist.ledger.tables import categories, merchants, postings, transactions


def recategorize_transaction(
    transaction_id: int, category_account_id: int, *, session: Session, change: ChangeSet
) -> None:
    """Post the transaction's category leg to another category (undoable); the
    transaction counts as written now (`updated_at`), when the person filed it there.

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
        raise UserFacingError(
            phrase(
                "Transaction #{number} is split over several categories; edit it in the ledger."
                if legs
                else "Transaction #{number} is a transfer without a category; edit it in the "
                "ledger.",
                number=str(transaction_id),
            )
        )
    change.will_update(TRANSACTION, transaction_id)
    session.execute(
        update(postings).where(postings.c.id == legs[0]).values(account_id=category_account_id)
    )
    session.execute(
        update(transactions)
        .where(transactions.c.id == transaction_id)
        .values(updated_at=datetime.now(UTC))
    )


def transaction_of_amount(
    amount_minor: int, currency: str, among: list[int] | None, *, session: Session
) -> int | None:
    """The newest transaction with a category leg of `amount_minor` (either sign) in
    `currency` ("that 38 uber should be work": the one of 38), among the ids `among` when
    given (a merchant's transactions), else among all; None when there is none."""
    query = (
        select(transactions.c.id)
        .join(postings, postings.c.transaction_id == transactions.c.id)
        .join(categories, categories.c.account_id == postings.c.account_id)
        .where(func.abs(postings.c.amount_minor) == abs(amount_minor))
        .where(postings.c.currency == currency.upper())
        .order_by(transactions.c.date.desc(), transactions.c.id.desc())
        .limit(1)
    )
    if among is not None:
        if not among:
            return None
        query = query.where(transactions.c.id.in_(among))
    return session.scalar(query)


def merchant_names_by_id(*, session: Session) -> list[tuple[int, str]]:
    """(id, name) of every merchant of the ledger, as it was first written."""
    return [(row.id, row.name) for row in session.execute(select(merchants.c.id, merchants.c.name))]


def transactions_of_merchants(merchant_ids: list[int], *, session: Session) -> list[int]:
    """Ids of every transaction at any of these merchants, newest first."""
    if not merchant_ids:
        return []
    return list(
        session.scalars(
            select(transactions.c.id)
            .where(transactions.c.merchant_id.in_(merchant_ids))
            .order_by(transactions.c.date.desc(), transactions.c.id.desc())
        )
    )


def set_category_of_merchants(
    merchant_ids: list[int], category_id: int, *, session: Session, change: ChangeSet
) -> None:
    """Remember the category the person wants for these merchants from now on (undoable)."""
    for merchant_id in merchant_ids:
        change.will_update("merchant", merchant_id)
    if merchant_ids:
        session.execute(
            update(merchants)
            .where(merchants.c.id.in_(merchant_ids))
            .values(default_category_id=category_id)
        )


def merchant_categories(*, session: Session) -> list[tuple[int, str, str]]:
    """(merchant id, merchant name, category code) of every merchant the person gave a
    category of its own ("put Woolworths under clothing")."""
    statement = select(merchants.c.id, merchants.c.name, categories.c.code).join(
        categories, categories.c.id == merchants.c.default_category_id
    )
    return [(row.id, row.name, row.code) for row in session.execute(statement)]


def latest_transaction(*, session: Session) -> int | None:
    """The most recently added transaction ("that was groceries" means this one)."""
    return session.scalar(select(transactions.c.id).order_by(transactions.c.id.desc()).limit(1))


def category_id_of(code: str, *, session: Session) -> int:
    """The categories row id of a code."""
    found = session.scalar(select(categories.c.id).where(categories.c.code == code))
    if found is None:
        raise NotFound(phrase("There is no category {code}.", code=code))
    return int(found)
