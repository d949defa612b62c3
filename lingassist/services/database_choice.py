"""Which database a home uses, chosen from the window (Settings → Shared ledger): a
server's URL is kept in the settings without its password, the password goes to the
system keyring, and a connection check says whether the connection is encrypted.

TLS: LingAssist connects with ``sslmode=prefer`` (libpq's own default), so the connection
is encrypted whenever the server offers TLS; ``?sslmode=verify-full&sslrootcert=CA.crt``
in the URL insists on TLS and checks the server's certificate against that authority.
"""

from __future__ import annotations

from lingassist.config import Settings, load_settings, save_settings
from lingassist.core.errors import UserFacingError
from lingassist.core.phrases import Phrase, phrase
from lingassist.ledger import server
from lingassist.services.context import AppContext
from lingassist.services.database_password import store_password

URL_EXAMPLE = "postgresql+psycopg://USER@HOST/DATABASE"


def check_server(url: str, password: str = "") -> Phrase:
    """Connect once (nothing is created) and say how it went, encryption included (a
    phrase: its `text` is the English).

    Raises:
        UserFacingError: not a server's URL, or the server cannot be used (the message
            says why and what to do; never the password).
    """
    url = url.strip()
    if not server.is_server_url(url):
        raise UserFacingError(phrase("Give a server's URL, e.g. {example}.", example=URL_EXAMPLE))
    version = server.encryption(url, password or None)
    where = server.without_password(url)  # nothing left to mask
    if version is None:
        return phrase(
            "Connected to {where}, NOT encrypted: the server offers no TLS. {advice}",
            where=where,
            advice=_tls_advice(),
        )
    return phrase("Connected to {where}, encrypted ({version}).", where=where, version=version)


def use_database(context: AppContext, url: str, password: str = "") -> Settings:
    """From the next start the home uses the server at `url` ('' for its own SQLite file);
    the password (typed, or written in the URL) goes to the system keyring, never to the
    settings file. Returns the saved settings.

    Raises:
        UserFacingError: not a database URL, or no keyring to keep a password in (then
            nothing is saved).
    """
    url = url.strip()
    if not url:
        kept = ""
    elif not server.is_server_url(url):
        raise UserFacingError(
            phrase("Give a server's URL, or leave it empty for the home's own file.")
        )
    else:
        kept = server.without_password(url)
        secret = password or server.password_of(url) or ""
        if secret:
            store_password(url, secret)
    saved = load_settings(context.paths).with_changes(database_url=kept)  # not a --database-url
    save_settings(context.paths, saved)
    return saved


def _tls_advice() -> Phrase:
    return phrase(
        "Add {query} to the URL to insist on TLS and check the server's certificate.",
        query="?sslmode=verify-full&sslrootcert=/path/to/ca.crt",
    )
