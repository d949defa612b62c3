"""Payees, payment drafts, and the checks a draft must pass before a person confirms it.

`check_draft` is pure: everything it needs from the ledger arrives as `LedgerFacts`, which
the services fill in SQL. It returns every problem at once; blocking ones stop the
confirmation, the others are warnings shown on the card.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum

from lingassist.core.currency import is_currency_code
from lingassist.core.errors import InvalidAmount
from lingassist.core.money import format_amount, to_minor
from lingassist.core.phrases import AccountName, Amount, phrase, quoted
from lingassist.payments.iban import bic_problems, format_iban, iban_problems, normalize_iban
from lingassist.payments.problems import Problem, ProblemCode, has_blocking, said_problem
from lingassist.payments.vn_banks import (
    MAX_VIETQR_REFERENCE,
    bank_label,
    normalize_account_number,
    vn_account_problems,
)
from lingassist.payments.words import amount_in_words, amount_in_words_in

__all__ = [
    "DUPLICATE_WINDOW",
    "LARGE_FACTOR",
    "MAX_REFERENCE",
    "CheckedDraft",
    "DraftSource",
    "LedgerFacts",
    "PastPayment",
    "Payee",
    "PaymentDraft",
    "Problem",
    "ProblemCode",
    "amount_in_words",
    "check_draft",
    "default_reference",
]

LARGE_FACTOR = Decimal(3)
"""A payment more than this many times the payee's largest past payment gets a warning."""
DUPLICATE_WINDOW = timedelta(days=7)
"""Same payee and amount this close in time is flagged as a possible duplicate."""
MAX_REFERENCE = 140
"""SEPA's limit on unstructured remittance text (pain.001 `Ustrd`, EPC QR)."""


class DraftSource(StrEnum):
    """Where a draft came from; only a person's own action creates one."""

    COMMAND = "command"
    FORM = "form"
    BILL_QR = "bill_qr"


@dataclass(frozen=True)
class Payee:
    """Someone the person pays by bank transfer.

    Attributes:
        id: database id.
        name: display name, unique ("Alice Martin").
        iban: compact IBAN in capitals ("DE89370400440532013000").
        bic: compact BIC in capitals, or "" when not needed (SEPA).
        reference: default reference/memo for payments to them.
        default_category: category code payments to them are filed under, or "".
        bank_bin: NAPAS BIN of their bank in Vietnam ("970436"), "" for an IBAN payee.
        account_number: their account number at that bank, "" for an IBAN payee.
    """

    id: int
    name: str
    iban: str
    bic: str = ""
    reference: str = ""
    default_category: str = ""
    bank_bin: str = ""
    account_number: str = ""

    @property
    def grouped_iban(self) -> str:
        """The IBAN in groups of four for display."""
        return format_iban(self.iban)

    @property
    def account_text(self) -> str:
        """Their account for display: the grouped IBAN, or "Vietcombank 0011001932418"."""
        if self.bank_bin or self.account_number:
            return bank_label(self.bank_bin, self.account_number)
        return self.grouped_iban


@dataclass(frozen=True)
class PaymentDraft:
    """A payment as drafted from a command, a form or a bill, before anyone confirms it.

    Attributes:
        payee: the payee's name as given.
        iban: the account to pay into ("" to use the saved payee's IBAN).
        amount: how much, exact.
        currency: ISO 4217 code.
        execution_date: the day the bank should pay it.
        reference: the reference/memo the payee sees.
        account: name of the funding account ("" for the default account).
        bic: the payee's BIC, "" when not needed.
        source: where the draft came from.
        bank_bin: NAPAS BIN of the payee's bank in Vietnam, "" when paying an IBAN.
        account_number: the payee's account number at that bank, "" when paying an IBAN.
    """

    payee: str
    iban: str
    amount: Decimal
    currency: str
    execution_date: date
    reference: str = ""
    account: str = ""
    bic: str = ""
    source: DraftSource = DraftSource.FORM
    bank_bin: str = ""
    account_number: str = ""

    @property
    def is_vietnamese_account(self) -> bool:
        """True when it pays a bank account in Vietnam (BIN + account number, VietQR)."""
        return bool(self.bank_bin.strip() or self.account_number.strip())

    @property
    def account_text(self) -> str:
        """The account paid into for display: grouped IBAN or "Vietcombank 0011…"."""
        if self.is_vietnamese_account:
            return bank_label(self.bank_bin, self.account_number)
        return format_iban(self.iban) if self.iban else ""

    @property
    def amount_in_words(self) -> str:
        """The amount in words for the confirmation dialog ("forty euros and fifty cents")."""
        return amount_in_words(self.amount, self.currency)

    def words_in(self, language: str) -> str:
        """The amount in the words of `language` ("quarante euros et cinquante centimes")."""
        return amount_in_words_in(self.amount, self.currency, language)


@dataclass(frozen=True)
class PastPayment:
    """A payment already in the ledger (pending or paid), as the checks compare with.

    Attributes:
        transaction_id: its ledger transaction.
        amount: the amount that left the account (positive).
        currency: ISO 4217 code.
        date: its (execution) date.
        status: "pending" or "cleared".
    """

    transaction_id: int
    amount: Decimal
    currency: str
    date: date
    status: str


@dataclass(frozen=True)
class LedgerFacts:
    """What the ledger knows that a draft is checked against (filled by the services).

    Attributes:
        payee: the saved payee with the draft's name, or None when unknown.
        account_name: the funding account's name.
        account_currency: the currency the funding account holds.
        balance: the funding account's balance *not counting* pending payment drafts.
        pending_total: what the other pending payment drafts will take from the account
            (positive).
        payments: payments already made or pending to the same payee, newest first.
    """

    payee: Payee | None
    account_name: str
    account_currency: str
    balance: Decimal
    pending_total: Decimal = Decimal(0)
    payments: tuple[PastPayment, ...] = field(default_factory=tuple)

    @property
    def largest_past_payment(self) -> Decimal | None:
        """The largest payment to this payee in the account's currency, or None."""
        amounts = [p.amount for p in self.payments if p.currency == self.account_currency]
        return max(amounts) if amounts else None

    @property
    def available(self) -> Decimal:
        """The balance left once every other pending draft is paid."""
        return self.balance - self.pending_total


@dataclass(frozen=True)
class CheckedDraft:
    """A draft with the problems found when it was checked against the ledger.

    Attributes:
        draft: the draft as checked (its IBAN filled in from the saved payee).
        problems: every problem found, blocking ones first.
    """

    draft: PaymentDraft
    problems: tuple[Problem, ...]

    @property
    def blocked(self) -> bool:
        """True when a blocking problem stops the confirmation."""
        return has_blocking(list(self.problems))


def default_reference(payee: str) -> str:
    """The reference used when a payment has none (EPC QR codes and SEPA files need one)."""
    return f"Payment to {' '.join(payee.split())}"


def check_draft(draft: PaymentDraft, *, today: date, facts: LedgerFacts) -> list[Problem]:
    """Every problem with `draft`, blocking ones first (an empty list: ready to confirm).

    Blocking: no or unknown payee, missing or invalid IBAN/BIC, an IBAN that is not the
    saved payee's, amount <= 0 or with too many decimals, a currency the funding account
    does not hold, a balance that would go below zero after all pending drafts, an
    execution date in the past, a reference longer than SEPA allows. Warnings: first payment
    to a payee, more than 3x their largest past payment, a possible duplicate (same payee
    and amount within 7 days, pending or paid), an IBAN outside SEPA, a BIC of another bank.
    """
    found = (
        _payee_problems(draft, facts)
        + _amount_problems(draft, facts)
        + _date_and_reference_problems(draft, today)
        + _duplicate_problems(draft, facts)
    )
    return sorted(found, key=lambda problem: not problem.blocking)


def _payee_problems(draft: PaymentDraft, facts: LedgerFacts) -> list[Problem]:
    name = " ".join(draft.payee.split())
    if not name:
        if draft.is_vietnamese_account:  # a bill's VietQR code for no saved payee
            return [
                said_problem(
                    ProblemCode.PAYEE_MISSING,
                    "No saved payee has the account {account}. Save the payee with it "
                    "first; LingAssist never guesses who an account belongs to.",
                    account=draft.account_text,
                ),
                *vn_account_problems(draft.bank_bin, draft.account_number),
            ]
        return [said_problem(ProblemCode.PAYEE_MISSING, "Who should be paid? Name a payee.")]
    found = _iban_problems(draft)
    if facts.payee is None:
        found.insert(
            0,
            said_problem(
                ProblemCode.PAYEE_UNKNOWN,
                "{name} is not a saved payee. Save them with their IBAN first; "
                "LingAssist never guesses an account.",
                name=name,
            ),
        )
        return found
    found += _vn_account_mismatch(draft, facts.payee)
    iban = normalize_iban(draft.iban)
    saved_any = facts.payee.iban or facts.payee.bank_bin
    if iban and not draft.is_vietnamese_account and saved_any and iban != facts.payee.iban:
        found.append(
            said_problem(
                ProblemCode.IBAN_NOT_PAYEES,
                "{iban} is not the IBAN saved for {name} ({saved}). If they really changed "
                "banks, confirm it with them by phone and update the payee first.",
                iban=format_iban(iban),
                name=facts.payee.name,
                saved=facts.payee.account_text,
            )
        )
    if not facts.payments:
        found.append(
            said_problem(
                ProblemCode.FIRST_PAYMENT,
                "This is the first payment to {name}: check the account number with them."
                if draft.is_vietnamese_account
                else "This is the first payment to {name}: check the IBAN with them.",
                blocking=False,
                name=facts.payee.name,
            )
        )
    return found


def _vn_account_mismatch(draft: PaymentDraft, payee: Payee) -> list[Problem]:
    """A Vietnamese account that is not the saved payee's (or the payee has an IBAN)."""
    if not draft.is_vietnamese_account:
        return []
    given = (draft.bank_bin.strip(), normalize_account_number(draft.account_number))
    if given == (payee.bank_bin, payee.account_number):
        return []
    saved = payee.account_text or phrase("no account")
    return [
        said_problem(
            ProblemCode.ACCOUNT_NOT_PAYEES,
            "{account} is not the account saved for {name} ({saved}). If they really changed "
            "banks, confirm it with them by phone and update the payee first.",
            account=bank_label(*given),
            name=payee.name,
            saved=saved,
        )
    ]


def _iban_problems(draft: PaymentDraft) -> list[Problem]:
    if draft.is_vietnamese_account:
        return vn_account_problems(draft.bank_bin, draft.account_number)
    if not normalize_iban(draft.iban):
        return [
            said_problem(
                ProblemCode.IBAN_MISSING,
                "Which account should {name} be paid into? Give their IBAN.",
                name=draft.payee,
            )
        ]
    return iban_problems(draft.iban) + bic_problems(draft.bic, draft.iban)


def _amount_problems(draft: PaymentDraft, facts: LedgerFacts) -> list[Problem]:
    if draft.amount <= 0:
        return [said_problem(ProblemCode.AMOUNT_NOT_POSITIVE, "The amount must be more than zero.")]
    if not is_currency_code(draft.currency):
        return [
            said_problem(
                ProblemCode.CURRENCY_UNKNOWN,
                "{currency} is not a currency code; use one such as EUR.",
                currency=quoted(draft.currency),
            )
        ]
    try:
        to_minor(draft.amount, draft.currency)
    except InvalidAmount as error:
        return [Problem(ProblemCode.AMOUNT_PRECISION, str(error), phrase=error.said)]
    if draft.currency != facts.account_currency:
        return [
            said_problem(
                ProblemCode.CURRENCY_NOT_HELD,
                "{account} holds {held}, not {currency}. Pay from an account in {currency} "
                "or give the amount in {held}.",
                account=AccountName(facts.account_name),
                held=facts.account_currency,
                currency=draft.currency,
            )
        ]
    return _balance_problems(draft, facts) + _size_problems(draft, facts)


def _balance_problems(draft: PaymentDraft, facts: LedgerFacts) -> list[Problem]:
    after = facts.available - draft.amount
    if after >= 0:
        return []
    template = "{account} has {balance}; paying {amount} would leave it at {after}."
    if facts.pending_total:
        template = (
            "{account} has {balance} and {pending} of other pending payments; paying "
            "{amount} would leave it at {after}."
        )
    return [
        said_problem(
            ProblemCode.INSUFFICIENT_FUNDS,
            template,
            account=AccountName(facts.account_name),
            balance=_money(facts.balance, draft.currency),
            pending=_money(facts.pending_total, draft.currency),
            amount=_money(draft.amount, draft.currency),
            after=_money(after, draft.currency),
        )
    ]


def _size_problems(draft: PaymentDraft, facts: LedgerFacts) -> list[Problem]:
    largest = facts.largest_past_payment
    if largest is None or draft.amount <= largest * LARGE_FACTOR:
        return []
    return [
        said_problem(
            ProblemCode.AMOUNT_UNUSUALLY_LARGE,
            "{amount} is more than {factor} times the largest payment to {name} so far "
            "({largest}).",
            blocking=False,
            amount=_money(draft.amount, draft.currency),
            factor=str(LARGE_FACTOR),
            name=draft.payee,
            largest=_money(largest, draft.currency),
        )
    ]


def _date_and_reference_problems(draft: PaymentDraft, today: date) -> list[Problem]:
    found = []
    if draft.execution_date < today:
        found.append(
            said_problem(
                ProblemCode.DATE_IN_PAST,
                "{day} is in the past; a bank can only pay today or later.",
                day=draft.execution_date.isoformat(),
            )
        )
    limit = MAX_VIETQR_REFERENCE if draft.is_vietnamese_account else MAX_REFERENCE
    if len(draft.reference) > limit:
        found.append(
            said_problem(
                ProblemCode.REFERENCE_TOO_LONG,
                "The reference has {count} characters; banks take at most {limit}.",
                count=str(len(draft.reference)),
                limit=str(limit),
            )
        )
    return found


def _duplicate_problems(draft: PaymentDraft, facts: LedgerFacts) -> list[Problem]:
    for payment in facts.payments:
        close = abs(payment.date - draft.execution_date) <= DUPLICATE_WINDOW
        if close and payment.amount == draft.amount and payment.currency == draft.currency:
            template = (
                "{amount} to {name} on {day} is still pending: is this the same payment?"
                if payment.status == "pending"
                else "{amount} to {name} on {day} was paid: is this the same payment?"
            )
            return [
                said_problem(
                    ProblemCode.POSSIBLE_DUPLICATE,
                    template,
                    blocking=False,
                    amount=_money(payment.amount, payment.currency),
                    name=draft.payee,
                    day=payment.date.isoformat(),
                )
            ]
    return []


def _money(amount: Decimal, currency: str) -> Amount:
    """ "1,234.56 EUR" in the English message; a window writes it as its locale does."""
    return Amount(amount, currency, f"{format_amount(amount, currency)} {currency}")
