"""Receipt reading accuracy and speed on real receipts, against plain Tesseract in the same run.

    .venv/bin/python bench/receipts.py                       # both sets, both parts
    .venv/bin/python bench/receipts.py --set wild --part tune
    .venv/bin/python bench/receipts.py --set sroie --part held --workers 2

Two dev sets are read by path from `../shared/data/receipts/`:
- `sroie-dev`: flat scans of Malaysian receipts (truth: total, date, company);
- `wild-dev`: scans and phone photos from several countries (truth: total, date, merchant,
  currency; see its README).

THE SPLIT (fixed, shared by everyone working on receipts; never tune on the held-out part):
a receipt is HELD OUT when `sha1(file)` has a first hex digit in "01234", where `file` is the
receipt's `file` value exactly as written in the set's truth.jsonl (utf-8; for wild-dev that
includes the `images/` folder). Every table shows the tuning part, the held-out part and
both together (`--part` only chooses which receipts are read at all).

Each receipt runs in a worker process (2 by default, one receipt at a time per worker):
`load_image` -> `read_draft` (the app's own pipeline: `TesseractOcr().read` ->
`parse_receipt`, a second reading merged in when the first draft is unsure, and RapidOCR's
reading merged in when the draft is still unsure after both), timed from the file path to
the draft, wall-clock and CPU (`cpu_s`: user+sys of the worker, where Tesseract reads since
`engines.tesseract_api`, and of its children: the Tesseract program where it still runs).
RapidOCR's models load once per worker before the first clock starts (as the app loads them
once per process); Tesseract's instance is made within the first receipt's clock.
"tess-only" is the same pipeline without the RapidOCR reading, read right after it on the
same receipt. Plain Tesseract runs right after them on the same
receipt in the same worker (so all see the same machine load): Tesseract's defaults
(`--psm 3`, English, no preprocessing, `OMP_THREAD_LIMIT=1`) on the file as it is, read two
ways:
- "plain+parser": the app's parser on plain Tesseract's words (what the image-to-text half
  adds);
- "plain+naive": the naive regexes RECEIPTS.md measured first (the largest amount on a TOTAL
  line, the first date, the first line, the home currency).
Both plain rows are timed with the one Tesseract run (wall and CPU, Tesseract's child
included); every row shows the median and p90 of the CPU seconds.

Comparison after normalization: totals as 2-decimal numbers ignoring symbols and thousands
separators; dates as ISO dates (read day-first unless impossible); currencies as ISO codes;
merchants on letters and digits (accents dropped, "Đ" read as "D", case ignored), where the
truth's words in parentheses (a branch) are left out and a reading is right when it equals
the name, holds the name's words in a row, or is the name's first word or a run of its
words covering at least half of its letters ("ALDI SUD" and "ALDI" both match "ALDI";
"Lehr" does not match "Marktkauf Lehr").

Confident-field precision: of the fields (total, date, merchant, currency) the draft shows
as confident, the share that is right. A field is confident when it has a value and is not
doubtful: the draft's own `doubtful` names when it has them, otherwise a confidence of at
least the card's `DOUBTFUL` threshold (0.6).

Home settings: SROIE is read with home currency MYR; wild-dev with home currency GBP and
locale en_GB, a home that none of its receipts has, so that a right currency comes from
the receipt itself (`--home-currency`, `--home-locale` to change).

The images are competition or licensed data: they are read by path and never copied into
the repository.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import inspect
import json
import os
import re
import statistics
import sys
import time
import unicodedata
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import partial
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from lingassist.engines.images import load_image  # noqa: E402
from lingassist.engines.ocr import (  # noqa: E402
    OcrEngine,
    OcrPage,
    TesseractOcr,
    page_from_data,
    parse_tsv,
)
from lingassist.engines.rapid_ocr import RapidOcrUnavailable, loaded  # noqa: E402
from lingassist.receipts import ReceiptDraft, lines_from_words, parse_receipt  # noqa: E402
from lingassist.receipts import draft as draft_module  # noqa: E402
from lingassist.receipts.dates import dates_in  # noqa: E402
from lingassist.receipts.passes import merge_drafts, needs_second_pass  # noqa: E402
from lingassist.services.receipt_reading import THIRD_READER, read_draft  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "receipts"
FIELDS = ("total", "date", "merchant", "currency")
SIDES = ("ours", "tess-only", "plain+parser", "plain+naive")
HELD_OUT_DIGITS = "01234"
DOUBTFUL = float(getattr(draft_module, "DOUBTFUL", 0.6))
TODAY = date(2026, 11, 23)


@dataclass(frozen=True)
class DevSet:
    """One dev set: its folder, the truth key of each field and the home it is read with."""

    name: str
    folder: Path
    truth_keys: dict[str, str]
    home_currency: str
    home_locale: str
    targets: dict[str, float]


SETS = {
    "sroie": DevSet(
        "sroie",
        DATA / "sroie-dev",
        {"total": "total", "date": "date", "merchant": "company"},
        "MYR",
        "en_MY",
        {"total": 0.75, "date": 0.90, "median_s": 1.2},
    ),
    "wild": DevSet(
        "wild",
        DATA / "wild-dev",
        {"total": "total", "date": "date", "merchant": "merchant", "currency": "currency"},
        "GBP",
        "en_GB",
        {
            "total": 0.80,
            "date": 0.85,
            "merchant": 0.70,
            "currency": 0.90,
            "confident_precision": 0.95,
            "median_s": 2.0,
        },
    ),
}
_NAIVE_AMOUNT = re.compile(r"\d+[.,]\d{2}\b")
_NAIVE_DATE = re.compile(r"\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b")


def held_out(file: str) -> bool:
    """True for a receipt of the held-out part (see THE SPLIT in the module docstring)."""
    return hashlib.sha1(file.encode("utf-8")).hexdigest()[0] in HELD_OUT_DIGITS


def main(argv: list[str] | None = None) -> int:
    """Run ours and plain Tesseract on every chosen receipt of each set and report."""
    args = _arguments(argv)
    names = ("sroie", "wild") if args.set == "both" else (args.set,)
    for name in names:
        dev = SETS[name]
        currency = args.home_currency or dev.home_currency
        locale = args.home_locale or dev.home_locale
        variants = [_variant(text) for text in args.variant]
        report = run_set(
            dev,
            args.part,
            args.workers,
            args.limit,
            currency,
            locale,
            args.rotate,
            variants,
            args.third_before,
        )
        _print_table(report)
        turned = f"-rot{args.rotate}" if args.rotate else ""
        out = args.out / f"receipts-{name}{turned}.json"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
        print(f"written to {out}\n")
    return 0


def run_set(
    dev: DevSet,
    part: str,
    workers: int,
    limit: int,
    currency: str,
    locale: str,
    rotate: int = 0,
    variants: Sequence[tuple[str, dict[str, Any]]] = (),
    third_before: bool = False,
) -> dict[str, Any]:
    """Read the chosen receipts of one set; the report with every file's readings."""
    truth = _read_truth(dev.folder / "truth.jsonl")
    names = [n for n in sorted(truth) if part == "all" or held_out(n) == (part == "held")]
    names = names[:limit] if limit else names
    paths = [str(dev.folder / name) for name in names]
    load_before = os.getloadavg()[0]
    job = partial(
        run_both,
        home_currency=currency,
        home_locale=locale,
        rotate=rotate,
        variants=variants,
        third_before=third_before,
    )
    before = ("third-before",) if third_before else ()
    sides = ("ours", *(name for name, _ in variants), *before, *SIDES[1:])  # with RapidOCR
    with ProcessPoolExecutor(max_workers=workers) as pool:
        results = list(pool.map(job, paths))
    files = [
        _judged(dev, name, truth[name], result, sides)
        for name, result in zip(names, results, strict=True)
    ]
    parts = {
        "tune": [f for f in files if not f["held_out"]],
        "held": [f for f in files if f["held_out"]],
        "all": files,
    }
    return {
        "set": dev.name,
        "data": str(dev.folder),
        "home": {"currency": currency, "locale": locale},
        "rotate": rotate,
        "workers": workers,
        "load_average_before_after": [round(load_before, 2), round(os.getloadavg()[0], 2)],
        "fields": [f for f in FIELDS if f in dev.truth_keys],
        "summary": {
            part_name: {side: _summary(chosen, side, dev) for side in sides}
            for part_name, chosen in parts.items()
            if chosen
        },
        "targets": dev.targets,
        "files": files,
    }


def run_both(
    path: str,
    home_currency: str,
    home_locale: str,
    rotate: int = 0,
    variants: Sequence[tuple[str, dict[str, Any]]] = (),
    third_before: bool = False,
) -> dict[str, dict[str, Any]]:
    """Ours (and each variant of it) and plain Tesseract on one receipt, back to back (same
    machine load); with `rotate`, all read a copy turned that many degrees
    counter-clockwise."""
    parse = make_parse(home_currency, home_locale)
    with contextlib.suppress(RapidOcrUnavailable):  # if so, "ours" is "tess-only"
        loaded(THIRD_READER.threads)  # the models load before the clocks start
    readings = {"ours": run_ours(path, parse, home_locale, rotate)}
    for name, settings in variants:
        readings[name] = run_ours(path, parse, home_locale, rotate, settings)
    if third_before:
        readings["third-before"] = run_ours(path, parse, home_locale, rotate, before=True)
    readings["tess-only"] = run_ours(path, parse, home_locale, rotate, third=None)
    return {**readings, **run_plain(path, parse, home_currency, rotate)}


def make_parse(home_currency: str, home_locale: str) -> Callable[[OcrPage], ReceiptDraft]:
    """The app's parser with the person's home currency (and locale, when it takes one)."""
    accepted = inspect.signature(parse_receipt).parameters
    options: dict[str, Any] = {"default_currency": home_currency, "today": TODAY}
    if "locale" in accepted:
        options["locale"] = home_locale
    if "day_first" in accepted:
        options["day_first"] = not home_locale.endswith("_US")

    def parse(page: OcrPage) -> ReceiptDraft:
        return parse_receipt(lines_from_words(page.lines()), **options)

    return parse


def make_engine(home_locale: str, settings: dict[str, Any] | None = None) -> TesseractOcr:
    """The OCR engine the app builds for a person with `home_locale` (with `settings`
    changed, for a variant)."""
    accepted = inspect.signature(TesseractOcr).parameters
    options = {"home_locale": home_locale} if "home_locale" in accepted else {}
    return TesseractOcr(**options, **(settings or {}))


def run_ours(
    path: str,
    parse: Callable[[OcrPage], ReceiptDraft],
    home_locale: str,
    rotate: int = 0,
    settings: dict[str, Any] | None = None,
    third: OcrEngine | None = THIRD_READER,
    before: bool = False,
) -> dict[str, Any]:
    """The app's pipeline on one receipt: the fields, their confidence, the seconds and
    the CPU seconds (a turned copy is made before the clock starts). `before`: the third
    reading as it was before 2026-12-03 06:50 (RapidOCR on the whole picture as loaded,
    whenever the draft is still unsure after Tesseract's two readings)."""
    turned = load_image(Path(path)).rotate(rotate, expand=True) if rotate else None
    started, cpu = time.perf_counter(), _cpu()
    image = turned if turned is not None else load_image(Path(path))
    engine = make_engine(home_locale, settings)
    if before:
        draft, passes = read_draft(engine, image, parse, None)
        if third is not None and needs_second_pass(draft):
            draft, passes = merge_drafts(draft, parse(third.read(image))), passes + 1
    else:
        draft, passes = read_draft(engine, image, parse, third)
    seconds = time.perf_counter() - started
    return {**_fields_of(draft), "passes": passes, "seconds": seconds, "cpu_s": _cpu() - cpu}


def _cpu() -> float:
    """User+sys seconds of this process and of its finished children (Tesseract)."""
    times = os.times()
    return times.user + times.system + times.children_user + times.children_system


def run_plain(
    path: str, parse: Callable[[OcrPage], ReceiptDraft], home_currency: str, rotate: int = 0
) -> dict[str, dict[str, Any]]:
    """Plain Tesseract (defaults, English, no preprocessing) on the file as it is (or its
    turned copy), read by the app's parser and by the naive regexes; each timed with the
    one Tesseract run."""
    import io
    import subprocess

    from PIL import Image

    source, given = path, None
    if rotate:
        with Image.open(path) as image:
            turned = image.convert("RGB").rotate(rotate, expand=True)
        buffer = io.BytesIO()
        turned.save(buffer, format="PPM")
        source, given = "stdin", buffer.getvalue()
    started, cpu = time.perf_counter(), _cpu()
    with Image.open(path) as image:
        size = image.size if rotate % 180 == 0 else image.size[::-1]
    completed = subprocess.run(
        ["tesseract", source, "stdout", "-l", "eng", "tsv"],
        input=given,
        capture_output=True,
        env={**os.environ, "OMP_THREAD_LIMIT": "1"},
        check=False,
    )
    page = page_from_data(parse_tsv(completed.stdout.decode("utf-8", "replace")), 1.0, size)
    ocr_seconds, ocr_cpu = time.perf_counter() - started, _cpu() - cpu
    started, cpu = time.perf_counter(), _cpu()
    parsed = {**_fields_of(parse(page)), "seconds": ocr_seconds, "cpu_s": ocr_cpu}
    parsed["seconds"] += time.perf_counter() - started
    parsed["cpu_s"] += _cpu() - cpu
    started, cpu = time.perf_counter(), _cpu()
    naive = {**_naive(page, home_currency), "seconds": ocr_seconds, "cpu_s": ocr_cpu}
    naive["seconds"] += time.perf_counter() - started
    naive["cpu_s"] += _cpu() - cpu
    return {"plain+parser": parsed, "plain+naive": naive}


def _fields_of(draft: ReceiptDraft) -> dict[str, Any]:
    values = {
        "total": None if draft.total is None else str(draft.total),
        "date": None if draft.date is None else draft.date.isoformat(),
        "merchant": draft.merchant,
        "currency": draft.currency,
    }
    return {**values, "confident": {f: _confident(draft, f, values[f]) for f in FIELDS}}


def _confident(draft: ReceiptDraft, field: str, value: Any) -> bool:
    """Shown as confident: a value that is not doubtful (the draft's own `doubtful` names
    when it has them, otherwise confidence at least `DOUBTFUL`)."""
    if value is None:
        return False
    doubtful = getattr(draft, "doubtful", None)
    if callable(doubtful):
        doubtful = doubtful()
    if doubtful is not None:
        return field not in doubtful
    return draft.confidence.get(field, 1.0 if field == "currency" else 0.0) >= DOUBTFUL


def _naive(page: OcrPage, home_currency: str) -> dict[str, Any]:
    """The naive regexes of RECEIPTS.md on plain text lines; nothing is shown confident."""
    lines = [" ".join(w.text for w in line).strip() for line in page.lines()]
    lines = [line for line in lines if line]
    totals = [a for line in lines if "TOTAL" in line.upper() for a in _NAIVE_AMOUNT.findall(line)]
    dates = [match for line in lines for match in _NAIVE_DATE.findall(line)]
    return {
        "total": max(totals, key=lambda t: Decimal(t.replace(",", "."))) if totals else None,
        "date": dates[0] if dates else None,
        "merchant": lines[0] if lines else None,
        "currency": home_currency,
        "confident": {f: False for f in FIELDS},
    }


def normalize(field: str, value: str | None) -> str | None:
    """The comparable form of a field value (see the module docstring)."""
    if value is None:
        return None
    if field == "total":
        digits = re.sub(r"[^\d.,]", "", value)
        head, _, tail = digits.replace(",", ".").rpartition(".")
        if len(tail) == 3 and head:  # "1.250.000" or "33.113": a thousands separator
            head, tail = head + tail, "00"
        try:
            return f"{Decimal(head.replace('.', '') + '.' + tail if head else tail):.2f}"
        except InvalidOperation:
            return None
    if field == "date":
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            return value
        found = dates_in(value)
        return found[0].isoformat() if found else None
    if field == "currency":
        return value.strip().upper() or None
    return "".join(_words(value)) or None


def same(field: str, got: str | None, expected: str) -> bool:
    """True when `got` is the expected value of `field` (see the module docstring)."""
    if got is None:
        return False
    if field == "merchant":
        return _same_merchant(got, expected)
    return normalize(field, got) == normalize(field, expected)


def _same_merchant(got: str, expected: str) -> bool:
    # a parenthesis ("COSWAY (M) SDN BHD", "REWE (Berlin)") is left out on both sides
    name = _words(re.sub(r"\([^)]*\)", " ", expected))
    read = _words(re.sub(r"\([^)]*\)", " ", got))
    if not name or not read:
        return False
    if read == name or _run_in(name, read):
        return True
    if not _run_in(read, name):
        return False
    return read == name[:1] or 2 * len("".join(read)) >= len("".join(name))


_UNSPLIT_LETTERS = str.maketrans({"Đ": "D", "đ": "d", "Ð": "D", "Ł": "L", "ł": "l", "Ø": "O",
                                  "ø": "o", "ß": "ss"})  # fmt: skip
"""Letters NFKD does not split into a base letter and a mark ("ĐÔNG" is "DONG", not "ONG")."""


def _words(text: str) -> list[str]:
    plain = unicodedata.normalize("NFKD", text.translate(_UNSPLIT_LETTERS))
    plain = plain.encode("ascii", "ignore").decode()
    return re.findall(r"[A-Z0-9]+", plain.upper())


def _run_in(short: Sequence[str], long: Sequence[str]) -> bool:
    """True when `short` occurs as consecutive words of `long`."""
    size = len(short)
    return any(list(long[i : i + size]) == list(short) for i in range(len(long) - size + 1))


def _judged(
    dev: DevSet,
    name: str,
    row: dict[str, str],
    readings: dict[str, Any],
    sides: Sequence[str] = SIDES,
) -> dict[str, Any]:
    expected = {field: row[key] for field, key in dev.truth_keys.items()}
    return {
        "file": name,  # the truth stays in the data folder's truth.jsonl
        "held_out": held_out(name),
        "capture": row.get("capture", "scan"),
        **{side: readings[side] for side in sides},
        **{
            f"{side}_ok": {f: same(f, readings[side][f], expected[f]) for f in expected}
            for side in sides
        },
    }


def _summary(files: list[dict[str, Any]], side: str, dev: DevSet) -> dict[str, Any]:
    fields = [f for f in FIELDS if f in dev.truth_keys]
    seconds = sorted(entry[side]["seconds"] for entry in files)
    summary: dict[str, Any] = {"receipts": len(files)}
    summary |= {f: sum(e[f"{side}_ok"][f] for e in files) / len(files) for f in fields}
    shown = [(e[side]["confident"][f], e[f"{side}_ok"][f]) for e in files for f in fields]
    confident = [ok for is_confident, ok in shown if is_confident]
    summary["confident_share"] = len(confident) / len(shown)
    summary["confident_precision"] = sum(confident) / len(confident) if confident else None
    summary["median_s"] = statistics.median(seconds)
    summary["p90_s"] = seconds[min(len(seconds) - 1, round(0.9 * (len(seconds) - 1)))]
    scans = sorted(e[side]["seconds"] for e in files if e["capture"] == "scan")
    summary["median_scan_s"] = statistics.median(scans) if scans else None
    if "passes" in files[0][side]:
        summary["second_pass"] = sum(e[side]["passes"] > 1 for e in files) / len(files)
        summary["third_pass"] = sum(e[side]["passes"] > 2 for e in files) / len(files)
    if "cpu_s" in files[0][side]:
        cpu = sorted(e[side]["cpu_s"] for e in files)
        summary["median_cpu_s"] = statistics.median(cpu)
        summary["p90_cpu_s"] = cpu[min(len(cpu) - 1, round(0.9 * (len(cpu) - 1)))]
    return summary


def _print_table(report: dict[str, Any]) -> None:
    before, after = report["load_average_before_after"]
    home = report["home"]
    print(
        f"== {report['set']} ({report['data']}), home {home['currency']} {home['locale']}, "
        f"turned {report['rotate']}°, "
        f"{report['workers']} workers, load {before} -> {after}"
    )
    keys = [
        *report["fields"],
        "confident_precision",
        "confident_share",
        "median_s",
        "p90_s",
        "median_cpu_s",
        "p90_cpu_s",
    ]
    targets = report["targets"]
    header = f"{'part':5} {'reader':13} {'n':>3} " + " ".join(f"{k[:10]:>10}" for k in keys)
    print(header)
    for part, sides in report["summary"].items():
        for side, summary in sides.items():
            cells = [_cell(key, summary.get(key)) for key in keys]
            print(f"{part:5} {side:13} {summary['receipts']:>3} " + " ".join(cells))
    shown = [_cell(key, targets[key]) if key in targets else f"{'':>10}" for key in keys]
    print(f"{'':5} {'target(held)':13} {'':>3} " + " ".join(shown))
    ours = report["summary"].get("all", {}).get("ours", {})
    if "second_pass" in ours:
        print(f"second OCR pass on {100 * ours['second_pass']:.0f}% of the receipts (ours)")
    if "third_pass" in ours:
        print(f"third (RapidOCR) pass on {100 * ours['third_pass']:.0f}% of the receipts (ours)")


def _cell(key: str, value: float | None) -> str:
    if value is None:
        return f"{'—':>10}"
    return f"{value:>9.2f}s" if key.endswith("_s") else f"{100 * value:>9.0f}%"


def _variant(text: str) -> tuple[str, dict[str, Any]]:
    """`NAME:key=value,key=value` -> (NAME, TesseractOcr settings); values are Python
    literals (0, 1.5, 'eng+deu', True)."""
    import ast

    name, _, pairs = text.partition(":")
    settings = {}
    for pair in filter(None, pairs.split(",")):
        key, _, value = pair.partition("=")
        try:
            settings[key.strip()] = ast.literal_eval(value.strip())
        except (ValueError, SyntaxError):
            settings[key.strip()] = value.strip()
    return name, settings


def _read_truth(path: Path) -> dict[str, dict[str, str]]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    return {row["file"]: row for row in rows}


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", choices=("sroie", "wild", "both"), default="both")
    parser.add_argument("--part", choices=("tune", "held", "all"), default="all")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--limit", type=int, default=0, help="only the first N receipts")
    parser.add_argument("--home-currency", default="", help="instead of the set's default")
    parser.add_argument("--home-locale", default="", help="instead of the set's default")
    parser.add_argument(
        "--rotate",
        type=int,
        choices=(0, 90, 180, 270),
        default=0,
        help="read copies turned this many degrees counter-clockwise (orientation check)",
    )
    parser.add_argument(
        "--variant",
        action="append",
        default=[],
        help="also read with changed engine settings, e.g. 'nocrop:crop=False' (repeatable)",
    )
    parser.add_argument(
        "--third-before",
        action="store_true",
        help="also read with the third reading as before 2026-12-03 (RapidOCR on the whole "
        "picture as loaded whenever still unsure), row 'third-before'",
    )
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results")
    return parser.parse_args(argv)


if __name__ == "__main__":
    raise SystemExit(main())
