"""DashboardCard: a titled, rounded panel that holds one part of the dashboard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from lingassist.gui.elided_label import ElidedLabel
from lingassist.gui.line_first_label import LineFirstLabel

MINIMUM_WIDTH = 300


class DashboardCard(QFrame):
    """A card with a title, an optional caption on the right, and a body."""

    def __init__(self, title: str, body: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="dashboardCard")
        self.title = ElidedLabel(title, objectName="dashboardCardTitle")
        self.caption = LineFirstLabel(objectName="dashboardCardCaption", wordWrap=True)
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
