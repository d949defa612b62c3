"""Private by default: with a permissive umask every folder the app makes is 0700 and every
file it writes 0600 (ledger, WAL/SHM, settings, photos, backups, exports, logs)."""

from __future__ import annotations

import logging
import stat
from decimal import Decimal
from pathlib import Path

import pytest
from PIL import Image

from lingassist.config import AppPaths
from lingassist.core.private_files import PrivateRotatingFileHandler
from lingassist.services import payment_exports, payments
from lingassist.services.attachments import store_file
from lingassist.services.context import open_home
from lingassist.services.entries import EntryRequest, record_entry
from lingassist.services.settings import back_up
from tests.conftest import make_home

pytestmark = pytest.mark.sqlite_only  # about the SQLite ledger file itself


def modes(root: Path) -> dict[str, int]:
    """Relative path -> permission bits of everything under `root` (root itself as ".")."""
    found = {".": stat.S_IMODE(root.stat().st_mode)}
    for path in root.rglob("*"):
        found[str(path.relative_to(root))] = stat.S_IMODE(path.stat().st_mode)
    return found


def not_private(root: Path) -> dict[str, str]:
    """Everything under `root` that others could read, with its mode in octal."""
    wrong = {}
    for name, mode in modes(root).items():
        expected = 0o700 if (root / name).is_dir() else 0o600
        if mode != expected:
            wrong[name] = oct(mode)
    return wrong


def test_a_fresh_home_in_use_is_private(open_umask: None, tmp_path: Path) -> None:
    home = tmp_path / "home"
    context = make_home(home)
    record_entry(context, EntryRequest(amount="100", category="INCOME_SALARY", income=True))
    photo = tmp_path / "receipt.png"
    Image.new("RGB", (8, 8), "white").save(photo)
    stored = store_file(context.paths, photo)
    record_entry(context, EntryRequest(amount="12.50", merchant="Blue Bottle"), attachment=stored)
    payments.save_payee(context, "Alice Martin", "DE89370400440532013000", reference="Dinner")
    checked = payments.draft_payment(context, "Alice Martin", Decimal("40.50"))
    pending = payments.confirm_payment(context, checked).id
    qr = payment_exports.export_epc_qr(context, pending, home / "alice.png")
    sepa = payment_exports.export_pain001(
        context,
        [pending],
        home / "sepa.xml",
        debtor_name="Jane Doe",
        debtor_iban="FR14 2004 1010 0505 0001 3M02 606",
    )
    backup = back_up(context)
    written = modes(home)
    assert Path(f"{context.paths.database}-wal").name in written  # the WAL is there to check
    for path in (
        qr,
        sepa,
        backup,
        context.paths.settings,
        context.paths.attachments / stored.stored_name,
    ):
        assert path.is_file()
    assert not_private(home) == {}


def test_an_existing_home_is_made_private_when_opened(open_umask: None, tmp_path: Path) -> None:
    home = tmp_path / "home"
    make_home(home).database.engine.dispose()
    for path in [home, *home.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)
    open_home(home)
    assert {n: m for n, m in modes(home).items() if n in (".", "ledger.sqlite3", "logs")} == {
        ".": 0o700,
        "ledger.sqlite3": 0o600,
        "logs": 0o700,
    }


def test_log_files_are_private_also_after_rotation(open_umask: None, tmp_path: Path) -> None:
    paths = AppPaths(tmp_path / "home").ensure()
    handler = PrivateRotatingFileHandler(paths.logs / "lingassist.log", maxBytes=200, backupCount=2)
    logger = logging.getLogger("lingassist.test_private_files")
    logger.addHandler(handler)
    try:
        for number in range(20):
            logger.warning("line %d with some words to fill the file quickly", number)
    finally:
        logger.removeHandler(handler)
        handler.close()
    assert (paths.logs / "lingassist.log.1").exists()
    assert not_private(paths.home) == {}
