"""A bank file read into lines: what every reader (CSV, OFX/QFX, QIF, CAMT.053) produces and
what the import (preview, duplicates, matching, one change set) consumes.

Readers never touch the ledger; the import never looks at a file's format.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from lingassist.core.money import Money
from lingassist.core.phrases import Phrase


@dataclass(frozen=True)
class BankLine:
    """One booked line of a bank statement.

    Attributes:
        number: where it is in the file (1-based line of a CSV/QIF, entry number in OFX/CAMT),
            for messages ("line 14: no date").
        booked: the booking date (the date the bank shows first).
        money: signed: negative when money left the account, positive when it came in.
        description: the bank's text as printed (payee and purpose joined), cleaned of
            control characters.
        counterparty: the other side's name when the file has its own field for it.
        reference: the bank's own id of the line (OFX FITID, CAMT AcctSvcrRef/EndToEndId,
            a CSV reference column), empty when the file has none.
        value_date: the value date when the file gives one.
        balance: the running balance after the line, when the file has it.
        original: the amount in another currency for a card payment abroad (CAMT/OFX/CSV
            "original amount" columns), when given.
        category: the category the file gives, as written (QIF "L" field, a bank's own
            category column); "" when none. A hint for the categorizer, not a ledger category.
    """

    number: int
    booked: date
    money: Money
    description: str
    counterparty: str = ""
    reference: str = ""
    value_date: date | None = None
    balance: Money | None = None
    original: Money | None = None
    category: str = ""


@dataclass(frozen=True)
class RejectedLine:
    """A line that could not be read, and why ("line 14: '31.02.2026' is not a date").

    Attributes:
        number: where it is in the file.
        reason: why it could not be read, in English, after its line number.
        text: the line as it stands in the file ("" when not kept).
        said: the reason without its line number, as a phrase for a window in another
            language (None: `reason` only).
    """

    number: int
    reason: str
    text: str = ""
    said: Phrase | None = None


@dataclass(frozen=True)
class BankStatement:
    """Everything read from one bank file.

    Attributes:
        lines: the lines read, in file order.
        rejected: the lines that could not be read, each with its reason.
        format: "csv", "ofx", "qif" or "camt.053".
        currency: the account's currency as the file states it ("" when it does not).
        account_id: the account as the file names it (IBAN, OFX ACCTID), "" when absent.
        bank: the bank's name or id when the file has it (used to remember a CSV mapping).
        notes: what the reader had to guess ("decimal comma", "dates as day/month"), shown
            in the preview.
        said_notes: the notes as phrases, for a window in another language (empty: `notes`
            only, in English).
    """

    lines: tuple[BankLine, ...]
    rejected: tuple[RejectedLine, ...] = ()
    format: str = ""
    currency: str = ""
    account_id: str = ""
    bank: str = ""
    notes: tuple[str, ...] = field(default_factory=tuple)
    said_notes: tuple[Phrase, ...] = ()
