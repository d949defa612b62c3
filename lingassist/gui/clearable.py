"""A line edit's clear button (the little ⨯ Qt draws inside it), with a tooltip."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLineEdit

CLEAR_ACTION = "_q_qlineeditclearaction"  # Qt's name for the action behind the button


def make_clearable(line_edit: QLineEdit, tip: str = "") -> None:
    """Show a clear button in `line_edit` that says what it does when pointed at."""
    line_edit.setClearButtonEnabled(True)
    action = line_edit.findChild(QAction, CLEAR_ACTION)
    if action is not None:
        action.setToolTip(tip or QCoreApplication.translate("make_clearable", "Clear"))
