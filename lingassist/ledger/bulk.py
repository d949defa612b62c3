"""Writing many transactions at once (imports, the demo, benchmarks) as one change set.

Ids are assigned up front inside the caller's write transaction, so transactions, postings
and journal entries each go in with a single ``executemany``; the whole batch is undone
by one undo().
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from lingassist.core.transactions import NewTransaction
from lingassist.ledger.journal import TRANSACTION, ChangeSet
from lingassist.ledger.repository import merchant_key
from lingassist.ledger.tables import merchants, postings, transactions


def bulk_add_transactions(
    batch: Iterable[NewTransaction], *, session: Session, change: ChangeSet
) -> list[int]:
    """Insert a batch of balanced transactions; return their ids in batch order."""
    items = list(batch)
    merchant_ids = _merchant_ids({t.merchant for t in items if t.merchant}, session, change)
    first_id = (session.scalar(select(func.max(transactions.c.id))) or 0) + 1
    now = datetime.now(UTC)
    heads, legs = [], []
    for offset, item in enumerate(items):
        transaction_id = first_id + offset
        heads.append(
            {
                "id": transaction_id,
                "date": item.date,
                "description": item.description,
                "merchant_id": merchant_ids.get(merchant_key(item.merchant))
                if item.merchant
                else None,
                "memo": item.memo,
                "status": item.status,
                "source": item.source,
                "created_at": now,
                "updated_at": now,
            }
        )
        legs.extend(
            {
                "transaction_id": transaction_id,
                "account_id": leg.account_id,
                "amount_minor": leg.money.minor,
                "currency": leg.money.currency,
                "date": item.date,
            }
            for leg in item.postings
        )
    if heads:
        session.execute(insert(transactions), heads)
        session.execute(insert(postings), legs)
    ids = [head["id"] for head in heads]
    change.created_many(TRANSACTION, ids)
    return ids


def _merchant_ids(names: set[str], session: Session, change: ChangeSet) -> dict[str, int]:
    """Merchant key -> id for every name, creating the merchants not seen before."""
    wanted = {merchant_key(name): name for name in names}
    known = dict(
        session.execute(
            select(merchants.c.key, merchants.c.id).where(merchants.c.key.in_(wanted))
        ).all()
    )
    for key, name in wanted.items():
        if key not in known:
            known[key] = session.execute(
                insert(merchants).values(name=" ".join(name.split()), key=key)
            ).inserted_primary_key[0]
            change.created("merchant", known[key])
    return known
