"""Fixtures of the ledger tests."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest


@pytest.fixture
def logs_to_this_home(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The command line's log goes to the home of this test (the first home a process
    opens keeps it otherwise), and is closed after."""
    log = logging.getLogger("lingassist")
    monkeypatch.setattr(log, "handlers", [])
    yield
    for handler in log.handlers:
        handler.close()
