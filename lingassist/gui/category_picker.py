"""CategoryPicker: choose one of ~95 categories by typing part of its name, or from a list
grouped under the primary categories, wide enough for the longest name."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from lingassist.gui.translation import shown_choices

SEPARATOR = " › "  # between the primary and the detailed name: "Food and drink › Groceries"
INDENT = 18  # a detailed category's indent under its group in the list
FULL_NAME = Qt.ItemDataRole.UserRole + 1  # what is typed against: the whole name

Index = QModelIndex | QPersistentModelIndex


class CategoryPicker(QComboBox):
    """An editable combo: type "groc" or "food" and pick from the matches (anywhere in the
    full name), or open the list where the categories stand under their primary.
    `currentData()` is the chosen code; the line shows "Primary › Name"."""

    def __init__(
        self,
        choices: list[tuple[str, str]],
        parent: QWidget | None = None,
        *,
        none_label: str = "",
    ) -> None:
        """`choices` are (code, "Primary › Name"); `none_label` adds a first entry with the
        code "" ("Uncategorized")."""
        super().__init__(parent, objectName="categoryPicker")
        choices = shown_choices(choices)  # the names in the window's language
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setModel(_grouped(choices, none_label))
        self.setItemDelegate(_GroupDelegate(self))
        completer = QCompleter(self.model(), self)  # group headers have no full name
        completer.setCompletionRole(FULL_NAME)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        widest = max((self.fontMetrics().horizontalAdvance(n) for _, n in choices), default=200)
        self.view().setMinimumWidth(widest + 48)
        completer.popup().setMinimumWidth(widest + 32)
        self.lineEdit().setPlaceholderText(self.tr("Type to search categories"))
        self.setToolTip(
            self.tr("Type part of a category's name to find it, or open the list (Alt+Down)")
        )
        self.setMinimumContentsLength(14)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.currentIndexChanged.connect(self._show_start)
        self.select_code("")  # the first choice, never a group's header

    def select_code(self, code: str) -> None:
        """Show the category with this code (the first entry when it is unknown)."""
        index = self.findData(code)
        self.setCurrentIndex(index if index >= 0 else self._first_choice())

    def _show_start(self) -> None:
        """A narrow picker shows the start of the chosen name ("Food and drink › Groc"),
        not its end ("d and drink › Groceries")."""
        self.lineEdit().setCursorPosition(0)

    def _first_choice(self) -> int:
        model = self.model()
        return next(
            (row for row in range(model.rowCount()) if model.index(row, 0).flags() & _PICKABLE),
            -1,
        )

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return super().minimumSizeHint().expandedTo(QSize(220, 0))


_PICKABLE = Qt.ItemFlag.ItemIsSelectable


def _grouped(choices: list[tuple[str, str]], none_label: str) -> QStandardItemModel:
    """A header row per primary category (not selectable), its categories after it."""
    model = QStandardItemModel()
    if none_label:
        model.appendRow(_choice("", none_label))
    primary = None
    for code, name in choices:
        group = name.split(SEPARATOR, 1)[0] if SEPARATOR in name else ""
        if group and group != primary:
            primary = group
            header = QStandardItem(group)
            header.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = QFont()
            font.setBold(True)
            header.setFont(font)
            header.setData(True, Qt.ItemDataRole.AccessibleDescriptionRole)
            model.appendRow(header)
        model.appendRow(_choice(code, name))
    return model


def _choice(code: str, name: str) -> QStandardItem:
    item = QStandardItem(name)
    item.setData(code, Qt.ItemDataRole.UserRole)
    item.setData(name, FULL_NAME)
    item.setToolTip(name)
    return item


class _GroupDelegate(QStyledItemDelegate):
    """In the open list: headers in bold, each category by its own name, indented."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        full = index.data(FULL_NAME)
        if full and SEPARATOR in full:
            option.text = full.split(SEPARATOR, 1)[1]
            option.rect.adjust(INDENT, 0, 0, 0)
