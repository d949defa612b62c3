"""SplitDialog: spread one payment over several categories, with what is left to place."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lingassist.core.errors import UserFacingError
from lingassist.core.transactions import TransactionRow
from lingassist.gui.focus import chain_focus
from lingassist.gui.translation import shown_account, shown_choices, shown_error, shown_phrase
from lingassist.services.context import AppContext
from lingassist.services.corrections import split_transaction
from lingassist.services.formatting import money_text


def splittable(transaction: TransactionRow | None) -> bool:
    """An expense can be split across categories; income and transfers cannot."""
    return bool(transaction and transaction.amount < 0 and transaction.category_name != "Transfer")


class SplitDialog(QDialog):
    """Rows of (category, amount); Split is refused until the parts add up."""

    def __init__(
        self,
        context: AppContext,
        row: TransactionRow,
        choices: list[tuple[str, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("Split {transaction}").format(transaction=row.merchant or row.description)
        )
        self._context = context
        self._row = row
        self._choices = shown_choices(choices)  # the names in the window's language
        self.parts: list[tuple[QComboBox, QLineEdit]] = []
        self.message = QLabel(objectName="feedback", wordWrap=True)
        self.result_message = ""
        self._grid = QGridLayout()
        self.setMinimumWidth(520)
        self._grid.setColumnStretch(0, 1)
        self.add_button = add = QPushButton(
            self.tr("Add part"), toolTip=self.tr("One more category and amount")
        )
        add.setAutoDefault(False)
        add.clicked.connect(lambda: self.add_part("", ""))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.split_button = buttons.addButton(
            self.tr("Split"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.split_button.setDefault(True)  # Enter in an amount splits; Esc cancels
        self._buttons = buttons
        buttons.accepted.connect(self.split)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        paid = money_text(-row.amount, row.currency, context.settings.locale)
        layout.addWidget(
            QLabel(
                self.tr("{amount} paid from {account}").format(
                    amount=paid, account=shown_account(row.account)
                )
            )
        )
        layout.addLayout(self._grid)
        layout.addWidget(add)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.add_part(row.category_code, "")
        self.add_part("", "")

    def add_part(self, code: str, amount: str) -> None:
        """One more (category, amount) row."""
        category = QComboBox()
        for choice_code, name in self._choices:
            category.addItem(name, choice_code)
        category.setCurrentIndex(max(category.findData(code), 0))
        zero = f"0{QLocale().decimalPoint()}00"  # "0,00" in French and Vietnamese
        value = QLineEdit(amount, placeholderText=zero, toolTip=self.tr("Amount of this part"))
        value.setMinimumWidth(110)
        row = len(self.parts)
        self._grid.addWidget(category, row, 0)
        self._grid.addWidget(value, row, 1)
        self.parts.append((category, value))
        parts = [widget for part in self.parts for widget in part]
        cancel = self._buttons.button(QDialogButtonBox.StandardButton.Cancel)
        chain_focus([*parts, self.add_button, self.split_button, cancel])

    def split(self) -> None:
        """Write the split, or say why not."""
        parts = [
            (combo.currentData(), value.text())
            for combo, value in self.parts
            if value.text().strip()
        ]
        try:
            said = split_transaction(self._context, self._row.id, parts)
            self.result_message = shown_phrase(said)
        except UserFacingError as error:
            self.message.setText(shown_error(error))
            return
        self.accept()
