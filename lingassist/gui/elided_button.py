"""ElidedButton: a flat one-line button that ends its text in "…" when space is short,
so the widget beside it (an account's balance) keeps its whole width."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QWidget,
)

MINIMUM_CHARACTERS = 6
PADDING = 12  # the button's own padding and frame, left and right together


class ElidedButton(QPushButton):
    """Shows as much of its text as fits, then "…"; `text()` is the whole text."""

    def __init__(
        self,
        text: str,
        parent: QWidget | None = None,
        *,
        objectName: str = "",  # noqa: N803 - Qt's keyword
        toolTip: str = "",  # noqa: N803 - Qt's keyword
    ) -> None:
        super().__init__(text, parent, objectName=objectName, toolTip=toolTip, flat=True)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        width = self.fontMetrics().averageCharWidth() * MINIMUM_CHARACTERS
        return QSize(width, super().minimumSizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        option = QStyleOptionButton()
        self.initStyleOption(option)
        room = max(self.width() - PADDING, 0)
        metrics = self.fontMetrics()
        if metrics.horizontalAdvance(option.text) > room:
            option.text = metrics.elidedText(option.text, Qt.TextElideMode.ElideRight, room)
        QStylePainter(self).drawControl(QStyle.ControlElement.CE_PushButton, option)
