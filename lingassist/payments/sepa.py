"""SEPA credit-transfer files (ISO 20022 pain.001.001.03) for confirmed payments.

The file is handed to a bank's upload page; LingAssist never sends it anywhere. It is
written with `sepaxml`, which also validates it against the pain.001.001.03 XSD that ships
with it. Payments with the same execution date share one payment-information block.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sepaxml import SepaTransfer

from lingassist.core.errors import UserFacingError
from lingassist.core.money import to_minor
from lingassist.core.phrases import phrase
from lingassist.payments.draft import PaymentDraft, default_reference
from lingassist.payments.iban import bic_problems, iban_problems, normalize_bic, normalize_iban

SEPA_CURRENCY = "EUR"
SCHEMA = "pain.001.001.03"
_MAX_END_TO_END = 35


@dataclass(frozen=True)
class Debtor:
    """The person's own account the payments are taken from.

    Attributes:
        name: the account holder's name as the bank knows it.
        iban: the funding account's IBAN.
        bic: its BIC, or "" (not needed inside SEPA).
    """

    name: str
    iban: str
    bic: str = ""


def pain001_xml(
    payments: Sequence[PaymentDraft],
    debtor: Debtor,
    *,
    end_to_end_ids: Sequence[str] = (),
) -> bytes:
    """A pain.001.001.03 document (UTF-8 bytes) for one or more euro payments.

    `end_to_end_ids` (one per payment, at most 35 characters) let the bank statement point
    back to the ledger; "NOTPROVIDED" when not given.

    Raises:
        UserFacingError: no payments, a payment not in EUR, an invalid debtor or creditor
            IBAN/BIC, or a debtor without a name.
    """
    _check_debtor(debtor)
    if not payments:
        raise UserFacingError(phrase("Choose at least one payment for the SEPA file."))
    if end_to_end_ids and len(end_to_end_ids) != len(payments):
        raise ValueError("one end-to-end id per payment")
    config = {
        "name": debtor.name.strip(),
        "IBAN": normalize_iban(debtor.iban),
        "batch": True,
        "currency": SEPA_CURRENCY,
    }
    if debtor.bic.strip():
        config["BIC"] = normalize_bic(debtor.bic)
    transfer = SepaTransfer(config, schema=SCHEMA, clean=True)
    for index, payment in enumerate(payments):
        end_to_end = end_to_end_ids[index] if end_to_end_ids else "NOTPROVIDED"
        transfer.add_payment(_payment(payment, end_to_end[:_MAX_END_TO_END]))
    return bytes(transfer.export(validate=True, pretty_print=True))


def _payment(draft: PaymentDraft, end_to_end: str) -> dict[str, object]:
    if draft.currency != SEPA_CURRENCY:
        raise UserFacingError(
            phrase(
                "A SEPA credit transfer is in euros; the payment to {payee} is in {currency}. "
                "Enter it in your bank's app instead.",
                payee=draft.payee,
                currency=draft.currency,
            )
        )
    problems = [p for p in iban_problems(draft.iban) + bic_problems(draft.bic, draft.iban)]
    if any(p.blocking for p in problems):
        blocking = next(p for p in problems if p.blocking)
        raise UserFacingError(
            phrase("Payment to {payee}: {problem}", payee=draft.payee, problem=blocking.said)
        )
    payment: dict[str, object] = {
        "name": draft.payee.strip(),
        "IBAN": normalize_iban(draft.iban),
        "amount": to_minor(draft.amount, SEPA_CURRENCY),
        "execution_date": draft.execution_date,
        "description": draft.reference.strip() or default_reference(draft.payee),
        "endtoend_id": end_to_end or "NOTPROVIDED",
    }
    if draft.bic.strip():
        payment["BIC"] = normalize_bic(draft.bic)
    return payment


def _check_debtor(debtor: Debtor) -> None:
    if not debtor.name.strip():
        raise UserFacingError(phrase("The SEPA file needs the account holder's name."))
    problems = iban_problems(debtor.iban) + bic_problems(debtor.bic, debtor.iban)
    blocking = [p for p in problems if p.blocking]
    if blocking:
        raise UserFacingError(
            phrase("Your account's IBAN or BIC: {problem}", problem=blocking[0].said)
        )
