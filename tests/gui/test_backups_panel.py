"""Settings → Backups: the list newest first, Back up now, Restore… after a real question,
the second backup folder, and the window's own daily backup."""

from __future__ import annotations

import fcntl
import os
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from lingassist.config import load_settings
from lingassist.core.home_lock import LOCK_NAME, release
from lingassist.gui.backups_panel import BackupsPanel
from lingassist.gui.main_window import MainWindow
from lingassist.gui.settings_dialog import SettingsDialog
from lingassist.services import backups
from lingassist.services.context import AppContext
from lingassist.services.entries import EntryRequest, record_entry
from tests.gui.fake_speech import FakeSpeech


def add(context: AppContext, amount: str, merchant: str) -> None:
    record_entry(context, EntryRequest(amount, merchant=merchant, date="2026-11-20"))


def answer_when_asked(qtbot: QtBot, button: QMessageBox.StandardButton) -> list[str]:
    """Press `button` on the question box as soon as it is shown; return its text."""
    seen: list[str] = []

    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press)
            return
        seen.append(box.text())
        qtbot.mouseClick(box.button(button), Qt.MouseButton.LeftButton)

    QTimer.singleShot(20, press)
    return seen


def panel_with_two_backups(qtbot: QtBot, context: AppContext) -> BackupsPanel:
    add(context, "12.50", "Blue Bottle")
    backups.make_backup(context)
    add(context, "3.20", "Costa")
    panel = BackupsPanel(context)
    qtbot.addWidget(panel)
    panel.back_up_now()
    return panel


def test_the_list_shows_every_backup_newest_first(qtbot: QtBot, context: AppContext) -> None:
    panel = panel_with_two_backups(qtbot, context)
    rows = [
        [panel.table.item(row, column).text() for column in range(4)]
        for row in range(panel.table.rowCount())
    ]
    assert [row[1:3] for row in rows] == [["by you", "2"], ["by you", "1"]]
    assert panel.table.item(0, 0).toolTip() == str(panel.shown[0].path)
    assert panel.chosen() == panel.shown[0]


def test_restore_asks_first_and_no_changes_nothing(qtbot: QtBot, context: AppContext) -> None:
    panel = panel_with_two_backups(qtbot, context)
    panel.table.selectRow(1)
    asked = answer_when_asked(qtbot, QMessageBox.StandardButton.No)
    panel.restore_chosen()
    assert "2 transactions now" in asked[0] and "(1 transaction)" in asked[0]
    assert backups.current_transactions(context) == 2
    assert panel.table.rowCount() == 2


def test_restore_puts_the_chosen_backup_back_and_keeps_the_current_state(
    qtbot: QtBot, context: AppContext
) -> None:
    panel = panel_with_two_backups(qtbot, context)
    said: list[tuple[str, str]] = []
    panel.said.connect(lambda text, kind: said.append((text, kind)))
    panel.table.selectRow(1)
    answer_when_asked(qtbot, QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(panel.restored):
        panel.restore_chosen()
    release(context.paths.home)
    assert backups.current_transactions(context) == 1
    assert said[-1][1] == "success" and "before restore" in said[-1][0]
    assert [panel.table.item(row, 1).text() for row in range(3)] == [
        "before restore",
        "by you",
        "by you",
    ]


def test_restore_while_another_window_is_open_is_refused_with_a_reason(
    qtbot: QtBot, context: AppContext
) -> None:
    panel = panel_with_two_backups(qtbot, context)
    said: list[tuple[str, str]] = []
    panel.said.connect(lambda text, kind: said.append((text, kind)))
    other = os.open(context.paths.home / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o600)
    fcntl.flock(other, fcntl.LOCK_SH)
    try:
        panel.table.selectRow(1)
        answer_when_asked(qtbot, QMessageBox.StandardButton.Yes)
        panel.restore_chosen()
    finally:
        os.close(other)
        release(context.paths.home)
    assert said[-1][1] == "error" and "another window or process" in said[-1][0]
    assert backups.current_transactions(context) == 2


def test_the_second_backup_folder_is_checked_and_saved(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    dialog = SettingsDialog(context)
    qtbot.addWidget(dialog)
    dialog.backups.second_folder.setText(str(context.paths.home / "copies"))
    assert not dialog.save()
    assert "inside the data folder" in dialog.message.text()
    dialog.backups.second_folder.setText(str(tmp_path / "disk" / "backups"))
    assert dialog.save()
    assert load_settings(context.paths).second_backup_folder == str(tmp_path / "disk" / "backups")
    assert (tmp_path / "disk" / "backups").is_dir()


def test_the_window_makes_the_days_backup_once_it_is_up(qtbot: QtBot, context: AppContext) -> None:
    add(context, "12.50", "Blue Bottle")
    window = MainWindow(context, receipt_reader=lambda path: None, speech=FakeSpeech())  # type: ignore[arg-type, return-value]
    qtbot.addWidget(window)
    window.back_up_if_due()
    qtbot.waitUntil(lambda: not window.jobs.running, timeout=10_000)
    made = backups.list_backups(context)
    assert [backup.reason for backup in made] == ["daily"]
    window.back_up_if_due()  # an hour later: not due again
    qtbot.waitUntil(lambda: not window.jobs.running, timeout=10_000)
    assert len(backups.list_backups(context)) == 1
