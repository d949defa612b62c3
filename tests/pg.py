"""A throwaway PostgreSQL server for the tests: ``initdb`` + ``pg_ctl`` in a temporary folder,
listening only on a Unix socket in that folder (no TCP port), stopped at the end of the session.

PostgreSQL refuses to run as root, and CI runs as root: then the server runs as the
unprivileged ``postgres`` system user (``runuser``), owning the temporary folder. A fresh
database per test is ``CREATE DATABASE … TEMPLATE`` of one migrated template (~0.1 s).

When the binaries are missing, ``server()`` raises ``PostgresMissing``: the fixtures turn it
into a test failure that says what to install (``make test`` installs Debian's
``postgresql``), never a silent skip — a ledger that was never tested on PostgreSQL must
not look green. ``LINGASSIST_TEST_POSTGRES=0`` runs the SQLite half alone, on purpose.
"""

from __future__ import annotations

import itertools
import os
import pwd
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import psycopg

SUPERUSER = "lingassist_test"
TEMPLATE = "lingassist_template"
PASSWORD_ROLE = "lingassist_pw"  # a role that must log in with a password (scram)
PASSWORD = "s3cret-horse-battery"
PORT = 5433  # only names the socket file (.s.PGSQL.5433); no TCP listener
_numbers = itertools.count(1)


class PostgresMissing(RuntimeError):
    """The PostgreSQL server programs are not installed."""


def enabled() -> bool:
    """Whether the tests run on PostgreSQL too (``LINGASSIST_TEST_POSTGRES=0`` turns it off)."""
    return os.environ.get("LINGASSIST_TEST_POSTGRES", "1") != "0"


def binaries() -> Path:
    """The folder holding initdb and pg_ctl (Debian keeps them off PATH)."""
    on_path = shutil.which("pg_ctl")
    if on_path and shutil.which("initdb"):
        return Path(on_path).parent
    for folder in sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True):
        if (folder / "initdb").exists() and (folder / "pg_ctl").exists():
            return folder
    raise PostgresMissing(
        "PostgreSQL's server programs (initdb, pg_ctl) are not installed, so the ledger "
        "tests cannot run on PostgreSQL. Install them (Debian: apt-get install postgresql; "
        "`make test` does it when run as root), or set LINGASSIST_TEST_POSTGRES=0 to run "
        "the SQLite half only."
    )


@dataclass(frozen=True)
class TlsFiles:
    """A test certificate authority and a server certificate it signed (PEM files).

    Attributes:
        ca: the authority's certificate (what a client gives as ``sslrootcert``).
        certificate: the server's, for ``localhost`` and ``127.0.0.1``.
        key: the server's private key.
    """

    ca: Path
    certificate: Path
    key: Path


def make_tls_files(folder: Path, name: str = "LingAssist test CA") -> TlsFiles:
    """A new certificate authority `name` and a server certificate it signed, in `folder`
    (elliptic-curve keys: made in milliseconds)."""
    import datetime
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    now = datetime.datetime.now(datetime.UTC)

    def certificate(subject: str, key, issuer: str, signer, *, ca: bool):  # type: ignore[no-untyped-def]
        builder = (
            x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, subject)]))
            .issuer_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, issuer)]))
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(minutes=5))
            .not_valid_after(now + datetime.timedelta(days=1))
            .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
        )
        if not ca:
            names = [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
            builder = builder.add_extension(x509.SubjectAlternativeName(names), critical=False)
        return builder.sign(signer, hashes.SHA256())

    ca_key, server_key = (
        ec.generate_private_key(ec.SECP256R1()),
        ec.generate_private_key(ec.SECP256R1()),
    )
    ca_certificate = certificate(name, ca_key, name, ca_key, ca=True)
    server_certificate = certificate("localhost", server_key, name, ca_key, ca=False)
    folder.mkdir(parents=True, exist_ok=True)
    files = TlsFiles(folder / "ca.crt", folder / "server.crt", folder / "server.key")
    files.ca.write_bytes(ca_certificate.public_bytes(serialization.Encoding.PEM))
    files.certificate.write_bytes(server_certificate.public_bytes(serialization.Encoding.PEM))
    files.key.write_bytes(
        server_key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return files


@dataclass
class PostgresServer:
    """A running private server.

    Attributes:
        folder: the temporary folder (data and socket).
        bin: where initdb/pg_ctl live.
        run_as: the system user the server runs as (None: the current user).
    """

    folder: Path
    bin: Path
    run_as: str | None
    fsync: bool = False  # the tests throw the data away: no need to wait for the disk
    tls: TlsFiles | None = None  # TLS on TCP (127.0.0.1), and TCP only with TLS
    tcp_port: int = 0  # the TCP port when `tls` is set (127.0.0.1 only)
    started: bool = False
    _template_ready: bool = field(default=False)

    @property
    def port(self) -> int:
        """The port number (of the socket file; and of TCP with `tls`)."""
        return self.tcp_port if self.tls else PORT

    @property
    def socket_dir(self) -> Path:
        return self.folder / "socket"

    @property
    def data_dir(self) -> Path:
        return self.folder / "data"

    def url(self, database: str, *, user: str = SUPERUSER, password: str | None = None) -> str:
        """The SQLAlchemy URL of one database on this server, over the Unix socket."""
        who = f"{user}:{password}" if password is not None else user
        return f"postgresql+psycopg://{who}@/{database}?host={self.socket_dir}&port={self.port}"

    def dsn(self, database: str = "postgres") -> str:
        """A libpq connection string (for psycopg directly)."""
        return f"host={self.socket_dir} port={self.port} dbname={database} user={SUPERUSER}"

    def tcp_url(self, database: str, *, host: str = "127.0.0.1", **query: str) -> str:
        """The URL of one database over TCP (a `tls` server), as the password role."""
        extra = "".join(f"&{name}={value}" for name, value in query.items())
        return (
            f"postgresql+psycopg://{PASSWORD_ROLE}:{PASSWORD}@{host}:{self.tcp_port}/"
            f"{database}?application_name=test{extra}"
        )

    def _command(self, *arguments: str) -> list[str]:
        if self.run_as is None:
            return list(arguments)
        return ["runuser", "-u", self.run_as, "--", *arguments]

    def start(self) -> None:
        """initdb and start the server (a few seconds)."""
        self.socket_dir.mkdir(parents=True)
        if self.run_as is not None:
            entry = pwd.getpwnam(self.run_as)
            for path in (self.folder, self.socket_dir):
                os.chown(path, entry.pw_uid, entry.pw_gid)
        subprocess.run(
            self._command(
                str(self.bin / "initdb"),
                "-D",
                str(self.data_dir),
                "-U",
                SUPERUSER,
                "--auth=trust",
                "--encoding=UTF8",
                "--locale=C",
                "--no-sync",
            ),
            check=True,
            capture_output=True,
        )
        hba = self.data_dir / "pg_hba.conf"
        hba.write_text(
            f"local all {PASSWORD_ROLE} scram-sha-256\nlocal all all trust\n"
            + (f"hostssl all {PASSWORD_ROLE} 127.0.0.1/32 scram-sha-256\n" if self.tls else ""),
            encoding="utf-8",
        )
        self._launch()
        with psycopg.connect(self.dsn(), autocommit=True) as connection:
            connection.execute(f"CREATE ROLE {PASSWORD_ROLE} LOGIN PASSWORD '{PASSWORD}'")

    def _launch(self) -> None:
        """pg_ctl start, on the Unix socket (and with `tls`, TCP on 127.0.0.1 with TLS)."""
        listen = "127.0.0.1" if self.tls else ""
        options = (
            f"-c listen_addresses='{listen}' -c unix_socket_directories='{self.socket_dir}' "
            f"-p {self.port} -c max_connections=300 -c shared_buffers=64MB"
        )
        if self.tls:
            certificate, key = self._server_owned(self.tls.certificate, self.tls.key)
            options += f" -c ssl=on -c ssl_cert_file='{certificate}' -c ssl_key_file='{key}'"
        if not self.fsync:
            options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        subprocess.run(
            self._command(
                str(self.bin / "pg_ctl"),
                "-D",
                str(self.data_dir),
                "-l",
                str(self.folder / "server.log"),
                "-o",
                options,
                "-w",
                "start",
            ),
            check=True,
            capture_output=True,
        )
        self.started = True

    def _server_owned(self, *files: Path) -> list[Path]:
        """Copies of `files` in the data folder, owned by the server's user, 0600 (the
        server refuses a key others can read)."""
        copies = []
        for file in files:
            copy = self.data_dir / file.name
            shutil.copyfile(file, copy)
            copy.chmod(0o600)
            if self.run_as is not None:
                entry = pwd.getpwnam(self.run_as)
                os.chown(copy, entry.pw_uid, entry.pw_gid)
            copies.append(copy)
        return copies

    def resume(self) -> None:
        """Start a halted server again."""
        self._launch()

    def halt(self) -> None:
        """Stop the server but keep its data (`resume` starts it again): a server that
        is down, as a NAS asleep."""
        subprocess.run(
            self._command(
                str(self.bin / "pg_ctl"), "-D", str(self.data_dir), "-m", "fast", "-w", "stop"
            ),
            check=True,
            capture_output=True,
        )
        self.started = False

    def stop(self) -> None:
        """Stop the server (fast: it is thrown away) and remove its folder."""
        if self.started:
            subprocess.run(
                self._command(
                    str(self.bin / "pg_ctl"), "-D", str(self.data_dir), "-m", "immediate", "stop"
                ),
                check=False,
                capture_output=True,
            )
            self.started = False
        shutil.rmtree(self.folder, ignore_errors=True)

    def template(self) -> str:
        """The name of a database migrated to the newest schema (made once)."""
        if not self._template_ready:
            from lingassist.ledger.database import open_database

            self.execute(f"CREATE DATABASE {TEMPLATE}")
            open_database(self.url(TEMPLATE)).close()
            self._template_ready = True
        return TEMPLATE

    def fresh_database(self, *, migrated: bool = True) -> str:
        """A new, empty database (migrated from the template, or blank); its URL."""
        name = f"ledger_{os.getpid()}_{next(_numbers)}"
        source = f" TEMPLATE {self.template()}" if migrated else ""
        self.execute(f"CREATE DATABASE {name}{source}")
        return self.url(name)

    def fresh_password_database(self) -> str:
        """A new migrated database that the password role may use; its name."""
        from sqlalchemy import make_url

        name = str(make_url(self.fresh_database()).database)
        for kind in ("TABLES", "SEQUENCES"):
            self.execute(f"GRANT ALL ON ALL {kind} IN SCHEMA public TO {PASSWORD_ROLE}", name)
        return name

    def execute(self, sql: str, database: str = "postgres") -> None:
        """Run one statement as the superuser, outside a transaction."""
        with psycopg.connect(self.dsn(database), autocommit=True) as connection:
            connection.execute(sql)  # type: ignore[arg-type]


def start_server(*, fsync: bool = False, tls: TlsFiles | None = None) -> PostgresServer:
    """Start a private server; raises PostgresMissing when PostgreSQL is not installed.
    `fsync` makes commits durable (benchmarks); the tests go without. With `tls` it also
    listens on a free TCP port of 127.0.0.1 and accepts TCP logins only over TLS."""
    folder = Path(tempfile.mkdtemp(prefix="lingassist-pg-"))
    run_as = "postgres" if os.geteuid() == 0 else None
    if run_as is not None:
        try:
            pwd.getpwnam(run_as)
        except KeyError as error:
            raise PostgresMissing(
                "The tests run as root, and PostgreSQL refuses to: they need the "
                "unprivileged 'postgres' system user (Debian's postgresql package makes it)."
            ) from error
    server = PostgresServer(folder, binaries(), run_as, fsync, tls, _free_port() if tls else 0)
    try:
        server.start()
    except BaseException:
        server.stop()
        raise
    return server


def _free_port() -> int:
    """A TCP port of 127.0.0.1 nobody listens on now."""
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])
