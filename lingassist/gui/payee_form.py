"""PayeeForm: name, account (IBAN and BIC, or a bank in Vietnam and an account number) and
reference of a new payee; what is wrong is shown inline."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lingassist.gui.translation import shown_phrase
from lingassist.payments.vn_banks import BANKS
from lingassist.services.context import AppContext
from lingassist.services.payments import InvalidPayee, save_payee

IBAN_KIND, VIETNAM_KIND = 0, 1


class PayeeForm(QWidget):
    """Saves a payee (or updates the one with that name) through `save_payee`."""

    saved = Signal(str)  # the saved payee's name

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.name = QLineEdit(placeholderText=self.tr("Alice Martin"))
        self.kind = QComboBox(
            toolTip=self.tr("How the payee is paid: IBAN (SEPA) or a bank in Vietnam")
        )
        self.kind.addItems(["IBAN", self.tr("Bank in Vietnam (VietQR)")])
        self.iban = QLineEdit(placeholderText="DE89 3704 0044 0532 0130 00")
        self.bic = QLineEdit(placeholderText=self.tr("optional inside SEPA"))
        self.bank = QComboBox(toolTip=self.tr("The payee's bank (NAPAS BIN)"))
        for bin_, (short, full) in sorted(BANKS.items(), key=lambda item: item[1][0].lower()):
            self.bank.addItem(f"{short} · {bin_}", bin_)
            self.bank.setItemData(self.bank.count() - 1, full, 3)  # Qt.ToolTipRole
        self.account_number = QLineEdit(placeholderText="0011001932418")
        self.reference = QLineEdit(placeholderText=self.tr("default reference, e.g. Rent"))
        self.error = QLabel(objectName="cardProblem", wordWrap=True)
        self.error.hide()
        self.add_button = QPushButton(
            self.tr("Add payee"),
            objectName="primaryButton",
            toolTip=self.tr("Check the account and save the payee (Enter in any field)"),
        )
        self.add_button.clicked.connect(self.submit)
        for field in self._fields():
            field.returnPressed.connect(self.submit)
        self._form = QFormLayout()
        self._form.addRow(self.tr("Name"), self.name)
        self._form.addRow(self.tr("Account"), self.kind)
        self._form.addRow("IBAN", self.iban)
        self._form.addRow("BIC", self.bic)
        self._form.addRow(self.tr("Bank"), self.bank)
        self._form.addRow(self.tr("Account no."), self.account_number)
        self._form.addRow(self.tr("Reference"), self.reference)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._form)
        layout.addWidget(self.error)
        layout.addWidget(self.add_button)
        self.kind.currentIndexChanged.connect(self._show_kind)
        vietnamese = context.settings.default_currency == "VND"
        self.kind.setCurrentIndex(VIETNAM_KIND if vietnamese else IBAN_KIND)
        self._show_kind()

    def focus_chain(self) -> list[QWidget]:
        """The fields top to bottom, then Add payee."""
        return [
            self.name,
            self.kind,
            self.iban,
            self.bic,
            self.bank,
            self.account_number,
            self.reference,
            self.add_button,
        ]

    def submit(self) -> bool:
        """Validate and save; True when saved (the fields are then cleared)."""
        vietnamese = self.kind.currentIndex() == VIETNAM_KIND
        try:
            payee = save_payee(
                self._context,
                self.name.text(),
                "" if vietnamese else self.iban.text(),
                "" if vietnamese else self.bic.text(),
                self.reference.text(),
                bank_bin=str(self.bank.currentData() or "") if vietnamese else "",
                account_number=self.account_number.text() if vietnamese else "",
            )
        except InvalidPayee as invalid:
            self.error.setText("\n".join(f"⚠ {shown_phrase(p.said)}" for p in invalid.problems))
            self.error.show()
            return False
        self.error.hide()
        for field in self._fields():
            field.clear()
        self.saved.emit(payee.name)
        return True

    def _fields(self) -> tuple[QLineEdit, ...]:
        return (self.name, self.iban, self.bic, self.account_number, self.reference)

    def _show_kind(self) -> None:
        vietnamese = self.kind.currentIndex() == VIETNAM_KIND
        for field in (self.iban, self.bic):
            self._form.setRowVisible(field, not vietnamese)
        for widget in (self.bank, self.account_number):
            self._form.setRowVisible(widget, vietnamese)
