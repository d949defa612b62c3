"""A ledger at schema 0007 (before change sets kept their label as a phrase) with a change
set in it, upgraded to the newest schema: shared by the SQLite and the PostgreSQL test."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from alembic import command
from sqlalchemy import create_engine, text

from lingassist.core.phrases import Amount, Phrase, phrase
from lingassist.ledger import journal
from lingassist.ledger.database import alembic_config, open_database, schema_revision

OLD_LABEL = "Add expense 12.50 EUR at Blue Bottle"


def write_at_0007(url: str) -> None:
    """Build the 0007 schema at `url` (an empty database) and keep one change set in it,
    as LingAssist 0007 wrote them (a label, no phrase)."""
    engine = create_engine(url)
    try:
        config = alembic_config()
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "0007")
        with engine.begin() as connection:
            connection.execute(
                text(
                    "INSERT INTO change_sets (label, created_at, undone, entered_by) "
                    "VALUES (:label, :when, :undone, '')"
                ),
                {"label": OLD_LABEL, "when": datetime(2026, 12, 2, tzinfo=UTC), "undone": False},
            )
        assert schema_revision(engine) == "0007"
    finally:
        engine.dispose()


def check_upgraded(url: str) -> None:
    """Open the 0007 ledger (migrating it): the old change set keeps its English label and
    has no phrase; a new one is kept with its phrase; undo says each as it was kept."""
    database = open_database(url)
    try:
        assert schema_revision(database.engine) == "0008"
        with database.sessions.begin() as session:
            old = journal.newest_change(session)
            assert old is not None
            assert (old.label, old.said, old.phrase) == (OLD_LABEL, None, Phrase(OLD_LABEL))
            said = phrase(
                "Add expense {amount} at {where}",
                amount=Amount(Decimal("4.20"), "EUR", "4.20 EUR"),
                where="Brew Lab",
            )
            journal.begin_change(session, said)
        with database.sessions.begin() as session:
            assert journal.peek_phrases(session) == (said, None)
            assert journal.undo(session) == said
            assert journal.undo(session) == Phrase(OLD_LABEL)
            assert journal.peek_labels(session) == (None, OLD_LABEL)
        with database.engine.connect() as connection:
            stored = dict(connection.execute(text("SELECT label, said FROM change_sets")).all())
        assert stored[OLD_LABEL] is None
        assert stored["Add expense 4.20 EUR at Brew Lab"].startswith('{"t":"Add expense')
    finally:
        database.close()
