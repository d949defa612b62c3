"""The demo ledger writes its own descriptions ("Visa card payment", "ATM withdrawal") in the
window's language: a French or Vietnamese window showed them in English. Merchants' names
stay as they are; the demo chosen on the first start speaks the language the dialog spoke."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from lingassist.cli import _first_start
from lingassist.config import Settings
from lingassist.gui.first_start_dialog import FirstStartChoice
from lingassist.gui.main_window import MainWindow
from lingassist.services.context import AppContext
from lingassist.services.demo import open_demo
from tests.gui.fake_speech import FakeSpeech
from tests.gui.test_receipts_view import fake_reader

TODAY = date(2026, 11, 23)
ENGLISH = {
    "Visa card payment",
    "ATM withdrawal",
    "Opening balance",
    "Transfer to Tagesgeld savings",
}
SAID = {  # what the ledger shows for a card payment, an ATM withdrawal, the savings transfer
    "fr": ("Règlement de la carte Visa", "Retrait au distributeur", "Virement vers l’épargne"),
    "vi": ("Thanh toán thẻ Visa", "Rút tiền ATM", "Chuyển vào tiết kiệm"),
}


def _descriptions(qtbot: QtBot, context: AppContext) -> set[str]:
    window = MainWindow(context, receipt_reader=fake_reader, speech=FakeSpeech())
    qtbot.addWidget(window)
    model = window.ledger.model
    return {
        str(model.data(model.index(row, 1), Qt.ItemDataRole.DisplayRole))
        for row in range(model.rowCount())
    }


@pytest.mark.parametrize("speaking", ["fr", "vi"], indirect=True)
def test_the_demo_writes_its_descriptions_in_the_windows_language(
    qtbot: QtBot, tmp_path: Path, speaking: str
) -> None:
    context = open_demo(tmp_path, today=lambda: TODAY, language=speaking)
    assert (context.settings.language, context.settings.locale[:2]) == (speaking, speaking)
    shown = _descriptions(qtbot, context)
    card, cash, savings = SAID[speaking]
    assert {card, cash} <= shown
    assert any(text.startswith(savings) for text in shown), sorted(shown)
    assert not ENGLISH & shown
    assert {"Netflix", "Stadtwerke Nordstadt"} <= shown  # merchants keep their names

    again = open_demo(tmp_path, today=lambda: TODAY, language="en")  # made again in English
    english = _descriptions(qtbot, again)
    assert {"Visa card payment", "ATM withdrawal"} <= english and card not in english


@pytest.mark.parametrize("speaking", ["vi"], indirect=True)
def test_the_demo_chosen_on_the_first_start_speaks_the_systems_language(
    qtbot: QtBot, tmp_path: Path, speaking: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("lingassist.cli.system_defaults", lambda: Settings(locale="vi_VN"))
    monkeypatch.setattr(
        "lingassist.gui.app.first_start", lambda _guess: FirstStartChoice("EUR", "", demo=True)
    )
    monkeypatch.setattr("lingassist.services.demo.demo_home", lambda: tmp_path / "demo")
    context = _first_start(tmp_path / "home")
    assert context.settings.language == "vi"
    assert SAID["vi"][0] in _descriptions(qtbot, context)
