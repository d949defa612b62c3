"""Score the parser on the blind message sets in `bench/data/commands_fresh*.jsonl`.

Helpers wrote each set without reading the parser, its tests or any other data set (see
bench/README.md). A set is used in one of two ways, fixed before it was read:

- split: the odd ids are the tune half (misses read, kinds fixed), the even ids the held
  half (never read; only its summary line is looked at). `commands_fresh_2.jsonl` is all
  tune.
- whole: never read nor tuned on; its summary is taken at the start and at the end only
  (`dev_splits.BLIND_FINAL_CHECKS`). fresh_13 was one last session and is split since.

Run: .venv/bin/python bench/blind_sets.py [--part held|tune|whole] [--sets 3,14,25]
Prints one line per set: intent, amounts, dates, periods, amount filters, amounts invented
and false actions on messages that must not act (`natural.score_natural`).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from natural import score_natural

from lingassist.tools.dev_splits import BLIND_PARTS, blind_part, blind_sets, read_rows

DATA = Path(__file__).parent / "data"
FIELDS = ("intent", "amount", "date", "period", "amount_min", "amount_max")


def rows_of(path: Path, name: str, part: str) -> list[dict[str, object]]:
    """The rows of one set that belong to `part` (`dev_splits.blind_part`)."""
    return blind_part(name, read_rows(path), part)


def summary_line(name: str, rows: list[dict[str, object]]) -> str:
    """One set's line: each field's right/total, amounts invented, false actions."""
    summary, _ = score_natural(rows)
    accuracy = summary["accuracy"]
    cells = [f"{field} {accuracy[field]}" for field in FIELDS if field in accuracy]
    invented = summary.get("amounts_invented")
    false = summary.get("false_actions_on_other")
    label = f"fresh{'_' + name if name else ''}"
    counts = f"  invented {invented}  false {false}"
    return f"{label:9} n={len(rows):3}  " + "  ".join(cells) + counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=BLIND_PARTS, default="held")
    parser.add_argument("--sets", help="comma-separated set names (fresh_N -> N; 1 = fresh)")
    args = parser.parse_args()
    wanted: set[str] | None = None
    if args.sets:
        wanted = {"" if name == "1" else name for name in args.sets.split(",")}
    every_row: list[dict[str, object]] = []
    for name, path in blind_sets(DATA).items():
        if wanted is not None and name not in wanted:
            continue
        rows = rows_of(path, name, args.part)
        if rows:
            print(summary_line(name, rows))
            every_row += rows
    if every_row:
        print(summary_line("all", every_row).replace("fresh_all", "ALL      "))


if __name__ == "__main__":
    main()
