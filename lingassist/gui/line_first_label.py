"""LineFirstLabel: a wrapping label that asks for the width of its longest line, so it
wraps only when short of room (a wrapping QLabel asks for less and breaks lines that
would fit)."""

from __future__ import annotations

import re

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QLabel

MAX_HINT = 640  # the widest it asks to be; a longer line wraps


class LineFirstLabel(QLabel):
    """A QLabel with word wrap whose size hint is its longest line (up to `MAX_HINT`)."""

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        if not self.wordWrap():
            return super().sizeHint()
        plain = re.sub(r"<[^>]*>", "", self.text()).replace("&nbsp;", " ")
        lines = plain.splitlines() or [""]
        longest = max(self.fontMetrics().horizontalAdvance(line) for line in lines)
        margins = self.contentsMargins()
        width = min(MAX_HINT, longest + margins.left() + margins.right() + 4)
        return QSize(width, self.heightForWidth(width))
