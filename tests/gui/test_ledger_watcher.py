"""LedgerWatcher: another window's entry shows here, and a slow look at the ledger (a
shared ledger's server far away) never holds the window."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from lingassist.gui import ledger_watcher
from lingassist.gui.ledger_watcher import LedgerWatcher
from lingassist.services.context import open_home
from lingassist.services.entries import EntryRequest, record_entry
from tests.conftest import make_home


def test_a_change_made_elsewhere_is_noticed(qtbot: QtBot, tmp_path: Path) -> None:
    here = make_home(tmp_path / "home")
    elsewhere = open_home(tmp_path / "home")  # another window on the same ledger
    try:
        watcher = LedgerWatcher(here)
        with qtbot.waitSignal(watcher.changed, timeout=5000):
            record_entry(elsewhere, EntryRequest("3.20", merchant="Corner Shop"))
            watcher.check()
    finally:
        elsewhere.database.close()
        here.database.close()


def test_a_slow_look_does_not_hold_the_window(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    context = make_home(tmp_path / "home")
    watcher = LedgerWatcher(context)
    monkeypatch.setattr(ledger_watcher, "ledger_version", lambda _context: time.sleep(1) or 99)
    started = time.perf_counter()
    watcher.check()
    watcher.check()  # one look at a time: a second asks nothing more
    assert time.perf_counter() - started < 0.5
    with qtbot.waitSignal(watcher.changed, timeout=5000):
        pass
    context.database.close()


def test_a_window_closed_while_a_look_is_out_does_not_crash(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The window (and its watcher) deleted on the UI thread just as a look comes back:
    when the look's thread emitted a Qt signal itself, this crashed the process within a
    few hundred rounds (a segmentation fault in CI)."""
    context = make_home(tmp_path / "home")
    monkeypatch.setattr(ledger_watcher, "ledger_version", lambda _context: time.sleep(0.002) or 7)
    for round_number in range(1_000):
        window = QObject()
        LedgerWatcher(context, window).check()
        time.sleep(0.0019 + (round_number % 7) * 0.00003)  # the look ends about now
        shiboken6.delete(window)
        qtbot.wait(0)
    time.sleep(0.05)  # the last looks end with nobody left to tell
    context.database.close()
