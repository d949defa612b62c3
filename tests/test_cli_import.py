"""``lingassist import FILE [--account NAME] [--dry-run] [--json]`` on real CSV and OFX files
read by the bank file readers, in process."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lingassist.cli import main
from tests.conftest import make_home

CSV_HEADER = "Date,Description,Amount,Reference\n"
OFX_HEAD = """OFXHEADER:100
DATA:OFXSGML
VERSION:102
SECURITY:NONE
ENCODING:USASCII
CHARSET:1252
COMPRESSION:NONE
OLDFILEUID:NONE
NEWFILEUID:NONE

<OFX>
<SIGNONMSGSRSV1><SONRS><STATUS><CODE>0<SEVERITY>INFO</STATUS><DTSERVER>20261130120000
<LANGUAGE>ENG</SONRS></SIGNONMSGSRSV1>
<BANKMSGSRSV1><STMTTRNRS><TRNUID>1<STATUS><CODE>0<SEVERITY>INFO</STATUS>
<STMTRS><CURDEF>EUR<BANKACCTFROM><BANKID>123<ACCTID>9876543<ACCTTYPE>CHECKING</BANKACCTFROM>
<BANKTRANLIST><DTSTART>20261101<DTEND>20261130
"""
OFX_TAIL = """</BANKTRANLIST><LEDGERBAL><BALAMT>100.00<DTASOF>20261130</LEDGERBAL>
</STMTRS></STMTTRNRS></BANKMSGSRSV1>
</OFX>
"""


@pytest.fixture
def home(tmp_path: Path) -> Path:
    folder = tmp_path / "home"
    make_home(folder).database.close()
    return folder


def run(home: Path, capsys: pytest.CaptureFixture[str], *words: str) -> tuple[int, str, str]:
    status = main(["--home", str(home), *words])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def csv_file(folder: Path, name: str, rows: list[tuple[str, str, str, str]]) -> Path:
    """A plain signed-amount CSV: date, description, amount, reference."""
    path = folder / name
    path.write_text(CSV_HEADER + "".join(",".join(row) + "\n" for row in rows), encoding="utf-8")
    return path


def ofx_file(folder: Path, name: str, rows: list[tuple[str, str, str, str]]) -> Path:
    """An OFX 1 (SGML) statement: (YYYYMMDD, amount, FITID, name) per transaction."""
    body = "".join(
        f"<STMTTRN><TRNTYPE>{'CREDIT' if not amount.startswith('-') else 'DEBIT'}"
        f"<DTPOSTED>{day}<TRNAMT>{amount}<FITID>{fitid}<NAME>{payee}</STMTTRN>\n"
        for day, amount, fitid, payee in rows
    )
    path = folder / name
    path.write_text(OFX_HEAD + body + OFX_TAIL, encoding="ascii")
    return path


def json_lines(out: str) -> tuple[list[dict[str, object]], dict[str, object]]:
    records = [json.loads(line) for line in out.splitlines()]
    return records[:-1], records[-1]["summary"]


def transactions(home: Path, capsys: pytest.CaptureFixture[str]) -> list[dict[str, object]]:
    status, out, _ = run(home, capsys, "list", "--json")
    assert status == 0
    return [json.loads(line) for line in out.splitlines()]


NOVEMBER = [
    ("2026-11-02", "CARD PAYMENT REWE SAGT DANKE 44812", "-52.10", ""),
    ("2026-11-03", "GEHALT NOVEMBER ACME GMBH", "2500.00", ""),
    ("2026-11-04", "CAFE CENTRAL", "-3.50", ""),
    ("2026-11-04", "CAFE CENTRAL", "-3.50", ""),
    ("2026-11-31", "BAD DATE", "-1.00", ""),
]


def test_dry_run_shows_counts_and_rejected_lines_and_changes_nothing(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = csv_file(tmp_path, "giro.csv", NOVEMBER)
    status, out, _ = run(home, capsys, "import", str(path), "--account", "Giro", "--dry-run")
    assert status == 0
    assert "giro.csv (csv) → Giro, EUR (a new account: the import creates it)" in out
    assert "4 new · 0 already in the ledger · 0 matched · 1 rejected" in out
    assert "line 6: '2026-11-31' is not a date" in out
    assert out.rstrip().endswith("Dry run: nothing was changed.")
    assert transactions(home, capsys) == []


def test_import_creates_the_account_and_a_second_import_adds_nothing(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = csv_file(tmp_path, "giro.csv", NOVEMBER)
    status, out, _ = run(home, capsys, "import", str(path), "--account", "Giro", "--json")
    lines, summary = json_lines(out)
    assert status == 0
    assert [x["status"] for x in lines] == ["new", "new", "new", "new", "rejected"]
    assert lines[0]["category"] == "FOOD_AND_DRINK_GROCERIES"
    assert lines[0]["why"] == "Known merchant: Rewe is Groceries"
    assert (lines[0]["amount"], lines[0]["date"]) == ("-52.10", "2026-11-02")
    assert (summary["added"], summary["account_created"], summary["dry_run"]) == (4, True, False)
    assert Path(str(summary["backup"])).is_file()
    listed = transactions(home, capsys)
    assert sorted(x["amount"] for x in listed) == ["-3.50", "-3.50", "-52.10", "2500.00"]
    assert {x["account"] for x in listed} == {"Giro"}
    status, out, _ = run(home, capsys, "import", str(path), "--account", "Giro")
    assert status == 0 and "0 new · 4 already in the ledger" in out
    assert "Nothing to import" in out
    assert len(transactions(home, capsys)) == 4


def test_an_overlapping_file_adds_only_its_new_lines(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = csv_file(tmp_path, "oct-nov.csv", NOVEMBER[:4])
    later = csv_file(
        tmp_path,
        "nov.csv",
        [
            *NOVEMBER[2:4],
            ("2026-11-04", "CAFE CENTRAL", "-3.50", ""),
            ("2026-11-06", "DM", "-7.95", ""),
        ],
    )
    run(home, capsys, "import", str(first))
    status, out, _ = run(home, capsys, "import", str(later), "--json")
    lines, summary = json_lines(out)
    assert [x["status"] for x in lines] == ["duplicate", "duplicate", "new", "new"]
    assert summary["added"] == 2 and len(transactions(home, capsys)) == 6


def test_ofx_references_and_one_undo(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = [
        ("20261102", "-52.10", "F1", "REWE SAGT DANKE"),
        ("20261104", "-3.50", "F2", "CAFE CENTRAL"),
        ("20261104", "-3.50", "F3", "CAFE CENTRAL"),
    ]
    path = ofx_file(tmp_path, "card.ofx", rows)
    status, out, _ = run(home, capsys, "import", str(path), "--account", "Card", "--json")
    lines, summary = json_lines(out)
    assert status == 0 and summary["format"] == "ofx" and summary["added"] == 3
    assert [x["reference"] for x in lines] == ["F1", "F2", "F3"]
    again = ofx_file(tmp_path, "card2.ofx", [*rows, ("20261105", "-9.99", "F4", "NETFLIX.COM")])
    status, out, _ = run(home, capsys, "import", str(again), "--account", "Card", "--json")
    lines, summary = json_lines(out)
    assert [x["status"] for x in lines] == ["duplicate", "duplicate", "duplicate", "new"]
    status, out, _ = run(home, capsys, "undo")
    assert status == 0 and out.startswith("Undid: import card2.ofx into Card")
    assert len(transactions(home, capsys)) == 3


def test_a_bank_line_is_merged_into_an_expense_typed_earlier(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    words = ("add", "12.50", "--merchant", "Blue Bottle", "--category", "Coffee")
    run(home, capsys, *words, "--date", "2026-11-04", "--memo", "with Sam")
    path = csv_file(tmp_path, "giro.csv", [("2026-11-05", "SQ *BLUE BOTTLE", "-12.50", "")])
    status, out, _ = run(home, capsys, "import", str(path), "--dry-run")
    assert "0 new · 0 already in the ledger · 1 matched · 0 rejected" in out
    assert "→ #1 Blue Bottle 2026-11-04 -12.50 EUR on Checking" in out
    status, out, _ = run(home, capsys, "import", str(path), "--json")
    (line,), summary = json_lines(out)
    assert (line["status"], line["match"], line["category"]) == (
        "matched",
        1,
        "FOOD_AND_DRINK_COFFEE",
    )
    assert summary["merged"] == 1 and summary["added"] == 0
    (entry,) = transactions(home, capsys)
    assert (entry["id"], entry["date"], entry["category"]) == (
        1,
        "2026-11-05",
        "FOOD_AND_DRINK_COFFEE",
    )


def test_problems_are_messages(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, _, err = run(home, capsys, "import", str(tmp_path / "missing.csv"))
    assert status == 2 and "missing.csv" in err and "Traceback" not in err
    path = ofx_file(tmp_path, "card.ofx", [("20261102", "-52.10", "F1", "REWE")])
    run(home, capsys, "import", str(path), "--account", "Card")
    dollars = path.read_text().replace("<CURDEF>EUR", "<CURDEF>USD")
    (tmp_path / "usd.ofx").write_text(dollars)
    status, _, err = run(home, capsys, "import", str(tmp_path / "usd.ofx"), "--account", "Card")
    assert status == 2 and "USD" in err and "Card holds EUR" in err


def test_unclear_columns_point_to_the_window_then_the_chosen_columns_are_used(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from lingassist.bank_files import CsvMapping, CsvMappingNeeded, read_bank_file
    from lingassist.config import AppPaths
    from lingassist.services.csv_mappings import remember_mapping

    path = tmp_path / "two-amounts.csv"
    path.write_text(
        "Datum;Text;Betrag;Umsatz\n01.12.2025;Bäcker;-3,20;-3,20\n02.12.2025;Kiosk;-1,50;-1,50\n",
        encoding="utf-8",
    )
    status, _, err = run(home, capsys, "import", str(path))
    assert status == 2 and "File → Import bank file" in err and "remembers them" in err
    with pytest.raises(CsvMappingNeeded) as raised:  # what the window's column dialog sees
        read_bank_file(path, currency_hint="EUR")
    layout = raised.value.layout
    chosen = CsvMapping(**{**layout.suggested.to_dict(), "amount": 2, "description": (1,)})
    remember_mapping(AppPaths(home), layout.fingerprint, chosen)  # chosen once in the window
    status, out, _ = run(home, capsys, "import", str(path))
    assert status == 0 and "2 new" in out


def test_a_match_can_be_kept_separate_and_an_unsure_line_given_its_entry(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(home, capsys, "add", "12.50", "--merchant", "Blue Bottle", "--date", "2026-11-04")
    for day in ("2026-11-09", "2026-11-10"):  # the same purchase twice: which one is it?
        run(home, capsys, "add", "7.20", "--merchant", "Cafe Nero", "--date", day)
    rows = [
        ("2026-11-05", "SQ *BLUE BOTTLE", "-12.50", ""),
        ("2026-11-10", "CAFE NERO 0042", "-7.20", ""),
    ]
    path = csv_file(tmp_path, "giro.csv", rows)
    status, out, _ = run(home, capsys, "import", str(path), "--dry-run")
    assert "--keep-separate LINE" in out and "line 3: 2026-11-10 -7.20 EUR" in out
    assert "could be #3 (Cafe Nero, 2026-11-10) or #2 (Cafe Nero, 2026-11-09)" in out
    status, _, err = run(home, capsys, "import", str(path), "--keep-separate", "3")
    assert status == 2 and "Line 3 of giro.csv was not matched" in err
    status, _, err = run(home, capsys, "import", str(path), "--choose", "3=1")
    assert status == 2 and "not #1" in err
    status, _, err = run(home, capsys, "import", str(path), "--choose", "3")
    assert status == 2 and "LINE=ID" in err
    assert len(transactions(home, capsys)) == 3  # every refusal changed nothing
    words = ("import", str(path), "--keep-separate", "2", "--choose", "3=#3", "--json")
    status, out, _ = run(home, capsys, *words)
    _, summary = json_lines(out)
    assert status == 0 and (summary["added"], summary["merged"]) == (1, 1)
    entries = {entry["id"]: entry for entry in transactions(home, capsys)}
    assert len(entries) == 4  # the kept-separate bank line is a fourth transaction
    assert entries[1]["date"] == "2026-11-04"  # the typed expense was left as it was
    assert entries[3]["date"] == "2026-11-10" and entries[2]["date"] == "2026-11-09"
