"""Start-up: small CLI commands and the first window, as whole processes, against the floor.

Runs, interleaved and in fresh processes, in the same run (so machine noise hits all alike):

- ``python -c pass`` (the interpreter alone) and a bare PySide6 ``QMainWindow`` rendered
  and saved (first_window.py's baseline: Python, Qt and process start-up any Qt app pays);
- ``lingassist --help``, ``lingassist list --limit 1`` (the demo ledger, ~1,500
  transactions) and ``lingassist add 3.50 --merchant "Corner Cafe"`` (a new home);
- the first window: ``lingassist --screenshot X.png`` on the demo ledger (launch -> window
  rendered -> exit, as first_window.py measures it).

Bytecode is cached as in an installed app (``PYTHONPYCACHEPREFIX`` in a temporary folder,
written by a first, unmeasured run of each command), even where the environment sets
``PYTHONDONTWRITEBYTECODE``. ``--tree`` measures another checkout of LingAssist (e.g. one
made with ``git worktree add``) with this interpreter, for before/after figures.

Run: ``.venv/bin/python bench/startup.py [--repeat 9] [--tree DIR]``.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from first_window import BARE_WINDOW

TARGETS_S = {"list": 0.25, "add": 0.25, "window": 0.5}
REPO = Path(__file__).resolve().parent.parent


def environment(tree: Path, cache: Path) -> dict[str, str]:
    """Offscreen Qt, `tree`'s lingassist first on the path, bytecode cached in `cache`."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPYCACHEPREFIX": str(cache)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.pop("LINGASSIST_HOME", None)
    env["PYTHONPATH"] = str(tree)
    return env


def commands(work: Path) -> dict[str, list[str]]:
    """What is timed, by name."""
    lingassist = [sys.executable, "-m", "lingassist"]
    demo, new = work / "home", work / "new-home"
    return {
        "python -c pass": [sys.executable, "-c", "pass"],
        "bare PySide6 window": [sys.executable, "-c", BARE_WINDOW, str(work / "bare.png")],
        "--help": [*lingassist, "--help"],
        "list": [*lingassist, "--home", str(demo), "list", "--limit", "1"],
        "add": [*lingassist, "--home", str(new), "add", "3.50", "--merchant", "Corner Cafe"],
        "window": [*lingassist, "--home", str(demo), "--screenshot", str(work / "app.png")],
    }


def run(command: list[str], tree: Path, env: dict[str, str]) -> tuple[float, float]:
    """Seconds from launching `command` to its exit (it must succeed), and the CPU seconds
    (user + system) it used: on a busy machine the CPU time varies less."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, cwd=tree, env=env, timeout=120)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def prepare(work: Path, tree: Path, env: dict[str, str]) -> None:
    """The demo home and a new home, made by the measured tree itself."""
    lingassist = [sys.executable, "-m", "lingassist"]
    run([*lingassist, "--demo", "--home", str(work / "home"), "list", "--limit", "1"], tree, env)
    run([*lingassist, "--home", str(work / "new-home"), "list", "--limit", "1"], tree, env)


def measure(tree: Path, repeat: int) -> dict[str, list[tuple[float, float]]]:
    """(wall, CPU) seconds of each command, `repeat` times, interleaved."""
    work = Path(tempfile.mkdtemp(prefix="lingassist-startup-"))
    env = environment(tree, work / "bytecode")
    prepare(work, tree, env)
    timed = commands(work)
    for command in timed.values():  # bytecode written, page cache warm
        run(command, tree, env)
    runs: dict[str, list[tuple[float, float]]] = {name: [] for name in timed}
    for _ in range(repeat):
        for name, command in timed.items():
            runs[name].append(run(command, tree, env))
    return runs


def summary(runs: dict[str, list[tuple[float, float]]]) -> dict[str, dict[str, float]]:
    """Median wall and CPU seconds of each command, and its ratio to its floor (the
    interpreter for the command line, a bare PySide6 window for the window)."""
    median = {name: statistics.median(wall for wall, _ in times) for name, times in runs.items()}
    figures = {}
    for name, seconds in median.items():
        floor = "bare PySide6 window" if name == "window" else "python -c pass"
        figures[name] = {
            "median_s": round(seconds, 4),
            "min_s": round(min(wall for wall, _ in runs[name]), 4),
            "median_cpu_s": round(statistics.median(cpu for _, cpu in runs[name]), 4),
        }
        if name not in ("python -c pass", "bare PySide6 window"):
            figures[name]["ratio_to_floor"] = round(seconds / median[floor], 2)
            figures[name]["floor"] = floor  # type: ignore[assignment]
        if name in TARGETS_S:
            figures[name]["target_s"] = TARGETS_S[name]
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=9)
    parser.add_argument("--tree", type=Path, default=REPO, help="the LingAssist checkout to time")
    parser.add_argument("--out", type=Path, default=Path("bench/results/startup.json"))
    args = parser.parse_args()
    tree = args.tree.resolve()
    runs = measure(tree, args.repeat)
    figures = summary(runs)
    print(
        f"start-up of {tree} (median of {args.repeat}, wall seconds, whole process; load "
        f"average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs):"
    )
    for name, line in figures.items():
        ratio = f"  x{line['ratio_to_floor']:.1f} of {line['floor']}" if "floor" in line else ""
        target = f"  (target <= {line['target_s']} s)" if "target_s" in line else ""
        cpu = f"  (CPU {line['median_cpu_s']:.3f} s)"
        print(f"  {name:<22} {line['median_s']:6.3f} s{cpu}{ratio}{target}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(
        json.dumps({"tree": str(tree), "figures": figures, "runs_s": runs}, indent=2)
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
