"""What a bank import reads from and writes to the ledger besides plain transactions.

Each transaction written (or matched) by an import keeps the bank's reference of its line
and an import key (date, amount, normalised description): `stored_marks` finds them again
so that importing the same file twice adds nothing. `match_candidates` lists the entries
a person captured earlier (receipt, voice, text) that a bank line may be the same purchase
as, with their postings, so the services can merge a line into one of them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import exists, func, select, update

from lingassist.core.accounts import AccountType
from lingassist.core.transactions import TransactionSource, TransactionStatus
from lingassist.ledger.sessions import Session
from lingassist.ledger.tables import (
    accounts,
    attachments,
    categories,
    merchants,
    postings,
    transactions,
)

MARK_COLUMNS = ("bank_reference", "import_key", "original_minor", "original_currency")
CAPTURED = (  # how the entries came in that a bank line may be merged into
    TransactionSource.MANUAL.value,
    TransactionSource.TEXT.value,
    TransactionSource.VOICE.value,
    TransactionSource.RECEIPT.value,
)
_MONEY_TYPES = (AccountType.ASSET.value, AccountType.LIABILITY.value)
_CHUNK = 5_000  # values per IN (...): SQLite allows at most 32,766 variables


@dataclass(frozen=True)
class ImportMark:
    """What a transaction keeps of the bank line it came from (or was matched with).

    Attributes:
        import_key: the line's date, amount and normalised description (see
            `services.import_duplicates.import_key`).
        bank_reference: the bank's own id of the line, "" when the file has none.
        original_minor: the amount in the currency a card payment abroad was made in, in
            that currency's minor units (None when there is none).
        original_currency: that currency's ISO code ("" when there is none).
    """

    import_key: str
    bank_reference: str = ""
    original_minor: int | None = None
    original_currency: str = ""

    def values(self) -> tuple[str, str, int | None, str]:
        """The mark in the order of `MARK_COLUMNS`."""
        return (self.bank_reference, self.import_key, self.original_minor, self.original_currency)


@dataclass(frozen=True)
class StoredMark:
    """A transaction of one account that an import wrote or matched.

    Attributes:
        transaction_id: the transaction.
        import_key: its import key.
        bank_reference: the bank's reference of its line ("" when none).
    """

    transaction_id: int
    import_key: str
    bank_reference: str


@dataclass(frozen=True)
class Leg:
    """One posting of a candidate entry.

    Attributes:
        account_id: the account posted to.
        account_name: its name.
        holds_money: True for a money-holding account (checking, cash, card…).
        minor: signed amount in minor units.
        currency: ISO code of the amount.
    """

    account_id: int
    account_name: str
    holds_money: bool
    minor: int
    currency: str


@dataclass(frozen=True)
class Candidate:
    """An entry captured earlier that a bank line may be the same purchase as.

    Attributes:
        transaction_id: the entry.
        date: its date.
        description: its description.
        merchant: its merchant's name ("" when none).
        memo: the person's note.
        status: cleared or pending.
        source: how it came in (receipt, voice, text, manual).
        updated_at: when it last changed (a match is refused if it changed since).
        category_code: its category's code ("" when none, "SPLIT" for several).
        category_name: its category's name ("" when none, "Split (2)" for several).
        attachments: how many files (receipt photos) it holds.
        legs: its postings.
    """

    transaction_id: int
    date: date
    description: str
    merchant: str
    memo: str
    status: str
    source: str
    updated_at: datetime
    category_code: str
    category_name: str
    attachments: int
    legs: tuple[Leg, ...]


def stored_marks(account_id: int, first: date, last: date, *, session: Session) -> list[StoredMark]:
    """The transactions posted to `account_id` that an import wrote (or matched) from lines
    booked from `first` to `last`, oldest first.

    The import key starts with the line's booking date, so this is a range of the key's
    index, whatever dates the transactions were given since.
    """
    rows = session.execute(
        select(transactions.c.id, transactions.c.import_key, transactions.c.bank_reference)
        .where(*_marked_between(account_id, first, last))
        .order_by(transactions.c.id)
    )
    return [StoredMark(row.id, row.import_key, row.bank_reference) for row in rows]


def marks_fingerprint(
    account_id: int, first: date, last: date, *, session: Session
) -> tuple[int, int, int]:
    """(count, sum of ids, largest id) of `stored_marks`: it changes whenever they do
    (an import or an undo since), and is cheap to read again before writing."""
    row = session.execute(
        select(
            func.count(), func.coalesce(func.sum(transactions.c.id), 0), func.max(transactions.c.id)
        ).where(*_marked_between(account_id, first, last))
    ).one()
    return (int(row[0]), int(row[1]), int(row[2] or 0))


def _marked_between(account_id: int, first: date, last: date) -> list[Any]:
    on_account = exists().where(
        postings.c.transaction_id == transactions.c.id, postings.c.account_id == account_id
    )
    return [
        transactions.c.import_key >= first.isoformat(),
        transactions.c.import_key < (last + timedelta(days=1)).isoformat(),
        on_account,
    ]


def match_candidates(start: date, end: date, *, session: Session) -> list[Candidate]:
    """Entries from `start` to `end` that a person captured (receipt, voice, text or typed),
    that are not drafts and that no bank line was matched with yet, oldest first."""
    heads = session.execute(
        select(
            transactions.c.id,
            transactions.c.date,
            transactions.c.description,
            transactions.c.memo,
            transactions.c.status,
            transactions.c.source,
            transactions.c.updated_at,
            func.coalesce(merchants.c.name, "").label("merchant"),
        )
        .select_from(
            transactions.outerjoin(merchants, merchants.c.id == transactions.c.merchant_id)
        )
        .where(
            transactions.c.date >= start,
            transactions.c.date <= end,
            transactions.c.source.in_(CAPTURED),
            transactions.c.status != TransactionStatus.DRAFT.value,
            transactions.c.import_key == "",
        )
        .order_by(transactions.c.date, transactions.c.id)
    ).all()
    ids = [row.id for row in heads]
    legs, names = _legs(ids, session)
    files = _attachment_counts(ids, session)
    return [
        Candidate(
            transaction_id=row.id,
            date=row.date,
            description=row.description,
            merchant=row.merchant,
            memo=row.memo,
            status=row.status,
            source=row.source,
            updated_at=row.updated_at,
            category_code=_category(names.get(row.id, []))[0],
            category_name=_category(names.get(row.id, []))[1],
            attachments=files.get(row.id, 0),
            legs=tuple(legs.get(row.id, ())),
        )
        for row in heads
    ]


def account_with_iban(iban: str, *, session: Session) -> int | None:
    """The money account whose own IBAN is `iban` (spaces and case ignored), if any."""
    wanted = "".join(iban.split()).upper()
    if not wanted:
        return None
    rows = session.execute(
        select(accounts.c.id, accounts.c.iban).where(
            accounts.c.type.in_(_MONEY_TYPES), accounts.c.iban != "", accounts.c.archived.is_(False)
        )
    )
    return next((row.id for row in rows if "".join(row.iban.split()).upper() == wanted), None)


def unchanged_since(transaction_id: int, updated_at: datetime, *, session: Session) -> bool:
    """Whether the transaction still exists, unmatched, as it was at `updated_at`."""
    row = session.execute(
        select(transactions.c.updated_at, transactions.c.import_key).where(
            transactions.c.id == transaction_id
        )
    ).first()
    return row is not None and row.updated_at == updated_at and row.import_key == ""


def set_mark(transaction_id: int, mark: ImportMark, *, session: Session) -> None:
    """Give a transaction its import mark (journal it first: `ChangeSet.will_update`)."""
    session.execute(
        update(transactions)
        .where(transactions.c.id == transaction_id)
        .values(dict(zip(MARK_COLUMNS, mark.values(), strict=True)))
    )


def _legs(
    ids: Sequence[int], session: Session
) -> tuple[dict[int, list[Leg]], dict[int, list[tuple[str, str]]]]:
    """Postings of each transaction, and the (code, name) of the categories it is filed
    under."""
    legs: dict[int, list[Leg]] = defaultdict(list)
    names: dict[int, list[tuple[str, str]]] = defaultdict(list)
    for start in range(0, len(ids), _CHUNK):
        rows = session.execute(
            select(
                postings.c.transaction_id,
                postings.c.account_id,
                postings.c.amount_minor,
                postings.c.currency,
                accounts.c.name,
                accounts.c.type,
                categories.c.code,
                categories.c.name.label("category"),
            )
            .select_from(
                postings.join(accounts, accounts.c.id == postings.c.account_id).outerjoin(
                    categories, categories.c.account_id == postings.c.account_id
                )
            )
            .where(postings.c.transaction_id.in_(ids[start : start + _CHUNK]))
            .order_by(postings.c.id)
        )
        for row in rows:
            holds_money = row.type in _MONEY_TYPES
            legs[row.transaction_id].append(
                Leg(row.account_id, row.name, holds_money, row.amount_minor, row.currency)
            )
            if row.category:
                names[row.transaction_id].append((row.code, row.category))
    return legs, names


def _attachment_counts(ids: Sequence[int], session: Session) -> dict[int, int]:
    counts: dict[int, int] = {}
    for start in range(0, len(ids), _CHUNK):
        rows = session.execute(
            select(attachments.c.transaction_id, func.count())
            .where(attachments.c.transaction_id.in_(ids[start : start + _CHUNK]))
            .group_by(attachments.c.transaction_id)
        )
        counts.update({transaction_id: count for transaction_id, count in rows})
    return counts


def _category(names: list[tuple[str, str]]) -> tuple[str, str]:
    if len(names) > 1:
        return "SPLIT", f"Split ({len(names)})"
    return names[0] if names else ("", "")
