"""The ledger on PostgreSQL beside SQLite (issue 19): import, yearly report, one list page,
two people writing at once, and how fast another window notices a change.

For each size N (default 100k) both engines get a fresh ledger; PostgreSQL is a private
server started for the run (initdb + pg_ctl on a Unix socket in a temporary folder, as in
the tests; fsync stays ON here, unlike the tests, so commits cost what they cost).

1. import  -- `bulk_add_transactions` of N transactions in one change set (median of 1);
2. report  -- `monthly_category_report` of one year (median over --repeat);
3. list    -- one 200-row FOOD_AND_DRINK page at offset 1000 plus its count;
4. writers -- two processes each `record_entry` --writes times at once: seconds, and
   whether every entry is there exactly once;
5. poll    -- one read of the ledger's version counter (what a window polls every 2 s).

Run: ``.venv/bin/python bench/ledger_postgres.py [--sizes 100000 1000000] [--repeat 5]
[--writes 1000] [--out bench/results/ledger-postgres.json]``; ``--writes 0`` leaves the
writers out. ``make bench-ledger-1m`` runs the 1M column alone (several minutes).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from ledger import orm_import, orm_list, orm_report  # noqa: E402
from ledger_data import generate  # noqa: E402

from lingassist.config import AppPaths, Settings, save_settings  # noqa: E402
from lingassist.services.context import AppContext, open_home  # noqa: E402
from lingassist.services.watch import ledger_version  # noqa: E402
from tests import pg  # noqa: E402

WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from lingassist.services.context import open_home
    from lingassist.services.entries import EntryRequest, record_entry
    home, name, count = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    context = open_home(home)
    for n in range(count):
        record_entry(context, EntryRequest("1.25", merchant="Corner Shop", category="coffee",
                                           description=f"{name} {n}"))
    context.database.close()
    """
)


def home(folder: Path, url: str, person: str = "") -> AppContext:
    """A fresh EUR home on `url` ("" for its own SQLite file)."""
    save_settings(
        AppPaths(folder).ensure(), Settings(default_currency="EUR", database_url=url, person=person)
    )
    return open_home(folder)


def timed(function: Callable[[], Any], repeat: int) -> float:
    """Median seconds over `repeat` runs after one warm-up."""
    function()
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        runs.append(time.perf_counter() - start)
    return statistics.median(runs)


def bench_engine(size: int, url_for: Callable[[], str], work: Path, repeat: int) -> dict:
    """Import, report and list on one engine."""
    context = home(work / f"home-{size}", url_for())
    items = generate(size, context)
    start = time.perf_counter()
    orm_import(context, items)
    imported = time.perf_counter() - start
    report = timed(lambda: orm_report(context), repeat)
    page = timed(lambda: orm_list(context), repeat)
    poll = timed(lambda: ledger_version(context), max(repeat, 50))
    figures = (len(orm_report(context)), orm_list(context)[1])
    context.database.close()
    return {
        "import_s": imported,
        "report_s": report,
        "list_s": page,
        "poll_ms": poll * 1000,
        "check": figures,
    }


def bench_writers(url: str, work: Path, writes: int) -> dict:
    """Two processes writing `writes` entries each into one ledger at once."""
    anna = work / "anna"
    home(anna, url, "anna").database.close()
    ben = work / "ben"
    save_settings(
        AppPaths(ben).ensure(), Settings(default_currency="EUR", database_url=url, person="ben")
    )
    if not url:  # SQLite: both open the same file, as two windows on one computer would
        shared = f"sqlite:///{AppPaths(anna).database}"
        for folder, who in ((anna, "anna"), (ben, "ben")):
            save_settings(
                AppPaths(folder),
                Settings(default_currency="EUR", database_url=shared, person=who),
            )
    start = time.perf_counter()
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(folder), folder.name, str(writes)],
            cwd=ROOT,
            stderr=subprocess.PIPE,
            text=True,
        )
        for folder in (anna, ben)
    ]
    errors = [w.communicate()[1] for w in writers]
    seconds = time.perf_counter() - start
    context = open_home(anna)
    with context.database.sessions() as session:
        from sqlalchemy import text

        found = [row[0] for row in session.execute(text("SELECT description FROM transactions"))]
    context.database.close()
    expected = {f"{who} {n}" for who in ("anna", "ben") for n in range(writes)}
    return {
        "seconds": seconds,
        "written": len(found),
        "lost": len(expected - set(found)),
        "duplicated": len(found) - len(set(found)),
        "failed": [e[-300:] for w, e in zip(writers, errors, strict=True) if w.returncode],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--writes", type=int, default=1000)
    parser.add_argument("--out", type=Path, default=ROOT / "bench/results/ledger-postgres.json")
    args = parser.parse_args(argv)
    server = pg.start_server(fsync=True)
    results: dict[str, Any] = {"sizes": {}, "writers": {}}
    try:
        with tempfile.TemporaryDirectory(prefix="lingassist-bench-pg-") as folder:
            work = Path(folder)
            for size in args.sizes:
                results["sizes"][size] = {
                    "sqlite": bench_engine(size, lambda: "", work / "sqlite", args.repeat),
                    "postgresql": bench_engine(
                        size,
                        lambda: server.fresh_database(migrated=False),
                        work / "postgresql",
                        args.repeat,
                    ),
                }
            if args.writes:
                results["writers"] = {
                    "sqlite": bench_writers("", work / "w-sqlite", args.writes),
                    "postgresql": bench_writers(
                        server.fresh_database(migrated=False), work / "w-pg", args.writes
                    ),
                }
    finally:
        server.stop()
    print_table(results, args.writes)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2, default=str) + "\n", encoding="utf-8")
    return 0


def print_table(results: dict[str, Any], writes: int) -> None:
    """SQLite and PostgreSQL side by side."""

    def row(name: str, lite: str, post: str, note: str = "") -> None:
        print(f"{name:<34} {lite:>12} {post:>12} {note}")

    row("measure", "SQLite", "PostgreSQL")
    for size, engines in results["sizes"].items():
        lite, post = engines["sqlite"], engines["postgresql"]
        row(f"import {size:,}", f"{lite['import_s']:.2f}s", f"{post['import_s']:.2f}s")
        for key, name in (("report_s", "yearly report"), ("list_s", "list page + count")):
            row(name, f"{lite[key] * 1000:.1f}ms", f"{post[key] * 1000:.1f}ms")
        row("version poll", f"{lite['poll_ms']:.2f}ms", f"{post['poll_ms']:.2f}ms")
        same = "same" if lite["check"] == post["check"] else "DIFFER"
        row("report rows, list count", str(lite["check"]), str(post["check"]), same)
    if not results["writers"]:
        return
    lite, post = results["writers"]["sqlite"], results["writers"]["postgresql"]
    row(f"2 writers x {writes:,}", f"{lite['seconds']:.1f}s", f"{post['seconds']:.1f}s")
    for key in ("written", "lost", "duplicated"):
        row(f"  {key}", str(lite[key]), str(post[key]))


if __name__ == "__main__":
    raise SystemExit(main())
