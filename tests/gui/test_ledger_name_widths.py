"""The ledger's account and category columns show their longest names whole when the window
has room ("Compte courant → Visa" was cut off even at 1920×1080: the account column stopped
at 130 px), give the room back when it shrinks, and never take the description's width at
1024×640 (there a long name is elided, whole in its tooltip)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from lingassist.gui.ledger_view import CELL_PADDING, DESCRIPTION_KEEPS
from lingassist.gui.main_window import MainWindow
from lingassist.gui.translation import shown_account, shown_choices
from lingassist.services.context import AppContext
from lingassist.services.demo import open_demo
from lingassist.services.entries import category_choices
from tests.gui.fake_speech import FakeSpeech
from tests.gui.test_receipts_view import fake_reader

DESCRIPTION, CATEGORY, ACCOUNT = 1, 2, 3
LOCALES = {"en": "en_IE", "fr": "fr_FR", "vi": "vi_VN"}
# the description's width at 1024×640 before the columns grew (en, fr, vi): kept there
DESCRIPTION_AT_1024 = {"en": 232, "fr": 168, "vi": 142}


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> AppContext:
    """The demo ledger: its card payments are transfers "Checking → Visa"."""
    return open_demo(tmp_path_factory.mktemp("demo"))


@pytest.fixture
def window(qtbot: QtBot, demo: AppContext, speaking: str) -> Iterator[MainWindow]:
    settings = demo.settings.with_changes(language=speaking, locale=LOCALES[speaking])
    shown = MainWindow(
        replace(demo, settings=settings), receipt_reader=fake_reader, speech=FakeSpeech()
    )
    qtbot.addWidget(shown)
    shown.show()
    shown.show_page(shown.ledger)
    yield shown
    shown.jobs.wait()


def _resize(qtbot: QtBot, window: MainWindow, width: int, height: int) -> None:
    window.resize(width, height)
    for _ in range(3):
        QApplication.processEvents()
        qtbot.wait(5)


def _needs(window: MainWindow, text: str) -> int:
    return window.ledger.table.fontMetrics().horizontalAdvance(text) + CELL_PADDING


def _card_payment(window: MainWindow) -> str:
    """The account cell of a card payment, as the table shows it."""
    model = window.ledger.model
    for row in range(model.rowCount()):
        transaction = model.row_at(row)
        if transaction is not None and transaction.account == "Checking → Visa":
            return str(model.data(model.index(row, ACCOUNT), Qt.ItemDataRole.DisplayRole))
    raise AssertionError("no card payment in the demo ledger")


def _widths(window: MainWindow) -> list[int]:
    table = window.ledger.table
    return [table.columnWidth(column) for column in range(table.model().columnCount())]


@pytest.mark.parametrize("speaking", ["en", "fr", "vi"], indirect=True)
def test_the_name_columns_grow_with_the_window_and_give_the_room_back(
    qtbot: QtBot, window: MainWindow, demo: AppContext, speaking: str
) -> None:
    table = window.ledger.table
    transfer = _card_payment(window)
    assert transfer == shown_account("Checking → Visa")
    names = [n.split(" › ")[1] for _, n in shown_choices(category_choices(demo))]
    longest = max(names, key=lambda name: _needs(window, name))

    _resize(qtbot, window, 1024, 640)
    small = _widths(window)
    assert small[DESCRIPTION] >= DESCRIPTION_AT_1024[speaking]
    assert not window.ledger.narrow.hidden

    _resize(qtbot, window, 1920, 1080)
    large = _widths(window)
    assert large[ACCOUNT] >= _needs(window, transfer), (transfer, large)
    assert large[CATEGORY] >= _needs(window, longest), (longest, large)
    assert large[DESCRIPTION] >= DESCRIPTION_KEEPS
    assert table.horizontalScrollBar().maximum() == 0

    _resize(qtbot, window, 1366, 768)
    middle = _widths(window)
    assert all(m >= s for m, s in zip(middle, small, strict=True)), (middle, small)
    assert middle[DESCRIPTION] >= min(DESCRIPTION_KEEPS, DESCRIPTION_AT_1024[speaking])
    assert table.horizontalScrollBar().maximum() == 0

    _resize(qtbot, window, 1024, 640)  # the room goes back to the description
    assert _widths(window) == small
    _resize(qtbot, window, 1920, 1080)
    assert _widths(window) == large


@pytest.mark.parametrize("speaking", ["fr"], indirect=True)
def test_a_column_the_person_widened_keeps_its_width(
    qtbot: QtBot, window: MainWindow, speaking: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    _resize(qtbot, window, 1920, 1080)
    table = window.ledger.table
    monkeypatch.setattr(QApplication, "mouseButtons", lambda: Qt.MouseButton.LeftButton)
    table.setColumnWidth(ACCOUNT, 300)  # as the header does while its edge is dragged
    monkeypatch.undo()
    _resize(qtbot, window, 1366, 768)
    _resize(qtbot, window, 1920, 1080)
    assert table.columnWidth(ACCOUNT) == 300
