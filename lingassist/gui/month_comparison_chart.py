"""MonthComparisonChart: this month's spending next to last month's, per primary category."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt, Signal
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
from lingassist.gui.translation import shown_category
from lingassist.services.dashboard import CategoryComparison
from lingassist.services.formatting import axis_scale, money_text

LABEL_CHARACTERS = 20
COMPARISON_HINT = QT_TRANSLATE_NOOP(
    "MonthComparisonChart",
    "Point at a bar for the exact amounts; click it to list that category's spending",
)


class MonthComparisonChart(QChartView):
    """Horizontal bars, two per category (last month pale, this month blue), the largest
    category on top. Clicking a category's bar emits its code."""

    category_clicked = Signal(str)  # primary category code

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[CategoryComparison] = []  # in axis order: bottom to top
        self._currency = ""
        self._locale = "en_US"
        self.series = QHorizontalBarSeries()
        self.series.setBarWidth(0.78)
        self.series.clicked.connect(self._bar_clicked)
        self.series.hovered.connect(self._bar_hovered)
        self.last_month = QBarSet(self.tr("Last month"))
        self.this_month = QBarSet(self.tr("This month"))
        self.series.append(self.last_month)
        self.series.append(self.this_month)
        self._categories = quiet_axis(QBarCategoryAxis(), grid=False)
        self._values = quiet_axis(QValueAxis(labelFormat="%.0f", tickCount=4), grid=True)
        chart = quiet_chart()
        chart.addSeries(self.series)
        chart.addAxis(self._categories, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(self._values, Qt.AlignmentFlag.AlignBottom)
        self.series.attachAxis(self._categories)
        self.series.attachAxis(self._values)
        chart_view(chart, self)
        self.setMinimumHeight(180)
        self._tip = HoverTip(self, self.tr(COMPARISON_HINT))
        self.recolor()
        theme_changed().connect(self.recolor)

    def recolor(self) -> None:
        """Paint bars and axes in the current light/dark scheme."""
        scheme = colors()
        color_bars(self.last_month, scheme.chart_previous)
        color_bars(self.this_month, scheme.chart_current)
        color_axis(self._categories)
        color_axis(self._values)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(360, CHART_HEIGHT)

    @property
    def codes(self) -> list[str]:
        """Category codes from top to bottom ("" for "Everything else")."""
        return [row.code for row in reversed(self._rows)]

    def show_comparison(
        self,
        rows: Sequence[CategoryComparison],
        this_label: str,
        last_label: str,
        currency: str,
        locale: str,
    ) -> None:
        """Show the categories (largest first) for this month and the month before."""
        self._rows = list(reversed(rows))
        self._currency, self._locale = currency, locale
        self.this_month.setLabel(this_label)
        self.last_month.setLabel(last_label)
        self.last_month.remove(0, self.last_month.count())
        self.this_month.remove(0, self.this_month.count())
        self._categories.clear()
        largest = max((max(r.this_month, r.last_month) for r in self._rows), default=Decimal(0))
        scale, suffix = axis_scale(largest, locale)  # "5 Tr" for millions of dong, not 5000000
        self._values.setLabelFormat("%.0f" if scale == 1 else f"%g{suffix.replace('%', '%%')}")
        # drawing only: QtCharts wants floats; the tooltips and lists show exact Decimals
        self.last_month.append([float(row.last_month) / scale for row in self._rows])
        self.this_month.append([float(row.this_month) / scale for row in self._rows])
        self._categories.append([_short(_name(row)) for row in self._rows])
        self._values.setRange(0, float(largest) / scale or 1.0)
        self._values.applyNiceNumbers()

    def tooltip_for(self, index: int) -> str:
        """The exact amounts of the category at axis position `index`."""
        row = self._rows[index]
        now = money_text(row.this_month, self._currency, self._locale)
        before = money_text(row.last_month, self._currency, self._locale)
        return (
            f"{_name(row)}\n{self.this_month.label()}: {now}\n{self.last_month.label()}: {before}"
        )

    def _bar_clicked(self, index: int, _bar_set: QBarSet) -> None:
        if 0 <= index < len(self._rows) and self._rows[index].code:
            self.category_clicked.emit(self._rows[index].code)

    def _bar_hovered(self, status: bool, index: int, _bar_set: QBarSet) -> None:
        on_bar = status and 0 <= index < len(self._rows)
        self._tip.hover(self.tooltip_for(index) if on_bar else None)


def _name(row: CategoryComparison) -> str:
    """The category's name in the window's language; "Everything else" (no code) as the
    month panel says it."""
    if row.code:
        return shown_category(row.code, row.name)
    return QCoreApplication.translate("CategorySummary", "Everything else")


def _short(name: str) -> str:
    """Category names on the axis stay short enough not to squeeze the bars."""
    if len(name) <= LABEL_CHARACTERS:
        return name
    return name[: LABEL_CHARACTERS - 1].rstrip() + "…"
