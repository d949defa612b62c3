"""Schema migrations: the newest schema equals the tables' metadata, and ledgers written by
every earlier release (committed under tests/ledger/data/) open with their data intact."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine

from lingassist.core.transactions import TransactionFilter
from lingassist.ledger.database import (
    SCHEMA_HEAD,
    alembic_config,
    open_database,
    schema_revision,
    sqlite_url,
)
from lingassist.ledger.queries import list_transactions
from lingassist.ledger.tables import metadata

pytestmark = pytest.mark.sqlite_only  # about the SQLite ledger file itself

OLD_LEDGERS = sorted((Path(__file__).parent / "data").glob("ledger-*.sqlite3"))


def head() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def test_the_schema_head_constant_names_the_newest_migration() -> None:
    assert head() == SCHEMA_HEAD


def test_migrated_schema_matches_the_tables(tmp_path: Path) -> None:
    database = open_database(sqlite_url(tmp_path / "fresh.sqlite3"))
    with database.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), metadata)
    assert differences == []


@pytest.mark.parametrize("old", OLD_LEDGERS, ids=lambda p: p.name)
def test_old_ledgers_open_with_their_data(old: Path, tmp_path: Path) -> None:
    copy = tmp_path / old.name
    shutil.copy(old, copy)
    database = open_database(sqlite_url(copy))
    assert schema_revision(database.engine) == head()
    with database.sessions() as session:
        rows = list_transactions(TransactionFilter(), session=session)
    assert {(r.merchant, str(r.amount)) for r in rows} >= {
        ("Blue Bottle", "-12.50"),
        ("ACME", "3850.00"),
    }


def test_an_old_ledger_is_committed() -> None:
    assert OLD_LEDGERS, "commit a ledger written by each released schema"
    engine = create_engine(sqlite_url(OLD_LEDGERS[-1]))
    assert schema_revision(engine) is not None
