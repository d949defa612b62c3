"""TrendChart: spending per month over the last twelve months, as bars, with the amounts
on the value axis (compact for large currencies: "5 Tr", "5M")."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChartView, QValueAxis
from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize, Qt, Signal
from PySide6.QtWidgets import QWidget

from lingassist.gui.chart_style import (
    CHART_HEIGHT,
    HoverTip,
    chart_view,
    color_axis,
    color_bars,
    quiet_axis,
    quiet_chart,
)
from lingassist.gui.style import colors, theme_changed
from lingassist.services.dashboard import TrendPoint
from lingassist.services.formatting import axis_scale, date_text, money_text

TREND_HINT = QT_TRANSLATE_NOOP(
    "TrendChart", "Point at a month for its total; click it to list that month's spending"
)


SHORT_MONTH = 5  # characters of a month's label under a bar ("févr.", "Sept")


def month_labels(points: Sequence[TrendPoint], locale: str) -> list[str]:
    """The months' short names ("Dec", "déc."), or their numbers where the language's short
    names are long ("Tháng 12" -> "12"), so that twelve fit under the bars."""
    if all(len(p.label) <= SHORT_MONTH for p in points):
        return [p.label for p in points]
    return [date_text(p.month, locale, style="M") for p in points]


class TrendChart(QChartView):
    """One bar per month, the latest month highlighted; clicking a bar emits its month."""

    month_clicked = Signal(object)  # date, first day of the month

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._points: list[TrendPoint] = []
        self._currency = ""
        self._locale = "en_US"
        self.series = QBarSeries()
        self.series.setBarWidth(0.62)
        self.series.clicked.connect(self._bar_clicked)
        self.series.hovered.connect(self._bar_hovered)
        self.bars = QBarSet(self.tr("Spent"))
        self.series.append(self.bars)
        self._months = quiet_axis(QBarCategoryAxis(), grid=False, size=7.5)
        self._months.setTruncateLabels(False)  # QtCharts elides even labels that fit
        self._values = quiet_axis(QValueAxis(tickCount=4), grid=True)
        self._values.setLabelFormat("%.0f")
        chart = quiet_chart()
        chart.addSeries(self.series)
        chart.addAxis(self._months, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self._values, Qt.AlignmentFlag.AlignLeft)
        self.series.attachAxis(self._months)
        self.series.attachAxis(self._values)
        chart_view(chart, self)
        self.setMinimumHeight(180)
        self._tip = HoverTip(self, self.tr(TREND_HINT))
        self.recolor()
        theme_changed().connect(self.recolor)

    def recolor(self) -> None:
        """Paint bars and axes in the current light/dark scheme."""
        scheme = colors()
        color_bars(self.bars, scheme.chart_trend, scheme.chart_current)
        color_axis(self._months)
        color_axis(self._values)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(360, CHART_HEIGHT)

    @property
    def points(self) -> list[TrendPoint]:
        """The months shown, oldest first."""
        return list(self._points)

    def show_trend(self, points: Sequence[TrendPoint], currency: str, locale: str) -> None:
        """Show the months (oldest first); the last one is highlighted."""
        self._points = list(points)
        self._currency, self._locale = currency, locale
        self.bars.remove(0, self.bars.count())
        self._months.clear()
        largest = max((p.amount for p in self._points), default=Decimal(0))
        scale, suffix = axis_scale(largest, locale)  # "5 Tr" for millions of dong, not 5000000
        self._values.setLabelFormat("%.0f" if scale == 1 else f"%g{suffix.replace('%', '%%')}")
        self.bars.append([float(p.amount) / scale for p in self._points])  # drawing only
        self._months.append(month_labels(self._points, locale))
        if self._points:
            self.bars.selectBar(len(self._points) - 1)
        self._values.setRange(0, float(largest) / scale or 1.0)
        self._values.applyNiceNumbers()

    def tooltip_for(self, index: int) -> str:
        """The exact amount spent in the month at `index`."""
        point = self._points[index]
        month = date_text(point.month, self._locale, style="LLLL y")
        return f"{month}: {money_text(point.amount, self._currency, self._locale)}"

    def _bar_clicked(self, index: int, _bar_set: QBarSet) -> None:
        if 0 <= index < len(self._points):
            self.month_clicked.emit(self._points[index].month)

    def _bar_hovered(self, status: bool, index: int, _bar_set: QBarSet) -> None:
        on_bar = status and 0 <= index < len(self._points)
        self._tip.hover(self.tooltip_for(index) if on_bar else None)
