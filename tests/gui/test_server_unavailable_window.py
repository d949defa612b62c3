"""The window on a shared ledger whose server is stopped: it opens the newest local backup
with a banner saying so (and what to do), shows its entries, and refuses every change with
a message, leaving the backup file as it was."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from lingassist.config import AppPaths, Settings, save_settings
from lingassist.gui.main_window import MainWindow
from lingassist.services.backups import make_backup
from lingassist.services.context import open_home
from lingassist.services.entries import EntryRequest, record_entry
from tests import pg
from tests.conftest import TODAY
from tests.gui.fake_speech import FakeSpeech


@pytest.fixture
def stopped_server_home(stoppable_server: pg.PostgresServer, tmp_path: Path) -> Path:
    """A home whose ledger (one entry, backed up) is on a server that is stopped now."""
    home = tmp_path / "home"
    url = stoppable_server.fresh_database()
    save_settings(
        AppPaths(home).ensure(), Settings(default_currency="EUR", locale="en_IE", database_url=url)
    )
    context = open_home(home, today=lambda: TODAY)
    record_entry(context, EntryRequest("4.20", merchant="Blue Bottle", category="coffee"))
    make_backup(context)
    context.database.close()
    stoppable_server.halt()
    return home


def _digests(home: Path) -> set[str]:
    return {hashlib.sha256(p.read_bytes()).hexdigest() for p in home.rglob("*.sqlite3")}


def test_a_stopped_server_opens_the_backup_read_only_with_a_banner(
    qtbot: QtBot, stopped_server_home: Path
) -> None:
    before = _digests(stopped_server_home)
    context = open_home(stopped_server_home, today=lambda: TODAY)
    assert context.read_only is not None
    window = MainWindow(context, receipt_reader=lambda path: None, speech=FakeSpeech())  # type: ignore[arg-type, return-value]
    qtbot.addWidget(window)
    window.show()
    banner = window.read_only_banner
    assert banner.isVisible()
    made = context.read_only.made
    assert (
        banner.headline.text() == f"Server unreachable — showing your backup of {made}, read-only"
    )
    assert "cannot be reached" in banner.detail.text() and "Restart" in banner.detail.text()
    assert window.ledger.model.rowCount() == 1  # the books can still be read

    window.command_bar.input.setFocus()
    qtbot.keyClicks(window.command_bar.input, "add 3.20 --merchant Lidl --category groceries")
    qtbot.keyClick(window.command_bar.input, Qt.Key.Key_Return)
    feedback = window.command_bar._feedback.text()
    assert "Nothing was changed" in feedback and "read-only" in feedback, feedback
    window.undo()
    assert "Nothing was changed" in window.command_bar._feedback.text()
    assert window.ledger.model.rowCount() == 1
    window.close()
    context.database.close()
    assert _digests(stopped_server_home) == before
