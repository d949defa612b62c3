"""Undo and redo of many created transactions at once (an import, the demo's history).

One by one, undoing a created transaction costs seven statements (its image read from
three tables, the image kept, three deletes): about 100 s for a 100k-line import. Here a
run of such entries is read, kept and deleted a few hundred at a time, and redone with one
``executemany`` per table; the images are exactly those `journal.snapshot` makes, so a
batch and a single entry can be undone and redone interchangeably.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import bindparam, delete, insert, select, update
from sqlalchemy.engine import Connection

from lingassist.ledger import journal
from lingassist.ledger.tables import attachments, journal_entries, postings, transactions

BATCH = 500  # transactions per statement (SQLite allows at most 32,766 variables)
_CHILDREN = (postings, attachments)


def runs(entries: Sequence[Any]) -> Iterator[list[Any]]:
    """The entries in order, consecutive creations of transactions grouped (at most `BATCH`
    together), every other entry alone."""
    run: list[Any] = []
    for entry in entries:
        if entry.op == "create" and entry.entity == journal.TRANSACTION:
            run.append(entry)
            if len(run) == BATCH:
                yield run
                run = []
            continue
        if run:
            yield run
            run = []
        yield [entry]
    if run:
        yield run


def revert_created(connection: Connection, run: list[Any]) -> None:
    """Undo the creation of the run's transactions, keeping the images redo needs."""
    ids = [entry.entity_id for entry in run]
    missing = [entry for entry in run if entry.after is None]
    if missing:
        images = snapshots(connection, [entry.entity_id for entry in missing])
        connection.execute(
            update(journal_entries)
            .where(journal_entries.c.id == bindparam("entry_id"))
            .values(after=bindparam("image")),
            [
                {
                    "entry_id": entry.id,
                    "image": json.dumps(images[entry.entity_id], separators=(",", ":")),
                }
                for entry in missing
            ],
        )
    for table in _CHILDREN:
        connection.execute(delete(table).where(table.c.transaction_id.in_(ids)))
    connection.execute(delete(transactions).where(transactions.c.id.in_(ids)))


def replay_created(connection: Connection, run: list[Any]) -> None:
    """Redo the creation of the run's transactions from the images kept by undo."""
    ids = [entry.entity_id for entry in run]
    taken = connection.execute(select(transactions.c.id).where(transactions.c.id.in_(ids))).first()
    if taken is not None:  # not expected; the one-by-one path handles it like before
        for entry in run:
            journal.restore(connection, entry.entity, entry.entity_id, json.loads(entry.after))
        return
    images = [json.loads(entry.after) for entry in run]
    connection.execute(
        insert(transactions), [journal.decode(transactions, i["row"]) for i in images]
    )
    for table, part in ((postings, "postings"), (attachments, "attachments")):
        rows = [journal.decode(table, row) for image in images for row in image[part]]
        if rows:
            connection.execute(insert(table), rows)


def snapshots(connection: Connection, ids: list[int]) -> dict[int, journal.Image]:
    """`journal.snapshot` of each transaction in `ids`, read with three statements."""
    heads = connection.execute(select(transactions).where(transactions.c.id.in_(ids)))
    images: dict[int, journal.Image] = {
        row.id: {"row": _encoded(row), "postings": [], "attachments": []} for row in heads
    }
    for table in _CHILDREN:
        children: dict[int, list[journal.Image]] = defaultdict(list)
        rows = connection.execute(
            select(table).where(table.c.transaction_id.in_(ids)).order_by(table.c.id)
        )
        for row in rows:
            children[row.transaction_id].append(_encoded(row))
        for transaction_id, image in images.items():
            image[table.name] = children.get(transaction_id, [])
    return images


def _encoded(row: Any) -> journal.Image:
    return {key: journal.encode(value) for key, value in row._mapping.items()}
