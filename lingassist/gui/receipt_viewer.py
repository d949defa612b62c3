"""ReceiptViewer: an attached receipt photo at full size, scrollable."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QDialog, QLabel, QScrollArea, QVBoxLayout, QWidget

MAX_START_WIDTH = 900


class ReceiptViewer(QDialog):
    """Shows one attached file; PDFs and unreadable files say so instead."""

    def __init__(self, path: Path, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        picture = QPixmap(str(path))
        self.image = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        if picture.isNull():
            self.image.setText(f"{path.name} cannot be shown here; it is kept at\n{path}")
        else:
            self.image.setPixmap(picture)
        scroll = QScrollArea(widgetResizable=True)
        scroll.setWidget(self.image)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        width = min(MAX_START_WIDTH, max(picture.width(), 400) + 40)
        self.resize(width, min(900, max(picture.height(), 300) + 40))
