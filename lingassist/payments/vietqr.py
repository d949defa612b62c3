"""VietQR codes: make one for a payment to a bank account in Vietnam, and read one back.

VietQR is the NAPAS 247 profile of the EMVCo merchant-presented QR code: a string of
*ID, length, value* fields (two digits, two digits, the value), ending in a CRC. A
transfer to an account looks like this (field by field)::

    00 02 01                  payload format indicator
    01 02 12                  point of initiation: 12 = for one payment (amount given)
    38 ..                     merchant account information, made of
       00 10 A000000727       NAPAS's GUID
       01 ..                  the beneficiary: 00 06 <bank BIN>, 01 .. <account number>
       02 08 QRIBFTTA         service: inter-bank fund transfer to an account
    53 03 704                 currency: VND (ISO 4217 numeric)
    54 ..                     amount, whole dong
    58 02 VN                  country
    62 ..                     additional data: 08 .. <purpose of the transfer>
    63 04 <CRC>               CRC-16/CCITT-FALSE of everything before it, "6304" included

What a code says is data: `parse_vietqr_payload` returns a `BillPayment` for a draft
card; nothing here records or confirms a payment.
"""

from __future__ import annotations

import io
import re
import unicodedata
from decimal import Decimal

import segno

from lingassist.core.errors import UserFacingError
from lingassist.core.phrases import Phrase, phrase, quoted
from lingassist.payments.bill import BillPayment
from lingassist.payments.draft import PaymentDraft, default_reference
from lingassist.payments.vn_banks import (
    MAX_VIETQR_REFERENCE,
    normalize_account_number,
    vn_account_problems,
)

VIETQR_CURRENCY = "VND"
NAPAS_GUID = "A000000727"
TO_ACCOUNT = "QRIBFTTA"
MAX_AMOUNT = Decimal("9999999999999")  # 13 digits, the longest amount field
_CURRENCY_NUMERIC = "704"
_FIELD = re.compile(r"(\d{2})(\d{2})")


class DamagedVietQr(UserFacingError):
    """A code that is a VietQR code but cannot be trusted (wrong CRC, broken fields)."""


def crc16_ccitt_false(data: bytes) -> int:
    """CRC-16/CCITT-FALSE: polynomial 0x1021, start 0xFFFF, no reflection, no final XOR.

    >>> f"{crc16_ccitt_false(b'123456789'):04X}"
    '29B1'
    """
    crc = 0xFFFF
    for byte in data:
        crc ^= byte << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) if crc & 0x8000 else crc << 1
            crc &= 0xFFFF
    return crc


def vietqr_payload(draft: PaymentDraft) -> str:
    """The VietQR (NAPAS 247) text for a transfer of `draft`'s amount to its account.

    The purpose is the draft's reference (else "Payment to <payee>") without Vietnamese
    accents, as banks require.

    Raises:
        UserFacingError: the draft is not in VND, has no valid Vietnamese account, its
            amount is not a positive whole number of dong, or its reference is too long.
    """
    _check_exportable(draft)
    account = normalize_account_number(draft.account_number)
    beneficiary = _field("00", draft.bank_bin.strip()) + _field("01", account)
    merchant = _field("00", NAPAS_GUID) + _field("01", beneficiary) + _field("02", TO_ACCOUNT)
    purpose = plain_purpose(draft.reference.strip() or default_reference(draft.payee))
    body = (
        _field("00", "01")
        + _field("01", "12")
        + _field("38", merchant)
        + _field("53", _CURRENCY_NUMERIC)
        + _field("54", str(int(draft.amount)))
        + _field("58", "VN")
        + _field("62", _field("08", purpose[:MAX_VIETQR_REFERENCE]))
        + "6304"
    )
    return body + f"{crc16_ccitt_false(body.encode('ascii')):04X}"


def vietqr_png(draft: PaymentDraft, *, scale: int = 8, border: int = 4) -> bytes:
    """A PNG of the VietQR code for `draft`, for a Vietnamese banking app to scan.

    Raises:
        UserFacingError: as `vietqr_payload`.
    """
    code = segno.make_qr(vietqr_payload(draft), error="m")
    out = io.BytesIO()
    code.save(out, kind="png", scale=scale, border=border)
    return out.getvalue()


def plain_purpose(text: str) -> str:
    """`text` without Vietnamese accents and outside printable ASCII ("Tiền nhà" ->
    "Tien nha"), one space between words."""
    text = text.replace("đ", "d").replace("Đ", "D")
    stripped = "".join(
        c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c)
    )
    return " ".join("".join(c if " " <= c <= "~" else " " for c in stripped).split())


def looks_like_vietqr(payload: str) -> bool:
    """True for an EMVCo payload that names NAPAS (whatever its other fields say)."""
    return payload.startswith("000201") and NAPAS_GUID in payload


def parse_vietqr_payload(payload: str) -> BillPayment | None:
    """A VietQR transfer payload as a `BillPayment` (currency VND); None when the text is
    not a VietQR code at all (an EPC code, a link, any other text).

    Raises:
        DamagedVietQr: it is a VietQR code, but its CRC is wrong, its fields are broken, it
            is not a transfer to an account, or it is not in VND.
    """
    text = payload.strip()
    if not looks_like_vietqr(text):
        return None
    fields = _checked_fields(text)
    merchant = _fields(fields.get("38", ""))
    beneficiary = _fields(merchant.get("01", ""))
    if merchant.get("00") != NAPAS_GUID or not beneficiary.get("00"):
        raise DamagedVietQr(
            phrase("This VietQR code does not name a bank account; it cannot be paid.")
        )
    if merchant.get("02") != TO_ACCOUNT:
        raise DamagedVietQr(
            phrase(
                "This VietQR code pays a card or a shop's terminal, not a bank account; pay it "
                "in your banking app."
            )
        )
    if fields.get("53", _CURRENCY_NUMERIC) != _CURRENCY_NUMERIC:
        raise DamagedVietQr(phrase("This VietQR code is not in Vietnamese dong (VND)."))
    return BillPayment(
        name=fields.get("59", "").strip(),
        iban="",
        bic="",
        amount=_amount(fields.get("54", "")),
        currency=VIETQR_CURRENCY,
        reference=_fields(fields.get("62", "")).get("08", "").strip(),
        bank_bin=beneficiary["00"],
        account_number=normalize_account_number(beneficiary.get("01", "")),
    )


def _check_exportable(draft: PaymentDraft) -> None:
    if draft.currency != VIETQR_CURRENCY:
        raise UserFacingError(
            phrase(
                "A VietQR code carries only Vietnamese dong (VND); this payment is in "
                "{currency}. Use the EPC QR code or the SEPA file.",
                currency=draft.currency,
            )
        )
    problems = vn_account_problems(draft.bank_bin, draft.account_number)
    if not draft.is_vietnamese_account or problems:
        said: Phrase = (
            phrase(
                "A VietQR code pays a bank account in Vietnam; {payee} has none that can be paid.",
                payee=draft.payee,
            )
            if draft.payee
            else phrase(
                "A VietQR code pays a bank account in Vietnam; this payee has none that can be "
                "paid."
            )
        )
        for problem in problems:
            said = phrase("{first} {then}", first=said, then=problem.said)
        raise UserFacingError(said)
    if draft.amount <= 0 or draft.amount != draft.amount.to_integral_value():
        raise UserFacingError(phrase("A VietQR code takes a whole, positive number of dong."))
    if draft.amount > MAX_AMOUNT:
        raise UserFacingError(phrase("A VietQR code takes amounts up to 9,999,999,999,999 VND."))
    purpose = plain_purpose(draft.reference.strip() or default_reference(draft.payee))
    if len(purpose) > MAX_VIETQR_REFERENCE and draft.reference.strip():
        raise UserFacingError(
            phrase(
                "A VietQR code carries a reference of at most {most} characters; shorten it.",
                most=str(MAX_VIETQR_REFERENCE),
            )
        )


def _field(tag: str, value: str) -> str:
    if len(value) > 99:  # pragma: no cover - every value is checked shorter before
        raise UserFacingError(f"A VietQR field is too long ({len(value)} characters).")
    return f"{tag}{len(value):02d}{value}"


def _fields(text: str) -> dict[str, str]:
    """ID -> value of a run of EMVCo fields; DamagedVietQr when they do not add up."""
    found: dict[str, str] = {}
    position = 0
    while position < len(text):
        head = _FIELD.match(text, position)
        end = position + 4 + int(head.group(2)) if head else len(text) + 1
        if head is None or end > len(text):
            raise DamagedVietQr(phrase("This VietQR code is damaged (its fields do not add up)."))
        found.setdefault(head.group(1), text[position + 4 : end])
        position = end
    return found


def _checked_fields(text: str) -> dict[str, str]:
    """The top-level fields, after checking the CRC that ends the payload."""
    if len(text) < 8 or text[-8:-4] != "6304":
        raise DamagedVietQr(
            phrase("This VietQR code has no checksum; it may be damaged or forged.")
        )
    expected = f"{crc16_ccitt_false(text[:-4].encode('utf-8')):04X}"
    if text[-4:].upper() != expected:
        raise DamagedVietQr(
            phrase(
                "This VietQR code's checksum is wrong: it is damaged or was altered. Ask the "
                "payee for a new code."
            )
        )
    fields = _fields(text)
    if fields.get("00") != "01":
        raise DamagedVietQr(phrase("This VietQR code has an unknown format version."))
    return fields


def _amount(text: str) -> Decimal | None:
    if not text:
        return None
    if not re.fullmatch(r"\d{1,13}", text) or int(text) == 0:
        raise DamagedVietQr(
            phrase(
                "This VietQR code asks for {text}, which is not an amount in dong.",
                text=quoted(text),
            )
        )
    return Decimal(text)
