"""Background jobs are listed in the status bar and can be cancelled there."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from lingassist.core.errors import Cancelled
from lingassist.gui.job_status import JobStatus
from lingassist.gui.worker import Jobs


def test_running_jobs_show_and_cancel(qtbot: QtBot) -> None:
    jobs = Jobs()
    status = JobStatus(jobs)
    qtbot.addWidget(status)
    assert status.isHidden()
    release = threading.Event()

    def waits(_progress, cancelled):  # type: ignore[no-untyped-def]
        while not cancelled() and not release.wait(0.01):
            pass
        if cancelled():
            raise Cancelled("stopped")

    errors: list[BaseException] = []
    for name in ("a.jpg", "b.jpg"):
        jobs.start(f"Reading {name}", waits, on_error=errors.append)
    jobs.start("Transcribing", waits, on_error=errors.append)
    assert status.label.text() == "Reading receipts (2) · Transcribing" and not status.isHidden()
    qtbot.mouseClick(status.cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(errors) == 3, timeout=5000)
    assert all(isinstance(error, Cancelled) for error in errors)
    assert status.isHidden()
