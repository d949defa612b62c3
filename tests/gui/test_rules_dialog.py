"""RulesDialog and AlwaysRulePrompt on real widgets: add a rule, see the preview count,
save it so the advisor uses it, reorder, switch off, delete, undo; and the prompt."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QTableWidgetItem
from pytestqt.qtbot import QtBot

from lingassist.categorize.categorizer import Layer
from lingassist.categorize.rules import Condition, Field, Operator, merchant_rule
from lingassist.gui.always_rule_prompt import AlwaysRulePrompt
from lingassist.gui.rules_dialog import LOW, TEXT, RulesDialog
from lingassist.services import rules
from lingassist.services.context import AppContext
from lingassist.services.entries import EntryRequest, record_entry, undo_last

COFFEE, GROCERIES = "FOOD_AND_DRINK_COFFEE", "FOOD_AND_DRINK_GROCERIES"


@pytest.fixture
def ledger(context: AppContext) -> AppContext:
    for amount, merchant in (("12.50", "Blue Bottle"), ("4.00", "Blue Bottle"), ("3.20", "Costa")):
        record_entry(context, EntryRequest(amount, merchant=merchant, category=COFFEE))
    return context


@pytest.fixture
def dialog(qtbot: QtBot, ledger: AppContext) -> RulesDialog:
    shown = RulesDialog(ledger)
    qtbot.addWidget(shown)
    shown.show()
    return shown


def fill(dialog: RulesDialog, qtbot: QtBot, name: str, text: str, code: str = GROCERIES) -> None:
    qtbot.keyClicks(dialog.name_edit, name)
    dialog.category_combo.setCurrentIndex(dialog.category_combo.findData(code))
    dialog.conditions.item(0, TEXT).setText(text)


def combo(dialog: RulesDialog, row: int, column: int) -> QComboBox:
    widget = dialog.conditions.cellWidget(row, column)
    assert isinstance(widget, QComboBox)
    return widget


def test_add_preview_save_is_used_by_the_advisor_and_undo_removes_it(
    qtbot: QtBot, dialog: RulesDialog, ledger: AppContext
) -> None:
    assert dialog.rule_list.count() == 0
    fill(dialog, qtbot, "Beans", "blue bottle")
    qtbot.waitUntil(lambda: dialog.preview_label.text() == "Would change 2 past transactions.")
    with qtbot.waitSignal(dialog.changed):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.rule_list.count() == 1
    assert dialog.rule_list.item(0).text() == "1. Beans  →  Food and drink › Groceries"
    suggestion = ledger.advisor.suggest("BLUE BOTTLE COFFEE", Decimal("-3"))
    assert suggestion.layer is Layer.RULE and "Beans" in suggestion.reason
    undo_last(ledger)
    dialog.reload()
    assert dialog.rule_list.count() == 0
    assert ledger.advisor.suggest("BLUE BOTTLE COFFEE", Decimal("-3")).layer is not Layer.RULE


def test_problems_are_shown_inline_and_nothing_is_saved(
    qtbot: QtBot, dialog: RulesDialog, ledger: AppContext
) -> None:
    dialog.conditions.item(0, TEXT).setText("(unclosed")
    combo(dialog, 0, 1).setCurrentIndex(combo(dialog, 0, 1).findData(Operator.REGEX))
    dialog.add_condition(Condition(Field.AMOUNT, Operator.BETWEEN))
    dialog.conditions.setItem(1, LOW, QTableWidgetItem("lots"))
    qtbot.waitUntil(lambda: "not a valid regular expression" in dialog.problems_label.text())
    text = dialog.problems_label.text()
    assert "needs a name" in text and "'lots' is not an amount." in text
    assert dialog.preview_label.text() == ""
    assert dialog.save() is False
    assert rules.list_rules(ledger) == []


def test_choosing_the_amount_field_switches_to_a_range(dialog: RulesDialog) -> None:
    combo(dialog, 0, 0).setCurrentIndex(combo(dialog, 0, 0).findData(Field.AMOUNT))
    assert combo(dialog, 0, 1).currentData() == Operator.BETWEEN
    combo(dialog, 0, 0).setCurrentIndex(combo(dialog, 0, 0).findData(Field.MERCHANT))
    assert combo(dialog, 0, 1).currentData() == Operator.CONTAINS


def test_save_with_apply_moves_the_past_and_editing_keeps_the_id(
    qtbot: QtBot, dialog: RulesDialog, ledger: AppContext
) -> None:
    fill(dialog, qtbot, "Beans", "blue bottle")
    dialog.apply_check.setChecked(True)
    assert dialog.save()
    assert "moved 2 past transactions" in dialog.status.text()
    rule_id = dialog.selected_id()
    dialog.name_edit.setText("Beans and more")
    assert dialog.save()
    assert [(r.id, r.name) for r in rules.list_rules(ledger)] == [(rule_id, "Beans and more")]


def test_reorder_switch_off_and_delete_from_the_list(
    qtbot: QtBot, dialog: RulesDialog, ledger: AppContext
) -> None:
    first = rules.add_rule(ledger, merchant_rule("Blue Bottle", GROCERIES, "First"))
    rules.add_rule(ledger, merchant_rule("Costa", GROCERIES, "Second"))
    dialog.reload(select=first.id)
    assert not dialog.up_button.isEnabled()
    qtbot.mouseClick(dialog.down_button, Qt.MouseButton.LeftButton)
    assert [r.name for r in rules.list_rules(ledger)] == ["Second", "First"]
    assert dialog.selected_id() == first.id
    dialog.rule_list.item(1).setCheckState(Qt.CheckState.Unchecked)
    assert rules.get_rule(ledger, first.id or 0).enabled is False
    assert ledger.advisor.suggest("Blue Bottle", Decimal("-3")).layer is not Layer.RULE
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert [r.name for r in rules.list_rules(ledger)] == ["Second"]
    assert "Undo" in dialog.status.text()


def test_always_prompt_lists_the_past_and_defaults_to_just_this_once(
    qtbot: QtBot, ledger: AppContext
) -> None:
    rows = rules.preview_rule(ledger, merchant_rule("Blue Bottle", GROCERIES))
    prompt = AlwaysRulePrompt("Blue Bottle", "Groceries", rows, "en_IE")
    qtbot.addWidget(prompt)
    assert prompt.text() == "Always file Blue Bottle under Groceries?"
    assert prompt.informativeText().startswith("This changes 2 past transactions:")
    assert "€12.50" in prompt.informativeText()
    assert prompt.defaultButton() is prompt.once_button
    assert not prompt.chose_always


def test_always_prompt_ask_adds_the_rule_on_always(
    qtbot: QtBot, ledger: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    def click_always(self: AlwaysRulePrompt) -> int:
        self.always_button.click()
        return 0

    monkeypatch.setattr(AlwaysRulePrompt, "exec", click_always)
    rule = AlwaysRulePrompt.ask(ledger, "Blue Bottle", GROCERIES)
    assert rule is not None and rule.code == GROCERIES
    assert ledger.advisor.suggest("Blue Bottle", Decimal("-3")).layer is Layer.RULE
