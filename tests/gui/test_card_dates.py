"""An assistant's card writes its day as the window's locale does: the cards showed
'Date 2026-12-03' / 'Le 2026-12-03' in a French and a Vietnamese window (seen in the
assistant and conversation screenshots)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from lingassist.gui.main_window import MainWindow
from lingassist.services.context import AppContext
from lingassist.services.formatting import date_text
from tests.gui.fake_speech import FakeSpeech
from tests.gui.locales import default_locale
from tests.gui.test_main_window import no_receipts

LOCALES = {"en": "en_IE", "fr": "fr_FR", "vi": "vi_VN"}


@pytest.fixture
def speaking_in_locale(speaking: str) -> Iterator[str]:
    """The window's language (conftest's `speaking`) with its locale as Qt's default."""
    with default_locale(LOCALES[speaking]):
        yield speaking


@pytest.mark.parametrize("speaking", ["en", "fr", "vi"], indirect=True)
def test_a_cards_day_is_written_as_the_locale_writes_it(
    qtbot: QtBot, context: AppContext, speaking_in_locale: str
) -> None:
    speaking = speaking_in_locale
    window = MainWindow(context, receipt_reader=no_receipts, speech=FakeSpeech())
    qtbot.addWidget(window)
    window.run_command("coffee 3.80 at Brew Lab")
    card = window.conversation.open_card
    assert card is not None
    values = [label.text() for label in card.findChildren(QLabel, "cardValue")]
    today = context.today()
    assert date_text(today, LOCALES[speaking]) in values, values
    assert today.isoformat() not in values


def test_a_value_that_is_not_a_day_stays_as_written() -> None:
    from lingassist.gui.action_card import _shown_date

    assert _shown_date("next Friday") == "next Friday"
    assert _shown_date(date(2026, 12, 3).isoformat()) != "2026-12-03"
