"""DropOverlay: a veil over the window while files are dragged, saying what a drop does."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt
from PySide6.QtWidgets import QLabel, QWidget

TEXT = QT_TRANSLATE_NOOP(
    "DropOverlay",
    "Drop receipts, bills or bank statements\n"
    "They are read on this computer; nothing is saved until you confirm.",
)


class DropOverlay(QLabel):
    """Covers its parent exactly, above every other child, until hidden."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, objectName="dropOverlay")
        self.setText(self.tr(TEXT))
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.hide()
        parent.installEventFilter(self)

    def show_over_parent(self) -> None:
        """Show, sized to the parent."""
        self.setGeometry(self.parentWidget().rect())
        self.raise_()
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.parentWidget().rect())
        return super().eventFilter(watched, event)
