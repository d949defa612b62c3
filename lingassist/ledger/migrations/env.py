"""Alembic environment: runs migrations on the connection LingAssist hands over."""

from __future__ import annotations

from alembic import context

from lingassist.ledger.tables import metadata

target_metadata = metadata


def run_migrations() -> None:
    """Migrate the connection passed in ``config.attributes["connection"]``."""
    connection = context.config.attributes["connection"]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite can only ALTER through table copies
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations()
