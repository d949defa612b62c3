"""The short crash test: 20 real writer processes killed with SIGKILL at random moments
(the full one is `make soak`, 200 kills). After every kill the ledger is whole, balanced
and holds no half-applied change set (see bench/soak.py)."""

from __future__ import annotations

import importlib.util
import io
from pathlib import Path

_SPEC = importlib.util.spec_from_file_location(
    "soak", Path(__file__).resolve().parents[1] / "bench" / "soak.py"
)
assert _SPEC is not None and _SPEC.loader is not None
soak_module = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(soak_module)


def test_twenty_random_kills_leave_a_whole_balanced_ledger(tmp_path: Path) -> None:
    report = soak_module.soak(tmp_path / "home", 20, seed=7, out=io.StringIO())
    assert report["problems"] == []
    kills = {name: result["kills"] for name, result in report["scenarios"].items()}  # type: ignore[union-attr]
    assert sum(kills.values()) == 20 and set(kills) == set(soak_module.SCENARIOS)
