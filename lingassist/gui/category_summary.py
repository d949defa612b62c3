"""CategorySummary: one month's spending by category, as a donut and a ranked list."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCharts import QChart, QChartView, QPieSeries, QPieSlice
from PySide6.QtCore import QT_TRANSLATE_NOOP, QMargins, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from lingassist.core.periods import add_months, month_period
from lingassist.core.reports import ReportDimension, ReportRow
from lingassist.gui.chart_style import HoverTip
from lingassist.gui.layout_clearing import clear_layout
from lingassist.gui.month_title import month_title
from lingassist.gui.style import colors, theme_changed
from lingassist.gui.translation import shown_category
from lingassist.services.context import AppContext
from lingassist.services.formatting import money_text
from lingassist.services.reports import build_report

LISTED = 7
SLICE_HINT = QT_TRANSLATE_NOOP(
    "CategorySummary", "Click a slice to list that category's spending in the ledger"
)


class CategorySummary(QWidget):
    """Spending of one month by primary category; arrows move between months."""

    category_clicked = Signal(str)  # primary category code

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._month = context.today().replace(day=1)
        self._title = QLabel(objectName="summaryTitle")
        self._total = QLabel(objectName="summaryTotal")
        self._caption = QLabel(objectName="summaryCaption")
        self._series = QPieSeries()
        self._series.setHoleSize(0.5)
        self._series.setPieSize(0.95)
        self._series.clicked.connect(self._slice_clicked)
        self._series.hovered.connect(self._slice_hovered)
        self._shown: tuple[list[ReportRow], Decimal] = ([], Decimal(0))
        self._rows = QGridLayout()
        self._rows.setHorizontalSpacing(8)
        self._rows.setVerticalSpacing(6)
        self._rows.setColumnStretch(1, 1)
        self._build()
        self.reload()

    @property
    def month(self) -> date:
        """First day of the month shown."""
        return self._month

    def show_month(self, first_day: date) -> None:
        """Show another month."""
        self._month = first_day.replace(day=1)
        self.reload()

    def reload(self) -> None:
        """Re-read the month's spending from the ledger."""
        period = month_period(self._month)
        report = build_report(self._context, period, ReportDimension.PRIMARY)
        rows = [row for row in report.rows if row.currency == self._currency()]
        total = sum((row.amount for row in rows), Decimal(0))
        self._title.setText(month_title(self._month, self._context.settings.locale))
        self._total.setText(money_text(total, self._currency(), self._context.settings.locale))
        self._caption.setText(
            self.tr("spent in %Ln categories", "", len(rows))
            if rows
            else self.tr("nothing spent yet")
        )
        self._shown = (rows, total)
        self.recolor()

    def recolor(self) -> None:
        """Draw the donut and the list again in the current light/dark scheme."""
        rows, total = self._shown
        named, others = _named_and_others(rows)
        rest = sum((row.amount for row in others), Decimal(0))
        self._fill_chart(named, rest)
        self._fill_rows(named, rest, total)

    def _build(self) -> None:
        self.previous_button = previous = _arrow(
            "‹", self.tr("Previous month"), lambda: self.show_month(add_months(self._month, -1))
        )
        self.next_button = following = _arrow(
            "›", self.tr("Next month"), lambda: self.show_month(add_months(self._month, 1))
        )
        header = QHBoxLayout()
        header.addWidget(previous)
        header.addWidget(self._title, 1, Qt.AlignmentFlag.AlignCenter)
        header.addWidget(following)
        chart = QChart()
        chart.addSeries(self._series)
        chart.legend().hide()
        chart.setBackgroundVisible(False)
        chart.setMargins(QMargins(0, 0, 0, 0))
        view = QChartView(chart)
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.setMinimumHeight(190)
        view.setStyleSheet("background: transparent")
        view.setCursor(Qt.CursorShape.PointingHandCursor)
        view.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the ledger's filters do it by keyboard
        view.viewport().setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._tip = HoverTip(view, self.tr(SLICE_HINT))
        self._chart_view = view
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self._total, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self._caption, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(view)
        layout.addLayout(self._rows)
        layout.addStretch(1)
        theme_changed().connect(self.recolor)

    def focus_chain(self) -> list[QWidget]:
        """The month arrows (a slice is clicked; the ledger's filters do it by keyboard)."""
        return [self.previous_button, self.next_button]

    def _fill_chart(self, named: list[ReportRow], rest: Decimal) -> None:
        self._series.clear()
        scheme, locale = colors(), self._context.settings.locale
        edge = QColor(self.palette().color(self.palette().ColorRole.Base))
        for index, row in enumerate(named):
            name = shown_category(row.key, row.label)
            piece = self._series.append(name, float(row.amount))  # drawing only, not money
            piece.setColor(QColor(scheme.slices[index % len(scheme.slices)]))
            piece.setBorderColor(edge)
            piece.setProperty("code", row.key)
            piece.setProperty("tip", f"{name}: {money_text(row.amount, row.currency, locale)}")
        if rest:
            piece = self._series.append(self.tr("Everything else"), float(rest))
            piece.setColor(QColor(scheme.slice_others))
            piece.setBorderColor(edge)
            currency = self._currency()
            piece.setProperty(
                "tip",
                self.tr("Everything else: {amount}").format(
                    amount=money_text(rest, currency, locale)
                ),
            )

    def _fill_rows(self, named: list[ReportRow], rest: Decimal, total: Decimal) -> None:
        clear_layout(self._rows)
        scheme = colors()
        for index, row in enumerate(named):
            name = shown_category(row.key, row.label)
            color = scheme.slices[index % len(scheme.slices)]
            self._add_row(index, color, name, row.amount, total)
        if rest:  # the chart's grey slice, listed too: "spent in 9 categories" names them all
            self._add_row(LISTED, scheme.slice_others, self.tr("Everything else"), rest, total)

    def _add_row(self, index: int, color: str, name: str, amount: Decimal, total: Decimal) -> None:
        """One line of the list: its colour's dot, its name, its amount and its share bar."""
        dot = QLabel("●")
        dot.setStyleSheet(f"color: {color}")
        dot.setFixedWidth(14)
        share = QProgressBar(maximum=1000, textVisible=False, objectName="shareBar")
        share.setStyleSheet(f"QProgressBar::chunk {{ background: {color}; }}")
        share.setValue(int(amount * 1000 / total) if total else 0)
        share.setFixedHeight(4)
        shown = QLabel(money_text(amount, self._currency(), self._context.settings.locale))
        shown.setAlignment(Qt.AlignmentFlag.AlignRight)
        self._rows.addWidget(dot, index * 2, 0)
        self._rows.addWidget(QLabel(name), index * 2, 1)
        self._rows.addWidget(shown, index * 2, 2)
        self._rows.addWidget(share, index * 2 + 1, 1, 1, 2)

    def _slice_clicked(self, piece: QPieSlice) -> None:
        code = piece.property("code")
        if code:
            self.category_clicked.emit(code)

    def _slice_hovered(self, piece: QPieSlice, state: bool) -> None:
        self._tip.hover(str(piece.property("tip") or "") if state else None)

    def _currency(self) -> str:
        return self._context.settings.default_currency


def _named_and_others(rows: list[ReportRow]) -> tuple[list[ReportRow], list[ReportRow]]:
    """The categories named in the chart and the list, and those shown together as
    "Everything else": never one alone (eight categories are all named)."""
    if len(rows) <= LISTED + 1:
        return rows, []
    return rows[:LISTED], rows[LISTED:]


def _arrow(text: str, tip: str, action) -> QToolButton:  # type: ignore[no-untyped-def]
    button = QToolButton(text=text, toolTip=tip, autoRaise=True, objectName="monthArrow")
    button.clicked.connect(action)
    return button
