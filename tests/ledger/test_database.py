"""Closing a ledger leaves the whole of it in the main SQLite file (no data left in -wal)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from lingassist.ledger.database import checkpoint, open_database, sqlite_url

pytestmark = pytest.mark.sqlite_only  # about the SQLite ledger file itself


def _wal(path: Path) -> Path:
    return Path(f"{path}-wal")


def test_close_checkpoints_the_wal_into_the_main_file(tmp_path: Path) -> None:
    path = tmp_path / "ledger.sqlite3"
    database = open_database(sqlite_url(path))
    with database.sessions.begin() as session:
        session.execute(text("CREATE TABLE notes (body TEXT)"))
        session.execute(text("INSERT INTO notes VALUES ('kept')"))
    assert _wal(path).exists() and _wal(path).stat().st_size > 0  # the data sits in the WAL

    database.close()

    assert not _wal(path).exists() or _wal(path).stat().st_size == 0
    copy = tmp_path / "copy" / "ledger.sqlite3"
    copy.parent.mkdir()
    shutil.copyfile(path, copy)
    with sqlite3.connect(copy) as connection:
        assert connection.execute("SELECT body FROM notes").fetchall() == [("kept",)]
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_close_twice_and_reopen(tmp_path: Path) -> None:
    path = tmp_path / "ledger.sqlite3"
    database = open_database(sqlite_url(path))
    database.close()
    database.close()
    again = open_database(sqlite_url(path))
    with again.sessions() as session:
        assert session.execute(text("SELECT count(*) FROM transactions")).scalar() == 0
    again.close()


def test_checkpoint_empties_the_wal_while_the_ledger_stays_open(tmp_path: Path) -> None:
    path = tmp_path / "ledger.sqlite3"
    database = open_database(sqlite_url(path))
    with database.sessions.begin() as session:
        session.execute(text("CREATE TABLE notes (body TEXT)"))
        session.execute(text("INSERT INTO notes VALUES ('kept')"))

    assert checkpoint(database.engine) is True
    assert _wal(path).stat().st_size == 0
    with sqlite3.connect(shutil.copyfile(path, tmp_path / "copy.sqlite3")) as copy:
        assert copy.execute("SELECT body FROM notes").fetchall() == [("kept",)]
    database.close()


def test_database_errors_never_carry_the_values_written(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import text as sql
    from sqlalchemy.exc import SQLAlchemyError

    from lingassist.ledger.database import open_database, sqlite_url

    database = open_database(sqlite_url(tmp_path / "ledger.sqlite3"))
    try:
        with database.sessions.begin() as session:
            session.execute(
                sql("INSERT INTO no_such_table (name) VALUES (:name)"),
                {"name": "Dr. Private Person"},
            )
    except SQLAlchemyError as error:
        assert "Dr. Private Person" not in str(error)
    else:  # pragma: no cover - the insert must fail
        raise AssertionError("the insert into a missing table succeeded")
    finally:
        database.close()
