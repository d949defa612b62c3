"""Which way up is a receipt? Tesseract's OSD against the app's own test, on turned copies.

    .venv/bin/python bench/receipt_orientation.py [--part tune|held|all] [--workers 2]

Each dev receipt (sroie-dev and wild-dev, the split of bench/receipts.py) is turned by 0,
90, 180 and 270 degrees; each copy is cropped to the paper (`straighten.paper_box`) and
then:
- OSD: `tesseract --psm 0` (needs `tesseract-ocr-osd`) says how far to turn it;
- ours: `TesseractOcr._read_upright` (the axis test, a reading, and the other turns only
  when that reading is poor: `ocr.reads_well`), the turn whose reading it keeps.
Right when the turn undoes the copy's. Seconds are per copy (OSD: the OSD run alone; ours:
the reading(s), which the app needs anyway; compare them with one plain reading).
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
import subprocess
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from receipts import SETS, _read_truth, held_out  # noqa: E402

from lingassist.engines.images import load_image  # noqa: E402
from lingassist.engines.ocr import TesseractOcr  # noqa: E402
from lingassist.engines.straighten import paper_box  # noqa: E402

TURNS = (0, 90, 180, 270)


def main(argv: list[str] | None = None) -> int:
    """Measure both tests on every chosen receipt, turned four ways, and print a table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--part", choices=("tune", "held", "all"), default="tune")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--every", type=int, default=1, help="only every Nth receipt")
    args = parser.parse_args(argv)
    paths = []
    for dev in SETS.values():
        for name in sorted(_read_truth(dev.folder / "truth.jsonl")):
            if args.part == "all" or held_out(name) == (args.part == "held"):
                paths.append(str(dev.folder / name))
    paths = paths[:: args.every]
    with ProcessPoolExecutor(max_workers=args.workers) as pool:
        rows = [row for rows in pool.map(measure, paths) for row in rows]
    print(
        f"{len(paths)} receipts x {len(TURNS)} turns, part {args.part}, "
        f"load {os.getloadavg()[0]:.1f}"
    )
    print(
        f"{'turned':>7} {'OSD right':>10} {'OSD s':>7} {'ours right':>11} {'ours s':>7}"
        f" {'upright read s':>15}"
    )
    for turn in (*TURNS, "all"):
        chosen = [row for row in rows if turn == "all" or row["turn"] == turn]
        print(
            f"{turn!s:>7} {_share(chosen, 'osd_ok'):>10} {_median(chosen, 'osd_s'):>7}"
            f" {_share(chosen, 'ours_ok'):>11} {_median(chosen, 'ours_s'):>7}"
            f" {_median(chosen, 'plain_s'):>15}"
        )
    return 0


def measure(path: str) -> list[dict[str, Any]]:
    """Both tests on the four turned copies of one receipt."""
    image = load_image(Path(path))
    engine = TesseractOcr(reread_dates=False)
    rows = []
    started = time.perf_counter()
    engine._read_page(image.convert("L"))
    plain = time.perf_counter() - started
    for turn in TURNS:
        turned = image.rotate(turn, expand=True)
        grey = turned.convert("L")
        started = time.perf_counter()
        osd = _osd_turn(grey.crop(paper_box(grey)))
        osd_seconds = time.perf_counter() - started
        started = time.perf_counter()
        upright, _ = engine._read_upright(turned)
        ours_seconds = time.perf_counter() - started
        undo = (4 - turn // 90) % 4  # counter-clockwise quarter turns that undo `turn`
        rows.append(
            {
                "turn": turn,
                "osd_ok": osd is not None and (osd // 90) % 4 == (turn // 90) % 4,
                "osd_s": osd_seconds,
                "ours_ok": upright.quarter_turns == undo,
                "ours_s": ours_seconds,
                "plain_s": plain,
            }
        )
    return rows


def _osd_turn(grey: Any) -> int | None:
    """OSD's "Rotate:" (degrees clockwise that make the page upright), or None."""
    buffer = io.BytesIO()
    grey.save(buffer, format="PPM")
    completed = subprocess.run(
        ["tesseract", "stdin", "stdout", "--psm", "0"],
        input=buffer.getvalue(),
        capture_output=True,
        env={**os.environ, "OMP_THREAD_LIMIT": "1"},
        check=False,
    )
    for line in completed.stdout.decode("utf-8", "replace").splitlines():
        if line.startswith("Rotate:"):
            return int(line.split()[1])
    return None


def _share(rows: list[dict[str, Any]], key: str) -> str:
    return f"{100 * sum(row[key] for row in rows) / max(1, len(rows)):.0f}%"


def _median(rows: list[dict[str, Any]], key: str) -> str:
    return f"{statistics.median(row[key] for row in rows):.2f}" if rows else "-"


if __name__ == "__main__":
    raise SystemExit(main())
