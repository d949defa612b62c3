"""Render every page of the window with the demo ledger into resources/screenshots/.

``python -m lingassist.gui.screenshots`` (``make screenshots``): a real window, offscreen,
driven the way a person would use it — a question and an expense typed to the assistant,
a rendered receipt dropped and read by Tesseract, a pending payment selected.

Options: ``--dark`` renders the dark scheme (files end in ``-dark.png``), ``--dialogs``
adds the dialogs (settings with its accounts' bank details and backups, first start, rules,
payment confirmation, split, the import of a German bank's statement and its column choice,
the zoomable receipt photo), ``--out DIR`` writes somewhere else (to
look at a change without touching the README's pictures), ``--size 1024x640`` sets the
window's size, 1366x768 unless told (dialogs size themselves to it), ``--only NAME …``
renders only those shots, ``--language fr`` (or ``vi``) renders the window in that language
with the demo ledger in its locale (fr_FR, vi_VN: numbers and dates as there; files end in
``-fr.png``), and what is typed to the assistant in that language too.
"""

from __future__ import annotations

import argparse
import json
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
    if options.size and os.environ["QT_QPA_PLATFORM"] == "offscreen":
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_screen_file(*options.size)}"
    from PySide6.QtWidgets import QApplication

    from lingassist.engines.speech import WhisperSpeech
    from lingassist.gui.main_window import MainWindow
    from lingassist.gui.style import apply_style
    from lingassist.services.demo import open_demo
    from lingassist.services.receipt_reading import make_receipt_reader

    app = QApplication(sys.argv[:1])
    apply_style(app, dark=options.dark)
    home = Path(tempfile.mkdtemp(prefix="lingassist-shots-"))
    context = open_demo(home, language=options.language)  # its descriptions in the language
    if options.language != "en":
        context = _speaking(app, context, options.language)
    else:  # as the app does: the English file holds the plurals ("1,539 transactions")
        from lingassist.gui.translation import install_translation

        install_translation(app, context.settings)
    window = MainWindow(
        context, receipt_reader=make_receipt_reader(context), speech=WhisperSpeech()
    )
    window.show()
    if options.size:
        window.resize(*options.size)
    options.out.mkdir(parents=True, exist_ok=True)
    suffix = ("-dark" if options.dark else "") + (
        f"-{options.language}" if options.language != "en" else ""
    )
    shots: dict[str, Callable[[], object]] = {
        "assistant": lambda: _assistant(window, ASKED[options.language]),
        "conversation-1": lambda: _conversation(window, CONVERSATIONS[options.language][:6]),
        "conversation-2": lambda: _conversation(window, CONVERSATIONS[options.language][6:]),
        "conversation-3": lambda: _conversation(window, CORRECTIONS[options.language]),
        "ledger": lambda: window.show_page(window.ledger),
        "receipts": lambda: _receipts(app, window),
    }
    for name, page in _optional_pages(window).items():
        shots[name] = page
    if options.dialogs:
        shots.update(_dialogs(window, context, PAYMENT[options.language]))
    if options.only:
        shots = {name: shot for name, shot in shots.items() if name in options.only}
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
    parser.add_argument(
        "--size", type=_size, default=(1366, 768), help="window size (default 1366x768)"
    )
    parser.add_argument("--only", nargs="+", metavar="NAME", help="render only these shots")
    parser.add_argument(
        "--language", choices=sorted(LOCALES), default="en", help="the window's language"
    )
    return parser.parse_args(argv)


LOCALES = {"en": "en_IE", "fr": "fr_FR", "vi": "vi_VN"}  # the demo's locale in each language


def _speaking(app, context, language: str):  # type: ignore[no-untyped-def]
    """The demo `context` in `language`'s locale, with the window's translators installed."""
    from dataclasses import replace

    from lingassist.gui.translation import install_translation

    settings = context.settings.with_changes(language=language, locale=LOCALES[language])
    install_translation(app, settings)
    return replace(context, settings=settings)


def _screen_file(width: int, height: int) -> Path:
    """An offscreen screen of this size (dialogs size themselves to the screen too)."""
    screen = {"name": "shot", "x": 0, "y": 0, "width": width, "height": height}
    screen |= {"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
    path = Path(tempfile.mkdtemp(prefix="lingassist-screen-")) / "screen.json"
    path.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
    return path


def _size(text: str) -> tuple[int, int]:
    """ "1366x768" -> (1366, 768)."""
    width, _, height = text.lower().partition("x")
    return int(width), int(height)


def _assistant(window, said: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    for text in said:
        window.run_command(text)


ASKED = {  # a question and an expense, as a person would type them in each language
    "en": (
        "how much did I spend on groceries last month",
        "I spent twelve fifty at Blue Bottle this morning",
    ),
    "fr": (
        "combien j'ai dépensé en courses le mois dernier",
        "j'ai dépensé 12,50 € au Blue Bottle ce matin",
    ),
    "vi": (
        "tháng trước tôi chi bao nhiêu cho đi chợ",
        "sáng nay tôi uống cà phê ở Blue Bottle hết 12,50 euro",
    ),
}
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
CONVERSATIONS = {
    "en": CONVERSATION,
    "fr": (
        ("café 4,50 chez Brew Lab", True),
        ("dîner 60 euros partagé avec Tom", True),
        ("remboursement de 20 euros d'Amazon", True),
        ("mes catégories principales le mois dernier", False),
        ("j'ai pris un thé à 3,20 €", False),
        ("annule ça", False),
        ("payer Landlord Ltd 950 euros pour le loyer", False),
        ("déjeuner 12,80 au Noodle Bar", False),
    ),
    "vi": (
        ("cà phê 4,5 euro ở Brew Lab", True),
        ("ăn tối 60 euro chia với Tom", True),
        ("Amazon hoàn lại 20 euro", True),
        ("tháng trước chi nhiều nhất cho danh mục nào", False),
        ("trà 3,2 euro", False),
        ("hủy cái đó", False),
        ("chuyển cho Landlord Ltd 950 euro tiền nhà", False),
        ("ăn trưa 12,8 euro ở Noodle Bar", False),
    ),
}
# A card corrected after dropping it ("never mind, I meant …") and a total asked against a
# figure: the card is said again with the new amount, the answer says how far from the figure
CORRECTIONS = {
    "en": (
        ("taxi 23.60 last friday", False),
        ("never mind, I meant 25.60", False),
        ("did I go over 200 on groceries last month?", False),
    ),
    "fr": (
        ("taxi 23,60 vendredi dernier", False),
        ("non, 25,60", False),
        ("ai-je dépassé 200 euros en courses le mois dernier ?", False),
    ),
    "vi": (
        ("taxi 23,6 euro thứ sáu tuần trước", False),
        ("không, 25,6 euro", False),
        ("tháng trước tôi chi bao nhiêu cho đi chợ", False),
    ),
}
PAYMENT = {
    "en": "pay Alice Martin 40 euros for dinner on Friday",
    "fr": "payer Alice Martin 40 euros pour le dîner vendredi",
    "vi": "chuyển cho Alice Martin 40 euro tiền ăn tối thứ sáu",
}


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


def _dialogs(window, context, pay: str) -> dict:  # type: ignore[no-untyped-def,type-arg]
    """Each dialog, shown over the window (grabbed on its own)."""
    from lingassist.gui.first_start_dialog import FirstStartDialog
    from lingassist.gui.payment_dialog import PaymentDialog
    from lingassist.gui.rules_dialog import RulesDialog
    from lingassist.gui.settings_dialog import SettingsDialog
    from lingassist.gui.split_dialog import SplitDialog, splittable
    from lingassist.services.entries import category_choices

    def payment():  # type: ignore[no-untyped-def]
        window.run_command(pay)
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

    def settings_accounts():  # type: ignore[no-untyped-def]
        dialog = SettingsDialog(context, window)
        dialog.tabs.setCurrentWidget(dialog.bank_accounts)
        return dialog

    def receipt_photo():  # type: ignore[no-untyped-def]
        from PySide6.QtWidgets import QApplication

        if not window.receipts.entries:  # the receipts page was not rendered (--only)
            _receipts(QApplication.instance(), window)
        return window.receipts.card.show_photo()

    makers = {
        "dialog-payment": payment,
        "dialog-settings": lambda: SettingsDialog(context, window),
        "dialog-settings-accounts": settings_accounts,
        "dialog-settings-backups": settings_backups,
        "dialog-receipt-photo": receipt_photo,
        "dialog-first-start": lambda: FirstStartDialog(context.settings, window),
        "dialog-rules": lambda: RulesDialog(context, window),
        "dialog-split": split,
        "dialog-import": lambda: _import_dialog(window, context),
        "dialog-import-columns": lambda: _columns_dialog(window, context),
    }
    return {name: (lambda make=make: _shown(make())) for name, make in makers.items()}


def _import_dialog(window, context):  # type: ignore[no-untyped-def]
    """The preview of a German bank's 60-line statement: 2 lines imported before, 2 that
    are a receipt and a spoken expense, 1 with an impossible date, the rest new."""
    from PySide6.QtWidgets import QApplication

    from lingassist.services.demo_statement import demo_statement

    path = demo_statement(context, Path(tempfile.mkdtemp(prefix="lingassist-statement-")))
    window.bank_imports.add([path])
    dialog = window.bank_imports.dialog
    deadline = time.monotonic() + 60
    while (dialog.loaded is None or dialog.progress.isVisible()) and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.02)
    matched = next(r for r in range(dialog.model.rowCount()) if dialog.model.line_at(r).match)
    dialog.table.selectRow(matched)
    dialog.table.scrollTo(dialog.model.index(max(matched - 8, 0), 0))
    return dialog


def _columns_dialog(window, context):  # type: ignore[no-untyped-def]
    """The column choice for a CSV without a header row."""
    from lingassist.gui.csv_mapping_dialog import CsvMappingDialog
    from lingassist.services.bank_file_reading import bank_file_layout

    path = Path(tempfile.mkdtemp(prefix="lingassist-statement-")) / "export.csv"
    path.write_text(
        "02.11.2026;REWE Markt GmbH;Kartenzahlung REWE SAGT DANKE 44812;-52,10;1.234,56\n"
        "03.11.2026;ACME Software GmbH;Gehalt November;3.850,00;5.084,56\n"
        "04.11.2026;Stadtwerke München;Abschlag Strom;-64,00;5.020,56\n",
        encoding="utf-8",
    )
    layout = bank_file_layout(context, path)
    return CsvMappingDialog(layout, path.name, window)


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
