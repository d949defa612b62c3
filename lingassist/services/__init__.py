"""Use cases that the GUI and the CLI call; they own the database transactions."""
