"""The dashboard's figures for one month: where the money went compared with the month
before, the year's trend, budgets, the biggest merchants and the payments still to go out.

Every figure is aggregated in SQL by the ledger's report functions; this module only picks,
orders and labels them. Amounts are in the default currency (budgets and payments keep their
own currency).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from lingassist.core.money import round_money
from lingassist.core.periods import Period, add_months, month_period
from lingassist.core.reports import ReportDimension, ReportRow
from lingassist.core.transactions import TransactionStatus
from lingassist.ledger.budgets import BudgetStatus, budget_statuses
from lingassist.ledger.reports import spending_report, spending_total
from lingassist.ledger.sessions import Session
from lingassist.services.context import AppContext
from lingassist.services.formatting import date_text
from lingassist.services.payments import PendingPayment, pending_payments
from lingassist.services.recurring import Repeating, repeating_charges

COMPARED_CATEGORIES = 6
TREND_MONTHS = 12
TOP_MERCHANTS = 5
WARNING_SHARE = Decimal("0.8")
NO_MERCHANT = "(no merchant)"
EVERYTHING_ELSE = "Everything else"


@dataclass(frozen=True)
class CategoryComparison:
    """Spending of one primary category this month and the month before.

    Attributes:
        code: the primary category code; empty for the "Everything else" row.
        name: the category's name ("Food and drink", "Everything else").
        this_month: spent in the dashboard's month.
        last_month: spent in the month before.
    """

    code: str
    name: str
    this_month: Decimal
    last_month: Decimal


@dataclass(frozen=True)
class TrendPoint:
    """Spending of one month in the trend.

    Attributes:
        month: the first day of the month.
        key: "YYYY-MM".
        label: the short month name in the person's locale ("Nov").
        amount: spent in that month.
    """

    month: date
    key: str
    label: str
    amount: Decimal


@dataclass(frozen=True)
class BudgetLine:
    """One monthly budget and how much of it the month used.

    Attributes:
        code: the budget's category code (a primary code covers its details).
        name: the category's name.
        spent: spent in the month, in the budget's currency.
        limit: the monthly budget.
        currency: ISO 4217 code of both amounts.
        share: spent / limit (0 for a zero limit); for progress bars only.
        state: "ok", "warning" (80 % or more used) or "over" (more than the limit spent).
    """

    code: str
    name: str
    spent: Decimal
    limit: Decimal
    currency: str
    share: float
    state: str


@dataclass(frozen=True)
class MerchantLine:
    """A merchant among the month's largest.

    Attributes:
        name: the merchant's name.
        amount: spent there in the month.
        count: number of purchases.
    """

    name: str
    amount: Decimal
    count: int


@dataclass(frozen=True)
class UpcomingPayment:
    """A confirmed payment still waiting for the bank.

    Attributes:
        id: its ledger transaction.
        payee: who is paid.
        amount: how much.
        currency: ISO 4217 code.
        date: the execution date.
    """

    id: int
    payee: str
    amount: Decimal
    currency: str
    date: date


@dataclass(frozen=True)
class Dashboard:
    """Everything the dashboard shows for one month.

    Attributes:
        month: the first day of the month shown.
        label: the month as a person reads it ("November 2026").
        previous_label: the month before ("October 2026").
        currency: the default currency that the spending figures are in.
        spent: total spent in the month.
        previous_spent: total spent in the month before.
        categories: this month vs last per primary category, the largest first, then
            "Everything else" when more categories had spending.
        trend: spending of the 12 months ending with `month`, oldest first.
        monthly_average: the trend's average month, rounded to the currency's cents.
        budgets: every budget against the month's spending, by name.
        merchants: the month's largest merchants, largest first.
        payments: pending payments, soonest first.
        subscriptions: the repeating charges found in the ledger, largest monthly cost
            first (as of today, whatever month is shown).
    """

    month: date
    label: str
    previous_label: str
    currency: str
    spent: Decimal
    previous_spent: Decimal
    categories: tuple[CategoryComparison, ...]
    trend: tuple[TrendPoint, ...]
    monthly_average: Decimal
    budgets: tuple[BudgetLine, ...]
    merchants: tuple[MerchantLine, ...]
    payments: tuple[UpcomingPayment, ...]
    subscriptions: tuple[Repeating, ...] = ()


def dashboard(context: AppContext, month: date) -> Dashboard:
    """The dashboard of the month containing `month`."""
    current = month_period(month)
    previous = month_period(add_months(current.start, -1))
    currency = context.settings.default_currency
    with context.database.sessions() as session:
        this_rows = _in(
            currency, spending_report(current, ReportDimension.PRIMARY, session=session)
        )
        last_rows = _in(
            currency, spending_report(previous, ReportDimension.PRIMARY, session=session)
        )
        spent = _total(current, currency, session)
        previous_spent = _total(previous, currency, session)
        trend = _trend(current, currency, context.settings.locale, session)
        budgets = tuple(
            _budget_line(status) for status in budget_statuses(current, session=session)
        )
        merchants = _merchants(current, currency, session)
    return Dashboard(
        month=current.start,
        label=current.label,
        previous_label=previous.label,
        currency=currency,
        spent=spent,
        previous_spent=previous_spent,
        categories=compare_categories(this_rows, last_rows),
        trend=trend,
        monthly_average=_average(trend, currency),
        budgets=budgets,
        merchants=merchants,
        payments=upcoming_payments(pending_payments(context)),
        subscriptions=tuple(repeating_charges(context)),
    )


def compare_categories(
    this_month: list[ReportRow], last_month: list[ReportRow], *, shown: int = COMPARED_CATEGORIES
) -> tuple[CategoryComparison, ...]:
    """Pair two months' rows by category: the `shown` largest (this month first, then last
    month), and the rest summed as "Everything else"."""
    now = {row.key: row for row in this_month}
    before = {row.key: row for row in last_month}
    names = {row.key: row.label for row in (*last_month, *this_month)}

    def size(code: str) -> tuple[Decimal, Decimal, str]:
        return (-_amount(now, code), -_amount(before, code), names[code])

    codes = sorted(names, key=size)
    pairs = [
        CategoryComparison(code, names[code], _amount(now, code), _amount(before, code))
        for code in codes[:shown]
    ]
    rest = codes[shown:]
    if rest:
        pairs.append(
            CategoryComparison(
                "",
                EVERYTHING_ELSE,
                sum((_amount(now, code) for code in rest), Decimal(0)),
                sum((_amount(before, code) for code in rest), Decimal(0)),
            )
        )
    return tuple(pairs)


def budget_state(spent: Decimal, limit: Decimal) -> str:
    """ "over" past the limit, "warning" from 80 % of it, else "ok"."""
    if spent > limit:
        return "over"
    if spent >= limit * WARNING_SHARE and spent > 0:
        return "warning"
    return "ok"


def upcoming_payments(pending: list[PendingPayment]) -> tuple[UpcomingPayment, ...]:
    """The still-pending payments, soonest first."""
    waiting = [
        UpcomingPayment(
            p.id, p.draft.payee, p.draft.amount, p.draft.currency, p.draft.execution_date
        )
        for p in pending
        if p.status == TransactionStatus.PENDING
    ]
    return tuple(sorted(waiting, key=lambda p: (p.date, p.payee, p.id)))


def _trend(current: Period, currency: str, locale: str, session: Session) -> tuple[TrendPoint, ...]:
    first = add_months(current.start, 1 - TREND_MONTHS)
    span = Period(first, current.end, f"{first:%B %Y} – {current.label}")
    rows = _in(currency, spending_report(span, ReportDimension.MONTH, session=session))
    by_month = {row.key: row.amount for row in rows}
    return tuple(
        TrendPoint(
            day,
            f"{day:%Y-%m}",
            date_text(day, locale, style="LLL"),
            by_month.get(f"{day:%Y-%m}", Decimal(0)),
        )
        for day in span.months()
    )


def _merchants(period: Period, currency: str, session: Session) -> tuple[MerchantLine, ...]:
    rows = _in(currency, spending_report(period, ReportDimension.MERCHANT, session=session))
    named = [row for row in rows if row.key != NO_MERCHANT]
    return tuple(MerchantLine(row.label, row.amount, row.count) for row in named[:TOP_MERCHANTS])


def _budget_line(status: BudgetStatus) -> BudgetLine:
    return BudgetLine(
        status.code,
        status.name,
        status.spent,
        status.limit,
        status.currency,
        status.share,
        budget_state(status.spent, status.limit),
    )


def _total(period: Period, currency: str, session: Session) -> Decimal:
    rows = _in(currency, spending_total(period, session=session))
    return sum((row.amount for row in rows), Decimal(0))


def _average(trend: tuple[TrendPoint, ...], currency: str) -> Decimal:
    if not trend:
        return Decimal(0)
    return round_money(sum((p.amount for p in trend), Decimal(0)) / len(trend), currency)


def _in(currency: str, rows: list[ReportRow]) -> list[ReportRow]:
    return [row for row in rows if row.currency == currency]


def _amount(rows: dict[str, ReportRow], code: str) -> Decimal:
    row = rows.get(code)
    return row.amount if row else Decimal(0)
