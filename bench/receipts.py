"""Receipt reading accuracy and speed on real SROIE receipts, against a naive baseline.

    .venv/bin/python bench/receipts.py [--data ../shared/data/receipts/sroie-dev] [--workers 2]

Each receipt runs in a worker process (2 by default, one receipt at a time per worker):
`load_image` -> `read_draft` (the app's own pipeline: `TesseractOcr().read` ->
`parse_receipt`, and a second reading with `--psm 6` merged in when the first draft is
unsure), timed from the file path to the draft. The baseline runs right after it on the same
receipt in the same worker (so both see the same machine load; the 1-minute load average is
printed) and is what RECEIPTS.md measured first: Tesseract's default `image_to_string`
(--psm 3) and naive regexes (the largest amount on a TOTAL line, the first date, the first
line). Both Tesseract runs use `OMP_THREAD_LIMIT=1`. Exact match after normalization: totals
as 2-decimal numbers ignoring RM/$/commas; dates as ISO dates read day-first unless
impossible; merchant names compared on letters and digits only, case-insensitive.

The images are competition data for evaluation only: they are read by path and never
copied into the repository.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from lingassist.engines.images import load_image  # noqa: E402
from lingassist.engines.ocr import OcrPage, TesseractOcr  # noqa: E402
from lingassist.receipts import ReceiptDraft, lines_from_words, parse_receipt  # noqa: E402
from lingassist.receipts.dates import dates_in  # noqa: E402
from lingassist.services.receipt_reading import read_draft  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "data" / "receipts" / "sroie-dev"
FIELDS = ("total", "date", "merchant")
TARGETS = {"total": 0.85, "date": 0.92, "merchant": 0.75, "median_s": 1.0}
TODAY = date(2026, 11, 23)
_NAIVE_AMOUNT = re.compile(r"\d+[.,]\d{2}\b")
_NAIVE_DATE = re.compile(r"\b\d{1,2}[/-]\d{1,2}[/-]\d{2,4}\b")


def main(argv: list[str] | None = None) -> int:
    """Run both pipelines on every receipt of the data folder and report."""
    args = _arguments(argv)
    truth = _read_truth(args.data / "truth.jsonl")
    names = sorted(truth)[: args.limit] if args.limit else sorted(truth)
    paths = [str(args.data / name) for name in names]
    load_before = os.getloadavg()
    with ProcessPoolExecutor(max_workers=args.workers) as pool:
        results = list(pool.map(run_both, paths))
    ours = [mine for mine, _ in results]
    baseline = [naive for _, naive in results]
    report = _report(names, truth, ours, baseline, args.workers)
    report["load_average_before_after"] = [round(load_before[0], 2), round(os.getloadavg()[0], 2)]
    _print_table(report)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(f"\nwritten to {args.out}")
    return 0


def run_both(path: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """Both pipelines on one receipt, back to back, so that both see the same machine load."""
    return run_ours(path), run_baseline(path)


def run_ours(path: str) -> dict[str, Any]:
    """The app's pipeline on one receipt: the three fields and the seconds it took."""
    started = time.perf_counter()
    draft, passes = read_draft(TesseractOcr(), load_image(Path(path)), _parse)
    seconds = time.perf_counter() - started
    return {
        "total": None if draft.total is None else str(draft.total),
        "date": None if draft.date is None else draft.date.isoformat(),
        "merchant": draft.merchant,
        "passes": passes,
        "seconds": seconds,
    }


def _parse(page: OcrPage) -> ReceiptDraft:
    return parse_receipt(lines_from_words(page.lines()), default_currency="MYR", today=TODAY)


def run_baseline(path: str) -> dict[str, Any]:
    """Default Tesseract text and naive regexes, as first measured in RECEIPTS.md."""
    import pytesseract
    from PIL import Image

    os.environ["OMP_THREAD_LIMIT"] = "1"
    started = time.perf_counter()
    with Image.open(path) as image:
        text = pytesseract.image_to_string(image)
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    totals = [
        amount
        for line in lines
        if "TOTAL" in line.upper()
        for amount in _NAIVE_AMOUNT.findall(line)
    ]
    dates = [match for line in lines for match in _NAIVE_DATE.findall(line)]
    return {
        "total": max(totals, key=lambda text: float(text.replace(",", "."))) if totals else None,
        "date": dates[0] if dates else None,
        "merchant": lines[0] if lines else None,
        "seconds": time.perf_counter() - started,
    }


def normalize(field: str, value: str | None) -> str | None:
    """The comparable form of a field value (see the module docstring)."""
    if value is None:
        return None
    if field == "total":
        digits = re.sub(r"[^\d.,]", "", value).replace(",", ".")
        head, _, tail = digits.rpartition(".")
        try:
            return f"{Decimal(head.replace('.', '') + '.' + tail if head else tail):.2f}"
        except InvalidOperation:
            return None
    if field == "date":
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            return value
        found = dates_in(value)
        return found[0].isoformat() if found else None
    return re.sub(r"[^A-Z0-9]", "", value.upper()) or None


def _report(
    names: list[str],
    truth: dict[str, dict[str, str]],
    ours: list[dict[str, Any]],
    baseline: list[dict[str, Any]],
    workers: int,
) -> dict[str, Any]:
    files = []
    for name, mine, naive in zip(names, ours, baseline, strict=True):
        expected = {
            "total": truth[name]["total"],
            "date": truth[name]["date"],
            "merchant": truth[name]["company"],
        }
        files.append(
            {
                "file": name,  # truth stays in the data folder's truth.jsonl
                "ours": mine,
                "baseline": naive,
                "ours_ok": {f: _same(f, mine[f], expected[f]) for f in FIELDS},
                "baseline_ok": {f: _same(f, naive[f], expected[f]) for f in FIELDS},
            }
        )
    return {
        "data": str(Path(truth[names[0]]["_folder"])),
        "receipts": len(files),
        "workers": workers,
        "ours": _summary(files, "ours"),
        "baseline": _summary(files, "baseline"),
        "targets": TARGETS,
        "files": files,
    }


def _summary(files: list[dict[str, Any]], side: str) -> dict[str, float]:
    seconds = sorted(entry[side]["seconds"] for entry in files)
    summary = {f: sum(e[f"{side}_ok"][f] for e in files) / len(files) for f in FIELDS}
    summary["median_s"] = statistics.median(seconds)
    summary["p90_s"] = seconds[min(len(seconds) - 1, round(0.9 * (len(seconds) - 1)))]
    if side == "ours":
        summary["second_pass"] = sum(e[side]["passes"] > 1 for e in files) / len(files)
    return summary


def _same(field: str, got: str | None, expected: str) -> bool:
    return got is not None and normalize(field, got) == normalize(field, expected)


def _print_table(report: dict[str, Any]) -> None:
    ours, base = report["ours"], report["baseline"]
    before, after = report["load_average_before_after"]
    print(f"{report['receipts']} receipts, {report['workers']} workers, load {before} -> {after}\n")
    print(f"{'':10} {'ours':>8} {'baseline':>9} {'ratio':>7} {'target':>8}")
    for key in (*FIELDS, "median_s", "p90_s"):
        seconds = key.endswith("_s")
        fmt = (lambda v: f"{v:.2f}s") if seconds else (lambda v: f"{100 * v:.0f}%")
        ratio = ours[key] / base[key] if base[key] else float("inf")
        target = TARGETS.get(key)
        shown = "" if target is None else ("≤" if seconds else "≥") + fmt(target)
        print(f"{key:10} {fmt(ours[key]):>8} {fmt(base[key]):>9} {ratio:>6.2f}x {shown:>8}")
    print(f"second OCR pass on {100 * ours['second_pass']:.0f}% of the receipts")


def _read_truth(path: Path) -> dict[str, dict[str, str]]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    return {row["file"]: {**row, "_folder": str(path.parent)} for row in rows}


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--limit", type=int, default=0, help="only the first N receipts")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "receipts.json")
    return parser.parse_args(argv)


if __name__ == "__main__":
    raise SystemExit(main())
