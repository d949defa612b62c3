"""Train the learned intent layer and write ``resources/assistant/intent_model.json``.

Training data (read by path; nothing is downloaded):

- ``bench/data/commands_written*.jsonl``: the project's own messages, in many styles
  and voices;
- the *tune* part (`lingassist.tools.dev_splits`) of ``../shared/data/utterances-dev/
  commands_natural_dev.jsonl`` (messages people write) and of ``utterances_dev.jsonl``
  (real banking questions, almost all out of scope for a ledger);
- the *tune* half of the blind sets ``bench/data/commands_fresh*.jsonl`` (messages written
  by many authors who never read the parser; `dev_splits.blind_part`).

Rows that only make sense after earlier sentences (``context``) are left out: follow-ups
are the conversation's job, not the model's. The held-out parts are never read here.

Run: ``.venv/bin/python -m lingassist.tools.train_intents [--cv]`` (``--cv`` also prints
5-fold cross-validated accuracy of the settings tried).
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from collections.abc import Iterator, Mapping
from datetime import date
from pathlib import Path

from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_val_predict

from lingassist.assistant.intent_features import features, shaped_words
from lingassist.assistant.intent_model import ModelJson
from lingassist.assistant.slots import find_slots
from lingassist.assistant.types import Intent
from lingassist.assistant.typos import COMMAND_VOCABULARY, typo_view
from lingassist.tools.dev_splits import blind_part, blind_sets, read_rows, select

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "data" / "utterances-dev"
OWN = ROOT / "bench" / "data"  # commands_written*.jsonl: the project's own messages
TARGET = ROOT / "resources" / "assistant" / "intent_model.json"
C = 32.0  # chosen on unseen authors: trained without the natural tune part, scored on it
KEEP_ABOVE = 0.02  # weights smaller than this (in absolute value) are dropped from the file
_TWO_ACCOUNTS = re.compile(
    r"\b(?:savings?|checking|account|current)\b.*\b(?:savings?|checking|account|current)\b", re.I
)
_LABEL_OF = {intent.value: intent.value for intent in Intent}


def standalone_row(row: Mapping[str, object]) -> tuple[str, str, str, str] | None:
    """(text, intent, today, currency) of a message row, or None for a follow-up (a row with
    ``context``: follow-ups are the conversation's job, not the model's)."""
    if row.get("context"):
        return None
    expected: dict[str, object] = row["expected"]  # type: ignore[assignment]
    return (
        str(row["text"]),
        _LABEL_OF[str(expected["intent"])],
        str(row.get("today") or "2026-11-18"),
        str(row.get("default_currency") or "USD"),
    )


def training_rows() -> Iterator[tuple[str, str, str, str]]:
    """(text, intent, today, currency) for every training sentence that stands alone."""
    natural = select(read_rows(SHARED / "commands_natural_dev.jsonl"), "tune")
    own = [row for path in sorted(OWN.glob("commands_written*.jsonl")) for row in read_rows(path)]
    sets = blind_sets(OWN).items()
    blind = [row for name, path in sets for row in blind_part(name, read_rows(path), "tune")]
    for row in [*natural, *own, *blind]:
        if (standing := standalone_row(row)) is not None:
            yield standing
    for row in select(read_rows(SHARED / "utterances_dev.jsonl"), "tune"):
        label = str(row["intent"])
        if row.get("source_intent") == "transfer":
            label = "transfer" if _TWO_ACCOUNTS.search(str(row["text"])) else "draft_payment"
        yield str(row["text"]), label, "2026-11-23", "USD"


def featurize(text: str, today: str, currency: str) -> dict[str, float]:
    """The model's features for one sentence, exactly as `parse` computes them."""
    read = typo_view(text, COMMAND_VOCABULARY).text  # parse reads the corrected view too
    found = find_slots(read, date.fromisoformat(today), currency, (), ())
    amounts = [a.span for a in found.amounts] + [b.span for _, b in found.bounds]
    return features(shaped_words(read, amounts, [d.span for d in found.dates]))


def _fit(x: object, y: list[str], c: float) -> LogisticRegression:
    model = LogisticRegression(C=c, max_iter=3000, class_weight="balanced")
    return model.fit(x, y)


def _cross_validate(x: object, y: list[str]) -> None:
    folds = StratifiedKFold(5, shuffle=True, random_state=7)
    for c in (2.0, 4.0, 8.0, 16.0, 32.0):
        predicted = cross_val_predict(
            LogisticRegression(C=c, max_iter=3000, class_weight="balanced"), x, y, cv=folds
        )
        right = sum(p == t for p, t in zip(predicted, y, strict=True))
        inscope = [(p, t) for p, t in zip(predicted, y, strict=True) if t != "other"]
        print(
            f"C={c:>4}: all {right / len(y):.1%}, in scope "
            f"{sum(p == t for p, t in inscope) / len(inscope):.1%} ({len(inscope)} rows)"
        )


def export(model: LogisticRegression, vectorizer: DictVectorizer) -> ModelJson:
    """The model as JSON data: classes, intercepts and the non-negligible weights."""
    names = vectorizer.get_feature_names_out()
    weights: dict[str, dict[str, float]] = {}
    for column, name in enumerate(names):
        by_class = {
            str(index): round(float(value), 3)
            for index, value in enumerate(model.coef_[:, column])
            if abs(value) >= KEEP_ABOVE
        }
        if by_class:
            weights[str(name)] = by_class
    return {
        "classes": [str(c) for c in model.classes_],
        "intercept": [round(float(v), 4) for v in model.intercept_],
        "weights": weights,
    }


def main() -> None:
    """Train on all training rows and write the model file."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cv", action="store_true", help="print cross-validated accuracy")
    parser.add_argument("--out", type=Path, default=TARGET)
    args = parser.parse_args()
    rows = list(training_rows())
    print(f"{len(rows)} training sentences:", dict(Counter(label for _, label, _, _ in rows)))
    vectorizer = DictVectorizer()
    x = vectorizer.fit_transform([featurize(text, today, cur) for text, _, today, cur in rows])
    y = [label for _, label, _, _ in rows]
    if args.cv:
        _cross_validate(x, y)
    data = export(_fit(x, y, C), vectorizer)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(data, separators=(",", ":"), sort_keys=True) + "\n", "utf-8")
    size = args.out.stat().st_size / 1e6
    print(f"wrote {args.out} ({size:.1f} MB, {len(data['weights'])} features)")


if __name__ == "__main__":
    main()
