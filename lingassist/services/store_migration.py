"""Moving a whole ledger from one database to another (the home's SQLite file to a
PostgreSQL server for a household, and back), verified before anything switches over.

Every table is copied row by row with its ids (so the journal, undo and redo keep
working), sequences are moved past the copied ids on PostgreSQL, and then every account's
balance, every report (by category, primary category, merchant and month; spending and
income) and every table's row count are compared on both sides.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, text

from lingassist.core.accounts import CategoryDirection
from lingassist.core.errors import UserFacingError
from lingassist.core.periods import Period
from lingassist.core.phrases import phrase
from lingassist.core.reports import ReportDimension
from lingassist.ledger import server
from lingassist.ledger.database import Database, open_database
from lingassist.ledger.reports import spending_report
from lingassist.ledger.sessions import Session
from lingassist.ledger.tables import accounts, attachment_blobs, attachments, metadata, postings

CHUNK = 5_000  # rows per INSERT batch
NOT_FIGURES = ("ledger_state", "attachment_blobs")  # a counter, and photos' shared copies
ALL_TIME = Period(date(1, 1, 1), date(9999, 12, 31), "all time")


@dataclass(frozen=True)
class Check:
    """One compared figure.

    Attributes:
        name: what was compared ("balance Checking EUR", "rows transactions").
        before: the figure in the ledger copied from.
        after: the figure in the copy.
    """

    name: str
    before: str
    after: str

    @property
    def same(self) -> bool:
        """Whether both sides agree."""
        return self.before == self.after


@dataclass(frozen=True)
class StoreMove:
    """The outcome of a move.

    Attributes:
        target: where the ledger went (password masked).
        rows: rows copied.
        checks: every compared figure.
    """

    target: str
    rows: int
    checks: tuple[Check, ...]

    @property
    def verified(self) -> bool:
        """True when every figure is the same on both sides."""
        return all(check.same for check in self.checks)


def move_store(
    source: Database,
    target_url: str,
    *,
    password: str | None = None,
    photos: Path | None = None,
    progress: Callable[[str], None] = lambda _line: None,
) -> StoreMove:
    """Copy the whole ledger in `source` into the empty database at `target_url` and
    compare every balance and report.

    Raises:
        UserFacingError: the target already holds a ledger with data, or cannot be reached.
    """
    target = open_database(target_url, password=password)  # creates the schema
    try:
        with target.sessions.begin() as session:
            _refuse_if_used(session, server.masked(target_url))
        copied = _copy_tables(source, target, progress)
        if photos is not None and target.engine.dialect.name != "sqlite":
            progress(f"attachment photos into the database: {_upload_photos(target, photos)}")
        checks = tuple(_compare(source, target))
    finally:
        target.close()
    return StoreMove(server.masked(target_url), copied, checks)


def copy_ledger(
    source: Database, target_url: str, progress: Callable[[str], None] = lambda _line: None
) -> int:
    """Copy the whole ledger in `source` into the new, empty database at `target_url`
    (migrated first) without comparing figures (a backup's copy); the rows copied."""
    target = open_database(target_url)
    try:
        return _copy_tables(source, target, progress)
    finally:
        target.close()


def _tables() -> list[Any]:
    return [t for t in metadata.sorted_tables if t.name != "alembic_version"]


def _refuse_if_used(session: Session, where: str) -> None:
    for table in _tables():
        if table.name == "ledger_state":
            continue
        if session.scalar(select(func.count()).select_from(table)):
            raise UserFacingError(
                phrase(
                    "{where} already holds a ledger ({table} has rows); nothing was copied. "
                    "Give an empty database (createdb a new one) so nothing is mixed.",
                    where=where,
                    table=table.name,
                )
            )


def _copy_tables(source: Database, target: Database, progress: Callable[[str], None]) -> int:
    """Every table, parents before children, in one target transaction (all or nothing)."""
    total = 0
    with source.sessions() as reading, target.sessions.begin() as writing:
        if reading.dialect.name == "postgresql":  # one snapshot for every table
            reading.execution_options(isolation_level="REPEATABLE READ")
        to_sqlite = writing.dialect.name == "sqlite"
        for table in _tables():
            if to_sqlite and table.name == "attachment_blobs":
                continue  # a file ledger keeps its photos in the home's folder
            writing.execute(table.delete())  # ledger_state's first row comes with the schema
            count = 0
            rows = reading.execute(select(table).order_by(*table.primary_key.columns))
            while batch := rows.fetchmany(CHUNK):
                writing.execute(table.insert(), [dict(row._mapping) for row in batch])
                count += len(batch)
            total += count
            progress(f"{table.name}: {count} rows")
        if writing.dialect.name == "postgresql":
            _move_sequences(writing)
    return total


def _upload_photos(target: Database, folder: Path) -> int:
    """The attached files this computer keeps in `folder`, into a server's
    ``attachment_blobs`` (so the other computer sees them); how many were added."""
    added = 0
    with target.sessions.begin() as session:
        kept = set(session.scalars(select(attachment_blobs.c.sha256)))
        rows = session.execute(select(attachments.c.sha256, attachments.c.stored_name)).all()
        for sha256, stored_name in rows:
            path = folder / stored_name
            if sha256 in kept or not path.is_file():
                continue
            session.execute(attachment_blobs.insert().values(sha256=sha256, data=path.read_bytes()))
            kept.add(sha256)
            added += 1
    return added


def _move_sequences(session: Session) -> None:
    """Each table's id sequence continues after the largest copied id."""
    for table in _tables():
        if "id" not in table.c:
            continue
        session.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                f"COALESCE(MAX(id), 1), MAX(id) IS NOT NULL) FROM {table.name}"
            )
        )


def fingerprint(database: Database) -> dict[str, str]:
    """Every figure a person could read off the ledger: row counts, the balance of every
    account (categories included) per currency, and every all-time report."""
    figures: dict[str, str] = {}
    with database.sessions() as session:
        for table in _tables():
            if table.name not in NOT_FIGURES:
                count = session.scalar(select(func.count()).select_from(table))
                figures[f"rows {table.name}"] = str(count)
        balances = session.execute(
            select(accounts.c.name, postings.c.currency, func.sum(postings.c.amount_minor))
            .join(accounts, accounts.c.id == postings.c.account_id)
            .group_by(accounts.c.name, postings.c.currency)
        )
        for name, currency, minor in balances:
            figures[f"balance {name} {currency}"] = str(minor)
        for direction in (CategoryDirection.EXPENSE, CategoryDirection.INCOME):
            for by in ReportDimension:
                rows = spending_report(ALL_TIME, by, session=session, direction=direction)
                for row in rows:
                    figures[f"report {direction.value} by {by.value}: {row.key} {row.currency}"] = (
                        f"{row.amount} ({row.count})"
                    )
    return figures


def _compare(source: Database, target: Database) -> list[Check]:
    before, after = fingerprint(source), fingerprint(target)
    return [
        Check(name, before.get(name, "(missing)"), after.get(name, "(missing)"))
        for name in sorted(before.keys() | after.keys())
    ]
