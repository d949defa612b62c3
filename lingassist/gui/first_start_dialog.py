"""FirstStartDialog: on a new home, ask only the currency and the first account's name,
and offer the demo instead."""

from __future__ import annotations

from dataclasses import dataclass

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

WELCOME = (
    "Welcome to LingAssist. Your money stays on this computer.\n"
    "Two questions, and you can start; everything else can wait."
)


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
        self.setWindowTitle("Welcome to LingAssist")
        self.choice: FirstStartChoice | None = None
        self.currency = QLineEdit(
            guess.default_currency, maxLength=3, toolTip="ISO code, e.g. EUR, USD, GBP"
        )
        self.account = QLineEdit(guess.default_account or "Checking")
        self.problem = QLabel(objectName="feedback")
        demo = QPushButton(
            "Look at the demo first",
            toolTip="Open a separate ledger with a year of example data; yours stays empty",
        )
        demo.setAutoDefault(False)
        demo.clicked.connect(self._demo)
        buttons = QDialogButtonBox()
        start = buttons.addButton("Start", QDialogButtonBox.ButtonRole.AcceptRole)
        start.setDefault(True)
        start.setToolTip("Create your ledger (Enter)")
        buttons.accepted.connect(self._start)
        form = QFormLayout()
        form.addRow("Your currency", self.currency)
        form.addRow("Your first account", self.account)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(WELCOME, wordWrap=True))
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
                f"{currency or 'That'} is not a currency code; use e.g. EUR, USD, GBP."
            )
            return
        if not account:
            self.problem.setText("Give your first account a name, e.g. Checking.")
            return
        self.choice = FirstStartChoice(currency, account)
        self.accept()

    def _demo(self) -> None:
        self.choice = FirstStartChoice(
            self.currency.text().strip().upper() or "EUR", "Checking", demo=True
        )
        self.accept()
