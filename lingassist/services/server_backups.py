"""Local backups of a ledger that lives on a database server, and the newest of them opened
read-only when the server cannot be used (unreachable, or refusing the login), so that the
person can still look at their books.

A server's ledger is copied table by table (the ``migrate-store`` copy, read in one
snapshot) into a SQLite file, ``auto-server-YYYYMMDD-HHMMSS.sqlite3``, in a folder of the
home's backups named after the server's login and its hash
(``backups/server-anna@nas.local_5432_household-1f2e3d4c``),
every `SNAPSHOT_EVERY` while the window is open and on ``lingassist backup``; the receipt
photos the server holds are fetched into the home's attachments folder at the same time.
The files rotate as the automatic backups of a SQLite ledger do, and are whole SQLite
ledgers: ``lingassist migrate-store --to home`` from the read-only copy makes a working local
ledger of one, should the server be gone for good.
"""

from __future__ import annotations

import hashlib
import os
import re
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from lingassist.config import AppPaths
from lingassist.core.errors import ServerUnavailable, UserFacingError
from lingassist.core.phrases import Phrase, phrase
from lingassist.core.private_files import make_private, private_folder
from lingassist.ledger.database import (
    SCHEMA_HEAD,
    Database,
    open_database,
    open_read_only,
    sqlite_url,
)
from lingassist.services import backups
from lingassist.services.backups import AUTOMATIC, Backup
from lingassist.services.database_password import account_of
from lingassist.services.store_migration import copy_ledger

if TYPE_CHECKING:
    from lingassist.services.context import AppContext

SNAPSHOT_EVERY = timedelta(hours=6)  # the only local view while the server is away
SERVER = "server"  # auto-server-20261202-140000.sqlite3


@dataclass(frozen=True)
class ReadOnlyBackup:
    """The local backup shown instead of a server's ledger that cannot be used.

    Attributes:
        backup: the backup file that is open.
        problem: what went wrong with the server, and what to do (a ServerUnavailable's
            message as a phrase, its English text for the command line; never the password).
        login_refused: the server answered but refused the user name or password.
    """

    backup: Backup
    problem: Phrase
    login_refused: bool

    @property
    def headline(self) -> str:
        """One line for a banner: what happened and what is shown."""
        return self.said_headline.text

    @property
    def said_headline(self) -> Phrase:
        """`headline` as a phrase, for a window in another language."""
        template = (
            "Server refused the login — showing your backup of {made}, read-only"
            if self.login_refused
            else "Server unreachable — showing your backup of {made}, read-only"
        )
        return phrase(template, made=self.made)

    @property
    def made(self) -> str:
        """When the backup was made, as shown to the person."""
        return f"{self.backup.created:%Y-%m-%d %H:%M}"

    @property
    def refusal(self) -> str:
        """Why a change is refused, and when it will work again."""
        return self.said_refusal.text

    @property
    def said_refusal(self) -> Phrase:
        """`refusal` as a phrase, for a window in another language."""
        return phrase(
            "Nothing was changed: this is your backup of {made}, opened read-only because the "
            "ledger's server cannot be used. Changes work again once LingAssist is restarted "
            "with the server reachable (and the right password).",
            made=self.made,
        )


def snapshot_folder(paths: AppPaths, url: str) -> Path:
    """The home's folder for local backups of the server ledger at `url`: one per login
    (user, host, port, database; never the password), readable and made unique by a hash."""
    login = account_of(url)
    readable = re.sub(r"[^A-Za-z0-9@._-]+", "_", login).strip("_")[-60:]
    digest = hashlib.sha256(login.encode("utf-8")).hexdigest()[:8]
    return backups.backups_folder(paths) / f"server-{readable}-{digest}"


def snapshot_server_ledger(
    context: AppContext, folder: Path | None = None, prefix: str = f"{AUTOMATIC}-{SERVER}"
) -> Backup:
    """Copy the server's ledger into a new SQLite backup (whole or not at all) in `folder`
    (default: its `snapshot_folder`), its photos fetched into the home and copied beside it
    (content-addressed: only new ones); rotate the automatic backups there.

    Raises:
        UserFacingError: the ledger open is already a read-only backup, or the folder
            cannot be written.
    """
    if context.read_only is not None:
        raise UserFacingError(context.read_only.said_refusal)
    from lingassist.services.photo_store import fetch_photos  # it imports the context

    target_folder = private_folder(
        folder or snapshot_folder(context.paths, context.settings.database_url)
    )
    partial = target_folder / f".partial-{os.getpid()}.sqlite3"
    partial.unlink(missing_ok=True)
    try:
        copy_ledger(context.database, sqlite_url(partial))
        _self_contained(partial)
        target = backups.new_backup_name(target_folder, prefix)
        os.replace(partial, target)
    finally:
        for leftover in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
            leftover.unlink(missing_ok=True)
    make_private(target)
    fetch_photos(context)
    backups.copy_missing_files(context.paths.attachments, target_folder / "attachments")
    if prefix.startswith(f"{AUTOMATIC}-"):
        backups.rotate(target_folder)
    return backups.read_backup(target)


def snapshot_if_due(context: AppContext, now: datetime | None = None) -> Backup | None:
    """A new local backup of the server's ledger when the newest is `SNAPSHOT_EVERY` old
    (or there is none) and the ledger holds transactions; else None."""
    if context.read_only is not None:
        return None
    newest = newest_snapshot(context.paths, context.settings.database_url)
    moment = now or datetime.now()
    if newest is not None and moment - newest.created < SNAPSHOT_EVERY:
        return None
    with context.database.engine.connect() as connection:
        if not connection.exec_driver_sql("SELECT 1 FROM transactions LIMIT 1").first():
            return None
    return snapshot_server_ledger(context)


def newest_snapshot(paths: AppPaths, url: str) -> Backup | None:
    """The newest readable local backup of the server ledger at `url`, or None."""
    found = backups.backups_in(snapshot_folder(paths, url))
    return found[-1] if found else None


def open_backup_instead(
    paths: AppPaths, url: str, problem: ServerUnavailable, *, person: str = ""
) -> tuple[Database, ReadOnlyBackup]:
    """The newest local backup of the server ledger at `url`, opened read-only, for when
    the server cannot be used (`problem`); `person` is who uses it.

    Raises:
        ServerUnavailable: there is no local backup to show; the message says so as well.
    """
    newest = newest_snapshot(paths, url)
    if newest is None:
        raise ServerUnavailable(
            phrase(
                "{problem} There is no local backup of this ledger to show instead (LingAssist "
                "makes one every few hours while the window is open, and on {command}).",
                problem=problem.said,
                command="'lingassist backup'",
            ),
            login_refused=problem.login_refused,
        ) from problem
    shown = ReadOnlyBackup(newest, problem.said, problem.login_refused)
    database = open_read_only(
        _at_this_schema(paths, newest.path), shown.said_refusal, entered_by=person
    )
    return database, shown


def _at_this_schema(paths: AppPaths, path: Path) -> Path:
    """`path` itself when it is at this LingAssist's schema; else a migrated copy of it in
    the cache (a backup made by an older LingAssist is never changed)."""
    with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as source:
        revision = source.execute("SELECT version_num FROM alembic_version").fetchone()
        if revision is not None and str(revision[0]) == SCHEMA_HEAD:
            return path
        copy = private_folder(paths.cache) / "server-backup-migrated.sqlite3"
        copy.unlink(missing_ok=True)
        with closing(sqlite3.connect(copy)) as target:
            source.backup(target)
    open_database(sqlite_url(copy)).close()
    _self_contained(copy)
    return copy


def _self_contained(path: Path) -> None:
    """One file, no write-ahead log beside it (so it opens read-only anywhere)."""
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("PRAGMA journal_mode=DELETE")
