"""``migrate-store`` (move the whole ledger to another database and back, verified) and
``database`` (which database the home uses; its password goes to the system keyring)."""

from __future__ import annotations

import argparse
import sys

from lingassist.config import save_settings
from lingassist.core.errors import UserFacingError
from lingassist.ledger import server
from lingassist.ledger.database import sqlite_url
from lingassist.services.context import AppContext
from lingassist.services.database_password import store_password
from lingassist.services.photo_store import fetch_photos
from lingassist.services.store_migration import move_store

HOME = "home"  # --to home: the home folder's own SQLite file


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add ``migrate-store`` and ``database`` to the command line."""
    move = commands.add_parser(
        "migrate-store",
        help="copy the whole ledger to another (empty) database, compare every balance and "
        "report, and use it from then on",
    )
    move.add_argument(
        "--to",
        required=True,
        metavar="URL",
        help="postgresql+psycopg://USER@HOST/DATABASE (empty), or 'home' for the home "
        "folder's SQLite file",
    )
    move.add_argument(
        "--keep-using-current",
        action="store_true",
        help="only copy and compare; the home keeps using the current ledger",
    )
    move.set_defaults(handler=_migrate_store)

    database = commands.add_parser(
        "database", help="show or set the database this home uses (password to the keyring)"
    )
    database.add_argument(
        "--url",
        default=None,
        help="a server's URL, e.g. postgresql+psycopg://USER@HOST/DATABASE; '' for the SQLite "
        "file. TLS is used whenever the server offers it (sslmode=prefer); "
        "?sslmode=verify-full&sslrootcert=CA.crt insists on it and checks the certificate",
    )
    database.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password from standard input into the system keyring",
    )
    database.set_defaults(handler=_database)


def _migrate_store(context: AppContext, arguments: argparse.Namespace) -> int:
    target = _target_url(context, arguments.to)
    if server.masked(target) == context.database.url or target == context.database.url:
        raise UserFacingError("That is the ledger in use already: give another database.")
    fetched = fetch_photos(context)  # leaving a server: every photo into this home's folder
    if fetched:
        print(
            f"{fetched} photos attached on other computers copied into {context.paths.attachments}"
        )
    print(f"Copying the ledger from {context.database.url} to {server.masked(target)} …")
    moved = move_store(
        context.database,
        target,
        photos=context.paths.attachments,
        progress=lambda line: print(f"  {line}"),
    )
    width = max(len(check.name) for check in moved.checks)
    print(f"\n{'figure':<{width}}  {'before':>16}  {'after':>16}  same")
    for check in moved.checks:
        mark = "yes" if check.same else "NO"
        print(f"{check.name:<{width}}  {check.before:>16}  {check.after:>16}  {mark}")
    differing = [c for c in moved.checks if not c.same]
    print(
        f"\n{moved.rows} rows copied; {len(moved.checks)} figures compared, "
        f"{len(differing)} differ."
    )
    if differing:
        print("The copy differs: the home keeps using the current ledger.", file=sys.stderr)
        return 1
    if arguments.keep_using_current:
        print("The home keeps using the current ledger (--keep-using-current).")
        return 0
    _use(context, target)
    return 0


def _target_url(context: AppContext, to: str) -> str:
    if to.strip().lower() == HOME:
        if context.paths.database.exists() and context.paths.database.stat().st_size > 0:
            raise UserFacingError(
                f"{context.paths.database} exists already: move it away first, so that nothing "
                "is overwritten."
            )
        return sqlite_url(context.paths.prepare_database_file())
    server.parse(to)  # a clear message for a malformed URL
    return to


def _use(context: AppContext, url: str) -> None:
    """From now on the home opens `url` (a server's password goes to the keyring)."""
    shown = "" if url.startswith("sqlite") else server.without_password(url)
    password = server.password_of(url)
    if password:
        try:
            store_password(url, password)
        except UserFacingError as error:
            print(f"lingassist: {error}", file=sys.stderr)
    save_settings(context.paths, context.settings.with_changes(database_url=shown))
    print(f"The home now uses {server.masked(url) if shown else 'its own SQLite file'}.")


def _database(context: AppContext, arguments: argparse.Namespace) -> int:
    url = context.settings.database_url if arguments.url is None else arguments.url
    if arguments.password_stdin:
        if not server.is_server_url(url):
            raise UserFacingError("Give a server's URL with --url to store a password for it.")
        store_password(url, sys.stdin.readline().rstrip("\n"))
        print("The password is in the system keyring.")
    if arguments.url is not None:
        kept = server.without_password(url) if server.is_server_url(url) else ""
        if password := server.password_of(url):
            store_password(url, password)  # never into settings.json
        save_settings(context.paths, context.settings.with_changes(database_url=kept))
    shown = server.masked(url) if url else f"{context.paths.database} (SQLite)"
    print(f"This home uses {shown}.")
    return 0
