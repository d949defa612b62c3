"""``backup``, ``backups`` and ``restore``: copies of the ledger and its photos, and the way
back. ``restore`` also works when the ledger itself is too damaged to open."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from lingassist.config import AppPaths
from lingassist.core.errors import UserFacingError
from lingassist.services import backups
from lingassist.services.backups import Backup
from lingassist.services.context import AppContext


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add ``backup``, ``backups`` and ``restore`` to the command line."""
    backup = commands.add_parser(
        "backup", help="copy the ledger and the receipt photos into the backups folder"
    )
    backup.add_argument(
        "--to", type=Path, default=None, metavar="DIR", help="another folder (another disk)"
    )
    backup.set_defaults(handler=_backup)

    listing = commands.add_parser("backups", help="the backups: path, created, size, transactions")
    listing.add_argument("--json", action="store_true", help="one JSON object per line")
    listing.add_argument(
        "--in", dest="folder", type=Path, default=None, metavar="DIR", help="another folder"
    )
    listing.set_defaults(handler=_backups)

    restore = commands.add_parser(
        "restore",
        help="put a backup back in place of the ledger (backs up the current one first)",
        description=(
            "Check FILE, say what would change, and with --yes back up the current ledger "
            "and replace it with FILE (and copy back missing receipt photos)."
        ),
    )
    restore.add_argument("file", type=Path, metavar="FILE")
    restore.add_argument("--yes", action="store_true", help="really restore")
    restore.set_defaults(handler=_restore, when_damaged=_restore_damaged)


def _backup(context: AppContext, arguments: argparse.Namespace) -> int:
    made = backups.make_backup(context, arguments.to)
    print(f"Backed up {_transactions(made.transactions)} to {made.path} ({_size(made.size)}).")
    print(f"Receipt photos are in {made.path.parent / 'attachments'}.")
    return 0


def _backups(context: AppContext, arguments: argparse.Namespace) -> int:
    found = backups.list_backups(context, arguments.folder)
    for backup in found:
        if arguments.json:
            print(json.dumps(_as_json(backup), ensure_ascii=False))
        else:
            print(
                f"{backup.path}  {backup.created:%Y-%m-%d %H:%M:%S}  {_size(backup.size)}  "
                f"{_transactions(backup.transactions)}  {backup.reason}"
            )
    if not found and not arguments.json:
        print("No backups yet: make one with 'lingassist backup'.")
    return 0


def _restore(context: AppContext, arguments: argparse.Namespace) -> int:
    chosen = _checked(arguments.file, context)
    now = backups.current_transactions(context)
    if not arguments.yes:
        print(
            f"Would restore {_described(chosen)} over {context.paths.database} "
            f"({_transactions(now)} now), after backing up the current ledger."
        )
        print("Nothing was changed. Run again with --yes to restore.")
        return 0
    restored, safety = backups.restore_backup(context, arguments.file)
    print(f"Restored {restored.path} ({_transactions(restored.transactions)}).")
    print(f"The ledger as it was ({_transactions(now)}) is backed up in {safety.path}")
    return 0


def _described(backup: Backup) -> str:
    """ "…/ledger-20261202.sqlite3 (made 2026-12-02 12:52:00, 3 transactions)"."""
    made = f"{backup.created:%Y-%m-%d %H:%M:%S}"
    return f"{backup.path} (made {made}, {_transactions(backup.transactions)})"


def _restore_damaged(paths: AppPaths, arguments: argparse.Namespace) -> int:
    chosen = _checked(arguments.file)
    if not arguments.yes:
        print(
            f"The ledger {paths.database} is damaged and cannot be opened. "
            f"Would restore {_described(chosen)}, "
            "after keeping the damaged files in the backups folder."
        )
        print("Nothing was changed. Run again with --yes to restore.")
        return 0
    restored, kept = backups.restore_damaged(paths, arguments.file)
    print(f"Restored {restored.path} ({_transactions(restored.transactions)}).")
    print(f"The damaged ledger is kept, as it was, in {kept}")
    return 0


def _checked(path: Path, context: AppContext | None = None) -> Backup:
    """The backup to restore (over the open ledger of `context`, when given), or a refusal
    that says the ledger was left alone."""
    try:
        return backups.read_backup(path) if context is None else backups.restorable(context, path)
    except UserFacingError as error:
        raise UserFacingError(f"{error} Not restored; nothing was changed.") from error


def _as_json(backup: Backup) -> dict[str, object]:
    return {
        "path": str(backup.path),
        "created": backup.created.isoformat(),
        "size": backup.size,
        "transactions": backup.transactions,
        "automatic": backup.automatic,
        "reason": backup.reason,
    }


def _transactions(count: int) -> str:
    return f"{count} transaction{'' if count == 1 else 's'}"


def _size(size: int) -> str:
    return f"{size / 1024:.0f} KB" if size >= 1024 else f"{size} bytes"
