"""DashboardView: one month at a glance — spending against the month before, the year's
trend, budgets, the largest merchants, the payments still to go out and the subscriptions."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from lingassist.core.money import round_money
from lingassist.core.periods import add_months
from lingassist.gui.budget_list import BudgetList
from lingassist.gui.dashboard_card import DashboardCard
from lingassist.gui.elided_label import ElidedLabel
from lingassist.gui.focus import chain_focus
from lingassist.gui.layout_clearing import clear_layout
from lingassist.gui.month_comparison_chart import MonthComparisonChart
from lingassist.gui.month_title import month_title
from lingassist.gui.style import colors, theme_changed
from lingassist.gui.trend_chart import TrendChart
from lingassist.services.context import AppContext
from lingassist.services.dashboard import Dashboard, dashboard
from lingassist.services.formatting import date_text, money_text
from lingassist.services.recurring import Repeating, monthly_cost

NO_MERCHANTS = QT_TRANSLATE_NOOP("DashboardView", "Nothing spent this month yet.")
NO_PAYMENTS = QT_TRANSLATE_NOOP("DashboardView", "No payments waiting for the bank.")
NO_SUBSCRIPTIONS = QT_TRANSLATE_NOOP(
    "DashboardView",
    "No repeating charges found yet: three charges at a steady rhythm, or an entry logged "
    "as repeating (“netflix 15.99 monthly”), show up here.",
)
RHYTHMS = {  # services.recurring's rhythms, as the window says them after an amount
    "weekly": QT_TRANSLATE_NOOP("DashboardView", "weekly"),
    "monthly": QT_TRANSLATE_NOOP("DashboardView", "monthly"),
    "yearly": QT_TRANSLATE_NOOP("DashboardView", "yearly"),
}
translate = QCoreApplication.translate
SUBSCRIPTIONS_SHOWN = 8
TWO_COLUMNS_FROM = 660  # page width from which the cards stand in two columns


class DashboardView(QWidget):
    """The dashboard page: a header with the month and its total, then cards in two columns.
    Clicking a category's bar or a month's bar asks for the ledger to be filtered."""

    category_clicked = Signal(str)  # primary category code
    month_clicked = Signal(object)  # date, first day of the month

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._month = context.today().replace(day=1)
        self.data: Dashboard | None = None
        self.title = QLabel(objectName="dashboardTitle")
        self.total = QLabel(objectName="dashboardTotal")
        self.change = QLabel(objectName="dashboardChange", wordWrap=True)  # narrow: 2 lines
        self.change.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.comparison = MonthComparisonChart()
        self.trend = TrendChart()
        self.budgets = BudgetList()
        self.merchants = QWidget()
        self.payments = QWidget()
        self.subscriptions = QWidget()
        self._merchant_rows = _list_grid(self.merchants)
        self._payment_rows = _list_grid(self.payments)
        self._subscription_rows = _list_grid(self.subscriptions)
        self.cards = {
            "comparison": DashboardCard(self.tr("This month vs last"), self.comparison),
            "trend": DashboardCard(self.tr("Spending, last 12 months"), self.trend),
            "budgets": DashboardCard(self.tr("Budgets"), self.budgets),
            "merchants": DashboardCard(self.tr("Top merchants"), self.merchants),
            "payments": DashboardCard(self.tr("Upcoming payments"), self.payments),
            "subscriptions": DashboardCard(
                self.tr("Subscriptions and repeating charges"), self.subscriptions
            ),
        }
        self._build()
        self.comparison.category_clicked.connect(self.category_clicked)
        self.trend.month_clicked.connect(self.month_clicked)
        self.reload()
        theme_changed().connect(self._recolor)
        chain_focus(self.focus_chain())

    def focus_chain(self) -> list[QWidget]:
        """The month arrows (the charts are pointed at; the ledger filters do the same)."""
        return [self.previous_button, self.next_button]

    @property
    def month(self) -> date:
        """First day of the month shown."""
        return self._month

    def show_month(self, first_day: date) -> None:
        """Show another month."""
        self._month = first_day.replace(day=1)
        self.reload()

    def reload(self) -> None:
        """Re-read the month's figures from the ledger."""
        data = dashboard(self._context, self._month)
        self.data = data
        locale = self._context.settings.locale
        self.title.setText(month_title(data.month, locale))
        self.total.setText(money_text(data.spent, data.currency, locale))
        self.change.setText(_change_text(data, locale))
        this_month, last_month = _short_month(data.month, locale), _previous_month(data, locale)
        self.comparison.show_comparison(
            data.categories, this_month, last_month, data.currency, locale
        )
        self.cards["comparison"].caption.setText(_legend(data, locale))
        self.trend.show_trend(data.trend, data.currency, locale)
        average = money_text(data.monthly_average, data.currency, locale)
        self.cards["trend"].caption.setText(self.tr("average {amount}").format(amount=average))
        self.budgets.show_budgets(data.budgets, locale)
        over = sum(1 for line in data.budgets if line.state == "over")
        self.cards["budgets"].caption.setText(self.tr("%Ln over", "", over) if over else "")
        self._fill_merchants(data, locale)
        self._fill_payments(data, locale)
        self._fill_subscriptions(data, locale)

    def _recolor(self) -> None:
        if self.data is not None:
            self.cards["comparison"].caption.setText(
                _legend(self.data, self._context.settings.locale)
            )

    def _build(self) -> None:
        self.previous_button = _arrow(
            "‹",
            self.tr("Previous month (Alt+Left)"),
            lambda: self.show_month(add_months(self._month, -1)),
        )
        self.next_button = _arrow(
            "›",
            self.tr("Next month (Alt+Right)"),
            lambda: self.show_month(add_months(self._month, 1)),
        )
        self.previous_button.setShortcut(QKeySequence("Alt+Left"))
        self.next_button.setShortcut(QKeySequence("Alt+Right"))
        previous, following = self.previous_button, self.next_button
        header = QHBoxLayout()
        header.setSpacing(4)
        header.addWidget(previous)
        header.addWidget(self.title)
        header.addWidget(following)
        header.addStretch(1)
        figures = QVBoxLayout()
        figures.setSpacing(0)
        figures.addWidget(self.total, 0, Qt.AlignmentFlag.AlignRight)
        figures.addWidget(self.change)
        header.addLayout(figures, 1)
        self._grid = grid = QGridLayout()
        grid.setSpacing(12)
        self._columns = 0
        self._content = content = QWidget(objectName="dashboardContent")
        inner = QVBoxLayout(content)
        inner.setContentsMargins(4, 0, 4, 4)
        inner.setSpacing(10)
        inner.addLayout(header)
        inner.addLayout(grid)
        inner.addStretch(1)
        scroll = QScrollArea(objectName="dashboardScroll", widgetResizable=True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self._place_cards(2)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        """Two columns of cards where they fit, one below each other where they do not."""
        self._place_cards(2 if event.size().width() >= TWO_COLUMNS_FROM else 1)
        super().resizeEvent(event)

    def _place_cards(self, columns: int) -> None:
        if columns == self._columns:
            return
        self._columns = columns
        grid, cards = self._grid, self.cards
        for card in cards.values():
            grid.removeWidget(card)
        if columns == 2:
            grid.addWidget(cards["comparison"], 0, 0)
            grid.addWidget(cards["trend"], 0, 1)
            grid.addWidget(cards["budgets"], 1, 0, 2, 1)
            grid.addWidget(cards["merchants"], 1, 1)
            grid.addWidget(cards["payments"], 2, 1)
            grid.addWidget(cards["subscriptions"], 3, 0, 1, 2)
        else:
            order = ("comparison", "trend", "budgets", "merchants", "payments", "subscriptions")
            for row, name in enumerate(order):
                grid.addWidget(cards[name], row, 0)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1 if columns == 2 else 0)
        QTimer.singleShot(0, self._content.layout().invalidate)  # laid out again, at its width

    def _fill_merchants(self, data: Dashboard, locale: str) -> None:
        rows = [
            (m.name, _purchases(m.count), money_text(m.amount, data.currency, locale))
            for m in data.merchants
        ]
        _fill(self._merchant_rows, rows, self.tr(NO_MERCHANTS))

    def _fill_payments(self, data: Dashboard, locale: str) -> None:
        today = self._context.today()
        rows = [
            (
                payment.payee,
                _when(payment.date, today, locale),
                money_text(payment.amount, payment.currency, locale),
            )
            for payment in data.payments
        ]
        _fill(self._payment_rows, rows, self.tr(NO_PAYMENTS))
        waiting = len(data.payments)
        self.cards["payments"].caption.setText(
            self.tr("%Ln pending", "", waiting) if waiting else ""
        )

    def _fill_subscriptions(self, data: Dashboard, locale: str) -> None:
        shown = data.subscriptions[:SUBSCRIPTIONS_SHOWN]
        rows = [
            (
                charge.merchant,
                _repeats(charge, locale),
                f"{money_text(charge.amount, charge.currency, locale)} {_rhythm(charge.rhythm)}",
            )
            for charge in shown
        ]
        _fill(self._subscription_rows, rows, self.tr(NO_SUBSCRIPTIONS))
        self.cards["subscriptions"].caption.setText(_subscription_costs(data, locale))


def _repeats(charge: Repeating, locale: str) -> str:
    """ "next 5 Dec", "missed 5 Nov?", "next 5 Dec · up from €15.49"."""
    due = date_text(charge.next_due, locale, style="d MMM")
    if charge.missed:
        text = translate("DashboardView", "missed {date}?").format(date=due)
    else:
        text = translate("DashboardView", "next {date}").format(date=due)
    change = charge.price_change
    if change is not None:
        before = money_text(change.before, charge.currency, locale)
        if change.after > change.before:
            moved = translate("DashboardView", "up from {amount}").format(amount=before)
        else:
            moved = translate("DashboardView", "down from {amount}").format(amount=before)
        text += f" · {moved}"
    return text


def _rhythm(rhythm: str) -> str:
    return translate("DashboardView", RHYTHMS[rhythm]) if rhythm in RHYTHMS else rhythm


def _subscription_costs(data: Dashboard, locale: str) -> str:
    """ "€27.98 a month · €335.76 a year" in the default currency (others are left out)."""
    same = [c for c in data.subscriptions if c.currency == data.currency and not c.missed]
    if not same:
        return ""
    month = round_money(sum((monthly_cost(c) for c in same), Decimal(0)), data.currency)
    return translate("DashboardView", "{month} a month · {year} a year").format(
        month=money_text(month, data.currency, locale),
        year=money_text(month * 12, data.currency, locale),
    )


def _list_grid(holder: QWidget) -> QGridLayout:
    grid = QGridLayout(holder)
    grid.setContentsMargins(0, 0, 0, 0)
    grid.setHorizontalSpacing(10)
    grid.setVerticalSpacing(7)
    grid.setColumnStretch(0, 1)
    grid.setAlignment(Qt.AlignmentFlag.AlignTop)
    return grid


def _fill(grid: QGridLayout, rows: Sequence[tuple[str, str, str]], empty: str) -> None:
    """Replace the grid's rows with (name, detail, amount) lines, or an empty-state note."""
    clear_layout(grid)
    if not rows:
        grid.addWidget(QLabel(empty, objectName="emptyState", wordWrap=True), 0, 0, 1, 3)
        return
    for index, (name, detail, amount) in enumerate(rows):
        name_label = ElidedLabel(name, objectName="listName")
        amount_label = QLabel(amount, objectName="listAmount")
        amount_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        grid.addWidget(name_label, index, 0)
        grid.addWidget(QLabel(detail, objectName="listDetail"), index, 1)
        grid.addWidget(amount_label, index, 2)


def _change_text(data: Dashboard, locale: str) -> str:
    """ "spent · €116.95 more than October"; the month in running text ("MMMM": Vietnamese
    writes "tháng 10" in a sentence, "Tháng 10" standing alone)."""
    previous = date_text(add_months(data.month, -1), locale, style="MMMM")
    if not data.previous_spent:
        return translate("DashboardView", "spent · nothing in {month}").format(month=previous)
    difference = data.spent - data.previous_spent
    if not difference:
        return translate("DashboardView", "spent · the same as {month}").format(month=previous)
    amount = money_text(abs(difference), data.currency, locale)
    if difference > 0:
        text = translate("DashboardView", "spent · {amount} more than {month}")
    else:
        text = translate("DashboardView", "spent · {amount} less than {month}")
    return text.format(amount=amount, month=previous)


def _legend(data: Dashboard, locale: str) -> str:
    this_month, last_month = _short_month(data.month, locale), _previous_month(data, locale)
    scheme = colors()
    return (
        f'<span style="color:{scheme.chart_current}">■</span> {this_month}&nbsp;&nbsp;'
        f'<span style="color:{scheme.chart_previous}">■</span> {last_month}'
    )


def _short_month(first_day: date, locale: str) -> str:
    return date_text(first_day, locale, style="LLLL")


def _previous_month(data: Dashboard, locale: str) -> str:
    return _short_month(add_months(data.month, -1), locale)


def _purchases(count: int) -> str:
    return translate("DashboardView", "%Ln purchase(s)", "", count)


def _when(day: date, today: date, locale: str) -> str:
    if day < today:
        due = date_text(day, locale, style="d MMM")
        return translate("DashboardView", "overdue · {date}").format(date=due)
    if day == today:
        return translate("DashboardView", "today")
    return date_text(day, locale, style="d MMM")


def _arrow(text: str, tip: str, action) -> QToolButton:  # type: ignore[no-untyped-def]
    button = QToolButton(text=text, toolTip=tip, autoRaise=True, objectName="monthArrow")
    button.clicked.connect(action)
    return button
