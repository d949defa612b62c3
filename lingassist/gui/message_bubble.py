"""MessageBubble: one message in the conversation, the person's or the assistant's."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from lingassist.gui.long_words import breakable

MAX_WIDTH = 560
MIN_WIDTH = 160  # a bubble narrows to this in a narrow window (its text wraps)
PADDING = 32  # the bubble's padding left and right (style.py)
ECHO_CHARS = 280  # the most of a person's message a bubble repeats (a paste can be pages)


def shortened(text: str, limit: int = ECHO_CHARS) -> str:
    """`text`, or its first `limit` characters and how many more there were."""
    if len(text) <= limit:
        return text
    more = QCoreApplication.translate(
        "MessageBubble", "(+%Ln more characters)", "", len(text) - limit
    )
    return f"{text[:limit].rstrip()}… {more}"


class BubbleLabel(QLabel):
    """A wrapping label that asks for the width of its longest line (up to `MAX_WIDTH`);
    its minimum width is at most `MIN_WIDTH`, so it never widens the conversation."""

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        lines = self.text().splitlines() or [""]
        longest = max(self.fontMetrics().horizontalAdvance(line) for line in lines)
        width = min(MAX_WIDTH, longest + PADDING)
        return QSize(width, self.heightForWidth(width))


class MessageBubble(QWidget):
    """Text in a rounded box, right-aligned for the person, left for the assistant. A long
    message of the person's shows its first `ECHO_CHARS` characters and "Show all"."""

    def __init__(
        self, text: str, *, mine: bool, spoken: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        said = self.tr("(spoken)") + " " if spoken else ""
        self.full_text = said + text
        long = mine and len(text) > ECHO_CHARS  # a paste is echoed short; replies never are
        self.label = BubbleLabel(
            breakable(said + (shortened(text) if long else text)),
            wordWrap=True,
            objectName="myMessage" if mine else "assistantMessage",
        )
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setMaximumWidth(MAX_WIDTH)
        self.label.setMinimumWidth(min(self.label.sizeHint().width(), MIN_WIDTH))
        self.show_all = QPushButton(
            self.tr("Show all %Ln characters", "", len(text)),
            objectName="linkButton",
            flat=True,
            toolTip=self.tr("Show the whole message in the bubble"),
        )
        self.show_all.setVisible(long)
        self.show_all.clicked.connect(self._show_all)
        # Preferred, not Fixed, vertically: a narrower bubble gets the taller height it needs
        side = Qt.AlignmentFlag.AlignRight if mine else Qt.AlignmentFlag.AlignLeft
        column = QVBoxLayout()
        column.setSpacing(0)
        column.addWidget(self.label)
        column.addWidget(self.show_all, 0, side)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 2, 0, 2)
        if mine:
            row.addStretch(1)
        row.addLayout(column)
        if not mine:
            row.addStretch(1)

    def _show_all(self) -> None:
        self.label.setText(breakable(self.full_text))
        self.show_all.hide()
