"""Logs that say where something went wrong without saying what the person's data is.

An exception's message can carry an amount, a merchant, a note or a file name taken from the
ledger ("could not convert '12.50 Blue Bottle'"). The log keeps what a developer needs to find
the fault (the exception types and every frame of the traceback, causes included) and leaves
the messages out, unless debug logging is switched on (``LINGASSIST_DEBUG=1``). SQL statements'
parameters are never in an error's text to begin with (the engine hides them).
"""

from __future__ import annotations

import logging
import os
import traceback

DEBUG_VARIABLE = "LINGASSIST_DEBUG"
HIDDEN = f"(message hidden; set {DEBUG_VARIABLE}=1 to log it)"


def debug_logging() -> bool:
    """Whether the person (or a developer) switched debug logging on."""
    return os.environ.get(DEBUG_VARIABLE, "").strip() not in ("", "0")


class PrivateFormatter(logging.Formatter):
    """Formats tracebacks with their exception types and frames but without their messages
    (with them when `show_messages`)."""

    def __init__(self, fmt: str, *, show_messages: bool = False) -> None:
        super().__init__(fmt)
        self.show_messages = show_messages

    def formatException(self, ei) -> str:  # type: ignore[no-untyped-def] # noqa: N802 - logging's name
        if self.show_messages or ei[1] is None:
            return super().formatException(ei)
        return "".join(_without_messages(ei[1])).rstrip("\n")


def _without_messages(error: BaseException, seen: frozenset[int] = frozenset()) -> list[str]:
    """The traceback of `error` and of its causes, oldest first, each ending with the
    exception's type instead of its message."""
    lines: list[str] = []
    cause = error.__cause__ or (None if error.__suppress_context__ else error.__context__)
    if cause is not None and id(cause) not in seen:
        lines += _without_messages(cause, seen | {id(error)})
        lines.append("\nwhich led to:\n\n")
    lines.append("Traceback (most recent call last):\n")
    lines += traceback.format_tb(error.__traceback__)
    lines.append(f"{type(error).__module__}.{type(error).__qualname__}: {HIDDEN}\n")
    return lines
