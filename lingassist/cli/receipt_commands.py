"""``scan``: read receipt photos into drafts (and, with ``--add``, into the ledger)."""

from __future__ import annotations

import argparse
import json
import os
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path

from lingassist.cli.progress import ProgressBar
from lingassist.core.errors import UserFacingError
from lingassist.services.accounts import account_named
from lingassist.services.context import AppContext
from lingassist.services.receipts import (
    DuplicateReceipt,
    ReceiptReader,
    ScannedReceipt,
    confirm_receipt,
    edits_from_draft,
    scan_receipt,
)

Outcome = ScannedReceipt | UserFacingError


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add ``scan`` to the command line."""
    scan = commands.add_parser(
        "scan", help="read receipt photos or PDFs (nothing is saved without --add)"
    )
    scan.add_argument("images", nargs="+", type=Path, metavar="IMAGE")
    scan.add_argument("--json", action="store_true", help="one JSON object per image per line")
    scan.add_argument(
        "--add", action="store_true", help="record each receipt that is not a duplicate"
    )
    scan.add_argument(
        "--account", default="", help="paying account for --add (default from settings)"
    )
    scan.add_argument("--workers", type=int, default=os.cpu_count() or 2, help="files read at once")
    scan.set_defaults(handler=_scan)


def _scan(context: AppContext, arguments: argparse.Namespace) -> int:
    from lingassist.services.receipt_reading import make_receipt_reader

    if arguments.add and arguments.account:
        account_named(context, arguments.account)  # refused before any file is read
    reader = make_receipt_reader(context)
    outcomes = _read_all(context, arguments.images, reader, max(1, arguments.workers))
    failures = 0
    for path, outcome in zip(arguments.images, outcomes, strict=True):
        record = _record(path, outcome)
        if isinstance(outcome, ScannedReceipt) and arguments.add:
            record.update(_add(context, outcome, arguments.account))
        failures += "error" in record
        _print(record, arguments.json)
    return 2 if failures else 0


def _read_all(
    context: AppContext, paths: list[Path], reader: ReceiptReader, workers: int
) -> list[Outcome]:
    """Read every file, `workers` at a time, keeping the input order; errors stay per file."""
    bar = ProgressBar(len(paths), "scanning")

    def one(path: Path) -> Outcome:
        try:
            return scan_receipt(context, path, reader)
        except UserFacingError as error:
            return error
        finally:
            bar.advance(path.name)

    with ThreadPoolExecutor(max_workers=workers) as pool:
        outcomes = list(pool.map(one, paths))
    bar.close()
    return outcomes


def _add(context: AppContext, scanned: ScannedReceipt, account: str) -> dict[str, object]:
    if scanned.duplicate_of is not None:
        return {"duplicate_of": scanned.duplicate_of, "added": None}
    edits = replace(edits_from_draft(scanned), account=account)
    try:
        result = confirm_receipt(context, scanned, edits)
    except DuplicateReceipt as duplicate:
        return {"duplicate_of": duplicate.transaction_id, "added": None}
    except UserFacingError as error:
        return {"added": None, "error": str(error)}
    return {"added": result.row.id}


def _record(path: Path, outcome: Outcome) -> dict[str, object]:
    """The JSON object for one file."""
    if isinstance(outcome, UserFacingError):
        return {"file": str(path), "error": str(outcome)}
    draft = outcome.draft
    return {
        "file": str(path),
        "merchant": draft.merchant,
        "date": draft.date.isoformat() if draft.date else None,
        "total": _text(draft.total),
        "subtotal": _text(draft.subtotal),
        "tax": _text(draft.tax),
        "currency": draft.currency,
        "items": [
            {"description": i.description, "quantity": _text(i.quantity), "amount": _text(i.amount)}
            for i in draft.items
        ],
        "payment_method": draft.payment_method,
        "category": outcome.category,
        "confidence": {k: round(v, 3) for k, v in draft.confidence.items()},
        "seconds": round(outcome.seconds, 3),
    }


def _print(record: dict[str, object], as_json: bool) -> None:
    if as_json:
        print(json.dumps(record, ensure_ascii=False))
        return
    if "error" in record and "merchant" not in record:
        print(f"{record['file']}: {record['error']}", file=sys.stderr)
        return
    added = f"  → added #{record['added']}" if record.get("added") else ""
    duplicate = (
        f"  (already in the ledger as #{record['duplicate_of']})"
        if record.get("duplicate_of")
        else ""
    )
    name = Path(str(record["file"])).name
    print(
        f"{name}: {record['merchant'] or '?'} · {record['date'] or '?'} · "
        f"{record['total'] or '?'} {record['currency']}{added}{duplicate}"
    )
    if record.get("error"):
        print(f"  not added: {record['error']}", file=sys.stderr)


def _text(value: object) -> str | None:
    return None if value is None else str(value)
