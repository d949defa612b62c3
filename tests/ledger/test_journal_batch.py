"""Undo and redo of many created transactions go in batches, and land on exactly the rows
(and keep exactly the images) that one-by-one undo and redo would."""

from __future__ import annotations

import json
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from lingassist.core.money import Money
from lingassist.core.transactions import NewTransaction, Posting
from lingassist.ledger import journal, journal_batch
from lingassist.ledger.attachments import add_attachment
from lingassist.ledger.bulk import bulk_add_transactions
from lingassist.ledger.repository import money_accounts, resolve_category
from lingassist.ledger.tables import attachments, journal_entries, postings, transactions
from lingassist.services.context import AppContext

SIZE = journal_batch.BATCH * 2 + 7  # three runs, the last one short


def rows(session: Any) -> dict[str, list[tuple[Any, ...]]]:
    return {
        table.name: [tuple(r) for r in session.execute(select(table).order_by(table.c.id))]
        for table in (transactions, postings, attachments)
    }


def add_many(context: AppContext) -> list[int]:
    with context.database.sessions.begin() as session:
        checking = money_accounts(session=session)[0].id
        coffee = resolve_category("FOOD_AND_DRINK_COFFEE", session=session).account_id
        items = [
            NewTransaction(
                date=date(2026, 1, 1) + timedelta(days=n % 300),
                description=f"Coffee {n}",
                postings=(
                    Posting(coffee, Money(Decimal(n + 1).scaleb(-2), "EUR")),
                    Posting(checking, Money(-Decimal(n + 1).scaleb(-2), "EUR")),
                ),
                merchant="Blue Bottle",
            )
            for n in range(SIZE)
        ]
        change = journal.begin_change(session, "Import")
        ids = bulk_add_transactions(items, session=session, change=change)
        add_attachment(
            ids[3],
            sha256="ab" * 32,
            original_name="r.jpg",
            mime="image/jpeg",
            size=3,
            stored_name="ab/r.jpg",
            session=session,
        )
    return ids


def test_undo_and_redo_of_a_big_import_restore_every_row(context: AppContext) -> None:
    with context.database.sessions() as session:
        empty = rows(session)
    ids = add_many(context)
    with context.database.sessions() as session:
        full = rows(session)
        singles = {i: journal.snapshot(session, "transaction", i) for i in ids}
    assert len(full["transactions"]) == SIZE and len(full["attachments"]) == 1
    with context.database.sessions.begin() as session:
        journal.undo(session)
    with context.database.sessions() as session:
        assert rows(session) == empty
        kept = dict(
            session.execute(
                select(journal_entries.c.entity_id, journal_entries.c.after).where(
                    journal_entries.c.entity == "transaction"
                )
            ).all()
        )
    assert {i: json.loads(kept[i]) for i in ids} == singles  # the images single undo keeps
    with context.database.sessions.begin() as session:
        journal.redo(session)
    with context.database.sessions() as session:
        assert rows(session) == full
    with context.database.sessions.begin() as session:
        journal.undo(session)
        journal.redo(session)
    with context.database.sessions() as session:
        assert rows(session) == full


def test_runs_group_only_created_transactions_in_order() -> None:
    class Entry:
        def __init__(self, op: str, entity: str) -> None:
            self.op, self.entity = op, entity

    entries = [
        Entry("create", "merchant"),
        *[Entry("create", "transaction") for _ in range(journal_batch.BATCH + 1)],
        Entry("update", "transaction"),
        Entry("create", "transaction"),
    ]
    sizes = [len(run) for run in journal_batch.runs(entries)]
    assert sizes == [1, journal_batch.BATCH, 1, 1, 1]
    assert [e for run in journal_batch.runs(entries) for e in run] == entries
