"""Payments in VND from the command line: a payee with a bank account in Vietnam, a draft
in the millions, the person's confirmation, the VietQR code decoded back with zxing-cpp
(same bank, account, amount and reference, CRC checked), and the same refusals as EPC."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image, ImageDraw

from lingassist.cli import main
from lingassist.payments.vietqr import crc16_ccitt_false, parse_vietqr_payload
from tests.conftest import make_home

BIN, ACCOUNT = "970436", "0011001932418"


@pytest.fixture
def home(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """A VND home whose Checking account holds 30.000.000 ₫, with An saved at Vietcombank."""
    folder = tmp_path / "home"
    make_home(folder, currency="VND", locale="vi_VN")
    status, _, err = run(folder, capsys, "add", "30tr", "--income", "--merchant", "ACME")
    assert status == 0, err
    status, out, err = run(
        folder, capsys, "payee", "add", "Nguyen Van An", "--bank-bin", BIN,
        "--account-number", "0011 0019 32418", "--reference", "Tien nha thang 12",
    )  # fmt: skip
    assert status == 0 and f"Vietcombank {ACCOUNT}" in out, err
    return folder


def run(home: Path, capsys: pytest.CaptureFixture[str], *words: str) -> tuple[int, str, str]:
    status = main(["--home", str(home), *words])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_a_vietnamese_payee_is_listed_with_the_banks_name(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, out, _ = run(home, capsys, "payee", "list", "--json")
    [payee] = [json.loads(line) for line in out.splitlines()]
    assert (payee["bank_bin"], payee["account_number"], payee["iban"]) == (BIN, ACCOUNT, "")
    _, out, _ = run(home, capsys, "payee", "list")
    assert "Nguyen Van An" in out and f"Vietcombank {ACCOUNT}" in out


@pytest.mark.parametrize(
    ("words", "message"),
    [
        (("--bank-bin", "970999", "--account-number", ACCOUNT), "not a bank LingAssist knows"),
        (("--bank-bin", "97043", "--account-number", ACCOUNT), "a BIN is 6 digits"),
        (("--bank-bin", BIN, "--account-number", "12-3"), "is not an account number"),
        (("--bank-bin", BIN), "account number"),
        (("--bank-bin", BIN, "--account-number", ACCOUNT, "--iban", "DE89370400440532013000"),
         "not both"),
        ((), "--bank-bin BIN --account-number NUMBER"),
    ],
)  # fmt: skip
def test_bad_vietnamese_accounts_are_refused_with_a_clear_message(
    home: Path, capsys: pytest.CaptureFixture[str], words: tuple[str, ...], message: str
) -> None:
    status, _, err = run(home, capsys, "payee", "add", "Someone", *words)
    assert status == 2 and message in err


def test_draft_confirm_and_vietqr_round_trip(
    home: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    status, out, err = run(home, capsys, "say", "pay Nguyen Van An 1tr2", "--yes")
    assert status == 0 and "Draft #1: pay 1,200,000 VND to Nguyen Van An" in out, err
    assert f"Bank       Vietcombank {ACCOUNT}" in out  # the card names the bank, not an IBAN
    qr = tmp_path / "vietqr.png"
    status, _, err = run(home, capsys, "draft", "export", "1", "--vietqr", str(qr))
    assert status == 2 and "not confirmed yet" in err and not qr.exists()  # a person first
    status, out, err = run(home, capsys, "draft", "confirm", "1")
    assert status == 0 and "--vietqr FILE.png" in out, err
    status, out, err = run(home, capsys, "draft", "export", "1", "--vietqr", str(qr))
    assert status == 0 and "Wrote the VietQR code" in out, err
    assert qr.stat().st_mode & 0o777 == 0o600
    [code] = zxingcpp.read_barcodes(Image.open(qr))
    payload = code.text
    assert payload.startswith("000201010212") and "0010A000000727" in payload
    assert f"0006{BIN}0113{ACCOUNT}0208QRIBFTTA" in payload
    assert "5303704" in payload and "540712000005802VN" in payload
    assert payload[-8:-4] == "6304"
    assert payload[-4:] == f"{crc16_ccitt_false(payload[:-4].encode()):04X}"
    bill = parse_vietqr_payload(payload)
    assert bill is not None
    assert (bill.bank_bin, bill.account_number, bill.amount, bill.currency) == (
        BIN,
        ACCOUNT,
        1_200_000,
        "VND",
    )
    assert bill.reference == "Tien nha thang 12"
    # the code read back from the picture, as from a bill or a screenshot: a new draft
    status, out, err = run(home, capsys, "draft", "from-bill", str(qr))
    assert status == 0 and "Draft #2: pay 1,200,000 VND to Nguyen Van An" in out, err
    assert "Nothing is paid yet. Confirm it with: lingassist draft confirm 2" in out
    letter = tmp_path / "letter.png"
    page = Image.new("RGB", (400, 200), "white")
    ImageDraw.Draw(page).text((20, 80), "Hoa don tien dien thang 11", fill="black")
    page.save(letter)
    status, _, err = run(home, capsys, "draft", "from-bill", str(letter))
    assert status == 2 and "No payment code (EPC QR or VietQR) found in letter.png" in err


def test_an_eur_payment_has_no_vietqr_code(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "eur"
    make_home(folder)
    run(folder, capsys, "add", "500", "--income", "--merchant", "ACME")
    run(folder, capsys, "payee", "add", "Alice", "--iban", "DE89370400440532013000")
    run(folder, capsys, "say", "pay Alice 40 euros", "--yes")
    run(folder, capsys, "draft", "confirm", "1")
    status, _, err = run(folder, capsys, "draft", "export", "1", "--vietqr", str(tmp_path / "q"))
    assert status == 2 and "only Vietnamese dong" in err


def test_vnd_amounts_read_and_print_at_their_scale(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for written in ("1.250.000", "63.000 đ", "50k", "1 triệu 2"):
        status, _, err = run(home, capsys, "add", written, "--merchant", "Pho 24")
        assert status == 0, err
    _, out, _ = run(home, capsys, "list", "--json")
    amounts = sorted(json.loads(line)["amount"] for line in out.splitlines())
    assert amounts == ["-1200000", "-1250000", "-50000", "-63000", "30000000"]
    _, out, _ = run(home, capsys, "list")
    assert "30,000,000 VND" in out and ".00" not in out
