"""CsvMappingDialog: which column of a bank's CSV file is what, chosen once per bank.

It shows the file's first rows under a combo box per column (date, amount, money out and
in, description, …), the date order and decimal mark, and what is still missing; OK gives
the `CsvMapping` the import reads the file with (and remembers for the bank's next file).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lingassist.core.phrases import Phrase
from lingassist.gui.focus import chain_focus
from lingassist.gui.translation import shown_phrase
from lingassist.services.bank_file_reading import CsvLayout, CsvMapping
from lingassist.services.csv_mappings import IGNORE, ROLES, mapping_from_roles

ROLE_LABELS = {
    "date": QT_TRANSLATE_NOOP("CsvMappingDialog", "Date"),
    "amount": QT_TRANSLATE_NOOP("CsvMappingDialog", "Amount (+/−)"),
    "debit": QT_TRANSLATE_NOOP("CsvMappingDialog", "Money out"),
    "credit": QT_TRANSLATE_NOOP("CsvMappingDialog", "Money in"),
    "description": QT_TRANSLATE_NOOP("CsvMappingDialog", "Description"),
    "counterparty": QT_TRANSLATE_NOOP("CsvMappingDialog", "Counterparty"),
    "reference": QT_TRANSLATE_NOOP("CsvMappingDialog", "Reference"),
    "balance": QT_TRANSLATE_NOOP("CsvMappingDialog", "Balance"),
    "currency": QT_TRANSLATE_NOOP("CsvMappingDialog", "Currency"),
    IGNORE: QT_TRANSLATE_NOOP("CsvMappingDialog", "Ignore"),
}
DATE_ORDERS = (
    ("", QT_TRANSLATE_NOOP("CsvMappingDialog", "Detect")),
    ("DMY", QT_TRANSLATE_NOOP("CsvMappingDialog", "Day Month Year")),
    ("MDY", QT_TRANSLATE_NOOP("CsvMappingDialog", "Month Day Year")),
    ("YMD", QT_TRANSLATE_NOOP("CsvMappingDialog", "Year Month Day")),
)
DECIMAL_MARKS = (
    ("", QT_TRANSLATE_NOOP("CsvMappingDialog", "Detect")),
    (".", QT_TRANSLATE_NOOP("CsvMappingDialog", "Point: 1,234.56")),
    (",", QT_TRANSLATE_NOOP("CsvMappingDialog", "Comma: 1.234,56")),
)
translate = QCoreApplication.translate
COMBO_ROW = 0
CHOOSE_ONCE = QT_TRANSLATE_NOOP(
    "CsvMappingDialog", "Choose once for this bank: its next files are read the same way."
)


class CsvMappingDialog(QDialog):
    """A combo box per column over the sample rows; OK only when the date and an amount
    are chosen."""

    def __init__(self, layout: CsvLayout, file_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Columns of {file}").format(file=file_name))
        self._layout = layout
        self.roles: list[QComboBox] = []
        self.table = QTableWidget(len(layout.sample_rows) + 1, len(layout.columns))
        self.table.setObjectName("mappingTable")
        self.date_order = _choice_box(DATE_ORDERS, layout.suggested.date_order)
        self.decimal_mark = _choice_box(DECIMAL_MARKS, layout.suggested.decimal_mark)
        self.negate = QCheckBox(
            self.tr("Purchases are positive: flip every sign"),
            checked=layout.suggested.negate,
            toolTip=self.tr("Some card exports print money spent as positive amounts"),
        )
        self.problems = QLabel(objectName="cardProblem", wordWrap=True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.addButton(
            self.tr("Read the file"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok_button.setObjectName("primaryButton")
        self.ok_button.setToolTip(
            self.tr("Read the file with these columns (remembered for this bank)")
        )
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._fill_table()
        self._build(file_name)
        for box in (self.date_order, self.decimal_mark):
            box.currentIndexChanged.connect(self._check)
        self.negate.toggled.connect(self._check)
        chain_focus([*self.roles, self.date_order, self.decimal_mark, self.negate, self.ok_button])
        self._check()

    def mapping(self) -> CsvMapping:
        """The columns and formats as chosen."""
        return mapping_from_roles(
            self._layout.suggested,
            {index: str(box.currentData()) for index, box in enumerate(self.roles)},
            date_order=str(self.date_order.currentData()),
            decimal_mark=str(self.decimal_mark.currentData()),
            negate=self.negate.isChecked(),
        )

    def set_role(self, column: int, role: str) -> None:
        """Give column `column` the role `role` (a role only one column can have moves)."""
        box = self.roles[column]
        box.setCurrentIndex(max(box.findData(role), 0))

    # -- building ----------------------------------------------------------------------------

    def _fill_table(self) -> None:
        table = self.table
        table.setHorizontalHeaderLabels(
            [
                c.name or self.tr("Column {number}").format(number=c.index + 1)
                for c in self._layout.columns
            ]
        )
        table.setVerticalHeaderLabels(
            [self.tr("Holds")] + [str(n) for n in range(1, len(self._layout.sample_rows) + 1)]
        )
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)
        for column in self._layout.columns:
            box = self._role_box(column.role)
            box.setToolTip(
                self.tr("What “{column}” holds").format(column=column.name or column.index + 1)
            )
            box.currentIndexChanged.connect(lambda _i, c=column.index: self._role_changed(c))
            table.setCellWidget(COMBO_ROW, column.index, box)
            self.roles.append(box)
        for row, cells in enumerate(self._layout.sample_rows, start=1):
            for column, text in enumerate(cells[: len(self._layout.columns)]):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                table.setItem(row, column, item)
        table.resizeColumnsToContents()
        for column in range(table.columnCount()):
            width = max(table.columnWidth(column), self.roles[column].sizeHint().width())
            table.setColumnWidth(column, min(width + 8, 320))
        table.setRowHeight(COMBO_ROW, self.roles[0].sizeHint().height() + 6 if self.roles else 30)

    def _role_box(self, role: str) -> QComboBox:
        box = QComboBox()
        for name in (*ROLES, IGNORE):
            box.addItem(self.tr(ROLE_LABELS[name]), name)
        if role and role not in ROLES and role != IGNORE:  # value date, kind, payee… as found
            box.addItem(role.replace("_", " ").capitalize(), role)
        box.setCurrentIndex(max(box.findData(role or IGNORE), 0))
        return box

    def _build(self, file_name: str) -> None:
        title = QLabel(
            self.tr("Which column is what in {file}?").format(file=file_name),
            objectName="summaryTitle",
        )
        said = self._layout.said_doubts or tuple(Phrase(d) for d in self._layout.doubts)
        doubts = " ".join(shown_phrase(doubt) for doubt in said)
        explain = QLabel(
            f"{doubts} {self.tr(CHOOSE_ONCE)}".strip(),
            objectName="summaryCaption",
            wordWrap=True,
        )
        formats = QHBoxLayout()
        formats.addWidget(QLabel(self.tr("Dates")))
        formats.addWidget(self.date_order)
        formats.addSpacing(12)
        formats.addWidget(QLabel(self.tr("Decimal mark")))
        formats.addWidget(self.decimal_mark)
        formats.addSpacing(12)
        formats.addWidget(self.negate)
        formats.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(explain)
        layout.addWidget(self.table, 1)
        layout.addLayout(formats)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        self._size_to_table()

    def _size_to_table(self) -> None:
        """Wide enough for every column when the screen allows, else as wide as it is."""
        table = self.table
        wanted = table.horizontalHeader().length() + table.verticalHeader().sizeHint().width()
        screen = (self.parentWidget() or self).screen().availableGeometry()
        width = min(max(wanted + 2 * table.frameWidth() + 40, 640), int(screen.width() * 0.94))
        self.resize(width, min(460, int(screen.height() * 0.9)))

    # -- behaviour ---------------------------------------------------------------------------

    def _role_changed(self, column: int) -> None:
        """A role only one column can have leaves the column that had it."""
        role = self.roles[column].currentData()
        if role not in (IGNORE, "description"):
            for index, box in enumerate(self.roles):
                if index != column and box.currentData() == role:
                    box.blockSignals(True)
                    box.setCurrentIndex(box.findData(IGNORE))
                    box.blockSignals(False)
        self._check()

    def _check(self) -> None:
        found = self.mapping().said_problems()
        self.problems.setText("\n".join(f"⚠ {shown_phrase(problem)}" for problem in found))
        self.problems.setVisible(bool(found))
        self.ok_button.setEnabled(not found)


def _choice_box(choices: tuple[tuple[str, str], ...], current: str) -> QComboBox:
    box = QComboBox()
    for value, label in choices:
        box.addItem(translate("CsvMappingDialog", label), value)
    box.setCurrentIndex(max(box.findData(current), 0))
    return box
