"""Score the parser on the blind message sets in `bench/data/commands_fresh*.jsonl`.

Helpers wrote each set without reading the parser, its tests or any other data set (see
bench/README.md). A set is used in one of two ways, fixed before it was read:

- split: the odd ids are the tune half (misses read, kinds fixed), the even ids the held
  half (never read; only its summary line is looked at). `commands_fresh_2.jsonl` is all
  tune.
- whole: never read nor tuned on; its summary is taken at the start and at the end only
  (`FINAL_CHECKS`). fresh_13 was one last session and is split since.

Run: .venv/bin/python bench/blind_sets.py [--part held|tune|whole] [--sets 3,14,25]
Prints one line per set: intent, amounts, dates, periods, amount filters, amounts invented
and false actions on messages that must not act (`natural.score_natural`).
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from natural import score_natural

DATA = Path(__file__).parent / "data"
ALL_TUNE = {"2"}  # commands_fresh_2.jsonl: every row was read
FINAL_CHECKS = {"24", "25"}  # never read nor tuned on: scored whole, at the start and the end
PARTS = ("held", "tune", "whole")
FIELDS = ("intent", "amount", "date", "period", "amount_min", "amount_max")


def blind_sets() -> dict[str, Path]:
    """The blind sets by name ("" for `commands_fresh.jsonl`, "2", "3", …), in order."""
    found = {}
    for path in DATA.glob("commands_fresh*.jsonl"):
        match = re.fullmatch(r"commands_fresh(?:_(\d+))?\.jsonl", path.name)
        if match:
            found[match.group(1) or ""] = path
    return dict(sorted(found.items(), key=lambda item: int(item[0] or 1)))


def rows_of(path: Path, name: str, part: str) -> list[dict[str, object]]:
    """The rows of one set that belong to `part` (empty when the set has no such part)."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    if part == "whole":
        return rows if name in FINAL_CHECKS else []
    if name in FINAL_CHECKS or (name in ALL_TUNE and part == "held"):
        return []
    if name in ALL_TUNE:
        return rows
    odd = part == "tune"
    return [row for row in rows if (int(str(row["id"]).rsplit("-", 1)[1]) % 2 == 1) == odd]


def summary_line(name: str, rows: list[dict[str, object]]) -> str:
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
    parser.add_argument("--part", choices=PARTS, default="held")
    parser.add_argument("--sets", help="comma-separated set names (fresh_N -> N; 1 = fresh)")
    args = parser.parse_args()
    wanted = None if not args.sets else {"" if s == "1" else s for s in args.sets.split(",")}
    for name, path in blind_sets().items():
        if wanted is not None and name not in wanted:
            continue
        rows = rows_of(path, name, args.part)
        if rows:
            print(summary_line(name, rows))


if __name__ == "__main__":
    main()
