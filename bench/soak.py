"""Crash test: real LingAssist processes killed with SIGKILL at random moments.

Each round starts a child process that writes to one home through the app's own
services (a burst of expenses, a 300-transaction change set undone and redone, a rule
added and applied to the past, a backup restored, receipts stored with their photos,
payments drafted, confirmed and marked paid, a 2,000-line bank file imported and undone)
and kills it after a random delay.
After every kill the ledger file is checked directly with sqlite3:

- `PRAGMA integrity_check` is "ok";
- every transaction has two or more postings that balance in each currency;
- no change set is half applied: the transactions that exist are exactly those created,
  and not deleted, by the change sets that are not undone.

Run: .venv/bin/python bench/soak.py [--kills 200] [--seed 1] [--home DIR]
(`make soak`; tests/test_soak.py runs a short version in `make test`.)
"""

from __future__ import annotations

import argparse
import json
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCENARIOS = {
    "adds": """
from lingassist.services.entries import EntryRequest, record_entry
for i in range(100_000):
    record_entry(context, EntryRequest(f"{1 + i % 97}.{i % 100:02d}", merchant=f"Shop {i % 13}"))
""",
    "big change set": """
from datetime import date
from lingassist.core.money import Money
from lingassist.core.transactions import NewTransaction, Posting
from lingassist.ledger import journal
from lingassist.ledger.bulk import bulk_add_transactions
from lingassist.ledger.repository import find_account, resolve_category
from lingassist.services.entries import redo_next, undo_last
with context.database.sessions.begin() as session:
    checking = find_account("Checking", session=session)
    groceries = resolve_category("FOOD_AND_DRINK_GROCERIES", session=session)
for round in range(10_000):
    with context.database.sessions.begin() as session:
        change = journal.begin_change(session, f"Batch {round}")
        amount = Money(__import__("decimal").Decimal("3.10"), checking.currency)
        batch = [NewTransaction(date(2026, 11, 1), "Batch", (Posting(groceries.account_id, amount),
                 Posting(checking.id, -amount)), merchant="Batch Shop") for _ in range(300)]
        bulk_add_transactions(batch, session=session, change=change)
    undo_last(context)
    redo_next(context)
""",
    "rules": """
from lingassist.services import rules
from lingassist.services.entries import EntryRequest, record_entry
for i in range(20):
    record_entry(context, EntryRequest("4.20", merchant=f"Corner shop {i}"))
for i in range(10_000):
    rule = rules.build_rule(f"Shops {i}", "FOOD_AND_DRINK_GROCERIES", contains="shop")
    rules.add_rule_and_apply(context, rule, apply=True)
""",
    "restore": """
from lingassist.services.backups import make_backup, restore_backup
from lingassist.services.entries import EntryRequest, record_entry
from lingassist.services.context import open_home
record_entry(context, EntryRequest("12.00", merchant="In the backup"))
backup = make_backup(context)
for i in range(10_000):
    record_entry(context, EntryRequest("9.99", merchant="Before restore"))
    restore_backup(context, backup.path)
    context = open_home(context.paths.home)
""",
    "receipts": """
import io
from PIL import Image
from lingassist.services.attachments import store_file
from lingassist.services.entries import EntryRequest, record_entry
photo = context.paths.cache / "soak-receipt.png"
for i in range(10_000):
    Image.new("RGB", (16, 16), (i % 256, (i // 256) % 256, 7)).save(photo)
    stored = store_file(context.paths, photo)
    record_entry(context, EntryRequest("7.40", merchant=f"Deli {i}"), attachment=stored)
""",
    "payments": """
from decimal import Decimal
from lingassist.services import payments
from lingassist.services.entries import EntryRequest, record_entry
record_entry(context, EntryRequest("900000", merchant="Salary", income=True))
payments.save_payee(context, "Alice Martin", "DE89370400440532013000")
for i in range(10_000):
    checked = payments.draft_payment(context, "Alice Martin", Decimal(f"{1 + i % 90}.50"))
    payments.confirm_payment(context, checked)
    pending = payments.pending_payments(context)
    if pending and i % 2:
        payments.mark_paid(context, pending[0].id)
""",
    "import": """
from lingassist.bank_files import read_bank_file
from lingassist.services.entries import undo_last
from lingassist.services.imports import apply_import, preview_import
csv_file = context.paths.cache / "soak-statement.csv"
lines = ["Date,Description,Amount"] + [
    f"2026-{1 + i % 11:02d}-{1 + i % 28:02d},CARD PAYMENT SHOP {i % 50} REF{i},"
    f"-{1 + i % 90}.{i % 100:02d}"
    for i in range(2_000)
]
csv_file.write_text("\\n".join(lines) + "\\n", encoding="utf-8")
for i in range(10_000):
    statement = read_bank_file(csv_file, currency_hint="EUR")
    apply_import(context, preview_import(context, statement, "Soak bank"))
    undo_last(context)
""",
}
_PRELUDE = """
import sys
from pathlib import Path
from lingassist.services.context import open_home
context = open_home(Path(sys.argv[1]))
print("ready", flush=True)
"""


def check(ledger: Path) -> list[str]:
    """Everything wrong with the ledger file (empty when whole and consistent)."""
    problems: list[str] = []
    with sqlite3.connect(ledger) as db:
        integrity = db.execute("PRAGMA integrity_check").fetchone()[0]
        if integrity != "ok":
            problems.append(f"integrity_check: {integrity}")
        for tid, count, unbalanced in db.execute(
            "SELECT t.id, COUNT(p.id), (SELECT COUNT(*) FROM (SELECT SUM(amount_minor) s FROM"
            " postings q WHERE q.transaction_id = t.id GROUP BY currency) WHERE s != 0)"
            " FROM transactions t LEFT JOIN postings p ON p.transaction_id = t.id GROUP BY t.id"
        ):
            if count < 2 or unbalanced:
                problems.append(f"transaction {tid}: {count} postings, unbalanced={unbalanced}")
        expected = Counter()
        for entity_id, op in db.execute(
            "SELECT e.entity_id, e.op FROM journal_entries e JOIN change_sets c"
            " ON c.id = e.change_set_id WHERE c.undone = 0 AND e.entity = 'transaction'"
        ):
            expected[entity_id] += {"create": 1, "delete": -1}.get(op, 0)
        alive = {row[0] for row in db.execute("SELECT id FROM transactions")}
        journaled = {i for i, n in expected.items() if n > 0}
        if alive != journaled:
            problems.append(
                f"half-applied change set: {len(alive - journaled)} transactions without a"
                f" live creation, {len(journaled - alive)} created but missing"
            )
    return problems


def soak(home: Path, kills: int, seed: int, *, out=sys.stdout) -> dict[str, object]:  # type: ignore[no-untyped-def]
    """Kill `kills` writer processes at random moments; return the per-scenario results."""
    rng = random.Random(seed)
    results: dict[str, dict[str, int]] = {name: {"kills": 0, "bad": 0} for name in SCENARIOS}
    problems: list[str] = []
    subprocess.run(
        [sys.executable, "-c", _PRELUDE, str(home)], check=True, cwd=ROOT, capture_output=True
    )
    for round_number in range(kills):
        name = rng.choice(list(SCENARIOS))
        child = subprocess.Popen(
            [sys.executable, "-c", _PRELUDE + SCENARIOS[name], str(home)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert child.stdout is not None
        child.stdout.readline()  # "ready": the home is open
        time.sleep(rng.uniform(0.05, 1.5))
        child.send_signal(signal.SIGKILL)
        child.wait()
        found = check(home / "ledger.sqlite3")
        results[name]["kills"] += 1
        results[name]["bad"] += bool(found)
        problems += [f"round {round_number} ({name}): {p}" for p in found]
        print(
            f"{round_number + 1:>4}/{kills} {name:<15} {found or 'OK'}",
            file=out,
            flush=True,
        )
    return {"kills": kills, "seed": seed, "scenarios": results, "problems": problems}


def main() -> None:
    """Run the soak and print the per-scenario kill counts and problems as JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--home", type=Path, default=None)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="lingassist-soak-") as folder:
        report = soak(args.home or Path(folder) / "home", args.kills, args.seed)
    print(json.dumps(report, indent=2))
    sys.exit(1 if report["problems"] else 0)


if __name__ == "__main__":
    main()
