"""CategoryDelegate: edits a transaction's category in the ledger table with a CategoryPicker
(type to search, or a list grouped by primary category)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from lingassist.gui.category_picker import CategoryPicker

Index = QModelIndex | QPersistentModelIndex


class CategoryDelegate(QStyledItemDelegate):
    """A searchable list of categories; choosing one stores its code through the model."""

    def __init__(self, choices: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choices = choices

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        editor = CategoryPicker(self._choices, parent)
        editor.setFrame(False)
        return editor

    def updateEditorGeometry(  # noqa: N802 - Qt's name
        self, editor: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> None:
        """As wide as the cell, or wider when the cell is narrow (names are not cut)."""
        rect = option.rect
        rect.setWidth(max(rect.width(), editor.sizeHint().width()))
        editor.setGeometry(rect)

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, CategoryPicker)
        editor.select_code(str(index.data(Qt.ItemDataRole.EditRole) or ""))
        editor.lineEdit().selectAll()  # typing replaces the name: a search at once

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        code = editor.currentData()
        if code and code != index.data(Qt.ItemDataRole.EditRole):
            model.setData(index, code, Qt.ItemDataRole.EditRole)
