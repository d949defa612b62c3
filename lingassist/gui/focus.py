"""Keyboard focus order: Tab follows the order a person reads the page, not the order the
widgets happened to be made in."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QWidget


def chain_focus(widgets: Sequence[QWidget | None]) -> None:
    """Make Tab go through `widgets` in this order (None entries are skipped); hidden and
    disabled widgets stay in the chain and are passed over by Qt while they are."""
    present = [widget for widget in widgets if widget is not None]
    for first, second in zip(present, present[1:], strict=False):
        QWidget.setTabOrder(first, second)
