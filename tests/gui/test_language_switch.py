"""Settings → Language → "Switch the window to … now": the window is built again in the
new language on the same open ledger, without quitting the app (its own module: the
translated windows of test_translations are gone by then)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from lingassist.gui.main_window import MainWindow

STEP_MS = 300  # later than a window's first shown events, as a person's click would be


def test_switch_now_builds_the_window_again_in_the_new_language(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After Settings → Language, "Switch the window to … now" closes the window and
    run_app builds it again, translated, on the same open ledger (no restart of the app)."""
    from PySide6.QtCore import QTimer

    from lingassist.config import Settings
    from lingassist.gui.app import run_app
    from lingassist.gui.translation import INSTALLED, switch_translation
    from lingassist.services.settings import update_settings
    from tests.conftest import make_home

    monkeypatch.setattr("lingassist.gui.style.apply_style", lambda app: None)  # keep the suite's
    monkeypatch.setattr("lingassist.gui.app.WARM_UP_AFTER_MS", 600_000)  # no Whisper here
    context = make_home(tmp_path, locale="en_IE")
    menus: list[str] = []
    # Windows are told apart by the objects themselves, held here, never by id(): a window
    # closed and freed may leave its id to the next one (under load the new window then
    # looked already handled, and the test waited for a window that never came)
    earlier = list(qapp.topLevelWidgets())  # windows other tests left open
    handled: list[MainWindow] = []  # a window already stepped through (the first may still
    # be closing, and so visible, when the next step runs on a slow machine)

    def seen(window: object) -> bool:
        return any(window is old for old in (*earlier, *handled))

    def step() -> None:
        shown = [
            w
            for w in qapp.topLevelWidgets()
            if isinstance(w, MainWindow) and w.isVisible() and not seen(w)
        ]
        if not shown:
            QTimer.singleShot(20, step)
            return
        window = shown[0]
        handled.append(window)
        menus.append(window.menuBar().actions()[0].text())
        if len(menus) == 1:
            update_settings(window._context, language="vi")
            window.switch_language_now()
            QTimer.singleShot(STEP_MS, step)  # in the next window's event loop
        else:
            window.close()

    QTimer.singleShot(STEP_MS, step)  # once run_app's event loop runs
    give_up = QTimer(singleShot=True, interval=60_000)  # a failure, never a hang of the suite
    give_up.timeout.connect(lambda: qapp.exit(3))
    give_up.start()
    try:
        assert run_app(context) == 0
    finally:  # the suite goes on in English, with no window of this test left open
        give_up.stop()
        for left in qapp.topLevelWidgets():
            mine = isinstance(left, MainWindow) and not any(left is old for old in earlier)
            if mine and left.isVisible():
                left.close()
        switch_translation(qapp, Settings(language="en"))
        qapp.setProperty(INSTALLED, None)
    assert menus == ["&File", "&Tệp"]
