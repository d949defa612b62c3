"""A ledger on a server that cannot be used: a wrong password, or the server stopped. The
command line says what happened and what to do, and shows the newest local backup of that
ledger read-only (every change refused, the backup file untouched) instead of failing;
with no local backup yet it says that too. The local backups are whole copies of the
server's ledger, made every few hours by the window and on 'lingassist backup'."""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from lingassist.cli import main
from lingassist.config import AppPaths
from lingassist.core.errors import ReadOnlyLedger
from lingassist.ledger.database import open_read_only
from lingassist.services.backups import daily_backup_if_due
from lingassist.services.context import open_home
from lingassist.services.server_backups import SNAPSHOT_EVERY, snapshot_folder
from lingassist.services.store_migration import fingerprint
from tests import pg

ENTRY = ["add", "12.50", "--merchant", "Blue Bottle", "--category", "coffee"]
WRONG = "not-the-one"


def _ledger_with_a_backup(server: pg.PostgresServer, home: Path) -> str:
    """A ledger with one entry on `server` that the password role uses, backed up into
    `home`; its URL (with the password)."""
    name = server.fresh_password_database()
    url = server.url(name, user=pg.PASSWORD_ROLE, password=pg.PASSWORD)
    assert main(["--home", str(home), "--database-url", url, *ENTRY]) == 0
    assert main(["--home", str(home), "--database-url", url, "backup"]) == 0
    return url


def _digest(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.glob("*.sqlite3")}


def test_a_wrong_password_shows_the_local_backup_read_only(
    postgres_server: pg.PostgresServer,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    logs_to_this_home: None,
) -> None:
    home = tmp_path / "home"
    right = _ledger_with_a_backup(postgres_server, home)
    wrong = right.replace(pg.PASSWORD, WRONG)
    folder = snapshot_folder(AppPaths(home), right)
    before = _digest(folder)
    assert len(before) == 1, before
    capsys.readouterr()

    assert main(["--home", str(home), "--database-url", wrong, "list", "--json"]) == 0
    out, err = capsys.readouterr()
    assert "Blue Bottle" in out and "-12.50" in out  # the books can still be read
    assert "refused the user name or password" in err and "read-only" in err, err
    assert "showing your backup of" in err

    assert main(["--home", str(home), "--database-url", wrong, *ENTRY]) == 2
    err = capsys.readouterr().err
    assert "Nothing was changed: this is your backup of" in err, err
    assert main(["--home", str(home), "--database-url", wrong, "undo"]) == 2
    assert "Nothing was changed" in capsys.readouterr().err
    assert _digest(folder) == before  # the backup file itself is never touched

    shown = (out + err).lower()
    logs = "".join(p.read_text() for p in (home / "logs").glob("*.log*"))
    assert "local backup is open read-only" in logs
    assert WRONG not in shown + logs and pg.PASSWORD not in shown + logs


def test_a_stopped_server_shows_the_local_backup_and_says_so(
    stoppable_server: pg.PostgresServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home = tmp_path / "home"
    url = _ledger_with_a_backup(stoppable_server, home)
    stoppable_server.halt()
    capsys.readouterr()
    assert main(["--home", str(home), "--database-url", url, "list"]) == 0
    out, err = capsys.readouterr()
    assert "cannot be reached" in err and "Check that it is running" in err, err
    assert "read-only" in err and pg.PASSWORD not in err
    assert "12.50" in out
    stoppable_server.resume()  # back again: the server's ledger, writable
    assert main(["--home", str(home), "--database-url", url, *ENTRY]) == 0
    assert "read-only" not in capsys.readouterr().err


@pytest.mark.sqlite_only  # no ledger is opened: once is enough
def test_without_a_local_backup_the_message_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    nowhere = f"postgresql+psycopg://me:hunter2@/ledger?host={tmp_path}&port=1"
    status = main(["--home", str(tmp_path / "home"), "--database-url", nowhere, "list"])
    err = capsys.readouterr().err
    assert status == 2 and "cannot be reached" in err, err
    assert "no local backup of this ledger" in err and "hunter2" not in err


def test_the_local_backup_is_the_whole_ledger_and_comes_every_few_hours(
    postgres_server: pg.PostgresServer, tmp_path: Path
) -> None:
    url = postgres_server.fresh_database()
    home = tmp_path / "home"
    assert main(["--home", str(home), "--database-url", url, *ENTRY]) == 0
    context = open_home(home, database_url=url)
    try:
        first = daily_backup_if_due(context)
        assert first is not None and first.transactions == 1
        assert daily_backup_if_due(context) is None  # made just now
        later = datetime.now() + SNAPSHOT_EVERY + timedelta(minutes=1)
        assert daily_backup_if_due(context, now=later) is not None
        copy = open_read_only(first.path, "read-only")
        try:
            assert fingerprint(copy) == fingerprint(context.database)
            with pytest.raises(ReadOnlyLedger), copy.sessions.begin() as session:
                session.exec_driver_sql("DELETE FROM transactions")
        finally:
            copy.close()
    finally:
        context.database.close()


def test_a_server_that_goes_away_while_the_ledger_is_open_is_said_in_words(
    stoppable_server: pg.PostgresServer, tmp_path: Path
) -> None:
    from lingassist.config import Settings, save_settings
    from lingassist.core.errors import ServerUnavailable
    from lingassist.services.entries import EntryRequest, record_entry

    home = tmp_path / "home"
    url = stoppable_server.fresh_database()
    save_settings(AppPaths(home).ensure(), Settings(default_currency="EUR", database_url=url))
    context = open_home(home)
    try:
        record_entry(context, EntryRequest("3.20", merchant="Corner Shop"))
        stoppable_server.halt()
        with pytest.raises(ServerUnavailable, match="Lost the connection to the ledger on"):
            record_entry(context, EntryRequest("4.10", merchant="Corner Shop"))
        with pytest.raises(ServerUnavailable, match="cannot be reached"):
            record_entry(context, EntryRequest("4.10", merchant="Corner Shop"))
        stoppable_server.resume()
        record_entry(context, EntryRequest("4.10", merchant="Corner Shop"))  # works again
    finally:
        context.database.close()
