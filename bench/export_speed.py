"""Export benchmark: `lingassist export` of a 100k-transaction ledger in every format,
and the real checkers on the result (bean-check from beancount 3, Debian's hledger).

The ledger is the ledger benchmark's (``ledger_data.generate``: 100k expense/income
transactions over five years, EUR) with some of them made harder: every 20th becomes a
split over two categories, every 40th a transfer from Checking to a Visa card, every
100th a purchase from a USD account, every 250th has a merchant with quotes, a
backslash, a semicolon, a pipe and an emoji, and 1% have a receipt photo attached.
Building and writing the ledger is setup and is not timed.

For each format it times `export_ledger` (read the period from the ledger, write the
file 0600 and atomically), as the median of ``--repeat`` runs, and the snapshot read
alone. Then it runs ``bean-check`` on the beancount file and ``hledger check --strict
ordereddates`` on the journal, once each, and reports their time and result.

Run: ``.venv/bin/python bench/export_speed.py [--size 100000] [--repeat 3]
[--out bench/results/export.json] [--keep DIR]``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ledger_data import generate, new_home  # noqa: E402
from PIL import Image  # noqa: E402

from lingassist.core.accounts import AccountKind, AccountType  # noqa: E402
from lingassist.core.money import Money  # noqa: E402
from lingassist.core.periods import parse_period  # noqa: E402
from lingassist.core.transactions import NewTransaction, Posting  # noqa: E402
from lingassist.ledger.attachments import add_attachment  # noqa: E402
from lingassist.ledger.bulk import bulk_add_transactions  # noqa: E402
from lingassist.ledger.export_queries import read_snapshot  # noqa: E402
from lingassist.ledger.journal import begin_change  # noqa: E402
from lingassist.ledger.repository import (  # noqa: E402
    all_categories,
    create_account,
    find_account,
)
from lingassist.services.attachments import store_file  # noqa: E402
from lingassist.services.context import AppContext  # noqa: E402
from lingassist.services.exports import ExportFormat, export_ledger  # noqa: E402

NAMES = {
    ExportFormat.CSV: "ledger.csv",
    ExportFormat.BEANCOUNT: "ledger.beancount",
    ExportFormat.HLEDGER: "ledger.journal",
    ExportFormat.EVIDENCE: "evidence.zip",
}
TRICKY = 'Café "Lumière" \\ Bar; & Grill | 🍷'
PHOTOS = 20  # distinct photo files; 1% of transactions carry one of them


def build(ctx: AppContext, size: int, folder: Path) -> int:
    """Write the benchmark ledger into `ctx`; return the number of attachments."""
    items = generate(size, ctx)
    with ctx.database.sessions.begin() as session:
        change = begin_change(session, "export benchmark accounts")
        visa = create_account(
            "Visa", AccountType.LIABILITY, AccountKind.CARD, "EUR", session=session, change=change
        )
        dollars = create_account(
            "Travel card USD",
            AccountType.ASSET,
            AccountKind.CARD,
            "USD",
            session=session,
            change=change,
        )
        checking = find_account("Checking", session=session).id
        clothes = next(
            c.account_id
            for c in all_categories(session=session)
            if c.code == "GENERAL_MERCHANDISE_CLOTHING_AND_ACCESSORIES"
        )
    varied = [_varied(n, t, checking, visa.id, dollars.id, clothes) for n, t in enumerate(items)]
    photos = _photos(ctx, folder)
    with ctx.database.sessions.begin() as session:
        change = begin_change(session, "export benchmark")
        ids = bulk_add_transactions(varied, session=session, change=change)
        attached = ids[::100]
        for n, transaction_id in enumerate(attached):
            stored = photos[n % len(photos)]
            add_attachment(
                transaction_id,
                sha256=stored.sha256,
                original_name=stored.original_name,
                mime=stored.mime,
                size=stored.size,
                stored_name=stored.stored_name,
                session=session,
            )
    return len(attached)


def _varied(  # noqa: PLR0913 - the accounts the variations need
    n: int, t: NewTransaction, checking: int, visa: int, dollars: int, clothes: int
) -> NewTransaction:
    """Transaction `n` of the generated ledger, made harder as the docstring says."""
    expense, paid = t.postings
    if n % 250 == 0:
        t = replace(t, merchant=TRICKY, description=f"{TRICKY} #{n}")
    if n % 100 == 1 and expense.money.amount > 0:
        usd = Money(expense.money.amount, "USD")
        return replace(t, postings=(Posting(expense.account_id, usd), Posting(dollars, -usd)))
    if n % 40 == 2:
        amount = Money(Decimal("150.00"), "EUR")
        return replace(
            t,
            description="Card payment",
            merchant=None,
            postings=(Posting(visa, amount), Posting(checking, -amount)),
        )
    if n % 20 == 3 and expense.money.amount >= Decimal("0.02"):
        half = Money((expense.money.amount / 2).quantize(Decimal("0.01")), "EUR")
        rest = Money(expense.money.amount - half.amount, "EUR")
        return replace(
            t, postings=(Posting(expense.account_id, half), Posting(clothes, rest), paid)
        )
    return t


def _photos(ctx: AppContext, folder: Path) -> list[Any]:
    stored = []
    for n in range(PHOTOS):
        path = folder / f"receipt-{n}.jpg"
        Image.new("RGB", (600, 800), (n * 12 % 256, 200, 180)).save(path, quality=80)
        stored.append(store_file(ctx.paths, path))
    return stored


def timed(function: Any, repeat: int) -> tuple[float, float, Any]:
    """Median wall-clock and CPU seconds of `repeat` calls, and the last call's result.

    The CPU time is reported too because the benchmark machine may be shared: on 2 cores
    with other jobs running, wall-clock times grow while CPU times stay put."""
    walls, cpus, result = [], [], None
    for _ in range(repeat):
        started, cpu = time.perf_counter(), time.process_time()
        result = function()
        walls.append(time.perf_counter() - started)
        cpus.append(time.process_time() - cpu)
    return statistics.median(walls), statistics.median(cpus), result


def check(command: list[str]) -> dict[str, Any]:
    """Run a checker; its time, exit status and first lines of output."""
    started, before = time.perf_counter(), resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return {
        "command": " ".join(command),
        "seconds": round(time.perf_counter() - started, 2),
        "cpu_seconds": round(cpu, 2),
        "max_rss_mb": round(after.ru_maxrss / 1024),
        "exit": done.returncode,
        "output": (done.stdout + done.stderr).strip()[:2000],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--out", type=Path, default=Path("bench/results/export.json"))
    parser.add_argument("--keep", type=Path, default=None, help="keep the files in DIR")
    arguments = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="lingassist-export-bench-"))
    try:
        return run(arguments, folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def run(arguments: argparse.Namespace, folder: Path) -> int:
    ctx = new_home(folder / "home")
    started = time.perf_counter()
    attachments = build(ctx, arguments.size, folder)
    print(
        f"setup: {arguments.size:,} transactions, {attachments:,} photos attached in "
        f"{time.perf_counter() - started:.1f} s"
    )
    files = arguments.keep or folder / "out"
    files.mkdir(parents=True, exist_ok=True)
    everything = parse_period("all", ctx.today())

    def snapshot() -> Any:
        with ctx.database.sessions() as session:
            return read_snapshot(everything, default_currency="EUR", session=session)

    read_s, read_cpu, snap = timed(snapshot, arguments.repeat)
    postings = sum(len(t.postings) for t in snap.transactions)
    print(
        f"read snapshot: {read_s:.2f} s, CPU {read_cpu:.2f} s ({len(snap.transactions):,} "
        f"transactions, {postings:,} postings)"
    )
    results: dict[str, Any] = {}
    for format in ExportFormat:
        out = files / NAMES[format]
        seconds, cpu, result = timed(
            lambda f=format, o=out: export_ledger(ctx, f, o), arguments.repeat
        )
        results[format.value] = {
            "seconds": round(seconds, 2),
            "cpu_seconds": round(cpu, 2),
            "bytes": out.stat().st_size,
            "transactions": result.transactions,
            "rows": result.rows,
            "receipts": result.receipts,
        }
        size = out.stat().st_size / 1e6
        print(f"export {format.value:<9} {seconds:6.2f} s  CPU {cpu:5.2f} s  {size:7.1f} MB")
    checks = {
        "bean-check": check(
            [str(Path(sys.executable).with_name("bean-check")), str(files / NAMES["beancount"])]
        ),
        "hledger check": check(
            ["hledger", "check", "--strict", "ordereddates", "-f", str(files / NAMES["hledger"])]
        ),
    }
    for name, outcome in checks.items():
        verdict = "passed" if outcome["exit"] == 0 else f"FAILED ({outcome['exit']})"
        print(
            f"{name:<14} {verdict} in {outcome['seconds']:.1f} s (CPU {outcome['cpu_seconds']:.1f}"
            f" s, {outcome['max_rss_mb']} MB)"
        )
        if outcome["exit"]:
            print(outcome["output"])
    report = {
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": {"python": platform.python_version(), "cpu": platform.processor()},
        "size": arguments.size,
        "repeat": arguments.repeat,
        "attachments": attachments,
        "read_snapshot_s": round(read_s, 2),
        "read_snapshot_cpu_s": round(read_cpu, 2),
        "load_average": [round(x, 1) for x in os.getloadavg()],
        "exports": results,
        "checks": checks,
    }
    arguments.out.parent.mkdir(parents=True, exist_ok=True)
    arguments.out.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    print(f"saved {arguments.out}")
    return 0 if all(c["exit"] == 0 for c in checks.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
