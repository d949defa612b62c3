"""The main window driven through real widgets (pytest-qt, offscreen)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from lingassist.core.money import Money
from lingassist.core.transactions import NewTransaction, Posting
from lingassist.gui.main_window import MainWindow
from lingassist.gui.transaction_table_model import AMOUNT_COLUMN, PAGE_SIZE
from lingassist.ledger import journal
from lingassist.ledger.bulk import bulk_add_transactions
from lingassist.ledger.repository import find_account, resolve_category
from lingassist.services.context import AppContext
from lingassist.services.entries import EntryRequest, record_entry
from lingassist.services.receipts import ReadReceipt
from tests.conftest import TODAY
from tests.gui.fake_speech import FakeSpeech


@pytest.fixture
def window(qtbot: QtBot, context: AppContext) -> MainWindow:
    record_entry(
        context, EntryRequest("3850", merchant="ACME", category="INCOME_SALARY", date="2026-11-01")
    )
    record_entry(
        context, EntryRequest("900", merchant="Landlord", category="rent", date="2026-11-02")
    )
    record_entry(
        context, EntryRequest("4.20", merchant="Blue Bottle", category="coffee", date="2026-11-20")
    )
    shown = MainWindow(context, receipt_reader=no_receipts, speech=FakeSpeech())
    qtbot.addWidget(shown)
    shown.show()
    return shown


def no_receipts(path: Path) -> ReadReceipt:
    raise AssertionError(f"no receipt expected in this test, got {path}")


def cell(window: MainWindow, row: int, column: int) -> str:
    return window.ledger.model.data(window.ledger.model.index(row, column))


def type_command(qtbot: QtBot, window: MainWindow, text: str) -> None:
    window.command_bar.input.setFocus()
    qtbot.keyClicks(window.command_bar.input, text)
    qtbot.keyClick(window.command_bar.input, Qt.Key.Key_Return)


def test_shows_the_ledger_newest_first(window: MainWindow) -> None:
    assert window.ledger.model.rowCount() == 3
    assert [cell(window, r, 1) for r in range(3)] == ["Blue Bottle", "Landlord", "ACME"]
    assert cell(window, 0, AMOUNT_COLUMN) == "-€4.20"
    assert cell(window, 2, AMOUNT_COLUMN) == "+€3,850.00"
    assert window.summary._total.text() == "€904.20"


def test_typed_expense_appears_and_undo_takes_it_back(qtbot: QtBot, window: MainWindow) -> None:
    type_command(
        qtbot, window, 'add 12,50 --merchant "Lidl" --category groceries --date 2026-11-22'
    )
    assert window.ledger.model.rowCount() == 4
    assert cell(window, 0, 1) == "Lidl" and cell(window, 0, 2) == "Groceries"
    assert "Added expense 12.50 EUR at Lidl" in window.command_bar.feedback_text
    assert window.command_bar.input.text() == ""
    assert window.summary._total.text() == "€916.70"
    undo_button = window.command_bar.findChild(type(window.command_bar._undo), "linkButton")
    qtbot.mouseClick(undo_button, Qt.MouseButton.LeftButton)
    assert window.ledger.model.rowCount() == 3
    assert window.command_bar.feedback_text == "Undid: add expense €12.50 at Lidl"
    window.redo_action.trigger()
    assert window.ledger.model.rowCount() == 4


def test_bad_command_keeps_the_text_and_explains(qtbot: QtBot, window: MainWindow) -> None:
    type_command(qtbot, window, "add 12.5.0 --merchant Lidl")
    assert "Could not read '12.5.0'" in window.command_bar.feedback_text
    assert window.command_bar._feedback.property("kind") == "error"
    assert window.command_bar.input.text() == "add 12.5.0 --merchant Lidl"
    assert window.ledger.model.rowCount() == 3


def test_sorting_by_amount_uses_exact_values(window: MainWindow) -> None:
    window.ledger.table.sortByColumn(AMOUNT_COLUMN, Qt.SortOrder.AscendingOrder)
    assert [cell(window, r, 1) for r in range(3)] == ["Landlord", "Blue Bottle", "ACME"]
    window.ledger.table.sortByColumn(AMOUNT_COLUMN, Qt.SortOrder.DescendingOrder)
    assert cell(window, 0, 1) == "ACME"


def test_search_filters_after_typing(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClicks(window.ledger.search, "bottle")
    qtbot.waitUntil(lambda: window.ledger.model.rowCount() == 1, timeout=2000)
    assert cell(window, 0, 1) == "Blue Bottle"


def test_account_click_and_category_slice_filter_the_ledger(window: MainWindow) -> None:
    window._show_account("Checking")
    assert window.ledger.model.rowCount() == 3
    window._show_category("FOOD_AND_DRINK")
    assert window.ledger.model.rowCount() == 1


def test_keyboard_shortcut_focuses_the_command_line(qtbot: QtBot, window: MainWindow) -> None:
    with qtbot.waitActive(window):
        window.activateWindow()
    window.ledger.search.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window.command_bar.input.hasFocus()


def test_table_pages_through_many_rows(qtbot: QtBot, context: AppContext) -> None:
    with context.database.sessions.begin() as session:
        cash = find_account("Cash", session=session)
        coffee = resolve_category("coffee", session=session)
        batch = [
            NewTransaction(
                date=TODAY,
                description=f"Coffee {n}",
                postings=(
                    Posting(coffee.account_id, Money(Decimal(n + 1), "EUR")),
                    Posting(cash.id, Money(-Decimal(n + 1), "EUR")),
                ),
            )
            for n in range(PAGE_SIZE * 3 + 7)
        ]
        bulk_add_transactions(
            batch, session=session, change=journal.begin_change(session, "import")
        )
    shown = MainWindow(context, receipt_reader=no_receipts, speech=FakeSpeech())
    qtbot.addWidget(shown)
    model = shown.ledger.model
    assert model.rowCount() == PAGE_SIZE * 3 + 7
    last = model.row_at(model.rowCount() - 1)
    assert last is not None and last.description == "Coffee 0"
    shown.ledger.table.sortByColumn(AMOUNT_COLUMN, Qt.SortOrder.AscendingOrder)
    assert model.row_at(0).amount == -Decimal(PAGE_SIZE * 3 + 7)
