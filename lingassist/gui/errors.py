"""The one place the window shows an unexpected error (after logging its traceback)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

log = logging.getLogger("lingassist")


def show_unexpected(parent: QWidget, error: BaseException) -> None:
    """Log the traceback and tell the person briefly; nothing was saved half-way."""
    log.error("unexpected error", exc_info=error)
    QMessageBox.warning(
        parent,
        QCoreApplication.translate("show_unexpected", "Something went wrong"),
        QCoreApplication.translate(
            "show_unexpected",
            "{error}\n\nNothing was changed in your ledger. Details are in the log file.",
        ).format(error=error),
    )
