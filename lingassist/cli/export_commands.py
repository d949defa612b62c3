"""``export``: the ledger as CSV, beancount, hledger or an evidence zip."""

from __future__ import annotations

import argparse
from pathlib import Path

from lingassist.core.periods import PERIOD_HELP
from lingassist.services.context import AppContext
from lingassist.services.exports import ExportFormat, ExportResult, export_ledger

_WHAT = {
    ExportFormat.CSV: "CSV, UTF-8 with a byte order mark, one row per category line",
    ExportFormat.BEANCOUNT: "beancount",
    ExportFormat.HLEDGER: "hledger journal",
    ExportFormat.EVIDENCE: "evidence zip: the CSV and the receipt photos",
}


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add ``export`` to the command line."""
    export = commands.add_parser(
        "export",
        help="write the ledger as CSV, beancount, hledger or an evidence zip",
        description=(
            "Write a period's transactions to FILE (private, 0600): csv for spreadsheets, "
            "beancount (checked by bean-check), hledger (checked by hledger check), or "
            "evidence: a zip of the CSV and the receipt photos, for taxes or an expense "
            "report."
        ),
    )
    export.add_argument(
        "--format", required=True, choices=[f.value for f in ExportFormat], help="file kind"
    )
    export.add_argument("--period", default="all", help=f"default: all. {PERIOD_HELP}")
    export.add_argument("--out", required=True, type=Path, metavar="FILE", help="file to write")
    export.set_defaults(handler=_export)


def _export(context: AppContext, arguments: argparse.Namespace) -> int:
    result = export_ledger(
        context, ExportFormat(arguments.format), arguments.out, period=arguments.period
    )
    print(_summary(result))
    for name in result.missing:
        print(f"  missing photo: {name}")
    return 0


def _summary(result: ExportResult) -> str:
    """ "Exported November 2026: 12 transactions, 15 rows to FILE (CSV, ...)."."""
    what = _WHAT[result.format]
    counted = [_count(result.transactions, "transaction")]
    if result.format in (ExportFormat.CSV, ExportFormat.EVIDENCE):
        counted.append(_count(result.rows, "row"))
    if result.format is ExportFormat.EVIDENCE:
        counted.append(_count(result.receipts, "receipt photo"))
        if result.missing:
            counted.append(f"{_count(len(result.missing), 'photo')} not found")
    return f"Exported {result.period}: {', '.join(counted)} to {result.path} ({what})."


def _count(number: int, what: str) -> str:
    return f"{number:,} {what}{'s' * (number != 1)}"
