"""Opening a ledger: engine, SQLite pragmas, Alembic migrations and the session factory."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.exc import OperationalError

from lingassist.core.errors import DamagedLedger, ReadOnlyLedger
from lingassist.core.phrases import Phrase, phrase
from lingassist.ledger import server
from lingassist.ledger.sessions import Sessions

if TYPE_CHECKING:
    from collections.abc import Callable

    from alembic.config import Config
    from sqlalchemy.engine import ExceptionContext

MIGRATIONS = Path(__file__).with_name("migrations")
SCHEMA_HEAD = "0008"  # newest migration; tests/ledger/test_migrations.py keeps it honest
BUSY_TIMEOUT_S = 10  # how long a statement waits for another process's lock
MIGRATION_LOCK = 0x4C696E67  # PostgreSQL advisory lock key: one migration at a time
CHECKPOINT_WAIT_MS = 2_000  # closing waits at most this long for other processes


@dataclass(frozen=True)
class Database:
    """An open ledger database.

    Attributes:
        engine: the SQLAlchemy engine (one per process).
        sessions: factory of sessions; use ``with db.sessions.begin() as session:`` so a
            unit of work commits whole or not at all (``with db.sessions() as session:``
            to read).
        url: where the data lives (shown in the self-test, never holds a password here).
    """

    engine: Engine
    sessions: Sessions
    url: str

    def close(self) -> None:
        """Close every pooled connection; on SQLite first checkpoint the write-ahead log
        into the main file and truncate it, so ``ledger.sqlite3`` alone is the whole ledger
        (what a person copies as a backup). Safe to call twice; the engine reconnects if
        used again."""
        if self.engine.dialect.name == "sqlite":
            checkpoint(self.engine)
        self.engine.dispose()


def checkpoint(engine: Engine) -> bool:
    """Copy a SQLite ledger's write-ahead log into the main file and truncate the log.

    Waits at most `CHECKPOINT_WAIT_MS` for other processes' readers and writers; returns
    False when one kept the log busy (its data is safe in the log and is checkpointed when
    that process closes the ledger).
    """
    with engine.connect() as connection:
        connection.exec_driver_sql(f"PRAGMA busy_timeout={CHECKPOINT_WAIT_MS}")
        busy = connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").scalar()
        connection.exec_driver_sql(f"PRAGMA busy_timeout={BUSY_TIMEOUT_S * 1000}")
    return not busy


def sqlite_url(path: Path) -> str:
    """SQLAlchemy URL of a SQLite file."""
    return f"sqlite:///{path}"


def open_database(url: str, *, password: str | None = None, entered_by: str = "") -> Database:
    """Connect, migrate to the newest schema and return the session factory.

    SQLite connections use WAL (readers never wait for the writer), enforce foreign keys
    and wait up to 10 s for a lock instead of failing at once. A server (PostgreSQL) gets
    `password` when its URL has none, TLS when offered, and a connect timeout. Change sets
    made through the sessions are `entered_by` this person (undo walks their own).

    Raises:
        UserFacingError: the server cannot be reached or refuses the login (the message
            names the server, never the password).
    """
    if not server.is_server_url(url):
        engine = create_engine(url, connect_args=_connect_args(url), hide_parameters=True)
        return _open(url, engine, entered_by)
    # pool_pre_ping: a connection the server dropped (restart, NAS asleep) is replaced
    engine = create_engine(
        server.connect_url(url, password), hide_parameters=True, pool_pre_ping=True
    )
    try:
        database = _open(server.masked(url), engine, entered_by)
    except OperationalError as error:
        engine.dispose()
        raise server.connection_problem(error, url) from None
    event.listen(engine, "handle_error", _explain_a_lost_server(url))
    return database


def _explain_a_lost_server(url: str) -> Callable[[ExceptionContext], None]:
    """A server that goes away while the ledger is open (switched off, network gone) fails
    the next statement: say so in words a person can act on (`ServerUnavailable`), not as
    the driver's error. Other database errors (a conflict between two writers) pass, and
    so does a failed pre-ping: the pool then drops every stale connection and connects
    again, which either works (the server is back) or fails here as a lost server."""

    def explain(context: ExceptionContext) -> None:
        error = context.sqlalchemy_exception
        if context.is_pre_ping:
            return
        if not isinstance(error, OperationalError) or not server.is_lost_connection(context):
            return
        raise server.lost_connection(error, url) from None

    return explain


def _open(shown_url: str, engine: Engine, entered_by: str) -> Database:
    # hide_parameters: an error's text (logged) never carries amounts, names or notes
    try:
        # before the pragmas: WAL mode would change another's file
        revision = check_is_ledger(engine)
    finally:
        engine.dispose()
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    if revision != SCHEMA_HEAD:  # usually it is: no second look, no Alembic
        migrate(engine)
    return Database(engine, Sessions(engine, entered_by), shown_url)


def open_read_only(path: Path, refusal: Phrase | str, *, entered_by: str = "") -> Database:
    """Open the SQLite ledger at `path` for reading only, never changing the file: every
    statement that would write raises ``ReadOnlyLedger(refusal)`` before it reaches SQLite
    (which refuses it too: ``mode=ro`` and ``query_only``). The file must be at the newest
    schema (a read-only file cannot be migrated). `entered_by`: whose changes undo would
    take back (it is refused too, but after finding one).

    Raises:
        DamagedLedger: not a LingAssist ledger, or not at this LingAssist's schema.
    """
    url = f"sqlite:///file:{path.resolve()}?mode=ro&uri=true"
    engine = create_engine(url, hide_parameters=True)
    try:
        revision = check_is_ledger(engine)
    finally:
        engine.dispose()
    if revision != SCHEMA_HEAD:
        raise DamagedLedger(f"{path} is at schema {revision}, not {SCHEMA_HEAD}.")
    event.listen(engine, "connect", _read_only_pragmas)
    event.listen(engine, "before_cursor_execute", _refuse_writes(refusal))
    return Database(engine, Sessions(engine, entered_by), sqlite_url(path))


WRITING_WORDS = frozenset({"INSERT", "UPDATE", "DELETE", "REPLACE", "CREATE", "DROP", "ALTER"})


def _refuse_writes(refusal: Phrase | str):  # type: ignore[no-untyped-def]
    def refuse(_connection, _cursor, statement: str, *_rest) -> None:  # type: ignore[no-untyped-def]
        words = statement.lstrip().split(None, 1)
        if words and words[0].upper() in WRITING_WORDS:
            raise ReadOnlyLedger(refusal)

    return refuse


def _read_only_pragmas(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA query_only=ON")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def check_is_ledger(engine: Engine) -> str | None:
    """Refuse, before anything is written, a database that LingAssist must not migrate:
    another program's tables, or a ledger from a newer LingAssist. Returns the revision the
    ledger is at (None for a new, empty database), read on the same connection.

    Raises:
        DamagedLedger: the message says which, and what to do.
    """
    with engine.connect() as connection:
        tables = inspect(connection).get_table_names()
        revision = _revision(connection) if "alembic_version" in tables else None
    where = engine.url.database or engine.url.render_as_string(hide_password=True)
    if tables and "alembic_version" not in tables:
        raise DamagedLedger(
            phrase(
                "{where} is a database, but not a LingAssist ledger (it holds tables such as "
                "{tables}); nothing was changed. Give LingAssist a folder of its own ({how}).",
                where=where,
                tables=", ".join(sorted(tables)[:3]),
                how="--home or $LINGASSIST_HOME",
            )
        )
    if revision is not None and revision > SCHEMA_HEAD:
        raise DamagedLedger(
            phrase(
                "{where} was written by a newer LingAssist (schema {revision}; this one knows "
                "up to {head}); nothing was changed. Update LingAssist to open it.",
                where=where,
                revision=revision,
                head=SCHEMA_HEAD,
            )
        )
    return revision


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest Alembic revision (a no-op when it already is).

    Alembic is imported only when there is something to migrate: it costs ~0.1 s of start-up.
    """
    if schema_revision(engine) == SCHEMA_HEAD:
        return
    from alembic import command

    config = alembic_config()
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":  # two people starting the new version
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
        config.attributes["connection"] = connection
        command.upgrade(config, "head")  # a no-op when the other one has just migrated


def schema_revision(engine: Engine) -> str | None:
    """The Alembic revision the database is at (None for a new, empty database)."""
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return _revision(connection)


def _revision(connection: Connection) -> str | None:
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def alembic_config() -> Config:
    """Alembic's configuration, pointing at LingAssist's migrations."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def _connect_args(url: str) -> dict[str, object]:
    return {"timeout": BUSY_TIMEOUT_S} if url.startswith("sqlite") else {}


def _sqlite_pragmas(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()
