"""Parse time of the assistant against an earlier commit, in the same run.

Times `lingassist.assistant.parse` over the dev sentences (utterances and natural
messages, read by path) for this tree and for `--against REV` (checked out with
`git worktree` into a temporary folder), alternating, and a 100 KB paste for each.

Run: .venv/bin/python bench/parse_speed.py [--against cd8419a] [--passes 3]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "utterances-dev"
_TIMER = """
import json, statistics, sys, time
from datetime import date
sys.path.insert(0, sys.argv[1])
from lingassist.assistant import parse
texts = json.loads(sys.argv[2])
today = date(2026, 11, 18)
for text in texts[:50]:
    parse(text, today=today)
times = []
for text in texts:
    start = time.perf_counter(); parse(text, today=today); times.append(time.perf_counter() - start)
paste = "coffee 3.20 at Brew Lab yesterday and then " * 2400
start = time.perf_counter(); parse(paste, today=today); long = time.perf_counter() - start
print(json.dumps({"median_ms": statistics.median(times) * 1000,
                  "p90_ms": sorted(times)[int(len(times) * 0.9)] * 1000, "paste_s": long}))
"""


def _texts() -> list[str]:
    texts = []
    for name in ("utterances_dev.jsonl", "commands_natural_dev.jsonl"):
        with (DATA / name).open(encoding="utf-8") as handle:
            texts += [json.loads(line)["text"] for line in handle if line.strip()]
    return texts


def _time(tree: Path, texts: list[str]) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, "-c", _TIMER, str(tree), json.dumps(texts)],
        capture_output=True,
        text=True,
        check=True,
        cwd=tempfile.gettempdir(),
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    """Time both trees `--passes` times, alternating, and print the medians."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--against", default="cd8419a")
    parser.add_argument("--passes", type=int, default=3)
    args = parser.parse_args()
    texts = _texts()
    with tempfile.TemporaryDirectory() as folder:
        old = Path(folder) / "old"
        subprocess.run(
            ["git", "worktree", "add", "-f", "-q", str(old), args.against], cwd=ROOT, check=True
        )
        try:
            runs: dict[str, list[dict[str, float]]] = {"now": [], args.against: []}
            for _ in range(args.passes):
                runs[args.against].append(_time(old, texts))
                runs["now"].append(_time(ROOT, texts))
        finally:
            subprocess.run(["git", "worktree", "remove", "--force", str(old)], cwd=ROOT)
    for name, results in runs.items():
        median = statistics.median(r["median_ms"] for r in results)
        p90 = statistics.median(r["p90_ms"] for r in results)
        paste = statistics.median(r["paste_s"] for r in results)
        print(
            f"{name:>10}: median {median:.3f} ms, p90 {p90:.3f} ms per sentence "
            f"({len(texts)} sentences, {args.passes} passes); 100 KB paste {paste:.2f} s"
        )


if __name__ == "__main__":
    main()
