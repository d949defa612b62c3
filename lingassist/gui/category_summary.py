"""CategorySummary: one month's spending by category, as a donut and a ranked list."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCharts import QChart, QChartView, QPieSeries, QPieSlice
from PySide6.QtCore import QMargins, Qt, Signal
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
from lingassist.services.context import AppContext
from lingassist.services.formatting import money_text
from lingassist.services.reports import build_report

SLICE_COLORS = (
    "#2f6fde",
    "#e0773a",
    "#2a9d8f",
    "#c44569",
    "#8e6cd1",
    "#e9b949",
    "#5b8c5a",
    "#d1495b",
    "#4aa3c9",
    "#9c7a5b",
)
OTHERS_COLOR = "#b8bcc4"
LISTED = 7


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
        self._title.setText(period.label)
        self._total.setText(money_text(total, self._currency(), self._context.settings.locale))
        self._caption.setText(f"spent in {len(rows)} categories" if rows else "nothing spent yet")
        self._fill_chart(rows)
        self._fill_rows(rows, total)

    def _build(self) -> None:
        previous = _arrow(
            "‹", "Previous month", lambda: self.show_month(add_months(self._month, -1))
        )
        following = _arrow("›", "Next month", lambda: self.show_month(add_months(self._month, 1)))
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
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self._total, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self._caption, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(view)
        layout.addLayout(self._rows)
        layout.addStretch(1)

    def _fill_chart(self, rows: list[ReportRow]) -> None:
        self._series.clear()
        for index, row in enumerate(rows[:LISTED]):
            piece = self._series.append(row.label, float(row.amount))  # drawing only, not money
            piece.setColor(QColor(SLICE_COLORS[index % len(SLICE_COLORS)]))
            piece.setBorderColor(QColor("white"))
            piece.setProperty("code", row.key)
        rest = sum((row.amount for row in rows[LISTED:]), Decimal(0))
        if rest:
            piece = self._series.append("Everything else", float(rest))
            piece.setColor(QColor(OTHERS_COLOR))

    def _fill_rows(self, rows: list[ReportRow], total: Decimal) -> None:
        while self._rows.count():
            item = self._rows.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        locale = self._context.settings.locale
        for index, row in enumerate(rows[:LISTED]):
            dot = QLabel("●")
            dot.setStyleSheet(f"color: {SLICE_COLORS[index % len(SLICE_COLORS)]}")
            dot.setFixedWidth(14)
            color = SLICE_COLORS[index % len(SLICE_COLORS)]
            share = QProgressBar(maximum=1000, textVisible=False, objectName="shareBar")
            share.setStyleSheet(f"QProgressBar::chunk {{ background: {color}; }}")
            share.setValue(int(row.amount * 1000 / total) if total else 0)
            share.setFixedHeight(4)
            amount = QLabel(money_text(row.amount, row.currency, locale))
            amount.setAlignment(Qt.AlignmentFlag.AlignRight)
            self._rows.addWidget(dot, index * 2, 0)
            self._rows.addWidget(QLabel(row.label), index * 2, 1)
            self._rows.addWidget(amount, index * 2, 2)
            self._rows.addWidget(share, index * 2 + 1, 1, 1, 2)

    def _slice_clicked(self, piece: QPieSlice) -> None:
        code = piece.property("code")
        if code:
            self.category_clicked.emit(code)

    def _currency(self) -> str:
        return self._context.settings.default_currency


def _arrow(text: str, tip: str, action) -> QToolButton:  # type: ignore[no-untyped-def]
    button = QToolButton(text=text, toolTip=tip, autoRaise=True, objectName="monthArrow")
    button.clicked.connect(action)
    return button
