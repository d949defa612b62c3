"""Answers to questions, straight from SQL, with the figure and the period spelled out.

"How much did I spend on coffee last month?" -> "You spent €81.29 on Coffee in October
2026 (23 transactions), 4% less than September 2026 (€84.70)." plus the rows behind it.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from lingassist.assistant.types import ParsedCommand
from lingassist.core.accounts import CategoryDirection
from lingassist.core.money import Money
from lingassist.core.periods import Period, add_months, month_period
from lingassist.core.reports import ReportRow
from lingassist.core.shown_names import account_shown, category_shown
from lingassist.core.transactions import TransactionFilter, TransactionKind, TransactionRow
from lingassist.ledger.budgets import BudgetStatus, budget_statuses
from lingassist.ledger.queries import list_transactions
from lingassist.ledger.reports import account_balances, spending_total
from lingassist.ledger.repository import all_categories
from lingassist.ledger.sessions import Session
from lingassist.services.context import AppContext
from lingassist.services.formatting import during, money_text
from lingassist.services.replies import LOCALES, period_text, say

DEFAULT_ROWS = 10
INCOME_GROUP = "INCOME"  # the Plaid PFC v2 primary code of money received


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
    if command.threshold is not None:  # "did I go over 200?": the figure, not last month
        earlier_period = None
    local = period_text(period, command.language)
    if local is not None:  # said in the sentence's language
        before = _in_currency(earlier, total.currency) if earlier_period else None
        text = _spent_in_language(context, command, total, local, (earlier_period, before))
        text += _against_threshold(context, command, total, command.language)
        return Answer(text + ".", tuple(rows))
    verb = "received" if received(command) else "spent"
    text = f"You {verb} {_money(context, total)}{what} {during(period.label)}"
    if command.kind == "refund":  # "how much came back in refunds this month"
        text = f"You got {_money(context, total)} back in refunds{what} {during(period.label)}"
    text += f" ({total.count} transaction{'s' * (total.count != 1)})" if total.count else ""
    if earlier_period is not None:
        text += _comparison(context, total, _in_currency(earlier, total.currency), earlier_period)
    text += _against_threshold(context, command, total, "en")
    return Answer(text + ".", tuple(rows))


def _against_threshold(
    context: AppContext, command: ParsedCommand, total: ReportRow, language: str
) -> str:
    """ ": €40.00 over €200.00": the total against the figure a yes/no question asked about
    ("did I go over 200 on takeaway this month?"), empty when none was asked."""
    if command.threshold is None:
        return ""
    limit = Money(command.threshold, total.currency)
    gap = Money(abs(total.amount - command.threshold), total.currency)
    key = "answer.at_limit" if gap.amount == 0 else "answer.above_limit"
    if total.amount < command.threshold:
        key = "answer.below_limit"
    values = {
        "limit": _money_in(context, limit, language),
        "amount": _money_in(context, gap, language),
    }
    english = {
        "answer.above_limit": ": {amount} over {limit}",
        "answer.below_limit": ": {amount} under {limit}",
        "answer.at_limit": ": exactly {limit}",
    }
    return say(language, key, **values) or english[key].format(**values)


def transactions_answer(context: AppContext, command: ParsedCommand) -> Answer:
    """The transactions matching what was said, newest first."""
    limit = command.limit or DEFAULT_ROWS
    with context.database.sessions() as session:
        rows = list_transactions(
            transaction_filter(context, command, command.period), session=session, limit=limit
        )
    language = command.language
    if command.kind is not None:  # "show me my refunds this week"
        return _kind_answer(context, command, rows)
    if not rows:
        return Answer(say(language, "answer.none_found") or "I found no transactions like that.")
    local = period_text(command.period, language) if command.period else ""
    if local is not None and language != "en":
        key = "answer.here.one" if len(rows) == 1 else "answer.here.many"
        what = _subject(context, command, language)
        said = say(
            language, key, count=str(len(rows)), what=what, period=" " + local if local else ""
        )
        return Answer(said or "", tuple(rows))
    where = f" {during(command.period.label)}" if command.period else ""
    verb = "is" if len(rows) == 1 else "are"
    return Answer(f"Here {verb} {_count(rows)}{_subject(context, command)}{where}:", tuple(rows))


def _kind_answer(context: AppContext, command: ParsedCommand, rows: list[TransactionRow]) -> Answer:
    """ "Your refunds in November 2026 (2 transactions):", "No refunds in November 2026.":
    a listing of one kind of transaction, in the sentence's language."""
    kind, language = command.kind or "", command.language
    what = _subject(context, command, language)
    local = period_text(command.period, language) if command.period else ""
    if local is not None and language != "en":
        period = " " + local if local else ""
        if not rows:
            return Answer(say(language, f"answer.kind_none.{kind}", what=what, period=period) or "")
        key = "count.one" if len(rows) == 1 else "count.many"
        count = say(language, key, count=str(len(rows))) or _count(rows)
        said = say(language, f"answer.kind.{kind}", what=what, period=period, count=count)
        return Answer(said or "", tuple(rows))
    noun = _KIND_NOUNS.get(kind, "transactions")
    where = f" {during(command.period.label)}" if command.period else ""
    if not rows:
        return Answer(f"No {noun}{what}{where}" + ("." if where or what else " found."))
    return Answer(f"Your {noun}{what}{where} ({_count(rows)}):", tuple(rows))


_KIND_NOUNS = {  # what a listing of each kind is called in English
    "expense": "expenses",
    "income": "income",
    "refund": "refunds",
    "transfer": "transfers",
}


def balance_answer(context: AppContext, command: ParsedCommand) -> Answer:
    """Balances of all accounts, or of the one named."""
    with context.database.sessions() as session:
        balances = account_balances(session=session)
    if command.account:
        balances = [b for b in balances if b.name.lower() == command.account.lower()] or balances
    owed = say(command.language, "answer.owed") or " owed"
    parts = [
        f"{account_shown(b.name, command.language)}: "
        f"{_money_in(context, Money(b.balance, b.currency), command.language)}"
        + (owed if b.type.value == "liability" and b.balance > 0 else "")
        for b in balances
    ]
    said = say(command.language, "answer.balances", parts=" · ".join(parts))
    if said is not None:  # the sentence's language has its own words for it
        return Answer(said if parts else say(command.language, "answer.no_accounts") or said)
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
        said = say(command.language, "answer.no_budgets")
        return Answer(said or 'You have no budgets yet. Try "set a 200 euro budget for groceries".')
    local = period_text(period, command.language)
    if local is not None:
        return Answer(_budgets_in_language(context, command.language, local, statuses))
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


def _spent_in_language(
    context: AppContext,
    command: ParsedCommand,
    total: ReportRow,
    period: str,
    earlier: tuple[Period | None, ReportRow | None],
) -> str:
    """ "Vous avez dépensé 81,29 € en Coffee en octobre 2026 (23 opérations), 4 % de moins
    que en septembre 2026 (84,70 €)": the spending answer in the sentence's language
    (`period` already said in it)."""
    language = command.language
    text = (
        say(
            language,
            _total_key(command),
            amount=_money_in(context, total, language),
            what=_subject(context, command, language),
            period=period,
        )
        or ""
    )
    if total.count:
        key = "answer.count.one" if total.count == 1 else "answer.count.many"
        text += say(language, key, count=str(total.count)) or ""
    earlier_period, before = earlier
    if earlier_period is None or before is None:
        return text
    then = period_text(earlier_period, language) or earlier_period.label
    if before.amount == 0:
        return text + (say(language, "answer.nothing_before", period=then) or "")
    if before.amount < 0 or total.amount < 0:  # only money back: no percentage says it
        amount = _money_in(context, before, language)
        return text + (say(language, "answer.against", period=then, amount=amount) or "")
    change = (total.amount - before.amount) / before.amount * 100
    key = "answer.more" if change > 0 else "answer.less"
    more = say(
        language,
        key,
        percent=f"{abs(change):.0f}",
        period=then,
        amount=_money_in(context, before, language),
    )
    return text + (more or "")


def _budgets_in_language(
    context: AppContext, language: str, period: str, statuses: list[BudgetStatus]
) -> str:
    """How the budgets stand, in the sentence's language (`period` already said in it)."""
    lines = []
    for status in statuses:
        left = status.limit - status.spent
        state = (
            say(
                language,
                "answer.left",
                amount=_money_in(context, Money(left, status.currency), language),
            )
            if left >= 0
            else say(
                language,
                "answer.over",
                amount=_money_in(context, Money(-left, status.currency), language),
            )
        )
        line = say(
            language,
            "answer.budget_line",
            name=category_shown(status.code, status.name, language),
            spent=_money_in(context, Money(status.spent, status.currency), language),
            limit=_money_in(context, Money(status.limit, status.currency), language),
            state=state or "",
        )
        lines.append(line or "")
    heading = say(language, "answer.budgets", period=period)
    return f"{heading}\n" + "\n".join(lines)


def _total_key(command: ParsedCommand) -> str:
    """The message saying a total: money back in refunds, received, or spent."""
    if command.kind == "refund":
        return "answer.refunded"
    return "answer.earned" if received(command) else "answer.spent"


def received(command: ParsedCommand) -> bool:
    """True when the question is about money received ("how much did I earn"): its
    category is income, all of it (the grammar's "INCOME") or one kind ("salary")."""
    return (command.category or "").startswith(INCOME_GROUP)


def _total(command: ParsedCommand, period: Period, session: Session) -> list[ReportRow]:
    income = received(command)
    return spending_total(
        period,
        session=session,
        category=command.category,
        merchant=command.merchant,
        account=command.account,
        direction=CategoryDirection.INCOME if income else CategoryDirection.EXPENSE,
        refunds=command.kind == "refund",
    )


def transaction_filter(
    context: AppContext, command: ParsedCommand, period: Period | None
) -> TransactionFilter:
    """The ledger filter for what a question narrowed to (period, category, merchant,
    account, amount bounds, kind of transaction)."""
    currency = command.currency or context.settings.default_currency
    return TransactionFilter(
        start=period.start if period else None,
        end=period.end if period else None,
        account=command.account,
        category=command.category,
        merchant=command.merchant,
        min_amount=Money(command.min_amount, currency) if command.min_amount is not None else None,
        max_amount=Money(command.max_amount, currency) if command.max_amount is not None else None,
        kind=TransactionKind(command.kind) if command.kind else None,
    )


def _subject(context: AppContext, command: ParsedCommand, language: str = "en") -> str:
    """ " on Coffee", " at Lidl", " from Visa" — what the question narrowed to (in the
    sentence's language when its catalogue says it: " chez Lidl", " tại Lidl")."""
    parts = []
    if command.category == INCOME_GROUP:
        pass  # "how much did I earn": all money received, no narrower subject
    elif received(command):
        code = command.category or ""
        name = category_shown(code, _category_name(context, code), language)
        parts.append(say(language, "subject.income", name=name) or f" from {name}")
    elif command.category:
        name = category_shown(command.category, _category_name(context, command.category), language)
        parts.append(say(language, "subject.category", name=name) or f" on {name}")
    if command.merchant:
        parts.append(
            say(language, "subject.merchant", name=command.merchant) or f" at {command.merchant}"
        )
    if command.account:
        name = command.account.title()
        parts.append(say(language, "subject.account", name=name) or f" with {name}")
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
        return f", nothing {during(period.label)}"
    if before.amount < 0 or now.amount < 0:  # a month of only refunds: no percentage says it
        return f", against {before_text} {during(period.label)}"
    change = (now.amount - before.amount) / before.amount * 100
    direction = "more" if change > 0 else "less"
    return f", {abs(change):.0f}% {direction} than {period.label} ({before_text})"


def _money(context: AppContext, value: ReportRow | Money) -> str:
    return money_text(value.amount, value.currency, context.settings.locale)


def _money_in(context: AppContext, value: ReportRow | Money, language: str) -> str:
    """ "12,00 €" for a French question, "€12.00" in the home's locale for English."""
    locale = LOCALES.get(language, context.settings.locale)
    return money_text(value.amount, value.currency, locale)


def _count(rows: list[TransactionRow]) -> str:
    return f"{len(rows)} transaction{'s' * (len(rows) != 1)}"
