"""Opening a LingAssist home: paths, settings, the ledger and the clock, passed around as one."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy.exc import DatabaseError

from lingassist.config import AppPaths, Settings, load_settings, save_settings
from lingassist.core.accounts import AccountKind, AccountType
from lingassist.core.errors import DamagedLedger
from lingassist.ledger.database import Database, open_database, sqlite_url
from lingassist.ledger.journal import begin_change, make_permanent
from lingassist.ledger.repository import create_account, money_accounts
from lingassist.ledger.taxonomy import seed_categories
from lingassist.services.backups import backups_folder, before_migration, newest_backup_file
from lingassist.services.categorization import CategoryAdvisor

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
    """

    paths: AppPaths
    settings: Settings
    database: Database
    advisor: CategoryAdvisor
    today: Callable[[], date] = field(default=date.today)


def open_home(home: Path, *, today: Callable[[], date] = date.today) -> AppContext:
    """Open (and on first use create) a home: folders, settings, migrated and seeded ledger."""
    paths = AppPaths(home).ensure()
    settings = load_settings(paths)
    if not paths.settings.exists():
        save_settings(paths, settings)
    before_migration(paths, settings)
    try:
        database = open_database(settings.database_url or sqlite_url(paths.prepare_database_file()))
    except DatabaseError as error:
        raise DamagedLedger(_damaged_message(paths, error)) from error
    prepare_ledger(database, settings)
    return AppContext(paths, settings, database, CategoryAdvisor(database), today)


def _damaged_message(paths: AppPaths, error: DatabaseError) -> str:
    """What to say when the ledger file cannot be read, and what the person can do."""
    reason = str(error.orig) if error.orig is not None else "it cannot be read"
    newest = newest_backup_file(backups_folder(paths))
    restore = (
        f"The newest backup is {newest}: 'lingassist restore {newest}' puts it back."
        if newest is not None
        else f"There is no backup in {backups_folder(paths)}."
    )
    return (
        f"The ledger {paths.database} is damaged ({reason}); nothing was changed. {restore} "
        "To start a new ledger instead, move the damaged file away first."
    )


def prepare_ledger(database: Database, settings: Settings) -> None:
    """Seed the taxonomy's categories, the person's first (checking) account and a cash
    account, once."""
    with database.sessions.begin() as session:
        seed_categories(session, settings.default_currency)
        if money_accounts(session=session):
            return
        change = begin_change(session, "Create starter accounts")
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
