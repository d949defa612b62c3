"""Results of reports: totals by category, merchant or month, and account balances."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from lingassist.core.accounts import AccountKind, AccountType


class ReportDimension(StrEnum):
    """What a spending report groups by."""

    CATEGORY = "category"
    PRIMARY = "primary"
    MERCHANT = "merchant"
    MONTH = "month"


@dataclass(frozen=True)
class ReportRow:
    """One line of a spending or income report.

    Attributes:
        key: what the row groups by: a category code, a merchant name or "YYYY-MM".
        label: how a person reads the key ("Coffee", "Blue Bottle", "November 2026").
        amount: total spent (positive) or, for income reports, received (positive).
        currency: ISO 4217 code; a report has one row per key and currency.
        count: number of transactions in the row.
    """

    key: str
    label: str
    amount: Decimal
    currency: str
    count: int


@dataclass(frozen=True)
class AccountBalance:
    """The balance of one account.

    Attributes:
        name: account name.
        type: double-entry type.
        kind: checking, card, cash ...
        balance: what the person has (assets) or owes (liabilities, positive = owed).
        currency: ISO 4217 code.
    """

    name: str
    type: AccountType
    kind: AccountKind
    balance: Decimal
    currency: str
