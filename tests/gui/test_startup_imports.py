"""The first window opens without the heavy parts: they load later, in workers."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

HEAVY = ("numpy", "faster_whisper", "ctranslate2", "sklearn", "lingassist.categorize.model")

PROBE = """
import runpy, sys
sys.argv = ["lingassist", "--home", sys.argv[1], "--screenshot", sys.argv[2]]
try:
    runpy.run_module("lingassist", run_name="__main__")
except SystemExit:
    pass
print("HEAVY:" + ",".join(m for m in {heavy!r} if m in sys.modules))
"""


def test_first_window_imports_no_model_or_numpy(tmp_path: Path) -> None:
    shot = tmp_path / "window.png"
    result = subprocess.run(
        [sys.executable, "-c", PROBE.format(heavy=HEAVY), str(tmp_path / "home"), str(shot)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=True,
    )
    assert shot.exists()
    heavy = result.stdout.rsplit("HEAVY:", 1)[1].strip()
    assert heavy == "", f"imported before the window showed: {heavy}"
