"""Handing confirmed payments to a bank, and drafts from a dropped bill.

Exports: an EPC QR code (PNG) that a banking app scans, a VietQR code (PNG) for a payment
in VND to a bank account in Vietnam, and a pain.001.001.03 file that a bank's upload page
takes; the SEPA file names the person's own account (the *debtor*) from the funding
account's saved IBAN and holder name (`set_bank_details`). Bills: a dropped bill's EPC QR
code or VietQR code, or the first IBAN in its OCR text, becomes a checked draft, only when
the person asks to pay that bill; nothing here writes a payment.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from pathlib import Path

from PIL import Image

from lingassist.core.errors import UserFacingError
from lingassist.core.phrases import AccountName, phrase
from lingassist.core.private_files import write_private
from lingassist.core.text import checked_text
from lingassist.ledger import draft_queries as dq
from lingassist.ledger import journal
from lingassist.ledger import payment_queries as pq
from lingassist.ledger.repository import find_account
from lingassist.payments.draft import CheckedDraft, DraftSource, PaymentDraft
from lingassist.payments.epc_qr import decode_payment_qr, draft_from_bill, epc_qr_png
from lingassist.payments.epc_qr import find_iban_in_text as _find_ibans
from lingassist.payments.iban import bic_problems, iban_problems, normalize_bic, normalize_iban
from lingassist.payments.sepa import Debtor, pain001_xml
from lingassist.payments.vietqr import vietqr_png
from lingassist.services.context import AppContext
from lingassist.services.entries import paying_account
from lingassist.services.payments import (
    InvalidPayee,
    draft_of,
    prepare_payment,
    require_pending,
)


def export_epc_qr(context: AppContext, transaction_id: int, path: Path) -> Path:
    """Write the EPC QR code (PNG) of a pending payment to `path` and return it.

    Raises:
        UserFacingError: it is not pending, not in EUR, or its payee is gone.
    """
    with context.database.sessions() as session:
        draft = draft_of(require_pending(transaction_id, session), session)
    _write_export(path, epc_qr_png(draft))
    return path


def export_vietqr(context: AppContext, transaction_id: int, path: Path) -> Path:
    """Write the VietQR code (PNG) of a pending payment to `path` and return it.

    Only a payment the person has confirmed (pending) is exported, as for EPC QR codes.

    Raises:
        UserFacingError: it is not pending, not in VND, its payee has no bank account in
            Vietnam, or its payee is gone.
    """
    with context.database.sessions() as session:
        draft = draft_of(require_pending(transaction_id, session), session)
    _write_export(path, vietqr_png(draft))
    return path


def export_pain001(
    context: AppContext,
    transaction_ids: list[int],
    path: Path,
    *,
    debtor_name: str,
    debtor_iban: str,
    debtor_bic: str = "",
) -> Path:
    """Write a pain.001.001.03 file of pending payments from one account to `path`.

    The debtor (the person's own account) is given here; `export_pain001_from_account`
    takes it from the funding account's saved bank details.

    Raises:
        UserFacingError: a payment is not pending, they come from different accounts, one
            is not in EUR, or an IBAN/BIC is invalid.
    """
    with context.database.sessions() as session:
        records = [require_pending(i, session) for i in transaction_ids]
        drafts = [draft_of(record, session) for record in records]
    if len({record.account_id for record in records}) > 1:
        raise UserFacingError(
            phrase("A SEPA file pays from one account; choose payments from one.")
        )
    debtor = Debtor(debtor_name, debtor_iban, debtor_bic)
    ids = [f"LINGASSIST-{record.transaction_id}" for record in records]
    _write_export(path, pain001_xml(drafts, debtor, end_to_end_ids=ids))
    return path


def draft_from_bill_image(
    context: AppContext, image: Image.Image, *, account: str = ""
) -> CheckedDraft | None:
    """A checked draft from a dropped bill's EPC QR code or VietQR code, when the person
    asks to pay it; None when the image holds neither. Nothing is written.

    A VietQR code often names no one: the payee is the saved payee with that bank account,
    else the name in the code (if any), which the checks then ask to save first.

    Raises:
        DamagedVietQr: the VietQR code's checksum is wrong or its fields are broken.
    """
    bill = decode_payment_qr(image)
    if bill is None:
        return None
    with context.database.sessions() as session:
        funding = paying_account(context, account, session)
        if bill.bank_bin:  # the saved payee with that account, whatever name the code gives
            record = pq.payee_with_bank_account(bill.bank_bin, bill.account_number, session=session)
            bill = replace(bill, name=record.name) if record else bill
    return prepare_payment(
        context, draft_from_bill(bill, execution_date=context.today(), account=funding.name)
    )


def draft_from_bill_text(
    context: AppContext, text: str, *, account: str = ""
) -> CheckedDraft | None:
    """A draft from the first IBAN in a bill's OCR text, when the person asks to pay it.

    Only the IBAN is taken from the text (and the saved payee it belongs to, if any): the
    amount is left at 0 and must be typed by the person; None when there is no IBAN.
    """
    ibans = _find_ibans(text)
    if not ibans:
        return None
    with context.database.sessions() as session:
        funding = paying_account(context, account, session)
        record = pq.payee_with_iban(ibans[0], session=session)
    draft = PaymentDraft(
        payee=record.name if record else "",
        iban=ibans[0],
        bic=record.bic if record else "",
        amount=Decimal(0),
        currency=funding.currency,
        execution_date=context.today(),
        reference=record.reference if record else "",
        account=funding.name,
        source=DraftSource.BILL_QR,
    )
    return prepare_payment(context, draft)


def export_pain001_from_account(
    context: AppContext, transaction_ids: list[int], path: Path
) -> Path:
    """Write a pain.001 file of pending payments, naming the debtor from the funding
    account's saved holder name, IBAN and BIC.

    Raises:
        UserFacingError: the account has no holder name or IBAN yet (the message says how
            to set them), or as `export_pain001`.
    """
    debtor = account_debtor(context, transaction_ids[0]) if transaction_ids else Debtor("", "")
    return export_pain001(
        context,
        transaction_ids,
        path,
        debtor_name=debtor.name,
        debtor_iban=debtor.iban,
        debtor_bic=debtor.bic,
    )


def account_debtor(context: AppContext, transaction_id: int) -> Debtor:
    """The debtor of a pending payment: its funding account's holder name, IBAN and BIC.

    Raises:
        UserFacingError: the account's holder name or IBAN is not set yet.
    """
    with context.database.sessions() as session:
        record = require_pending(transaction_id, session)
        details = dq.bank_details(record.account_id, session=session)
    if not details.holder_name or not details.iban:
        raise UserFacingError(
            phrase(
                "A SEPA file names the account the money comes from, and {account} has no IBAN "
                "yet. Set them with: {command}."
                if details.holder_name
                else "A SEPA file names the account the money comes from, and {account} has no "
                "holder name yet. Set them with: {command}.",
                account=AccountName(details.account),
                command=f'lingassist account set {details.account!r} --iban IBAN --holder "Your '
                'Name"',
            )
        )
    return Debtor(details.holder_name, details.iban, details.bic)


def bank_details(context: AppContext, account: str) -> dq.BankDetails:
    """The account's own IBAN, BIC and holder name ("" where not set)."""
    with context.database.sessions() as session:
        return dq.bank_details(find_account(account, session=session).id, session=session)


def set_bank_details(
    context: AppContext,
    account: str,
    *,
    iban: str | None = None,
    holder: str | None = None,
    bic: str | None = None,
) -> dq.BankDetails:
    """Save a money account's own IBAN, holder name and/or BIC, as one undoable change.

    Raises:
        InvalidPayee: the IBAN or BIC is invalid (every problem listed).
        UserFacingError: no such account, nothing to set, or a holder name too long (it is
            kept without terminal controls: it goes into SEPA files).
    """
    details: dict[str, str] = {}
    if iban is not None:
        details["iban"] = normalize_iban(iban)
    if bic is not None:
        details["bic"] = normalize_bic(bic)
    if holder is not None:
        details["holder_name"] = checked_text(holder, "account holder's name")
    if not details:
        raise UserFacingError(phrase("Give --iban, --holder or --bic to set."))
    found = iban_problems(iban) if iban else []
    found += bic_problems(bic, iban or "") if bic else []
    blocking = tuple(problem for problem in found if problem.blocking)
    if blocking:
        raise InvalidPayee(blocking)
    with context.database.sessions.begin() as session:
        funding = find_account(account, session=session)
        label = phrase("Set bank details of {account}", account=AccountName(funding.name))
        change = journal.begin_change(session, label)
        dq.set_bank_details(funding.id, details, session=session, change=change)
        return dq.bank_details(funding.id, session=session)


def _write_export(path: Path, data: bytes) -> None:
    """Write an export the person asked for (0600); a folder that does not exist or cannot
    be written to is a message, not an error."""
    if path.is_dir():
        raise UserFacingError(
            phrase("{path} is a folder: give a file name, e.g. {path}/payment.png.", path=str(path))
        )
    try:
        write_private(path, data)
    except OSError as error:
        reason = error.strerror or str(error)
        raise UserFacingError(
            phrase(
                "Could not write {path}: {reason}. Choose a folder that exists and that you can "
                "write to.",
                path=str(path),
                reason=reason.lower(),
            )
        ) from error
