"""FirstStartDialog: on a new home, ask only the currency and the first account's name,
and offer the demo instead."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lingassist.config import Settings
from lingassist.core.currency import is_currency_code
from lingassist.gui.focus import chain_focus

WELCOME = QT_TRANSLATE_NOOP(
    "FirstStartDialog",
    "Welcome to LingAssist. Your money stays on this computer.\n"
    "Two questions, and you can start; everything else can wait.",
)
DEFAULT_ACCOUNT = "Checking"  # Settings' default; offered in the window's language


@dataclass(frozen=True)
class FirstStartChoice:
    """What the person chose on the first start.

    Attributes:
        currency: ISO 4217 code of their money.
        account: the name of their first account ("Checking").
        demo: True when they chose to look at the demo ledger first.
    """

    currency: str
    account: str
    demo: bool = False


class FirstStartDialog(QDialog):
    """Currency (guessed from the system) and a first account; or the demo."""

    def __init__(self, guess: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to LingAssist"))
        self.choice: FirstStartChoice | None = None
        self.currency = QLineEdit(
            guess.default_currency, maxLength=3, toolTip=self.tr("ISO code, e.g. EUR, USD, GBP")
        )
        self.account = QLineEdit(self._account_name(guess.default_account))
        self.problem = QLabel(objectName="feedback")
        demo = QPushButton(
            self.tr("Look at the demo first"),
            toolTip=self.tr(
                "Open a separate ledger with a year of example data; yours stays empty"
            ),
        )
        demo.setAutoDefault(False)
        demo.clicked.connect(self._demo)
        buttons = QDialogButtonBox()
        start = buttons.addButton(self.tr("Start"), QDialogButtonBox.ButtonRole.AcceptRole)
        start.setDefault(True)
        start.setToolTip(self.tr("Create your ledger (Enter)"))
        buttons.accepted.connect(self._start)
        form = QFormLayout()
        form.addRow(self.tr("Your currency"), self.currency)
        form.addRow(self.tr("Your first account"), self.account)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr(WELCOME), wordWrap=True))
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        layout.addWidget(demo)
        chain_focus([self.currency, self.account, start, demo])

    def _start(self) -> None:
        currency, account = (
            self.currency.text().strip().upper(),
            " ".join(self.account.text().split()),
        )
        if not is_currency_code(currency):
            self.problem.setText(
                self.tr("{code} is not a currency code; use e.g. EUR, USD, GBP.").format(
                    code=currency or self.tr("That")
                )
            )
            return
        if not account:
            self.problem.setText(
                self.tr("Give your first account a name, e.g. {example}.").format(
                    example=self.tr("Checking")
                )
            )
            return
        self.choice = FirstStartChoice(currency, account)
        self.accept()

    def _account_name(self, guessed: str) -> str:
        """The guessed first account's name; Settings' default in the window's language."""
        if not guessed or guessed == DEFAULT_ACCOUNT:
            return self.tr("Checking")
        return guessed

    def _demo(self) -> None:
        self.choice = FirstStartChoice(
            self.currency.text().strip().upper() or "EUR", "Checking", demo=True
        )
        self.accept()
