"""Shared look of the dashboard's charts: transparent, no frame, small quiet axis labels.

Functions only (no widget classes): the charts call them while building themselves.
"""

from __future__ import annotations

from PySide6.QtCharts import QAbstractAxis, QChart, QChartView
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen

THIS_MONTH_COLOR = "#2f6fde"
LAST_MONTH_COLOR = "#b9c8e8"
TREND_COLOR = "#9db8ef"
AXIS_TEXT_COLOR = "#5f6673"
GRID_COLOR = "#e6e8ec"
CHART_HEIGHT = 220  # preferred height of a chart, so the dashboard fits 1280×800


def quiet_chart() -> QChart:
    """A chart with no background, title or margins; the legend hidden."""
    chart = QChart()
    chart.setBackgroundVisible(False)
    chart.setMargins(QMargins(0, 0, 0, 0))
    chart.setBackgroundRoundness(0)
    chart.layout().setContentsMargins(0, 0, 0, 0)
    chart.legend().hide()
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    return chart


def quiet_axis(axis: QAbstractAxis, *, grid: bool, size: float = 8) -> QAbstractAxis:
    """Small grey labels (`size` points), no axis line; faint grid lines if `grid`."""
    font = QFont()
    font.setPointSizeF(size)
    axis.setLabelsFont(font)
    axis.setLabelsColor(QColor(AXIS_TEXT_COLOR))
    axis.setLineVisible(False)
    axis.setGridLineVisible(grid)
    axis.setGridLinePen(QPen(QColor(GRID_COLOR), 1))
    axis.setMinorGridLineVisible(False)
    return axis


def chart_view(chart: QChart, view: QChartView) -> None:
    """Set up a chart view to show `chart` calmly and with a pointing hand over bars."""
    view.setChart(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setStyleSheet("background: transparent")
    view.setFrameShape(QChartView.Shape.NoFrame)
    view.setCursor(Qt.CursorShape.PointingHandCursor)
