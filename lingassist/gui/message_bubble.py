"""MessageBubble: one message in the conversation, the person's or the assistant's."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget

MAX_WIDTH = 520
ECHO_CHARS = 280  # the most of a person's message a bubble repeats (a paste can be pages)


def shortened(text: str, limit: int = ECHO_CHARS) -> str:
    """`text`, or its first `limit` characters and how many more there were."""
    if len(text) <= limit:
        return text
    return f"{text[:limit].rstrip()}… (+{len(text) - limit:,} more characters)"


class MessageBubble(QWidget):
    """Text in a rounded box, right-aligned for the person, left for the assistant."""

    def __init__(
        self, text: str, *, mine: bool, spoken: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.label = QLabel(
            ("(spoken) " if spoken else "") + text,
            wordWrap=True,
            objectName="myMessage" if mine else "assistantMessage",
        )
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setMaximumWidth(MAX_WIDTH)
        longest = max(
            (self.label.fontMetrics().horizontalAdvance(line) for line in text.splitlines()),
            default=0,
        )
        self.label.setMinimumWidth(min(MAX_WIDTH, longest + 32))
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 2, 0, 2)
        if mine:
            row.addStretch(1)
        row.addWidget(self.label)
        if not mine:
            row.addStretch(1)
