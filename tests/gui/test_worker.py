"""Workers run off the UI thread and report back on it."""

from __future__ import annotations

import threading
import time

from pytestqt.qtbot import QtBot

from lingassist.core.errors import Cancelled, UserFacingError
from lingassist.gui.worker import Jobs


def test_result_and_progress_arrive_on_the_ui_thread(qtbot: QtBot) -> None:
    jobs = Jobs()
    seen: dict[str, object] = {}

    def job(progress, cancelled):  # type: ignore[no-untyped-def]
        seen["job thread"] = threading.current_thread()
        progress(0.5, "half way")
        return 42

    def done(result: object) -> None:
        seen["result"], seen["done thread"] = result, threading.current_thread()

    def progressed(fraction: float, message: str) -> None:
        seen["progress"], seen["progress thread"] = (fraction, message), threading.current_thread()

    with qtbot.waitSignal(jobs.changed, timeout=5000):
        jobs.start("answer", job, on_done=done, on_progress=progressed)
    qtbot.waitUntil(lambda: "result" in seen and not jobs.running, timeout=5000)
    main = threading.main_thread()
    assert seen["result"] == 42 and seen["progress"] == (0.5, "half way")
    assert seen["job thread"] is not main
    assert seen["done thread"] is main and seen["progress thread"] is main


def test_failures_and_cancellation_are_reported(qtbot: QtBot) -> None:
    jobs = Jobs()
    errors: list[BaseException] = []

    def fails(progress, cancelled):  # type: ignore[no-untyped-def]
        raise UserFacingError("no receipt in this photo")

    def waits_for_cancel(progress, cancelled):  # type: ignore[no-untyped-def]
        while not cancelled():
            time.sleep(0.01)
        raise Cancelled("stopped")

    jobs.start("fails", fails, on_error=errors.append)
    worker = jobs.start("long", waits_for_cancel, on_error=errors.append)
    worker.cancel()
    qtbot.waitUntil(lambda: len(errors) == 2, timeout=5000)
    assert {type(e) for e in errors} == {UserFacingError, Cancelled}
    assert jobs.running == []
