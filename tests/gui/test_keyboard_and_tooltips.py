"""Keyboard use: Tab order on the pages and dialogs, default buttons, Esc; and a tooltip on
every button in the window (with its shortcut where it has one)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLineEdit,
    QPushButton,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from lingassist.core.transactions import TransactionFilter
from lingassist.gui.first_start_dialog import FirstStartDialog
from lingassist.gui.main_window import MainWindow
from lingassist.gui.payment_dialog import PaymentDialog
from lingassist.gui.receipt_card import ReceiptCard
from lingassist.gui.rules_dialog import RulesDialog
from lingassist.gui.settings_dialog import SettingsDialog
from lingassist.gui.split_dialog import SplitDialog
from lingassist.payments.draft import CheckedDraft
from lingassist.services import payment_drafts, payments
from lingassist.services.context import AppContext
from lingassist.services.entries import (
    EntryRequest,
    category_choices,
    find_entries,
    record_entry,
)
from tests.gui.fake_speech import FakeSpeech
from tests.gui.test_main_window import no_receipts


@pytest.fixture
def window(qtbot: QtBot, context: AppContext) -> MainWindow:
    record_entry(context, EntryRequest("3850", category="INCOME_SALARY", income=True))
    record_entry(context, EntryRequest("4.20", merchant="Blue Bottle", category="coffee"))
    shown = MainWindow(context, receipt_reader=no_receipts, speech=FakeSpeech())
    shown.resize(1280, 800)  # wide enough for the month panel on the right
    qtbot.addWidget(shown)
    with qtbot.waitActive(shown):
        shown.show()
        shown.activateWindow()
    return shown


def tab_through(qtbot: QtBot, start: QWidget, count: int) -> list[QWidget]:
    """Focus `start`, press Tab `count` times; the widgets focused, `start` first."""
    start.setFocus()
    seen = [QApplication.focusWidget()]
    for _ in range(count):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    return seen


def names(widgets: list[QWidget]) -> list[str]:
    return [getattr(w, "text", lambda: "")() or w.objectName() or type(w).__name__ for w in widgets]


def show_dialog(qtbot: QtBot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    return dialog


# -- the window -------------------------------------------------------------------


def test_tab_goes_through_the_ledger_page_in_reading_order(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.show_page(window.ledger)
    nav = window._navigation.checkedButton()  # one stop: arrows move between the pages
    accounts = window.accounts.focus_chain()
    expected = [
        nav,
        window.ledger.search,
        window.ledger.period,
        window.ledger.table,
        window.command_bar.input,
        window.command_bar.send,
        window.talk.button,
        *accounts,
        window.summary.previous_button,
        window.summary.next_button,
        nav,
    ]
    seen = tab_through(qtbot, nav, len(expected) - 1)
    assert names(seen) == names(expected)
    assert seen == expected
    qtbot.keyClick(nav, Qt.Key.Key_Down)
    assert window.pages.currentWidget() is window.receipts


def test_tab_reaches_the_card_buttons_before_the_command_line(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.run_command("I spent 12.50 at Lidl")
    qtbot.wait(10)  # the new card shows from the event loop
    card = window.conversation.open_card
    assert card is not None
    nav = window._navigation.checkedButton()
    seen = tab_through(qtbot, nav, 4)
    expected = [nav, card.edit_button, card.cancel_button, card.confirm_button]
    assert seen == [*expected, window.command_bar.input]


def test_tab_order_on_the_payments_page(qtbot: QtBot, window: MainWindow) -> None:
    view = window.payments
    window.show_page(view)
    form = view.payee_form
    expected = [
        view.payments,
        view.payees,
        form.name,
        form.kind,
        form.iban,
        form.bic,
        form.reference,
    ]
    expected += [form.add_button, window.command_bar.input]
    assert tab_through(qtbot, view.payments, len(expected) - 1) == expected


def test_tab_order_on_the_receipt_card(qtbot: QtBot) -> None:
    card = ReceiptCard([("FOOD_AND_DRINK_GROCERIES", "Groceries")], ["Checking", "Cash"])
    qtbot.addWidget(card)
    with qtbot.waitActive(card):
        card.show()
        card.activateWindow()
    expected = [card.inputs[name] for name in ("merchant", "date", "total", "currency")]
    expected += [card.category, card.account, card.memo, card.discard_button, card.confirm_button]
    assert tab_through(qtbot, expected[0], len(expected) - 1) == expected


def test_shortcuts_focus_the_command_line_and_switch_pages(
    qtbot: QtBot, window: MainWindow
) -> None:
    assert window.command_bar.input.hasFocus()  # ready to type at start
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.ledger
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget().isAncestorOf(window.dashboard)
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window.command_bar.input.hasFocus()


def test_every_button_in_the_window_has_a_tooltip(qtbot: QtBot, window: MainWindow) -> None:
    window.command_bar.input.setText("text, so the clear button shows")
    window.ledger.search.setText("x")
    window.run_command("I spent 12.50 at Lidl")
    missing = {}
    for page in (window.conversation, window.ledger, window.receipts):
        window.show_page(page)
        missing.update(_without_tooltip(window))
    for page in (window.payments, window.dashboard):
        window.show_page(page)
        missing.update(_without_tooltip(window))
    assert not missing


def test_tooltips_name_the_shortcuts(window: MainWindow) -> None:
    tips = [button.toolTip() for button in window._navigation.buttons()]
    assert [tip.rsplit("(", 1)[1] for tip in tips] == [f"Ctrl+{n})" for n in range(1, 6)]
    assert "F8" in window.talk.button.toolTip()
    assert "Ctrl+F" in window.ledger.search.toolTip()
    assert "Ctrl+K" in window.command_bar.input.toolTip()
    assert "Alt+Left" in window.dashboard.previous_button.toolTip()
    assert window.dashboard.trend.toolTip() and window.dashboard.comparison.toolTip()


def _without_tooltip(top: QWidget) -> dict[str, str]:
    return {
        f"{type(b).__name__} {b.objectName()} {b.text()!r}": b.toolTip()
        for b in top.findChildren(QPushButton) + top.findChildren(QToolButton)
        if b.isVisible() and not b.toolTip().strip()
    }


# -- dialogs ----------------------------------------------------------------------


def test_payment_dialog_keeps_cancel_as_default_and_esc_cancels(
    qtbot: QtBot, context: AppContext
) -> None:
    record_entry(context, EntryRequest("500", category="INCOME_SALARY", income=True))
    payments.save_payee(context, "Alice Martin", "DE89370400440532013000")
    payment_drafts.save_draft(
        context, payments.draft_payment(context, "Alice Martin", Decimal("40"))
    )
    stored = payment_drafts.list_drafts(context)[0]
    dialog = show_dialog(qtbot, PaymentDialog(CheckedDraft(stored.draft, stored.problems), "en_IE"))
    assert dialog.default_button_text == "Cancel"
    assert QApplication.focusWidget().text() == "Cancel"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible()
    again = show_dialog(qtbot, PaymentDialog(CheckedDraft(stored.draft, stored.problems), "en_IE"))
    qtbot.keyClick(again, Qt.Key.Key_Escape)
    assert again.result() == QDialog.DialogCode.Rejected and not again.isVisible()


def test_settings_dialog_order_default_and_escape(qtbot: QtBot, context: AppContext) -> None:
    dialog = show_dialog(qtbot, SettingsDialog(context))
    assert dialog.save_button.isDefault()
    seen = tab_through(qtbot, dialog.currency, 4)
    assert seen == [
        dialog.currency,
        dialog.language,
        dialog.locale,
        dialog.account,
        dialog.new_account,
    ]
    qtbot.keyClick(dialog.currency, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_first_start_dialog_order_and_default(qtbot: QtBot, context: AppContext) -> None:
    dialog = show_dialog(qtbot, FirstStartDialog(context.settings))
    qtbot.keyClick(dialog.account, Qt.Key.Key_Return)  # Enter starts
    assert dialog.choice is not None and not dialog.choice.demo
    again = show_dialog(qtbot, FirstStartDialog(context.settings))
    seen = tab_through(qtbot, again.currency, 3)
    assert names(seen) == ["EUR", "Checking", "Start", "Look at the demo first"]


def test_split_dialog_order_default_and_escape(qtbot: QtBot, context: AppContext) -> None:
    record_entry(context, EntryRequest("60", merchant="Lidl", category="groceries"))
    row = find_entries(context, TransactionFilter())[0][0]
    dialog = show_dialog(qtbot, SplitDialog(context, row, category_choices(context)))
    assert dialog.split_button.isDefault() and not dialog.add_button.autoDefault()
    dialog.add_part("", "")
    qtbot.wait(10)  # the new row shows from the event loop
    widgets = [w for part in dialog.parts for w in part]
    seen = tab_through(qtbot, widgets[0], len(widgets) + 1)
    assert seen == [*widgets, dialog.add_button, dialog.split_button]
    qtbot.keyClick(widgets[0], Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_rules_dialog_order_and_enter_saves(qtbot: QtBot, context: AppContext) -> None:
    dialog = show_dialog(qtbot, RulesDialog(context))
    assert dialog.save_button.isDefault()
    assert not dialog.new_button.isDefault() and not dialog.new_button.autoDefault()
    seen = tab_through(qtbot, dialog.name_edit, 5)
    field, test = dialog.conditions.cellWidget(0, 0), dialog.conditions.cellWidget(0, 1)
    assert seen[:2] == [dialog.name_edit, dialog.category_combo]
    assert set(seen[2:5]) == {dialog.conditions, field, test}  # the table and its boxes
    assert seen[5] is dialog.add_condition_button
    dialog.name_edit.setText("Rides")
    dialog.conditions.item(0, 2).setText("uber")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    assert dialog.rule_list.count() == 1  # saved, not "New rule"
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


@pytest.mark.parametrize("make", ["settings", "rules", "split", "first start", "payment"])
def test_dialog_buttons_without_text_have_tooltips(
    qtbot: QtBot, context: AppContext, make: str
) -> None:
    record_entry(context, EntryRequest("60", merchant="Lidl", category="groceries"))
    payments.save_payee(context, "Alice Martin", "DE89370400440532013000")
    checked = payments.draft_payment(context, "Alice Martin", Decimal("40"))
    dialogs = {
        "settings": lambda: SettingsDialog(context),
        "rules": lambda: RulesDialog(context),
        "split": lambda: SplitDialog(
            context, find_entries(context, TransactionFilter())[0][0], category_choices(context)
        ),
        "first start": lambda: FirstStartDialog(context.settings),
        "payment": lambda: PaymentDialog(checked, "en_IE"),
    }
    dialog = show_dialog(qtbot, dialogs[make]())
    for edit in dialog.findChildren(QLineEdit):
        edit.setText(edit.text() or "x")  # a clear button shows only over some text
    buttons = dialog.findChildren(QPushButton) + dialog.findChildren(QToolButton)
    textless = [b for b in buttons if b.isVisible() and not b.text().strip()]
    assert all(b.toolTip().strip() for b in textless)
