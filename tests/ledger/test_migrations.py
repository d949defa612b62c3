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

from lingassist.core.phrases import Phrase
from lingassist.core.transactions import TransactionFilter
from lingassist.ledger import journal
from lingassist.ledger.database import (
    SCHEMA_HEAD,
    alembic_config,
    open_database,
    schema_revision,
    sqlite_url,
)
from lingassist.ledger.queries import list_transactions
from lingassist.ledger.tables import metadata
from tests.ledger.change_sets_0007 import check_upgraded, write_at_0007

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


def test_a_0007_ledger_keeps_its_english_undo_labels_and_new_changes_get_phrases(
    tmp_path: Path,
) -> None:
    url = sqlite_url(tmp_path / "at-0007.sqlite3")
    write_at_0007(url)
    check_upgraded(url)


def test_the_committed_0007_ledger_undoes_with_its_english_labels(tmp_path: Path) -> None:
    copy = tmp_path / "ledger-0007.sqlite3"
    shutil.copy(Path(__file__).parent / "data" / copy.name, copy)
    database = open_database(sqlite_url(copy), entered_by="root@vm")  # who wrote them
    with database.sessions.begin() as session:
        newest = journal.newest_change(session)
        assert newest is not None and newest.said is None
        assert journal.undo(session) == Phrase("Add income 3,850.00 EUR from ACME")
        assert journal.peek_phrases(session) == (
            Phrase("Add expense 12.50 EUR at Blue Bottle"),
            Phrase("Add income 3,850.00 EUR from ACME"),
        )
    database.close()
