"""Charts at the scale of dong: the month comparison's axis reads "5 Tr" / "5M", not
5000000; tooltips keep the exact amounts; euro charts keep plain numbers."""

from __future__ import annotations

from decimal import Decimal

import pytest
from pytestqt.qtbot import QtBot

from lingassist.gui.month_comparison_chart import MonthComparisonChart
from lingassist.services.dashboard import CategoryComparison
from lingassist.services.formatting import axis_scale

ROWS = [
    CategoryComparison("RENT_AND_UTILITIES", "Rent and utilities", Decimal(12_500_000),
                       Decimal(12_500_000)),
    CategoryComparison("FOOD_AND_DRINK", "Food and drink", Decimal(2_400_000), Decimal(3_500_000)),
]  # fmt: skip


@pytest.mark.parametrize(
    ("largest", "locale", "scale"),
    [
        (Decimal(12_500_000), "vi_VN", (1_000_000, " Tr")),
        (Decimal(12_500_000), "en_US", (1_000_000, "M")),
        (Decimal(850_000), "vi_VN", (1_000, " N")),
        (Decimal(3_000_000_000), "en_US", (1_000_000_000, "B")),
        (Decimal("1166.15"), "en_IE", (1, "")),
        (Decimal(99_999), "vi_VN", (1, "")),
    ],
)
def test_axis_scale(largest: Decimal, locale: str, scale: tuple[int, str]) -> None:
    assert axis_scale(largest, locale) == scale


def test_the_comparison_axis_reads_millions_of_dong(qtbot: QtBot) -> None:
    chart = MonthComparisonChart()
    qtbot.addWidget(chart)
    chart.show_comparison(ROWS, "Tháng 11", "Tháng 10", "VND", "vi_VN")
    assert chart._values.labelFormat() == "%g Tr"
    assert [chart.this_month.at(i) for i in range(2)] == [2.4, 12.5]
    assert (
        chart.tooltip_for(1)
        == "Rent and utilities\nTháng 11: 12.500.000\xa0₫\nTháng 10: 12.500.000\xa0₫"
    )
    chart.show_comparison([CategoryComparison("X", "Food", Decimal(50), Decimal(40))],
                          "November", "October", "EUR", "en_IE")  # fmt: skip
    assert chart._values.labelFormat() == "%.0f" and chart.this_month.at(0) == 50.0
