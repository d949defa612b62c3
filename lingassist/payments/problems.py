"""What can be wrong with a payee or a payment draft, as values a card can list."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from lingassist.core.phrases import Phrase, PhraseValue, phrase


class ProblemCode(StrEnum):
    """Stable names of problems; code decides on these, never on a message's text."""

    IBAN_MISSING = "iban_missing"
    IBAN_CHARACTERS = "iban_characters"
    IBAN_COUNTRY = "iban_country"
    IBAN_LENGTH = "iban_length"
    IBAN_STRUCTURE = "iban_structure"
    IBAN_CHECKSUM = "iban_checksum"
    IBAN_NOT_SEPA = "iban_not_sepa"
    BIC_INVALID = "bic_invalid"
    BIC_COUNTRY = "bic_country"
    BIC_OTHER_BANK = "bic_other_bank"
    PAYEE_MISSING = "payee_missing"
    PAYEE_UNKNOWN = "payee_unknown"
    IBAN_NOT_PAYEES = "iban_not_payees"
    BANK_BIN_INVALID = "bank_bin_invalid"
    ACCOUNT_NUMBER_INVALID = "account_number_invalid"
    ACCOUNT_NOT_PAYEES = "account_not_payees"
    FIRST_PAYMENT = "first_payment"
    AMOUNT_NOT_POSITIVE = "amount_not_positive"
    AMOUNT_PRECISION = "amount_precision"
    AMOUNT_UNUSUALLY_LARGE = "amount_unusually_large"
    CURRENCY_UNKNOWN = "currency_unknown"
    CURRENCY_NOT_HELD = "currency_not_held"
    INSUFFICIENT_FUNDS = "insufficient_funds"
    POSSIBLE_DUPLICATE = "possible_duplicate"
    DATE_IN_PAST = "date_in_past"
    REFERENCE_TOO_LONG = "reference_too_long"


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a draft or a payee.

    Attributes:
        code: what kind of problem it is (stable, for code and tests).
        message: one or two sentences for the person: what is wrong and what to do.
        blocking: True when the draft cannot be confirmed until it is fixed; False for a
            warning the person may confirm past.
        phrase: `message` as a template and values, for a window in another language
            (None: the message is only in English).
    """

    code: ProblemCode
    message: str
    blocking: bool = True
    phrase: Phrase | None = None

    @property
    def said(self) -> Phrase:
        """The message as a phrase (its English text alone when it has no template)."""
        return self.phrase or Phrase(self.message)


def said_problem(
    code: ProblemCode, template: str, *, blocking: bool = True, **values: PhraseValue
) -> Problem:
    """A problem whose message is the English `template` filled with `values`."""
    said = phrase(template, **values)
    return Problem(code, said.text, blocking, said)


def has_blocking(problems: list[Problem]) -> bool:
    """True when any problem stops a confirmation."""
    return any(problem.blocking for problem in problems)
