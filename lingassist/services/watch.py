"""Noticing another person's changes to a shared ledger: a cheap poll of the ledger's
change counter (one row), the same on SQLite and PostgreSQL."""

from __future__ import annotations

from lingassist.ledger import journal
from lingassist.services.context import AppContext


def ledger_version(context: AppContext) -> int:
    """The ledger's change counter; it differs after anyone's change, undo or redo."""
    with context.database.sessions() as session:
        return journal.ledger_version(session)
