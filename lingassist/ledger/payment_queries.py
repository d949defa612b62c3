"""Payees and the ledger facts a payment draft is checked against, read and written in SQL.

A *payment draft* in the ledger is a transaction with status "pending" that came from the
person (source text, voice or manual): confirmed, handed to the bank, not yet seen paid.
Payments are found by their merchant, which is the payee's name.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import and_, func, insert, not_, select, update
from sqlalchemy.sql import ColumnElement

from lingassist.core.accounts import AccountType
from lingassist.core.transactions import TransactionSource, TransactionStatus
from lingassist.ledger.inserts import insert_one
from lingassist.ledger.journal import ChangeSet
from lingassist.ledger.repository import merchant_key
from lingassist.ledger.sessions import Session
from lingassist.ledger.tables import accounts, categories, merchants, payees, postings, transactions

DRAFT_SOURCES = (TransactionSource.TEXT, TransactionSource.VOICE, TransactionSource.MANUAL)
_MONEY_TYPES = (AccountType.ASSET.value, AccountType.LIABILITY.value)
_t, _p, _a, _m = transactions, postings, accounts, merchants


@dataclass(frozen=True)
class PayeeRecord:
    """A payees row with its default category's code.

    Attributes:
        id: database id.
        name: unique name.
        iban: compact IBAN.
        bic: compact BIC or "".
        reference: default reference.
        category_code: code of the default category, or "".
        bank_bin: NAPAS BIN of their bank in Vietnam, or "".
        account_number: their account number at that bank, or "".
    """

    id: int
    name: str
    iban: str
    bic: str
    reference: str
    category_code: str
    bank_bin: str = ""
    account_number: str = ""


@dataclass(frozen=True)
class PaymentRecord:
    """Money that left a money-holding account for one merchant (a payee), per transaction.

    Attributes:
        transaction_id: the transaction.
        merchant: the merchant's (payee's) name.
        account: name of the account it left.
        account_id: id of that account.
        amount_minor: how much left, in minor units (positive).
        currency: ISO 4217 code.
        date: the transaction's date.
        status: "pending", "cleared" or "draft".
        source: how the transaction came in.
        memo: its memo (the payment's reference).
    """

    transaction_id: int
    merchant: str
    account: str
    account_id: int
    amount_minor: int
    currency: str
    date: date
    status: str
    source: str
    memo: str


def is_payment_draft() -> ColumnElement[bool]:
    """WHERE clause on transactions: a confirmed payment still waiting for the bank."""
    return and_(
        _t.c.status == TransactionStatus.PENDING.value,
        _t.c.source.in_([s.value for s in DRAFT_SOURCES]),
    )


def find_payee(name: str, *, session: Session) -> PayeeRecord | None:
    """The payee called `name` (case and spacing ignored), or None."""
    wanted = " ".join(name.split()).lower()
    rows = _payee_select().where(func.lower(payees.c.name) == wanted)
    row = session.execute(rows).first()
    return _payee(row) if row else None


def payee_with_iban(iban: str, *, session: Session) -> PayeeRecord | None:
    """The first payee whose saved IBAN is `iban` (compact), or None."""
    row = session.execute(_payee_select().where(payees.c.iban == iban).limit(1)).first()
    return _payee(row) if row else None


def payee_with_bank_account(
    bank_bin: str, account_number: str, *, session: Session
) -> PayeeRecord | None:
    """The first payee whose saved Vietnamese account is this BIN and number, or None."""
    wanted = (payees.c.bank_bin == bank_bin) & (payees.c.account_number == account_number)
    row = session.execute(_payee_select().where(wanted).limit(1)).first()
    return _payee(row) if row else None


def all_payees(*, session: Session) -> list[PayeeRecord]:
    """Every payee, by name."""
    rows = session.execute(_payee_select().order_by(func.lower(payees.c.name)))
    return [_payee(row) for row in rows]


def insert_payee(values: dict[str, object], *, session: Session, change: ChangeSet) -> int:
    """Add a payee (name, iban, bic, reference, default_category_id, bank_bin,
    account_number); return its id."""
    payee_id = insert_one(session, insert(payees).values(values))
    change.created("payee", payee_id)
    return payee_id


def update_payee(
    payee_id: int, values: dict[str, object], *, session: Session, change: ChangeSet
) -> None:
    """Change a payee's fields (undoable)."""
    change.will_update("payee", payee_id)
    session.execute(update(payees).where(payees.c.id == payee_id).values(values))


def category_id(code: str, *, session: Session) -> int | None:
    """The id of the category with this code, or None."""
    return session.scalar(select(categories.c.id).where(categories.c.code == code))


def balance_without_drafts(account_id: int, currency: str, *, session: Session) -> int:
    """The account's balance in minor units, leaving out pending payment drafts."""
    statement = (
        select(func.coalesce(func.sum(_p.c.amount_minor), 0))
        .select_from(_p.join(_t, _t.c.id == _p.c.transaction_id))
        .where(_p.c.account_id == account_id, _p.c.currency == currency, not_(is_payment_draft()))
    )
    return int(session.scalar(statement) or 0)


def pending_outflow(
    account_id: int, currency: str, *, session: Session, excluding: int | None = None
) -> int:
    """What pending payment drafts will take from the account, in minor units (positive)."""
    statement = (
        select(func.coalesce(-func.sum(_p.c.amount_minor), 0))
        .select_from(_p.join(_t, _t.c.id == _p.c.transaction_id))
        .where(
            _p.c.account_id == account_id,
            _p.c.currency == currency,
            _p.c.amount_minor < 0,
            is_payment_draft(),
            _t.c.id != (excluding if excluding is not None else -1),
        )
    )
    return int(session.scalar(statement) or 0)


def payments_to(
    name: str, *, session: Session, excluding: int | None = None, limit: int = 500
) -> list[PaymentRecord]:
    """Money sent to the merchant called `name` (a payee), pending or paid, newest first."""
    statement = _payments().where(
        _m.c.key == merchant_key(name), _t.c.id != (excluding if excluding is not None else -1)
    )
    rows = session.execute(statement.order_by(_t.c.date.desc(), _t.c.id.desc()).limit(limit))
    return [_payment(row) for row in rows]


def payment_records(transaction_ids: list[int], *, session: Session) -> list[PaymentRecord]:
    """The given transactions as payments (those that took money from an account)."""
    rows = session.execute(_payments().where(_t.c.id.in_(transaction_ids)))
    by_id = {row.transaction_id: _payment(row) for row in rows}
    return [by_id[i] for i in transaction_ids if i in by_id]


def pending_payment_ids(*, session: Session) -> list[int]:
    """Ids of all payment drafts waiting for the bank, by date."""
    statement = select(_t.c.id).where(is_payment_draft()).order_by(_t.c.date, _t.c.id)
    return list(session.scalars(statement))


def set_status(
    transaction_id: int, status: TransactionStatus, *, session: Session, change: ChangeSet
) -> None:
    """Change a transaction's status (undoable)."""
    change.will_update("transaction", transaction_id)
    session.execute(update(_t).where(_t.c.id == transaction_id).values(status=status.value))


def _payments():  # type: ignore[no-untyped-def]
    """transaction x its money-account posting, for transactions that took money out."""
    return (
        select(
            _t.c.id.label("transaction_id"),
            _m.c.name.label("merchant"),
            _a.c.name.label("account"),
            _a.c.id.label("account_id"),
            (-_p.c.amount_minor).label("amount_minor"),
            _p.c.currency,
            _t.c.date,
            _t.c.status,
            _t.c.source,
            _t.c.memo,
        )
        .select_from(
            _t.join(_m, _m.c.id == _t.c.merchant_id)
            .join(_p, _p.c.transaction_id == _t.c.id)
            .join(_a, _a.c.id == _p.c.account_id)
        )
        .where(_a.c.type.in_(_MONEY_TYPES), _p.c.amount_minor < 0)
    )


def _payee_select():  # type: ignore[no-untyped-def]
    return select(
        payees.c.id,
        payees.c.name,
        payees.c.iban,
        payees.c.bic,
        payees.c.reference,
        func.coalesce(categories.c.code, "").label("category_code"),
        payees.c.bank_bin,
        payees.c.account_number,
    ).select_from(payees.outerjoin(categories, categories.c.id == payees.c.default_category_id))


def _payee(row) -> PayeeRecord:  # type: ignore[no-untyped-def]
    return PayeeRecord(
        row.id,
        row.name,
        row.iban,
        row.bic,
        row.reference,
        row.category_code,
        row.bank_bin,
        row.account_number,
    )


def _payment(row) -> PaymentRecord:  # type: ignore[no-untyped-def]
    return PaymentRecord(
        transaction_id=row.transaction_id,
        merchant=row.merchant,
        account=row.account,
        account_id=row.account_id,
        amount_minor=int(row.amount_minor),
        currency=row.currency,
        date=row.date,
        status=row.status,
        source=row.source,
        memo=row.memo,
    )
