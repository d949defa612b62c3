"""BankAccountsPanel: Settings → Accounts, each money account's own holder name, IBAN and BIC
(what a SEPA payment file names as the paying account)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QVBoxLayout, QWidget

from lingassist.gui.account_details_form import AccountDetailsForm
from lingassist.gui.translation import shown_account
from lingassist.services.context import AppContext
from lingassist.services.entries import account_names


class BankAccountsPanel(QWidget):
    """Pick a money account; set its bank details in the form below.

    Signals:
        said: (text, kind) a message for the dialog's feedback line.
    """

    said = Signal(str, str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.account = QComboBox(toolTip=self.tr("The account whose bank details you set"))
        for name in account_names(context):  # shown in the window's language, stored kept
            self.account.addItem(shown_account(name), name)
        self.form = AccountDetailsForm(context, for_export=False)
        self.form.saved.connect(self._saved)
        self.account.currentIndexChanged.connect(lambda: self._show(self.account.currentData()))
        picker = QFormLayout()
        picker.addRow(self.tr("Account"), self.account)
        layout = QVBoxLayout(self)
        layout.addLayout(picker)
        layout.addWidget(self.form)
        layout.addStretch(1)
        self._show(self.account.currentData())

    def show_account(self, name: str) -> None:
        """Show `name`'s details (a money account's stored name)."""
        self.account.setCurrentIndex(max(self.account.findData(name), 0))
        self._show(name)

    def focus_order(self) -> list[QWidget]:
        """The account, the fields and the save button, in order."""
        return [
            self.account,
            self.form.holder,
            self.form.iban,
            self.form.bic,
            self.form.save_button,
        ]

    def _show(self, name: str | None) -> None:
        if name:
            self.form.ask(name)

    def _saved(self, account: str) -> None:
        self.said.emit(
            self.tr("Saved {account}'s bank details: SEPA files name them.").format(
                account=shown_account(account)
            ),
            "success",
        )
