"""Importing bank files in the window: drop or File → Import, the preview dialog, the CSV
column dialog, confirm, Undo; driven through real widgets (pytest-qt, offscreen)."""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt, QTimer
from PySide6.QtWidgets import QComboBox, QFileDialog, QPushButton
from pytestqt.qtbot import QtBot

from lingassist.core.transactions import TransactionFilter, TransactionSource
from lingassist.gui.csv_mapping_dialog import CsvMappingDialog
from lingassist.gui.import_dialog import ImportDialog
from lingassist.gui.import_table_model import AMOUNT, DATE, DETAILS, LINE, STATUS
from lingassist.gui.main_window import MainWindow
from lingassist.services.bank_file_reading import bank_file_layout
from lingassist.services.context import AppContext
from lingassist.services.csv_mappings import mappings_file
from lingassist.services.entries import EntryRequest, find_entries, record_entry
from tests.gui import test_theme
from tests.gui.fake_speech import FakeSpeech
from tests.gui.test_receipts_view import drop, fake_reader, photo
from tests.gui.test_theme import glaring_blocks, low_contrast

HEADER = "Buchungstag;Valutadatum;Auftraggeber / Empfänger;Verwendungszweck;Betrag (EUR)\n"
NOVEMBER = [
    ("02.11.2026", "REWE Markt GmbH", "Kartenzahlung REWE SAGT DANKE", "-52,10"),
    ("03.11.2026", "ACME GmbH", "Gehalt November", "2.500,00"),
    ("04.11.2026", "Cafe Central", "Kartenzahlung", "-3,50"),
    ("05.11.2026", "Stadtwerke", "Abschlag Strom", "-64,00"),
    ("31.02.2026", "Nobody", "Kaputtes Datum", "-1,00"),  # line 6: rejected
    ("06.11.2026", "DM Drogerie", "Kartenzahlung", "-7,95"),
]
UNSURE_HEADER = "Tag,Text,Wert\n"
LOAD_MS = 20_000
scheme = test_theme.scheme  # the fixture that applies the light or dark scheme


@pytest.fixture
def window(qtbot: QtBot, context: AppContext) -> MainWindow:
    shown = MainWindow(context, receipt_reader=fake_reader, speech=FakeSpeech())
    qtbot.addWidget(shown)
    with qtbot.waitActive(shown):
        shown.show()
        shown.activateWindow()
    return shown


def german_csv(folder: Path, name: str, rows: list[tuple[str, str, str, str]]) -> Path:
    """A Sparkasse-like export: semicolons, day.month.year, decimal comma, cp1252."""
    body = "".join(f"{day};{day};{who};{why};{amount}\n" for day, who, why, amount in rows)
    path = folder / name
    path.write_bytes((HEADER + body).encode("cp1252"))
    return path


def unsure_csv(folder: Path, name: str, rows: list[tuple[str, str, str]]) -> Path:
    """A CSV whose header words LingAssist does not know: it asks for the columns."""
    path = folder / name
    path.write_text(UNSURE_HEADER + "".join(",".join(row) + "\n" for row in rows))
    return path


def opened(qtbot: QtBot, window: MainWindow) -> ImportDialog:
    """The import dialog once its preview is shown."""
    qtbot.waitUntil(lambda: window.bank_imports.dialog is not None, timeout=LOAD_MS)
    dialog = window.bank_imports.dialog
    assert dialog is not None
    qtbot.waitUntil(
        lambda: dialog.loaded is not None and not dialog.progress.isVisible(), timeout=LOAD_MS
    )
    return dialog


def confirmed(qtbot: QtBot, window: MainWindow, dialog: ImportDialog) -> None:
    """Click "Import N transactions" and wait until the dialog closed."""
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.bank_imports.dialog is None, timeout=LOAD_MS)


def counts(dialog: ImportDialog) -> dict[str, str]:
    return {kind: button.text() for kind, button in dialog.filters.items()}


def cell(dialog: ImportDialog, row: int, column: int, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
    return dialog.model.data(dialog.model.index(row, column), role)


def row_of_line(dialog: ImportDialog, number: int) -> int:
    return next(r for r in range(dialog.model.rowCount()) if cell(dialog, r, LINE) == str(number))


def ledger_size(context: AppContext) -> int:
    return find_entries(context, TransactionFilter())[1]


def test_a_dropped_bank_file_is_previewed_imported_and_undone_as_one(
    qtbot: QtBot, window: MainWindow, context: AppContext, tmp_path: Path
) -> None:
    drop(window, german_csv(tmp_path, "Umsaetze_Giro.csv", NOVEMBER))
    dialog = opened(qtbot, window)
    assert dialog.isVisible() and dialog.title.text() == "Umsaetze_Giro.csv"
    assert counts(dialog) == {
        "all": "All  6",
        "new": "New  5",
        "duplicate": "Already in the ledger  0",
        "matched": "Matched  0",
        "unsure": "Unsure  0",
        "rejected": "Rejected  1",
    }
    assert dialog.account_box.currentText() == "Checking (EUR)"
    assert dialog.account_box.itemText(dialog.account_box.count() - 1) == (
        "New account: Umsaetze Giro"
    )
    assert cell(dialog, 0, AMOUNT) == "-€52.10"
    assert cell(dialog, 1, AMOUNT) == "+€2,500.00"
    assert cell(dialog, 0, AMOUNT, Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert cell(dialog, 0, DETAILS) == "Known merchant: Rewe is Groceries"
    rejected = row_of_line(dialog, 6)
    assert (cell(dialog, rejected, STATUS), cell(dialog, rejected, DETAILS)) == (
        "Rejected",
        "'31.02.2026' is not a date",
    )
    qtbot.mouseClick(dialog.filters["rejected"], Qt.MouseButton.LeftButton)
    assert dialog.model.rowCount() == 1 and cell(dialog, 0, LINE) == "6"
    assert dialog.import_button.text() == "Import 5 transactions"
    confirmed(qtbot, window, dialog)
    assert dialog.result is not None and len(dialog.result.added) == 5
    assert window.pages.currentWidget() is window.ledger
    assert window.ledger.model.rowCount() == 5
    assert window.command_bar.feedback_text.startswith(
        "✓ Imported 5 new transactions into Checking; 1 line rejected."
    )
    with qtbot.waitActive(window):  # a window manager gives the window back its focus
        window.activateWindow()
    window.command_bar.input.setFocus()
    qtbot.keyClick(window.command_bar.input, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.ledger.model.rowCount() == 0 and ledger_size(context) == 0
    assert window.command_bar.feedback_text.startswith("Undid: import Umsaetze_Giro.csv")


def test_the_same_file_again_shows_only_duplicates_and_imports_nothing(
    qtbot: QtBot, window: MainWindow, context: AppContext, tmp_path: Path
) -> None:
    path = german_csv(tmp_path, "giro.csv", NOVEMBER)
    drop(window, path)
    confirmed(qtbot, window, opened(qtbot, window))
    assert ledger_size(context) == 5
    drop(window, path)
    dialog = opened(qtbot, window)
    assert counts(dialog)["duplicate"] == "Already in the ledger  5"
    assert counts(dialog)["new"] == "New  0" and not dialog.filters["new"].isEnabled()
    assert dialog.import_button.text() == "Nothing to import"
    assert not dialog.import_button.isEnabled()
    assert "nothing new in this file" in dialog.message.text()
    assert cell(dialog, 0, DETAILS).startswith("Already in the ledger as #")
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.bank_imports.dialog is None)
    assert ledger_size(context) == 5


def test_cancel_leaves_the_ledger_as_it_was(
    qtbot: QtBot, window: MainWindow, context: AppContext, tmp_path: Path
) -> None:
    record_entry(context, EntryRequest("4.20", merchant="Blue Bottle", date="2026-11-20"))
    drop(window, german_csv(tmp_path, "giro.csv", NOVEMBER))
    dialog = opened(qtbot, window)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.bank_imports.dialog is None)
    assert ledger_size(context) == 1
    assert not list((context.paths.home / "backups").glob("*import*"))


def test_enter_imports_once_the_preview_is_shown(
    qtbot: QtBot, window: MainWindow, context: AppContext, tmp_path: Path
) -> None:
    """While the file is read only Cancel is enabled and holds the focus; once the
    preview is shown Enter presses Import, not Cancel."""
    drop(window, german_csv(tmp_path, "giro.csv", NOVEMBER))
    dialog = opened(qtbot, window)
    assert dialog.import_button.isDefault() and not dialog.cancel_button.isDefault()
    focused = dialog.focusWidget()
    assert focused is not None and focused is not dialog.cancel_button
    qtbot.keyClick(focused, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.bank_imports.dialog is None, timeout=LOAD_MS)
    assert ledger_size(context) == 5


def test_an_unsure_csv_asks_for_its_columns_once_per_bank(
    qtbot: QtBot, window: MainWindow, context: AppContext, tmp_path: Path
) -> None:
    rows = [("2026-11-02", "Rewe", "-52.10"), ("2026-11-03", "Acme", "2500.00")]
    drop(window, unsure_csv(tmp_path, "export.csv", rows))
    qtbot.waitUntil(lambda: window.bank_imports.dialog is not None)
    dialog = window.bank_imports.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.mapping_dialog is not None, timeout=LOAD_MS)
    columns = dialog.mapping_dialog
    assert columns is not None and columns.isVisible()
    assert columns.table.item(1, 1).text() == "Rewe"  # the sample rows under the combos
    columns.set_role(2, "ignore")
    assert not columns.ok_button.isEnabled() and "amount column" in columns.problems.text()
    columns.set_role(2, "amount")
    columns.set_role(1, "date")  # the date moves: one column only can hold it
    assert columns.roles[0].currentData() == "ignore"
    columns.set_role(0, "date")
    columns.set_role(1, "description")
    qtbot.mouseClick(columns.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.loaded is not None, timeout=LOAD_MS)
    assert counts(dialog)["new"] == "New  2" and dialog.columns_button.isVisible()
    assert not mappings_file(context.paths).exists()  # remembered when imported
    confirmed(qtbot, window, dialog)
    assert mappings_file(context.paths).exists()
    drop(window, unsure_csv(tmp_path, "export-2.csv", [("2026-11-09", "Lidl", "-3.10")]))
    second = opened(qtbot, window)
    assert second.mapping_dialog is None
    assert "columns you chose for this bank" in second.subtitle.text()
    assert counts(second)["new"] == "New  1"


def test_cancelling_the_column_choice_imports_nothing(
    qtbot: QtBot, window: MainWindow, context: AppContext, tmp_path: Path
) -> None:
    drop(window, unsure_csv(tmp_path, "export.csv", [("2026-11-02", "Rewe", "-52.10")]))
    qtbot.waitUntil(lambda: window.bank_imports.dialog is not None)
    dialog = window.bank_imports.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.mapping_dialog is not None, timeout=LOAD_MS)
    dialog.mapping_dialog.reject()  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: window.bank_imports.dialog is None)
    assert ledger_size(context) == 0 and not mappings_file(context.paths).exists()


def receipt(context: AppContext, amount: str, merchant: str, day: str) -> int:
    request = EntryRequest(
        amount, merchant=merchant, date=day, category="coffee", source=TransactionSource.RECEIPT
    )
    return record_entry(context, request).row.id


@pytest.mark.parametrize("keep_apart", [False, True], ids=["merged", "kept-apart"])
def test_a_match_merges_unless_unticked(
    qtbot: QtBot,
    window: MainWindow,
    context: AppContext,
    tmp_path: Path,
    keep_apart: bool,
) -> None:
    entry = receipt(context, "12.50", "Blue Bottle", "2026-11-02")
    rows = [("04.11.2026", "SQ *BLUE BOTTLE", "Kartenzahlung", "-12,50"), *NOVEMBER[:1]]
    drop(window, german_csv(tmp_path, "giro.csv", rows))
    dialog = opened(qtbot, window)
    assert counts(dialog)["matched"] == "Matched  1"
    row = row_of_line(dialog, 2)
    assert cell(dialog, row, STATUS) == "Matched"
    assert cell(dialog, row, STATUS, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert cell(dialog, row, DETAILS).startswith(f"Merges into #{entry} Blue Bottle")
    assert "(receipt)" in cell(dialog, row, DETAILS)
    assert dialog.import_button.text() == "Import 2 transactions"
    if keep_apart:
        click_check_box(qtbot, dialog, row)
        assert cell(dialog, row, STATUS) == "Separate"
        assert cell(dialog, row, DETAILS).startswith(f"Kept apart from #{entry}")
    confirmed(qtbot, window, dialog)
    assert ledger_size(context) == (3 if keep_apart else 2)
    rows_now, _ = find_entries(context, TransactionFilter())
    kept = next(r for r in rows_now if r.id == entry)
    assert kept.category_code == "FOOD_AND_DRINK_COFFEE"
    assert (kept.account, kept.source) == ("Checking", TransactionSource.RECEIPT)


def click_check_box(qtbot: QtBot, dialog: ImportDialog, row: int) -> None:
    """Click the check box at the start of the Status cell, as a person would."""
    index = dialog.model.index(row, STATUS)
    rect = dialog.table.visualRect(index)
    where = QPoint(rect.left() + 12, rect.center().y())
    qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=where)


def test_an_unsure_line_can_be_given_its_entry(
    qtbot: QtBot, window: MainWindow, context: AppContext, tmp_path: Path
) -> None:
    receipt(context, "4.50", "Blue Bottle", "2026-11-02")
    second = receipt(context, "4.50", "Blue Bottle", "2026-11-04")
    rows = [("03.11.2026", "BLUE BOTTLE", "Kartenzahlung", "-4,50")]
    drop(window, german_csv(tmp_path, "giro.csv", rows))
    dialog = opened(qtbot, window)
    assert counts(dialog)["unsure"] == "Unsure  1"
    assert cell(dialog, 0, STATUS) == "Unsure ▾"
    index = dialog.model.index(0, STATUS)
    dialog.table.setCurrentIndex(index)
    dialog.table.edit(index)
    editor = dialog.table.viewport().findChild(QComboBox)
    assert editor is not None and editor.count() == 3
    editor.setCurrentIndex(editor.findData(second))
    editor.activated.emit(editor.currentIndex())
    assert cell(dialog, 0, STATUS) == f"Same as #{second}"
    assert dialog.model.chosen == {2: second}
    confirmed(qtbot, window, dialog)
    assert ledger_size(context) == 2  # merged into the chosen receipt


def test_a_new_account_can_be_chosen_and_is_created(
    qtbot: QtBot, window: MainWindow, context: AppContext, tmp_path: Path
) -> None:
    drop(window, german_csv(tmp_path, "Umsaetze_Giro.csv", NOVEMBER))
    dialog = opened(qtbot, window)
    dialog.account_box.setCurrentIndex(dialog.account_box.count() - 1)
    qtbot.waitUntil(lambda: dialog.loaded is not None and dialog.loaded.preview.account_is_new)
    qtbot.waitUntil(lambda: not dialog.progress.isVisible())
    assert "creates the account “Umsaetze Giro” in EUR" in dialog.account_note.text()
    assert dialog.account_box.currentText() == "New account: Umsaetze Giro"
    confirmed(qtbot, window, dialog)
    assert "into Umsaetze Giro (a new account)" in window.command_bar.feedback_text
    assert "Umsaetze Giro" in [b.text() for b in window.accounts.findChildren(QPushButton)]


def test_file_menu_imports_with_ctrl_i(
    qtbot: QtBot,
    window: MainWindow,
    context: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = german_csv(tmp_path, "giro.csv", NOVEMBER)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", lambda *_args, **_kwargs: ([str(path)], "")
    )
    file_menu = window.menuBar().actions()[0].menu()
    action = next(a for a in file_menu.actions() if a.text() == "&Import bank file…")
    assert action.shortcut().toString() == "Ctrl+I"
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert counts(opened(qtbot, window))["new"] == "New  5"


def test_a_drop_sends_photos_to_receipts_and_statements_to_the_import(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    statement = german_csv(tmp_path, "export.dat", NOVEMBER)  # known by its content
    drop(window, photo(tmp_path), statement)
    assert len(window.receipts.entries) == 1
    assert window.receipts.entries[0].path.name == "receipt.jpg"
    assert opened(qtbot, window).title.text() == "export.dat"


def test_a_file_that_is_no_statement_is_explained_in_the_command_bar(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    broken = tmp_path / "statement.csv"
    broken.write_text("")
    drop(window, broken)
    qtbot.waitUntil(lambda: "statement.csv is empty" in window.command_bar.feedback_text)
    qtbot.waitUntil(lambda: window.bank_imports.dialog is None)


def test_a_long_file_is_read_without_freezing_the_window(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    lines = 20_000
    rows = [
        (
            f"{1 + i % 28:02d}.{1 + i // 2000:02d}.2026",
            f"Shop {i % 97}",
            "Karte",
            f"-{i % 900 + 1},{i % 100:02d}",
        )
        for i in range(lines)
    ]
    path = german_csv(tmp_path, "long.csv", rows)
    ticks: list[float] = []
    timer = QTimer(interval=20)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    drop(window, path)
    dialog = opened(qtbot, window)
    timer.stop()
    gaps = [later - earlier for earlier, later in zip(ticks, ticks[1:], strict=False)]
    assert dialog.model.rowCount() == lines
    assert max(gaps) < 0.5, f"the window froze for {max(gaps) * 1000:.0f} ms"
    started = time.perf_counter()
    dialog.table.scrollToBottom()
    dialog.table.viewport().repaint()
    assert time.perf_counter() - started < 0.5
    assert dialog.model.index(lines - 1, LINE) != QModelIndex()


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_both_dialogs_are_readable_in_light_and_dark(
    qtbot: QtBot,
    window: MainWindow,
    context: AppContext,
    tmp_path: Path,
    scheme: Callable[[bool], None],
    dark: bool,
) -> None:
    scheme(dark)
    receipt(context, "12.50", "Blue Bottle", "2026-11-02")
    rows = [("04.11.2026", "SQ *BLUE BOTTLE", "Kartenzahlung", "-12,50"), *NOVEMBER]
    drop(window, german_csv(tmp_path, "giro.csv", rows))
    dialog = opened(qtbot, window)
    assert not low_contrast(dialog)
    if dark:
        assert not glaring_blocks(dialog)
    path = unsure_csv(tmp_path, "export.csv", [("2026-11-02", "Rewe", "-52.10")])
    columns = CsvMappingDialog(bank_file_layout(context, path), path.name, window)
    qtbot.addWidget(columns)
    columns.show()
    assert not low_contrast(columns)
    if dark:
        assert not glaring_blocks(columns)


DATE_MARGIN = 24  # the cell's padding and the sort mark


@pytest.mark.parametrize("locale", ["vi_VN", "fr_FR", "en_US"])
def test_the_date_column_fits_a_date_in_the_window_locale(
    qtbot: QtBot, context: AppContext, tmp_path: Path, locale: str
) -> None:
    """Vietnamese dates ("21 thg 11, 2026") are longer than English ones: the column is
    as wide as the longest date of the locale, never elided."""
    speaking = dataclasses.replace(
        context, settings=dataclasses.replace(context.settings, locale=locale)
    )
    shown = MainWindow(speaking, receipt_reader=fake_reader, speech=FakeSpeech())
    qtbot.addWidget(shown)
    shown.show()
    drop(shown, german_csv(tmp_path, "Umsaetze_Giro.csv", NOVEMBER))
    dialog = opened(qtbot, shown)
    metrics = dialog.table.fontMetrics()
    widest = max(metrics.horizontalAdvance(cell(dialog, r, DATE) or "") for r in range(5))
    assert dialog.table.columnWidth(DATE) - widest >= DATE_MARGIN  # room for the cell's padding
