"""In a French or Vietnamese window the categories (Plaid PFC v2), the accounts LingAssist
names itself and the assistant's cards are shown in that language, from the names tables
in resources/; the ledger keeps its category codes and English names unchanged."""

from __future__ import annotations

import csv

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from lingassist.core.resources import resource_path
from lingassist.core.transactions import TransactionFilter
from lingassist.gui.category_picker import CategoryPicker
from lingassist.gui.main_window import MainWindow
from lingassist.ledger.taxonomy import load_taxonomy
from lingassist.services.context import AppContext
from lingassist.services.entries import EntryRequest, category_choices, find_entries, record_entry
from tests.gui.fake_speech import FakeSpeech
from tests.gui.test_receipts_view import fake_reader

CATEGORY, NAME = 2, 3  # the ledger table's category and account columns


@pytest.mark.parametrize("language", ["fr", "vi"])
def test_every_category_has_a_name_in_each_language(language: str) -> None:
    path = resource_path("taxonomy", f"pfc_v2_{language}.csv")
    with path.open(encoding="utf-8", newline="") as handle:
        names = {row["code"]: row["name"] for row in csv.DictReader(handle)}
    taxonomy = load_taxonomy()
    assert set(names) == {entry.code for entry in taxonomy}
    assert all(name.strip() == name and name for name in names.values())
    same = [e.code for e in taxonomy if names[e.code] == e.name]
    assert len(same) <= 3, same  # "Restaurant", "Services"… may be spelled alike


def _window(qtbot: QtBot, context: AppContext) -> MainWindow:
    record_entry(context, EntryRequest("2000", category="INCOME_SALARY", income=True))
    record_entry(context, EntryRequest("4.20", merchant="Brew Lab", category="coffee"))
    window = MainWindow(context, receipt_reader=fake_reader, speech=FakeSpeech())
    qtbot.addWidget(window)
    window.show()
    return window


def _cell(window: MainWindow, row: int, column: int) -> str:
    model = window.ledger.model
    return str(model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole))


EXPECTED = {
    "fr": ("Café", "Compte courant", "Alimentation et boissons › Café", "Ajouter une dépense de"),
    "vi": ("Cà phê", "Tài khoản chính", "Ăn uống › Cà phê", "Thêm khoản chi"),
}


@pytest.mark.parametrize("speaking", ["fr", "vi"], indirect=True)
def test_the_window_shows_categories_accounts_and_cards_in_its_language(
    qtbot: QtBot, context: AppContext, speaking: str
) -> None:
    coffee, checking, choice, title = EXPECTED[speaking]
    window = _window(qtbot, context)
    row = next(r for r in range(window.ledger.model.rowCount()) if "Brew" in _cell(window, r, 1))
    assert _cell(window, row, CATEGORY) == coffee
    assert _cell(window, row, NAME) == checking
    window.resize(1366, 768)  # the sidebar widens for the longer names: none is cut
    QApplication.processEvents()
    buttons = [b.text() for b in window.accounts.findChildren(QPushButton)]
    assert checking in buttons and "Checking" not in buttons
    picker = CategoryPicker(category_choices(context))
    qtbot.addWidget(picker)
    assert picker.findText(choice) >= 0
    window.run_command("coffee 3.80 at Brew Lab")
    card = window.conversation.open_card
    assert card is not None
    assert card.title.text().startswith(title) and "Brew Lab" in card.title.text()
    values = [label.text() for label in card.findChildren(type(card.title), "cardValue")]
    assert coffee in values and checking in values
    qtbot.mouseClick(card.confirm_button, Qt.MouseButton.LeftButton)
    rows, _ = find_entries(context, TransactionFilter(merchant="Brew Lab"))
    stored = {(r.category_code, r.category_name, r.account) for r in rows}
    assert stored == {("FOOD_AND_DRINK_COFFEE", "Coffee", "Checking")}  # the ledger's own


def test_an_english_window_keeps_the_ledgers_names(qtbot: QtBot, context: AppContext) -> None:
    window = _window(qtbot, context)
    row = next(r for r in range(window.ledger.model.rowCount()) if "Brew" in _cell(window, r, 1))
    assert (_cell(window, row, CATEGORY), _cell(window, row, NAME)) == ("Coffee", "Checking")


@pytest.mark.parametrize("speaking", ["fr"], indirect=True)
def test_account_choices_show_the_language_and_keep_the_stored_name(
    qtbot: QtBot, context: AppContext, speaking: str
) -> None:
    from lingassist.gui.receipt_card import ReceiptCard
    from lingassist.gui.settings_dialog import SettingsDialog
    from lingassist.services.entries import account_names

    card = ReceiptCard(category_choices(context), account_names(context))
    qtbot.addWidget(card)
    assert card.account.currentText() == "Compte courant"
    assert card.account.currentData() == "Checking"  # what the receipt is saved with
    dialog = SettingsDialog(context)
    qtbot.addWidget(dialog)
    assert dialog.account.currentText() == "Compte courant"
    assert dialog.account.currentData() == context.settings.default_account == "Checking"
