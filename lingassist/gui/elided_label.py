"""ElidedLabel: a one-line label that ends in "…" instead of being cut when space is short."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

MINIMUM_CHARACTERS = 6


class ElidedLabel(QLabel):
    """Shows as much of its text as fits, then "…"; the whole text is its tooltip."""

    def __init__(self, text: str, parent: QWidget | None = None, *, objectName: str = "") -> None:  # noqa: N803
        super().__init__(text, parent, objectName=objectName)
        self.setToolTip(text)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        width = self.fontMetrics().averageCharWidth() * MINIMUM_CHARACTERS
        return QSize(width, super().minimumSizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        metrics, text = self.fontMetrics(), self.text()
        shown = (
            text
            if metrics.horizontalAdvance(text) <= self.width()  # elidedText is a pixel too eager
            else metrics.elidedText(text, Qt.TextElideMode.ElideRight, self.width())
        )
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(self.rect(), int(self.alignment() | Qt.AlignmentFlag.AlignVCenter), shown)
