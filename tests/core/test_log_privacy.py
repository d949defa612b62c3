"""The log names the fault (types and frames) but not the person's data in its messages."""

from __future__ import annotations

import logging
from sys import exc_info

import pytest

from lingassist.core.log_privacy import HIDDEN, PrivateFormatter, debug_logging

SECRET = "12.50 at Blue Bottle for Alice"


def failing_record() -> logging.LogRecord:
    try:
        try:
            raise ValueError(f"could not read {SECRET}")
        except ValueError as error:
            raise RuntimeError(f"while saving {SECRET}") from error
    except RuntimeError:
        return logging.LogRecord("lingassist", logging.ERROR, __file__, 1, "x", None, exc_info())


def test_tracebacks_keep_types_and_frames_but_not_messages() -> None:
    text = PrivateFormatter("%(message)s").format(failing_record())
    assert SECRET not in text and "12.50" not in text and "Alice" not in text
    assert "builtins.ValueError: " + HIDDEN in text
    assert "builtins.RuntimeError: " + HIDDEN in text
    assert text.index("ValueError") < text.index("which led to") < text.index("RuntimeError")
    assert "failing_record" in text  # the frames are all there


def test_debug_logging_shows_the_messages(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LINGASSIST_DEBUG", "1")
    assert debug_logging()
    text = PrivateFormatter("%(message)s", show_messages=debug_logging()).format(failing_record())
    assert SECRET in text
    monkeypatch.setenv("LINGASSIST_DEBUG", "0")
    assert not debug_logging()
