"""``backup``, ``backups`` and ``restore`` from the command line, in process: a backup →
damage → restore round trip, also when the damaged ledger cannot even be opened."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from lingassist.cli import main
from tests.conftest import make_home


@pytest.fixture
def home(tmp_path: Path) -> Path:
    folder = tmp_path / "home"
    make_home(folder).database.close()
    return folder


def run(home: Path, capsys: pytest.CaptureFixture[str], *words: str) -> tuple[int, str, str]:
    status = main(["--home", str(home), *words])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def add_two(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for amount, merchant in (("12.50", "Blue Bottle"), ("40", "Landlord")):
        words = ("add", amount, "--merchant", merchant, "--date", "2026-11-20")
        assert run(home, capsys, *words)[0] == 0


def listing(home: Path, capsys: pytest.CaptureFixture[str]) -> str:
    return run(home, capsys, "list")[1]


def newest_backup(home: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, object]:
    status, out, _ = run(home, capsys, "backups", "--json")
    assert status == 0
    return dict(json.loads(out.splitlines()[-1]))


def test_backup_damage_restore_round_trip(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    add_two(home, capsys)
    before = listing(home, capsys)
    status, out, _ = run(home, capsys, "backup")
    assert status == 0 and out.startswith("Backed up 2 transactions to ")
    made = newest_backup(home, capsys)
    assert made["transactions"] == 2 and Path(str(made["path"])).is_file()
    run(home, capsys, "add", "999", "--merchant", "Mistake")

    status, out, _ = run(home, capsys, "restore", str(made["path"]))
    assert status == 0 and "2 transactions" in out and "(3 transactions now)" in out
    assert "Nothing was changed" in out and "Mistake" in listing(home, capsys)

    status, out, _ = run(home, capsys, "restore", str(made["path"]), "--yes")
    assert status == 0 and out.startswith(f"Restored {made['path']} (2 transactions).")
    safety = Path(out.split("is backed up in ")[1].strip())
    assert safety.is_file() and stat.S_IMODE(safety.stat().st_mode) == 0o600
    assert listing(home, capsys) == before
    assert stat.S_IMODE((home / "ledger.sqlite3").stat().st_mode) == 0o600
    lines = run(home, capsys, "backups", "--json")[1].splitlines()
    assert [json.loads(line)["transactions"] for line in lines] == [2, 3]


def test_a_junk_ledger_is_restored_although_it_cannot_be_opened(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    add_two(home, capsys)
    before = listing(home, capsys)
    run(home, capsys, "backup")
    made = newest_backup(home, capsys)
    ledger = home / "ledger.sqlite3"
    for companion in (home / "ledger.sqlite3-wal", home / "ledger.sqlite3-shm"):
        companion.unlink(missing_ok=True)
    ledger.write_bytes(b"junk, not a database")
    status, _, err = run(home, capsys, "list")
    assert status == 2 and f"lingassist restore {made['path']}" in err

    status, out, _ = run(home, capsys, "restore", str(made["path"]))
    assert status == 0 and "damaged" in out and "Nothing was changed" in out
    assert ledger.read_bytes() == b"junk, not a database"

    status, out, _ = run(home, capsys, "restore", str(made["path"]), "--yes")
    assert status == 0 and "Restored" in out
    kept = Path(out.split("kept, as it was, in ")[1].strip())
    assert kept.read_bytes() == b"junk, not a database"
    assert listing(home, capsys) == before


def test_a_file_that_is_not_a_ledger_is_refused_with_a_clear_message(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    add_two(home, capsys)
    before = listing(home, capsys)
    notes = tmp_path / "notes.txt"
    notes.write_text("shopping list\n")
    status, out, err = run(home, capsys, "restore", str(notes), "--yes")
    assert status == 2 and out == ""
    assert "not a readable LingAssist ledger" in err and "nothing was changed" in err
    assert "Traceback" not in err
    assert listing(home, capsys) == before
    assert not (home / "backups").exists()


def test_backup_to_another_folder_and_an_empty_listing(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = run(home, capsys, "backups")
    assert status == 0 and "No backups yet" in out
    elsewhere = tmp_path / "usb"
    status, out, _ = run(home, capsys, "backup", "--to", str(elsewhere))
    assert status == 0 and str(elsewhere) in out
    status, out, _ = run(home, capsys, "backups", "--in", str(elsewhere))
    path, created, *_ = out.split("  ")
    assert Path(path).parent == elsewhere and created[:4].isdigit()
    assert out.rstrip().endswith("0 transactions  by you")
