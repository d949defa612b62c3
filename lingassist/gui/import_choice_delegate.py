"""ImportChoiceDelegate: a combo box in the Status cell of a bank line that could be one of
several earlier entries: import it as new, or merge it into the entry the person names."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from lingassist.gui.import_table_model import CHOICES_ROLE

Index = QModelIndex | QPersistentModelIndex


class ImportChoiceDelegate(QStyledItemDelegate):
    """Edits the model's chosen entry (0 = import as new) from the cell's `CHOICES_ROLE`."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        editor = QComboBox(parent, toolTip=self.tr("Which entry this bank line is, if any"))
        for label, entry in index.data(CHOICES_ROLE) or ():
            editor.addItem(label, entry)
        editor.activated.connect(lambda _position: self._commit(editor))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(  # noqa: N802
        self, editor: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> None:
        rect = option.rect  # type: ignore[attr-defined]
        editor.setGeometry(rect.x(), rect.y(), max(rect.width(), 320), rect.height())

    def _commit(self, editor: QComboBox) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor)
