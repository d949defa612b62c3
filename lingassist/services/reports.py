"""Use cases that answer "where did my money go": spending reports and balances."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from lingassist.core.accounts import CategoryDirection
from lingassist.core.periods import Period, parse_period
from lingassist.core.reports import AccountBalance, ReportDimension, ReportRow
from lingassist.ledger.reports import account_balances, spending_report
from lingassist.services.context import AppContext


@dataclass(frozen=True)
class Report:
    """A spending (or income) report for one period.

    Attributes:
        period: the days covered.
        dimension: what the rows group by.
        direction: spending or income.
        rows: one row per key and currency, largest first (months in order).
    """

    period: Period
    dimension: ReportDimension
    direction: CategoryDirection
    rows: tuple[ReportRow, ...]

    def totals(self) -> dict[str, Decimal]:
        """Total per currency."""
        sums: dict[str, Decimal] = defaultdict(Decimal)
        for row in self.rows:
            sums[row.currency] += row.amount
        return dict(sums)


def build_report(
    context: AppContext,
    period: str | Period,
    by: ReportDimension = ReportDimension.CATEGORY,
    *,
    direction: CategoryDirection = CategoryDirection.EXPENSE,
) -> Report:
    """Spending (or income) in a period such as "2026-10", "last-month" or "2026".

    Raises:
        InvalidPeriod: the period text cannot be read.
    """
    span = parse_period(period, context.today()) if isinstance(period, str) else period
    with context.database.sessions() as session:
        rows = spending_report(span, by, session=session, direction=direction)
    return Report(span, by, direction, tuple(rows))


def balances(context: AppContext) -> list[AccountBalance]:
    """Today's balance of every money-holding account."""
    with context.database.sessions() as session:
        return account_balances(session=session)
