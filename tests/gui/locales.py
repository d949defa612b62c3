"""Qt's default locale set for one block of a GUI test."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QLocale


@contextmanager
def default_locale(name: str) -> Iterator[None]:
    """Qt's default locale set to `name` ("fr_FR") for a block, the previous one back after."""
    before = QLocale()
    QLocale.setDefault(QLocale(name))
    try:
        yield
    finally:
        QLocale.setDefault(before)
