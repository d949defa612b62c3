"""How long the other person's window takes to show a new entry (issue 19).

Two people share one ledger: Anna adds an expense from her computer (here: her own
`AppContext` in this process, as `lingassist add` would), Ben's window is open on the same
ledger (the real `MainWindow`, offscreen, with its `LedgerWatcher`). For each of `--entries`
entries, added at a random moment of Ben's polling cycle, the time from Anna's commit to the
moment Ben's ledger table holds the entry. On PostgreSQL (a private server started for the
run, as in the tests) and on SQLite (both on one file, as two windows on one computer).

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python bench/window_notice.py [--entries 10]``
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from ledger_postgres import home  # noqa: E402  (a fresh EUR home on a URL, "" for SQLite)
from PySide6.QtCore import QCoreApplication  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from lingassist.engines.speech import WhisperSpeech  # noqa: E402  (never loaded here)
from lingassist.gui.main_window import MainWindow  # noqa: E402
from lingassist.services.context import AppContext, open_home  # noqa: E402
from lingassist.services.entries import EntryRequest, record_entry  # noqa: E402
from lingassist.services.receipt_reading import make_receipt_reader  # noqa: E402
from tests import pg  # noqa: E402

GIVE_UP_S = 10.0


def shown(window: MainWindow, description: str) -> bool:
    model = window.ledger.model
    return any(
        (row := model.row_at(i)) is not None and row.description == description
        for i in range(min(model.rowCount(), 20))
    )


def notice_times(anna: AppContext, ben: AppContext, entries: int) -> list[float]:
    """Seconds from each of Anna's commits until Ben's window lists the entry."""
    window = MainWindow(ben, receipt_reader=make_receipt_reader(ben), speech=WhisperSpeech())
    window.show_page(window.ledger)
    window.show()
    seconds = []
    for n in range(entries):
        settle = time.perf_counter() + random.uniform(0.0, 2.5)  # any moment of a poll cycle
        while time.perf_counter() < settle:
            QCoreApplication.processEvents()
            time.sleep(0.005)
        description = f"Notice {n}"
        record_entry(anna, EntryRequest("3.20", merchant="Corner Shop", description=description))
        committed = time.perf_counter()
        while not shown(window, description):
            if time.perf_counter() - committed > GIVE_UP_S:
                raise RuntimeError(f"Ben's window did not show {description!r} in {GIVE_UP_S} s")
            QCoreApplication.processEvents()
            time.sleep(0.005)
        seconds.append(time.perf_counter() - committed)
    window.close()
    return seconds


def summary(seconds: list[float]) -> dict[str, float]:
    ordered = sorted(seconds)
    return {
        "median_s": round(statistics.median(ordered), 3),
        "p90_s": round(ordered[int(0.9 * (len(ordered) - 1))], 3),
        "max_s": round(ordered[-1], 3),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=10)
    parser.add_argument("--out", type=Path, default=ROOT / "bench/results/window-notice.json")
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication([])
    results = {}
    server = pg.start_server()
    try:
        with tempfile.TemporaryDirectory(prefix="lingassist-notice-") as folder:
            work = Path(folder)
            shared = server.fresh_database(migrated=False)
            anna = home(work / "anna-pg", shared, "anna")
            ben = home(work / "ben-pg", shared, "ben")
            results["postgresql"] = summary(notice_times(anna, ben, args.entries))
            anna_file = home(work / "sqlite", "", "anna")
            ben_file = open_home(work / "sqlite")  # a second window on the same file
            results["sqlite"] = summary(notice_times(anna_file, ben_file, args.entries))
    finally:
        server.stop()
    del app
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2))
    for engine, figures in results.items():
        print(
            f"{engine:>10}: shown in the other window after {figures['median_s']:.2f} s median, "
            f"{figures['p90_s']:.2f} s p90, {figures['max_s']:.2f} s at most "
            f"({args.entries} entries)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
