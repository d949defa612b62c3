"""Shared fixtures. Qt runs offscreen; every test gets its own LingAssist home."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator  # noqa: E402
from datetime import date  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from lingassist.config import AppPaths, Settings, save_settings  # noqa: E402
from lingassist.services.context import AppContext, open_home  # noqa: E402

TODAY = date(2026, 11, 23)


def make_home(home: Path, currency: str = "EUR", locale: str = "en_IE") -> AppContext:
    """A fresh home with fixed settings and a fixed clock."""
    paths = AppPaths(home).ensure()
    save_settings(paths, Settings(default_currency=currency, locale=locale))
    return open_home(home, today=lambda: TODAY)


@pytest.fixture
def context(tmp_path: Path) -> AppContext:
    """An empty EUR ledger (Checking and Cash accounts) where today is 2026-11-23."""
    return make_home(tmp_path / "home")


@pytest.fixture
def open_umask() -> Iterator[None]:
    """The common default umask 022, which makes files 0644 and folders 0755."""
    previous = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(previous)
