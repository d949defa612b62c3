"""A second OCR engine for receipt photos (issue 15): RapidOCR against today's pipeline.

    .venv/bin/python bench/receipt_engines.py --set wild --part tune --workers 1
    .venv/bin/python bench/receipt_engines.py --set wild --part held --workers 1

Needs `rapidocr-onnxruntime` in .venv (its wheel carries the PP-OCR models; onnxruntime runs
them on the CPU, one thread per reading). Three readers on each receipt, back to back in
the same worker process (same machine load), each timed from the loaded picture to the
draft, wall-clock and CPU (user+sys of this process and of its Tesseract children):

- "ours": today's pipeline (`read_draft` with `TesseractOcr`: a second Tesseract reading in
  `--psm 6` merged in when the first draft is unsure);
- "rapid": RapidOCR alone (`engines.rapid_ocr.RapidOcr`) read by the app's parser;
- "tess+rapid": Tesseract's first reading, and RapidOCR instead of the `--psm 6` reading as
  the second reader when the first draft is unsure (`needs_second_pass`), merged field by
  field as the second Tesseract reading is (`merge_drafts`);
- "ours+rapid": today's pipeline, and RapidOCR as a third reading when the merged draft is
  still unsure;
- "ours+rapid.85": the same with RapidOCR's scores multiplied by 0.85 (`DISCOUNT`) before
  merging (its scores run high: on the tune part it replaced a right merchant of a photo
  by a surer-looking wrong line).

`RapidOcr` is the engine adapter measured: RapidOCR behind the app's `OcrEngine` interface
(an image in, an `OcrPage` of words with boxes and confidences out, RapidOCR imported on the
first reading). It was written here and has since moved to `lingassist/engines/rapid_ocr.py`
(reading the same way; it also puts back the environment variables OpenCV's import changes,
and readings from several threads take turns), where the app uses it as the third reader:
"ours+rapid.85" is what `read_draft` does when given `THIRD_READER`; "ours" below passes no
third reader, so the variants are measured as they were.

The split, truth, comparison and confident precision are bench/receipts.py's. A line
"photos only" is added for the second-reader variants: RapidOCR used only on the receipts
the set's truth labels as photos, today's pipeline on the others (an upper bound for a
photo detector, since it uses the label). RapidOCR's models load once per worker, before
the first receipt's clock starts (an app would load them once too).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from functools import partial
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from receipts import (  # noqa: E402
    FIELDS,
    SETS,
    _fields_of,
    _judged,
    _read_truth,
    _summary,
    held_out,
    make_engine,
    make_parse,
)

from lingassist.engines.images import load_image  # noqa: E402
from lingassist.engines.rapid_ocr import RapidOcr, loaded  # noqa: E402
from lingassist.receipts import ReceiptDraft  # noqa: E402
from lingassist.receipts.passes import merge_drafts, needs_second_pass  # noqa: E402
from lingassist.services.receipt_reading import read_draft  # noqa: E402

SIDES = ("ours", "rapid", "tess+rapid", "ours+rapid", "ours+rapid.85")
SECOND_READERS = ("tess+rapid", "ours+rapid", "ours+rapid.85")
DISCOUNT = 0.85


def _cpu() -> float:
    times = os.times()
    return times.user + times.system + times.children_user + times.children_system


def _timed(work: Callable[[], tuple[ReceiptDraft, int]]) -> dict[str, Any]:
    wall, cpu = time.perf_counter(), _cpu()
    draft, passes = work()
    return {
        **_fields_of(draft),
        "passes": passes,
        "seconds": time.perf_counter() - wall,
        "cpu_s": _cpu() - cpu,
    }


def run_engines(path: str, home_currency: str, home_locale: str) -> dict[str, Any]:
    """The four readers on one receipt (see the module docstring)."""
    parse = make_parse(home_currency, home_locale)
    rapid = RapidOcr()
    loaded(rapid.threads)  # models loaded before the clocks start

    def ours() -> tuple[ReceiptDraft, int]:
        return read_draft(make_engine(home_locale), load_image(Path(path)), parse)

    def rapid_alone() -> tuple[ReceiptDraft, int]:
        return parse(rapid.read(load_image(Path(path)))), 1

    def tess_then_rapid() -> tuple[ReceiptDraft, int]:
        image = load_image(Path(path))
        first = parse(make_engine(home_locale).read(image))
        if not needs_second_pass(first):
            return first, 1
        return merge_drafts(first, parse(rapid.read(image))), 2

    def ours_then(third: RapidOcr) -> tuple[ReceiptDraft, int]:
        image = load_image(Path(path))
        draft, passes = read_draft(make_engine(home_locale), image, parse)
        if not needs_second_pass(draft):
            return draft, passes
        return merge_drafts(draft, parse(third.read(image))), passes + 1

    return {
        "ours": _timed(ours),
        "rapid": _timed(rapid_alone),
        "tess+rapid": _timed(tess_then_rapid),
        "ours+rapid": _timed(partial(ours_then, rapid)),
        "ours+rapid.85": _timed(partial(ours_then, RapidOcr(confidence_scale=DISCOUNT))),
    }


def main(argv: list[str] | None = None) -> int:
    args = _arguments(argv)
    dev = SETS[args.set]
    truth = _read_truth(dev.folder / "truth.jsonl")
    names = [n for n in sorted(truth) if args.part == "all" or held_out(n) == (args.part == "held")]
    names = names[: args.limit] if args.limit else names
    job = partial(run_engines, home_currency=dev.home_currency, home_locale=dev.home_locale)
    load_before = os.getloadavg()[0]
    with ProcessPoolExecutor(max_workers=args.workers) as pool:
        results = list(pool.map(job, [str(dev.folder / n) for n in names]))
    files = [
        _judged(dev, name, truth[name], result, SIDES)
        for name, result in zip(names, results, strict=True)
    ]
    sides = list(SIDES)
    if args.set == "wild":
        for side in SECOND_READERS:
            photos = f"{side}(photos)"
            sides.append(photos)
            for entry in files:
                chosen = side if entry["capture"] == "photo" else "ours"
                entry[photos], entry[f"{photos}_ok"] = entry[chosen], entry[f"{chosen}_ok"]
    summary = {side: _summary(files, side, dev) for side in sides}
    for side in sides:
        summary[side]["median_cpu_s"] = statistics.median(e[side]["cpu_s"] for e in files)
    fields = [f for f in FIELDS if f in dev.truth_keys]
    print(
        f"== {dev.name} part {args.part}, {len(files)} receipts, {args.workers} worker(s), "
        f"load {load_before:.2f} -> {os.getloadavg()[0]:.2f}"
    )
    keys = [*fields, "confident_precision", "median_s", "p90_s", "median_cpu_s", "second_pass"]
    print(f"{'reader':20} " + " ".join(f"{k[:12]:>12}" for k in keys))
    for side in sides:
        cells = []
        for key in keys:
            value = summary[side].get(key)
            if value is None:
                cells.append(f"{'—':>12}")
            elif key.endswith("_s"):
                cells.append(f"{value:>11.2f}s")
            else:
                cells.append(f"{100 * value:>11.0f}%")
        print(f"{side:20} " + " ".join(cells))
    out = args.out / f"receipt-engines-{dev.name}-{args.part}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    report = {"set": dev.name, "part": args.part, "summary": summary, "files": files}
    out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(f"written to {out}")
    return 0


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", choices=("sroie", "wild"), default="wild")
    parser.add_argument("--part", choices=("tune", "held", "all"), default="tune")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--limit", type=int, default=0, help="only the first N receipts")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results")
    return parser.parse_args(argv)


if __name__ == "__main__":
    raise SystemExit(main())
