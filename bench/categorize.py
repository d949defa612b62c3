"""Benchmark of `lingassist.categorize` on real bank-statement lines (issue 6).

Reads the labelled dev file (Plaid PFC v2 primary/detailed per line) by path and reports:

- cold start: the full categorizer with empty memory (seed + model trained on the seed);
- baselines in the same run: majority primary class, and the seed's keyword match alone;
- learning, merchant seen: for each line, memory holds the person's corrections of every
  *other* line (so earlier lines of the same merchant are remembered) and the model is
  retrained on lines outside the line's group (grouped 10-fold, to keep the run short);
- learning, merchant unseen: the same, but memory also leaves out the line's whole group
  (leave-one-group-out; only other branches or similar merchants can help);
- corrected once -> right next time: correct a line, categorize it again (must be 100%);
  and correct one line of a merchant, categorize its other lines;
- label consistency: same-merchant line pairs whose labels disagree, and lines whose label
  contradicts a confident seed fact (what no learning can fix);
- speed: 10,000 distinct descriptors (dev lines with varied dates and reference numbers),
  and 10,000 never-seen merchants; every cache (normalization, model words, answers) is
  emptied before each run; the median of `--repeat` runs is reported.

The lines are split by a hash of their id (`lingassist.tools.dev_splits`): `--part tune`
is what the normaliser and the seed may be tuned on, `--part held-out` (the default) is
what to report.

Usage: .venv/bin/python bench/categorize.py [--data PATH] [--part held-out|tune|all]
       [--out bench/results/categorize.json] [--repeat N] [--misses]
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from collections import Counter
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sklearn.metrics import f1_score  # noqa: E402

from lingassist.categorize.categorizer import Categorizer, Suggestion  # noqa: E402
from lingassist.categorize.memory import MerchantMemory  # noqa: E402
from lingassist.categorize.model import Example, Model, train_with_seed  # noqa: E402
from lingassist.categorize.normalize import normalize  # noqa: E402
from lingassist.categorize.seed import lookup  # noqa: E402
from lingassist.categorize.taxonomy import UNCATEGORIZED, primary_of  # noqa: E402
from lingassist.tools.dev_splits import PARTS, select  # noqa: E402

DEFAULT_DATA = Path("/work/shared/data/categorization-dev/categorization_dev.jsonl")
FOLDS = 10


def load(path: Path, part: str = "all") -> list[dict]:
    """The labelled lines of one part, in date order (the order a person would have
    corrected them)."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    rows = [dict(row) for row in select(rows, part)]
    return sorted(rows, key=lambda row: (row.get("date") or "", row["id"]))


def amount(row: dict) -> Decimal:
    return Decimal(str(row["amount"]))


def truth(row: dict) -> str:
    return row["pfc_detailed"] or row["pfc_primary"]


def score(rows: list[dict], codes: list[str]) -> dict:
    """Primary accuracy, macro-F1 and detailed accuracy (where a detailed label exists)."""
    primaries = [primary_of(code) for code in codes]
    wanted = [row["pfc_primary"] for row in rows]
    detailed = [
        (code, row["pfc_detailed"])
        for code, row in zip(codes, rows, strict=True)
        if row["pfc_detailed"]
    ]
    return {
        "n": len(rows),
        "primary_accuracy": sum(a == b for a, b in zip(primaries, wanted, strict=True)) / len(rows),
        "primary_macro_f1": f1_score(
            wanted, primaries, labels=sorted(set(wanted)), average="macro", zero_division=0
        ),
        "detailed_n": len(detailed),
        "detailed_accuracy": sum(a == b for a, b in detailed) / max(1, len(detailed)),
    }


def cold_start(rows: list[dict], model: Model) -> tuple[dict, dict]:
    """The full categorizer with empty memory, plus per-layer figures."""
    categorizer = Categorizer(model=model)
    suggestions = [categorizer.categorize(row["description"], amount(row)) for row in rows]
    layers: dict[str, dict] = {}
    for suggestion, row in zip(suggestions, rows, strict=True):
        entry = layers.setdefault(suggestion.layer.value, {"n": 0, "primary_right": 0})
        entry["n"] += 1
        entry["primary_right"] += suggestion.primary == row["pfc_primary"]
    return score(rows, [s.code for s in suggestions]), layers


def baselines(rows: list[dict]) -> dict:
    """Majority primary class, and the seed's keyword match alone (else Uncategorized)."""
    majority = Counter(row["pfc_primary"] for row in rows).most_common(1)[0][0]
    keyword_codes = []
    for row in rows:
        found = lookup(normalize(row["description"]), 1 if row["amount"] > 0 else -1)
        keyword_codes.append(found.entry.code if found else UNCATEGORIZED)
    return {
        "majority_class": {"class": majority, **score(rows, [majority] * len(rows))},
        "keyword_only": score(rows, keyword_codes),
    }


def label_consistency(rows: list[dict]) -> dict:
    """How often the labels themselves disagree (a ceiling on any learning).

    - same merchant: pairs of lines with the same merchant key but different primary labels;
    - against the seed: lines where a confident seed fact (a known merchant, bank wording
      or trade keyword) names a different primary than the label.
    """
    by_key: dict[str, list[str]] = {}
    for row in rows:
        by_key.setdefault(normalize(row["description"]).key, []).append(row["pfc_primary"])
    pairs = disagreeing = 0
    for labels in by_key.values():
        for i, first in enumerate(labels):
            for second in labels[i + 1 :]:
                pairs += 1
                disagreeing += first != second
    lines_in_conflict = sum(len(v) for v in by_key.values() if len(set(v)) > 1)
    against_seed = 0
    for row in rows:
        found = lookup(normalize(row["description"]), 1 if row["amount"] > 0 else -1)
        if found is not None and not found.entry.weak:
            against_seed += primary_of(found.entry.code) != row["pfc_primary"]
    return {
        "same_merchant_pairs": pairs,
        "same_merchant_pairs_disagreeing": disagreeing,
        "lines_of_merchants_with_conflicting_labels": lines_in_conflict,
        "lines_where_a_confident_seed_fact_disagrees": against_seed,
    }


def fold_models(rows: list[dict]) -> dict[str, Model]:
    """Group -> model trained on the seed plus the lines of the other folds."""
    groups = sorted({row["group"] for row in rows})
    random.Random(6).shuffle(groups)
    fold_of = {group: index % FOLDS for index, group in enumerate(groups)}
    models = {}
    for fold in range(FOLDS):
        own = [
            Example(row["description"], amount(row), truth(row))
            for row in rows
            if fold_of[row["group"]] != fold
        ]
        model = train_with_seed(own)
        models.update({group: model for group, f in fold_of.items() if f == fold})
    return models


def learning(rows: list[dict], models: dict[str, Model], *, same_group: bool) -> dict:
    """Each line with the person's corrections of other lines in memory."""
    codes = []
    misses: dict[str, int] = {}
    wrong: list[str] = []
    for index, row in enumerate(rows):
        pairs = [
            (normalize(other["description"]).key, truth(other), amount(other))
            for other_index, other in enumerate(rows)
            if other_index != index and (same_group or other["group"] != row["group"])
        ]
        categorizer = Categorizer(memory=MerchantMemory(pairs), model=models[row["group"]])
        suggestion = categorizer.categorize(row["description"], amount(row))
        codes.append(suggestion.code)
        if suggestion.primary != row["pfc_primary"]:
            misses[suggestion.layer.value] = misses.get(suggestion.layer.value, 0) + 1
            wrong.append(_miss(row, suggestion))
    return {**score(rows, codes), "misses_by_layer": misses, "misses": wrong}


def _miss(row: dict, suggestion: Suggestion) -> str:
    """One wrongly filed line, readable: what it said, what came out, what was wanted."""
    guess = f" (guess {suggestion.guess})" if suggestion.guess else ""
    return (
        f"{row['description'][:44]:44} {row['amount']:>9} -> {suggestion.layer.value:8}"
        f" {suggestion.code} {suggestion.confidence:.2f}{guess}; wanted {truth(row)}"
    )


def corrected_once(rows: list[dict], model: Model) -> dict:
    """Correct a line -> the same line, and the merchant's other lines, come out right."""
    same_line = 0
    others_right = others_total = 0
    for row in rows:
        categorizer = Categorizer(model=model)
        first = categorizer.categorize(row["description"], amount(row))
        categorizer.learn(first.merchant_key, truth(row))
        same_line += categorizer.categorize(row["description"], amount(row)).code == truth(row)
        for other in rows:
            if other is not row and other["group"] == row["group"] and truth(other) == truth(row):
                others_total += 1
                again = categorizer.categorize(other["description"], amount(other))
                others_right += again.code == truth(other)
    return {
        "same_line": same_line / len(rows),
        "same_merchant_other_lines": others_right / max(1, others_total),
        "same_merchant_pairs": others_total,
    }


def speed(rows: list[dict], model: Model, count: int = 10_000, repeat: int = 3) -> dict:
    """Time for `count` distinct descriptors, every cache empty at the start of each run."""
    generator = random.Random(10)
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    items = []
    for index in range(count):
        row = rows[index % len(rows)]
        day = f"{generator.randint(1, 28):02d} {generator.choice(months)}"
        items.append((f"{row['description']} * {day} REF{index:06d}", amount(row)))
    letters = "abcdefghijklmnopqrstuvwxyz"
    unseen = [
        (
            "POS Purchase "
            + " ".join("".join(generator.choices(letters, k=generator.randint(4, 9))) for _ in "ab")
            + f" * {generator.randint(1, 28):02d} Oct",
            Decimal(-generator.randint(100, 99999)) / 100,
        )
        for _ in range(count)
    ]
    return {
        "lines": count,
        "repeat": repeat,
        **_timed(items, model, repeat),
        "all_unseen_merchants": _timed(unseen, model, repeat),
    }


def _cold(model: Model) -> Categorizer:
    """A fresh categorizer with every process-wide cache emptied too."""
    normalize.cache_clear()
    model.clear_cache()
    return Categorizer(model=model)


def _timed(items: list[tuple[str, Decimal]], model: Model, repeat: int) -> dict:
    """Median over `repeat` cold runs: one `categorize` call at a time, and `categorize_many`."""
    totals, batch_totals, medians = [], [], []
    for _ in range(repeat):
        categorizer = _cold(model)
        times = []
        started = time.perf_counter()
        for description, value in items:
            before = time.perf_counter()
            categorizer.categorize(description, value)
            times.append(time.perf_counter() - before)
        totals.append(time.perf_counter() - started)
        medians.append(statistics.median(times))
        batched = _cold(model)
        started = time.perf_counter()
        batched.categorize_many(items)
        batch_totals.append(time.perf_counter() - started)
    return {
        "total_s": statistics.median(totals),
        "total_s_runs": totals,
        "median_ms": statistics.median(medians) * 1000,
        "categorize_many_total_s": statistics.median(batch_totals),
        "categorize_many_total_s_runs": batch_totals,
    }


def train_time(rows: list[dict], ledger_lines: int = 100_000) -> dict:
    """Seconds to train the model on the seed alone (after one warm-up), and on the seed
    plus a ledger of `ledger_lines` of the person's lines (the dev lines again and again,
    with other dates and amounts, as years of the same merchants look): what the app's
    start-up warm-up and each retraining cost in a worker."""
    train_with_seed()
    started = time.perf_counter()
    train_with_seed()
    seed_only = time.perf_counter() - started
    generator = random.Random(11)
    ledger = [
        Example(
            f"{row['description']} * {generator.randint(1, 28):02d} Sep",
            (amount(row) * Decimal(generator.randint(60, 140)) / 100).quantize(Decimal("0.01")),
            truth(row),
        )
        for row in (rows[index % len(rows)] for index in range(ledger_lines))
    ]
    started = time.perf_counter()
    model = train_with_seed(ledger)
    return {
        "seed_only_s": seed_only,
        "ledger_lines": ledger_lines,
        "ledger_s": time.perf_counter() - started,
        "ledger_examples_after_folding": model.personal,
    }


def print_table(result: dict) -> None:
    """The figures as a table."""
    rows = [
        ("cold start (seed + model, empty memory)", result["cold_start"]),
        ("baseline: majority class", result["baselines"]["majority_class"]),
        ("baseline: keyword match only", result["baselines"]["keyword_only"]),
        ("learning, merchant seen (other lines in memory)", result["learning_seen"]),
        ("learning, merchant unseen (leave-one-group-out)", result["learning_unseen"]),
    ]
    print(f"{'setting':50} {'primary':>8} {'macroF1':>8} {'detailed':>9}")
    for name, figures in rows:
        print(
            f"{name:50} {figures['primary_accuracy']:8.1%} {figures['primary_macro_f1']:8.3f}"
            f" {figures['detailed_accuracy']:9.1%}"
        )
    ratios = result["ratios"]
    print(
        f"cold start / majority: {ratios['cold_vs_majority']:.2f}x, "
        f"cold start / keyword-only: {ratios['cold_vs_keyword']:.2f}x (primary accuracy)"
    )
    once = result["corrected_once"]
    print(
        f"corrected once -> same line right: {once['same_line']:.1%}; other lines of that "
        f"merchant right: {once['same_merchant_other_lines']:.1%} of {once['same_merchant_pairs']}"
    )
    print("cold-start layers:", json.dumps(result["cold_start_layers"]))
    print(
        "learning misses by layer: seen",
        json.dumps(result["learning_seen"]["misses_by_layer"]),
        "unseen",
        json.dumps(result["learning_unseen"]["misses_by_layer"]),
    )
    labels = result["label_consistency"]
    print(
        f"labels: {labels['same_merchant_pairs_disagreeing']} of "
        f"{labels['same_merchant_pairs']} same-merchant pairs disagree "
        f"({labels['lines_of_merchants_with_conflicting_labels']} lines); "
        f"{labels['lines_where_a_confident_seed_fact_disagrees']} lines contradict a "
        "confident seed fact"
    )
    fast = result["speed"]
    unseen = fast["all_unseen_merchants"]
    print(f"speed: median of {fast['repeat']} runs, caches emptied before each run")
    print(
        f"speed, {fast['lines']} distinct statement lines: one by one {fast['total_s']:.2f} s "
        f"(median {fast['median_ms']:.3f} ms/line), categorize_many "
        f"{fast['categorize_many_total_s']:.2f} s"
    )
    print(
        f"speed, {fast['lines']} lines of never-seen merchants (all reach the model): one by "
        f"one {unseen['total_s']:.2f} s (median {unseen['median_ms']:.3f} ms/line), "
        f"categorize_many {unseen['categorize_many_total_s']:.2f} s"
    )
    training = result["training"]
    print(
        f"model training: seed alone {training['seed_only_s']:.2f} s; seed + a ledger of "
        f"{training['ledger_lines']:,} lines {training['ledger_s']:.2f} s "
        f"({training['ledger_examples_after_folding']:,} examples after folding repeats)"
    )


def print_misses(result: dict) -> None:
    """The lines the learning settings filed under the wrong primary category."""
    for setting in ("learning_seen", "learning_unseen"):
        print(f"misses, {setting}:")
        for line in result[setting]["misses"]:
            print("  " + line)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--part", default="held-out", choices=PARTS, help="which lines to score")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "categorize.json")
    parser.add_argument("--repeat", type=int, default=3, help="speed runs (median reported)")
    parser.add_argument("--misses", action="store_true", help="list the lines learning got wrong")
    args = parser.parse_args()
    rows = load(args.data, args.part)
    seed_model = train_with_seed()
    cold, layers = cold_start(rows, seed_model)
    base = baselines(rows)
    models = fold_models(rows)
    result = {
        "data": str(args.data),
        "part": args.part,
        "lines": len(rows),
        "cold_start": cold,
        "cold_start_layers": layers,
        "baselines": base,
        "learning_seen": learning(rows, models, same_group=True),
        "learning_unseen": learning(rows, models, same_group=False),
        "corrected_once": corrected_once(rows, seed_model),
        "label_consistency": label_consistency(rows),
        "speed": speed(rows, seed_model, repeat=args.repeat),
        "training": train_time(rows),
    }
    result["ratios"] = {
        "cold_vs_majority": cold["primary_accuracy"] / base["majority_class"]["primary_accuracy"],
        "cold_vs_keyword": cold["primary_accuracy"]
        / max(1e-9, base["keyword_only"]["primary_accuracy"]),
    }
    print(f"{args.part} part: {len(rows)} lines")
    print_table(result)
    if args.misses:
        print_misses(result)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
