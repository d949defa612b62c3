"""Ledger benchmark: bulk import, the yearly report and one list page, ORM vs plain sqlite3.

For each size N (default 100k and 1M transactions) it measures, as medians over repeats:

1. import  -- `bulk_add_transactions` (one change set, one write transaction, fresh home)
   against stdlib `sqlite3` inserting the same rows (transactions, postings, journal
   entries) into a copy of a freshly migrated empty ledger;
2. report  -- `monthly_category_report(year_period(2025))` against hand-written SQL;
3. list    -- one 200-row page (FOOD_AND_DRINK, 2025, date desc, offset 1000) plus the
   count, against hand-written SQL;
4. open    -- `open_home` + count + first unfiltered page, as the first window does
   (no baseline).

Generating the transactions (building `NewTransaction` / `Money` objects) is setup and is
timed separately; converting them to rows is part of the import, as in the app.

Run: ``.venv/bin/python bench/ledger.py [--sizes 100000 1000000] [--repeat 5]
[--out bench/results/ledger.json] [--profile]``.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import json
import platform
import pstats
import re
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import sqlalchemy  # noqa: E402
from ledger_data import SEED, generate, new_home  # noqa: E402
from sqlalchemy import event  # noqa: E402

from lingassist.core.money import to_minor  # noqa: E402
from lingassist.core.periods import year_period  # noqa: E402
from lingassist.core.transactions import (  # noqa: E402
    NewTransaction,
    TransactionFilter,
)
from lingassist.ledger.bulk import bulk_add_transactions  # noqa: E402
from lingassist.ledger.journal import begin_change  # noqa: E402
from lingassist.ledger.queries import count_transactions, list_transactions
from lingassist.ledger.reports import monthly_category_report
from lingassist.ledger.repository import merchant_key  # noqa: E402
from lingassist.services.context import AppContext, open_home  # noqa: E402

REPORT_YEAR = 2025
PAGE, OFFSET, LIST_CATEGORY = 200, 1000, "FOOD_AND_DRINK"
BIG = 500_000  # sizes from here on use --big-import-repeat
MONEY_TYPES = "('asset', 'liability')"

PLAIN_REPORT_SQL = """
SELECT substr(p.date, 1, 7) AS month, c.code, c.name, p.currency,
       sum(p.amount_minor) AS minor, count(*) AS n
FROM postings AS p JOIN categories AS c ON c.account_id = p.account_id
WHERE p.date >= ? AND p.date <= ? AND c.direction = 'expense' AND c.is_transfer = 0
GROUP BY month, c.code, p.currency
ORDER BY month, c.code"""
_MATCH = """t.date >= ? AND t.date <= ? AND EXISTS (
    SELECT 1 FROM postings AS p WHERE p.transaction_id = t.id
    AND p.account_id IN (SELECT account_id FROM categories WHERE primary_code = ?))"""
PLAIN_PAGE_SQL = f"""
SELECT t.id FROM transactions AS t WHERE {_MATCH}
ORDER BY t.date DESC, t.id DESC LIMIT ? OFFSET ?"""
PLAIN_COUNT_SQL = f"SELECT count(*) FROM transactions AS t WHERE {_MATCH}"
PLAIN_DETAIL_SQL = f"""
SELECT t.id, t.date, t.description, t.status, t.source, t.memo,
       coalesce(max(m.name), '') AS merchant,
       sum(CASE WHEN a.type IN {MONEY_TYPES} THEN p.amount_minor ELSE 0 END) AS money_minor,
       min(p.amount_minor) AS smallest_minor,
       max(CASE WHEN a.type IN {MONEY_TYPES} THEN p.currency END) AS money_currency,
       max(p.currency) AS any_currency,
       max(CASE WHEN a.type IN {MONEY_TYPES} THEN a.name END) AS account,
       count(c.id) AS category_count, max(c.code), max(c.name),
       (SELECT count(*) FROM attachments AS x WHERE x.transaction_id = t.id) AS attachments
FROM transactions AS t
JOIN postings AS p ON p.transaction_id = t.id
JOIN accounts AS a ON a.id = p.account_id
LEFT JOIN categories AS c ON c.account_id = p.account_id
LEFT JOIN merchants AS m ON m.id = t.merchant_id
WHERE t.id IN ({{marks}})
GROUP BY t.id"""


# --------------------------------------------------------------------------- data


# --------------------------------------------------------------------------- import


def orm_import(ctx: AppContext, items: list[NewTransaction]) -> float:
    """Seconds for the app's path: one change set, `bulk_add_transactions`, commit."""
    gc.collect()
    start = time.perf_counter()
    with ctx.database.sessions.begin() as session:
        change = begin_change(session, "Import benchmark")
        bulk_add_transactions(items, session=session, change=change)
    return time.perf_counter() - start


def plain_connect(path: Path) -> sqlite3.Connection:
    """A stdlib connection with the app's pragmas, in autocommit mode (explicit BEGIN)."""
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA foreign_keys=ON")
    connection.execute("PRAGMA synchronous=NORMAL")
    return connection


def plain_import(path: Path, items: list[NewTransaction]) -> tuple[float, float]:
    """(total seconds, seconds spent building row tuples) for the same rows via sqlite3."""
    connection = plain_connect(path)
    gc.collect()
    start = time.perf_counter()
    connection.execute("BEGIN")
    now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    connection.execute("DELETE FROM change_sets WHERE undone = 1")
    change_id = connection.execute(
        "INSERT INTO change_sets (label, created_at, undone) VALUES (?, ?, 0)",
        ("Import benchmark", now),
    ).lastrowid
    assert change_id is not None
    journal: list[tuple] = []
    merchant_ids = _plain_merchants(connection, items, change_id, journal)
    first = (connection.execute("SELECT max(id) FROM transactions").fetchone()[0] or 0) + 1
    rows_start = time.perf_counter()
    heads, legs = [], []
    for transaction_id, item in enumerate(items, first):
        day = item.date.isoformat()
        heads.append(
            (
                transaction_id,
                day,
                item.description,
                merchant_ids.get(item.merchant),
                item.memo,
                item.status.value,
                item.source.value,
                now,
                now,
            )
        )
        for leg in item.postings:
            legs.append((transaction_id, leg.account_id, leg.money.minor, leg.money.currency, day))
        journal.append((change_id, len(journal), "transaction", transaction_id, "create"))
    rows_seconds = time.perf_counter() - rows_start
    connection.executemany(
        "INSERT INTO transactions (id, date, description, merchant_id, memo, status, source,"
        " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        heads,
    )
    connection.executemany(
        "INSERT INTO postings (transaction_id, account_id, amount_minor, currency, date)"
        " VALUES (?, ?, ?, ?, ?)",
        legs,
    )
    connection.executemany(
        'INSERT INTO journal_entries (change_set_id, seq, entity, entity_id, op, "before",'
        ' "after") VALUES (?, ?, ?, ?, ?, NULL, NULL)',
        journal,
    )
    connection.execute("COMMIT")
    seconds = time.perf_counter() - start
    connection.close()
    return seconds, rows_seconds


def _plain_merchants(
    connection: sqlite3.Connection, items: list[NewTransaction], change_id: int, journal: list
) -> dict[str | None, int]:
    """Merchant name -> id, inserting unknown merchants (keys computed once per name)."""
    names = {item.merchant for item in items if item.merchant}
    keys = {name: merchant_key(name) for name in names}
    marks = ", ".join("?" * len(set(keys.values())))
    known = dict(
        connection.execute(
            f"SELECT key, id FROM merchants WHERE key IN ({marks})", list(set(keys.values()))
        ).fetchall()
    )
    for name, key in keys.items():
        if key not in known:
            known[key] = connection.execute(
                "INSERT INTO merchants (name, key) VALUES (?, ?)", (" ".join(name.split()), key)
            ).lastrowid
            journal.append((change_id, len(journal), "merchant", known[key], "create"))
    return {name: known[key] for name, key in keys.items()}


def ledger_fingerprint(path: Path) -> tuple:
    """Aggregates that two imports of the same data must share."""
    connection = sqlite3.connect(path)
    queries = (
        "SELECT count(*), min(date), max(date), sum(length(description)), sum(merchant_id),"
        " sum(length(memo)), group_concat(DISTINCT status || '/' || source) FROM transactions",
        "SELECT count(*), sum(amount_minor * (amount_minor > 0)), sum(account_id * transaction_id),"
        " count(DISTINCT date) FROM postings",
        "SELECT count(*), sum(entity_id), sum(entity = 'merchant') FROM journal_entries",
        "SELECT count(*), group_concat(key, '|') FROM (SELECT key FROM merchants ORDER BY key)",
    )
    result = tuple(tuple(connection.execute(q).fetchone()) for q in queries)
    connection.close()
    return result


# --------------------------------------------------------------------------- queries


def report_filter() -> TransactionFilter:
    """FOOD_AND_DRINK (all its detailed categories) in the report year, newest first."""
    year = year_period(REPORT_YEAR)
    return TransactionFilter(start=year.start, end=year.end, category=LIST_CATEGORY)


def orm_report(ctx: AppContext) -> list[tuple]:
    """The app's yearly monthly-category report, as comparable tuples."""
    with ctx.database.sessions.begin() as session:
        rows = monthly_category_report(year_period(REPORT_YEAR), session=session)
    return [(m, r.key, r.currency, to_minor(r.amount, r.currency), r.count) for m, r in rows]


def plain_report(connection: sqlite3.Connection) -> list[tuple]:
    """The same report by hand-written SQL."""
    year = year_period(REPORT_YEAR)
    rows = connection.execute(PLAIN_REPORT_SQL, (year.start.isoformat(), year.end.isoformat()))
    return [(month, code, currency, minor, n) for month, code, _, currency, minor, n in rows]


def orm_list(ctx: AppContext) -> tuple[list[int], int]:
    """One filtered page and the count, as the transaction list does."""
    query = report_filter()
    with ctx.database.sessions.begin() as session:
        rows = list_transactions(query, session=session, limit=PAGE, offset=OFFSET)
        total = count_transactions(query, session=session)
    return [row.id for row in rows], total


def plain_list(connection: sqlite3.Connection) -> tuple[list[int], int]:
    """The same page (ids, then grouped details) and count by hand-written SQL."""
    year = year_period(REPORT_YEAR)
    match = (year.start.isoformat(), year.end.isoformat(), LIST_CATEGORY)
    ids = [row[0] for row in connection.execute(PLAIN_PAGE_SQL, (*match, PAGE, OFFSET))]
    details = connection.execute(PLAIN_DETAIL_SQL.format(marks=", ".join("?" * len(ids))), ids)
    by_id = {row[0]: row for row in details}
    total = connection.execute(PLAIN_COUNT_SQL, match).fetchone()[0]
    return [i for i in ids if i in by_id], total


def open_first_page(home: Path) -> float:
    """Seconds to open the home and show the first window's list (count + first page)."""
    gc.collect()
    start = time.perf_counter()
    ctx = open_home(home)
    with ctx.database.sessions.begin() as session:
        count_transactions(TransactionFilter(), session=session)
        list_transactions(TransactionFilter(), session=session, limit=PAGE)
    seconds = time.perf_counter() - start
    ctx.database.engine.dispose()
    return seconds


def timed(function: Callable[[], Any], repeat: int, warmup: int = 1) -> tuple[list[float], Any]:
    """Run times (seconds) of `function` after `warmup` untimed calls, and its last result."""
    result = None
    for _ in range(warmup):
        result = function()
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        result = function()
        runs.append(time.perf_counter() - start)
    return runs, result


def timed_pair(
    orm: Callable[[], Any], plain: Callable[[], Any], repeat: int
) -> tuple[list[float], list[float], Any, Any]:
    """Like `timed` for two functions, alternating them so that drift hits both alike."""
    results = [orm(), plain()]  # warm-up
    runs: tuple[list[float], list[float]] = ([], [])
    for _ in range(repeat):
        for index, function in enumerate((orm, plain)):
            start = time.perf_counter()
            results[index] = function()
            runs[index].append(time.perf_counter() - start)
    return runs[0], runs[1], results[0], results[1]


def captured_sql(ctx: AppContext, function: Callable[[], Any]) -> list[tuple[str, Any]]:
    """(statement, parameters) of every SQL statement the ORM sends while `function` runs."""
    seen: list[tuple[str, Any]] = []

    def listen(_conn, _cursor, statement, parameters, _context, _many):  # type: ignore[no-untyped-def]
        if statement.lstrip().upper().startswith("SELECT"):
            seen.append((statement, parameters))

    event.listen(ctx.database.engine, "before_cursor_execute", listen)
    try:
        function()
    finally:
        event.remove(ctx.database.engine, "before_cursor_execute", listen)
    return seen


def run_all(connection: sqlite3.Connection, statements: list[tuple[str, Any]]) -> list[list]:
    """Execute and fetch each statement with its parameters."""
    return [connection.execute(sql, parameters).fetchall() for sql, parameters in statements]


def query_plan(connection: sqlite3.Connection, statement: str, parameters: Any) -> list[str]:
    """EXPLAIN QUERY PLAN as indented lines."""
    rows = connection.execute(f"EXPLAIN QUERY PLAN {statement}", parameters).fetchall()
    depth: dict[int, int] = {0: -1}
    lines = []
    for node, parent, _, detail in rows:
        depth[node] = depth.get(parent, -1) + 1
        lines.append("  " * depth[node] + detail)
    return lines


def short_sql(statement: str) -> str:
    """SQL with long `?, ?, ...` lists folded, on one line per clause."""
    folded = re.sub(r"\?(?:, \?){5,}", lambda m: f"?  ×{m.group(0).count('?')}", statement)
    return re.sub(r"[ \t]+", " ", folded).strip()


# --------------------------------------------------------------------------- driver


def median(runs: list[float]) -> float | None:
    """Median of the runs, or None when there were none."""
    return statistics.median(runs) if runs else None


def result(
    size: int,
    operation: str,
    orm: list[float],
    plain: list[float],
    target: str,
    met: bool | None,
    **extra: Any,
) -> dict[str, Any]:
    """One row of the results table."""
    orm_m, plain_m = median(orm), median(plain)
    ratio = orm_m / plain_m if orm_m and plain_m else None
    return {
        "size": size,
        "operation": operation,
        "orm_median_s": orm_m,
        "plain_median_s": plain_m,
        "ratio": ratio,
        "target": target,
        "met": met,
        "orm_runs_s": orm,
        "plain_runs_s": plain,
        **extra,
    }


def bench_size(size: int, args: argparse.Namespace, work: Path, template: Path) -> dict:
    """All measurements for one size; returns result rows and EXPLAIN plans."""
    print(f"\n== N = {size:,} ==", flush=True)
    setup_ctx = new_home(work / f"setup-{size}")
    start = time.perf_counter()
    items = generate(size, setup_ctx)
    generation = time.perf_counter() - start
    setup_ctx.database.engine.dispose()
    shutil.rmtree(setup_ctx.paths.home)
    print(f"generated {len(items):,} NewTransaction objects in {generation:.1f} s (setup)")
    row, ctx = bench_import(size, items, args, work, template)
    row["generation_s"] = generation
    del items
    gc.collect()
    query_rows = bench_queries(size, ctx, args)
    plans = explain(ctx, query_rows, max(args.repeat, 5))
    home = ctx.paths.home
    ctx.database.engine.dispose()  # the first window opens a ledger no one else has open
    open_runs, _ = timed(lambda: open_first_page(home), 5)
    rows = [row, *query_rows, result(size, "open + first page", open_runs, [], "", None)]
    if args.profile:
        profile(home, size)
    shutil.rmtree(home)
    return {"rows": rows, "plans": plans}


def bench_import(
    size: int, items: list[NewTransaction], args: argparse.Namespace, work: Path, template: Path
) -> tuple[dict, AppContext]:
    """Import repeats (fresh ledger each), checking both paths write the same rows.

    Returns the result row and the last ORM-imported home, left open for the queries.
    """
    repeat = args.repeat if size < BIG else args.big_import_repeat
    orm_runs, plain_runs, row_runs, fingerprints = [], [], [], set()
    ctx: AppContext | None = None
    for n in range(repeat):
        if ctx is not None:
            ctx.database.engine.dispose()
            shutil.rmtree(ctx.paths.home)
        ctx = new_home(work / f"orm-{size}-{n}")
        orm_runs.append(orm_import(ctx, items))
        plain_db = work / f"plain-{size}-{n}.sqlite3"
        shutil.copyfile(template, plain_db)
        seconds, rows_seconds = plain_import(plain_db, items)
        plain_runs.append(seconds)
        row_runs.append(rows_seconds)
        fingerprints |= {ledger_fingerprint(ctx.paths.database), ledger_fingerprint(plain_db)}
        plain_db.unlink()
        print(
            f"  import run {n + 1}/{repeat}: orm {orm_runs[-1]:.2f} s, "
            f"plain {seconds:.2f} s (of which building rows {rows_seconds:.2f} s)",
            flush=True,
        )
    assert len(fingerprints) == 1, f"ORM and plain imports differ: {fingerprints}"
    assert ctx is not None, "--repeat must be at least 1"
    target_size = size == 100_000
    row = result(
        size,
        "import",
        orm_runs,
        plain_runs,
        "≤ 3 s" if target_size else "",
        median(orm_runs) <= 3.0 if target_size else None,  # type: ignore[operator]
        plain_build_rows_runs_s=row_runs,
    )
    return row, ctx


def bench_queries(size: int, ctx: AppContext, args: argparse.Namespace) -> list[dict]:
    """Report and list page, ORM and plain, on the same database file."""
    connection = plain_connect(ctx.paths.database)
    repeat = max(args.repeat, 5)
    orm_runs, plain_runs, orm_rows, plain_rows = timed_pair(
        lambda: orm_report(ctx), lambda: plain_report(connection), repeat
    )
    assert orm_rows == plain_rows, "ORM and plain reports differ"
    assert orm_rows, "the report is empty"
    ratio = median(orm_runs) / median(plain_runs)  # type: ignore[operator]
    seconds_ok = size < 1_000_000 or median(orm_runs) <= 0.3  # type: ignore[operator]
    target = "ratio ≤ 1.5" + ("; ≤ 0.3 s" if size >= 1_000_000 else "")
    rows = [
        result(
            size,
            "report 2025",
            orm_runs,
            plain_runs,
            target,
            ratio <= 1.5 and seconds_ok,
            report_rows=len(orm_rows),
        )
    ]
    orm_runs, plain_runs, (orm_ids, orm_total), (plain_ids, plain_total) = timed_pair(
        lambda: orm_list(ctx), lambda: plain_list(connection), repeat
    )
    assert orm_ids == plain_ids and len(orm_ids) == PAGE, "ORM and plain pages differ"
    assert orm_total == plain_total, f"counts differ: {orm_total} vs {plain_total}"
    ratio = median(orm_runs) / median(plain_runs)  # type: ignore[operator]
    rows.append(
        result(
            size,
            "list page + count",
            orm_runs,
            plain_runs,
            "ratio ≤ 1.5",
            ratio <= 1.5,
            matching=orm_total,
        )
    )
    connection.close()
    for row in rows:
        print(
            f"  {row['operation']}: orm {row['orm_median_s'] * 1000:.1f} ms, "
            f"plain {row['plain_median_s'] * 1000:.1f} ms",
            flush=True,
        )
    return rows


def explain(ctx: AppContext, rows: list[dict], repeat: int) -> dict[str, list[dict[str, Any]]]:
    """EXPLAIN QUERY PLAN of the SQL the ORM actually sends, and of the plain SQL.

    Also times the ORM's own SQL run through sqlite3 (``orm_sql_raw_median_s`` on the
    report and list rows): the gap to the ORM time is Python overhead, the gap to the
    plain time is the shape of the SQL.
    """
    connection = plain_connect(ctx.paths.database)
    year = year_period(REPORT_YEAR)
    match = (year.start.isoformat(), year.end.isoformat(), LIST_CATEGORY)
    statements = {
        "orm report": captured_sql(ctx, lambda: orm_report(ctx)),
        "orm list page + count": captured_sql(ctx, lambda: orm_list(ctx)),
        "plain report": [(PLAIN_REPORT_SQL, match[:2])],
        "plain list": [(PLAIN_PAGE_SQL, (*match, PAGE, OFFSET)), (PLAIN_COUNT_SQL, match)],
    }
    for row, name in zip(rows, ("orm report", "orm list page + count"), strict=True):
        runs, _ = timed(partial(run_all, connection, statements[name]), repeat)
        row["orm_sql_raw_median_s"] = median(runs)
    plans = {
        name: [
            {
                "sql": short_sql(sql),
                "parameters": [str(p) for p in params][:8],
                "plan": query_plan(connection, sql, params),
            }
            for sql, params in found
        ]
        for name, found in statements.items()
    }
    connection.close()
    return plans


def profile(home: Path, size: int) -> None:
    """Print where the ORM report and list spend their time (cProfile, top 15)."""
    ctx = open_home(home)
    for name, function in (("report", lambda: orm_report(ctx)), ("list", lambda: orm_list(ctx))):
        profiler = cProfile.Profile()
        profiler.enable()
        for _ in range(5):
            function()
        profiler.disable()
        print(f"\n-- cProfile, ORM {name}, N = {size:,}, 5 calls --")
        pstats.Stats(profiler).sort_stats("tottime").print_stats(15)
    ctx.database.engine.dispose()


def make_template(work: Path) -> Path:
    """An empty, migrated, seeded ledger file to copy for every plain import."""
    ctx = new_home(work / "template")
    ctx.database.engine.dispose()  # checkpoints and removes the WAL file
    wal = ctx.paths.database.with_name(ctx.paths.database.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0, "template WAL was not checkpointed"
    return ctx.paths.database


def print_table(rows: list[dict]) -> None:
    """The results as a fixed-width table."""

    def cell(value: float | None, scale: str = "s") -> str:
        if value is None:
            return "—"
        return f"{value:.3f}" if scale == "s" else f"{value:.2f}×"

    header = (
        f"{'size':>10}  {'operation':<18} {'orm med s':>10} {'plain med s':>11} "
        f"{'ratio':>7}  {'target':<22} {'result':<6} {'orm SQL raw s':>13}"
    )
    print("\n" + header + "\n" + "-" * len(header))
    for r in rows:
        verdict = "" if r["met"] is None else ("PASS" if r["met"] else "MISS")
        print(
            f"{r['size']:>10,}  {r['operation']:<18} {cell(r['orm_median_s']):>10} "
            f"{cell(r['plain_median_s']):>11} {cell(r['ratio'], 'x'):>7}  "
            f"{r['target']:<22} {verdict:<6} {cell(r.get('orm_sql_raw_median_s')):>13}"
        )
    print("orm SQL raw = the SQL the ORM sends, run through plain sqlite3 (no Python layer)")


def print_plans(plans: dict[str, dict]) -> None:
    """EXPLAIN QUERY PLAN of the largest size, readable."""
    size, by_name = max(plans.items())
    print(f"\nEXPLAIN QUERY PLAN (N = {size:,})")
    for name, statements in by_name.items():
        for statement in statements:
            print(f"\n[{name}]\n{statement['sql']}\n  params: {statement['parameters']}")
            print("\n".join("  | " + line for line in statement["plan"]))


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark, print the table and write the JSON results."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument(
        "--repeat",
        type=int,
        default=5,
        help="import repeats below 500k; query repeats are max(this, 5)",
    )
    parser.add_argument(
        "--big-import-repeat",
        type=int,
        default=1,
        help="import repeats for sizes of 500k and more (slow)",
    )
    parser.add_argument(
        "--out", type=Path, default=Path(__file__).resolve().parent / "results" / "ledger.json"
    )
    parser.add_argument("--workdir", type=Path, default=None, help="scratch folder (default: tmp)")
    parser.add_argument("--profile", action="store_true", help="cProfile the ORM queries")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    work = Path(tempfile.mkdtemp(prefix="lingassist-bench-", dir=args.workdir))
    try:
        template = make_template(work)
        measured = {size: bench_size(size, args, work, template) for size in sorted(args.sizes)}
    finally:
        shutil.rmtree(work, ignore_errors=True)
    rows = [row for m in measured.values() for row in m["rows"]]
    print_table(rows)
    plans = {size: m["plans"] for size, m in measured.items()}
    print_plans(plans)
    total = time.perf_counter() - started
    print(f"\ntotal wall time {total:.0f} s")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(
        json.dumps(
            {
                "meta": {
                    "when": datetime.now(UTC).isoformat(timespec="seconds"),
                    "python": sys.version.split()[0],
                    "sqlite": sqlite3.sqlite_version,
                    "sqlalchemy": sqlalchemy.__version__,
                    "platform": platform.platform(),
                    "machine": platform.machine(),
                    "cpus": _cpus(),
                    "sizes": sorted(args.sizes),
                    "repeat": args.repeat,
                    "big_import_repeat": args.big_import_repeat,
                    "seed": SEED,
                    "wall_time_s": total,
                },
                "results": rows,
                "plans": {str(size): p for size, p in plans.items()},
            },
            indent=2,
            ensure_ascii=False,
        )
        + "\n",
        encoding="utf-8",
    )
    print(f"wrote {args.out}")
    return 0


def _cpus() -> int | None:
    import os

    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()


if __name__ == "__main__":
    raise SystemExit(main())
