"""The ``lingassist`` command: the window with no arguments, or add / list / report / undo / redo.

This is a composition root: it reads the home folder, opens the ledger, and hands both to
the services (or to the window). Qt is imported only when a window is wanted.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Sequence
from logging.handlers import RotatingFileHandler
from pathlib import Path

from lingassist.config import default_home
from lingassist.core.errors import UserFacingError
from lingassist.core.money import format_amount
from lingassist.core.periods import PERIOD_HELP, parse_period
from lingassist.core.reports import ReportDimension
from lingassist.core.transactions import TransactionFilter, TransactionRow, TransactionSource
from lingassist.services.commands import add_entry_arguments, entry_request
from lingassist.services.context import AppContext, open_home
from lingassist.services.entries import find_entries, record_entry, redo_next, undo_last
from lingassist.services.reports import Report, build_report

log = logging.getLogger("lingassist")
EXIT_USER_ERROR = 2


def build_parser() -> argparse.ArgumentParser:
    """The whole command line."""
    parser = argparse.ArgumentParser(
        prog="lingassist", description="LingAssist: your money, on your own desktop."
    )
    parser.add_argument(
        "--home", type=Path, help="data folder (default: $LINGASSIST_HOME or the user data folder)"
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
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    add = commands.add_parser("add", help="record an expense (or income with --income)")
    add_entry_arguments(add)

    listing = commands.add_parser("list", help="list transactions")
    listing.add_argument("--period", default="", help=PERIOD_HELP)
    listing.add_argument("--account", default=None)
    listing.add_argument(
        "--category", default=None, help="code; a primary code includes its details"
    )
    listing.add_argument("--merchant", default=None)
    listing.add_argument("--search", default="", help="words in description, merchant or memo")
    listing.add_argument("--limit", type=int, default=50, help="at most this many (0: all)")
    listing.add_argument("--json", action="store_true", help="one JSON object per line")

    report = commands.add_parser("report", help="spending by category, merchant or month")
    report.add_argument("--period", default="this-month", help=PERIOD_HELP)
    report.add_argument("--by", choices=[d.value for d in ReportDimension], default="category")
    report.add_argument("--income", action="store_true", help="report income instead of spending")
    report.add_argument("--json", action="store_true", help="one JSON object per line")

    commands.add_parser("undo", help="undo the last change")
    commands.add_parser("redo", help="redo what undo took back")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    arguments = build_parser().parse_args(argv)
    try:
        context = _open(arguments)
        _log_to(context.paths.logs)
        if arguments.command is None:
            return _window(context, arguments)
        return COMMANDS[arguments.command](context, arguments)
    except UserFacingError as error:
        print(f"lingassist: {error}", file=sys.stderr)
        return EXIT_USER_ERROR
    except Exception as error:  # noqa: BLE001 - the one place unexpected errors are shown
        log.exception("unexpected error")
        print(f"lingassist: unexpected error: {error} (details in the log)", file=sys.stderr)
        return 1


def _open(arguments: argparse.Namespace) -> AppContext:
    if arguments.demo:
        from lingassist.services.demo import open_demo

        return open_demo(arguments.home)
    return open_home(arguments.home or default_home())


def _window(context: AppContext, arguments: argparse.Namespace) -> int:
    from lingassist.gui.app import run_app

    return run_app(context, selftest=arguments.selftest, screenshot=arguments.screenshot)


def _add(context: AppContext, arguments: argparse.Namespace) -> int:
    result = record_entry(context, entry_request(arguments, TransactionSource.MANUAL))
    row = result.row
    print(f"{result.message} (#{row.id}, {row.date}, {row.category_name}, {row.account})")
    return 0


def _list(context: AppContext, arguments: argparse.Namespace) -> int:
    period = parse_period(arguments.period, context.today()) if arguments.period else None
    query = TransactionFilter(
        start=period.start if period else None,
        end=period.end if period else None,
        account=arguments.account,
        category=arguments.category,
        merchant=arguments.merchant,
        text=arguments.search,
    )
    limit = arguments.limit if arguments.limit > 0 else 10**9
    rows, total = find_entries(context, query, limit=limit)
    if arguments.json:
        for row in rows:
            print(json.dumps(transaction_json(row), ensure_ascii=False))
        return 0
    for row in rows:
        print(_transaction_line(row))
    print(f"{len(rows)} of {total} transactions", file=sys.stderr)
    return 0


def _report(context: AppContext, arguments: argparse.Namespace) -> int:
    from lingassist.core.accounts import CategoryDirection

    direction = CategoryDirection.INCOME if arguments.income else CategoryDirection.EXPENSE
    report = build_report(
        context, arguments.period, ReportDimension(arguments.by), direction=direction
    )
    if arguments.json:
        for line in report_json(report):
            print(json.dumps(line, ensure_ascii=False))
        return 0
    print(
        f"{'Income' if arguments.income else 'Spending'} by {arguments.by}, {report.period.label}"
    )
    for row in report.rows:
        print(
            f"  {row.label[:34]:<34} {format_amount(row.amount, row.currency):>12} "
            f"{row.currency}  ({row.count})"
        )
    for currency, total in report.totals().items():
        print(f"  {'Total':<34} {format_amount(total, currency):>12} {currency}")
    return 0


def _undo(context: AppContext, _arguments: argparse.Namespace) -> int:
    print(undo_last(context))
    return 0


def _redo(context: AppContext, _arguments: argparse.Namespace) -> int:
    print(redo_next(context))
    return 0


COMMANDS = {"add": _add, "list": _list, "report": _report, "undo": _undo, "redo": _redo}


def transaction_json(row: TransactionRow) -> dict[str, object]:
    """A listed transaction as JSON (amounts as exact decimal strings)."""
    return {
        "id": row.id,
        "date": row.date.isoformat(),
        "amount": str(row.amount),
        "currency": row.currency,
        "merchant": row.merchant,
        "description": row.description,
        "category": row.category_code,
        "category_name": row.category_name,
        "account": row.account,
        "status": row.status.value,
        "source": row.source.value,
        "memo": row.memo,
        "attachments": row.attachments,
    }


def report_json(report: Report) -> list[dict[str, object]]:
    """Report rows as JSON objects."""
    return [
        {
            "period": report.period.label,
            "start": report.period.start.isoformat(),
            "end": report.period.end.isoformat(),
            "by": report.dimension.value,
            "key": row.key,
            "label": row.label,
            "amount": str(row.amount),
            "currency": row.currency,
            "count": row.count,
        }
        for row in report.rows
    ]


def _transaction_line(row: TransactionRow) -> str:
    who = (row.merchant or row.description)[:28]
    amount = format_amount(row.amount, row.currency)
    category = row.category_name[:24]
    return f"{row.date}  {amount:>12} {row.currency}  {who:<28}  {category:<24}  {row.account}"


def _log_to(folder: Path) -> None:
    """Log warnings and errors (with tracebacks) to a rotating file in the home folder."""
    if log.handlers:
        return
    folder.mkdir(parents=True, exist_ok=True)
    handler = RotatingFileHandler(
        folder / "lingassist.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
