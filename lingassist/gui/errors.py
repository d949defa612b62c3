"""The one place the window shows an unexpected error (after logging its traceback)."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QMessageBox, QWidget

log = logging.getLogger("lingassist")


def show_unexpected(parent: QWidget, error: BaseException) -> None:
    """Log the traceback and tell the person briefly; nothing was saved half-way."""
    log.error("unexpected error", exc_info=error)
    QMessageBox.warning(
        parent,
        "Something went wrong",
        f"{error}\n\nNothing was changed in your ledger. Details are in the log file.",
    )
