"""What a bill's payment QR code asks for (EPC QR or VietQR), before anyone checks it."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class BillPayment:
    """The payment a bill's QR code asks for, as read (every field still to be checked).

    Attributes:
        name: the beneficiary's name ("" when the code does not give one, as VietQR
            transfer codes often do not).
        iban: compact IBAN in capitals (not yet validated); "" for a VietQR code.
        bic: compact BIC or "".
        amount: the amount asked for, or None when the code leaves it to the payer.
        currency: "EUR" for an EPC QR code, "VND" for a VietQR code.
        reference: the structured creditor reference or the unstructured text (EPC), the
            purpose of the transfer (VietQR).
        note: the beneficiary's note to the payer ("" if none).
        bank_bin: the NAPAS BIN of the beneficiary's bank (VietQR), else "".
        account_number: the beneficiary's account number (VietQR), else "".
    """

    name: str
    iban: str
    bic: str
    amount: Decimal | None
    currency: str
    reference: str
    note: str = ""
    bank_bin: str = ""
    account_number: str = ""
