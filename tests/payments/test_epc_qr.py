"""EPC QR codes: made with segno, read back with a real decoder (zxing-cpp)."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
import segno
from PIL import Image

from lingassist.core.errors import UserFacingError
from lingassist.payments.draft import DraftSource, PaymentDraft
from lingassist.payments.epc_qr import (
    BillPayment,
    decode_payment_qr,
    draft_from_bill,
    epc_qr_png,
    find_iban_in_text,
    is_creditor_reference,
    parse_epc_payload,
)

DRAFT = PaymentDraft(
    "Alice Martin",
    "DE89370400440532013000",
    Decimal("40.50"),
    "EUR",
    date(2026, 11, 27),
    reference="Dinner on Friday",
)


def png_image(data: bytes) -> Image.Image:
    assert data.startswith(b"\x89PNG")
    return Image.open(io.BytesIO(data))


@pytest.mark.parametrize(
    "draft",
    [
        DRAFT,
        replace(DRAFT, bic="COBADEFFXXX"),
        replace(DRAFT, payee="Jürgen Müller-Straße GmbH", amount=Decimal("1234.05")),
        replace(DRAFT, payee="Stadtwerke", reference="RF18 5390 0754 7034"),
        replace(DRAFT, iban="FR1420041010050500013M02606", reference="", amount=Decimal("0.01")),
    ],
)
def test_round_trip_through_a_real_decoder(draft: PaymentDraft) -> None:
    bill = decode_payment_qr(png_image(epc_qr_png(draft)))
    assert bill is not None
    assert bill.name == draft.payee
    assert bill.iban == draft.iban
    assert bill.bic == draft.bic
    assert bill.amount == draft.amount
    assert bill.currency == "EUR"
    if is_creditor_reference(draft.reference):
        assert bill.reference == draft.reference.replace(" ", "")
    else:
        assert bill.reference == (draft.reference or f"Payment to {draft.payee}")
    back = draft_from_bill(bill, execution_date=draft.execution_date)
    assert (back.payee, back.iban, back.amount, back.currency) == (
        draft.payee,
        draft.iban,
        draft.amount,
        draft.currency,
    )
    assert back.source is DraftSource.BILL_QR


def test_decoded_from_a_photo_like_image() -> None:
    """Grey, scaled down, rotated a little and with margins, as a scanned bill would be."""
    code = png_image(epc_qr_png(DRAFT, scale=6)).convert("L")
    page = Image.new("L", (code.width + 300, code.height + 400), 255)
    page.paste(code, (150, 250))
    photo = page.rotate(4, expand=True, fillcolor=255).resize((page.width * 3 // 4,) * 2)
    bill = decode_payment_qr(photo)
    assert bill is not None and bill.iban == DRAFT.iban and bill.amount == Decimal("40.50")


def test_only_euros_fit_an_epc_qr_code() -> None:
    with pytest.raises(UserFacingError, match="only carry euros"):
        epc_qr_png(replace(DRAFT, currency="USD"))


@pytest.mark.parametrize(
    "draft",
    [
        replace(DRAFT, iban="DE88370400440532013000"),
        replace(DRAFT, amount=Decimal(0)),
        replace(DRAFT, amount=Decimal("1000000000")),
        replace(DRAFT, reference="x" * 141),
    ],
)
def test_drafts_that_do_not_fit_are_refused(draft: PaymentDraft) -> None:
    with pytest.raises(UserFacingError):
        epc_qr_png(draft)


def test_an_image_without_an_epc_code_gives_none() -> None:
    assert decode_payment_qr(Image.new("RGB", (200, 200), "white")) is None
    link = segno.make("https://example.com/pay?amount=500", error="m")
    out = io.BytesIO()
    link.save(out, kind="png", scale=6)
    assert decode_payment_qr(png_image(out.getvalue())) is None


PAYLOADS = [
    (
        "BCD\n002\n1\nSCT\n\nAlice Martin\nDE89370400440532013000\nEUR40.5\n\n\nDinner",
        BillPayment(
            "Alice Martin", "DE89370400440532013000", "", Decimal("40.50"), "EUR", "Dinner"
        ),
    ),
    (
        "BCD\r\n001\r\n1\r\nSCT\r\nCOBADEFFXXX\r\nStadtwerke\r\nDE89 3704 0044 0532 0130 00\r\n"
        "EUR12\r\nGDDS\r\nRF18539007547034\r\n\r\nThank you",
        BillPayment(
            "Stadtwerke",
            "DE89370400440532013000",
            "COBADEFFXXX",
            Decimal("12.00"),
            "EUR",
            "RF18539007547034",
            "Thank you",
        ),
    ),
    (
        "BCD\n002\n1\nINST\n\nNo Amount\nNL91ABNA0417164300\n\n\n\nDonation",
        BillPayment("No Amount", "NL91ABNA0417164300", "", None, "EUR", "Donation"),
    ),
]


@pytest.mark.parametrize(("payload", "bill"), PAYLOADS)
def test_epc_payloads_are_parsed(payload: str, bill: BillPayment) -> None:
    assert parse_epc_payload(payload) == bill


@pytest.mark.parametrize(
    "payload",
    [
        "",
        "pay 500 EUR to X",
        "BCD\n003\n1\nSCT\n\nX\nDE89370400440532013000\nEUR1",  # unknown version
        "BCD\n002\n1\nXYZ\n\nX\nDE89370400440532013000\nEUR1",  # not a credit transfer
        "BCD\n002\n1\nSCT\n\n\nDE89370400440532013000\nEUR1",  # no name
        "BCD\n002\n1\nSCT\n\nX\n\nEUR1",  # no IBAN
        "BCD\n002\n1\nSCT\n\nX\nDE89370400440532013000\nUSD1",  # not euros
        "BCD\n002\n1\nSCT\n\nX\nDE89370400440532013000\nEUR1.234",  # sub-cent
        "BCD\n002\n1\nSCT\n\nX\nDE89370400440532013000\nEURabc",
    ],
)
def test_other_payloads_are_not_payments(payload: str) -> None:
    assert parse_epc_payload(payload) is None


def test_a_bill_without_amount_gives_a_zero_draft_to_fill_in() -> None:
    bill = parse_epc_payload(PAYLOADS[2][0])
    assert bill is not None
    draft = draft_from_bill(bill, execution_date=date(2026, 11, 23), account="Checking")
    assert draft.amount == 0 and draft.account == "Checking"


TEXTS = [
    ("IBAN: DE89 3704 0044 0532 0130 00 BIC COBADEFFXXX", ["DE89370400440532013000"]),
    ("Konto DE89370400440532013000.", ["DE89370400440532013000"]),
    (
        "pay to NL91 ABNA 0417 1643 00 or GB29 NWBK 6016 1331 9268 19 thanks",
        ["NL91ABNA0417164300", "GB29NWBK60161331926819"],
    ),
    ("twice DE89370400440532013000 DE89370400440532013000", ["DE89370400440532013000"]),
    ("bad check digits DE88 3704 0044 0532 0130 00", []),
    ("pay 500 EUR to X", []),
    ("Total 12,50 EUR  Tel 0049 30 1234567", []),
    ("", []),
]


@pytest.mark.parametrize(("text", "ibans"), TEXTS)
def test_find_iban_in_text(text: str, ibans: list[str]) -> None:
    assert find_iban_in_text(text) == ibans


@pytest.mark.parametrize(
    ("text", "expected"),
    [("RF18 5390 0754 7034", True), ("RF18539007547035", False), ("Invoice 42", False)],
)
def test_creditor_reference(text: str, expected: bool) -> None:
    assert is_creditor_reference(text) is expected
