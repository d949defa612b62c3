"""The password of a ledger on a database server, kept in the system keyring (``keyring``:
Secret Service, macOS Keychain, Windows Credential Locker) and never in settings.json.

When no keyring works (a headless machine without a Secret Service), nothing is stored:
saying so beats keeping the password in a plain file. The URL may then carry the password
for one run (``--database-url``), or the server may need none (a Unix socket with peer
authentication, a client certificate, ``~/.pgpass``).
"""

from __future__ import annotations

import logging

from lingassist.core.errors import UserFacingError
from lingassist.core.phrases import phrase
from lingassist.ledger import server

SERVICE = "LingAssist database"
log = logging.getLogger(__name__)


def account_of(url: str) -> str:
    """The keyring's name for this login: ``user@host:port/database`` (no password)."""
    parsed = server.parse(url)
    host = parsed.host or parsed.query.get("host") or "localhost"
    port = f":{parsed.port}" if parsed.port else ""
    return f"{parsed.username or ''}@{host}{port}/{parsed.database or ''}"


def stored_password(url: str) -> str | None:
    """The password the keyring keeps for this URL's login; None when there is none or no
    keyring works here (logged once, without the URL's password)."""
    try:
        import keyring
        from keyring.errors import KeyringError

        return keyring.get_password(SERVICE, account_of(url))
    except (ImportError, KeyringError, RuntimeError) as error:
        log.info("no system keyring for the database password: %s", type(error).__name__)
        return None


def store_password(url: str, password: str) -> None:
    """Keep `password` for this URL's login in the system keyring.

    Raises:
        UserFacingError: no keyring backend works here; nothing was stored (the password is
            never written to a file instead).
    """
    try:
        import keyring
        from keyring.errors import KeyringError

        keyring.set_password(SERVICE, account_of(url), password)
    except (ImportError, KeyringError, RuntimeError) as error:
        raise UserFacingError(
            phrase(
                "No system keyring is available here (e.g. no Secret Service on a headless "
                "machine: {error}), so the password was not stored anywhere; it is never "
                "written to the settings file. Give it in --database-url for one run, or use "
                "~/.pgpass, or a desktop session with a keyring.",
                error=type(error).__name__,
            )
        ) from error
