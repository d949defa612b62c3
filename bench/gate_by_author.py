"""The entry gate on authors it never saw: grouped cross-validation by blind set.

The entry gate (`lingassist.assistant.entry_gate`) ships trained on the tune parts of the
blind sets (`train_entry_gate`), so reading those parts with the shipped gate flatters it:
it has seen every author. Here the blind sets are grouped into folds; for each fold a gate is
trained without that fold's sets (the project's own messages and the natural dev set's tune
part stay in every fold) and the whole parser, rules and intent model as shipped, reads the
fold's tune parts with it. The totals say what the gate does for authors it never read, and
how many must-not-act messages a threshold catches against the writes it loses; compare
`--threshold` values, or a gate switched off (`--threshold 1.01`), in one run each.

Run: .venv/bin/python bench/gate_by_author.py [--folds 5] [--threshold 0.85 ...]
     [--exclude 141,142]  (sets kept unread this round are left out of training and reading)
"""

from __future__ import annotations

import argparse
from pathlib import Path

from blind_sets import summary_line
from intent_by_author import total_line
from sklearn.feature_extraction import DictVectorizer

from lingassist.assistant import intent_choice
from lingassist.assistant.entry_gate import EntryGate
from lingassist.tools import train_entry_gate
from lingassist.tools.dev_splits import blind_part, blind_sets, read_rows

DATA = Path(__file__).parent / "data"


def _gate_without(rows: list[tuple[dict[str, float], int, str]], left_out: set[str]) -> EntryGate:
    """A gate trained on every gate row whose source set is not in `left_out`."""
    kept = [row for row in rows if row[2] not in left_out]
    vectorizer = DictVectorizer()
    x = vectorizer.fit_transform([features for features, _, _ in kept])
    fitted = train_entry_gate._fit(x, [label for _, label, _ in kept])
    data = train_entry_gate.export(fitted, vectorizer)
    return EntryGate(float(data["intercept"]), dict(data["weights"]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--threshold", type=float, nargs="+", default=[intent_choice.GATE_SURE])
    parser.add_argument("--exclude", default="", help="blind sets to leave out, comma-separated")
    args = parser.parse_args()
    excluded = {name for name in args.exclude.split(",") if name}
    tune = {
        name: blind_part(name, read_rows(path), "tune")
        for name, path in blind_sets(DATA).items()
        if name not in excluded
    }
    tune = {name: rows for name, rows in tune.items() if rows}
    names = sorted(tune, key=lambda n: int(n or 1))
    folds = [names[k :: args.folds] for k in range(args.folds)]
    left_out = {f"fresh{name}" for name in excluded}
    every_gate_row = [row for row in train_entry_gate.gate_rows() if row[2] not in left_out]
    gates = [_gate_without(every_gate_row, {f"fresh{name}" for name in fold}) for fold in folds]
    for threshold in args.threshold:
        intent_choice.GATE_SURE = threshold
        lines: list[str] = []
        for fold, gate in zip(folds, gates, strict=True):
            intent_choice.shipped_gate = lambda gate=gate: gate  # type: ignore[assignment]
            lines += [summary_line(name, tune[name]) for name in fold]
        print(f"threshold {threshold}: {total_line(lines)}", flush=True)


if __name__ == "__main__":
    main()
