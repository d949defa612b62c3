"""Shared fixtures. Qt runs offscreen; every test gets its own LingAssist home."""

from __future__ import annotations

import os
import shutil
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator  # noqa: E402
from datetime import date  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from lingassist.config import AppPaths, Settings, load_settings, save_settings  # noqa: E402
from lingassist.services.context import AppContext, open_home  # noqa: E402
from tests import pg  # noqa: E402

TODAY = date(2026, 11, 23)
# Test folders whose ledgers run on both engines: each test that makes a home runs once on
# SQLite and once on PostgreSQL. A module (or test) marked `sqlite_only` is about the
# SQLite file itself (backups, file modes, committed old ledger files) and runs once.
BOTH_ENGINES = ("ledger", "services", "payments", "exports")
_servers: list[pg.PostgresServer] = []  # the PostgreSQL server the current test uses, if any


def make_home(home: Path, currency: str = "EUR", locale: str = "en_IE") -> AppContext:
    """A fresh home with fixed settings and a fixed clock; its ledger is a fresh PostgreSQL
    database when the test runs on PostgreSQL."""
    paths = AppPaths(home).ensure()
    url = ""
    if _servers:  # the same home again keeps its database, as the SQLite file is kept
        known = load_settings(paths).database_url if paths.settings.exists() else ""
        url = known or _servers[-1].fresh_database()
    save_settings(paths, Settings(default_currency=currency, locale=locale, database_url=url))
    return open_home(home, today=lambda: TODAY)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "sqlite_only: about the SQLite ledger file; not run on PostgreSQL"
    )


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Run the chosen folders' ledger tests on both engines."""
    if "ledger_engine" not in metafunc.fixturenames or not pg.enabled():
        return
    if "postgres_server" in metafunc.fixturenames:  # a PostgreSQL test of its own
        return
    folder = metafunc.definition.path.parent.name
    if folder in BOTH_ENGINES and metafunc.definition.get_closest_marker("sqlite_only") is None:
        metafunc.parametrize("ledger_engine", ["sqlite", "postgresql"], indirect=True)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[pg.PostgresServer]:
    """One private PostgreSQL server for the session. Missing binaries FAIL the PostgreSQL
    tests with a message saying what to install; they are never skipped silently."""
    try:
        server = pg.start_server()
    except pg.PostgresMissing as error:
        pytest.fail(str(error), pytrace=False)
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def _second_server(postgres_server: pg.PostgresServer) -> Iterator[pg.PostgresServer]:
    """Another private server, which tests stop and start again (a server that is down);
    over TCP it accepts only TLS logins (a test certificate authority made here). It names
    the session's server so that its tests run once, not once per engine."""
    tls = pg.make_tls_files(Path(tempfile.mkdtemp(prefix="lingassist-tls-")))
    try:
        server = pg.start_server(tls=tls)
    except pg.PostgresMissing as error:
        pytest.fail(str(error), pytrace=False)
    try:
        yield server
    finally:
        server.stop()
        shutil.rmtree(tls.ca.parent, ignore_errors=True)


@pytest.fixture
def stoppable_server(_second_server: pg.PostgresServer) -> Iterator[pg.PostgresServer]:
    """A running server that the test may `halt`; it runs again after the test."""
    try:
        yield _second_server
    finally:
        if not _second_server.started:
            _second_server.resume()


@pytest.fixture(autouse=True)
def ledger_engine(request: pytest.FixtureRequest) -> Iterator[str]:
    """Which engine `make_home` (and so `context`) puts the ledger on: "sqlite", or
    "postgresql" for the second run of a test in a `BOTH_ENGINES` folder."""
    engine = getattr(request, "param", "sqlite")
    if engine == "postgresql":
        _servers.append(request.getfixturevalue("postgres_server"))
    try:
        yield engine
    finally:
        if engine == "postgresql":
            _servers.pop()


@pytest.fixture
def context(tmp_path: Path) -> AppContext:
    """An empty EUR ledger (Checking and Cash accounts) where today is 2026-11-23."""
    return make_home(tmp_path / "home")


@pytest.fixture
def open_umask() -> Iterator[None]:
    """The common default umask 022, which makes files 0644 and folders 0755."""
    previous = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(previous)
