"""A PySide6 window in a process that loaded RapidOCR (and so OpenCV) before Qt started:
no Qt variable is set by it, and the window paints as usual."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys

import pytest

WINDOW_AFTER_RAPIDOCR = """
import json, os, sys
from lingassist.engines.rapid_ocr import loaded
loaded()  # OpenCV, onnxruntime and the models, before any Qt
qt_variables = sorted(k for k in os.environ if k.startswith("QT_") and k != "QT_QPA_PLATFORM")
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel("TOTAL 13.25")
label.setStyleSheet("background: white; color: black; font-size: 32px")
label.resize(300, 80)
label.show()
app.processEvents()
image = label.grab().toImage()
dark = sum(
    QColor(image.pixel(x, y)).lightness() < 100
    for x in range(image.width()) for y in range(image.height())
)
print(json.dumps({"qt_variables": qt_variables, "platform": app.platformName(), "dark": dark}))
"""


@pytest.mark.engine
@pytest.mark.skipif(
    importlib.util.find_spec("rapidocr_onnxruntime") is None,
    reason="rapidocr-onnxruntime is not installed (make install adds it)",
)
def test_a_window_paints_after_rapidocr_was_loaded_in_the_same_process() -> None:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("QT_")}
    environment["QT_QPA_PLATFORM"] = "offscreen"
    result = subprocess.run(
        [sys.executable, "-c", WINDOW_AFTER_RAPIDOCR],
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    shown = json.loads(result.stdout.strip().splitlines()[-1])
    assert shown["qt_variables"] == [] and shown["platform"] == "offscreen"
    assert shown["dark"] > 100  # the label's text was drawn
