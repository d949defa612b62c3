"""Answers to questions, straight from SQL, with the figure and the period spelled out.

"How much did I spend on coffee last month?" -> "You spent €81.29 on Coffee in October
2026 (23 transactions), 4% less than September 2026 (€84.70)." plus the rows behind it.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy.orm import Session

from lingassist.assistant.types import ParsedCommand
from lingassist.core.money import Money
from lingassist.core.periods import Period, add_months, month_period
from lingassist.core.reports import ReportRow
from lingassist.core.transactions import TransactionFilter, TransactionRow
from lingassist.ledger.budgets import budget_statuses
from lingassist.ledger.queries import list_transactions
from lingassist.ledger.reports import account_balances, spending_total
from lingassist.ledger.repository import all_categories
from lingassist.services.context import AppContext
from lingassist.services.formatting import money_text

DEFAULT_ROWS = 10


@dataclass(frozen=True)
class Answer:
    """A reply to a question.

    Attributes:
        text: the sentence(s) for the person, with figures and periods explicit.
        rows: the transactions behind it (most recent first), possibly empty.
    """

    text: str
    rows: tuple[TransactionRow, ...] = ()


def spending_answer(context: AppContext, command: ParsedCommand) -> Answer:
    """How much was spent in a period, on what, compared with the period before."""
    period = command.period or month_period(context.today())
    what = _subject(context, command)
    with context.database.sessions() as session:
        now = _total(command, period, session)
        earlier_period = command.comparison or _previous(period)
        earlier = _total(command, earlier_period, session) if earlier_period else []
        rows = list_transactions(
            transaction_filter(context, command, period), session=session, limit=DEFAULT_ROWS
        )
    total = _in_currency(now, context.settings.default_currency)
    text = f"You spent {_money(context, total)}{what} in {period.label}"
    text += f" ({total.count} transaction{'s' * (total.count != 1)})" if total.count else ""
    if earlier_period is not None:
        text += _comparison(context, total, _in_currency(earlier, total.currency), earlier_period)
    return Answer(text + ".", tuple(rows))


def transactions_answer(context: AppContext, command: ParsedCommand) -> Answer:
    """The transactions matching what was said, newest first."""
    limit = command.limit or DEFAULT_ROWS
    with context.database.sessions() as session:
        rows = list_transactions(
            transaction_filter(context, command, command.period), session=session, limit=limit
        )
    if not rows:
        return Answer("I found no transactions like that.")
    where = f" in {command.period.label}" if command.period else ""
    verb = "is" if len(rows) == 1 else "are"
    return Answer(f"Here {verb} {_count(rows)}{_subject(context, command)}{where}:", tuple(rows))


def balance_answer(context: AppContext, command: ParsedCommand) -> Answer:
    """Balances of all accounts, or of the one named."""
    with context.database.sessions() as session:
        balances = account_balances(session=session)
    if command.account:
        balances = [b for b in balances if b.name.lower() == command.account.lower()] or balances
    parts = [
        f"{b.name}: {_money(context, Money(b.balance, b.currency))}"
        + (" owed" if b.type.value == "liability" and b.balance > 0 else "")
        for b in balances
    ]
    return Answer(
        "Balances today — " + " · ".join(parts) + "." if parts else "You have no accounts yet."
    )


def budget_answer(context: AppContext, command: ParsedCommand) -> Answer:
    """How this month's budgets stand (or the one for the category named)."""
    period = command.period or month_period(context.today())
    with context.database.sessions() as session:
        statuses = budget_statuses(period, session=session)
    if command.category:
        statuses = [s for s in statuses if command.category.startswith(s.code)] or statuses
    if not statuses:
        return Answer('You have no budgets yet. Try "set a 200 euro budget for groceries".')
    lines = []
    for status in statuses:
        limit = _money(context, Money(status.limit, status.currency))
        spent = _money(context, Money(status.spent, status.currency))
        left = status.limit - status.spent
        state = (
            f"{_money(context, Money(left, status.currency))} left"
            if left >= 0
            else f"over by {_money(context, Money(-left, status.currency))}"
        )
        lines.append(f"{status.name}: {spent} of {limit} ({state})")
    return Answer(f"Budgets for {period.label}:\n" + "\n".join(lines))


def _total(command: ParsedCommand, period: Period, session: Session) -> list[ReportRow]:
    return spending_total(
        period,
        session=session,
        category=command.category,
        merchant=command.merchant,
        account=command.account,
    )


def transaction_filter(
    context: AppContext, command: ParsedCommand, period: Period | None
) -> TransactionFilter:
    """The ledger filter for what a question narrowed to (period, category, merchant,
    account, amount bounds)."""
    currency = command.currency or context.settings.default_currency
    return TransactionFilter(
        start=period.start if period else None,
        end=period.end if period else None,
        account=command.account,
        category=command.category,
        merchant=command.merchant,
        min_amount=Money(command.min_amount, currency) if command.min_amount is not None else None,
        max_amount=Money(command.max_amount, currency) if command.max_amount is not None else None,
    )


def _subject(context: AppContext, command: ParsedCommand) -> str:
    """ " on Coffee", " at Lidl", " from Visa" — what the question narrowed to."""
    parts = []
    if command.category:
        parts.append(f" on {_category_name(context, command.category)}")
    if command.merchant:
        parts.append(f" at {command.merchant}")
    if command.account:
        parts.append(f" with {command.account.title()}")
    return "".join(parts)


def _category_name(context: AppContext, code: str) -> str:
    with context.database.sessions() as session:
        names = {c.code: c.name for c in all_categories(session=session)}
    return names.get(code, code)


def _previous(period: Period) -> Period | None:
    """The calendar month before a calendar month (other periods are not compared)."""
    if period.start.day == 1 and period == month_period(period.start):
        return month_period(add_months(period.start, -1))
    return None


def _in_currency(rows: list[ReportRow], currency: str) -> ReportRow:
    for row in rows:
        if row.currency == currency:
            return row
    return rows[0] if rows else ReportRow("total", "Total", Decimal(0), currency, 0)


def _comparison(context: AppContext, now: ReportRow, before: ReportRow, period: Period) -> str:
    before_text = _money(context, before)
    if before.amount == 0:
        return f", nothing in {period.label}"
    change = (now.amount - before.amount) / before.amount * 100
    direction = "more" if change > 0 else "less"
    return f", {abs(change):.0f}% {direction} than {period.label} ({before_text})"


def _money(context: AppContext, value: ReportRow | Money) -> str:
    return money_text(value.amount, value.currency, context.settings.locale)


def _count(rows: list[TransactionRow]) -> str:
    return f"{len(rows)} transaction{'s' * (len(rows) != 1)}"
