"""AccountList: the money-holding accounts with their balances, and the net total."""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from lingassist.core.accounts import AccountType
from lingassist.core.reports import AccountBalance
from lingassist.gui.elided_button import PADDING, ElidedButton
from lingassist.gui.layout_clearing import clear_layout
from lingassist.gui.translation import shown_account
from lingassist.services.context import AppContext
from lingassist.services.formatting import money_text
from lingassist.services.reports import balances


class AccountList(QWidget):
    """Balances of every account; clicking one filters the ledger to it."""

    account_clicked = Signal(str)  # account name, "" for all accounts

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._net = QLabel(objectName="netWorth")
        self._grid = QGridLayout()
        self._grid.setVerticalSpacing(2)
        self._grid.setColumnStretch(0, 1)  # the names take what the balances leave
        self._rows: list[tuple[ElidedButton, QLabel]] = []  # each account's name and balance
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("NET BALANCE"), objectName="sectionLabel"))
        layout.addWidget(self._net)
        layout.addSpacing(10)
        layout.addWidget(QLabel(self.tr("ACCOUNTS"), objectName="sectionLabel"))
        layout.addLayout(self._grid)
        layout.addStretch(1)
        self.reload()

    def reload(self) -> None:
        """Re-read the balances."""
        rows = balances(self._context)
        self._fill(rows)
        self._net.setText(self._net_text(rows))

    def _fill(self, rows: list[AccountBalance]) -> None:
        clear_layout(self._grid)
        self._rows = []
        everything = QPushButton(
            self.tr("All accounts"),
            objectName="accountButton",
            flat=True,
            toolTip=self.tr("Show every account's transactions in the ledger"),
        )
        everything.clicked.connect(lambda: self.account_clicked.emit(""))
        self._grid.addWidget(everything, 0, 0, 1, 2)
        for index, row in enumerate(rows, start=1):
            button = ElidedButton(  # a long name gives way to the balance beside it
                shown_account(row.name),
                objectName="accountButton",
                toolTip=self.tr("Show the transactions of {account} in the ledger").format(
                    account=shown_account(row.name)
                ),
            )
            button.clicked.connect(lambda _=False, name=row.name: self.account_clicked.emit(name))
            amount = QLabel(self._money(_signed(row), row.currency))
            amount.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            amount.setObjectName(
                "negativeAmount" if amount.text().startswith("-") else "accountAmount"
            )
            self._grid.addWidget(button, index, 0)
            self._grid.addWidget(amount, index, 1)
            self._rows.append((button, amount))

    def wanted_width(self) -> int:
        """The width that shows every account's name and balance whole."""
        names = max(
            (b.fontMetrics().horizontalAdvance(b.full_text) for b, _ in self._rows), default=0
        )
        amounts = max((amount.sizeHint().width() for _, amount in self._rows), default=0)
        return names + PADDING + self._grid.horizontalSpacing() + amounts

    def focus_chain(self) -> list[QWidget]:
        """The account buttons, top to bottom."""
        return [
            widget
            for index in range(self._grid.count())
            if isinstance(widget := self._grid.itemAt(index).widget(), QPushButton)
        ]

    def _net_text(self, rows: list[AccountBalance]) -> str:
        totals: dict[str, Decimal] = defaultdict(Decimal)
        for row in rows:
            totals[row.currency] += _signed(row)
        return (
            "\n".join(self._money(amount, currency) for currency, amount in totals.items()) or "—"
        )

    def _money(self, amount: Decimal, currency: str) -> str:
        return money_text(amount, currency, self._context.settings.locale)


def _signed(row: AccountBalance) -> Decimal:
    """What the account adds to the net balance: assets count, debts subtract."""
    return row.balance if row.type is AccountType.ASSET else -row.balance
