"""The ledger on a PostgreSQL server: the same schema as on SQLite, ids from sequences,
the command line's --database-url, and plain messages (never a password) when the server
cannot be reached or refuses the login."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import keyring
import keyring.backend
import keyring.backends.fail
import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from lingassist.cli import main
from lingassist.core.errors import UserFacingError
from lingassist.core.money import Money
from lingassist.core.transactions import NewTransaction, Posting
from lingassist.ledger import journal, server
from lingassist.ledger.bulk import bulk_add_transactions
from lingassist.ledger.database import SCHEMA_HEAD, open_database, schema_revision
from lingassist.ledger.repository import money_accounts, resolve_category
from lingassist.ledger.tables import metadata
from lingassist.services.context import AppContext
from lingassist.services.database_password import store_password
from lingassist.services.entries import EntryRequest, record_entry
from tests import pg
from tests.conftest import make_home
from tests.ledger.change_sets_0007 import check_upgraded, write_at_0007

ENTRY = ["add", "12.50", "--merchant", "Blue Bottle", "--category", "coffee"]


def test_migrations_build_the_tables_the_code_declares(postgres_server: pg.PostgresServer) -> None:
    url = postgres_server.fresh_database(migrated=False)
    database = open_database(url)
    try:
        assert schema_revision(database.engine) == SCHEMA_HEAD
        with database.engine.connect() as connection:
            differences = compare_metadata(MigrationContext.configure(connection), metadata)
            tables = set(inspect(connection).get_table_names())
        assert {"transactions", "postings", "change_sets", "journal_entries"} <= tables
        assert [d for d in differences if d[0] in ("add_table", "remove_table", "add_column")] == []
    finally:
        database.close()
    again = open_database(url)  # already migrated: opens as is
    assert schema_revision(again.engine) == SCHEMA_HEAD
    assert "***" not in again.url and "postgresql" in again.url
    again.close()


def _coffees(context: AppContext, count: int) -> list[int]:
    with context.database.sessions.begin() as session:
        checking = money_accounts(session=session)[0].id
        coffee = resolve_category("FOOD_AND_DRINK_COFFEE", session=session).account_id
        items = [
            NewTransaction(
                date=date(2026, 11, 1),
                description=f"Coffee {n}",
                postings=(
                    Posting(coffee, Money(Decimal("2.50"), "EUR")),
                    Posting(checking, Money(Decimal("-2.50"), "EUR")),
                ),
                merchant="Blue Bottle",
            )
            for n in range(count)
        ]
        return bulk_add_transactions(
            items, session=session, change=journal.begin_change(session, "Import")
        )


def test_a_bulk_import_takes_its_ids_from_the_sequence(
    postgres_server: pg.PostgresServer, tmp_path: Path
) -> None:
    """A single entry after an import gets a new id (the import's ids came from the
    sequence, not from max(id) + 1, which PostgreSQL's sequence would hand out again)."""
    home = tmp_path / "home"
    pg_servers = pytest.importorskip("tests.conftest")._servers
    pg_servers.append(postgres_server)
    try:
        context = make_home(home)
    finally:
        pg_servers.pop()
    assert context.settings.database_url.startswith("postgresql")
    ids = _coffees(context, 50)
    record_entry(context, EntryRequest("3.20", merchant="Lidl", category="groceries"))
    more = _coffees(context, 5)
    assert len(set(ids) | set(more)) == 55
    context.database.close()


def test_the_command_line_works_on_a_database_url(
    postgres_server: pg.PostgresServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = postgres_server.fresh_database(migrated=False)
    home = ["--home", str(tmp_path / "home"), "--database-url", url]
    assert main([*home, "add", "12.50", "--merchant", "Blue Bottle", "--category", "coffee"]) == 0
    assert main([*home, "list", "--json"]) == 0
    out = capsys.readouterr().out
    assert "Blue Bottle" in out and "-12.50" in out
    assert not (tmp_path / "home" / "ledger.sqlite3").exists()  # nothing went to SQLite
    assert main(["--home", str(tmp_path / "home"), "list"]) == 0  # the home's own ledger
    assert "Blue Bottle" not in capsys.readouterr().out


def test_a_wrong_password_is_a_plain_message_without_the_password(
    postgres_server: pg.PostgresServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    postgres_server.execute(f"CREATE DATABASE pw_ledger OWNER {pg.PASSWORD_ROLE}")
    wrong = postgres_server.url("pw_ledger", user=pg.PASSWORD_ROLE, password="not-the-one")
    status = main(["--home", str(tmp_path / "home"), "--database-url", wrong, "list"])
    err = capsys.readouterr().err
    assert status == 2 and "refused the user name or password" in err, err
    assert "not-the-one" not in err and "Traceback" not in err
    right = postgres_server.url("pw_ledger", user=pg.PASSWORD_ROLE, password=pg.PASSWORD)
    assert main(["--home", str(tmp_path / "home"), "--database-url", right, "list"]) == 0
    logs = "".join(p.read_text() for p in (tmp_path / "home" / "logs").glob("*.log*"))
    assert pg.PASSWORD not in logs and pg.PASSWORD not in capsys.readouterr().out


@pytest.mark.sqlite_only  # no ledger is opened: once is enough
def test_an_unreachable_server_is_a_plain_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    nowhere = f"postgresql+psycopg://me:hunter2@/ledger?host={tmp_path}&port=1"
    status = main(["--home", str(tmp_path / "home"), "--database-url", nowhere, "list"])
    err = capsys.readouterr().err
    assert status == 2 and "cannot be reached" in err, err
    assert "hunter2" not in err and "Traceback" not in err


@pytest.mark.sqlite_only  # no ledger is opened: once is enough
def test_every_shown_url_hides_the_password() -> None:
    url = "postgresql://anna:p%40ss@nas.local:5432/household"
    assert server.masked(url) == "postgresql://anna:***@nas.local:5432/household"
    assert server.without_password(url) == "postgresql+psycopg://anna@nas.local:5432/household"
    shown = server.connect_url(url).query
    assert shown["sslmode"] == "prefer"  # TLS whenever the server offers it
    assert server.connect_url(url + "?sslmode=require").query["sslmode"] == "require"
    assert "secret" not in server._mask_text("postgresql://a:secret@h/db password=secret")
    with pytest.raises(UserFacingError) as raised:
        server.parse("postgresql://anna:secret@nas:notaport/db")
    assert "secret" not in str(raised.value)


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A system keyring stand-in (no Secret Service runs headless here)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.kept: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.kept.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.kept[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.kept.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    kept = MemoryKeyring()
    keyring.set_keyring(kept)
    try:
        yield kept
    finally:
        keyring.set_keyring(previous)


def test_the_password_lives_in_the_keyring_never_in_the_settings_file(
    postgres_server: pg.PostgresServer,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    memory_keyring: MemoryKeyring,
) -> None:
    postgres_server.execute(f"CREATE DATABASE kept_ledger OWNER {pg.PASSWORD_ROLE}")
    url = postgres_server.url("kept_ledger", user=pg.PASSWORD_ROLE, password=pg.PASSWORD)
    home = tmp_path / "home"
    make_home(home).database.close()
    assert main(["--home", str(home), "database", "--url", url]) == 0
    settings = (home / "settings.json").read_text(encoding="utf-8")
    assert pg.PASSWORD not in settings and pg.PASSWORD_ROLE in settings
    assert list(memory_keyring.kept.values()) == [pg.PASSWORD]
    assert main(["--home", str(home), *ENTRY]) == 0  # the password came from the keyring
    assert pg.PASSWORD not in capsys.readouterr().out


@pytest.mark.sqlite_only  # no ledger is opened: once is enough
def test_without_a_keyring_nothing_is_stored(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    try:
        with pytest.raises(UserFacingError, match="not stored anywhere"):
            store_password("postgresql://anna@nas/household", "secret")
    finally:
        keyring.set_keyring(previous)


def test_a_big_import_leaves_the_planner_statistics_current(
    postgres_server: pg.PostgresServer, tmp_path: Path
) -> None:
    """An import of 1,000 or more transactions analyzes the tables in its own transaction,
    so the very next report is planned on the real row counts (a never-analyzed table
    reads reltuples -1, and the planner guessed nested loops that made the yearly report of
    a 100k import ~5x slower); the month report reads 'YYYY-MM' on PostgreSQL too."""
    from sqlalchemy import text

    from lingassist.core.periods import year_period
    from lingassist.ledger.reports import monthly_category_report

    _servers = pytest.importorskip("tests.conftest")._servers
    _servers.append(postgres_server)
    try:
        context = make_home(tmp_path / "home")
    finally:
        _servers.pop()
    _coffees(context, 1_000)
    with context.database.sessions() as session:
        counted = session.execute(
            text("SELECT reltuples FROM pg_class WHERE relname = 'postings'")
        ).scalar()
        rows = monthly_category_report(year_period(2026), session=session)
    assert counted == 2_000
    assert [(month, row.key, row.count) for month, row in rows] == [
        ("2026-11", "FOOD_AND_DRINK_COFFEE", 1_000)
    ]
    context.database.close()


def test_a_0007_database_keeps_its_english_undo_labels_and_new_changes_get_phrases(
    postgres_server: pg.PostgresServer,
) -> None:
    """Migration 0008 on PostgreSQL, from 0007 with a change set already kept."""
    url = postgres_server.fresh_database(migrated=False)
    write_at_0007(url)
    check_upgraded(url)
