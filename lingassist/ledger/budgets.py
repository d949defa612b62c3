"""Budgets: a monthly spending limit per category, and how much of it is used."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, insert, or_, select, update

from lingassist.core.money import Money, from_minor
from lingassist.core.periods import Period
from lingassist.ledger.inserts import insert_one
from lingassist.ledger.journal import ChangeSet
from lingassist.ledger.sessions import Session
from lingassist.ledger.tables import budgets, categories, postings

MONTHLY = "month"


@dataclass(frozen=True)
class BudgetStatus:
    """One budget against one period's spending.

    Attributes:
        code: the category code (a primary code covers its details).
        name: the category's name.
        limit: the budgeted amount.
        spent: what was spent in the period, in the budget's currency.
        currency: ISO 4217 code of both amounts.
    """

    code: str
    name: str
    limit: Decimal
    spent: Decimal
    currency: str

    @property
    def share(self) -> float:
        """Spent / limit (0 when the limit is 0); for progress bars only."""
        return float(self.spent / self.limit) if self.limit else 0.0


def set_budget(category_id: int, amount: Money, *, session: Session, change: ChangeSet) -> int:
    """Create or change the monthly budget of a category; return the budget's id."""
    existing = session.scalar(
        select(budgets.c.id).where(
            budgets.c.category_id == category_id, budgets.c.period == MONTHLY
        )
    )
    values = {"amount_minor": amount.minor, "currency": amount.currency}
    if existing is not None:
        change.will_update("budget", existing)
        session.execute(update(budgets).where(budgets.c.id == existing).values(values))
        return existing
    budget_id = insert_one(
        session, insert(budgets).values(category_id=category_id, period=MONTHLY, **values)
    )
    change.created("budget", budget_id)
    return budget_id


def budget_statuses(period: Period, *, session: Session) -> list[BudgetStatus]:
    """Every budget with what was spent in `period` (details count towards a primary).

    Refunds count against the purchases of the same period; a period whose refunds
    outweigh its purchases has spent nothing of the budget (a refund does not raise it)."""
    rows = session.execute(
        select(categories.c.code, categories.c.name, budgets.c.amount_minor, budgets.c.currency)
        .join(categories, categories.c.id == budgets.c.category_id)
        .order_by(categories.c.name)
    ).all()
    return [
        BudgetStatus(
            code,
            name,
            from_minor(limit, currency),
            from_minor(max(0, _spent(code, currency, period, session)), currency),
            currency,
        )
        for code, name, limit, currency in rows
    ]


def _spent(code: str, currency: str, period: Period, session: Session) -> int:
    accounts = select(categories.c.account_id).where(
        or_(categories.c.code == code, categories.c.primary_code == code)
    )
    total = session.scalar(
        select(func.coalesce(func.sum(postings.c.amount_minor), 0)).where(
            postings.c.account_id.in_(accounts),
            postings.c.currency == currency,
            postings.c.date >= period.start,
            postings.c.date <= period.end,
        )
    )
    return int(total or 0)
