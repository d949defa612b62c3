"""Render every page of the window with the demo ledger into resources/screenshots/.

``python -m lingassist.gui.screenshots`` (``make screenshots``): a real window, offscreen,
driven the way a person would use it — a question and an expense typed to the assistant,
a rendered receipt dropped and read by Tesseract, a pending payment selected.

Options: ``--dark`` renders the dark scheme (files end in ``-dark.png``), ``--dialogs``
adds the dialogs (settings, first start, rules, payment confirmation, split), ``--out DIR``
writes somewhere else (to look at a change without touching the README's pictures).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

OUT = Path(__file__).resolve().parents[2] / "resources" / "screenshots"
RECEIPT = (
    Path(__file__).resolve().parents[2] / "tests" / "receipts" / "fixtures" / "eur_supermarket.png"
)


def main(argv: list[str] | None = None) -> int:
    """Make the screenshots; print where they went."""
    options = _options(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from lingassist.engines.speech import WhisperSpeech
    from lingassist.gui.main_window import MainWindow
    from lingassist.gui.style import apply_style
    from lingassist.services.demo import open_demo
    from lingassist.services.receipt_reading import make_receipt_reader

    app = QApplication(sys.argv[:1])
    apply_style(app, dark=options.dark)
    context = open_demo(Path(tempfile.mkdtemp(prefix="lingassist-shots-")))
    window = MainWindow(
        context, receipt_reader=make_receipt_reader(context), speech=WhisperSpeech()
    )
    window.show()
    options.out.mkdir(parents=True, exist_ok=True)
    suffix = "-dark" if options.dark else ""
    shots: dict[str, Callable[[], object]] = {
        "assistant": lambda: _assistant(window),
        "conversation-1": lambda: _conversation(window, CONVERSATION[:6]),
        "conversation-2": lambda: _conversation(window, CONVERSATION[6:]),
        "ledger": lambda: window.show_page(window.ledger),
        "receipts": lambda: _receipts(app, window),
    }
    for name, page in _optional_pages(window).items():
        shots[name] = page
    if options.dialogs:
        shots.update(_dialogs(window, context))
    for name, prepare in shots.items():
        shown = prepare()
        _settle(app)
        path = options.out / f"{name}{suffix}.png"
        target = shown if hasattr(shown, "grab") else window
        target.grab().save(str(path))  # type: ignore[union-attr]
        print(path)
        if target is not window:
            target.close()  # type: ignore[union-attr]
            target.deleteLater()  # type: ignore[union-attr]
    window.jobs.wait()
    window.close()
    window.deleteLater()
    app.processEvents()
    return 0


def _options(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m lingassist.gui.screenshots")
    parser.add_argument("--dark", action="store_true", help="render the dark scheme")
    parser.add_argument("--dialogs", action="store_true", help="render the dialogs too")
    parser.add_argument("--out", type=Path, default=OUT, help=f"folder (default {OUT})")
    return parser.parse_args(argv)


def _assistant(window) -> None:  # type: ignore[no-untyped-def]
    window.run_command("how much did I spend on groceries last month")
    window.run_command("I spent twelve fifty at Blue Bottle this morning")


CONVERSATION = (
    ("coffee 4.5 at Brew Lab", True),
    ("dinner 60 split with Tom", True),
    ("refund of 20 from Amazon", True),
    ("top categories last month", False),
    ("tea 3.20", False),
    ("cancel that", False),
    ("pay Landlord Ltd 950 for rent", False),
    ("lunch 12.80 at Noodle Bar", False),
)


def _conversation(window, said) -> None:  # type: ignore[no-untyped-def]
    """Part of a conversation: a terse entry, a split, a refund, a ranking, "cancel that"
    with a card open; then a sentence that stands alone after a payment card (it must
    inherit nothing). Confirmed cards are confirmed as a person would."""
    for text, confirm in said:
        window.run_command(text)
        if confirm:
            window.conversation.confirm_open_card()


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


def _dialogs(window, context) -> dict:  # type: ignore[no-untyped-def,type-arg]
    """Each dialog, shown over the window (grabbed on its own)."""
    from lingassist.gui.first_start_dialog import FirstStartDialog
    from lingassist.gui.payment_dialog import PaymentDialog
    from lingassist.gui.rules_dialog import RulesDialog
    from lingassist.gui.settings_dialog import SettingsDialog
    from lingassist.gui.split_dialog import SplitDialog, splittable
    from lingassist.services.entries import category_choices

    def payment():  # type: ignore[no-untyped-def]
        window.run_command("pay Alice Martin 40 euros for dinner on Friday")
        card = window.conversation.open_card
        return PaymentDialog(card.proposal, context.settings.locale, window)

    def split():  # type: ignore[no-untyped-def]
        model = window.ledger.model
        row = next(model.row_at(r) for r in range(model.rowCount()) if splittable(model.row_at(r)))
        return SplitDialog(context, row, category_choices(context), window)

    def settings_backups():  # type: ignore[no-untyped-def]
        from lingassist.services import backups

        backups.make_backup(context)
        backups.automatic_backup(context.paths, context.settings, backups.DAILY)
        dialog = SettingsDialog(context, window)
        dialog.tabs.setCurrentWidget(dialog.backups)
        return dialog

    makers = {
        "dialog-payment": payment,
        "dialog-settings": lambda: SettingsDialog(context, window),
        "dialog-settings-backups": settings_backups,
        "dialog-first-start": lambda: FirstStartDialog(context.settings, window),
        "dialog-rules": lambda: RulesDialog(context, window),
        "dialog-split": split,
    }
    return {name: (lambda make=make: _shown(make())) for name, make in makers.items()}


def _shown(dialog):  # type: ignore[no-untyped-def]
    dialog.show()
    dialog.activateWindow()
    return dialog


def _settle(app) -> None:  # type: ignore[no-untyped-def]
    for _ in range(20):
        app.processEvents()
        time.sleep(0.01)


if __name__ == "__main__":
    raise SystemExit(main())
