"""Rankings and repeating charges: "top categories last month", "where did my money go",
"which store do I spend the most at", "list subscriptions".
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from functools import partial

from babel.numbers import format_percent

from lingassist.assistant.intent_words import BIGGEST_ITEMS
from lingassist.assistant.langs import language_pack
from lingassist.assistant.types import ParsedCommand
from lingassist.core.money import Money
from lingassist.core.periods import Period, month_period
from lingassist.core.shown_names import category_shown, merchant_shown
from lingassist.core.transactions import TransactionRow
from lingassist.ledger.queries import list_transactions
from lingassist.services.answers import Answer, transaction_filter
from lingassist.services.context import AppContext
from lingassist.services.formatting import date_text, during, money_text
from lingassist.services.recurring import (
    Repeating,
    is_spending,
    monthly_cost,
    repeating_charges,
    yearly_cost,
)
from lingassist.services.replies import LOCALES, period_text, say

TOP = 5
_BY_MERCHANT = re.compile(r"\b(?:places?|stores?|shops?|merchants?|where\b.*\bat)\b", re.I)
_MAX_ROWS = 50_000


def breakdown_answer(context: AppContext, command: ParsedCommand) -> Answer:
    """Spending in a period ranked by category (or by merchant when asked "which store")."""
    period = command.period or month_period(context.today())
    pack = language_pack(command.language)  # "par magasin", "theo cửa hàng": "by shop"
    said = pack.gloss(command.text).text if pack is not None else command.text
    by_merchant = bool(_BY_MERCHANT.search(said)) or bool(command.category)
    with context.database.sessions() as session:
        rows = list_transactions(
            transaction_filter(context, command, period), session=session, limit=_MAX_ROWS
        )
    currency = _currency(context, rows)
    spent = [row for row in rows if is_spending(row) and row.currency == currency]
    local = period_text(period, command.language)
    if not spent:
        if local is not None:
            nothing = say(command.language, "breakdown.none", what=_where(command), period=local)
            return Answer(nothing or "")
        return Answer(f"You spent nothing{_narrowed(command)} {during(period.label)}.")
    if BIGGEST_ITEMS.search(said):  # "my 3 biggest purchases last month"
        return _biggest(context, command, spent, period)
    ranking = _ranked(spent, by_merchant, command.language)
    total = sum((amount for _, amount, _ in ranking), Decimal(0))
    currency = spent[0].currency
    if local is not None:
        spoken = _ranking_in_language(command, ranking, (total, currency), local, by_merchant)
        return Answer(spoken)
    lines = [
        f"{index}. {name}: {_money(context, amount, currency)} ({amount / total:.0%}, "
        f"{count} transaction{'s' * (count != 1)})"
        for index, (name, amount, count) in enumerate(ranking[: command.limit or TOP], start=1)
    ]
    what = "places" if by_merchant else "categories"
    head = (
        f"Your top {what}{_narrowed(command)} {during(period.label)} "
        f"(total {_money(context, total, currency)}):"
    )
    return Answer(head + "\n" + "\n".join(lines))


def _biggest(
    context: AppContext, command: ParsedCommand, spent: list[TransactionRow], period: Period
) -> Answer:
    """The largest single purchases in `period` (as many as asked, else `TOP`), largest
    first; the rows are listed under the answer."""
    largest = sorted(spent, key=lambda row: (row.amount, -row.id))[: command.limit or TOP]
    local = period_text(period, command.language)
    if local is not None:
        head = say(command.language, "breakdown.biggest", count=str(len(largest)), period=local)
        return Answer(head or "", tuple(largest))
    things = "biggest purchase" if len(largest) == 1 else f"{len(largest)} biggest purchases"
    return Answer(f"Your {things}{_narrowed(command)} {during(period.label)}:", tuple(largest))


def _ranking_in_language(
    command: ParsedCommand,
    ranking: list[tuple[str, Decimal, int]],
    summed: tuple[Decimal, str],
    period: str,
    by_merchant: bool,
) -> str:
    """The ranking (`summed`: its total and currency) in the sentence's language, amounts
    in its locale ("12,00 €")."""
    language, locale = command.language, LOCALES[command.language]
    total, currency = summed
    lines = []
    for index, (name, amount, count) in enumerate(ranking[: command.limit or TOP], start=1):
        counted = say(language, "count.one" if count == 1 else "count.many", count=str(count))
        line = say(
            language,
            "breakdown.line",
            index=str(index),
            name=name,
            amount=money_text(amount, currency, locale),
            share=format_percent(amount / total, locale=locale),
            count=counted or "",
        )
        lines.append(line or "")
    key = "breakdown.head.places" if by_merchant else "breakdown.head.categories"
    said_total = money_text(total, currency, locale)
    head = say(language, key, what=_where(command), period=period, total=said_total) or ""
    return head + "\n" + "\n".join(lines)


def _where(command: ParsedCommand) -> str:
    """ " chez Lidl", " tại Lidl": the merchant a question narrowed to, in its language."""
    if not command.merchant:
        return ""
    return say(command.language, "subject.merchant", name=command.merchant) or ""


def subscriptions_answer(context: AppContext, command: ParsedCommand) -> Answer:
    """The repeating charges found in the ledger, with what they cost a month."""
    charges = repeating_charges(context)
    if command.merchant:
        wanted = command.merchant.lower()
        charges = [c for c in charges if wanted in c.merchant.lower()]
        if not charges:
            return Answer(f"I found no repeating charge from {command.merchant}.")
    if not charges:
        return Answer(
            say(command.language, "subscriptions.none")
            or "I found no subscriptions or repeating charges yet. Entries you log with "
            "“monthly” or “every week” are remembered as repeating."
        )
    lines = [f"• {subscription_line(context, c, command.language)}" for c in charges]
    per_month = sum((monthly_cost(c) for c in charges), Decimal(0))
    per_year = sum((yearly_cost(c) for c in charges), Decimal(0))
    by_year = command.recurrence == "yearly"  # "How much do they cost together per year?"
    currency = charges[0].currency
    if command.language in LOCALES:  # the heading in the sentence's language
        locale = LOCALES[command.language]
        key = "subscriptions.head.year" if by_year else "subscriptions.head"
        values = {
            "count": str(len(charges)),
            "amount": money_text(per_month, currency, locale),
            "year": money_text(per_year, currency, locale),
        }
        # one charge in its own words where the language has them ("1 paiement régulier")
        one = say(command.language, f"{key}.one", **values) if len(charges) == 1 else None
        head = one or say(command.language, key, **values)
        return Answer(f"{head}\n" + "\n".join(lines), tuple(c.last for c in charges))
    a_year = f", {_money(context, per_year, currency)} a year" if by_year else ""
    return Answer(
        f"{len(charges)} repeating charge{'s' * (len(charges) != 1)}, about "
        f"{_money(context, per_month, currency)} a month{a_year}:\n" + "\n".join(lines),
        tuple(c.last for c in charges),
    )


def subscription_line(context: AppContext, charge: Repeating, language: str | None = None) -> str:
    """One repeating charge: for the command line (`language` None) "StreamFlix: €17.99
    monthly, next about 2026-12-20, up from €15.49 since 2026-10-20"; in a chat answer, in
    the sentence's language, its days as people read them ("next about 20 Dec 2026") and a
    shop typed in lower case named with capitals ("Netflix")."""
    if language is None:
        return _line_in_english(context, charge, date.isoformat, charge.merchant)
    locale = LOCALES.get(language, context.settings.locale)
    day = partial(date_text, locale=locale)
    name = merchant_shown(charge.merchant)
    amount = money_text(charge.amount, charge.currency, locale)
    key = "subscriptions.line.missed" if charge.missed else "subscriptions.line"
    rhythm = say(language, f"rhythm.{charge.rhythm}") or charge.rhythm
    text = say(language, key, name=name, amount=amount, rhythm=rhythm, next=day(charge.next_due))
    if text is None:  # English, or a language without the line's words
        return _line_in_english(context, charge, day, name)
    if charge.price_change is not None:
        change = charge.price_change
        way = "up" if change.after > change.before else "down"
        before = money_text(change.before, charge.currency, locale)
        text += (
            say(language, f"subscriptions.changed.{way}", since=day(change.since), before=before)
            or ""
        )
    return text + ("" if charge.said else say(language, "subscriptions.guessed") or "")


def _line_in_english(
    context: AppContext, charge: Repeating, day: Callable[[date], str], name: str
) -> str:
    money = _money(context, charge.amount, charge.currency)
    text = f"{name}: {money} {charge.rhythm}, "
    if charge.missed:
        text += f"expected on {day(charge.next_due)} but not charged since (cancelled?)"
    else:
        text += f"next about {day(charge.next_due)}"
    if charge.price_change is not None:
        change = charge.price_change
        direction = "up" if change.after > change.before else "down"
        before = _money(context, change.before, charge.currency)
        text += f", {direction} from {before} since {day(change.since)}"
    return text + ("" if charge.said else " (found from its rhythm)")


def _ranked(
    rows: list[TransactionRow], by_merchant: bool, language: str = "en"
) -> list[tuple[str, Decimal, int]]:
    """(name, total, count) by merchant or category, largest first; a category is named
    in the sentence's `language`."""
    totals: dict[str, Decimal] = defaultdict(Decimal)
    counts: dict[str, int] = defaultdict(int)
    for row in rows:
        name = (
            (row.merchant or row.description)
            if by_merchant
            else category_shown(row.category_code, row.category_name, language)
        )
        totals[name or "Uncategorized"] -= row.amount
        counts[name or "Uncategorized"] += 1
    return sorted(((n, a, counts[n]) for n, a in totals.items()), key=lambda t: (-t[1], t[0]))


def _currency(context: AppContext, rows: list[TransactionRow]) -> str:
    home = context.settings.default_currency
    return (
        home if any(row.currency == home for row in rows) else (rows[0].currency if rows else home)
    )


def _narrowed(command: ParsedCommand) -> str:
    return f" at {command.merchant}" if command.merchant else ""


def _money(context: AppContext, amount: Decimal, currency: str) -> str:
    return money_text(Money(amount, currency).amount, currency, context.settings.locale)
