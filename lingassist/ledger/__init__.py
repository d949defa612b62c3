"""The local ledger: SQLModel tables, database set-up, journal (undo/redo) and queries."""
