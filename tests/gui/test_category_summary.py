"""The month's spending beside the conversation (`CategorySummary`) on a real widget: the
list names every category its caption counts, the ones past the seventh as "Everything
else", as the chart's grey slice does, and never one category alone under that name."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from lingassist.gui.category_summary import LISTED, CategorySummary
from lingassist.services.context import AppContext
from lingassist.services.entries import EntryRequest, record_entry

NINE_CATEGORIES = [
    ("RENT_AND_UTILITIES_RENT", "900.00"),
    ("FOOD_AND_DRINK_GROCERIES", "210.00"),
    ("TRANSPORTATION_GAS", "95.00"),
    ("HOME_IMPROVEMENT_FURNITURE", "80.00"),
    ("ENTERTAINMENT_TV_AND_MOVIES", "40.00"),
    ("PERSONAL_CARE_HAIR_AND_BEAUTY", "30.00"),
    ("MEDICAL_PHARMACIES_AND_SUPPLEMENTS", "20.00"),
    ("GENERAL_SERVICES_POSTAGE_AND_SHIPPING", "7.50"),
    ("GENERAL_MERCHANDISE_BOOKSTORES_AND_NEWSSTANDS", "5.00"),
]


def _texts(summary: CategorySummary) -> list[str]:
    layout = summary._rows
    return [
        widget.text()
        for index in range(layout.count())
        if isinstance(widget := layout.itemAt(index).widget(), QLabel) and widget.text() != "●"
    ]


def test_the_list_names_every_category_the_caption_counts(
    qtbot: QtBot, context: AppContext
) -> None:
    for day, (code, amount) in enumerate(NINE_CATEGORIES, start=1):
        record_entry(context, EntryRequest(amount, category=code, date=f"2026-11-{day:02d}"))
    summary = CategorySummary(context)
    qtbot.addWidget(summary)
    assert summary._caption.text() == "spent in 9 categories"
    texts = _texts(summary)
    assert len(texts) == 2 * (LISTED + 1)  # a name and an amount a line, "Everything else" last
    assert texts[-2:] == ["Everything else", "€12.50"]


def test_with_few_categories_there_is_no_everything_else(qtbot: QtBot, context: AppContext) -> None:
    record_entry(context, EntryRequest("4.50", category="FOOD_AND_DRINK_COFFEE", date="2026-11-02"))
    summary = CategorySummary(context)
    qtbot.addWidget(summary)
    assert "Everything else" not in _texts(summary)


def test_eight_categories_are_all_named(qtbot: QtBot, context: AppContext) -> None:
    for day, (code, amount) in enumerate(NINE_CATEGORIES[:8], start=1):
        record_entry(context, EntryRequest(amount, category=code, date=f"2026-11-{day:02d}"))
    summary = CategorySummary(context)
    qtbot.addWidget(summary)
    texts = _texts(summary)
    assert "Everything else" not in texts
    assert len(texts) == 2 * 8 and texts[-2:] == ["General services", "€7.50"]
