"""DashboardCard: a titled, rounded panel that holds one part of the dashboard."""

from __future__ import annotations

import re

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from lingassist.gui.elided_label import ElidedLabel

MINIMUM_WIDTH = 300


class DashboardCard(QFrame):
    """A card with a title, an optional caption on the right, and a body."""

    def __init__(self, title: str, body: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="dashboardCard")
        self.title = ElidedLabel(title, objectName="dashboardCardTitle")
        self.caption = _Caption(objectName="dashboardCardCaption", wordWrap=True)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.body = body
        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        # both ask for their whole text; short of room, both give way (the title elides)
        self.title.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        header.addWidget(self.title, 1)
        header.addWidget(self.caption)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(8)
        layout.addLayout(header)
        layout.addWidget(body, 1)
        # cards share a row equally whatever their text; below this width the page scrolls
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(MINIMUM_WIDTH)


class _Caption(QLabel):
    """A caption that asks for one line's width and wraps only when the card is narrow
    (a wrapping QLabel on its own asks for less and breaks lines that would fit)."""

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        plain = re.sub(r"<[^>]*>", "", self.text()).replace("&nbsp;", " ")
        width = max(
            (self.fontMetrics().horizontalAdvance(line) for line in plain.splitlines()), default=0
        )
        margins = self.contentsMargins()
        width += margins.left() + margins.right() + 4
        return QSize(width, self.heightForWidth(width))
