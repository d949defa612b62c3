"""Two people on one ledger, each from their own process: concurrent writers lose and
duplicate nothing, undo takes back one's own last change (never the other person's, and
never over a later change of theirs), and each sees the other's changes through the
ledger's version counter."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from dataclasses import replace
from pathlib import Path

import pytest

from lingassist.config import AppPaths, Settings, save_settings
from lingassist.core.errors import ChangedMeanwhile
from lingassist.core.transactions import TransactionFilter
from lingassist.ledger.journal import ledger_version
from lingassist.ledger.queries import list_transactions
from lingassist.services.attachments import store_file
from lingassist.services.context import AppContext, open_home
from lingassist.services.corrections import attachment_files, change_category
from lingassist.services.entries import EntryRequest, record_entry, redo_next, undo_last
from tests import pg
from tests.conftest import TODAY

WRITES = 150  # per person
WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from lingassist.services.context import open_home
    from lingassist.services.entries import EntryRequest, record_entry
    home, name, count = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    context = open_home(home)
    for n in range(count):
        record_entry(context, EntryRequest("1.25", merchant="Corner Shop", category="coffee",
                                           description=f"{name} {n}"))
    context.database.close()
    """
)


def _home(folder: Path, person: str, url: str) -> Path:
    paths = AppPaths(folder).ensure()
    save_settings(
        paths, Settings(default_currency="EUR", locale="en_IE", database_url=url, person=person)
    )
    return folder


@pytest.fixture
def two_homes(
    ledger_engine: str, request: pytest.FixtureRequest, tmp_path: Path
) -> tuple[Path, Path]:
    """Anna's and Ben's homes on one ledger: one PostgreSQL database, or (SQLite) one file
    that both processes open (the same computer)."""
    if ledger_engine == "postgresql":
        server: pg.PostgresServer = request.getfixturevalue("postgres_server")
        url = server.fresh_database()
        return _home(tmp_path / "anna", "anna", url), _home(tmp_path / "ben", "ben", url)
    shared = f"sqlite:///{tmp_path / 'shared.sqlite3'}"
    return _home(tmp_path / "anna", "anna", shared), _home(tmp_path / "ben", "ben", shared)


def _open(home: Path) -> AppContext:
    return open_home(home, today=lambda: TODAY)


def _descriptions(context: AppContext) -> list[str]:
    with context.database.sessions() as session:
        rows = list_transactions(TransactionFilter(), session=session, limit=10_000)
        return [r.description for r in rows]


def test_two_writers_at_once_lose_and_duplicate_nothing(two_homes: tuple[Path, Path]) -> None:
    anna, ben = two_homes
    _open(anna).database.close()  # the schema exists before both start
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(home), home.name, str(WRITES)],
            stderr=subprocess.PIPE,
            text=True,
        )
        for home in (anna, ben)
    ]
    for writer in writers:
        _, err = writer.communicate(timeout=600)
        assert writer.returncode == 0, err
    context = _open(anna)
    found = _descriptions(context)
    expected = {f"{name} {n}" for name in ("anna", "ben") for n in range(WRITES)}
    assert len(found) == 2 * WRITES and set(found) == expected
    with context.database.sessions() as session:
        rows = list_transactions(TransactionFilter(), session=session, limit=10_000)
    assert sum(r.amount for r in rows) == -2 * WRITES * rows[0].amount.copy_abs()
    context.database.close()


def test_undo_takes_back_ones_own_last_change(two_homes: tuple[Path, Path]) -> None:
    anna, ben = (_open(home) for home in two_homes)
    record_entry(anna, EntryRequest("4", merchant="Bakery", category="coffee"))
    record_entry(ben, EntryRequest("9", merchant="Cinema", category="entertainment"))
    assert "Bakery" in undo_last(anna)  # Ben's cinema is newer, but it is his
    assert _descriptions(ben) == ["Cinema"]
    assert "Cinema" in undo_last(ben)
    assert _descriptions(anna) == []
    assert "Bakery" in redo_next(anna)  # Anna's redo is hers too
    assert _descriptions(ben) == ["Bakery"]
    with anna.database.sessions() as session:
        who = session.execute(
            __import__("sqlalchemy").text("SELECT entered_by FROM transactions")
        ).scalar()
    assert who == "anna"
    for context in (anna, ben):
        context.database.close()


def test_undo_never_overwrites_the_other_persons_later_change(
    two_homes: tuple[Path, Path],
) -> None:
    anna, ben = (_open(home) for home in two_homes)
    added = record_entry(anna, EntryRequest("4", merchant="Bakery", category="coffee"))
    change_category(ben, added.row.id, "FOOD_AND_DRINK_GROCERIES")  # Ben files it elsewhere
    with pytest.raises(ChangedMeanwhile, match="by ben"):
        undo_last(anna)
    assert _descriptions(anna) == ["Bakery"]  # nothing was undone
    undo_last(ben)
    assert "Bakery" in undo_last(anna)  # once Ben took his back, Anna's undo goes through
    for context in (anna, ben):
        context.database.close()


def test_each_sees_the_others_changes_through_the_version(two_homes: tuple[Path, Path]) -> None:
    anna, ben = (_open(home) for home in two_homes)
    with ben.database.sessions() as session:
        seen = ledger_version(session)
    record_entry(anna, EntryRequest("4", merchant="Bakery", category="coffee"))
    with ben.database.sessions() as session:
        assert ledger_version(session) > seen
        seen = ledger_version(session)
    undo_last(anna)
    with ben.database.sessions() as session:
        assert ledger_version(session) > seen
    for context in (anna, ben):
        context.database.close()


def test_a_person_is_named_by_default() -> None:
    from lingassist.services.context import default_person

    assert "@" in default_person()
    assert replace(Settings(), person="anna").person == "anna"


def test_a_receipt_photo_one_attaches_the_other_sees(
    two_homes: tuple[Path, Path], tmp_path: Path
) -> None:
    anna, ben = (_open(home) for home in two_homes)
    photo = tmp_path / "receipt.jpg"
    photo.write_bytes(b"\xff\xd8 a receipt photo " * 1000)
    stored = store_file(anna.paths, photo)
    added = record_entry(
        anna, EntryRequest("4", merchant="Bakery", category="coffee"), attachment=stored
    )
    files = attachment_files(ben, added.row.id)
    assert [name for _, name in files] == ["receipt.jpg"]
    if anna.settings.database_url.startswith("postgresql"):  # Ben's own copy, from the server
        assert files[0][0].read_bytes() == photo.read_bytes()
        assert ben.paths.home in files[0][0].parents
    for context in (anna, ben):
        context.database.close()
