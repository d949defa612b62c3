"""Exporting the ledger: CSV, beancount, hledger and the evidence zip, for a period.

The file is written private (0600) and atomically: into a temporary file beside the
target, synced, then renamed over it, so a crash or a full disk never leaves a half
export under the name asked for. A target that cannot be written (a missing folder, a
folder, no permission, the ledger itself) is a message that says what to do.
"""

from __future__ import annotations

import contextlib
import io
import os
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import BinaryIO, TextIO

from lingassist.core.errors import UserFacingError
from lingassist.core.periods import parse_period
from lingassist.core.private_files import PRIVATE_FILE
from lingassist.exports import csv_table
from lingassist.exports.beancount_file import write_beancount
from lingassist.exports.evidence_zip import EvidenceSummary, write_evidence
from lingassist.exports.hledger_journal import write_hledger
from lingassist.exports.names import receipt_names
from lingassist.exports.records import LedgerSnapshot
from lingassist.ledger.export_queries import read_snapshot
from lingassist.services.context import AppContext


class ExportFormat(StrEnum):
    """The files `export` writes."""

    CSV = "csv"
    BEANCOUNT = "beancount"
    HLEDGER = "hledger"
    EVIDENCE = "evidence"


@dataclass(frozen=True)
class ExportResult:
    """What an export wrote.

    Attributes:
        path: the file written.
        format: which kind of file.
        period: the period's label ("November 2026", "All time").
        transactions: transactions written (a beancount or hledger file's opening
            balances count as one more).
        rows: CSV rows after the header (CSV and evidence; equal to `transactions`
            otherwise).
        receipts: receipt photos put in an evidence zip.
        missing: zip names of photos the ledger lists but the home no longer has.
        seconds: how long reading and writing took.
    """

    path: Path
    format: ExportFormat
    period: str
    transactions: int
    rows: int
    receipts: int = 0
    missing: tuple[str, ...] = ()
    seconds: float = 0.0


def export_ledger(
    context: AppContext, format: ExportFormat, out: Path, *, period: str = "all"
) -> ExportResult:
    """Write the transactions of `period` (as the CLI writes periods: "2026", "2026-11",
    "last month", "all") to `out` in `format`.

    Raises:
        InvalidPeriod: the period cannot be read.
        UserFacingError: `out` cannot be written (the message says why and what to do).
    """
    started = time.perf_counter()
    chosen = parse_period(period or "all", context.today())
    target = checked_target(out, context)
    with context.database.sessions() as session:
        snapshot = read_snapshot(
            chosen, default_currency=context.settings.default_currency, session=session
        )
    if format is ExportFormat.EVIDENCE:
        summary = _write_evidence(snapshot, target, context)
        rows, receipts, missing = summary.rows, summary.receipts, summary.missing
        count = summary.transactions
    else:
        count, rows = _write_text(snapshot, format, target)
        receipts, missing = 0, ()
    return ExportResult(
        target,
        format,
        chosen.label,
        count,
        rows,
        receipts,
        missing,
        time.perf_counter() - started,
    )


def _write_text(snapshot: LedgerSnapshot, format: ExportFormat, target: Path) -> tuple[int, int]:
    """Write a CSV, beancount or hledger file; return (transactions, rows)."""
    names = receipt_names(snapshot.transactions)
    if format is ExportFormat.CSV:
        with written_privately(target) as raw, as_text(raw, csv_table.ENCODING) as handle:
            rows = csv_table.write_csv(snapshot, handle, names)
        return len(snapshot.transactions), rows
    writer = write_beancount if format is ExportFormat.BEANCOUNT else write_hledger
    with written_privately(target) as raw, as_text(raw, "utf-8") as handle:
        count = writer(snapshot, handle, names)
    return count, count


def _write_evidence(snapshot: LedgerSnapshot, target: Path, context: AppContext) -> EvidenceSummary:
    now = datetime.now().replace(microsecond=0)
    with written_privately(target) as handle:
        return write_evidence(snapshot, handle, context.paths.attachments, written=now)


def checked_target(out: Path, context: AppContext) -> Path:
    """`out` as an absolute path, if an export may be written there.

    Raises:
        UserFacingError: `out` is a folder, its folder does not exist, or it is one of the
            ledger's own files.
    """
    target = Path(os.path.abspath(out.expanduser()))
    if not out.name or target.is_dir():
        raise UserFacingError(
            f"{out} is a folder: give a file name in it, e.g. {target / 'ledger.csv'}."
        )
    if not target.parent.is_dir():
        raise UserFacingError(
            f"Cannot write {out}: the folder {target.parent} does not exist. Create it first "
            "or choose another folder."
        )
    ledger_files = {Path(os.path.abspath(p)) for p in context.paths.database_files}
    if target in ledger_files or (target.exists() and _same_file(target, context)):
        raise UserFacingError(
            f"{out} is the ledger itself; an export must not replace it. Choose another name."
        )
    return target


def _same_file(target: Path, context: AppContext) -> bool:
    """True when `target` is (a link to) one of the ledger's files."""
    for path in context.paths.database_files:
        with contextlib.suppress(OSError):
            if path.exists() and os.path.samefile(target, path):
                return True
    return False


@contextlib.contextmanager
def written_privately(target: Path) -> Iterator[BinaryIO]:
    """A binary handle on a new private (0600) temporary file beside `target`, renamed
    over `target` when the block ends without an error (and removed when it raises).

    Raises:
        UserFacingError: the folder cannot be written to, or the disk is full.
    """
    try:  # mkstemp: a new, unique name, made 0600 and opened exclusively
        descriptor, name = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=".part", dir=target.parent
        )
    except OSError as error:
        raise _cannot_write(target, error) from error
    partial = Path(name)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(partial, PRIVATE_FILE)  # mkstemp's mode already, whatever the umask: sure
        os.replace(partial, target)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise _cannot_write(target, error) from error
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


@contextlib.contextmanager
def as_text(raw: BinaryIO, encoding: str) -> Iterator[TextIO]:
    """`raw` as text in `encoding` with line ends written as given; `raw` stays open."""
    text = io.TextIOWrapper(raw, encoding=encoding, newline="")
    yield text
    text.flush()
    text.detach()


def _cannot_write(target: Path, error: OSError) -> UserFacingError:
    """The message for an export that failed on `error` (naming the file that could not
    be read when it was not the export itself, e.g. a receipt photo)."""
    reason = (error.strerror or str(error)).lower()
    other = error.filename and Path(error.filename).parent != target.parent
    where = f" (reading {error.filename})" if other else ""
    return UserFacingError(
        f"Could not write {target}: {reason}{where}. Choose a folder that exists and that "
        "you can write to (and a disk with room)."
    )
