"""``lingassist migrate-store``: a SQLite ledger moves to PostgreSQL and back with every
balance and report the same, and keeps working there (new ids, undo of old changes)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from lingassist.cli import main
from lingassist.config import AppPaths, Settings, load_settings, save_settings
from lingassist.services.attachments import store_file
from lingassist.services.context import open_home
from lingassist.services.corrections import attachment_files
from lingassist.services.entries import EntryRequest, record_entry
from tests import pg
from tests.conftest import make_home

ENTRIES = [
    ["add", "12.50", "--merchant", "Blue Bottle", "--category", "coffee", "--date", "2026-11-20"],
    ["add", "1.234,56", "--merchant", "Landlord", "--category", "Rent", "--date", "2026-10-01"],
    ["add", "3850", "--income", "--merchant", "ACME", "--category", "INCOME_SALARY"],
    ["add", "40", "--merchant", "Esso", "--category", "gas", "--account", "Cash"],
]


def _home_on(folder: Path, url: str) -> Path:
    save_settings(AppPaths(folder).ensure(), Settings(default_currency="EUR", database_url=url))
    return folder


def run(home: Path, capsys: pytest.CaptureFixture[str], *words: str) -> tuple[int, str, str]:
    status = main(["--home", str(home), *words])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_a_ledger_moves_to_postgresql_and_back_with_every_figure_the_same(
    postgres_server: pg.PostgresServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home = tmp_path / "home"
    context = make_home(home)
    photo = tmp_path / "receipt.jpg"
    photo.write_bytes(b"\xff\xd8 a receipt " * 500)
    stored = store_file(context.paths, photo)
    bakery = EntryRequest("4", merchant="Bakery", category="coffee")
    with_photo = record_entry(context, bakery, attachment=stored).row.id
    context.database.close()
    for words in ENTRIES:
        assert run(home, capsys, *words)[0] == 0
    _, before, _ = run(home, capsys, "list", "--json")
    url = postgres_server.fresh_database(migrated=False)

    status, out, err = run(home, capsys, "migrate-store", "--to", url)
    assert status == 0, err
    assert "0 differ" in out and "balance Checking EUR" in out and "report expense by month" in out
    assert load_settings(AppPaths(home)).database_url.startswith("postgresql+psycopg://")
    assert run(home, capsys, "list", "--json")[1] == before  # now read from PostgreSQL
    ben = open_home(_home_on(tmp_path / "ben", url))  # the other computer sees the photo
    assert [p.read_bytes() for p, _ in attachment_files(ben, with_photo)] == [photo.read_bytes()]
    ben.database.close()

    assert run(home, capsys, "undo")[0] == 0  # the journal came along: Esso goes
    assert (
        run(home, capsys, *ENTRIES[0][:2], "--merchant", "Lidl", "--category", "groceries")[0] == 0
    )
    _, on_server, _ = run(home, capsys, "list", "--json")
    assert "Lidl" in on_server and "Esso" not in on_server

    shutil.move(home / "ledger.sqlite3", tmp_path / "old.sqlite3")
    status, out, err = run(home, capsys, "migrate-store", "--to", "home")
    assert status == 0 and "0 differ" in out, err
    assert load_settings(AppPaths(home)).database_url == ""
    assert run(home, capsys, "list", "--json")[1] == on_server  # back in SQLite


def test_a_database_with_a_ledger_in_it_is_refused(
    postgres_server: pg.PostgresServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    used = postgres_server.fresh_database(migrated=False)
    other = tmp_path / "other"
    assert main(["--home", str(other), "--database-url", used, *ENTRIES[0]]) == 0
    home = tmp_path / "home"
    make_home(home).database.close()
    status, _, err = run(home, capsys, "migrate-store", "--to", used)
    assert status == 2 and "already holds a ledger" in err and "nothing was copied" in err
