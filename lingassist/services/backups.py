"""Backups a person can trust: online copies of the ledger (SQLite's backup API, so they
are whole even while the ledger is in use), the receipt photos beside them, and a restore
that checks the file first, backs up the current state, and never leaves a half ledger.

A backup is ``ledger-YYYYMMDD-HHMMSS.sqlite3`` (one self-contained file, 0600, in a 0700
folder) plus ``attachments/`` next to it, holding the content-addressed photos: a photo
already there is not copied again, so every backup after the first is incremental.

LingAssist also backs up by itself (``auto-<why>-YYYYMMDD-HHMMSS.sqlite3``): before a
migration changes the ledger's schema, before a bulk change (a rule applied to past
entries, a restore, an import), and once a day while the window is open. Those are
rotated (`backup_rotation`) and copied to the second backup folder when one is set; a
second folder that cannot be written (a disk not plugged in) is logged and skipped, never
an error for the change that asked for the backup.
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from lingassist.config import AppPaths, Settings
from lingassist.core.errors import UserFacingError
from lingassist.core.home_lock import alone_in
from lingassist.core.phrases import phrase
from lingassist.core.private_files import make_private, private_file, private_folder
from lingassist.ledger.database import SCHEMA_HEAD, migrate
from lingassist.services.backup_rotation import to_keep

if TYPE_CHECKING:
    from lingassist.services.context import AppContext

log = logging.getLogger(__name__)

STAMP = "%Y%m%d-%H%M%S"
MANUAL = "ledger"  # ledger-20261202-140000.sqlite3, made by the person
AUTOMATIC = "auto"  # auto-daily-20261202-140000.sqlite3, made by LingAssist (and rotated)
PATTERNS = (f"{MANUAL}-*.sqlite3", f"{AUTOMATIC}-*.sqlite3")
DAILY_EVERY = timedelta(days=1)
BEFORE_MIGRATION = "before-migration"
BEFORE_RESTORE = "before-restore"
BEFORE_RULE = "before-rule"
BEFORE_IMPORT = "before-import"
DAILY = "daily"


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

    @property
    def automatic(self) -> bool:
        """Made by LingAssist itself (and so rotated), not by the person."""
        return self.path.name.startswith(f"{AUTOMATIC}-")

    @property
    def reason(self) -> str:
        """Why it was made: "by you", "daily", "before migration", "before restore"…"""
        if not self.automatic:
            return "by you"
        words = self.path.stem.split("-")[1:-2]  # auto-<reason words>-<date>-<time>
        return " ".join(words) or "automatic"


def backups_folder(paths: AppPaths) -> Path:
    """The home's own backups folder."""
    return paths.home / "backups"


def make_backup(context: AppContext, folder: Path | None = None) -> Backup:
    """Back up the open ledger and its photos into `folder` (default: the home's backups).

    A ledger on a database server is copied into a local SQLite file (`server_backups`).

    Raises:
        UserFacingError: the folder cannot be written, or the ledger open is a read-only
            backup itself.
    """
    if context.settings.database_url:
        from lingassist.services.server_backups import snapshot_server_ledger

        return snapshot_server_ledger(context, folder, prefix=MANUAL)
    return back_up_ledger(context.paths, folder)


def back_up_ledger(paths: AppPaths, folder: Path | None = None, prefix: str = MANUAL) -> Backup:
    """Copy the ledger file (consistently, even while other processes use it) and the
    attachments not yet in `folder`; return the new backup, named ``prefix-<time>``."""
    target_folder = _writable_folder(folder or backups_folder(paths))
    source = _in_place(paths.database)
    target = private_file(new_backup_name(target_folder, prefix))
    try:
        _sqlite_copy(source, target)
    except sqlite3.Error as error:
        target.unlink(missing_ok=True)
        raise UserFacingError(
            phrase("Could not back up {path}: {error}.", path=str(paths.database), error=str(error))
        ) from error
    copy_missing_files(paths.attachments, target_folder / "attachments")
    return read_backup(target)


def list_backups(context: AppContext, folder: Path | None = None) -> list[Backup]:
    """The backups in `folder` (default: the home's backups), oldest first; files that are
    not readable ledgers are left out. A server's ledger has its own folder of local
    backups."""
    if folder is None and context.settings.database_url:
        from lingassist.services.server_backups import snapshot_folder

        folder = snapshot_folder(context.paths, context.settings.database_url)
    return backups_in(folder or backups_folder(context.paths))


def backups_in(folder: Path) -> list[Backup]:
    """The readable backups in `folder`, oldest first."""
    found = []
    for path in _backup_files(folder):
        try:
            found.append(read_backup(path))
        except UserFacingError:
            continue
    return sorted(found, key=lambda backup: (backup.created, backup.path.stat().st_mtime_ns))


def _backup_files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(path for pattern in PATTERNS for path in folder.glob(pattern))


def read_backup(path: Path) -> Backup:
    """Describe a backup file, reading it read-only.

    Raises:
        UserFacingError: it is not a readable LingAssist ledger.
    """
    transactions = check_ledger_file(path)  # first: it says when there is no such file
    return Backup(path, _created(path), path.stat().st_size, transactions)


def check_ledger_file(path: Path) -> int:
    """Check that `path` is a whole, readable LingAssist ledger; return its transaction
    count.

    Raises:
        UserFacingError: no such file, not a SQLite database, damaged (integrity check), not
            a LingAssist ledger, or from a newer LingAssist.
    """
    if not path.exists():
        raise UserFacingError(phrase("There is no file {path}.", path=str(path)))
    if not path.is_file():
        raise UserFacingError(phrase("{path} is not a file.", path=str(path)))
    try:
        with closing(_read_only(path)) as connection:
            return _checked_count(path, connection)
    except sqlite3.Error as error:
        raise UserFacingError(
            phrase(
                "{path} is not a readable LingAssist ledger ({error}).",
                path=str(path),
                error=str(error),
            )
        ) from error


def restorable(context: AppContext, path: Path) -> Backup:
    """The backup at `path`, checked for restoring over the open ledger.

    Raises:
        UserFacingError: not a readable LingAssist ledger, the ledger itself, or a ledger
            that is not a SQLite file in the home.
    """
    backup = read_backup(path)
    if context.settings.database_url:
        raise UserFacingError(phrase("Restoring covers the SQLite ledger in the home folder only."))
    if path.resolve() == context.paths.database.resolve():
        raise UserFacingError(
            phrase(
                "{path} is the ledger itself: give a backup to restore (lingassist backups "
                "lists them).",
                path=str(path),
            )
        )
    return backup


def restore_backup(context: AppContext, path: Path) -> tuple[Backup, Backup]:
    """Replace the open ledger with the backup at `path`, after backing up the current
    state; return (the restored backup, the safety backup made first).

    Raises:
        UserFacingError: `path` is not a readable LingAssist ledger (nothing is changed).
    """
    backup = restorable(context, path)
    with alone_in(context.paths.home):
        safety = automatic_backup(context.paths, context.settings, BEFORE_RESTORE)
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
    with alone_in(paths.home):
        kept = _keep_damaged(paths)
        _replace_ledger(paths, backup, close=lambda: None)
    return backup, kept


def automatic_backup(paths: AppPaths, settings: Settings, why: str) -> Backup:
    """Back up the ledger by LingAssist's own decision (`why`: ``daily``,
    ``before-migration``…), rotate the automatic backups, and copy the new one to the
    second backup folder when one is set."""
    made = back_up_ledger(paths, prefix=f"{AUTOMATIC}-{why}")
    rotate(made.path.parent)
    if settings.second_backup_folder:
        _mirror(made, Path(settings.second_backup_folder).expanduser())
    return made


def before_bulk_change(context: AppContext, why: str) -> Backup | None:
    """An automatic backup before a change to many entries at once (`why`: ``BEFORE_RULE``,
    ``BEFORE_IMPORT``); None on a ledger that is not a SQLite file in the home."""
    if context.settings.database_url:
        return None
    return automatic_backup(context.paths, context.settings, why)


def before_migration(paths: AppPaths, settings: Settings) -> Backup | None:
    """An automatic backup of an existing ledger whose schema is older than this
    LingAssist's, before it is migrated; None when there is nothing to migrate (or the file
    cannot be read: opening it says so)."""
    if settings.database_url or not paths.database.is_file():
        return None
    try:
        with closing(_read_only(paths.database)) as connection:
            tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
            if "alembic_version" not in tables:
                return None
            revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:
        return None
    if revision is None or str(revision[0]) >= SCHEMA_HEAD:
        return None
    return automatic_backup(paths, settings, BEFORE_MIGRATION)


def daily_backup_if_due(context: AppContext, now: datetime | None = None) -> Backup | None:
    """The day's automatic backup, when the newest backup is a day old (or there is none)
    and the ledger holds transactions; else None. A server's ledger gets a local copy
    more often (`server_backups.snapshot_if_due`)."""
    if context.settings.database_url:
        from lingassist.services.server_backups import snapshot_if_due

        return snapshot_if_due(context, now)
    newest = newest_backup_file(backups_folder(context.paths))
    moment = now or datetime.now()
    if newest is not None and moment - _created(newest) < DAILY_EVERY:
        return None
    if current_transactions(context) == 0:
        return None
    return automatic_backup(context.paths, context.settings, DAILY)


def rotate(folder: Path, now: datetime | None = None) -> list[Path]:
    """Delete the automatic backups in `folder` that `backup_rotation` does not keep;
    return them. The photos stay: other backups may refer to them."""
    automatic = sorted(folder.glob(f"{AUTOMATIC}-*.sqlite3"))
    kept = to_keep([_created(path) for path in automatic], now or datetime.now())
    dropped = [path for index, path in enumerate(automatic) if index not in kept]
    for path in dropped:
        path.unlink(missing_ok=True)
    return dropped


def newest_backup_file(folder: Path) -> Path | None:
    """The most recently made backup file in `folder` (by its name), unread."""
    return max(_backup_files(folder), key=_created, default=None)


def _mirror(backup: Backup, folder: Path) -> None:
    """Copy `backup` and its missing photos into `folder` and rotate there; a folder that
    cannot be written is logged, not raised."""
    try:
        target = private_folder(folder) / backup.path.name
        partial = private_file(target.with_name(target.name + ".part"))
        shutil.copyfile(backup.path, partial)
        os.replace(partial, target)
        copy_missing_files(backup.path.parent / "attachments", folder / "attachments")
        rotate(folder)
    except OSError as error:
        log.warning("could not copy the backup to the second backup folder: %s", error.strerror)


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
    kept = new_backup_name(folder, "damaged-ledger")
    for source, suffix in zip(paths.database_files, ("", "-wal", "-shm"), strict=True):
        if source.exists():
            destination = private_file(Path(f"{kept}{suffix}"))
            shutil.copyfile(source, destination)
    return kept


def _checked_count(path: Path, connection: sqlite3.Connection) -> int:
    verdict = connection.execute("PRAGMA integrity_check").fetchone()[0]
    if verdict != "ok":
        raise UserFacingError(
            phrase(
                "{path} is damaged (integrity check: {verdict}).",
                path=str(path),
                verdict=str(verdict),
            )
        )
    tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    if not {"transactions", "alembic_version"} <= tables:
        raise UserFacingError(
            phrase("{path} is a SQLite database but not a LingAssist ledger.", path=str(path))
        )
    revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    if revision is None or str(revision[0]) > SCHEMA_HEAD:
        raise UserFacingError(
            phrase("{path} comes from a newer LingAssist; update LingAssist first.", path=str(path))
        )
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
        raise UserFacingError(phrase("There is no ledger at {path} to back up.", path=str(ledger)))
    return sqlite3.connect(ledger, timeout=10)


def _writable_folder(folder: Path) -> Path:
    if folder.expanduser().exists() and not folder.expanduser().is_dir():
        raise UserFacingError(
            phrase(
                "{folder} is a file, not a folder: give a folder for the backups (it is made "
                "when missing), e.g. one on another disk.",
                folder=str(folder),
            )
        )
    try:
        return private_folder(folder.expanduser())
    except OSError as error:
        raise UserFacingError(
            phrase(
                "Cannot write backups to {folder}: {error}. Give a folder you can write to.",
                folder=str(folder),
                error=str(error.strerror),
            )
        ) from error


def new_backup_name(folder: Path, prefix: str) -> Path:
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
