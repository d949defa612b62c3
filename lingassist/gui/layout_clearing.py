"""Emptying a layout before it is filled again."""

from __future__ import annotations

from PySide6.QtWidgets import QLayout


def clear_layout(layout: QLayout) -> None:
    """Remove every widget from `layout` at once.

    `deleteLater` only deletes at the next turn of the event loop; until then the old
    widget is still a visible child and paints under the new one (doubled text in the
    account list right after a write). Hiding it first makes the swap clean.
    """
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget()
        if widget is not None:
            widget.hide()
            widget.deleteLater()
