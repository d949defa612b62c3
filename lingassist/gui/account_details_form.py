"""AccountDetailsForm: the paying account's holder name and IBAN, asked for inline when a
SEPA file needs them; saved through `set_bank_details` (as ``lingassist account set``)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lingassist.core.errors import UserFacingError
from lingassist.services import payment_exports as exports
from lingassist.services.context import AppContext
from lingassist.services.payments import InvalidPayee


class AccountDetailsForm(QFrame):
    """Sets one money account's holder name and IBAN; what is wrong is shown inline."""

    saved = Signal(str)  # the account's name
    cancelled = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="actionCard")
        self._context = context
        self._account = ""
        self.intro = QLabel(wordWrap=True)
        self.holder = QLineEdit(placeholderText=self.tr("Your Name"))
        self.iban = QLineEdit(placeholderText="DE89 3704 0044 0532 0130 00")
        self.error = QLabel(objectName="cardProblem", wordWrap=True)
        self.error.hide()
        self.save_button = QPushButton(
            self.tr("Save and export…"),
            objectName="primaryButton",
            toolTip=self.tr("Save the account's holder name and IBAN, then save the SEPA file"),
        )
        self.cancel_button = QPushButton(
            self.tr("Not now"), toolTip=self.tr("Close without saving")
        )
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self._cancel)
        self.holder.returnPressed.connect(self.save)
        self.iban.returnPressed.connect(self.save)
        self._layout()

    def ask(self, account: str) -> None:
        """Show the form for `account`, filled with what it already has."""
        self._account = account
        details = exports.bank_details(self._context, account)
        self.intro.setText(
            self.tr(
                "A SEPA file names the account the money comes from. "
                "Give {account}'s holder name and IBAN:"
            ).format(account=account)
        )
        self.holder.setText(details.holder_name)
        self.iban.setText(details.iban)
        self.error.hide()
        self.show()
        (self.iban if details.holder_name else self.holder).setFocus()

    def save(self) -> None:
        """Save through the service; on success hide and emit `saved`."""
        holder, iban = self.holder.text().strip(), self.iban.text().strip()
        if not holder or not iban:
            self._show_error(self.tr("Give both the holder's name and the IBAN."))
            return
        try:
            exports.set_bank_details(self._context, self._account, iban=iban, holder=holder)
        except InvalidPayee as invalid:
            self._show_error("\n".join(f"⚠ {p.message}" for p in invalid.problems))
            return
        except UserFacingError as error:
            self._show_error(f"⚠ {error}")
            return
        self.hide()
        self.saved.emit(self._account)

    def _cancel(self) -> None:
        self.hide()
        self.cancelled.emit()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def _layout(self) -> None:
        fields = QFormLayout()
        fields.addRow(self.tr("Holder"), self.holder)
        fields.addRow("IBAN", self.iban)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(14, 10, 14, 10)
        column.addWidget(self.intro)
        column.addLayout(fields)
        column.addWidget(self.error)
        column.addLayout(buttons)
