"""The ``lingassist`` command: the window with no arguments, or a subcommand.

This is a composition root: it reads the home folder, opens the ledger, and hands both to
the services (or to the window). Qt is imported only when a window is wanted. Each
``*_commands`` module registers its subcommands with a handler.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from lingassist.cli.command_index import COMMANDS, command_modules
from lingassist.config import (
    AppPaths,
    default_home,
    load_settings,
    save_settings,
    system_defaults,
    window_language,
)
from lingassist.core.errors import DamagedLedger, UserFacingError
from lingassist.core.home_lock import hold_shared, release
from lingassist.core.log_privacy import PrivateFormatter, debug_logging
from lingassist.core.phrases import phrase
from lingassist.core.private_files import PrivateRotatingFileHandler, private_folder

if TYPE_CHECKING:  # the ledger's modules load once the command line is read (not for --help)
    from lingassist.services.context import AppContext

log = logging.getLogger("lingassist")
EXIT_USER_ERROR = 2


def build_parser(
    modules: Sequence[str] | None = None, *, list_others: bool = True
) -> argparse.ArgumentParser:
    """The command line: every command's own arguments, or only those of the command
    modules named in `modules` (imported here). With `list_others`, the other commands are
    listed with their help from `COMMANDS`, so that ``--help`` and a mistyped name still
    show them all (a known command's own parser does not need them)."""
    parser = _global_options()
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in command_modules() if modules is None else modules:
        importlib.import_module(f"lingassist.cli.{module}").register(commands)
    for name, entry in COMMANDS.items() if list_others else ():
        if name not in commands.choices:
            commands.add_parser(name, help=entry.help, add_help=False)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    whole_process = argv is None  # not a test calling main
    if whole_process:
        gc.disable()  # until the home is open: see _started
    arguments = _parse([_readable(word) for word in (sys.argv[1:] if argv is None else argv)])
    context: AppContext | None = None
    try:
        try:
            context = _open(arguments)
        except DamagedLedger:
            if getattr(arguments, "when_damaged", None) is None:
                raise
            return int(arguments.when_damaged(AppPaths(_home(arguments)), arguments))
        if whole_process:
            _started()
        hold_shared(context.paths.home)  # a restore elsewhere waits for this process
        _log_to(context.paths.logs)
        _say_if_read_only(context)
        if arguments.command is None:
            return _window(context, arguments)
        return int(arguments.handler(context, arguments))
    except UserFacingError as error:
        print(f"lingassist: {error}", file=sys.stderr)
        if context is None:
            _tell_in_a_window(arguments, error)
        return EXIT_USER_ERROR
    except Exception as error:  # noqa: BLE001 - the one place unexpected errors are shown
        if context is not None:  # before the home is open there is no log to write to
            log.exception("unexpected error")
        where = (
            f"details in {context.paths.logs / 'lingassist.log'}"
            if context is not None
            else "it happened while opening the home, before its log was open"
        )
        print(f"lingassist: unexpected error: {error} ({where})", file=sys.stderr)
        if context is None:
            _tell_in_a_window(arguments, error)
        return 1
    finally:
        if context is not None:
            _close(context)
        if whole_process:
            _no_collection_at_exit()


def _tell_in_a_window(arguments: argparse.Namespace, error: Exception) -> None:
    """When the window was asked for and the home could not be opened, say why in a
    message box too: started from a launcher, nobody sees the terminal. It speaks the
    home's settings language, else the system's."""
    if arguments.command is not None or arguments.selftest or arguments.screenshot:
        return
    from lingassist.gui.start_error import can_show, show_start_error

    if not can_show():
        return
    try:
        settings = load_settings(AppPaths(_home(arguments)))
    except UserFacingError:  # a damaged settings file: the system's language
        settings = system_defaults()
    try:
        show_start_error(error, settings)
    except Exception:  # noqa: BLE001 - the terminal has the message already
        log.exception("could not show why LingAssist did not start")


def _started() -> None:
    """Start-up (the command's modules, SQLAlchemy, the open ledger) makes ~80,000 objects
    that live as long as the process; searching them for reference cycles while they are
    made, again and again, cost ~0.03 s of every command. The search is paused until the
    home is open, then they are set aside for good (``gc.freeze``: with them the little
    garbage start-up made, under 1% of its objects) and it resumes for what the command or
    the window makes."""
    gc.freeze()
    gc.enable()


def _no_collection_at_exit() -> None:
    """Let the interpreter end without searching every object made so far for reference
    cycles: they all go when the process does, and the search costs more than the command
    (~0.05 s once SQLAlchemy is loaded, ~0.08 s with the window's modules). The ledger is
    closed and the log's handlers flush at exit (``atexit``) as before."""
    gc.freeze()


def _say_if_read_only(context: AppContext) -> None:
    """When the server could not be used: what happened, and that its local backup is
    shown read-only instead."""
    if context.read_only is None:
        return
    shown = context.read_only
    log.warning("the ledger's server cannot be used; its local backup is open read-only")
    print(
        f"lingassist: {shown.problem}\nlingassist: showing your backup of {shown.made} "
        f"({shown.backup.path}) read-only instead: commands that would change the ledger are "
        "refused until the server can be used again.",
        file=sys.stderr,
    )


def _close(context: AppContext) -> None:
    """Close the ledger (after the window has closed): its write-ahead log goes into the
    main file, so copying ``ledger.sqlite3`` alone copies the whole ledger."""
    try:
        context.database.close()
    except Exception:  # noqa: BLE001 - the command's result stands; the data is in the WAL
        log.exception("could not checkpoint the ledger on close")
    release(context.paths.home)


def _parse(argv: list[str]) -> argparse.Namespace:
    """The options and command. Only the given command's module is imported (none for the
    window or ``--help``): it keeps start-up short."""
    window_only = _global_options(add_help=False)
    known, rest = window_only.parse_known_args(argv)
    if not rest and not {"-h", "--help"} & set(argv):
        known.command = None
        return known
    named = COMMANDS.get(rest[0]) if rest else None
    if named is None:  # --help, or a name to correct: list every command
        return build_parser([]).parse_args(argv)
    return build_parser([named.module], list_others=False).parse_args(argv)


def _global_options(*, add_help: bool = True) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="lingassist",
        description="LingAssist: your money, on your own desktop.",
        add_help=add_help,
    )
    parser.add_argument(
        "--home",
        type=_folder,
        help="data folder (default: $LINGASSIST_HOME or the user data folder)",
    )
    parser.add_argument(
        "--database-url",
        metavar="URL",
        help="use this database instead of the home's SQLite file, e.g. a shared household "
        "ledger on PostgreSQL: postgresql+psycopg://USER@HOST/DATABASE (the password comes "
        "from the system keyring; see 'lingassist database'). The connection is encrypted "
        "(TLS) whenever the server offers it (sslmode=prefer, libpq's default); add "
        "?sslmode=verify-full&sslrootcert=CA.crt to insist on TLS and check the server's "
        "certificate. When the server cannot be used, its last local backup opens read-only",
    )
    parser.add_argument(
        "--demo", action="store_true", help="use a separate demo ledger with a year of example data"
    )
    parser.add_argument(
        "--selftest",
        action="store_true",
        help="open the window offscreen, check database and engines, exit",
    )
    parser.add_argument(
        "--screenshot",
        type=Path,
        metavar="FILE.png",
        help="render the main window to a PNG and exit",
    )
    return parser


def _folder(text: str) -> Path:
    """A folder named on the command line; an empty name (which would mean the current
    folder) is refused."""
    if not text.strip():
        raise argparse.ArgumentTypeError("it is empty: give the folder that holds the ledger")
    return Path(text)


def _readable(word: str) -> str:
    """A command-line word as text: bytes that were not UTF-8 (kept by Python as lone
    surrogates, which cannot be printed or stored) become U+FFFD."""
    return word.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _open(arguments: argparse.Namespace) -> AppContext:
    """The home the arguments name, opened; a home that cannot be made or read is a
    message that names it."""
    try:
        return _open_home(arguments)
    except OSError as error:
        where = error.filename or _home(arguments)
        raise UserFacingError(
            phrase(
                "Cannot use {where} for the LingAssist home: {error}. Give a folder you can "
                "write to with {how}.",
                where=str(where),
                error=str(error.strerror or error),
                how="--home (or $LINGASSIST_HOME)",
            )
        ) from error


def _open_home(arguments: argparse.Namespace) -> AppContext:
    from lingassist.services.context import open_home

    home_given = arguments.home
    if home_given is not None and home_given.exists() and not home_given.is_dir():
        raise UserFacingError(
            phrase(
                "{option} is a file, not a folder: give the folder that holds (or will hold) "
                "the ledger.",
                option=f"--home {home_given}",
            )
        )
    if arguments.demo:
        from lingassist.services.demo import open_demo

        return open_demo(arguments.home)
    home = _home(arguments)
    window_only = arguments.command is None and not (arguments.selftest or arguments.screenshot)
    if window_only and not AppPaths(home).settings.exists() and not arguments.database_url:
        return _first_start(home)
    return open_home(home, database_url=arguments.database_url)


def _home(arguments: argparse.Namespace) -> Path:
    """The home folder the command works on."""
    return Path(arguments.home or default_home())


def _first_start(home: Path) -> AppContext:
    """A new person: ask for their currency and first account (or show the demo)."""
    from lingassist.gui.app import first_start
    from lingassist.services.context import open_home

    guess = system_defaults()
    choice = first_start(guess)
    if choice is None:
        raise SystemExit(0)
    if choice.demo:
        from lingassist.services.demo import open_demo

        return open_demo(language=window_language(guess))  # the language the dialog spoke
    paths = AppPaths(home).ensure()
    save_settings(
        paths, guess.with_changes(default_currency=choice.currency, default_account=choice.account)
    )
    return open_home(home)


def _window(context: AppContext, arguments: argparse.Namespace) -> int:
    from lingassist.gui.app import run_app

    return run_app(context, selftest=arguments.selftest, screenshot=arguments.screenshot)


def _log_to(folder: Path) -> None:
    """Log warnings and errors (with tracebacks, without the data in their messages) to a
    rotating, private (0600) file in the home folder; everything, messages included, when
    debug logging is on (``LINGASSIST_DEBUG=1``)."""
    if log.handlers:
        return
    private_folder(folder)
    handler = PrivateRotatingFileHandler(
        folder / "lingassist.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8"
    )
    debug = debug_logging()
    handler.setFormatter(
        PrivateFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s", show_messages=debug)
    )
    log.addHandler(handler)
    log.setLevel(logging.DEBUG if debug else logging.INFO)
