"""A listing of one kind of transaction asked in the conversation opens in the ledger with
its filter: "Show in the ledger" shows only that kind, the filter line names it, and
"Show every kind" lifts it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from lingassist.core.transactions import TransactionKind
from lingassist.gui.main_window import MainWindow
from lingassist.services.context import AppContext
from lingassist.services.entries import EntryRequest, record_entry
from tests.gui.fake_speech import FakeSpeech
from tests.gui.test_conversation import say
from tests.gui.test_main_window import no_receipts


def test_a_listing_of_refunds_opens_in_the_ledger_filtered(
    qtbot: QtBot, context: AppContext
) -> None:
    for entry in (
        EntryRequest("31.00", merchant="Lamp Depot", category="HOME_IMPROVEMENT_HARDWARE",
                     date="2026-11-06"),
        EntryRequest("9.00", merchant="Lamp Depot", category="HOME_IMPROVEMENT_HARDWARE",
                     date="2026-11-09", refund=True),
        EntryRequest("1200", merchant="Quill Press", category="INCOME_SALARY", date="2026-11-02",
                     income=True),
    ):  # fmt: skip
        record_entry(context, entry)
    window = MainWindow(context, receipt_reader=no_receipts, speech=FakeSpeech())
    qtbot.addWidget(window)
    window.show()
    say(qtbot, window, "show me my refunds this month")
    bubbles = [b.text() for b in window.conversation.findChildren(QLabel, "assistantMessage")]
    assert bubbles[-1] == "Your refunds in November 2026 (1 transaction):"
    button = window.conversation.findChildren(QPushButton, "showInLedger")[-1]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    ledger = window.ledger
    assert window.pages.currentWidget() is ledger
    assert ledger.model.current_filter.kind is TransactionKind.REFUND
    assert ledger.model.rowCount() == 1
    assert ledger.model.row_at(0).merchant == "Lamp Depot"  # type: ignore[union-attr]
    assert "filtered by refunds" in ledger._filter_label.text()
    assert ledger.every_kind.isVisibleTo(ledger)
    qtbot.mouseClick(ledger.every_kind, Qt.MouseButton.LeftButton)
    assert ledger.model.current_filter.kind is None
    assert ledger.model.rowCount() == 3  # the same period, every kind
    assert not ledger.every_kind.isVisibleTo(ledger)
