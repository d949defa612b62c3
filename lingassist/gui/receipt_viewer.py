"""ReceiptViewer: a receipt photo in a window of its own, scrollable and zoomable."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSize, Qt
from PySide6.QtGui import QKeySequence, QPixmap, QWheelEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

MAX_START_WIDTH = 900
ZOOM_STEP = 1.25
ZOOM_RANGE = (0.1, 8.0)


class ReceiptViewer(QDialog):
    """Shows one attached file; PDFs and unreadable files say so instead. Ctrl+wheel,
    Ctrl++ and Ctrl+- zoom; "Fit" fits the photo to the window; "1:1" shows it as is."""

    def __init__(
        self,
        path: Path | None,
        title: str,
        parent: QWidget | None = None,
        picture: QPixmap | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._picture = picture if picture is not None else QPixmap(str(path))
        self.zoom = 1.0
        self.image = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        if self._picture.isNull():
            self.image.setText(
                self.tr("{name} cannot be shown here; it is kept at\n{path}").format(
                    name=path.name if path else self.tr("The photo"), path=path
                )
            )
            self.image.setWordWrap(True)
        else:
            self.image.setPixmap(self._picture)
        self.scroll = QScrollArea(widgetResizable=True)
        self.scroll.setWidget(self.image)
        self.scroll.viewport().installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.addLayout(self._zoom_buttons())
        layout.addWidget(self.scroll)
        screen = self.screen().availableGeometry().size() if self.screen() else QSize(1280, 900)
        width = min(MAX_START_WIDTH, screen.width() - 40, max(self._picture.width(), 400) + 40)
        height = min(900, screen.height() - 80, max(self._picture.height(), 300) + 80)
        self.resize(width, height)

    @classmethod
    def of_picture(
        cls, picture: QPixmap, title: str, parent: QWidget | None = None
    ) -> ReceiptViewer:
        """A viewer for a photo already in memory (a receipt being checked)."""
        return cls(None, title, parent, picture=picture)

    def set_zoom(self, zoom: float) -> None:
        """Show the photo at `zoom` times its size (within `ZOOM_RANGE`)."""
        if self._picture.isNull():
            return
        self.zoom = min(max(zoom, ZOOM_RANGE[0]), ZOOM_RANGE[1])
        size = self._picture.size() * self.zoom
        self.image.setPixmap(
            self._picture.scaled(
                size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
        )

    def fit(self) -> None:
        """Zoom so that the whole photo shows in the window."""
        if self._picture.isNull():
            return
        room = self.scroll.viewport().size()
        self.set_zoom(
            min(room.width() / self._picture.width(), room.height() / self._picture.height())
        )

    def eventFilter(self, watched: QObject, event) -> bool:  # type: ignore[no-untyped-def]  # noqa: N802
        if (
            isinstance(event, QWheelEvent)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            step = ZOOM_STEP if event.angleDelta().y() > 0 else 1 / ZOOM_STEP
            self.set_zoom(self.zoom * step)
            return True
        return super().eventFilter(watched, event)

    def _zoom_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addStretch(1)
        buttons = (
            (
                "−",
                self.tr("Zoom out (Ctrl+-, or Ctrl+wheel)"),
                QKeySequence.StandardKey.ZoomOut,
                lambda: self.set_zoom(self.zoom / ZOOM_STEP),
            ),
            (
                "+",
                self.tr("Zoom in (Ctrl++, or Ctrl+wheel)"),
                QKeySequence.StandardKey.ZoomIn,
                lambda: self.set_zoom(self.zoom * ZOOM_STEP),
            ),
            (
                self.tr("Fit"),
                self.tr("Fit the photo to the window (Ctrl+0)"),
                QKeySequence("Ctrl+0"),
                self.fit,
            ),
            (
                "1:1",
                self.tr("Show the photo at its own size (Ctrl+1)"),
                QKeySequence("Ctrl+1"),
                lambda: self.set_zoom(1.0),
            ),
        )
        for text, tip, keys, action in buttons:
            button = QPushButton(text, objectName="secondaryButton", toolTip=tip)
            button.setShortcut(QKeySequence(keys))
            button.setAutoDefault(False)
            button.clicked.connect(action)
            button.setEnabled(not self._picture.isNull())
            row.addWidget(button)
        return row
