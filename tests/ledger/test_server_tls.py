"""TLS to the ledger's server: libpq's default (sslmode=prefer) encrypts whenever the server
offers it, and a server that accepts only TLS (hostssl, a test certificate authority) is
reached encrypted by default, with sslmode=require, and with sslmode=verify-full against
its authority, while a wrong authority and sslmode=disable are refused with a message that
says what to check. No password appears in an error, on the terminal or in a log file."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest
from sqlalchemy import text

from lingassist.cli import main
from lingassist.core.errors import ServerUnavailable
from lingassist.ledger.database import open_database
from tests import pg

ENCRYPTION = text("SELECT ssl, version FROM pg_stat_ssl WHERE pid = pg_backend_pid()")


def _encryption(url: str) -> tuple[bool, str]:
    database = open_database(url)
    try:
        with database.engine.connect() as connection:
            ssl, version = connection.execute(ENCRYPTION).one()
        return bool(ssl), str(version)
    finally:
        database.close()


def test_a_server_that_requires_tls_is_reached_encrypted(
    stoppable_server: pg.PostgresServer, tmp_path: Path
) -> None:
    defaults = {o.keyword: o.compiled for o in psycopg.pq.Conninfo.get_defaults()}
    assert defaults[b"sslmode"] == b"prefer"  # libpq's own default, as LingAssist's
    server, tls = stoppable_server, stoppable_server.tls
    assert tls is not None
    name = server.fresh_password_database()
    encrypted, version = _encryption(server.tcp_url(name))  # no sslmode given
    assert encrypted and version.startswith("TLSv1."), version
    assert _encryption(server.tcp_url(name, sslmode="require"))[0]
    for host in ("localhost", "127.0.0.1"):  # the certificate names both
        checked = server.tcp_url(name, host=host, sslmode="verify-full", sslrootcert=str(tls.ca))
        assert _encryption(checked)[0]

    with pytest.raises(ServerUnavailable) as plain:
        open_database(server.tcp_url(name, sslmode="disable"))
    assert "encrypted (TLS) connection failed" in str(plain.value)
    other = pg.make_tls_files(tmp_path / "other-ca", name="Someone else's CA")
    with pytest.raises(ServerUnavailable) as unknown:
        open_database(server.tcp_url(name, sslmode="verify-full", sslrootcert=str(other.ca)))
    message = str(unknown.value)
    assert "encrypted (TLS) connection failed" in message and "sslrootcert" in message, message
    assert pg.PASSWORD not in message + str(plain.value)


def test_no_password_in_messages_or_logs_even_with_debug_logging(
    stoppable_server: pg.PostgresServer,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    logs_to_this_home: None,
) -> None:
    """Debug logging writes exceptions' messages too: the password must still not be in
    them, whether the command works, the certificate check fails, or the server is down."""
    monkeypatch.setenv("LINGASSIST_DEBUG", "1")
    server, tls = stoppable_server, stoppable_server.tls
    assert tls is not None
    name = server.fresh_password_database()
    url = server.tcp_url(name, sslmode="verify-full", sslrootcert=str(tls.ca))
    home = ["--home", str(tmp_path / "home"), "--database-url"]
    entry = ["add", "2.40", "--merchant", "Blue Bottle", "--category", "coffee"]
    assert main([*home, url, *entry]) == 0
    assert main([*home, url, "backup"]) == 0
    wrong_ca = pg.make_tls_files(tmp_path / "other-ca").ca
    assert main([*home, url.replace(str(tls.ca), str(wrong_ca)), "list"]) == 0  # the backup
    server.halt()
    assert main([*home, url, *entry]) == 2  # the backup refuses changes
    out, err = capsys.readouterr()
    assert "read-only" in err and "cannot be reached" in err, err
    logs = "".join(p.read_text() for p in (tmp_path / "home" / "logs").glob("*.log*"))
    assert logs, "debug logging wrote nothing"
    for shown in (out, err, logs):
        assert pg.PASSWORD not in shown
