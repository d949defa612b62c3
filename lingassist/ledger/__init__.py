"""The local ledger: SQLAlchemy Core tables, database set-up, journal (undo/redo) and queries."""
