"""The dashboard on real widgets (pytest-qt, offscreen), over the fixed ledger of
tests/services/test_dashboard.py (today is 2026-11-23, EUR, en_IE)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCharts import QChartView
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from lingassist.gui.dashboard_view import NO_MERCHANTS, NO_PAYMENTS, NO_SUBSCRIPTIONS, DashboardView
from lingassist.gui.style import colors
from lingassist.services.context import AppContext
from lingassist.services.entries import EntryRequest, record_entry
from tests.services.test_dashboard import fill_ledger

CODES_TOP_DOWN = [
    "RENT_AND_UTILITIES",
    "GENERAL_MERCHANDISE",
    "FOOD_AND_DRINK",
    "TRANSPORTATION",
    "ENTERTAINMENT",
    "PERSONAL_CARE",
    "",
]


@pytest.fixture
def view(qtbot: QtBot, context: AppContext) -> DashboardView:
    fill_ledger(context)
    shown = DashboardView(context)
    qtbot.addWidget(shown)
    shown.resize(780, 720)
    with qtbot.waitExposed(shown):
        shown.show()
    return shown


def texts(holder: QWidget) -> list[str]:
    """The texts of a list card's labels, row by row, left to right."""
    layout = holder.layout()
    found: list[QLabel] = []
    for row in range(layout.rowCount()):
        for column in range(layout.columnCount()):
            item = layout.itemAtPosition(row, column)
            label = item.widget() if item is not None else None
            if isinstance(label, QLabel) and label not in found:
                found.append(label)
    return [label.text() for label in found]


def bar_position(chart_view: QChartView, x: float, y: float) -> QPoint:
    """Where the chart's point (x, y) in axis values lies in the view's viewport."""
    chart = chart_view.chart()
    series = chart.series()[0]
    inside = chart.mapToPosition(QPointF(x, y), series)
    return chart_view.mapFromScene(chart.mapToScene(inside))


def test_header_shows_the_month_and_what_was_spent(view: DashboardView) -> None:
    assert view.title.text() == "November 2026"
    assert view.total.text() == "€1,166.15"
    assert view.change.text() == "spent · €116.95 more than October"


def test_month_comparison_chart(view: DashboardView) -> None:
    chart = view.comparison
    assert chart.codes == CODES_TOP_DOWN
    bottom_up = [chart.this_month.at(i) for i in range(chart.this_month.count())]
    assert bottom_up == [10.0, 15.0, 25.0, 45.0, 51.15, 120.0, 900.0]
    assert [chart.last_month.at(i) for i in range(7)] == [35.0, 0, 0, 60.0, 54.2, 0, 900.0]
    assert (chart.this_month.label(), chart.last_month.label()) == ("November", "October")
    assert chart.tooltip_for(4) == "Food and drink\nNovember: €51.15\nOctober: €54.20"
    assert chart.tooltip_for(0) == "Everything else\nNovember: €10.00\nOctober: €35.00"
    assert "November" in view.cards["comparison"].caption.text()


def test_clicking_a_category_bar_emits_its_code(qtbot: QtBot, view: DashboardView) -> None:
    chart = view.comparison
    with qtbot.waitSignal(view.category_clicked, timeout=1000) as signal:
        chart.series.clicked.emit(3, chart.this_month)  # bottom-up index
    assert signal.args == ["TRANSPORTATION"]
    with qtbot.assertNotEmitted(view.category_clicked):
        chart.series.clicked.emit(0, chart.last_month)  # "Everything else" is no category


def test_a_mouse_click_on_the_largest_bar_emits_its_category(
    qtbot: QtBot, view: DashboardView
) -> None:
    chart = view.comparison
    where = bar_position(chart, 450.0, 6.2)  # (amount, category): the top "this month" bar
    with qtbot.waitSignal(view.category_clicked, timeout=1000) as signal:
        qtbot.mouseClick(chart.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert signal.args == ["RENT_AND_UTILITIES"]


def test_trend_chart(view: DashboardView) -> None:
    trend = view.trend
    assert [p.label for p in trend.points][:3] == ["Dec", "Jan", "Feb"]
    assert [trend.bars.at(i) for i in range(12)] == [11.11] + [0.0] * 8 + [70.0, 1049.2, 1166.15]
    assert trend.bars.selectedBars() == [11]  # this month highlighted
    assert trend.tooltip_for(10) == "October 2026: €1,049.20"
    assert view.cards["trend"].caption.text() == "average €191.37"
    values = trend._values  # the value axis reads amounts (issue 17)
    assert values.labelsVisible() and values.labelFormat() == "%.0f"
    assert values.min() == 0 and values.max() >= 1166.15


def test_clicking_a_month_bar_emits_the_month(qtbot: QtBot, view: DashboardView) -> None:
    with qtbot.waitSignal(view.month_clicked, timeout=1000) as signal:
        view.trend.series.clicked.emit(10, view.trend.bars)
    assert signal.args == [date(2026, 10, 1)]
    where = bar_position(view.trend, 11, 500.0)  # (month, amount)
    with qtbot.waitSignal(view.month_clicked, timeout=1000) as signal:
        qtbot.mouseClick(view.trend.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert signal.args == [date(2026, 11, 1)]


def test_budgets_show_exact_amounts_and_state_colours(view: DashboardView) -> None:
    rows = {row.name.text(): row for row in view.budgets.rows}
    assert list(rows) == ["Coffee", "Entertainment", "Groceries", "Transportation"]
    shown = {name: (row.amounts.text(), row.bar.property("state")) for name, row in rows.items()}
    assert shown == {
        "Coffee": ("€8.40 of €8.00 — over by €0.40", "over"),
        "Entertainment": ("€25.00 of €25.00 — €0.00 left", "warning"),
        "Groceries": ("€42.75 of €50.00 — €7.25 left", "warning"),
        "Transportation": ("€45.00 of €100.00 — €55.00 left", "ok"),
    }
    assert [rows[n].bar.value() for n in rows] == [1000, 1000, 855, 450]
    for row in rows.values():
        assert chunk_color(row.bar) == QColor(colors().budget[row.line.state])
    assert view.cards["budgets"].caption.text() == "1 over"


def chunk_color(bar: QWidget) -> QColor:
    """The colour drawn at the start of a progress bar's filled part."""
    image = bar.grab().toImage()
    return image.pixelColor(6, image.height() // 2)


def test_top_merchants_and_upcoming_payments(view: DashboardView) -> None:
    assert texts(view.merchants) == [
        *("Landlord", "1 purchase", "€900.00"),
        *("MediaMarkt", "1 purchase", "€120.00"),
        *("Shell", "1 purchase", "€45.00"),
        *("Lidl", "2 purchases", "€42.75"),
        *("Cinema", "1 purchase", "€25.00"),
    ]
    assert texts(view.payments) == [
        *("Alice Martin", "2 Dec", "€40.00"),
        *("Stadtwerke Nordstadt", "9 Dec", "€86.50"),
    ]
    assert view.cards["payments"].caption.text() == "2 pending"


def test_reload_picks_up_a_new_expense(view: DashboardView, context: AppContext) -> None:
    record_entry(
        context, EntryRequest("9.85", merchant="Lidl", category="groceries", date="2026-11-22")
    )
    view.reload()
    assert view.total.text() == "€1,176.00"
    rows = {row.name.text(): row for row in view.budgets.rows}
    assert rows["Groceries"].amounts.text() == "€52.60 of €50.00 — over by €2.60"
    assert rows["Groceries"].bar.property("state") == "over"
    assert view.cards["budgets"].caption.text() == "2 over"


def test_arrows_move_between_months(qtbot: QtBot, view: DashboardView) -> None:
    arrows = [w for w in view.findChildren(QWidget, "monthArrow")]
    qtbot.mouseClick(arrows[0], Qt.MouseButton.LeftButton)
    assert view.month == date(2026, 10, 1)
    assert (view.title.text(), view.total.text()) == ("October 2026", "€1,049.20")
    assert view.trend.points[-1].month == date(2026, 10, 1)
    assert view.comparison.codes == [
        "RENT_AND_UTILITIES",
        "TRANSPORTATION",
        "FOOD_AND_DRINK",
        "MEDICAL",
    ]
    with qtbot.waitSignal(view.category_clicked, timeout=1000) as signal:
        view.comparison.series.clicked.emit(0, view.comparison.this_month)
    assert signal.args == ["MEDICAL"]  # October's own ranking: the smallest of four


def test_an_empty_ledger_says_so(qtbot: QtBot, context: AppContext) -> None:
    empty = DashboardView(context)
    qtbot.addWidget(empty)
    assert empty.total.text() == "€0.00"
    assert empty.change.text() == "spent · nothing in October"
    assert empty.comparison.codes == []
    assert texts(empty.merchants) == [NO_MERCHANTS]
    assert texts(empty.payments) == [NO_PAYMENTS]
    assert empty.budgets.rows == [] and not empty.budgets.empty.isHidden()


def test_subscriptions_show_the_next_charge_price_changes_and_the_cost(
    view: DashboardView, context: AppContext
) -> None:
    assert texts(view.subscriptions) == [NO_SUBSCRIPTIONS]
    charges = (("2026-08-14", "15.49"), ("2026-09-14", "15.49"), ("2026-10-14", "17.99"))
    for day, amount in (*charges, ("2026-11-14", "17.99")):
        record_entry(context, EntryRequest(amount, merchant="StreamFlix", date=day))
    view.reload()
    assert texts(view.subscriptions) == [
        *("StreamFlix", "next 14 Dec · up from €15.49", "€17.99 monthly"),
    ]
    assert view.cards["subscriptions"].caption.text() == "€17.99 a month · €215.88 a year"
