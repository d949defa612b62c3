"""Backups a person can trust: online copies with the photos, listed with their contents,
and a restore that checks the file, backs up the current state first and never leaves a
stale write-ahead log or a half ledger behind."""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

import pytest
from PIL import Image

from lingassist.config import AppPaths
from lingassist.core.errors import UserFacingError
from lingassist.ledger.database import SCHEMA_HEAD, schema_revision
from lingassist.services import backups
from lingassist.services.attachments import store_file
from lingassist.services.context import AppContext, open_home
from lingassist.services.entries import EntryRequest, record_entry
from lingassist.services.settings import back_up
from tests.conftest import make_home

pytestmark = pytest.mark.sqlite_only  # about the SQLite ledger file itself


def add(context: AppContext, amount: str, merchant: str) -> None:
    record_entry(context, EntryRequest(amount=amount, merchant=merchant, date="2026-11-20"))


def descriptions(database: Path) -> list[tuple[str, str]]:
    """Every transaction's (description, date), read straight from a ledger file."""
    connection = sqlite3.connect(database)
    try:
        rows = connection.execute("SELECT description, date FROM transactions ORDER BY id")
        return [(str(a), str(b)) for a, b in rows]
    finally:
        connection.close()


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def with_photo(context: AppContext, tmp_path: Path) -> Path:
    photo = tmp_path / "receipt.png"
    Image.new("RGB", (8, 8), "white").save(photo)
    stored = store_file(context.paths, photo)
    record_entry(context, EntryRequest(amount="7", merchant="Deli"), attachment=stored)
    return context.paths.attachments / stored.stored_name


def test_a_backup_holds_every_transaction_and_the_photos_privately(
    open_umask: None, context: AppContext, tmp_path: Path
) -> None:
    add(context, "12.50", "Blue Bottle")
    photo = with_photo(context, tmp_path)
    made = backups.make_backup(context)
    assert made.path.parent == context.paths.home / "backups"
    assert made.path.name.startswith("ledger-") and made.path.suffix == ".sqlite3"
    assert made.transactions == 2 and made.size == made.path.stat().st_size
    assert not Path(f"{made.path}-wal").exists()  # one self-contained file
    assert descriptions(made.path) == descriptions(context.paths.database)
    copied = made.path.parent / "attachments" / photo.relative_to(context.paths.attachments)
    assert copied.read_bytes() == photo.read_bytes()
    assert mode(made.path) == 0o600 and mode(copied) == 0o600
    assert mode(made.path.parent) == 0o700 and mode(copied.parent) == 0o700


def test_backups_are_listed_oldest_first_with_their_counts_and_photos_copied_once(
    context: AppContext, tmp_path: Path
) -> None:
    photo = with_photo(context, tmp_path)
    first = backups.make_backup(context)
    copied = first.path.parent / "attachments" / photo.relative_to(context.paths.attachments)
    before = copied.stat().st_mtime_ns
    add(context, "3", "Kiosk")
    second = backups.make_backup(context)  # the same second: a distinct name
    assert second.path != first.path
    assert sorted([second.path.name, first.path.name])[-1] == second.path.name
    assert second.created >= first.created and second.created.year > 2000
    assert copied.stat().st_mtime_ns == before  # incremental: not copied again
    listed = backups.list_backups(context)
    assert [(b.path, b.transactions) for b in listed] == [(first.path, 1), (second.path, 2)]


def test_a_backup_into_another_folder(context: AppContext, tmp_path: Path) -> None:
    elsewhere = tmp_path / "usb" / "lingassist"
    made = backups.make_backup(context, elsewhere)
    assert made.path.parent == elsewhere and mode(elsewhere) == 0o700
    assert backups.list_backups(context, elsewhere) == [made]
    assert backups.list_backups(context) == []


def test_the_settings_button_uses_the_same_backup(context: AppContext) -> None:
    path = back_up(context)
    assert [b.path for b in backups.list_backups(context)] == [path]


def test_restore_brings_every_transaction_back_after_a_safety_backup(
    open_umask: None, context: AppContext, tmp_path: Path
) -> None:
    add(context, "12.50", "Blue Bottle")
    add(context, "40", "Landlord")
    photo = with_photo(context, tmp_path)
    kept = descriptions(context.paths.database)
    made = backups.make_backup(context)
    add(context, "999", "Mistake")
    photo.unlink()
    restored, safety = backups.restore_backup(context, made.path)
    assert restored == made
    assert safety.transactions == 4 and safety.path.is_file()
    assert descriptions(context.paths.database) == kept
    assert photo.is_file()  # the missing photo came back
    assert mode(context.paths.database) == 0o600
    assert not list(context.paths.home.glob(".ledger-restore-*"))
    assert backups.current_transactions(context) == 3  # the open context sees the restore
    reopened = open_home(context.paths.home)
    try:
        assert backups.current_transactions(reopened) == 3
    finally:
        reopened.database.close()


def test_no_stale_write_ahead_log_is_replayed_over_a_restore(context: AppContext) -> None:
    made = backups.make_backup(context)
    holder = sqlite3.connect(context.paths.database, isolation_level=None)
    try:  # a reader in another process keeps the write-ahead log from being checkpointed
        holder.execute("BEGIN")
        holder.execute("SELECT COUNT(*) FROM transactions").fetchone()
        add(context, "5", "After the backup")
        assert Path(f"{context.paths.database}-wal").stat().st_size > 0
        backups.restore_backup(context, made.path)
    finally:
        holder.close()
    reopened = open_home(context.paths.home)
    try:
        assert backups.current_transactions(reopened) == 0
    finally:
        reopened.database.close()


@pytest.mark.parametrize(
    "content",
    [b"hello, not a ledger", b""],
    ids=["text", "empty"],
)
def test_a_file_that_is_not_a_ledger_is_refused_and_nothing_changes(
    context: AppContext, tmp_path: Path, content: bytes
) -> None:
    add(context, "12.50", "Blue Bottle")
    before = descriptions(context.paths.database)
    wrong = tmp_path / "wrong.sqlite3"
    wrong.write_bytes(content)
    with pytest.raises(UserFacingError, match="wrong.sqlite3"):
        backups.restore_backup(context, wrong)
    assert descriptions(context.paths.database) == before
    assert not (context.paths.home / "backups").exists()  # not even a safety backup


def test_a_sqlite_file_of_another_program_is_refused(context: AppContext, tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite3"
    connection = sqlite3.connect(other)
    connection.execute("CREATE TABLE notes (text)")
    connection.commit()
    connection.close()
    with pytest.raises(UserFacingError, match="not a LingAssist ledger"):
        backups.restore_backup(context, other)


def test_a_ledger_that_cannot_be_opened_is_restored_and_kept(tmp_path: Path) -> None:
    home = tmp_path / "home"
    context = make_home(home)
    add(context, "12.50", "Blue Bottle")
    made = backups.make_backup(context)
    context.database.close()
    paths = AppPaths(home)
    paths.database.write_bytes(b"junk junk junk")
    restored, kept = backups.restore_damaged(paths, made.path)
    assert restored.transactions == 1
    assert kept.read_bytes() == b"junk junk junk" and mode(kept) == 0o600
    assert [b.path for b in backups.list_backups(open_home(home))] == [made.path]


def test_a_backup_from_an_older_lingassist_is_migrated_when_restored(
    context: AppContext, tmp_path: Path
) -> None:
    old = tmp_path / "ledger-0001.sqlite3"
    old.write_bytes(
        (Path(__file__).parents[1] / "ledger" / "data" / "ledger-0001.sqlite3").read_bytes()
    )
    count = backups.read_backup(old).transactions
    backups.restore_backup(context, old)
    assert schema_revision(context.database.engine) == SCHEMA_HEAD
    assert backups.current_transactions(context) == count


def test_a_restore_that_fails_midway_leaves_the_ledger_as_it_was(
    context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = backups.make_backup(context)
    add(context, "12.50", "Blue Bottle")
    before = descriptions(context.paths.database)

    real_copy = backups._sqlite_copy

    def fail(source: sqlite3.Connection, target: Path) -> None:
        if not target.name.startswith(".ledger-restore-"):
            return real_copy(source, target)  # the safety backup is made
        source.close()
        target.write_bytes(b"half a ledger")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backups, "_sqlite_copy", fail)
    with pytest.raises(OSError, match="No space"):
        backups.restore_backup(context, made.path)
    assert descriptions(context.paths.database) == before
    assert not list(context.paths.home.glob(".ledger-restore-*"))
    assert len(backups.list_backups(context)) == 2  # the safety backup stays
