"""ReceiptPhoto: a receipt's photo scaled to the space it has, with the boxes a field was
read from; a click opens it at full size (zoomable)."""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

from lingassist.receipts.draft import Box

HIGHLIGHT = QColor(47, 111, 222)
MINIMUM = QSize(110, 150)
PREFERRED = QSize(380, 560)
MAX_ENLARGEMENT = 2


class ReceiptPhoto(QWidget):
    """Draws the photo as large as fits, top-aligned."""

    clicked = Signal()  # no payload: the person wants a closer look

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="receiptImage")
        self._photo = QPixmap()
        self._boxes: tuple[Box, ...] = ()
        self._scale = 1.0  # photo pixels per box unit
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(
            self.tr("Click to see the photo at full size (zoom with Ctrl+wheel or Ctrl++)")
        )

    @property
    def photo(self) -> QPixmap:
        """The photo shown, unscaled."""
        return self._photo

    def set_photo(self, photo: QPixmap, boxes: tuple[Box, ...] = (), scale: float = 1.0) -> None:
        """Show `photo` with `boxes` (in units that `scale` turns into photo pixels)."""
        self._photo, self._boxes, self._scale = photo, boxes, scale
        self.update()

    def shown_rect(self) -> QRect:
        """Where the photo is drawn: fitted into the widget, centred, enlarged at most
        `MAX_ENLARGEMENT` times (a small photo gets no sharper by growing more)."""
        if self._photo.isNull():
            return QRect()
        size = self._photo.size().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        if size.width() > self._photo.width() * MAX_ENLARGEMENT:
            size = self._photo.size() * MAX_ENLARGEMENT
        return QRect((self.width() - size.width()) // 2, 0, size.width(), size.height())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return PREFERRED

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return MINIMUM

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        if event.button() == Qt.MouseButton.LeftButton and not self._photo.isNull():
            self.clicked.emit()
        super().mouseReleaseEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        if self._photo.isNull():
            painter.drawText(
                self.rect(), int(Qt.AlignmentFlag.AlignCenter), self.tr("(no preview)")
            )
            return
        target = self.shown_rect()
        painter.drawPixmap(target, self._photo)
        ratio = self._scale * target.width() / self._photo.width()
        painter.setPen(QPen(HIGHLIGHT, 2))
        painter.setBrush(QColor(47, 111, 222, 40))
        for left, top, width, height in self._boxes:
            painter.drawRect(
                QRectF(
                    target.x() + left * ratio - 2,
                    target.y() + top * ratio - 2,
                    width * ratio + 4,
                    height * ratio + 4,
                )
            )
