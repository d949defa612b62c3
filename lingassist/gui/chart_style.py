"""Shared look of the dashboard's charts: transparent, no frame, small quiet axis labels.

Functions only (no widget classes): the charts call them while building themselves, and
`color_axis` again when the light/dark scheme changes.
"""

from __future__ import annotations

from PySide6.QtCharts import QAbstractAxis, QBarSet, QChart, QChartView
from PySide6.QtCore import QEvent, QMargins, QObject, Qt
from PySide6.QtGui import QColor, QCursor, QFont, QPainter, QPen
from PySide6.QtWidgets import QToolTip

from lingassist.gui.style import colors

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
    axis.setLineVisible(False)
    axis.setGridLineVisible(grid)
    axis.setMinorGridLineVisible(False)
    color_axis(axis)
    return axis


def color_axis(axis: QAbstractAxis) -> None:
    """Axis labels and grid lines in the current scheme's quiet colours."""
    scheme = colors()
    axis.setLabelsColor(QColor(scheme.axis_text))
    axis.setGridLinePen(QPen(QColor(scheme.grid), 1))


def color_bars(bar_set: QBarSet, color: str, selected: str | None = None) -> None:
    """Fill and outline a bar set in one colour (`selected` for a selected bar)."""
    bar_set.setColor(QColor(color))
    bar_set.setBorderColor(QColor(color))
    if selected is not None:
        bar_set.setSelectedColor(QColor(selected))


def chart_view(chart: QChart, view: QChartView) -> None:
    """Set up a chart view to show `chart` calmly and with a pointing hand over bars."""
    view.setChart(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setStyleSheet("background: transparent")
    view.setFrameShape(QChartView.Shape.NoFrame)
    view.setCursor(Qt.CursorShape.PointingHandCursor)
    view.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # pointed at; the ledger's filters are the keys
    view.viewport().setFocusPolicy(Qt.FocusPolicy.NoFocus)


class HoverTip(QObject):
    """The tooltip of a chart's bar or slice, kept up while the mouse rests on it.

    A chart's scene hides an item's tooltip as soon as the mouse stops moving; this answers
    every tooltip event of the view's viewport with the hovered item's text, or with `hint`
    over the rest of the chart. The chart calls `hover` from its series' hovered signal.
    """

    def __init__(self, view: QChartView, hint: str) -> None:
        super().__init__(view)
        self._view, self._hint, self._text = view, hint, ""
        view.setToolTip(hint)
        view.viewport().installEventFilter(self)

    def hover(self, text: str | None) -> None:
        """Show `text` for the item now under the mouse; None when the mouse left it."""
        self._text = text or ""
        if self._text:
            QToolTip.showText(QCursor.pos(), self._text, self._view)
        else:
            QToolTip.hideText()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.ToolTip:
            QToolTip.showText(QCursor.pos(), self._text or self._hint, self._view)
            return True
        return super().eventFilter(watched, event)
