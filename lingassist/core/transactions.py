"""Transactions and postings: the balanced double-entry records of the ledger."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from lingassist.core.errors import Unbalanced
from lingassist.core.money import Money
from lingassist.core.text import clean_text


class TransactionStatus(StrEnum):
    """Where a transaction is in its life: drafted, waiting for the bank, or done."""

    DRAFT = "draft"
    PENDING = "pending"
    CLEARED = "cleared"


class TransactionSource(StrEnum):
    """How a transaction came in."""

    MANUAL = "manual"
    TEXT = "text"
    VOICE = "voice"
    RECEIPT = "receipt"
    IMPORT = "import"


@dataclass(frozen=True)
class Posting:
    """One leg of a transaction: money into (+) or out of (-) one account.

    Attributes:
        account_id: the account posted to.
        money: signed amount; debits are positive (an expense account grows with +).
    """

    account_id: int
    money: Money


@dataclass(frozen=True)
class NewTransaction:
    """A transaction about to be written: its postings must balance per currency.

    Attributes:
        date: the day it happened (or is due).
        description: what the person or the bank called it.
        postings: two or more postings summing to zero in each currency.
        merchant: the merchant's display name, if any.
        memo: the person's own note.
        status: draft, pending or cleared.
        source: how it came in.
    """

    date: date
    description: str
    postings: tuple[Posting, ...]
    merchant: str | None = None
    memo: str = ""
    status: TransactionStatus = TransactionStatus.CLEARED
    source: TransactionSource = TransactionSource.MANUAL

    def __post_init__(self) -> None:
        check_balanced(self.postings)
        object.__setattr__(self, "description", clean_text(self.description))
        object.__setattr__(self, "memo", clean_text(self.memo))
        if self.merchant is not None:
            object.__setattr__(self, "merchant", clean_text(self.merchant) or None)


@dataclass(frozen=True)
class TransactionRow:
    """A transaction as a list or table shows it, seen from the account that paid.

    Attributes:
        id: database id.
        date: the day it happened.
        description: what it was called.
        merchant: merchant display name or "".
        category_code: code of its category, "" when it has none, "SPLIT" for several.
        category_name: display name of the category ("Coffee", "Split (3)").
        account: name of the money-holding account ("Checking"), "" if none.
        amount: signed effect on that account (-12.50 for an expense).
        currency: ISO 4217 code of `amount`.
        status: draft, pending or cleared.
        source: how it came in.
        memo: the person's note.
        attachments: number of attached files (receipt images).
        original_amount: what a card payment abroad cost in the currency it was made in
            (its size, signed like `amount`), None when there is none.
        original_currency: that currency's ISO code ("" when there is none).
    """

    id: int
    date: date
    description: str
    merchant: str
    category_code: str
    category_name: str
    account: str
    amount: Decimal
    currency: str
    status: TransactionStatus
    source: TransactionSource
    memo: str = ""
    attachments: int = 0
    original_amount: Decimal | None = None
    original_currency: str = ""


def check_balanced(postings: tuple[Posting, ...]) -> None:
    """Raise `Unbalanced` unless there are two or more postings summing to zero per currency."""
    if len(postings) < 2:
        raise Unbalanced(f"A transaction needs at least two postings, got {len(postings)}.")
    if len(postings) == 2:  # most transactions: one amount out, the same amount in
        first, second = postings[0].money, postings[1].money
        if first.currency == second.currency and first.amount + second.amount == 0:
            return
    totals: dict[str, Decimal] = defaultdict(Decimal)
    for posting in postings:
        totals[posting.money.currency] += posting.money.amount
    off = {currency: total for currency, total in totals.items() if total != 0}
    if off:
        raise Unbalanced(f"Postings do not balance: {off}")


class TransactionKind(StrEnum):
    """Which way a transaction moves money, as a list can be narrowed to it.

    EXPENSE: money out of a money account into a spending category. INCOME: money in from
    an income category. REFUND: money back from a spending category into a money account.
    TRANSFER: between the person's own money accounts (or filed under a transfer category).
    """

    EXPENSE = "expense"
    INCOME = "income"
    REFUND = "refund"
    TRANSFER = "transfer"


class SortKey(StrEnum):
    """Columns a transaction list can be sorted on (raw values, not display text)."""

    DATE = "date"
    DESCRIPTION = "description"
    MERCHANT = "merchant"
    CATEGORY = "category"
    ACCOUNT = "account"
    AMOUNT = "amount"
    STATUS = "status"


@dataclass(frozen=True)
class TransactionFilter:
    """Which transactions a list shows, and in what order.

    Attributes:
        start: first day included, or None for no lower bound.
        end: last day included, or None for no upper bound.
        account: name of an account that must be posted to.
        category: a category code; a primary code includes all its detailed categories.
        merchant: merchant name (case-insensitive, exact).
        text: words to find in the description, merchant or memo.
        status: only transactions in this status.
        min_amount: only transactions moving at least this much (either direction).
        max_amount: only transactions moving at most this much.
        kind: only expenses, income, refunds or transfers (`TransactionKind`).
        sort: column to sort on.
        descending: newest / largest first.
    """

    start: date | None = None
    end: date | None = None
    account: str | None = None
    category: str | None = None
    merchant: str | None = None
    text: str = ""
    status: TransactionStatus | None = None
    min_amount: Money | None = None
    max_amount: Money | None = None
    kind: TransactionKind | None = None
    sort: SortKey = SortKey.DATE
    descending: bool = True
