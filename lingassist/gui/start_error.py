"""Why LingAssist did not start, in a message box: a person who started it from a launcher
never sees the terminal the error is printed on (a damaged ledger, a ledger from a newer
LingAssist, a server that cannot be reached with no backup to show)."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from lingassist.config import Settings, window_language
from lingassist.core.errors import UserFacingError
from lingassist.gui.translation import install_language, remove_translation, shown_error


def can_show() -> bool:
    """Whether a window can be shown: a display to show it on (Qt aborts the process
    without one), or a platform chosen for Qt."""
    if sys.platform != "linux" or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def show_start_error(error: BaseException, settings: Settings) -> None:
    """Show why LingAssist did not start (`error`), in the window language of `settings`,
    and wait until the person closes the box."""
    made = QApplication.instance() is None
    app = QApplication.instance() or QApplication(sys.argv[:1])
    translators = install_language(app, window_language(settings))
    try:
        if made:
            from lingassist.gui.style import apply_style

            apply_style(app)
        start_error_box(error).exec()
    finally:
        remove_translation(app, translators)


def start_error_box(error: BaseException) -> QMessageBox:
    """The box: what happened and what to do (an error LingAssist raised on purpose says
    both), or that something unexpected happened and where to report it."""
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("StartError", "LingAssist cannot start"),
        shown_error(error)
        if isinstance(error, UserFacingError)
        else QCoreApplication.translate(
            "StartError",
            "LingAssist stopped while starting because of an unexpected problem: {error}. "
            "Nothing was changed. Please report it, with the message the terminal shows when "
            "you start lingassist there.",
        ).format(error=str(error) or type(error).__name__),
    )
    if isinstance(error, UserFacingError):
        box.setInformativeText(
            QCoreApplication.translate(
                "StartError", "Start LingAssist again once this is put right."
            )
        )
    box.setObjectName("startError")
    return box
