"""Backups a person can trust: online copies of the ledger (SQLite's backup API, so they
are whole even while the ledger is in use), the receipt photos beside them, and a restore
that checks the file first, backs up the current state, and never leaves a half ledger.

A backup is ``ledger-YYYYMMDD-HHMMSS.sqlite3`` (one self-contained file, 0600, in a 0700
folder) plus ``attachments/`` next to it, holding the content-addressed photos: a photo
already there is not copied again, so every backup after the first is incremental.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from lingassist.config import AppPaths
from lingassist.core.errors import UserFacingError
from lingassist.core.private_files import make_private, private_file, private_folder
from lingassist.ledger.database import SCHEMA_HEAD, migrate
from lingassist.services.context import AppContext

STAMP = "%Y%m%d-%H%M%S"
PATTERN = "ledger-*.sqlite3"


@dataclass(frozen=True)
class Backup:
    """One backup file of the ledger.

    Attributes:
        path: the backup file.
        created: when it was made (from its name, else the file's modification time).
        size: bytes of the file.
        transactions: how many transactions it holds.
    """

    path: Path
    created: datetime
    size: int
    transactions: int


def backups_folder(paths: AppPaths) -> Path:
    """The home's own backups folder."""
    return paths.home / "backups"


def make_backup(context: AppContext, folder: Path | None = None) -> Backup:
    """Back up the open ledger and its photos into `folder` (default: the home's backups).

    Raises:
        UserFacingError: the ledger is not a SQLite file in the home (a database URL), or
            the folder cannot be written.
    """
    if context.settings.database_url:
        raise UserFacingError("Backups cover the SQLite ledger in the home folder only.")
    return back_up_ledger(context.paths, folder)


def back_up_ledger(paths: AppPaths, folder: Path | None = None) -> Backup:
    """Copy the ledger file (consistently, even while other processes use it) and the
    attachments not yet in `folder`; return the new backup."""
    target_folder = _writable_folder(folder or backups_folder(paths))
    source = _in_place(paths.database)
    target = private_file(_new_name(target_folder, "ledger"))
    try:
        _sqlite_copy(source, target)
    except sqlite3.Error as error:
        target.unlink(missing_ok=True)
        raise UserFacingError(f"Could not back up {paths.database}: {error}.") from error
    copy_missing_files(paths.attachments, target_folder / "attachments")
    return read_backup(target)


def list_backups(context: AppContext, folder: Path | None = None) -> list[Backup]:
    """The backups in `folder` (default: the home's backups), oldest first; files that are
    not readable ledgers are left out."""
    where = folder or backups_folder(context.paths)
    found = []
    for path in sorted(where.glob(PATTERN)) if where.is_dir() else []:
        try:
            found.append(read_backup(path))
        except UserFacingError:
            continue
    return sorted(found, key=lambda backup: (backup.created, backup.path.stat().st_mtime_ns))


def read_backup(path: Path) -> Backup:
    """Describe a backup file, reading it read-only.

    Raises:
        UserFacingError: it is not a readable LingAssist ledger.
    """
    return Backup(path, _created(path), path.stat().st_size, check_ledger_file(path))


def check_ledger_file(path: Path) -> int:
    """Check that `path` is a whole, readable LingAssist ledger; return its transaction
    count.

    Raises:
        UserFacingError: no such file, not a SQLite database, damaged (integrity check), not
            a LingAssist ledger, or from a newer LingAssist.
    """
    if not path.is_file():
        raise UserFacingError(f"{path} is not a file.")
    try:
        with closing(_read_only(path)) as connection:
            return _checked_count(path, connection)
    except sqlite3.Error as error:
        raise UserFacingError(f"{path} is not a readable LingAssist ledger ({error}).") from error


def restore_backup(context: AppContext, path: Path) -> tuple[Backup, Backup]:
    """Replace the open ledger with the backup at `path`, after backing up the current
    state; return (the restored backup, the safety backup made first).

    Raises:
        UserFacingError: `path` is not a readable LingAssist ledger (nothing is changed).
    """
    backup = read_backup(path)
    safety = make_backup(context)
    _replace_ledger(context.paths, backup, close=context.database.close)
    migrate(context.database.engine)  # a backup from an older LingAssist, used at once
    return backup, safety


def restore_damaged(paths: AppPaths, path: Path) -> tuple[Backup, Path]:
    """Replace a ledger that cannot be opened with the backup at `path`; the damaged files
    are first kept as they are (``damaged-…``) in the backups folder. Returns (the restored
    backup, the kept copy of the damaged ledger).

    Raises:
        UserFacingError: `path` is not a readable LingAssist ledger (nothing is changed).
    """
    backup = read_backup(path)
    kept = _keep_damaged(paths)
    _replace_ledger(paths, backup, close=lambda: None)
    return backup, kept


def current_transactions(context: AppContext) -> int:
    """How many transactions the open ledger holds."""
    with closing(_in_place(context.paths.database)) as connection:
        return int(connection.execute("SELECT COUNT(*) FROM transactions").fetchone()[0])


def copy_missing_files(source: Path, target: Path) -> int:
    """Copy every file under `source` that `target` lacks (same relative path; names are
    content hashes, so a present name is the same photo); return how many were copied."""
    if not source.is_dir():
        return 0
    private_folder(target)
    copied = 0
    for file in sorted(source.rglob("*")):
        destination = target / file.relative_to(source)
        if not file.is_file() or file.suffix == ".part" or destination.exists():
            continue
        private_folder(destination.parent)
        partial = private_file(destination.with_name(destination.name + ".part"))
        shutil.copyfile(file, partial)
        os.replace(partial, destination)
        copied += 1
    return copied


def _replace_ledger(paths: AppPaths, backup: Backup, *, close: Callable[[], None]) -> None:
    """Copy the backup into a temporary file beside the ledger, then swap it in whole."""
    temporary = private_file(paths.home / f".ledger-restore-{os.getpid()}.sqlite3")
    try:
        _sqlite_copy(_read_only(backup.path), temporary)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    close()  # checkpoints: the ledger's own data is whole in the safety backup anyway
    for companion in paths.database_files[1:]:
        companion.unlink(missing_ok=True)  # a stale write-ahead log must not be replayed
    os.replace(temporary, paths.database)
    make_private(paths.database)
    copy_missing_files(backup.path.parent / "attachments", paths.attachments)


def _keep_damaged(paths: AppPaths) -> Path:
    folder = _writable_folder(backups_folder(paths))
    kept = _new_name(folder, "damaged-ledger")
    for source, suffix in zip(paths.database_files, ("", "-wal", "-shm"), strict=True):
        if source.exists():
            destination = private_file(Path(f"{kept}{suffix}"))
            shutil.copyfile(source, destination)
    return kept


def _checked_count(path: Path, connection: sqlite3.Connection) -> int:
    verdict = connection.execute("PRAGMA integrity_check").fetchone()[0]
    if verdict != "ok":
        raise UserFacingError(f"{path} is damaged (integrity check: {verdict}).")
    tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    if not {"transactions", "alembic_version"} <= tables:
        raise UserFacingError(f"{path} is a SQLite database but not a LingAssist ledger.")
    revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    if revision is None or str(revision[0]) > SCHEMA_HEAD:
        raise UserFacingError(f"{path} comes from a newer LingAssist; update LingAssist first.")
    return int(connection.execute("SELECT COUNT(*) FROM transactions").fetchone()[0])


def _sqlite_copy(source: sqlite3.Connection, target: Path) -> None:
    """Copy a database page by page with SQLite's backup API into a one-file database."""
    try:
        with closing(sqlite3.connect(target)) as copy:
            source.backup(copy)
            copy.execute("PRAGMA journal_mode=DELETE")  # self-contained: no -wal beside it
    finally:
        source.close()


def _read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def _in_place(ledger: Path) -> sqlite3.Connection:
    """A connection to the live ledger. Not read-only: SQLite then makes any missing
    ``-wal``/``-shm`` with the ledger's own mode (0600), not the umask's."""
    if not ledger.is_file():
        raise UserFacingError(f"There is no ledger at {ledger} to back up.")
    return sqlite3.connect(ledger, timeout=10)


def _writable_folder(folder: Path) -> Path:
    try:
        return private_folder(folder.expanduser())
    except OSError as error:
        raise UserFacingError(f"Cannot write backups to {folder}: {error.strerror}.") from error


def _new_name(folder: Path, prefix: str) -> Path:
    """``prefix-YYYYMMDD-HHMMSS.sqlite3``, with ``_2``, ``_3``… when that second is taken
    (``_`` sorts after ``.``, so names sort in the order the backups were made)."""
    stamp = datetime.now().strftime(STAMP)
    path = folder / f"{prefix}-{stamp}.sqlite3"
    number = 1
    while path.exists():
        number += 1
        path = folder / f"{prefix}-{stamp}_{number}.sqlite3"
    return path


def _created(path: Path) -> datetime:
    parts = path.stem.split("-")
    try:
        return datetime.strptime(f"{parts[-2]}-{parts[-1][:6]}", STAMP)
    except (IndexError, ValueError):
        return datetime.fromtimestamp(path.stat().st_mtime)
