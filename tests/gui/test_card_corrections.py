"""Corrections in the window with real key presses: "cancel that" and Esc discard the card
on screen and nothing else; "undo" and "delete the last transaction" show what they would
take back and wait for Enter; a long paste is cut, and its bubble shortened."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from lingassist.gui.action_card import ActionCard
from lingassist.gui.main_window import MainWindow
from lingassist.services.context import AppContext
from lingassist.services.entries import EntryRequest, record_entry
from tests.gui.fake_speech import FakeSpeech
from tests.gui.test_conversation import ledger, say
from tests.gui.test_main_window import no_receipts

ENTER = Qt.Key.Key_Return


@pytest.fixture
def window(qtbot: QtBot, context: AppContext) -> MainWindow:
    shown = MainWindow(context, receipt_reader=no_receipts, speech=FakeSpeech())
    qtbot.addWidget(shown)
    shown.show()
    return shown


def open_card(window: MainWindow) -> ActionCard:
    card = window.conversation.open_card
    assert card is not None
    return card


def merchants(context: AppContext) -> list[str]:
    return sorted(row.merchant for row in ledger(context))


def bubbles(window: MainWindow, name: str) -> list[str]:
    return [label.text() for label in window.conversation.findChildren(QLabel, name)]


def confirm_expense(qtbot: QtBot, window: MainWindow, words: str) -> ActionCard:
    say(qtbot, window, words)
    card = open_card(window)
    qtbot.keyClick(window.command_bar.input, ENTER)  # Enter on the empty line confirms
    assert window.conversation.open_card is None
    return card


def test_cancel_that_discards_the_open_card_and_keeps_the_confirmed_expense(
    qtbot: QtBot, window: MainWindow, context: AppContext
) -> None:
    first = confirm_expense(qtbot, window, "spent 12.50 at Blue Bottle")
    assert merchants(context) == ["Blue Bottle"]
    say(qtbot, window, "spent 4 at Lidl")
    second = open_card(window)
    say(qtbot, window, "cancel that")
    assert window.conversation.open_card is None
    assert second.status.text() == "Cancelled: nothing was recorded."
    assert not second.confirm_button.isVisibleTo(second)
    assert merchants(context) == ["Blue Bottle"]  # the confirmed expense is untouched
    assert first.undo_button.isVisibleTo(first)
    assert bubbles(window, "assistantMessage")[-1] == "Cancelled: nothing was recorded."
    qtbot.keyClick(window.command_bar.input, ENTER)  # nothing left to confirm
    assert merchants(context) == ["Blue Bottle"]


def test_cancel_that_without_a_card_changes_nothing(
    qtbot: QtBot, window: MainWindow, context: AppContext
) -> None:
    confirm_expense(qtbot, window, "spent 12.50 at Blue Bottle")
    say(qtbot, window, "never mind")
    assert bubbles(window, "assistantMessage")[-1].startswith(
        "Nothing to cancel: no card is waiting."
    )
    assert merchants(context) == ["Blue Bottle"]


def test_delete_the_last_transaction_shows_a_card_and_removes_only_on_enter(
    qtbot: QtBot, window: MainWindow, context: AppContext
) -> None:
    confirm_expense(qtbot, window, "spent 4 at Lidl")
    confirm_expense(qtbot, window, "spent 12.50 at Blue Bottle")
    say(qtbot, window, "delete the last transaction")
    card = open_card(window)
    assert card.title.text() == "Undo: Add expense €12.50 at Blue Bottle"
    assert [f.label for f in card.proposal.fields][0] == "Removes"
    assert "Blue Bottle" in card.proposal.fields[0].value
    assert merchants(context) == ["Blue Bottle", "Lidl"]  # nothing removed yet
    qtbot.keyClick(window.command_bar.input, ENTER)
    assert merchants(context) == ["Lidl"]
    assert card.status.text() == "✓ Undid: add expense €12.50 at Blue Bottle"
    assert not card.undo_button.isVisibleTo(card)  # Redo (Ctrl+Shift+Z) brings it back
    assert window.ledger.model.rowCount() == 1  # the ledger page reloaded


def test_an_undo_card_can_be_cancelled(
    qtbot: QtBot, window: MainWindow, context: AppContext
) -> None:
    confirm_expense(qtbot, window, "spent 12.50 at Blue Bottle")
    say(qtbot, window, "undo")
    card = open_card(window)
    say(qtbot, window, "never mind")
    assert card.status.text() == "Cancelled: nothing was undone."
    assert merchants(context) == ["Blue Bottle"]


def test_an_undo_card_refuses_when_the_ledger_changed_meanwhile(
    qtbot: QtBot, window: MainWindow, context: AppContext
) -> None:
    confirm_expense(qtbot, window, "spent 12.50 at Blue Bottle")
    say(qtbot, window, "undo")
    card = open_card(window)
    record_entry(context, EntryRequest("30", merchant="Esso", category="gas"))  # e.g. a receipt
    qtbot.keyClick(window.command_bar.input, ENTER)
    assert "Nothing was undone." in card.status.text()
    assert "Add expense €30.00 at Esso" in card.status.text()
    assert merchants(context) == ["Blue Bottle", "Esso"]


def test_undo_on_an_older_card_takes_back_only_its_own_change(
    qtbot: QtBot, window: MainWindow, context: AppContext
) -> None:
    first = confirm_expense(qtbot, window, "spent 4 at Lidl")
    confirm_expense(qtbot, window, "spent 12.50 at Blue Bottle")
    qtbot.mouseClick(first.undo_button, Qt.MouseButton.LeftButton)
    assert "Nothing was undone." in first.status.text()
    assert merchants(context) == ["Blue Bottle", "Lidl"]


def test_escape_in_the_command_line_discards_the_open_card(
    qtbot: QtBot, window: MainWindow, context: AppContext
) -> None:
    confirm_expense(qtbot, window, "spent 12.50 at Blue Bottle")
    say(qtbot, window, "spent 4 at Lidl")
    card = open_card(window)
    qtbot.keyClick(window.command_bar.input, Qt.Key.Key_Escape)
    assert window.conversation.open_card is None
    assert card.status.text() == "Cancelled: nothing was recorded."
    qtbot.keyClick(window.command_bar.input, ENTER)
    assert merchants(context) == ["Blue Bottle"]


def test_escape_on_the_card_discards_it(
    qtbot: QtBot, window: MainWindow, context: AppContext
) -> None:
    say(qtbot, window, "spent 4 at Lidl")
    card = open_card(window)
    card.confirm_button.setFocus()
    qtbot.keyClick(card.confirm_button, Qt.Key.Key_Escape)
    assert window.conversation.open_card is None
    assert card.status.text() == "Cancelled: nothing was recorded."
    assert merchants(context) == []


def test_the_cancel_button_discards_the_card(
    qtbot: QtBot, window: MainWindow, context: AppContext
) -> None:
    say(qtbot, window, "spent 4 at Lidl")
    card = open_card(window)
    qtbot.mouseClick(card.cancel_button, Qt.MouseButton.LeftButton)
    assert card.status.text() == "Cancelled: nothing was recorded."
    assert merchants(context) == []


def test_a_5000_character_paste_is_cut_with_a_message_and_a_short_bubble(
    qtbot: QtBot, window: MainWindow
) -> None:
    pasted = "spent 4 at Lidl " + "and then some more words " * 200
    assert len(pasted) > 5000
    QApplication.clipboard().setText(pasted)
    line = window.command_bar.input
    line.setFocus()
    qtbot.keyClick(line, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert line.text() == pasted
    qtbot.keyClick(line, ENTER)
    mine = bubbles(window, "myMessage")[-1]
    assert len(mine) < 400 and mine.startswith("spent 4 at Lidl")
    assert mine.endswith("more characters)")
    reply = bubbles(window, "assistantMessage")[-1]
    assert reply.startswith("That message was long: I read only the first 500 characters.")
    previous = window.conversation._conversation.previous
    assert previous is not None and len(previous.text) == 500  # what the parser was given


def test_a_long_line_in_the_command_line_syntax_also_goes_through_the_cap(
    qtbot: QtBot, window: MainWindow, context: AppContext
) -> None:
    window.run_command("add 4 --merchant " + "x" * 5000)
    reply = bubbles(window, "assistantMessage")[-1]
    assert reply.startswith("That message was long")
    assert merchants(context) == []
