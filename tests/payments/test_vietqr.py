"""VietQR (NAPAS 247 / EMVCo): the payload field by field, the CRC against NAPAS's own
examples, a round trip through a PNG read by zxing-cpp, damaged and foreign codes, the
bank table, the draft checks for accounts in Vietnam, and a bill's code read into a draft."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
import segno
import zxingcpp
from PIL import Image

from lingassist.core.errors import UserFacingError
from lingassist.payments.draft import (
    DraftSource,
    LedgerFacts,
    Payee,
    PaymentDraft,
    ProblemCode,
    check_draft,
)
from lingassist.payments.epc_qr import decode_payment_qr, epc_qr_png
from lingassist.payments.vietqr import (
    DamagedVietQr,
    crc16_ccitt_false,
    parse_vietqr_payload,
    plain_purpose,
    vietqr_payload,
    vietqr_png,
)
from lingassist.payments.vn_banks import BANKS, bank_name, vn_account_problems
from lingassist.services import payment_exports, payments
from lingassist.services.context import AppContext
from lingassist.services.entries import EntryRequest, record_entry
from tests.conftest import make_home

TODAY = date(2026, 11, 23)
BIN, ACCOUNT = "970436", "0011001932418"
# NAPAS IBFT specification's dynamic account example (qr_format v1.5.2), CRC 2E2E
NAPAS_EXAMPLE = (
    "00020101021238570010A00000072701270006970403011300110123456780208QRIBFTTA"
    "530370454061800005802VN62340107NPS68690819thanh toan don hang63042E2E"
)
DRAFT = PaymentDraft(
    payee="Nguyễn Văn An",
    iban="",
    amount=Decimal(1_250_000),
    currency="VND",
    execution_date=TODAY,
    reference="Tiền nhà tháng 12",
    bank_bin=BIN,
    account_number=ACCOUNT,
)


def png_image(data: bytes) -> Image.Image:
    return Image.open(io.BytesIO(data))


def test_crc_is_ccitt_false() -> None:
    assert crc16_ccitt_false(b"123456789") == 0x29B1  # the catalogue's check value
    assert f"{crc16_ccitt_false(NAPAS_EXAMPLE[:-4].encode()):04X}" == "2E2E"


def test_the_payload_is_built_field_by_field() -> None:
    payload = vietqr_payload(DRAFT)
    body = (
        "000201"  # payload format indicator 01
        "010212"  # point of initiation 12: one payment, amount given
        "3857"
        "0010A000000727"  # NAPAS GUID
        "0127" "0006970436" "01130011001932418"  # beneficiary: BIN + account number
        "0208QRIBFTTA"  # transfer to an account
        "5303704"  # VND
        "54071250000"  # amount in whole dong
        "5802VN"
        "6221" "0817Tien nha thang 12"  # purpose, without accents
        "6304"
    )  # fmt: skip
    assert payload == body + f"{crc16_ccitt_false(body.encode()):04X}"


def test_napas_example_is_read() -> None:
    bill = parse_vietqr_payload(NAPAS_EXAMPLE)
    assert bill is not None
    assert (bill.bank_bin, bill.account_number, bill.amount, bill.currency, bill.reference) == (
        "970403",
        "0011012345678",
        Decimal(180000),
        "VND",
        "thanh toan don hang",
    )


def test_round_trip_through_a_png_read_by_zxing() -> None:
    [code] = zxingcpp.read_barcodes(png_image(vietqr_png(DRAFT)))
    assert code.text == vietqr_payload(DRAFT)
    bill = decode_payment_qr(png_image(vietqr_png(DRAFT)))
    assert bill is not None
    assert (bill.bank_bin, bill.account_number, bill.amount) == (BIN, ACCOUNT, Decimal(1_250_000))
    assert bill.reference == "Tien nha thang 12"


def test_a_changed_character_breaks_the_crc() -> None:
    forged = NAPAS_EXAMPLE.replace("180000", "980000")
    with pytest.raises(DamagedVietQr, match="checksum is wrong"):
        parse_vietqr_payload(forged)
    image = segno.make_qr(forged)
    out = io.BytesIO()
    image.save(out, kind="png", scale=6)
    with pytest.raises(DamagedVietQr, match="checksum"):
        decode_payment_qr(png_image(out.getvalue()))


@pytest.mark.parametrize(
    ("payload", "message"),
    [
        (NAPAS_EXAMPLE[:-8], "no checksum"),
        (NAPAS_EXAMPLE.replace("QRIBFTTA", "QRIBFTTC"), "card"),
        (NAPAS_EXAMPLE.replace("5303704", "5303840"), "not in Vietnamese dong"),
    ],
)
def test_damaged_or_foreign_codes_are_refused(payload: str, message: str) -> None:
    if "6304" in payload[-8:]:
        payload = payload[:-4] + f"{crc16_ccitt_false(payload[:-4].encode()):04X}"
    with pytest.raises(DamagedVietQr, match=message):
        parse_vietqr_payload(payload)


@pytest.mark.parametrize("text", ["https://example.com", "BCD\n002\n1\nSCT", "000201", ""])
def test_other_text_is_not_a_vietqr_code(text: str) -> None:
    assert parse_vietqr_payload(text) is None


def test_epc_codes_still_read_as_epc() -> None:
    eur = replace(DRAFT, currency="EUR", amount=Decimal("12.50"), bank_bin="", account_number="")
    eur = replace(eur, iban="DE89370400440532013000", payee="Alice", reference="Dinner")
    bill = decode_payment_qr(png_image(epc_qr_png(eur)))
    assert bill is not None and bill.iban == "DE89370400440532013000" and bill.bank_bin == ""


@pytest.mark.parametrize(
    ("draft", "message"),
    [
        (replace(DRAFT, currency="EUR"), "only Vietnamese dong"),
        (replace(DRAFT, bank_bin="", account_number=""), "bank account in Vietnam"),
        (replace(DRAFT, bank_bin="970999"), "not a bank LingAssist knows"),
        (replace(DRAFT, amount=Decimal(0)), "whole, positive"),
        (replace(DRAFT, reference="x" * 26), "at most 25"),
    ],
)
def test_what_cannot_be_a_vietqr_code_is_refused(draft: PaymentDraft, message: str) -> None:
    with pytest.raises(UserFacingError, match=message):
        vietqr_payload(draft)


def test_purpose_loses_accents_and_controls() -> None:
    assert plain_purpose("Tiền  nhà\ttháng 12 — Đà Nẵng") == "Tien nha thang 12 Da Nang"


def test_bank_table() -> None:
    known = {"970436": "Vietcombank", "970415": "VietinBank", "970418": "BIDV",
             "970407": "Techcombank", "970422": "MB", "970416": "ACB", "970432": "VPBank",
             "970423": "TPBank", "970403": "Sacombank", "970405": "Agribank"}  # fmt: skip
    assert {b: bank_name(b) for b in known} == known
    assert all(len(b) == 6 and b.startswith("970") for b in BANKS)
    assert bank_name("970999") == ""
    assert vn_account_problems(BIN, ACCOUNT) == []
    [unknown] = vn_account_problems("970999", ACCOUNT)
    assert unknown.code == ProblemCode.BANK_BIN_INVALID and "not a bank" in unknown.message


def facts(payee: Payee | None = None) -> LedgerFacts:
    return LedgerFacts(payee=payee, account_name="Checking", account_currency="VND",
                       balance=Decimal(50_000_000))  # fmt: skip


def test_draft_checks_for_accounts_in_vietnam() -> None:
    an = Payee(1, "Nguyễn Văn An", "", bank_bin=BIN, account_number=ACCOUNT)
    assert [p.code for p in check_draft(DRAFT, today=TODAY, facts=facts(an))] == [
        ProblemCode.FIRST_PAYMENT
    ]
    other = replace(DRAFT, account_number="0011001999999")
    codes = [p.code for p in check_draft(other, today=TODAY, facts=facts(an))]
    assert ProblemCode.ACCOUNT_NOT_PAYEES in codes
    unknown = replace(DRAFT, bank_bin="970999")
    codes = [p.code for p in check_draft(unknown, today=TODAY, facts=facts(an))]
    assert ProblemCode.BANK_BIN_INVALID in codes
    iban_payee = Payee(2, "Nguyễn Văn An", "DE89370400440532013000")
    codes = [p.code for p in check_draft(DRAFT, today=TODAY, facts=facts(iban_payee))]
    assert ProblemCode.ACCOUNT_NOT_PAYEES in codes
    long_reference = replace(DRAFT, reference="x" * 26)
    codes = [p.code for p in check_draft(long_reference, today=TODAY, facts=facts(an))]
    assert ProblemCode.REFERENCE_TOO_LONG in codes


@pytest.fixture
def vnd(tmp_path: Path) -> AppContext:
    """A VND ledger holding 50,000,000 ₫ with An saved at Vietcombank."""
    context = make_home(tmp_path / "home", currency="VND", locale="vi_VN")
    record_entry(context, EntryRequest(amount="50tr", category="INCOME_SALARY", income=True))
    payments.save_payee(context, "Nguyễn Văn An", "", bank_bin=BIN, account_number=ACCOUNT)
    return context


def test_a_bills_vietqr_code_becomes_a_draft_for_the_saved_payee(vnd: AppContext) -> None:
    bill = replace(DRAFT, payee="AN NGUYEN", reference="HD 2026-11")  # the code's own name
    checked = payment_exports.draft_from_bill_image(vnd, png_image(vietqr_png(bill)))
    assert checked is not None
    draft = checked.draft
    assert (draft.payee, draft.bank_bin, draft.account_number) == ("Nguyễn Văn An", BIN, ACCOUNT)
    assert (draft.amount, draft.currency) == (Decimal(1_250_000), "VND")
    assert draft.reference == "HD 2026-11"
    assert draft.source == DraftSource.BILL_QR
    assert [p.code for p in checked.problems] == [ProblemCode.FIRST_PAYMENT]  # not confirmed


def test_a_bills_code_for_an_unknown_bank_says_so(vnd: AppContext) -> None:
    body = vietqr_payload(replace(DRAFT, payee="Shop")).replace("970436", "970999")[:-4]
    payload = body + f"{crc16_ccitt_false(body.encode()):04X}"
    out = io.BytesIO()
    segno.make_qr(payload).save(out, kind="png", scale=6)
    checked = payment_exports.draft_from_bill_image(vnd, png_image(out.getvalue()))
    assert checked is not None and checked.blocked
    messages = " ".join(p.message for p in checked.problems)
    assert "970999 is not a bank LingAssist knows" in messages


def test_export_needs_a_confirmed_payment(vnd: AppContext, tmp_path: Path) -> None:
    checked = payments.draft_payment(vnd, "Nguyễn Văn An", Decimal(1_250_000), reference="Rent")
    row = payments.confirm_payment(vnd, checked)
    path = payment_exports.export_vietqr(vnd, row.id, tmp_path / "qr.png")
    bill = decode_payment_qr(Image.open(path))
    assert bill is not None and (bill.amount, bill.reference) == (Decimal(1_250_000), "Rent")
    payments.mark_paid(vnd, row.id)
    with pytest.raises(UserFacingError, match="not pending"):
        payment_exports.export_vietqr(vnd, row.id, tmp_path / "again.png")
