"""The command line, in process (fast) and as a real subprocess (selftest, screenshot)."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from lingassist.cli import main
from tests.conftest import make_home


@pytest.fixture
def home(tmp_path: Path) -> Path:
    folder = tmp_path / "home"
    # closed now, not whenever it is collected: an open SQLite connection in this process
    # would let a later one read the old pages through its WAL index after the file changed
    make_home(folder).database.engine.dispose()
    return folder


def run(home: Path, capsys: pytest.CaptureFixture[str], *words: str) -> tuple[int, str, str]:
    status = main(["--home", str(home), *words])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def ask_json(
    home: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    lines: list[dict[str, object]],
) -> tuple[int, list[dict[str, object]]]:
    """`lingassist ask - --json` fed `lines` as JSON lines; its status and records."""
    stdin = "\n".join(json.dumps(line) for line in lines) + "\n"
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code, out, _ = run(home, capsys, "ask", "-", "--json")
    return code, [json.loads(line) for line in out.splitlines()]


def test_add_list_report_undo_redo(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(
        home,
        capsys,
        "add",
        "12.50",
        "--merchant",
        "Blue Bottle",
        "--category",
        "FOOD_AND_DRINK_COFFEE",
        "--date",
        "2026-11-20",
    )
    assert status == 0 and out.startswith("Added expense 12.50 EUR at Blue Bottle")
    run(
        home,
        capsys,
        "add",
        "1.234,56",
        "--merchant",
        "Landlord",
        "--category",
        "Rent",
        "--date",
        "2026-11-01",
        "--account",
        "Cash",
    )
    run(
        home,
        capsys,
        "add",
        "3850",
        "--category",
        "INCOME_WAGES",
        "--merchant",
        "ACME",
        "--date",
        "2026-11-25",
    )
    status, out, err = run(home, capsys, "list", "--period", "2026-11", "--json")
    lines = [json.loads(line) for line in out.splitlines()]
    assert status == 0 and len(lines) == 2, err  # INCOME_WAGES is not a PFC v2 code: refused
    assert {"id", "date", "amount", "currency", "merchant", "category", "account", "status"} <= set(
        lines[0]
    )
    assert [(x["date"], x["amount"], x["account"]) for x in lines] == [
        ("2026-11-20", "-12.50", "Checking"),
        ("2026-11-01", "-1234.56", "Cash"),
    ]
    status, out, _ = run(home, capsys, "report", "--period", "2026-11", "--json")
    assert [(r["key"], r["amount"]) for r in map(json.loads, out.splitlines())] == [
        ("RENT_AND_UTILITIES_RENT", "1234.56"),
        ("FOOD_AND_DRINK_COFFEE", "12.50"),
    ]
    assert run(home, capsys, "undo")[1].strip() == "Undid: add expense 1,234.56 EUR at Landlord"
    assert run(home, capsys, "redo")[1].strip() == "Redid: add expense 1,234.56 EUR at Landlord"


def test_income_category_records_income(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(
        home, capsys, "add", "3850", "--category", "INCOME_SALARY", "--date", "2026-11-25"
    )
    assert status == 0 and out.startswith("Added income 3,850.00 EUR")
    status, out, _ = run(home, capsys, "report", "--period", "2026", "--income", "--json")
    assert json.loads(out)["amount"] == "3850.00"
    status, out, _ = run(home, capsys, "report", "--period", "2026", "--by", "month")
    assert "Spending by month, 2026" in out


@pytest.mark.parametrize(
    ("words", "message"),
    [
        (("add", "abc"), "Could not read 'abc'"),
        (("add", "5", "--account", "Nope"), "no account called 'Nope'"),
        (("add", "5", "--date", "2026-02-30"), "not a date"),
        (("add", "5", "--category", "INCOME_WAGES"), "no category"),
        (("list", "--period", "2026-13"), "not a period"),
        (("undo",), "nothing to undo"),
    ],
)
def test_bad_input_exits_non_zero_with_a_clear_message(
    home: Path, capsys: pytest.CaptureFixture[str], words: tuple[str, ...], message: str
) -> None:
    status, out, err = run(home, capsys, *words)
    assert status == 2 and message in err and out == ""
    assert run(home, capsys, "list", "--json")[1] == ""


def lingassist(*words: str, home: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "lingassist", "--home", str(home), *words],
        capture_output=True,
        text=True,
        timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )


def test_selftest_opens_the_window_and_finds_the_engines(home: Path) -> None:
    result = lingassist("--selftest", home=home)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("selftest ok: window")
    assert "tesseract ok" in result.stdout and "whisper ok" in result.stdout


def test_screenshot_writes_a_png_of_the_window(home: Path, tmp_path: Path) -> None:
    shot = tmp_path / "shot.png"
    result = lingassist("--screenshot", str(shot), home=home)
    assert result.returncode == 0, result.stderr
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 10_000


def test_ask_reads_json_lines_with_their_own_day_currency_and_context(
    home: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    lines = [
        {"text": "kebab 8.50 last friday", "today": "2026-11-18", "currency": "EUR"},
        {
            "text": "and last month?",
            "today": "2026-11-18",
            "context": ["how much did I spend on coffee this month"],
        },
        {"text": "lunch 24 split with Jo and Kai", "today": "2026-11-18"},
        {"text": "show everything over 40 dollars in october", "today": "2026-11-18"},
        {"no text": True},
    ]
    code, records = ask_json(home, capsys, monkeypatch, lines)
    assert code == 0 and len(records) == 5
    assert (records[0]["intent"], records[0]["amount"], records[0]["date"]) == (
        "add_expense",
        "8.50",
        "2026-11-13",
    )
    assert records[0]["currency"] == "EUR"
    assert records[1]["period"] == {"start": "2026-10-01", "end": "2026-10-31"}
    assert records[1]["category"] == "FOOD_AND_DRINK_COFFEE"
    assert (records[2]["intent"], records[2]["split_with"]) == ("split_expense", ["Jo", "Kai"])
    assert (records[3]["amount_min"], records[3]["currency"]) == ("40", "USD")
    assert records[4]["line"] == 5 and "text" in records[4]["error"]


def test_say_undo_shows_what_it_removes_and_needs_yes(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(home, capsys, "say", "undo")[1].strip() == "There is nothing to undo."
    run(home, capsys, "say", "spent 4 at Lidl", "--yes")
    run(home, capsys, "say", "spent 12.50 at Blue Bottle", "--yes")
    status, out, _ = run(home, capsys, "say", "delete the last transaction")
    assert status == 0
    assert "Removes" in out and "Blue Bottle" in out
    assert out.strip().endswith(
        "Undo: Add expense 12.50 EUR at Blue Bottle: not done. Add --yes to confirm."
    )
    assert "Blue Bottle" in run(home, capsys, "list")[1]  # nothing removed without --yes
    said = run(home, capsys, "say", "cancel that")[1].strip()
    assert said.startswith("Nothing to cancel: no card is waiting.") and "“undo”" in said
    assert "Blue Bottle" in run(home, capsys, "list")[1]
    out = run(home, capsys, "say", "undo", "--yes")[1]
    assert out.strip().endswith("Undid: add expense 12.50 EUR at Blue Bottle")
    listed = run(home, capsys, "list")[1]
    assert "Blue Bottle" not in listed and "Lidl" in listed


def test_say_reads_only_the_first_500_characters(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = run(home, capsys, "say", "spent 4 at Lidl " + "and more " * 700)[1]
    assert out.startswith("That message was long: I read only the first 500 characters.")
    assert "not done. Add --yes to confirm." in out


@pytest.mark.engine
def test_scan_add_records_one_receipt_once_however_often_it_is_given(
    home: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    import json
    import shutil

    original = Path(__file__).parent / "receipts" / "fixtures" / "eur_supermarket.png"
    copy = tmp_path / "copy_of_receipt.png"
    shutil.copy(original, copy)
    status, out, _ = run(
        home, capsys, "scan", str(original), str(original), str(copy), "--add", "--json",
        "--workers", "1",
    )  # fmt: skip
    records = [json.loads(line) for line in out.splitlines()]
    added = [r for r in records if r.get("added")]
    duplicates = [r for r in records if r.get("duplicate_of")]
    assert status == 0 and len(added) == 1 and len(duplicates) == 2
    assert {r["duplicate_of"] for r in duplicates} == {added[0]["added"]}
    _, out, _ = run(home, capsys, "list", "--json")
    assert len(out.splitlines()) == 1


def test_names_are_stored_without_terminal_controls_and_searches_are_literal(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(home, capsys, "add", "4.20", "--merchant", "Evil\x1b[2JShop\x07\u202e")
    run(home, capsys, "add", "3.10", "--merchant", "Plain Cafe")
    _, out, _ = run(home, capsys, "list")
    assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out
    _, out, err = run(home, capsys, "list", "--search", "%")
    assert out == "" and err.startswith("0 of 0")
    status, _, err = run(home, capsys, "list", "--account", "Nowhere")
    assert status == 2 and "no account called 'Nowhere'" in err


@pytest.mark.engine
def test_a_missing_file_or_a_folder_in_a_scan_batch_is_reported_and_the_rest_read(
    home: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    import json

    receipt = Path(__file__).parent / "receipts" / "fixtures" / "eur_supermarket.png"
    status, out, _ = run(
        home, capsys, "scan", str(tmp_path / "gone.jpg"), str(receipt), str(tmp_path), "--json"
    )
    records = [json.loads(line) for line in out.splitlines()]
    assert status == 2 and len(records) == 3
    assert "no file" in records[0]["error"] and "is a folder" in records[2]["error"]
    assert records[1]["total"] == "18.78"


def test_a_home_that_is_a_file_and_undecodable_bytes_get_messages_not_tracebacks(
    tmp_path: Path,
) -> None:
    a_file = tmp_path / "not-a-folder"
    a_file.write_text("x")
    result = lingassist("list", home=a_file)
    assert result.returncode == 2 and "is a file, not a folder" in result.stderr
    home = tmp_path / "home"
    name = os.fsdecode(b"Bad\xed\xb2\x80Shop")  # not UTF-8: Python keeps it as surrogates
    result = lingassist("add", "5", "--merchant", name, home=home)
    assert result.returncode == 0 and "unexpected" not in result.stderr
    assert "Bad\ufffd\ufffd\ufffdShop" in result.stdout


def test_a_damaged_ledger_is_a_message_with_the_way_back_and_is_left_as_it_was(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ledger = home / "ledger.sqlite3"
    for companion in (home / "ledger.sqlite3-wal", home / "ledger.sqlite3-shm"):
        companion.unlink(missing_ok=True)
    ledger.write_bytes(b"not a database at all")
    status, _, err = run(home, capsys, "list")
    assert status == 2 and "is damaged" in err and "backup" in err
    assert "Traceback" not in err
    assert ledger.read_bytes() == b"not a database at all"


def test_a_command_line_run_prints_nothing_on_stderr_at_exit(home: Path) -> None:
    """zxing-cpp (nanobind) printed "leaked 1 instances" after every command when a module
    kept one of its objects in a global until the interpreter ended."""
    result = subprocess.run(
        [sys.executable, "-m", "lingassist", "--home", str(home), "ask", "-", "--json"],
        input="coffee 3.20\n",
        capture_output=True,
        text=True,
        timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert '"intent": "add_expense"' in result.stdout
    assert result.stderr == ""


def test_ask_json_says_the_kind_of_transactions_a_listing_asks_for(
    home: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    lines = [
        {"text": "show me my refunds this week", "today": "2026-11-18"},
        {"text": "montre mes virements du mois dernier", "today": "2026-11-18"},
        {"text": "show transactions this week", "today": "2026-11-18"},
    ]
    code, records = ask_json(home, capsys, monkeypatch, lines)
    assert code == 0
    assert [(r["intent"], r["kind"]) for r in records] == [
        ("show_transactions", "refund"),
        ("show_transactions", "transfer"),
        ("show_transactions", None),
    ]


def test_ask_json_names_a_transfers_destination_as_its_account(
    home: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The vocabulary's one account field is where a transfer's money goes; where it
    leaves from is `from_account`."""
    lines = [
        {"text": "move 80 from checking to savings", "today": "2026-11-18"},
        {"text": "put 45 into the holiday fund", "today": "2026-11-18"},
        {"text": "lunch 12 paid with the visa", "today": "2026-11-18"},
    ]
    code, records = ask_json(home, capsys, monkeypatch, lines)
    assert code == 0
    assert [(r["account"], r["from_account"]) for r in records] == [
        ("savings", "checking"),
        ("holiday fund", None),
        (records[2]["account"], None),
    ]
    assert records[1]["intent"] == "transfer" and records[2]["intent"] == "add_expense"
