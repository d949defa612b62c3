"""Screenshots of the receipt card for three receipts read by the real Tesseract reader.

A German receipt turned 90°, a US diner receipt with a tip line (total after it) photographed
on a table, and a Vietnamese receipt in VND — all rendered by tests/engines/receipt_renders.py —
are dropped on a real MainWindow (offscreen, 1366x768, light) on a fresh demo-free home. Each
is read, selected so its card shows, and the window is saved to
resources/screenshots/receipt-card-<name>.png. The card's fields and which are marked
doubtful are printed.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python bench/receipt_card_shots.py [--out DIR]``.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
OUT = ROOT / "resources" / "screenshots"
SIZE = (1366, 768)


def receipt_photos(folder: Path) -> dict[str, Path]:
    """The three receipt photos, saved as PNG files in `folder`, by name."""
    from tests.engines.receipt_renders import AMERICAN, GERMAN, VIETNAMESE, photographed, render

    images = {
        "german-rotated": render(GERMAN).rotate(90, expand=True, fillcolor=255),
        "us-tip": photographed(render(AMERICAN)),
        "vietnamese": render(VIETNAMESE),
    }
    paths = {}
    for name, image in images.items():
        path = folder / f"{name}.png"
        image.save(path)
        paths[name] = path
    return paths


def main(argv: list[str] | None = None) -> int:
    """Drop, read, select and grab each receipt; print what its card shows."""
    parser = argparse.ArgumentParser(prog="bench/receipt_card_shots.py")
    parser.add_argument("--out", type=Path, default=OUT, help=f"folder (default {OUT})")
    options = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from lingassist.gui.screenshots import _screen_file

    if os.environ["QT_QPA_PLATFORM"] == "offscreen":
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_screen_file(*SIZE)}"
    from PySide6.QtWidgets import QApplication

    from lingassist.config import AppPaths, Settings, save_settings
    from lingassist.engines.speech import WhisperSpeech
    from lingassist.gui.main_window import MainWindow
    from lingassist.gui.style import apply_style
    from lingassist.services.context import open_home
    from lingassist.services.receipt_reading import make_receipt_reader
    from tests.gui.test_receipts_view import drop

    app = QApplication(sys.argv[:1])
    apply_style(app, dark=False)
    work = Path(tempfile.mkdtemp(prefix="lingassist-receipt-cards-"))
    home = work / "home"
    save_settings(AppPaths(home).ensure(), Settings(default_currency="EUR", locale="en_IE"))
    context = open_home(home)
    window = MainWindow(
        context, receipt_reader=make_receipt_reader(context), speech=WhisperSpeech()
    )
    window.show()
    window.resize(*SIZE)
    options.out.mkdir(parents=True, exist_ok=True)
    view = window.receipts
    for index, (name, photo) in enumerate(receipt_photos(work).items()):
        drop(window, photo)
        _wait_until_read(app, view, index)
        view.inbox.setCurrentRow(index)
        _settle(app)
        path = options.out / f"receipt-card-{name}.png"
        window.grab().save(str(path))
        print(path, _card_summary(view.card))
    window.jobs.wait()
    window.close()
    window.deleteLater()
    app.processEvents()
    return 0


def _wait_until_read(app, view, index: int, seconds: float = 120) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        if len(view.entries) > index and not view.entries[index].status.startswith(
            ("Queued", "Reading")
        ):
            return
        time.sleep(0.05)


def _card_summary(card) -> str:  # type: ignore[no-untyped-def]
    """Each field as the card shows it, '?' after a field marked doubtful."""
    return "  ".join(
        f"{name}={field.text()!r}{'?' if field.property('doubtful') else ''}"
        for name, field in card.inputs.items()
    )


def _settle(app) -> None:  # type: ignore[no-untyped-def]
    for _ in range(20):
        app.processEvents()
        time.sleep(0.01)


if __name__ == "__main__":
    raise SystemExit(main())
