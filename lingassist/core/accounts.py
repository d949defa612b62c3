"""Accounts and categories of the double-entry ledger."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class AccountType(StrEnum):
    """The five double-entry account types."""

    ASSET = "asset"
    LIABILITY = "liability"
    INCOME = "income"
    EXPENSE = "expense"
    EQUITY = "equity"

    @property
    def holds_money(self) -> bool:
        """True for accounts a person pays from or into (assets and liabilities)."""
        return self in (AccountType.ASSET, AccountType.LIABILITY)


class AccountKind(StrEnum):
    """What an account is to a person; decides icons, defaults and where it is listed."""

    CHECKING = "checking"
    SAVINGS = "savings"
    CASH = "cash"
    CARD = "card"
    CATEGORY = "category"
    OPENING = "opening"
    OTHER = "other"


class CategoryDirection(StrEnum):
    """Whether money in a category goes out (expense) or comes in (income)."""

    EXPENSE = "expense"
    INCOME = "income"


@dataclass(frozen=True)
class Account:
    """An account as the services and views see it.

    Attributes:
        id: database id.
        name: unique display name ("Checking", "Visa", "Coffee").
        type: double-entry type.
        kind: what it is to the person.
        currency: ISO 4217 code for money-holding accounts; categories accept any currency.
    """

    id: int
    name: str
    type: AccountType
    kind: AccountKind
    currency: str


@dataclass(frozen=True)
class Category:
    """A spending or income category; each is backed by an income or expense account.

    Attributes:
        code: Plaid PFC v2 code ("FOOD_AND_DRINK_COFFEE") or a user code ("USER_KIDS").
        name: display name ("Coffee").
        primary: code of the primary category it belongs to ("FOOD_AND_DRINK"); equal to
            `code` for a primary category.
        direction: expense or income.
        is_transfer: money moving between the person's own or a lender's accounts
            (TRANSFER_*, LOAN_*), left out of spending and income reports.
        is_user: created by the person rather than seeded from the taxonomy.
        account_id: the income or expense account that holds its postings.
    """

    code: str
    name: str
    primary: str
    direction: CategoryDirection
    is_transfer: bool
    is_user: bool
    account_id: int

    @property
    def is_primary(self) -> bool:
        """True for a top-level category such as FOOD_AND_DRINK."""
        return self.code == self.primary
