"""A real ``lingassist`` process leaves a whole ledger file and never lets the demo
overwrite a person's home."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

from sqlalchemy import text

from tests.conftest import make_home


def lingassist(*words: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "lingassist", *words],
        capture_output=True,
        text=True,
        timeout=180,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )


def _copy_of_main_file(home: Path, tmp_path: Path) -> Path:
    """Only ledger.sqlite3, copied as a person backing up would."""
    copy = tmp_path / "backup" / "ledger.sqlite3"
    copy.parent.mkdir(exist_ok=True)
    shutil.copyfile(home / "ledger.sqlite3", copy)
    return copy


def _wal_is_empty(home: Path) -> bool:
    wal = home / "ledger.sqlite3-wal"
    return not wal.exists() or wal.stat().st_size == 0


def test_after_a_command_the_main_file_holds_the_whole_ledger(tmp_path: Path) -> None:
    home = tmp_path / "home"
    make_home(home).database.close()
    words = ("add", "12.50", "--merchant", "Blue Bottle", "--date", "2026-11-20")
    result = lingassist("--home", str(home), *words)
    assert result.returncode == 0, result.stderr

    assert _wal_is_empty(home)
    with sqlite3.connect(_copy_of_main_file(home, tmp_path)) as copy:
        found = copy.execute(
            "SELECT t.date, p.amount_minor FROM transactions t"
            " JOIN postings p ON p.transaction_id = t.id"
            " JOIN merchants m ON m.id = t.merchant_id"
            " WHERE m.name = 'Blue Bottle' AND p.amount_minor < 0"
        ).fetchall()
    assert found == [("2026-11-20", -1250)]


def test_demo_refuses_a_home_with_a_real_ledger(tmp_path: Path) -> None:
    home = tmp_path / "real"
    make_home(home, currency="GBP", locale="en_GB").database.close()
    added = lingassist("--home", str(home), "add", "12.50", "--merchant", "Blue Bottle")
    assert added.returncode == 0, added.stderr
    settings_before = (home / "settings.json").read_bytes()

    result = lingassist("--demo", "--home", str(home), "list")

    assert result.returncode == 2 and result.stdout == ""
    assert str(home) in result.stderr and "empty folder" in result.stderr, result.stderr
    assert "Traceback" not in result.stderr
    assert (home / "settings.json").read_bytes() == settings_before
    with sqlite3.connect(home / "ledger.sqlite3") as ledger:
        assert ledger.execute("SELECT count(*) FROM transactions").fetchone() == (1,)


def test_demo_into_a_new_folder_leaves_a_whole_main_file(tmp_path: Path) -> None:
    home = tmp_path / "demo"
    result = lingassist("--demo", "--home", str(home), "list", "--limit", "1")
    assert result.returncode == 0, result.stderr

    assert _wal_is_empty(home)
    with sqlite3.connect(_copy_of_main_file(home, tmp_path)) as copy:
        assert copy.execute("SELECT count(*) FROM transactions").fetchone()[0] > 1_000


def test_after_the_window_closes_the_main_file_holds_the_whole_ledger(tmp_path: Path) -> None:
    home = tmp_path / "home"
    context = make_home(home)
    with context.database.sessions.begin() as session:  # left in the WAL: never checkpointed
        session.execute(text("CREATE TABLE notes (body TEXT)"))
        session.execute(text("INSERT INTO notes VALUES ('written before the window')"))
    assert not _wal_is_empty(home)

    result = lingassist("--home", str(home), "--screenshot", str(tmp_path / "window.png"))
    assert result.returncode == 0, result.stderr

    assert _wal_is_empty(home)
    with sqlite3.connect(_copy_of_main_file(home, tmp_path)) as copy:
        assert copy.execute("SELECT body FROM notes").fetchall() == [("written before the window",)]
    context.database.close()
