"""Units of work on the ledger: SQLAlchemy Core connections, each in one transaction.

The ledger's tables are Core ``Table``s and every query is a Core statement, so a unit of
work needs no more than a ``Connection``: it executes, and commits whole or not at all.
``sqlalchemy.orm`` (its ``Session``) is never imported: it alone cost ~0.08 s of every
start-up. A ``Session`` here *is* a ``Connection``; the name says how it is used.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeAlias

from sqlalchemy import Connection, Engine

Session: TypeAlias = Connection
ENTERED_BY = "entered_by"  # the key of a session's ``info`` that names who works through it


class Sessions:
    """Makes the ledger's sessions; safe to share between threads (each session is one
    pooled connection, used by one thread).

    ``with sessions.begin() as session:`` commits when the block ends (rolls back when it
    raises); ``with sessions() as session:`` is for reading (whatever it wrote is rolled
    back)."""

    def __init__(self, engine: Engine, entered_by: str = "") -> None:
        self._engine = engine
        self._entered_by = entered_by  # who makes the change sets (undo walks their own)
        self._committed: list[Callable[[], None]] = []

    @contextmanager
    def __call__(self) -> Iterator[Session]:
        """A session for reading."""
        with self._engine.connect() as connection:
            connection.info[ENTERED_BY] = self._entered_by
            yield connection

    @contextmanager
    def begin(self) -> Iterator[Session]:
        """A session whose work commits as a whole when the block ends without an error."""
        with self._engine.begin() as connection:
            connection.info[ENTERED_BY] = self._entered_by
            yield connection
        for listener in self._committed:
            listener()

    def on_commit(self, listener: Callable[[], None]) -> None:
        """Call `listener` after each commit of a ``begin()`` block."""
        self._committed.append(listener)
