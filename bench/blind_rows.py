"""Row-by-row readings of the blind sets, and what changed between two of them.

`blind_sets.py` prints one summary line per set; a change to the parser is judged row by
row: how many rows it fixed and how many it broke, on the held halves (counts only: those
rows are never read) and on the tune parts (where the changed rows may be listed).

Run:
  .venv/bin/python bench/blind_rows.py dump OUT.json --part held|tune|whole [--sets 3,14]
      [--exclude 135,136]
  .venv/bin/python bench/blind_rows.py compare BEFORE.json AFTER.json [--show 20]

`dump` reads every row of the part with this tree's parser and writes, per row id, the
intent and amount read and whether each was right (the scoring of `natural.score_natural`).
`compare` prints both totals and, per measure, the rows fixed (+) and broken (-); `--show`
lists those rows, and only for files of the tune part.
"""

from __future__ import annotations

import argparse
import json
from decimal import Decimal
from pathlib import Path

from natural import WRITE_NAMES, parse_row

from lingassist.tools.dev_splits import BLIND_PARTS, blind_part, blind_sets, read_rows

DATA = Path(__file__).parent / "data"
# measure -> the value of a right reading ("false" and "invented" are right when False)
MEASURES = {"intent_ok": True, "amount_ok": True, "false": False, "invented": False}


def reading(row: dict[str, object]) -> dict[str, object]:
    """One row read: what was expected, what the parser said, and each measure's verdict."""
    expected: dict[str, object] = row["expected"]  # type: ignore[assignment]
    command = parse_row(row)
    want = str(expected["intent"])
    amount = expected.get("amount")
    scored = want in WRITE_NAMES and amount is not None
    return {
        "text": row["text"],
        "want": want,
        "got": command.intent.value,
        "want_amount": amount,
        "got_amount": None if command.amount is None else str(command.amount),
        "intent_ok": command.intent.value == want,
        "amount_ok": command.amount == Decimal(str(amount)) if scored else None,
        "false": want == "other" and command.is_action,
        "invented": command.is_action and command.amount is not None and amount is None,
        "other": want == "other",
    }


def totals(rows: dict[str, dict[str, object]]) -> str:
    """The totals of a dump: intent, amounts, false actions, amounts invented."""
    values = list(rows.values())
    scored = [row for row in values if row["amount_ok"] is not None]
    return (
        f"rows {len(values)}  intent {sum(bool(r['intent_ok']) for r in values)}  "
        f"amounts {sum(bool(r['amount_ok']) for r in scored)}/{len(scored)}  "
        f"false {sum(bool(r['false']) for r in values)}/{sum(bool(r['other']) for r in values)}  "
        f"invented {sum(bool(r['invented']) for r in values)}"
    )


def dump(out: Path, part: str, sets: set[str] | None, exclude: set[str]) -> None:
    rows = {}
    for name, path in blind_sets(DATA).items():
        if name in exclude or (sets is not None and name not in sets):
            continue
        for row in blind_part(name, read_rows(path), part):
            rows[str(row["id"])] = reading(row)
    out.write_text(json.dumps({"part": part, "rows": rows}, ensure_ascii=False), "utf-8")
    print(f"{out}: {totals(rows)}")


def compare(before_path: Path, after_path: Path, show: int) -> None:
    before, after = (json.loads(p.read_text("utf-8")) for p in (before_path, after_path))
    if show and "tune" not in (before["part"], after["part"]):
        raise SystemExit("--show lists rows of the tune part only; held rows are never read")
    old, new = before["rows"], after["rows"]
    print(f"before  {totals(old)}\nafter   {totals(new)}")
    for measure, right in MEASURES.items():
        both = [k for k in new if k in old and None not in (old[k][measure], new[k][measure])]
        changed = [k for k in both if old[k][measure] != new[k][measure]]
        fixed = [k for k in changed if new[k][measure] == right]
        broken = [k for k in changed if new[k][measure] != right]
        print(f"{measure:10} +{len(fixed)} -{len(broken)}")
        for sign, keys in (("-", broken), ("+", fixed)):
            for key in keys[:show]:
                was, now = old[key], new[key]
                print(
                    f"   {sign} {key} want {now['want']} {now['want_amount']} | before "
                    f"{was['got']} {was['got_amount']} | after {now['got']} {now['got_amount']}"
                    f" | {str(now['text'])[:140]}"
                )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    dumping = commands.add_parser("dump")
    dumping.add_argument("out", type=Path)
    dumping.add_argument("--part", choices=BLIND_PARTS, required=True)
    dumping.add_argument("--sets", help="comma-separated set names (fresh_N -> N; 1 = fresh)")
    dumping.add_argument("--exclude", default="", help="set names left out (sets kept unread)")
    comparing = commands.add_parser("compare")
    comparing.add_argument("before", type=Path)
    comparing.add_argument("after", type=Path)
    comparing.add_argument("--show", type=int, default=0)
    args = parser.parse_args()
    if args.command == "dump":
        wanted = None
        if args.sets:
            wanted = {"" if name == "1" else name for name in args.sets.split(",")}
        excluded = {name for name in args.exclude.split(",") if name}
        dump(args.out, args.part, wanted, excluded)
    else:
        compare(args.before, args.after, args.show)


if __name__ == "__main__":
    main()
