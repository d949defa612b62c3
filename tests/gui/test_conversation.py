"""The assistant page end to end on real widgets: words -> reply or card -> confirm -> ledger."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from lingassist.core.transactions import TransactionFilter, TransactionStatus
from lingassist.gui.main_window import MainWindow
from lingassist.gui.payment_dialog import PaymentDialog
from lingassist.services.actions import Proposal
from lingassist.services.context import AppContext
from lingassist.services.entries import EntryRequest, find_entries, record_entry
from lingassist.services.payments import save_payee
from tests.gui.fake_speech import FakeSpeech
from tests.gui.test_main_window import no_receipts


@pytest.fixture
def window(qtbot: QtBot, context: AppContext) -> MainWindow:
    record_entry(
        context, EntryRequest("2000", merchant="ACME", category="INCOME_SALARY", date="2026-11-01")
    )
    shown = MainWindow(context, receipt_reader=no_receipts, speech=FakeSpeech())
    qtbot.addWidget(shown)
    shown.show()
    return shown


def say(qtbot: QtBot, window: MainWindow, text: str) -> None:
    window.command_bar.input.setFocus()
    qtbot.keyClicks(window.command_bar.input, text)
    qtbot.keyClick(window.command_bar.input, Qt.Key.Key_Return)


def ledger(context: AppContext) -> list:
    return find_entries(context, TransactionFilter())[0]


def test_typed_expense_card_enter_confirms_and_undo_takes_it_back(
    qtbot: QtBot, window: MainWindow, context: AppContext
) -> None:
    say(qtbot, window, "I spent twelve fifty at Blue Bottle this morning")
    card = window.conversation.open_card
    assert card is not None and card.proposal.title == "Add expense €12.50 at Blue Bottle"
    sources = {f.label: f.source for f in card.proposal.fields}
    assert sources["Amount"] == "twelve fifty"
    assert len(ledger(context)) == 1  # nothing written before confirming
    qtbot.keyClick(window.command_bar.input, Qt.Key.Key_Return)  # Enter on an empty line
    rows = ledger(context)
    assert rows[0].merchant == "Blue Bottle" and rows[0].amount == Decimal("-12.50")
    assert window.ledger.model.rowCount() == 2
    assert card.undo_button.isVisibleTo(card)
    qtbot.mouseClick(card.undo_button, Qt.MouseButton.LeftButton)
    assert len(ledger(context)) == 1


def test_escape_discards_the_card_and_edit_puts_the_words_back(
    qtbot: QtBot, window: MainWindow, context: AppContext
) -> None:
    say(qtbot, window, "spent 4 at Lidl")
    card = window.conversation.open_card
    assert card is not None
    qtbot.keyClick(window.command_bar.input, Qt.Key.Key_Escape)
    assert window.conversation.open_card is None
    assert card.status.text() == "Cancelled: nothing was recorded."
    assert window.command_bar.input.text() == ""
    assert len(ledger(context)) == 1
    say(qtbot, window, "spent 4 at Lidl")
    card = window.conversation.open_card
    assert card is not None
    qtbot.mouseClick(card.edit_button, Qt.MouseButton.LeftButton)
    assert window.command_bar.input.text() == "spent 4 at Lidl"
    assert window.conversation.open_card is None


def test_questions_are_answered_at_once(qtbot: QtBot, window: MainWindow) -> None:
    say(qtbot, window, "what's my balance")
    assert window.conversation.open_card is None
    bubbles = [b.text() for b in window.conversation.findChildren(QLabel, "assistantMessage")]
    assert any("Checking: €2,000.00" in text for text in bubbles)


def test_out_of_scope_is_not_an_action(
    qtbot: QtBot, window: MainWindow, context: AppContext
) -> None:
    say(qtbot, window, "my card was declined at the store, what should I do")
    assert window.conversation.open_card is None
    assert len(ledger(context)) == 1


def test_payment_goes_through_a_dialog_whose_default_is_cancel(
    qtbot: QtBot, context: AppContext
) -> None:
    save_payee(context, "Alice Martin", "DE89 3704 0044 0532 0130 00")
    answers: list[Proposal] = []
    shown = MainWindow(context, receipt_reader=no_receipts, speech=FakeSpeech())
    qtbot.addWidget(shown)
    record_entry(context, EntryRequest("500", category="INCOME_SALARY", date="2026-11-01"))
    shown.conversation._approve_payment = lambda proposal: answers.append(proposal) or False
    say(qtbot, shown, "pay Alice Martin 40 euros for dinner on Friday")
    card = shown.conversation.open_card
    assert card is not None and card.proposal.payment is not None
    dialog = PaymentDialog(card.proposal, "en_IE")
    qtbot.addWidget(dialog)
    assert dialog.default_button_text == "Cancel"
    qtbot.keyClick(shown.command_bar.input, Qt.Key.Key_Return)
    assert answers and "Not recorded" in card.status.text()
    assert all(r.status is not TransactionStatus.PENDING for r in ledger(context))
    shown.conversation._approve_payment = lambda proposal: True
    card2 = shown.conversation.open_card
    assert card2 is card
    qtbot.mouseClick(card.confirm_button, Qt.MouseButton.LeftButton)
    pending = [r for r in ledger(context) if r.status is TransactionStatus.PENDING]
    assert len(pending) == 1 and pending[0].amount == Decimal("-40.00")
    assert pending[0].merchant == "Alice Martin"


def test_the_newest_message_stays_in_view_until_the_person_scrolls_up(
    qtbot: QtBot, window: MainWindow
) -> None:
    """The column grows after the scroll to the end (wrapped bubbles settle over several
    layout passes, a card gains its status line): the view follows it to the newest message,
    and leaves alone a person who scrolled up to read."""
    window.resize(1024, 640)
    bar = window.conversation._scroll.verticalScrollBar()
    for text in ("coffee 4.5 at Brew Lab", "top categories last month", "tea 3.20"):
        window.run_command(text)  # no events between them, as when typed quickly
    qtbot.waitUntil(lambda: bar.value() == bar.maximum() > 0)
    card = window.conversation.cards[-1]
    before = bar.maximum()
    card.status.setText("\n".join(["A status of several lines"] * 4))
    qtbot.waitUntil(lambda: bar.maximum() > before)
    qtbot.wait(20)
    assert bar.value() == bar.maximum()
    bar.setValue(0)  # the person scrolls up to read
    card.status.setText("\n".join(["A status of several lines"] * 8))
    qtbot.wait(50)
    assert bar.value() == 0
    window.run_command("lunch 12.80 at Noodle Bar")
    qtbot.waitUntil(lambda: bar.value() == bar.maximum() > 0)


def test_put_it_under_a_category_files_the_waiting_card_then_moves_the_confirmed_entry(
    qtbot: QtBot, window: MainWindow, context: AppContext
) -> None:
    say(qtbot, window, "spent 38 at Target")
    say(qtbot, window, "put it under gifts")
    card = window.conversation.open_card
    assert card is not None and card.proposal.command.amount == Decimal(38)
    assert card.proposal.command.category == "GENERAL_MERCHANDISE_GIFTS_AND_NOVELTIES"
    qtbot.keyClick(window.command_bar.input, Qt.Key.Key_Return)
    assert len(ledger(context)) == 2  # ACME's salary and one Target entry
    say(qtbot, window, "actually put it under groceries")
    card = window.conversation.open_card
    assert card is not None and card.proposal.command.amount is None  # a move, no new entry
    qtbot.keyClick(window.command_bar.input, Qt.Key.Key_Return)
    target = [row for row in ledger(context) if row.merchant == "Target"]
    assert len(target) == 1 and target[0].category_code == "FOOD_AND_DRINK_GROCERIES"
