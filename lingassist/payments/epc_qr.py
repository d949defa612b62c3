"""EPC QR codes ("GiroCode"): make one for a payment, read one from a bill's image, and
find plain IBANs in OCR text.

What a bill says is data: these functions return values for a draft card; nothing here
records or confirms a payment.
"""

from __future__ import annotations

import io
import re
from datetime import date
from decimal import Decimal, InvalidOperation

import segno
import zxingcpp
from PIL import Image
from segno import helpers as segno_helpers

from lingassist.core.errors import InvalidAmount, UserFacingError
from lingassist.core.money import from_minor, to_minor
from lingassist.core.phrases import phrase, quoted
from lingassist.payments.bill import BillPayment
from lingassist.payments.draft import (
    MAX_REFERENCE,
    DraftSource,
    PaymentDraft,
    default_reference,
)
from lingassist.payments.iban import is_valid_iban, normalize_bic, normalize_iban
from lingassist.payments.vietqr import DamagedVietQr, parse_vietqr_payload

EPC_CURRENCY = "EUR"
MAX_NAME = 70
MAX_AMOUNT = Decimal("999999999.99")
_ENCODINGS = {
    "1": "utf-8",
    "2": "iso-8859-1",
    "3": "iso-8859-2",
    "4": "iso-8859-4",
    "5": "iso-8859-5",
    "6": "iso-8859-7",
    "7": "iso-8859-10",
    "8": "iso-8859-15",
}
__all__ = [
    "BillPayment",
    "decode_payment_qr",
    "draft_from_bill",
    "epc_qr_code",
    "epc_qr_png",
    "find_iban_in_text",
    "is_creditor_reference",
    "parse_epc_payload",
]
_IBAN_CANDIDATE = re.compile(r"\b[A-Z]{2}\d{2}(?:[ \u00a0]?[A-Z0-9]){10,32}", re.IGNORECASE)


def epc_qr_png(draft: PaymentDraft, *, scale: int = 8, border: int = 4) -> bytes:
    """A PNG of the EPC QR code for `draft`, for a banking app to scan.

    Raises:
        UserFacingError: the draft is not in euros (EPC QR codes carry only EUR), or its
            name, IBAN, amount or reference do not fit the EPC format.
    """
    code = epc_qr_code(draft)
    out = io.BytesIO()
    code.save(out, kind="png", scale=scale, border=border)
    return out.getvalue()


def epc_qr_code(draft: PaymentDraft) -> segno.QRCode:
    """The `segno` QR code for `draft` (see `epc_qr_png` for the errors)."""
    if draft.currency != EPC_CURRENCY:
        raise UserFacingError(
            phrase(
                "An EPC QR code (GiroCode) can only carry euros; this payment is in "
                "{currency}. Use the SEPA file or enter it in your bank's app.",
                currency=draft.currency,
            )
        )
    if not is_valid_iban(draft.iban):
        raise UserFacingError(
            phrase("{iban} is not a valid IBAN; fix the payee first.", iban=quoted(draft.iban))
        )
    if not Decimal("0.01") <= draft.amount <= MAX_AMOUNT:
        raise UserFacingError(
            phrase("An EPC QR code takes amounts from 0.01 to 999,999,999.99 EUR.")
        )
    to_minor(draft.amount, EPC_CURRENCY)
    name = " ".join(draft.payee.split())[:MAX_NAME]
    reference = draft.reference.strip()
    if len(reference) > MAX_REFERENCE:
        raise UserFacingError(
            phrase("The reference is longer than {most} characters.", most=str(MAX_REFERENCE))
        )
    structured = is_creditor_reference(reference)
    text = reference or default_reference(name)
    return segno_helpers.make_epc_qr(
        name=name,
        iban=normalize_iban(draft.iban),
        amount=draft.amount,
        text=None if structured else text,
        reference=normalize_iban(reference) if structured else None,
        bic=normalize_bic(draft.bic) or None,
    )


def decode_payment_qr(image: Image.Image) -> BillPayment | None:
    """The payment of the first EPC QR code or VietQR code found in `image`, or None when
    there is none.

    Other QR codes (links, text that reads like "pay 500 EUR to X") are ignored.

    Raises:
        DamagedVietQr: the image holds a VietQR code with a wrong CRC or broken fields
            (and no payment code that can be read).
    """
    damaged: DamagedVietQr | None = None
    for barcode in zxingcpp.read_barcodes(
        image, formats=zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode)
    ):
        text = _payload_text(barcode)
        try:
            payment = parse_epc_payload(text) or parse_vietqr_payload(text)
        except DamagedVietQr as error:
            damaged = damaged or error
            continue
        if payment is not None:
            return payment
    if damaged is not None:
        raise damaged
    return None


def parse_epc_payload(payload: str) -> BillPayment | None:
    """An EPC QR payload ("BCD\\n002\\n1\\nSCT\\n…") as a `BillPayment`; None when it is not
    one (wrong header, missing name or IBAN, an amount that is not EUR)."""
    lines = [line.strip() for line in payload.replace("\r\n", "\n").split("\n")]
    lines += [""] * (12 - len(lines))
    service, version = lines[3], lines[1]
    if lines[0] != "BCD" or version not in ("001", "002") or service not in ("SCT", "INST"):
        return None
    name, iban = lines[5], normalize_iban(lines[6])
    if not name or not iban:
        return None
    amount = _epc_amount(lines[7])
    if amount is False:
        return None
    return BillPayment(
        name=name,
        iban=iban,
        bic=normalize_bic(lines[4]),
        amount=amount if isinstance(amount, Decimal) else None,
        currency=EPC_CURRENCY,
        reference=lines[9] or lines[10],
        note=lines[11],
    )


def draft_from_bill(bill: BillPayment, *, execution_date: date, account: str = "") -> PaymentDraft:
    """A draft pre-filled from a bill's QR code, for the person to check and confirm.

    Only called when the person asks to pay a dropped bill. A code without an amount gives
    a draft of 0 (EUR or VND), which the checks block until the person types the amount.
    """
    return PaymentDraft(
        payee=bill.name,
        iban=bill.iban,
        bic=bill.bic,
        amount=bill.amount if bill.amount is not None else Decimal(0),
        currency=bill.currency,
        execution_date=execution_date,
        reference=bill.reference,
        account=account,
        source=DraftSource.BILL_QR,
        bank_bin=bill.bank_bin,
        account_number=bill.account_number,
    )


def find_iban_in_text(text: str) -> list[str]:
    """Valid IBANs written in `text` (OCR of a bill), compact, in order, without repeats.

    Spaces inside an IBAN are allowed ("DE89 3704 0044 …"); a candidate counts only when
    its country's length and check digits are right, so neighbouring words are not taken.
    """
    found: list[str] = []
    position = 0
    while match := _IBAN_CANDIDATE.search(text, position):
        iban = _longest_valid_prefix(normalize_iban(match.group()))
        if not iban:
            position = match.start() + 1
            continue
        if iban not in found:
            found.append(iban)
        position = match.start() + _span_of(match.group(), len(iban))
    return found


def _span_of(written: str, characters: int) -> int:
    """How many characters of `written` hold its first `characters` letters and digits."""
    seen = 0
    for index, char in enumerate(written):
        seen += char.isalnum()
        if seen == characters:
            return index + 1
    return len(written)


def is_creditor_reference(text: str) -> bool:
    """True for an ISO 11649 creditor reference ("RF18 5390 0754 7034"), checksum included."""
    compact = normalize_iban(text)
    if not re.fullmatch(r"RF\d{2}[A-Z0-9]{1,21}", compact):
        return False
    rearranged = compact[4:] + compact[:4]
    digits = "".join(str(int(c, 36)) for c in rearranged)
    return int(digits) % 97 == 1


def _longest_valid_prefix(compact: str) -> str:
    for end in range(len(compact), 14, -1):
        if is_valid_iban(compact[:end]):
            return compact[:end]
    return ""


def _epc_amount(text: str) -> Decimal | None | bool:
    """Decimal for "EUR12.30", None when empty, False when not a euro amount."""
    if not text:
        return None
    if not text.startswith(EPC_CURRENCY):
        return False
    try:
        amount = from_minor(to_minor(Decimal(text[len(EPC_CURRENCY) :]), EPC_CURRENCY), "EUR")
    except (InvalidOperation, InvalidAmount, ValueError):
        return False
    return amount if amount > 0 else False


def _payload_text(barcode: zxingcpp.Barcode) -> str:
    """The payload decoded with the character set the EPC header names (line 3)."""
    raw = bytes(barcode.bytes)
    parts = raw.split(b"\n")
    encoding = (
        _ENCODINGS.get(parts[2].strip().decode("ascii", "replace")) if len(parts) > 2 else None
    )
    if encoding is None:
        return str(barcode.text)
    return raw.decode(encoding, errors="replace")
