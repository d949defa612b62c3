"""Opening a LingAssist home: paths, settings, the ledger and the clock, passed around as one."""

from __future__ import annotations

import getpass
import socket
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.exc import DatabaseError

from lingassist.config import AppPaths, Settings, load_settings, save_settings
from lingassist.core.accounts import AccountKind, AccountType
from lingassist.core.errors import DamagedLedger, ServerUnavailable
from lingassist.core.phrases import Phrase, phrase
from lingassist.ledger import server
from lingassist.ledger.database import Database, open_database, sqlite_url
from lingassist.ledger.journal import begin_change, make_permanent
from lingassist.ledger.repository import create_account, money_accounts
from lingassist.ledger.taxonomy import seed_categories
from lingassist.services.backups import backups_folder, before_migration, newest_backup_file
from lingassist.services.categorization import CategoryAdvisor
from lingassist.services.database_password import stored_password

if TYPE_CHECKING:
    from lingassist.services.server_backups import ReadOnlyBackup

CASH = "Cash"


@dataclass(frozen=True)
class AppContext:
    """Everything a use case needs, created once by a composition root.

    Attributes:
        paths: the home folder's layout.
        settings: the person's preferences.
        database: the open ledger.
        advisor: suggests categories and learns from the person's corrections.
        today: the clock (a function, so tests can fix the date).
        read_only: set when the ledger's server could not be used and its newest local
            backup is open instead, read-only (what happened, and which backup).
    """

    paths: AppPaths
    settings: Settings
    database: Database
    advisor: CategoryAdvisor
    today: Callable[[], date] = field(default=date.today)
    read_only: ReadOnlyBackup | None = None


def open_home(
    home: Path, *, today: Callable[[], date] = date.today, database_url: str | None = None
) -> AppContext:
    """Open (and on first use create) a home: folders, settings, migrated and seeded ledger.

    `database_url` (``--database-url``) puts the ledger in that database for this run
    instead of the one the settings name. When that server cannot be reached or refuses
    the login, the newest local backup of its ledger is opened read-only instead
    (`read_only` says so).

    Raises:
        ServerUnavailable: the server cannot be used and there is no local backup.
    """
    paths = AppPaths(home).ensure()
    settings = load_settings(paths)
    if not paths.settings.exists():
        save_settings(paths, settings)
    if database_url:
        settings = settings.with_changes(database_url=database_url)
    before_migration(paths, settings)
    try:
        database = _open_ledger(paths, settings)
    except ServerUnavailable as problem:
        from lingassist.services.server_backups import open_backup_instead

        person = settings.person or default_person()
        backup, shown = open_backup_instead(paths, settings.database_url, problem, person=person)
        return AppContext(paths, settings, backup, CategoryAdvisor(backup), today, shown)
    except DatabaseError as error:
        raise DamagedLedger(_damaged_message(paths, settings, error)) from error
    prepare_ledger(database, settings)
    return AppContext(paths, settings, database, CategoryAdvisor(database), today)


def _open_ledger(paths: AppPaths, settings: Settings) -> Database:
    """The home's SQLite file, or the server the settings name (its password from the
    system keyring when the URL carries none)."""
    url, who = settings.database_url, settings.person or default_person()
    if not server.is_server_url(url):
        return open_database(url or sqlite_url(paths.prepare_database_file()), entered_by=who)
    password = None if server.password_of(url) else stored_password(url)
    return open_database(url, password=password, entered_by=who)


def default_person() -> str:
    """``login@computer``: who enters changes when the settings name no one."""
    try:
        login = getpass.getuser()
    except (KeyError, OSError):  # no user name in the environment or the password database
        login = "someone"
    return f"{login}@{socket.gethostname() or 'this computer'}"


def _damaged_message(paths: AppPaths, settings: Settings, error: DatabaseError) -> Phrase:
    """What to say when the ledger file cannot be read, and what the person can do (the
    database's own reason as it gave it)."""
    reason = str(error.orig) if error.orig is not None else "it cannot be read"
    if server.is_server_url(settings.database_url):
        return phrase(
            "The ledger on {server} cannot be read ({reason}); nothing was changed.",
            server=server.masked(settings.database_url),
            reason=server.masked(reason),
        )
    newest = newest_backup_file(backups_folder(paths))
    restore = (
        phrase(
            "The newest backup is {backup}: {command} puts it back.",
            backup=str(newest),
            command=f"'lingassist restore {newest}'",
        )
        if newest is not None
        else phrase("There is no backup in {folder}.", folder=str(backups_folder(paths)))
    )
    return phrase(
        "The ledger {path} is damaged ({reason}); nothing was changed. {restore} To start a "
        "new ledger instead, move the damaged file away first.",
        path=str(paths.database),
        reason=reason,
        restore=restore,
    )


def prepare_ledger(database: Database, settings: Settings) -> None:
    """Seed the taxonomy's categories, the person's first (checking) account and a cash
    account, once."""
    with database.sessions.begin() as session:
        seed_categories(session, settings.default_currency)
        if money_accounts(session=session):
            return
        change = begin_change(session, phrase("Create starter accounts"))
        first = settings.default_account.strip() or "Checking"
        starters = [(first, AccountKind.CHECKING)] + (
            [(CASH, AccountKind.CASH)] if first.lower() != "cash" else []
        )
        for name, kind in starters:
            create_account(
                name,
                AccountType.ASSET,
                kind,
                settings.default_currency,
                session=session,
                change=change,
            )
        make_permanent(change)
