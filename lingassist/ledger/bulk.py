"""Writing many transactions at once (imports, the demo, benchmarks) as one change set.

Ids are assigned up front inside the caller's write transaction, so transactions, postings
and journal entries each go in with a single ``executemany``; the whole batch is undone
by one undo().
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, datetime

from sqlalchemy import func, select, text

from lingassist.core.transactions import NewTransaction
from lingassist.ledger.bank_imports import MARK_COLUMNS, ImportMark
from lingassist.ledger.inserts import insert_rows
from lingassist.ledger.journal import TRANSACTION, ChangeSet
from lingassist.ledger.repository import create_merchant, merchant_key
from lingassist.ledger.sessions import Session
from lingassist.ledger.tables import merchants, postings, transactions

HEAD_COLUMNS = (
    "id",
    "date",
    "description",
    "merchant_id",
    "memo",
    "status",
    "source",
    "created_at",
    "updated_at",
    "entered_by",
)
LEG_COLUMNS = ("transaction_id", "account_id", "amount_minor", "currency", "date")
_CHUNK = 5_000  # merchant keys per IN (...)
ANALYZE_AFTER = 1_000  # transactions in one batch from which PostgreSQL re-reads statistics


def bulk_add_transactions(
    batch: Iterable[NewTransaction],
    *,
    session: Session,
    change: ChangeSet,
    marks: Sequence[ImportMark] | None = None,
) -> list[int]:
    """Insert a batch of balanced transactions; return their ids in batch order.

    `marks` (one per transaction, from a bank import) are written with them.
    """
    items = list(batch)
    keys = {name: merchant_key(name) for name in {t.merchant for t in items if t.merchant}}
    merchant_ids = _merchant_ids(keys, session, change)
    ids = _new_transaction_ids(session, len(items))
    now = datetime.now(UTC)
    heads: list[tuple[object, ...]] = [
        (
            i,
            t.date,
            t.description,
            merchant_ids[keys[t.merchant]] if t.merchant else None,
            t.memo,
            t.status.value,
            t.source.value,
            now,
            now,
            change.entered_by,
        )
        for i, t in zip(ids, items, strict=True)
    ]
    legs = [
        (i, leg.account_id, leg.money.minor, leg.money.currency, t.date)
        for i, t in zip(ids, items, strict=True)
        for leg in t.postings
    ]
    columns: tuple[str, ...] = HEAD_COLUMNS
    if marks is not None:
        columns += MARK_COLUMNS
        heads = [head + mark.values() for head, mark in zip(heads, marks, strict=True)]
    insert_rows(session, transactions, columns, heads)
    insert_rows(session, postings, LEG_COLUMNS, legs)
    change.created_many(TRANSACTION, ids)
    _refresh_statistics(session, len(ids))
    return ids


def _refresh_statistics(session: Session, count: int) -> None:
    """After a large batch on PostgreSQL, bring the planner's statistics up to date in the
    same transaction (ANALYZE counts the rows this transaction inserted). Until
    autovacuum's next round (a minute or more later) the planner would otherwise still
    believe the tables hold what they held before, and choose nested loops that made the
    yearly report of a fresh 100k import ~9x slower (EXPLAIN ANALYZE: an estimate of 5
    postings per category, 96 index scans over the year; categories, seeded at the start and
    never analyzed, were thought to be 1 row). SQLite needs no statistics here."""
    if count >= ANALYZE_AFTER and session.dialect.name == "postgresql":
        tables = "transactions, postings, merchants, journal_entries, categories, accounts"
        session.execute(text(f"ANALYZE {tables}"))


def _new_transaction_ids(session: Session, count: int) -> list[int]:
    """`count` ids for new transactions. PostgreSQL hands them out from the table's sequence
    (another person's import at the same moment gets others, and later single inserts do not
    collide); SQLite's writer holds the whole file, so the next ids after the largest are free."""
    if session.dialect.name == "postgresql":
        taken = session.execute(
            text(
                "SELECT nextval(pg_get_serial_sequence('transactions', 'id')) "
                "FROM generate_series(1, :n)"
            ),
            {"n": count},
        )
        return sorted(int(row[0]) for row in taken)
    first_id = (session.scalar(select(func.max(transactions.c.id))) or 0) + 1
    return list(range(first_id, first_id + count))


def _merchant_ids(keys: dict[str, str], session: Session, change: ChangeSet) -> dict[str, int]:
    """Merchant key -> id for every name (name -> key), creating the merchants not seen before."""
    wanted = {key: name for name, key in keys.items()}
    listed = sorted(wanted)
    known: dict[str, int] = {}
    for start in range(0, len(listed), _CHUNK):  # SQLite allows at most 32,766 variables
        chunk = listed[start : start + _CHUNK]
        found = session.execute(
            select(merchants.c.key, merchants.c.id).where(merchants.c.key.in_(chunk))
        )
        known.update({key: merchant_id for key, merchant_id in found})
    for key, name in wanted.items():
        if key not in known:
            known[key] = create_merchant(name, key, session=session, change=change)
    return known
