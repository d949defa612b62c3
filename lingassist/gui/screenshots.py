"""Render every page of the window with the demo ledger into resources/screenshots/.

``python -m lingassist.gui.screenshots`` (``make screenshots``): a real window, offscreen,
driven the way a person would use it — a question and an expense typed to the assistant,
a rendered receipt dropped and read by Tesseract, a pending payment selected.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

OUT = Path(__file__).resolve().parents[2] / "resources" / "screenshots"
RECEIPT = (
    Path(__file__).resolve().parents[2] / "tests" / "receipts" / "fixtures" / "eur_supermarket.png"
)


def main() -> int:
    """Make the screenshots; print where they went."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from lingassist.engines.speech import WhisperSpeech
    from lingassist.gui.main_window import MainWindow
    from lingassist.gui.style import apply_style
    from lingassist.services.demo import open_demo
    from lingassist.services.receipt_reading import make_receipt_reader

    app = QApplication(sys.argv[:1])
    apply_style(app)
    context = open_demo(Path(tempfile.mkdtemp(prefix="lingassist-shots-")))
    window = MainWindow(
        context, receipt_reader=make_receipt_reader(context), speech=WhisperSpeech()
    )
    window.show()
    OUT.mkdir(parents=True, exist_ok=True)
    shots = {
        "assistant": lambda: _assistant(window),
        "ledger": lambda: window.show_page(window.ledger),
        "receipts": lambda: _receipts(app, window),
    }
    for name, page in _optional_pages(window).items():
        shots[name] = page
    for name, prepare in shots.items():
        prepare()
        _settle(app)
        path = OUT / f"{name}.png"
        window.grab().save(str(path))
        print(path)
    window.jobs.wait()
    window.close()
    window.deleteLater()
    app.processEvents()
    return 0


def _assistant(window) -> None:  # type: ignore[no-untyped-def]
    window.run_command("how much did I spend on groceries last month")
    window.run_command("I spent twelve fifty at Blue Bottle this morning")


def _receipts(app, window) -> None:  # type: ignore[no-untyped-def]
    window.receipts.add_files([RECEIPT])
    window.show_page(window.receipts)
    deadline = time.monotonic() + 60
    while (
        window.receipts.entries[0].status.startswith(("Queued", "Reading"))
        and time.monotonic() < deadline
    ):
        app.processEvents()
        time.sleep(0.05)
    window.receipts.card.inputs["total"].setFocus()


def _optional_pages(window) -> dict:  # type: ignore[no-untyped-def,type-arg]
    """Pages that exist in this build (payments, dashboard)."""
    pages = {}
    for name in ("payments", "dashboard"):
        page = getattr(window, name, None)
        if page is not None:
            pages[name] = lambda page=page: window.show_page(page)
    return pages


def _settle(app) -> None:  # type: ignore[no-untyped-def]
    for _ in range(20):
        app.processEvents()
        time.sleep(0.01)


if __name__ == "__main__":
    raise SystemExit(main())
