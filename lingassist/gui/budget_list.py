"""BudgetList: every monthly budget as a line of text over a progress bar that turns amber
from 80 % and red past the limit."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QProgressBar, QVBoxLayout, QWidget

from lingassist.gui.elided_label import ElidedLabel
from lingassist.gui.layout_clearing import clear_layout
from lingassist.gui.style import colors, theme_changed
from lingassist.gui.translation import shown_category
from lingassist.services.dashboard import BudgetLine
from lingassist.services.formatting import money_text

BAR_STEPS = 1000
EMPTY_TEXT = QT_TRANSLATE_NOOP(
    "BudgetList", "No budgets yet. Try “set a budget of 200 for groceries”."
)


@dataclass(frozen=True)
class BudgetRow:
    """The widgets that show one budget (kept for tests and reloads).

    Attributes:
        line: the budget shown.
        name: the category's name.
        amounts: "€81.00 of €80.00 — over by €1.29".
        bar: the progress bar, coloured by the budget's state.
    """

    line: BudgetLine
    name: QLabel
    amounts: QLabel
    bar: QProgressBar


class BudgetList(QWidget):
    """Budgets with what the month used of them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[BudgetRow] = []
        self._grid = QGridLayout()
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(8)
        self._grid.setVerticalSpacing(4)
        self._grid.setColumnStretch(0, 1)
        self.empty = QLabel(self.tr(EMPTY_TEXT), objectName="emptyState", wordWrap=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._grid)
        layout.addWidget(self.empty)
        layout.addStretch(1)
        theme_changed().connect(self.recolor)

    def recolor(self) -> None:
        """Paint every bar and amount in the current light/dark scheme."""
        for row in self.rows:
            _paint(row)

    def show_budgets(self, lines: Sequence[BudgetLine], locale: str) -> None:
        """Replace the shown budgets."""
        clear_layout(self._grid)
        self.rows = [self._add(index, line, locale) for index, line in enumerate(lines)]
        self.empty.setVisible(not self.rows)

    def _add(self, index: int, line: BudgetLine, locale: str) -> BudgetRow:
        name = ElidedLabel(shown_category(line.code, line.name), objectName="budgetName")
        amounts = QLabel(budget_text(line, locale), objectName="budgetAmounts")
        amounts.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        bar = QProgressBar(maximum=BAR_STEPS, textVisible=False, objectName="budgetBar")
        bar.setValue(round(min(line.share, 1.0) * BAR_STEPS))
        bar.setFixedHeight(6)
        bar.setProperty("state", line.state)
        bar.setToolTip(
            self.tr("{share} of the monthly budget used").format(share=f"{line.share:.0%}")
        )
        row = index * 2
        self._grid.addWidget(name, row, 0)
        self._grid.addWidget(amounts, row, 1)
        self._grid.addWidget(bar, row + 1, 0, 1, 2)
        if index:
            self._grid.setRowMinimumHeight(row, 26)
        shown = BudgetRow(line, name, amounts, bar)
        _paint(shown)
        return shown


def _paint(row: BudgetRow) -> None:
    """Bar and amount coloured by the budget's state: calm, amber from 80 %, red over."""
    scheme = colors()
    text = {"warning": scheme.warning, "over": scheme.negative}.get(row.line.state)
    row.amounts.setStyleSheet(f"color: {text}" if text else "")
    row.bar.setStyleSheet(
        f"QProgressBar {{ border: none; border-radius: 3px; background: {scheme.track}; }}"
        "QProgressBar::chunk { border-radius: 3px; "
        f"background: {scheme.budget[row.line.state]}; }}"
    )


def budget_text(line: BudgetLine, locale: str) -> str:
    """ "€81.00 of €80.00 — over by €1.00" or "€45.20 of €80.00 — €34.80 left"."""
    spent = money_text(line.spent, line.currency, locale)
    limit = money_text(line.limit, line.currency, locale)
    if line.spent > line.limit:
        over = money_text(line.spent - line.limit, line.currency, locale)
        text = QCoreApplication.translate("BudgetList", "{spent} of {limit} — over by {over}")
        return text.format(spent=spent, limit=limit, over=over)
    left = money_text(line.limit - line.spent, line.currency, locale)
    text = QCoreApplication.translate("BudgetList", "{spent} of {limit} — {left} left")
    return text.format(spent=spent, limit=limit, left=left)
