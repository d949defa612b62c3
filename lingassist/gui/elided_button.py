"""ElidedButton: a flat one-line button that ends its text in "…" when space is short,
so the widget beside it (an account's balance) keeps its whole width.

It elides on resize rather than in an overridden ``paintEvent``: with the PySide6 in use,
every call of a Python override of a void C++ virtual drops a reference to None, and a
paint-time override in a sidebar is called often enough to abort Python at exit
("deallocating None")."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QPushButton, QSizePolicy, QWidget

MINIMUM_CHARACTERS = 6
PADDING = 12  # the button's own padding and frame, left and right together


class ElidedButton(QPushButton):
    """Shows as much of its text as fits, then "…"; `full_text` is the whole text, also
    its accessible name."""

    def __init__(
        self,
        text: str,
        parent: QWidget | None = None,
        *,
        objectName: str = "",  # noqa: N803 - Qt's keyword
        toolTip: str = "",  # noqa: N803 - Qt's keyword
    ) -> None:
        super().__init__(text, parent, objectName=objectName, toolTip=toolTip, flat=True)
        self.full_text = text
        self.setAccessibleName(text)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * MINIMUM_CHARACTERS)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        room = max(self.width() - PADDING, 0)
        metrics = self.fontMetrics()
        shown = (
            self.full_text
            if metrics.horizontalAdvance(self.full_text) <= room
            else metrics.elidedText(self.full_text, Qt.TextElideMode.ElideRight, room)
        )
        if shown != self.text():
            self.setText(shown)
