"""The ledger's filter line says what a list from the conversation or the dashboard shows
in the window's words: the category's name, not its code ('filtré par
FOOD_AND_DRINK_GROCERIES' was seen after 'Afficher dans les opérations'), LingAssist's
account names in the window's language, and the dates while the period menu says 'All
time'."""

from __future__ import annotations

from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from lingassist.core.transactions import TransactionFilter, TransactionKind
from lingassist.gui.main_window import MainWindow
from lingassist.services.context import AppContext
from lingassist.services.entries import EntryRequest, record_entry
from tests.gui.fake_speech import FakeSpeech
from tests.gui.test_main_window import no_receipts

EXPECTED = {  # (expenses, groceries, checking, food and drink)
    "en": ("expenses", "Groceries", "Checking", "Food and drink"),
    "fr": ("dépenses", "Courses", "Compte courant", "Alimentation et boissons"),
    "vi": ("khoản chi", "Đi chợ", "Tài khoản chính", "Ăn uống"),
}


@pytest.mark.parametrize("speaking", ["en", "fr", "vi"], indirect=True)
def test_the_filter_line_names_the_category_account_and_dates(
    qtbot: QtBot, context: AppContext, speaking: str
) -> None:
    record_entry(context, EntryRequest("20", merchant="Lidl", category="groceries"))
    window = MainWindow(context, receipt_reader=no_receipts, speech=FakeSpeech())
    qtbot.addWidget(window)
    ledger = window.ledger
    expenses, groceries, checking, food = EXPECTED[speaking]
    ledger.show_filter(
        TransactionFilter(
            start=date(2026, 11, 1),
            end=date(2026, 11, 30),
            category="FOOD_AND_DRINK_GROCERIES",
            account="Checking",
            kind=TransactionKind.EXPENSE,
        )
    )
    line = ledger._filter_label.text()
    assert "FOOD_AND_DRINK" not in line
    for said in (expenses, groceries, checking):
        assert said in line, line
    assert speaking == "en" or "Checking" not in line
    locale = context.settings.locale
    from lingassist.services.formatting import date_text

    assert (
        f"{date_text(date(2026, 11, 1), locale)} – {date_text(date(2026, 11, 30), locale)}" in line
    )
    ledger.filter_category("FOOD_AND_DRINK", date(2026, 11, 15))  # a primary, as the dashboard
    line = ledger._filter_label.text()
    assert food in line and "FOOD_AND_DRINK" not in line, line
    ledger.period.setCurrentIndex(1)  # the menu tells the period: no dates on the line
    assert date_text(date(2026, 11, 1), locale) not in ledger._filter_label.text()
