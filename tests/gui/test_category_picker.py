"""The category picker: grouped by primary category, searchable by any part of the full
name, wide enough for the longest name, used by the ledger table's editor."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from lingassist.gui.category_delegate import CategoryDelegate
from lingassist.gui.category_picker import CategoryPicker
from lingassist.services.context import AppContext
from lingassist.services.entries import category_choices


def test_grouped_under_primaries_and_searchable(qtbot: QtBot, context: AppContext) -> None:
    choices = category_choices(context)
    assert len(choices) > 80
    picker = CategoryPicker(choices)
    qtbot.addWidget(picker)
    picker.show()
    model = picker.model()
    headers = [
        model.index(r, 0).data()
        for r in range(model.rowCount())
        if not model.index(r, 0).flags() & Qt.ItemFlag.ItemIsSelectable
    ]
    assert "Food and drink" in headers and len(headers) >= 10
    assert model.rowCount() == len(choices) + len(headers)
    assert picker.currentData() == choices[0][0]  # never a header
    widest = max(picker.fontMetrics().horizontalAdvance(name) for _, name in choices)
    assert picker.view().minimumWidth() > widest
    picker.lineEdit().setFocus()
    picker.lineEdit().selectAll()  # as the table's editor opens: typing replaces the name
    qtbot.keyClicks(picker.lineEdit(), "grocer")
    completer = picker.completer()
    assert completer.completionCount() == 1
    assert completer.currentCompletion() == "Food and drink › Groceries"
    picker.lineEdit().clear()
    qtbot.keyClicks(picker.lineEdit(), "FOOD")  # the group's name finds its categories
    assert completer.completionCount() > 5
    picker.lineEdit().clear()
    qtbot.keyClicks(picker.lineEdit(), "grocer")
    qtbot.keyClick(picker.completer().popup(), Qt.Key.Key_Down)
    qtbot.keyClick(picker.completer().popup(), Qt.Key.Key_Return)
    assert picker.currentText() == "Food and drink › Groceries"
    assert picker.currentData() == dict((n, c) for c, n in choices)["Food and drink › Groceries"]


def test_the_ledger_editor_is_the_picker(qtbot: QtBot, context: AppContext) -> None:
    delegate = CategoryDelegate(category_choices(context))
    parent = QApplication.activeWindow()
    from PySide6.QtWidgets import QStyleOptionViewItem, QWidget

    holder = QWidget(parent)
    qtbot.addWidget(holder)
    editor = delegate.createEditor(holder, QStyleOptionViewItem(), None)  # type: ignore[arg-type]
    assert isinstance(editor, CategoryPicker) and editor.isEditable()


def test_a_narrow_picker_shows_the_start_of_the_name(qtbot: QtBot, context: AppContext) -> None:
    picker = CategoryPicker(category_choices(context))
    qtbot.addWidget(picker)
    picker.resize(140, picker.sizeHint().height())  # a receipt card in half a 1366 screen
    picker.show()
    picker.select_code("FOOD_AND_DRINK_GROCERIES")
    assert picker.currentText() == "Food and drink › Groceries"
    assert picker.lineEdit().cursorPosition() == 0  # "Food and drink › Gr", not "…Groceries"
