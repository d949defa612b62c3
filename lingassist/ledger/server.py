"""A ledger on a database server (PostgreSQL): connection defaults, passwords kept out of
every URL that is shown or logged, and plain words for the ways a connection fails.

The password never lives in the settings file: a URL is stored without it and the
password comes from the system keyring (`lingassist.services.database_password`), merged
in here only for the driver.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, OperationalError

from lingassist.core.errors import ServerUnavailable, UserFacingError
from lingassist.core.phrases import Phrase, phrase

if TYPE_CHECKING:
    from sqlalchemy.engine import ExceptionContext

CONNECT_TIMEOUT_S = 10  # an unreachable server says so after this long, not never
SERVER_DRIVERS = {"postgresql": "postgresql+psycopg"}


def is_server_url(url: str) -> bool:
    """True for a database server's URL (anything but a SQLite file)."""
    return bool(url) and not url.startswith("sqlite")


def parse(url: str) -> URL:
    """`url` as a SQLAlchemy URL; plain ``postgresql://`` uses psycopg 3.

    Raises:
        UserFacingError: it is not a database URL (the message shows it masked).
    """
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError) as error:
        raise UserFacingError(
            phrase(
                "{url} is not a database URL: give one such as {example}",
                url=masked(url),
                example="postgresql+psycopg://USER@HOST/DATABASE",
            )
        ) from error
    if parsed.drivername in SERVER_DRIVERS:
        parsed = parsed.set(drivername=SERVER_DRIVERS[parsed.drivername])
    return parsed


def masked(url: str | URL) -> str:
    """The URL as it may be shown or logged: any password replaced by ``***``."""
    if isinstance(url, URL):
        return url.render_as_string(hide_password=True)
    try:
        return make_url(url).render_as_string(hide_password=True)
    except (ArgumentError, ValueError):
        return _mask_text(url)


def without_password(url: str) -> str:
    """The URL to keep in the settings file: the password taken out."""
    parsed = parse(url)
    return URL.create(
        parsed.drivername,
        username=parsed.username,
        host=parsed.host,
        port=parsed.port,
        database=parsed.database,
        query=parsed.query,
    ).render_as_string(hide_password=False)


def password_of(url: str) -> str | None:
    """The password written in the URL itself, if any."""
    return parse(url).password if is_server_url(url) else None


def connect_url(url: str, password: str | None = None) -> URL:
    """The URL the driver gets: `password` merged in when the URL has none, TLS when the
    server offers it (``sslmode=prefer``, unless the URL says otherwise) and a connect
    timeout."""
    parsed = parse(url)
    if password and not parsed.password:
        parsed = parsed.set(password=password)
    if parsed.get_backend_name() != "postgresql":
        return parsed
    query = dict(parsed.query)
    query.setdefault("sslmode", "prefer")
    query.setdefault("connect_timeout", str(CONNECT_TIMEOUT_S))
    query.setdefault("application_name", "LingAssist")
    return parsed.set(query=query)


def encryption(url: str, password: str | None = None) -> str | None:
    """Connect once to the server at `url` (nothing is created or migrated) and return the
    TLS version the connection uses, or None when it is not encrypted (``pg_stat_ssl``).

    Raises:
        ServerUnavailable: the server cannot be reached or refuses the login.
    """
    from sqlalchemy import create_engine, text

    engine = create_engine(connect_url(url, password), hide_parameters=True)
    try:
        with engine.connect() as connection:
            row = connection.execute(
                text("SELECT ssl, version FROM pg_stat_ssl WHERE pid = pg_backend_pid()")
            ).first()
    except OperationalError as error:
        raise connection_problem(error, url) from None
    finally:
        engine.dispose()
    return str(row.version) if row is not None and row.ssl else None


def connection_problem(error: OperationalError, url: str) -> ServerUnavailable:
    """A failed connection in words a person can act on, naming the server (masked) and
    never quoting the password.

    libpq reports a failed connection as text only (no SQLSTATE before a session exists),
    so its reason is read from the words libpq uses; anything else is quoted, masked."""
    advice, refused = _advice(error)
    if isinstance(advice, str):  # libpq's own words, as they are
        said = phrase(
            "Cannot open the ledger on {server}: {reason}", server=_server_of(url), reason=advice
        )
    else:
        said = phrase(
            "Cannot open the ledger on {server}: {advice}.", server=_server_of(url), advice=advice
        )
    return ServerUnavailable(said, login_refused=refused)


def _advice(error: OperationalError) -> tuple[Phrase | str, bool]:
    """What a failed connection means and what to do (without a closing full stop), or
    libpq's own first line when it is none of the failures known; and whether the login
    was refused."""
    reason = str(error.orig) if error.orig is not None else str(error)
    lowered = reason.lower()
    refused = "password authentication failed" in lowered or "no password supplied" in lowered
    advice: Phrase | str
    if refused:
        advice = phrase(
            "the server refused the user name or password. Check them; the password is kept "
            "in the system keyring ({command})",
            command="'lingassist database --url URL --password-stdin'",
        )
    elif any(words in lowered for words in ("ssl", "certificate", "no encryption")):
        advice = phrase(
            "the encrypted (TLS) connection failed ({reason}). Check sslmode and sslrootcert "
            "in the URL: {example} checks the server's certificate against the authority that "
            "signed it; a server that accepts only TLS refuses sslmode=disable",
            reason=_first_line(reason),
            example="sslmode=verify-full&sslrootcert=/path/to/ca.crt",
        )
    elif "does not exist" in lowered and "database" in lowered:
        advice = phrase(
            "the server has no such database: create it first (createdb) or fix the name"
        )
    elif any(
        words in lowered
        for words in (
            "connection refused",
            "could not connect",
            "timeout",
            "timed out",
            "no such file",
            "could not translate host name",
            "name or service not known",
        )
    ):
        advice = phrase(
            "the server cannot be reached. Check that it is running and that this computer "
            "can reach it (address, port, network)"
        )
    else:
        advice = _first_line(reason)
    return advice, refused


def is_lost_connection(context: ExceptionContext) -> bool:
    """Whether a failed statement failed because the server went away: the driver says
    the connection is gone, or no connection could be made (SQLSTATE class 08, a server
    shutting down 57P01-57P03); a conflict or a lock timeout is not that."""
    if context.is_disconnect:
        return True
    state = getattr(context.original_exception, "sqlstate", None)
    if state is None:
        return context.connection is None  # libpq could not connect: no SQLSTATE yet
    return state.startswith("08") or state in ("57P01", "57P02", "57P03")


def lost_connection(error: OperationalError, url: str) -> ServerUnavailable:
    """The connection to an open ledger's server was lost: what it means and what to do."""
    advice = _advice(error)[0]
    return ServerUnavailable(
        phrase(
            "Lost the connection to the ledger on {server}: {advice}. What you just did was "
            "not saved unless it shows once the server is back. Try again then, or restart "
            "LingAssist to see your latest local backup meanwhile.",
            server=_server_of(url),
            advice=advice.rstrip(".") if isinstance(advice, str) else advice,
        )
    )


def _first_line(reason: str) -> str:
    """The first line of libpq's words, any password masked."""
    lines = [line.strip() for line in reason.strip().splitlines() if line.strip()]
    return _mask_text(lines[0] if lines else "unknown")


def _server_of(url: str) -> Phrase:
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):
        return phrase("the database server")
    host = parsed.host or parsed.query.get("host") or "localhost"
    port = f":{parsed.port}" if parsed.port else ""
    return phrase(
        "{database} (as {user})",
        database=f"{host}{port}/{parsed.database or ''}",
        user=parsed.username or phrase("the default user"),
    )


def _mask_text(text: str) -> str:
    """`user:password@` and ``password=…`` in free text replaced by ``***``."""
    import re

    text = re.sub(r"(//[^:/@\s]*):[^@\s]*@", r"\1:***@", text)
    return re.sub(r"(password\s*=\s*)\S+", r"\1***", text, flags=re.IGNORECASE)
