"""The ledger's own names for a transfer between the person's accounts ("Transfer",
"Checking → Visa") and for a split ("Split (2)") in the window's language: the French and
Vietnamese ledger showed them in English (seen in the ledger-fr/vi screenshots)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from lingassist.assistant import ConversationContext
from lingassist.core.transactions import TransactionFilter
from lingassist.gui.main_window import MainWindow
from lingassist.services.assistant import confirm, handle_utterance
from lingassist.services.context import AppContext
from lingassist.services.corrections import split_transaction
from lingassist.services.entries import EntryRequest, record_entry
from tests.gui.fake_speech import FakeSpeech
from tests.gui.test_receipts_view import fake_reader

CATEGORY, ACCOUNT = 2, 3  # the ledger table's category and account columns
EXPECTED = {  # (transfer, its accounts, split)
    "en": ("Transfer", "Checking → Cash", "Split (2)"),
    "fr": ("Virement", "Compte courant → Espèces", "Répartie (2)"),
    "vi": ("Chuyển khoản", "Tài khoản chính → Tiền mặt", "Đã chia (2)"),
}


def _cells(window: MainWindow, text: str) -> tuple[str, str]:
    model = window.ledger.model
    for row in range(model.rowCount()):
        shown = [
            str(model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole))
            for column in range(model.columnCount())
        ]
        if text in shown[1]:
            return shown[CATEGORY], shown[ACCOUNT]
    raise AssertionError(f"no {text!r} in the ledger")


@pytest.mark.parametrize("speaking", ["en", "fr", "vi"], indirect=True)
def test_a_transfer_and_a_split_are_named_in_the_windows_language(
    qtbot: QtBot, context: AppContext, speaking: str
) -> None:
    reply, _ = handle_utterance(context, "move 300 from checking to cash", ConversationContext())
    assert reply.proposal is not None
    confirm(context, reply.proposal)
    row = record_entry(context, EntryRequest("50", merchant="Superstore", category="groceries"))
    split_transaction(context, row.row.id, [("groceries", "30"), ("Electronics", "20")])
    window = MainWindow(context, receipt_reader=fake_reader, speech=FakeSpeech())
    qtbot.addWidget(window)
    transfer, accounts, split = EXPECTED[speaking]
    model = window.ledger.model
    rows = [model.row_at(r) for r in range(model.rowCount())]
    moved = next(r for r in rows if r.category_name == "Transfer")  # the ledger's own name
    assert moved.account == "Checking → Cash"
    named = moved.merchant or moved.description
    assert named and "Superstore" not in named
    assert _cells(window, named) == (transfer, accounts)
    at = next(r for r in range(model.rowCount()) if model.row_at(r) is moved)
    tooltip = model.data(model.index(at, ACCOUNT), Qt.ItemDataRole.ToolTipRole)
    assert accounts in tooltip.splitlines()  # whole where its column elides it
    assert _cells(window, "Superstore") == (split, accounts.split(" → ")[0])


def test_a_french_split_dialog_shows_and_takes_a_decimal_comma(
    qtbot: QtBot, context: AppContext
) -> None:
    """Its amounts' placeholder was '0.00' in a French window (dialog-split-fr.png)."""
    from PySide6.QtCore import QLocale

    from lingassist.gui.split_dialog import SplitDialog
    from lingassist.services.entries import category_choices, find_entries

    row = record_entry(context, EntryRequest("50", merchant="Superstore", category="groceries"))
    before = QLocale()
    QLocale.setDefault(QLocale("fr_FR"))
    try:
        dialog = SplitDialog(context, row.row, category_choices(context))
    finally:
        QLocale.setDefault(before)
    qtbot.addWidget(dialog)
    (_, first), (second, second_amount) = dialog.parts
    assert first.placeholderText() == "0,00"
    first.setText("30,50")
    second.setCurrentIndex(second.findData("GENERAL_MERCHANDISE_ELECTRONICS"))
    second_amount.setText("19,50")
    dialog.split()
    assert find_entries(context, TransactionFilter())[0][0].category_name == "Split (2)"
