"""WindowKeys: the window's shortcuts work wherever focus is.

A focused line edit claims some of them for itself (Qt asks it first, with a
ShortcutOverride event): Ctrl+K deletes to the end of the line on Linux, Ctrl+Z undoes
typing. This filter, installed on the window's line edits (`watch`), decides instead:

- the window's own keys (the command line, the pages, Find, Import) always go to the window;
- Ctrl+Z in a line edit undoes the typing while there is typed text to undo, and the last
  change to the ledger otherwise (an empty line: it was just sent, or nothing was typed);
- Ctrl+Shift+Z / Ctrl+Y redo typing that was undone, else the ledger's undone change.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QWidget

UNDO_KEYS = (QKeySequence("Ctrl+Z"),)
REDO_KEYS = (QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y"))


class WindowKeys(QObject):
    """Routes shortcut keys pressed anywhere inside `window` (see the module's text)."""

    def __init__(self, window: QWidget, own: list[QKeySequence]) -> None:
        super().__init__(window)
        self._window = window
        self._own = own

    def watch(self, root: QWidget) -> None:
        """Route the keys of every line edit inside `root` (again after pages are built)."""
        for line in root.findChildren(QLineEdit):
            if line.window() is self._window and not line.property("windowKeys"):
                line.setProperty("windowKeys", True)
                line.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (
            event.type() != QEvent.Type.ShortcutOverride
            or not isinstance(event, QKeyEvent)
            or not isinstance(watched, QLineEdit)
        ):
            return False
        if _matches(event, self._own):
            return True  # not claimed: the window's shortcut runs
        if _matches(event, UNDO_KEYS):
            return not (watched.text() and watched.isUndoAvailable())
        if _matches(event, REDO_KEYS):
            return not watched.isRedoAvailable()
        return False


def _matches(event: QKeyEvent, keys: list[QKeySequence] | tuple[QKeySequence, ...]) -> bool:
    pressed = QKeySequence(event.keyCombination())
    return any(pressed.matches(k) == QKeySequence.SequenceMatch.ExactMatch for k in keys)
