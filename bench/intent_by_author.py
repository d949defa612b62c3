"""The parser on authors its learned layer never saw: grouped cross-validation by blind set.

The intent model ships trained on the tune halves of the blind sets (`train_intents`), so
scoring those halves with the shipped model flatters it. Here the blind sets are grouped
into folds; for each fold the model is trained without that fold's sets and the whole
parser (rules and model) reads the fold's tune halves. Each author is thus read by a model
that never saw a sentence of theirs, as a held-out author would be, and the misses are
tune rows, free to read. Held halves and final checks are never touched. With `--gate` the
entry gate is trained without the fold's sets too (it learns from the same tune halves).

Run: .venv/bin/python bench/intent_by_author.py [--folds 5] [--misses FILE]
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from blind_sets import summary_line
from natural import score_natural
from sklearn.feature_extraction import DictVectorizer

from lingassist.assistant import intent_choice
from lingassist.assistant.entry_gate import EntryGate
from lingassist.assistant.intent_model import model_from_json
from lingassist.tools import train_entry_gate, train_intents
from lingassist.tools.dev_splits import blind_part, blind_sets, read_rows

DATA = Path(__file__).parent / "data"


def total_line(lines: list[str]) -> str:
    """The sum of per-set summary lines ("intent 95/100 = 95.0%", "false 2/16", ...): each
    set is read by its own fold's model, so the total is summed, not re-scored."""
    right: dict[str, list[int]] = {}
    for line in lines:
        for name, got, out_of in re.findall(r"(\w+) (\d+)/(\d+)", line):
            pair = right.setdefault(name, [0, 0])
            pair[0] += int(got)
            pair[1] += int(out_of)
    cells = [f"{name} {got}/{out_of} = {got / out_of:.1%}" for name, (got, out_of) in right.items()]
    return "ALL       " + "  ".join(cells)


def _gate_without(rows: list[tuple[dict[str, float], int, str]], sources: set[str]) -> EntryGate:
    """The entry gate trained on every gate row but those of `sources`."""
    kept = [(features, label) for features, label, source in rows if source not in sources]
    data = train_entry_gate.trained_gate(kept)
    return EntryGate(float(data["intercept"]), data["weights"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--misses", type=Path, help="write every miss here")
    parser.add_argument(
        "--gate", action="store_true", help="train the entry gate without each fold's sets too"
    )
    parser.add_argument(
        "--gate-sure", type=float, help="how sure the gate must be (default: as shipped)"
    )
    args = parser.parse_args()
    tune = {
        name: blind_part(name, read_rows(path), "tune") for name, path in blind_sets(DATA).items()
    }
    tune = {name: rows for name, rows in tune.items() if rows}
    blind_texts = {str(row["text"]) for rows in tune.values() for row in rows}
    others = [r for r in train_intents.training_rows() if r[0] not in blind_texts]
    names = sorted(tune, key=lambda n: int(n or 1))
    folds = [names[k :: args.folds] for k in range(args.folds)]
    shaped = {row: train_intents.featurize(row[0], row[2], row[3]) for row in others}
    for rows in tune.values():
        for row in filter(None, map(train_intents.standalone_row, rows)):
            shaped[row] = train_intents.featurize(row[0], row[2], row[3])
    gate_rows = list(train_entry_gate.gate_rows()) if args.gate else []
    if args.gate_sure is not None:
        intent_choice.GATE_SURE = args.gate_sure
    every_row: list[dict[str, object]] = []
    misses: list[str] = []
    lines: list[str] = []
    for fold in folds:
        kept = [row for name in names if name not in fold for row in tune[name]]
        rows = others + [r for r in map(train_intents.standalone_row, kept) if r is not None]
        vectorizer = DictVectorizer()
        x = vectorizer.fit_transform([shaped[row] for row in rows])
        fitted = train_intents._fit(x, [label for _, label, _, _ in rows], train_intents.C)
        model = model_from_json(train_intents.export(fitted, vectorizer))
        intent_choice.shipped_model = lambda model=model: model  # type: ignore[assignment]
        if args.gate:
            gate = _gate_without(gate_rows, {f"fresh{name}" for name in fold})
            intent_choice.shipped_gate = lambda gate=gate: gate  # type: ignore[assignment]
        for name in fold:
            lines.append(summary_line(name, tune[name]))
            print(lines[-1])
            misses += score_natural(tune[name])[1]
            every_row += tune[name]
    print(total_line(lines))
    if args.misses:
        args.misses.write_text("\n".join(misses) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
