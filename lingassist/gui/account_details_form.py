"""AccountDetailsForm: a money account's own holder name, IBAN and BIC, as SEPA files name the
paying account; saved through `set_bank_details` (as ``lingassist account set``), checked
by the project's IBAN and BIC checks.

The same form is Settings → Accounts (`for_export=False`) and the Payments page's answer
to a SEPA file that cannot be made yet (`for_export=True`: "Save and export…").
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
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
from lingassist.gui.translation import shown_account, shown_error, shown_phrase
from lingassist.services import payment_exports as exports
from lingassist.services.context import AppContext
from lingassist.services.payments import InvalidPayee


class AccountDetailsForm(QFrame):
    """Sets one money account's holder name, IBAN and BIC; what is wrong is shown inline."""

    saved = Signal(str)  # the account's name
    cancelled = Signal()  # no payload: closed without saving ("Not now")

    def __init__(
        self, context: AppContext, parent: QWidget | None = None, *, for_export: bool = True
    ) -> None:
        super().__init__(parent, objectName="actionCard")
        self._context = context
        self._account = ""
        self._for_export = for_export
        self.intro = QLabel(wordWrap=True)
        self.holder = QLineEdit(placeholderText=self.tr("Your Name"))
        self.iban = QLineEdit(placeholderText="DE89 3704 0044 0532 0130 00")
        self.bic = QLineEdit(
            placeholderText=self.tr("optional, e.g. COBADEFFXXX"),
            toolTip=self.tr("Your bank's BIC; most banks in the SEPA zone no longer need it"),
        )
        self.error = QLabel(objectName="cardProblem", wordWrap=True)
        self.error.hide()
        self.save_button = QPushButton(
            self.tr("Save and export…") if for_export else self.tr("Save bank details"),
            objectName="primaryButton",
            toolTip=self.tr("Save the account's holder name and IBAN, then save the SEPA file")
            if for_export
            else self.tr("Save the account's holder name, IBAN and BIC for SEPA files"),
        )
        self.cancel_button = QPushButton(
            self.tr("Not now"), toolTip=self.tr("Close without saving")
        )
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self._cancel)
        self._enter_saves = _EnterSaves(self.save, self)
        for field in (self.holder, self.iban, self.bic):
            field.installEventFilter(self._enter_saves)
        self._layout()
        self.cancel_button.setVisible(for_export)  # once inside the form, never a window

    @property
    def account(self) -> str:
        """The account the form is for ("" before `ask`)."""
        return self._account

    def ask(self, account: str) -> None:
        """Show the form for `account`, filled with what it already has."""
        self._account = account
        details = exports.bank_details(self._context, account)
        intro = (
            self.tr(
                "A SEPA file names the account the money comes from. "
                "Give {account}'s holder name and IBAN:"
            )
            if self._for_export
            else self.tr(
                "{account}'s own bank details, as SEPA payment files name the account the "
                "money comes from:"
            )
        )
        self.intro.setText(intro.format(account=shown_account(account)))
        self.holder.setText(details.holder_name)
        self.iban.setText(details.iban)
        self.bic.setText(details.bic)
        self.error.hide()
        self.show()
        if self._for_export:
            (self.iban if details.holder_name else self.holder).setFocus()

    def save(self) -> None:
        """Save through the service; on success emit `saved` (and hide, for an export)."""
        holder, iban = self.holder.text().strip(), self.iban.text().strip()
        if not holder or not iban:
            self._show_error(self.tr("Give both the holder's name and the IBAN."))
            return
        try:
            exports.set_bank_details(
                self._context, self._account, iban=iban, holder=holder, bic=self.bic.text().strip()
            )
        except InvalidPayee as invalid:
            self._show_error("\n".join(f"⚠ {shown_phrase(p.said)}" for p in invalid.problems))
            return
        except UserFacingError as error:
            self._show_error(f"⚠ {shown_error(error)}")
            return
        self.error.hide()
        if self._for_export:
            self.hide()
        self.saved.emit(self._account)

    def focus_chain(self) -> list[QWidget]:
        """The fields, then the buttons, in order."""
        return [self.holder, self.iban, self.bic, self.cancel_button, self.save_button]

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
        fields.addRow("BIC", self.bic)
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


class _EnterSaves(QObject):
    """Enter in a field saves the form, and goes no further: in Settings it would also press
    the dialog's own Save, which closes the dialog."""

    def __init__(self, save, parent: QObject) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self._save = save

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        enter = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            if event.key() not in enter:
                return False
            self._save()
            return True
        return super().eventFilter(watched, event)
