"""PaymentDialog: the last look before a payment draft is recorded; Cancel is the default.

It is built from an assistant card (`Proposal`) or from a stored draft's check
(`CheckedDraft`, the Payments page)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from lingassist.gui.translation import shown_account, shown_language, shown_phrase
from lingassist.payments.draft import CheckedDraft
from lingassist.services.actions import Proposal
from lingassist.services.formatting import date_text, money_text


class PaymentDialog(QDialog):
    """Payee, IBAN (grouped) or bank in Vietnam, amount in figures and words, date and
    problems."""

    def __init__(
        self, proposal: Proposal | CheckedDraft, locale: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        if isinstance(proposal, CheckedDraft):
            checked = proposal
            problems = tuple(p.said for p in checked.problems if p.blocking)
            warnings = tuple(p.said for p in checked.problems if not p.blocking)
        else:
            assert proposal.payment is not None
            checked, problems, warnings = proposal.payment, proposal.problems, proposal.warnings
        draft = checked.draft
        self.setWindowTitle(self.tr("Confirm payment"))
        form = QFormLayout()
        form.addRow(self.tr("Pay"), QLabel(draft.payee, objectName="cardValue"))
        form.addRow(
            self.tr("Bank") if draft.is_vietnamese_account else "IBAN",
            QLabel(draft.account_text or "—", objectName="cardValue"),
        )
        figures = money_text(draft.amount, draft.currency, locale)
        form.addRow(
            self.tr("Amount"),
            QLabel(f"{figures}\n{draft.words_in(shown_language())}", objectName="cardValue"),
        )
        form.addRow(self.tr("On"), QLabel(date_text(draft.execution_date, locale)))
        form.addRow(self.tr("Reference"), QLabel(draft.reference or "—"))
        form.addRow(self.tr("From"), QLabel(shown_account(draft.account)))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        for problem in problems:
            shown = f"⚠ {shown_phrase(problem)}"
            layout.addWidget(QLabel(shown, objectName="cardProblem", wordWrap=True))
        for warning in warnings:
            checked_text = self.tr("Check: {warning}").format(warning=shown_phrase(warning))
            layout.addWidget(QLabel(checked_text, objectName="cardWarning", wordWrap=True))
        layout.addWidget(
            QLabel(
                self.tr(
                    "LingAssist records this as a pending payment. It moves no money: you pay it "
                    "in your banking app (QR code or SEPA file)."
                ),
                wordWrap=True,
                objectName="summaryCaption",
            )
        )
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.record_button = self.buttons.addButton(
            self.tr("Record payment"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.record_button.setEnabled(not problems)
        self.record_button.setAutoDefault(False)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)
        cancel.setFocus()
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    @property
    def default_button_text(self) -> str:
        """Text of the button Enter presses (tests check it is Cancel)."""
        for button in self.buttons.buttons():
            if button.isDefault():
                return button.text()
        return ""
