"""Import speed of this checkout against another one, measured in the same run.

A busy machine makes two runs of `import_speed.py` made minutes apart hard to compare, so
this script alternates: each round runs one fresh process per checkout (this one, then
`--tree`, e.g. a `git worktree` of the commit to compare with), and each process imports
the 100k-line statement of `import_speed.py` as CSV and as OFX into fresh homes
(`import_speed.import_once`: read, preview, of which categorize, apply) and times the raw
insert baseline of the ledger benchmark. It prints the medians of each phase, CPU time
divided by the raw insert's CPU time (the median of all rounds of both), and the ratio
this checkout / the other of each round, with its median.

Run: ``.venv/bin/python bench/import_rounds.py --tree ../before [--rounds 5]
[--size 100000] [--out FILE.json]``
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parents[1]
PHASES = ("read", "preview", "categorize", "apply", "total", "total_cpu")


def one_round(tree: Path, files: Path, size: int) -> dict[str, Any]:
    """In this process, with `tree`'s code: the raw insert, then the CSV and OFX imports."""
    sys.path[:0] = [str(tree / "bench"), str(tree)]
    import import_speed as bench
    from ledger import make_template, plain_import
    from ledger_data import new_home

    lines = bench.statement_lines(size)
    paths = {"csv": files / "statement.csv", "ofx": files / "statement.ofx"}
    if not paths["csv"].exists():
        bench.write_csv(paths["csv"], lines)
        bench.write_ofx(paths["ofx"], lines)
    found: dict[str, Any] = {}
    work = Path(tempfile.mkdtemp(prefix="lingassist-import-rounds-"))
    try:
        context = new_home(work / "raw")
        items = bench.baseline_items(context, lines)
        shutil.copy(make_template(work / "template"), work / "plain.sqlite3")
        cpu = time.process_time()
        wall = plain_import(work / "plain.sqlite3", items)[0]
        found["raw"] = {"total": wall, "total_cpu": time.process_time() - cpu}
        context.database.close()
        for name, path in paths.items():
            context = new_home(work / name)
            result = bench.import_once(context, path)
            found[name] = {key: result[key] for key in (*PHASES, "counts")}
            context.database.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return found


def run_rounds(trees: dict[str, Path], rounds: int, size: int) -> dict[str, list[dict]]:
    """`rounds` rounds, each one fresh process per tree in turn."""
    files = Path(tempfile.mkdtemp(prefix="lingassist-import-files-"))
    runs: dict[str, list[dict]] = {name: [] for name in trees}
    try:
        for number in range(rounds):
            for name, tree in trees.items():
                command = [sys.executable, __file__, "--one", str(tree), "--files", str(files)]
                output = subprocess.run(
                    [*command, "--size", str(size)], check=True, capture_output=True, text=True
                ).stdout
                runs[name].append(json.loads(output.splitlines()[-1]))
                print(f"round {number + 1}: {name} done", file=sys.stderr)
    finally:
        shutil.rmtree(files, ignore_errors=True)
    return runs


def summary(runs: dict[str, list[dict]]) -> dict[str, Any]:
    """Medians per checkout and format, CPU over the raw insert, per-round ratios."""
    raw_cpu = statistics.median(r["raw"]["total_cpu"] for rs in runs.values() for r in rs)
    this, other = runs["this"], runs["other"]
    found: dict[str, Any] = {"raw_insert_cpu_s": raw_cpu}
    for fmt in ("csv", "ofx"):
        for name, rs in runs.items():
            medians = {phase: statistics.median(r[fmt][phase] for r in rs) for phase in PHASES}
            medians["cpu_over_raw_insert_cpu"] = medians["total_cpu"] / raw_cpu
            medians["counts"] = rs[0][fmt]["counts"]
            found[f"{fmt}_{name}"] = medians
        for phase in ("categorize", "total", "total_cpu"):
            ratios = [t[fmt][phase] / o[fmt][phase] for t, o in zip(this, other, strict=True)]
            found[f"{fmt}_{phase}_ratio"] = {"median": statistics.median(ratios), "rounds": ratios}
    return found


def print_summary(found: dict[str, Any]) -> None:
    """The figures as a small table (seconds; CPU is user + system of the process)."""
    print(f"raw insert CPU (median of all rounds): {found['raw_insert_cpu_s']:.2f} s")
    print(f"{'':10} " + " ".join(f"{p:>10}" for p in (*PHASES, "CPU÷raw")))
    for fmt in ("csv", "ofx"):
        for name in ("other", "this"):
            m = found[f"{fmt}_{name}"]
            cells = " ".join(f"{m[p]:10.2f}" for p in (*PHASES, "cpu_over_raw_insert_cpu"))
            print(f"{fmt} {name:6} {cells}")
        for phase in ("categorize", "total", "total_cpu"):
            ratio = found[f"{fmt}_{phase}_ratio"]
            rounds = ", ".join(f"{x:.2f}" for x in ratio["rounds"])
            print(f"  {fmt} {phase} this/other: median {ratio['median']:.2f} ({rounds})")


def main(argv: list[str] | None = None) -> int:
    """Run the rounds (or, with --one, one round in this process) and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tree", type=Path, help="the other checkout")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--out", type=Path)
    parser.add_argument("--one", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--files", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one is not None:
        print(json.dumps(one_round(args.one.resolve(), args.files, args.size)))
        return 0
    if args.tree is None:
        parser.error("--tree is required")
    runs = run_rounds({"this": HERE, "other": args.tree.resolve()}, args.rounds, args.size)
    found = summary(runs)
    print_summary(found)
    if args.out:
        args.out.write_text(json.dumps({"summary": found, "runs": runs}, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
