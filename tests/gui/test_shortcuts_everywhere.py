"""Every window shortcut works wherever focus is, with real key events sent to the focused
widget: the command line (empty, and with typed text), the ledger table, the ledger's
search line and an open card's button.

``python -m tests.gui.test_shortcuts_everywhere`` runs these tests and prints their table,
shortcut × focus place, each cell the outcome of the test of that shortcut from that place
(each test names its row with ``@shortcut``; a dash is a place the row is not tested from).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from lingassist.core.transactions import TransactionFilter
from lingassist.gui.main_window import MainWindow
from lingassist.services.context import AppContext
from lingassist.services.entries import EntryRequest, find_entries, record_entry
from tests.gui.fake_speech import FakeSpeech
from tests.gui.test_main_window import no_receipts

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
PLACES = ("command line", "ledger table", "search line", "card")


def shortcut(row: str) -> Callable[[Callable[..., None]], Callable[..., None]]:
    """Names the table's row of the test it decorates (what the keys do)."""

    def named(test: Callable[..., None]) -> Callable[..., None]:
        test.shortcut = row  # type: ignore[attr-defined]
        return test

    return named


@pytest.fixture
def window(qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    monkeypatch.setattr(
        "lingassist.gui.bank_import_queue.BankImportQueue.choose",
        lambda queue: queue.setProperty("chosen", True),
    )
    record_entry(context, EntryRequest("3850", category="INCOME_SALARY", income=True))
    record_entry(context, EntryRequest("4.20", merchant="Blue Bottle", category="coffee"))
    shown = MainWindow(context, receipt_reader=no_receipts, speech=FakeSpeech())
    qtbot.addWidget(shown)
    with qtbot.waitActive(shown):
        shown.show()
        shown.activateWindow()
    return shown


def size(context: AppContext) -> int:
    return find_entries(context, TransactionFilter())[1]


def focus(qtbot: QtBot, window: MainWindow, place: str) -> QWidget:
    """Put focus in `place` (with a card open when the place is the card)."""
    if place == "card":
        window.run_command("tea 3.20 at Lidl")
        qtbot.wait(10)
        card = window.conversation.open_card
        assert card is not None
        target: QWidget = card.edit_button
    elif place == "ledger table":
        window.show_page(window.ledger)
        target = window.ledger.table
    elif place == "search line":
        window.show_page(window.ledger)
        target = window.ledger.search
    else:
        target = window.command_bar.input
    target.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is target, timeout=1000)
    return target


def press(qtbot: QtBot, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(QApplication.focusWidget(), key, modifiers)


def add_and_focus(qtbot: QtBot, window: MainWindow, place: str) -> QWidget:
    """A change to undo (typed in the command line), then focus in `place`."""
    window.run_command("add 7 --merchant Corner Shop")
    return focus(qtbot, window, place)


@shortcut("Ctrl+Z undoes the ledger's last change; Ctrl+Shift+Z and Ctrl+Y redo it")
@pytest.mark.parametrize("place", PLACES)
def test_ctrl_z_undoes_and_ctrl_shift_z_redoes_the_ledger(
    qtbot: QtBot, window: MainWindow, context: AppContext, place: str
) -> None:
    add_and_focus(qtbot, window, place)
    before = size(context)
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert size(context) == before - 1, f"Ctrl+Z from the {place}"
    press(qtbot, Qt.Key.Key_Z, CTRL | SHIFT)
    assert size(context) == before, f"Ctrl+Shift+Z from the {place}"
    press(qtbot, Qt.Key.Key_Z, CTRL)
    press(qtbot, Qt.Key.Key_Y, CTRL)
    assert size(context) == before, f"Ctrl+Y from the {place}"


@shortcut("Ctrl+Z with text typed undoes the typing (Ctrl+Shift+Z brings it back), then the ledger")
def test_ctrl_z_with_typed_text_undoes_the_typing_then_the_ledger(
    qtbot: QtBot, window: MainWindow, context: AppContext
) -> None:
    line = add_and_focus(qtbot, window, "command line")
    before = size(context)
    qtbot.keyClicks(line, "coffee")
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert window.command_bar.input.text() == "" and size(context) == before
    press(qtbot, Qt.Key.Key_Z, CTRL | SHIFT)  # typing that was undone comes back first
    assert window.command_bar.input.text() == "coffee" and size(context) == before
    window.command_bar.input.clear()
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert size(context) == before - 1
    assert "Ctrl+Z undoes your typing" in line.toolTip()


def page_keys(window: MainWindow) -> list[tuple[str, Callable[[], bool]]]:
    return [(str(n), lambda n=n: window.pages.currentIndex() == n - 1) for n in (2, 3, 4, 5, 1)]


@shortcut("Ctrl+K focuses the command line; Ctrl+F the ledger's search; Ctrl+1…5 the pages")
@pytest.mark.parametrize("place", PLACES)
def test_ctrl_k_ctrl_f_and_the_page_keys(qtbot: QtBot, window: MainWindow, place: str) -> None:
    focus(qtbot, window, place)
    press(qtbot, Qt.Key.Key_K, CTRL)
    assert QApplication.focusWidget() is window.command_bar.input, f"Ctrl+K from the {place}"
    focus(qtbot, window, place)
    press(qtbot, Qt.Key.Key_F, CTRL)
    assert window.pages.currentWidget() is window.ledger, f"Ctrl+F from the {place}"
    assert QApplication.focusWidget() is window.ledger.search
    for number, shown in page_keys(window):
        focus(qtbot, window, place)
        press(qtbot, getattr(Qt.Key, f"Key_{number}"), CTRL)
        assert shown(), f"Ctrl+{number} from the {place}"


@shortcut("Ctrl+I opens a bank file to import")
@pytest.mark.parametrize("place", PLACES)
def test_ctrl_i_opens_the_import(qtbot: QtBot, window: MainWindow, place: str) -> None:
    focus(qtbot, window, place)
    press(qtbot, Qt.Key.Key_I, CTRL)
    assert window.bank_imports.property("chosen"), f"Ctrl+I from the {place}"


@shortcut("F8 held talks (push to talk), released stops")
@pytest.mark.parametrize("place", PLACES)
def test_f8_held_talks(qtbot: QtBot, window: MainWindow, place: str) -> None:
    heard: list[str] = []
    window.talk.start = lambda: heard.append("start")  # type: ignore[method-assign]
    window.talk.stop = lambda: heard.append("stop")  # type: ignore[method-assign]
    focus(qtbot, window, place)
    qtbot.keyPress(QApplication.focusWidget(), Qt.Key.Key_F8)
    qtbot.keyRelease(QApplication.focusWidget(), Qt.Key.Key_F8)
    assert heard == ["start", "stop"], f"F8 from the {place}"


@shortcut("Esc drops the open card")
@pytest.mark.parametrize("place", ["command line", "ledger table", "card"])
def test_escape_drops_the_open_card(qtbot: QtBot, window: MainWindow, place: str) -> None:
    window.run_command("tea 3.20 at Lidl")
    qtbot.wait(10)
    card = window.conversation.open_card
    assert card is not None
    if place != "card":
        focus(qtbot, window, place)
    else:
        card.confirm_button.setFocus()
    press(qtbot, Qt.Key.Key_Escape)
    assert not card.open, f"Esc from the {place}"


class ShortcutTable:
    """A pytest plugin: the outcome of each test above by its row (``@shortcut``) and its
    focus place (its ``place`` parameter; the command line for a test without one)."""

    def __init__(self) -> None:
        self.places: dict[str, tuple[str, str]] = {}  # test id -> (row, place)
        self.outcomes: dict[tuple[str, str], str] = {}  # (row, place) -> passed/failed

    def pytest_collection_modifyitems(self, items: list[pytest.Item]) -> None:
        for item in items:
            row = getattr(getattr(item, "function", None), "shortcut", None)
            if row is not None:
                params = getattr(getattr(item, "callspec", None), "params", {})
                self.places[item.nodeid] = (row, params.get("place", "command line"))

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        cell = self.places.get(report.nodeid)
        recorded = cell is not None and (report.when == "call" or report.failed)
        if recorded and self.outcomes.get(cell) != "failed":  # type: ignore[arg-type]
            self.outcomes[cell] = report.outcome  # type: ignore[index]

    def markdown(self) -> str:
        """The table: a row per shortcut, a column per focus place."""
        marks = {"passed": "✓ works", "failed": "✗ FAILS", "skipped": "skipped"}
        rows = list(dict.fromkeys(row for row, _ in self.places.values()))
        lines = [
            "| shortcut | " + " | ".join(PLACES) + " |",
            "|---|" + "---|" * len(PLACES),
        ]
        for row in rows:
            cells = [marks.get(self.outcomes.get((row, place), ""), "—") for place in PLACES]
            lines.append(f"| {row} | " + " | ".join(cells) + " |")
        return "\n".join(lines)


def main() -> int:
    """Run this module's tests (real key events, offscreen) and print their table."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    table = ShortcutTable()
    quiet = ["-q", "-p", "no:cacheprovider", "-W", "ignore::pytest.PytestAssertRewriteWarning"]
    code = pytest.main([__file__, *quiet, *sys.argv[1:]], plugins=[table])
    print()
    print(table.markdown())
    return int(code)


if __name__ == "__main__":
    raise SystemExit(main())
