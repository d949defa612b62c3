"""Correcting a category in the ledger table: written, undoable, and learned at once."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from lingassist.categorize.categorizer import Layer
from lingassist.gui.main_window import MainWindow
from lingassist.gui.transaction_table_model import CATEGORY_COLUMN
from lingassist.services.context import AppContext
from lingassist.services.entries import EntryRequest, record_entry, undo_last
from tests.gui.fake_speech import FakeSpeech
from tests.gui.test_main_window import no_receipts


def test_a_corrected_category_is_written_and_learned(qtbot: QtBot, context: AppContext) -> None:
    record_entry(context, EntryRequest("18.40", merchant="Maison Verbeek", date="2026-11-20"))
    window = MainWindow(context, receipt_reader=no_receipts, speech=FakeSpeech())
    qtbot.addWidget(window)
    model, table = window.ledger.model, window.ledger.table
    index = model.index(0, CATEGORY_COLUMN)
    assert model.data(index) == "Other"  # an unknown shop: left uncategorized
    delegate = table.itemDelegateForColumn(CATEGORY_COLUMN)
    editor = delegate.createEditor(table.viewport(), QStyleOptionViewItem(), index)
    assert isinstance(editor, QComboBox)
    editor.setCurrentIndex(editor.findData("GENERAL_MERCHANDISE_CONVENIENCE_STORES"))
    delegate.setModelData(editor, model, index)
    assert model.data(model.index(0, CATEGORY_COLUMN)) == "Convenience stores"
    assert "will be filed there from now on" in window.command_bar.feedback_text
    suggestion = context.advisor.suggest("MAISON VERBEEK 0042", Decimal("-3"))
    assert suggestion.code == "GENERAL_MERCHANDISE_CONVENIENCE_STORES"
    assert suggestion.layer is Layer.MEMORY
    assert "Filed under Convenience stores" in window.ledger.explain(0)
    assert undo_last(context).startswith("Undid: move Maison Verbeek")
    after_undo = context.advisor.suggest("MAISON VERBEEK 0042", Decimal("-3"))
    assert after_undo.code != "GENERAL_MERCHANDISE_CONVENIENCE_STORES"  # undo unlearns it


def test_income_cannot_be_filed_as_spending(qtbot: QtBot, context: AppContext) -> None:
    record_entry(context, EntryRequest("3850", merchant="ACME", category="INCOME_SALARY"))
    window = MainWindow(context, receipt_reader=no_receipts, speech=FakeSpeech())
    qtbot.addWidget(window)
    model = window.ledger.model
    assert not model.setData(model.index(0, CATEGORY_COLUMN), "FOOD_AND_DRINK_COFFEE")
    assert "income transaction" in window.command_bar.feedback_text
    assert model.data(model.index(0, CATEGORY_COLUMN)) == "Salary"


def test_a_correction_offers_a_rule_for_the_merchant(qtbot: QtBot, context: AppContext) -> None:
    record_entry(context, EntryRequest("18.40", merchant="Maison Verbeek", date="2026-11-20"))
    record_entry(context, EntryRequest("7.10", merchant="Maison Verbeek", date="2026-11-21"))
    window = MainWindow(context, receipt_reader=no_receipts, speech=FakeSpeech())
    qtbot.addWidget(window)
    model = window.ledger.model
    model.setData(model.index(0, CATEGORY_COLUMN), "FOOD_AND_DRINK_GROCERIES")
    offer = window.command_bar.follow_up
    assert not offer.isHidden() and offer.text() == "Always file Maison Verbeek there…"


def test_the_split_dialog_refuses_until_the_parts_add_up(qtbot: QtBot, context: AppContext) -> None:
    from lingassist.core.transactions import TransactionFilter
    from lingassist.gui.split_dialog import SplitDialog
    from lingassist.services.entries import category_choices, find_entries

    row = record_entry(context, EntryRequest("50", merchant="Superstore", category="groceries")).row
    dialog = SplitDialog(context, row, category_choices(context))
    qtbot.addWidget(dialog)
    (first, first_amount), (second, second_amount) = dialog.parts
    first_amount.setText("30")
    second.setCurrentIndex(second.findData("GENERAL_MERCHANDISE_ELECTRONICS"))
    second_amount.setText("15")
    dialog.split()
    assert "add up to €45.00" in dialog.message.text()  # as the window writes money
    second_amount.setText("20")
    dialog.split()
    assert dialog.result_message == "Split into 2 categories."
    assert find_entries(context, TransactionFilter())[0][0].category_name == "Split (2)"


def test_a_card_payment_abroad_shows_what_it_cost_in_the_other_currency(
    qtbot: QtBot, context: AppContext
) -> None:
    from lingassist.core.money import Money
    from lingassist.gui.transaction_table_model import AMOUNT_COLUMN
    from lingassist.services.imports import apply_import, preview_import
    from tests.services.test_imports import line, statement

    dollars = Money(Decimal("-49.99"), "USD")
    abroad = line(1, 2, "-45.20", "CARD PAYMENT BOOKS INC", original=dollars)
    apply_import(context, preview_import(context, statement(abroad), "Checking"))
    window = MainWindow(context, receipt_reader=no_receipts, speech=FakeSpeech())
    qtbot.addWidget(window)
    model = window.ledger.model
    tip = model.data(model.index(0, AMOUNT_COLUMN), Qt.ItemDataRole.ToolTipRole)
    assert model.data(model.index(0, AMOUNT_COLUMN)) == "-€45.20"
    assert tip.splitlines()[1] == "Paid US$49.99 abroad"  # a euro ledger names the dollar
