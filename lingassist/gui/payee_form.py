"""PayeeForm: name, IBAN, BIC and reference of a new payee; what is wrong is shown inline."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from lingassist.services.context import AppContext
from lingassist.services.payments import InvalidPayee, save_payee


class PayeeForm(QWidget):
    """Saves a payee (or updates the one with that name) through `save_payee`."""

    saved = Signal(str)  # the saved payee's name

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.name = QLineEdit(placeholderText="Alice Martin")
        self.iban = QLineEdit(placeholderText="DE89 3704 0044 0532 0130 00")
        self.bic = QLineEdit(placeholderText="optional inside SEPA")
        self.reference = QLineEdit(placeholderText="default reference, e.g. Rent")
        self.error = QLabel(objectName="cardProblem", wordWrap=True)
        self.error.hide()
        self.add_button = QPushButton(
            "Add payee",
            objectName="primaryButton",
            toolTip="Check the IBAN and save the payee (Enter in any field)",
        )
        self.add_button.clicked.connect(self.submit)
        for field in (self.name, self.iban, self.bic, self.reference):
            field.returnPressed.connect(self.submit)
        form = QFormLayout()
        form.addRow("Name", self.name)
        form.addRow("IBAN", self.iban)
        form.addRow("BIC", self.bic)
        form.addRow("Reference", self.reference)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.add_button)

    def focus_chain(self) -> list[QWidget]:
        """The fields top to bottom, then Add payee."""
        return [self.name, self.iban, self.bic, self.reference, self.add_button]

    def submit(self) -> bool:
        """Validate and save; True when saved (the fields are then cleared)."""
        try:
            payee = save_payee(
                self._context,
                self.name.text(),
                self.iban.text(),
                self.bic.text(),
                self.reference.text(),
            )
        except InvalidPayee as invalid:
            self.error.setText("\n".join(f"⚠ {p.message}" for p in invalid.problems))
            self.error.show()
            return False
        self.error.hide()
        for field in (self.name, self.iban, self.bic, self.reference):
            field.clear()
        self.saved.emit(payee.name)
        return True
