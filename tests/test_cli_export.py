"""``lingassist export`` in process: every format, periods, and bad --out or --period as
messages without a traceback."""

from __future__ import annotations

import stat
import zipfile
from pathlib import Path

import pytest

from lingassist.cli import main
from tests.conftest import make_home
from tests.exports import ledger


@pytest.fixture
def home(tmp_path: Path) -> Path:
    folder = tmp_path / "home"
    context = make_home(folder)
    ledger.build(context, tmp_path)
    context.database.close()
    return folder


def run(home: Path, capsys: pytest.CaptureFixture[str], *words: str) -> tuple[int, str, str]:
    status = main(["--home", str(home), "export", *words])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


@pytest.mark.parametrize(
    ("format", "name", "said"),
    [
        ("csv", "ledger.csv", ", 17 rows to"),
        ("beancount", "ledger.beancount", "(beancount)"),
        ("hledger", "ledger.journal", "(hledger journal)"),
        ("evidence", "evidence.zip", ", 17 rows, 1 receipt photo, 1 photo not found to"),
    ],
)
def test_every_format_is_written_privately(
    home: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    format: str,
    name: str,
    said: str,
) -> None:
    out = tmp_path / name
    status, printed, errors = run(home, capsys, "--format", format, "--out", str(out))
    assert (status, errors) == (0, "")
    assert printed.startswith(f"Exported All time: {ledger.TRANSACTIONS} transactions")
    assert said in printed and f" to {out} (" in printed
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


def test_the_evidence_of_a_month_names_the_missing_photo(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "october.zip"
    status, printed, _ = run(
        home, capsys, "--format", "evidence", "--period", "2026-10", "--out", str(out)
    )
    assert (
        status == 0
        and printed.startswith("Exported October 2026: 2 transactions")
        and "missing photo" not in printed
    )
    with zipfile.ZipFile(out) as archive:
        assert archive.namelist() == ["README.txt", "transactions.csv"]
    status, printed, _ = run(
        home, capsys, "--format", "evidence", "--period", "2026-11", "--out", str(out)
    )
    assert "  missing photo: receipts/2026-11-13_tx13_sock-shop.jpg" in printed


@pytest.mark.parametrize(
    ("out", "message"),
    [
        ("{tmp}/no/such/folder/x.csv", "the folder {tmp}/no/such/folder does not exist"),
        ("{tmp}", "is a folder: give a file name in it"),
        ("{home}/ledger.sqlite3", "is the ledger itself"),
    ],
)
def test_a_bad_out_is_a_message(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], out: str, message: str
) -> None:
    where = out.format(tmp=tmp_path, home=home)
    status, printed, errors = run(home, capsys, "--format", "csv", "--out", where)
    assert status == 2 and printed == ""
    assert errors.startswith("lingassist: ") and message.format(tmp=tmp_path) in errors
    assert "Traceback" not in errors


def test_a_bad_period_is_a_message(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "x.csv"
    status, _, errors = run(
        home, capsys, "--format", "csv", "--period", "2026-13", "--out", str(out)
    )
    assert status == 2 and "is not a period" in errors and not out.exists()


def test_an_unknown_format_is_refused_by_the_parser(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_:
        run(home, capsys, "--format", "qif", "--out", str(tmp_path / "x.qif"))
    assert exit_.value.code == 2 and "invalid choice: 'qif'" in capsys.readouterr().err
