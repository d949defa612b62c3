"""Exports of a small ledger with every kind of entry, checked by the real tools
(bean-check from beancount 3, Debian's hledger) and read back."""

from __future__ import annotations

import csv
import io
import os
import shutil
import stat
import subprocess
import sys
import zipfile
from collections import defaultdict
from decimal import Decimal
from pathlib import Path

import pytest

from lingassist.core.errors import InvalidPeriod, UserFacingError
from lingassist.exports import csv_table
from lingassist.services import exports
from lingassist.services.context import AppContext
from lingassist.services.exports import ExportFormat, export_ledger
from tests.exports import ledger
from tests.exports.ledger import OCTOBER, QUOTED_MERCHANT, TRANSACTIONS, TRICKY_MEMO

BEAN_CHECK = Path(sys.executable).with_name("bean-check")
HLEDGER = shutil.which("hledger")
needs_hledger = pytest.mark.skipif(HLEDGER is None, reason="Debian's hledger is not installed")


@pytest.fixture
def filled(context: AppContext, tmp_path: Path) -> AppContext:
    ledger.build(context, tmp_path)
    return context


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def bean_check(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(BEAN_CHECK), str(path)], capture_output=True, text=True, check=False)


def hledger_check(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(HLEDGER), "check", "--strict", "ordereddates", "-f", str(path)],
        capture_output=True,
        text=True,
        check=False,
    )


# CSV


def test_csv_rows_read_as_a_bank_statement(filled: AppContext, tmp_path: Path) -> None:
    out = tmp_path / "ledger.csv"
    result = export_ledger(filled, ExportFormat.CSV, out)
    raw = out.read_bytes()
    assert (
        raw.startswith(b"\xef\xbb\xbf")
        and b"\r\n" in raw
        and b"\n" not in raw.replace(b"\r\n", b"")
    )
    rows = read_csv(out)
    assert list(rows[0]) == list(csv_table.HEADER)
    assert result.transactions == TRANSACTIONS and result.rows == len(rows) == TRANSACTIONS + 3
    coffee = next(r for r in rows if r["Category code"] == "FOOD_AND_DRINK_COFFEE")
    assert coffee | {"Transaction": "", "Receipt": ""} == {
        "Date": "2026-11-03",
        "Transaction": "",
        "Account": "Checking",
        "Payee": QUOTED_MERCHANT,
        "Description": QUOTED_MERCHANT,
        "Category": "Coffee",
        "Category code": "FOOD_AND_DRINK_COFFEE",
        "Amount": "-12.50",
        "Currency": "EUR",
        "Memo": TRICKY_MEMO,
        "Status": "cleared",
        "Source": "manual",
        "Receipt": "",
    }
    assert (
        coffee["Receipt"] == f"receipts/2026-11-03_tx{coffee['Transaction']}_blue-bottle-cafe.png"
    )


def test_csv_splits_shares_refunds_and_transfers(filled: AppContext, tmp_path: Path) -> None:
    out = tmp_path / "ledger.csv"
    export_ledger(filled, ExportFormat.CSV, out)
    rows = read_csv(out)
    by_description = defaultdict(list)
    for row in rows:
        by_description[row["Description"]].append(
            (row["Account"], row["Category"], row["Amount"], row["Currency"])
        )
    assert by_description["Weekly shop"] == [
        ("Checking", "Groceries", "-23.40", "EUR"),
        ("Checking", "Clothing and accessories", "-19.99", "EUR"),
    ]
    assert by_description["日本食堂 🍜"] == [
        ("Checking", "Restaurant", "-15.00", "EUR"),
        ("Checking", "Owed to me", "-15.00", "EUR"),
    ]
    assert by_description["'(Untitled) =SUM(A1)"] == [] and by_description[
        "(Untitled) =SUM(A1)"
    ] == [("Checking", "Coffee", "5.00", "EUR")]
    assert by_description["Card payment"] == [("Checking", "Visa", "-200.00", "EUR")]
    assert by_description["Ramen"] == [("日本 口座", "Coffee", "-1200", "JPY")]
    assert by_description["Coffee in Manama"] == [("Bahrain", "Coffee", "-1.250", "BHD")]
    assert by_description["ACME; Corp|Payroll"] == [("Checking", "Salary", "3000.00", "EUR")]


def test_csv_cells_that_look_like_formulas_stay_text(filled: AppContext, tmp_path: Path) -> None:
    out = tmp_path / "ledger.csv"
    export_ledger(filled, ExportFormat.CSV, out)
    socks = next(r for r in read_csv(out) if r["Description"] == "Socks")
    assert socks["Payee"] == "'-Sock Shop" and socks["Amount"] == "-9.99"


def test_csv_rows_add_up_to_what_each_account_moved(filled: AppContext, tmp_path: Path) -> None:
    out = tmp_path / "ledger.csv"
    export_ledger(filled, ExportFormat.CSV, out)
    totals: dict[tuple[str, str], Decimal] = defaultdict(Decimal)
    for row in read_csv(out):
        if row["Category code"] or row["Category"] == "Owed to me":
            totals[row["Account"], row["Currency"]] += Decimal(row["Amount"])
    # 3000 - 40 - 12.50 + 5 - 30 - 43.39 - 900 - 9.99; transfers are not categories
    assert totals["Checking", "EUR"] == Decimal("1969.12")


# beancount


def test_bean_check_accepts_the_beancount_file(filled: AppContext, tmp_path: Path) -> None:
    out = tmp_path / "ledger.beancount"
    result = export_ledger(filled, ExportFormat.BEANCOUNT, out)
    checked = bean_check(out)
    assert checked.returncode == 0, checked.stdout + checked.stderr + out.read_text()
    assert result.transactions == TRANSACTIONS


def test_beancount_keeps_names_amounts_and_accounts(filled: AppContext, tmp_path: Path) -> None:
    from beancount import loader
    from beancount.core import data

    out = tmp_path / "ledger.beancount"
    export_ledger(filled, ExportFormat.BEANCOUNT, out)
    entries, errors, _ = loader.load_file(str(out))
    assert errors == []
    found = [e for e in entries if isinstance(e, data.Transaction)]
    coffee = next(t for t in found if t.payee == QUOTED_MERCHANT)
    assert coffee.narration == QUOTED_MERCHANT and coffee.meta["memo"] == TRICKY_MEMO
    assert coffee.meta["receipt"].startswith("receipts/2026-11-03_tx")
    assert {(p.account, str(p.units)) for p in coffee.postings} == {
        ("Expenses:FoodAndDrink:Coffee", "12.50 EUR"),
        ("Assets:Checking", "-12.50 EUR"),
    }
    opened = {e.account for e in entries if isinstance(e, data.Open)}
    assert {
        "Assets:Bahrain",
        "Assets:BlueBottle",
        "Assets:BlueBottle-2",
        "Assets:X日本口座",
        "Assets:USDollars",
        "Liabilities:Visa",
        "Equity:Exchange",
        "Income:Salary",
        "Expenses:FoodAndDrink:Coffee",
        "Expenses:GeneralMerchandise:ClothingAndAccessories",
    } <= opened
    assert any(name.startswith("Assets:Account") for name in opened)  # "🐷"
    pending = next(t for t in found if t.narration == "Rent November")
    assert pending.flag == "!"
    ramen = next(t for t in found if t.narration == "Ramen")
    assert {str(p.units) for p in ramen.postings} == {"1200 JPY", "-1200 JPY"}


# hledger


@needs_hledger
def test_hledger_check_accepts_the_journal_in_strict_mode(
    filled: AppContext, tmp_path: Path
) -> None:
    out = tmp_path / "ledger.journal"
    export_ledger(filled, ExportFormat.HLEDGER, out)
    checked = hledger_check(out)
    assert checked.returncode == 0, checked.stderr + out.read_text()


@needs_hledger
def test_hledger_reads_the_balances_and_descriptions(filled: AppContext, tmp_path: Path) -> None:
    out = tmp_path / "ledger.journal"
    export_ledger(filled, ExportFormat.HLEDGER, out)
    balance = subprocess.run(
        [str(HLEDGER), "-f", str(out), "balance", "--flat", "-O", "csv", "Assets"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    rows = {row[0]: row[1] for row in csv.reader(io.StringIO(balance))}
    assert rows["Assets:Checking"] == "1619.12 EUR"  # 1969.12 - 200 to Visa - 100 - 50
    assert rows["Assets:Bahrain"] == "-1.250 BHD"
    assert rows["Assets:USDollars"] == "-70.00 USD"
    printed = subprocess.run(
        [str(HLEDGER), "-f", str(out), "print", "-O", "csv"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    descriptions = {row[5] for row in csv.reader(io.StringIO(printed))}
    assert QUOTED_MERCHANT in descriptions  # quotes, backslash, unicode and emoji as they are
    assert "ACME, Corp/Payroll" in descriptions  # ";" ends a description, "|" a payee
    assert "[Untitled) =SUM(A1)" in descriptions  # "(" would start a transaction code


# evidence


def test_the_evidence_zip_pairs_rows_with_photos(filled: AppContext, tmp_path: Path) -> None:
    out = tmp_path / "evidence.zip"
    result = export_ledger(filled, ExportFormat.EVIDENCE, out, period="2026-11")
    assert result.receipts == 1 and len(result.missing) == 1
    with zipfile.ZipFile(out) as archive:
        names = archive.namelist()
        assert names[:2] == ["README.txt", "transactions.csv"]
        rows = list(
            csv.DictReader(io.StringIO(archive.read("transactions.csv").decode("utf-8-sig")))
        )
        with_photo = [r for r in rows if r["Receipt"]]
        assert [r["Receipt"] in names for r in with_photo] == [True, False]
        lost = with_photo[1]
        assert lost["Receipt"].endswith("_sock-shop.jpg (missing)")
        assert lost["Receipt"].removesuffix(" (missing)") in archive.read("README.txt").decode()
        photo = archive.getinfo(with_photo[0]["Receipt"])
        assert photo.compress_type == zipfile.ZIP_STORED
        assert stat.S_IMODE(photo.external_attr >> 16) == 0o600
        assert photo.date_time[:3] == (2026, 11, 3)
        assert archive.testzip() is None
    assert len(rows) == TRANSACTIONS - OCTOBER + 3


# periods


def test_a_period_starts_with_opening_balances(filled: AppContext, tmp_path: Path) -> None:
    out = tmp_path / "november.beancount"
    result = export_ledger(filled, ExportFormat.BEANCOUNT, out, period="2026-11")
    assert result.transactions == TRANSACTIONS - OCTOBER + 1 and result.period == "November 2026"
    text = out.read_text()
    assert '2026-11-01 * "Opening balances"' in text
    assert "  Assets:Checking  2960.00 EUR\n" in text and "Equity:OpeningBalances" in text
    assert "Corner Shop" not in text
    assert bean_check(out).returncode == 0


@pytest.mark.parametrize("period", ["last month", "2026", "2026-10-01..2026-10-31", "2025"])
def test_periods_are_read_as_elsewhere(filled: AppContext, tmp_path: Path, period: str) -> None:
    result = export_ledger(filled, ExportFormat.CSV, tmp_path / "p.csv", period=period)
    expected = {"last month": OCTOBER, "2026": TRANSACTIONS, "2025": 0}.get(period, OCTOBER)
    assert result.transactions == expected


def test_an_empty_ledger_exports_valid_files(context: AppContext, tmp_path: Path) -> None:
    out = tmp_path / "empty.beancount"
    assert export_ledger(context, ExportFormat.BEANCOUNT, out).transactions == 0
    assert bean_check(out).returncode == 0
    assert read_csv(_export(context, ExportFormat.CSV, tmp_path / "e.csv")) == []


def test_a_bad_period_is_a_message(context: AppContext, tmp_path: Path) -> None:
    with pytest.raises(InvalidPeriod, match="not a period"):
        export_ledger(context, ExportFormat.CSV, tmp_path / "x.csv", period="fortnight")
    assert not (tmp_path / "x.csv").exists()


# files: private, atomic, refused where they cannot go


@pytest.mark.usefixtures("open_umask")
@pytest.mark.parametrize("format", list(ExportFormat))
def test_every_export_is_private(context: AppContext, tmp_path: Path, format: ExportFormat) -> None:
    out = tmp_path / "out"
    out.write_text("old")
    os.chmod(out, 0o644)
    export_ledger(context, format, out)
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


def test_a_failed_export_leaves_the_old_file_and_no_temporary(
    filled: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "ledger.csv"
    out.write_text("the old export")

    def broken(*_args: object) -> int:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(csv_table, "write_csv", broken)
    with pytest.raises(UserFacingError, match="no space left on device"):
        export_ledger(filled, ExportFormat.CSV, out)
    assert out.read_text() == "the old export"
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "home",
        "ledger.csv",
        "lost.jpg",
        "receipt.png",
    ]


def test_bad_targets_are_messages(context: AppContext, tmp_path: Path) -> None:
    with pytest.raises(UserFacingError, match="does not exist"):
        export_ledger(context, ExportFormat.CSV, tmp_path / "nowhere" / "x.csv")
    with pytest.raises(UserFacingError, match="is a folder"):
        export_ledger(context, ExportFormat.CSV, tmp_path)
    with pytest.raises(UserFacingError, match="is the ledger itself"):
        export_ledger(context, ExportFormat.CSV, context.paths.database)
    with pytest.raises(UserFacingError, match="is the ledger itself"):
        export_ledger(context, ExportFormat.CSV, Path(f"{context.paths.database}-wal"))


def test_a_folder_without_permission_is_a_message(
    context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refused(**where: object) -> tuple[int, str]:
        raise PermissionError(13, "Permission denied", str(where["dir"]))

    monkeypatch.setattr(exports.tempfile, "mkstemp", refused)
    with pytest.raises(UserFacingError, match="Could not write .*permission denied"):
        export_ledger(context, ExportFormat.CSV, tmp_path / "x.csv")


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write into any folder")
def test_a_read_only_folder_is_a_message(context: AppContext, tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir(mode=0o500)
    with pytest.raises(UserFacingError, match="permission denied"):
        export_ledger(context, ExportFormat.BEANCOUNT, folder / "x.beancount")


def _export(context: AppContext, format: ExportFormat, out: Path) -> Path:
    export_ledger(context, format, out)
    return out
