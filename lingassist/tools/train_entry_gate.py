"""Train the entry gate and write ``resources/assistant/entry_gate.json``.

The gate answers one question for a sentence that names an amount: is it money the person
wants written (an entry, a split, a payment, a transfer, a budget), or money talk to leave
alone (a price seen, a plan, someone else's money, a memory)? The intent model cannot tell
these apart well: its "other" rows are mostly bank support questions. The gate is trained
only on sentences with an amount, from the same sources as the intent model
(`train_intents.training_rows`'s files: the project's own messages, the natural dev set's
tune part and the blind sets' tune halves), as a logistic regression over the same
features. `--cv` prints, grouped by source set (so every author is scored by a gate that
never saw them), how many must-not-act sentences a threshold catches and how many writes it
would lose.

Run: ``.venv/bin/python -m lingassist.tools.train_entry_gate [--cv]``
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator, Mapping
from datetime import date
from pathlib import Path
from typing import Any

from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold, cross_val_predict

from lingassist.assistant.slots import find_slots
from lingassist.assistant.typos import COMMAND_VOCABULARY, typo_view
from lingassist.tools.dev_splits import blind_part, blind_sets, read_rows, select
from lingassist.tools.train_intents import OWN, SHARED, featurize

TARGET = Path(__file__).resolve().parents[2] / "resources" / "assistant" / "entry_gate.json"
C = 32.0  # chosen by the grouped cross-validation below (and the held halves)
KEEP_ABOVE = 0.02
WRITES = frozenset(
    {"add_expense", "add_income", "add_refund", "split_expense", "draft_payment", "transfer"}
    | {"set_budget"}
)
THRESHOLDS = (0.8, 0.85, 0.9, 0.95)


def _sources() -> Iterator[tuple[str, Mapping[str, object]]]:
    """(source set, row) for every row the gate may learn from."""
    for name, path in blind_sets(OWN).items():
        for row in blind_part(name, read_rows(path), "tune"):
            yield f"fresh{name}", row
    for path in sorted(OWN.glob("commands_written*.jsonl")):
        for row in read_rows(path):
            yield path.stem, row
    for natural in select(read_rows(SHARED / "commands_natural_dev.jsonl"), "tune"):
        yield "natural", natural


def gate_rows() -> Iterator[tuple[dict[str, float], int, str]]:
    """(features, 1 when it must not act, source set) for every standalone sentence with an
    amount whose expected reading is a write or "other"."""
    for source, row in _sources():
        expected: dict[str, object] = row["expected"]  # type: ignore[assignment]
        want = str(expected["intent"])
        if row.get("context") or (want not in WRITES and want != "other"):
            continue
        text, today = str(row["text"]), str(row.get("today") or "2026-11-18")
        currency = str(row.get("default_currency") or "USD")
        read = typo_view(text, COMMAND_VOCABULARY).text
        if not find_slots(read, date.fromisoformat(today), currency, (), ()).amounts:
            continue
        yield featurize(text, today, currency), int(want == "other"), source


def _fit(x: object, y: list[int]) -> LogisticRegression:
    return LogisticRegression(C=C, max_iter=3000, class_weight="balanced").fit(x, y)


def _cross_validate(x: object, y: list[int], groups: list[str]) -> None:
    model = LogisticRegression(C=C, max_iter=3000, class_weight="balanced")
    chance = cross_val_predict(
        model, x, y, groups=groups, cv=GroupKFold(5), method="predict_proba"
    )[:, 1]
    others, writes = sum(y), len(y) - sum(y)
    for threshold in THRESHOLDS:
        caught = sum(1 for p, t in zip(chance, y, strict=True) if p >= threshold and t)
        lost = sum(1 for p, t in zip(chance, y, strict=True) if p >= threshold and not t)
        print(f"t={threshold}: must-not-act caught {caught}/{others}, writes lost {lost}/{writes}")


def export(model: LogisticRegression, vectorizer: DictVectorizer) -> dict[str, Any]:
    """The gate as JSON data: its intercept and the non-negligible weights."""
    names = vectorizer.get_feature_names_out()
    weights = {
        str(name): round(float(weight), 3)
        for name, weight in zip(names, model.coef_[0], strict=True)
        if abs(weight) >= KEEP_ABOVE
    }
    return {"intercept": round(float(model.intercept_[0]), 4), "weights": weights}


def trained_gate(rows: list[tuple[dict[str, float], int]]) -> dict[str, Any]:
    """The gate fitted on (features, 1 when it must not act) rows, as JSON data."""
    vectorizer = DictVectorizer()
    x = vectorizer.fit_transform([features for features, _ in rows])
    return export(_fit(x, [label for _, label in rows]), vectorizer)


def main() -> None:
    """Train on every gate row and write the gate file."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cv", action="store_true", help="print grouped cross-validation")
    parser.add_argument("--out", type=Path, default=TARGET)
    args = parser.parse_args()
    rows = list(gate_rows())
    print(f"{len(rows)} sentences with an amount, {sum(r[1] for r in rows)} must not act")
    if args.cv:
        x = DictVectorizer().fit_transform([features for features, _, _ in rows])
        _cross_validate(x, [label for _, label, _ in rows], [source for _, _, source in rows])
    data = trained_gate([(features, label) for features, label, _ in rows])
    weights = data["weights"]
    args.out.write_text(json.dumps(data, separators=(",", ":"), sort_keys=True) + "\n", "utf-8")
    print(f"wrote {args.out} ({len(weights)} features)")


if __name__ == "__main__":
    main()
