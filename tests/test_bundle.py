"""The PyInstaller bundle builds from build.spec and its self-test passes offscreen."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.engine
def test_the_bundle_builds_and_passes_its_selftest(tmp_path: Path) -> None:
    build = subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(tmp_path / "dist"),
            "--workpath",
            str(tmp_path / "build"),
            str(ROOT / "build.spec"),
        ],
        capture_output=True,
        text=True,
        timeout=900,
        cwd=ROOT,
    )
    assert build.returncode == 0, build.stderr[-3000:]
    executable = tmp_path / "dist" / "lingassist" / "lingassist"
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    selftest = subprocess.run(
        [str(executable), "--home", str(tmp_path / "home"), "--selftest"],
        capture_output=True,
        text=True,
        timeout=120,
        env=environment,
    )
    assert selftest.returncode == 0, selftest.stdout + selftest.stderr
    assert selftest.stdout.startswith("selftest ok")
    # the commands are imported by name, which PyInstaller cannot see by itself
    listing = subprocess.run(
        [str(executable), "--home", str(tmp_path / "home"), "list"],
        capture_output=True,
        text=True,
        timeout=120,
        env=environment,
    )
    assert listing.returncode == 0, listing.stdout + listing.stderr
    if importlib.util.find_spec("rapidocr_onnxruntime") is not None:  # the third receipt reader
        package = tmp_path / "dist" / "lingassist" / "_internal" / "rapidocr_onnxruntime"
        assert (package / "config.yaml").is_file()
        assert len(list((package / "models").glob("*.onnx"))) == 3
