"""Subscriptions and other repeating charges, found in the ledger.

A merchant counts as repeating when the person said so ("netflix 15.99 monthly" keeps
"repeats monthly" in the note), or when its charges come back at a steady rhythm: at
least three charges spaced by about a week or a month, or two a year apart, whose amounts
hold steady (within 10%) except for at most one change of price.

For each one: the next charge expected, the cost a month and a year, a price change (the
amount before and after, and since when) and a missed charge (none for a while after the
one expected: cancelled, or paid another way).
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from lingassist.categorize.normalize import merchant_key
from lingassist.core.periods import add_months
from lingassist.core.transactions import TransactionFilter, TransactionRow
from lingassist.ledger.queries import list_transactions
from lingassist.services.context import AppContext

REPEATS_MARK = "repeats"
LOOK_BACK_DAYS = 800  # two years and a bit: a yearly charge is seen twice
STEADY = Decimal("1.1")  # amounts within 10% of each other are the same price
PRICE_CHANGE_LIMIT = Decimal("1.5")  # a new price within 50% of the old one
_RHYTHMS = (("weekly", 7, 2), ("monthly", 30, 4), ("yearly", 365, 20))  # name, days, slack
_FEWEST = {"weekly": 3, "monthly": 3, "yearly": 2}  # charges needed to trust the rhythm
_SLACK = {rhythm: slack for rhythm, _, slack in _RHYTHMS}
_PER_MONTH = {"weekly": Decimal(52) / 12, "monthly": Decimal(1), "yearly": Decimal(1) / 12}
_MAX_ROWS = 20_000


@dataclass(frozen=True)
class PriceChange:
    """The price went from `before` to `after` with the charge of `since`."""

    before: Decimal
    after: Decimal
    since: date


@dataclass(frozen=True)
class Repeating:
    """One repeating charge.

    Attributes:
        merchant: who charges it.
        rhythm: "weekly", "monthly" or "yearly".
        amount: the latest charge (positive).
        currency: its currency.
        last: the latest charge.
        said: True when the person said it repeats, False when found from the rhythm.
        next_due: when the next charge is expected.
        price_change: the latest change of price, if the amounts show one.
        missed: True when the expected charge is overdue (past `next_due` by more than
            the rhythm's slack).
        charges: how many charges were seen.
    """

    merchant: str
    rhythm: str
    amount: Decimal
    currency: str
    last: TransactionRow
    said: bool
    next_due: date
    price_change: PriceChange | None = None
    missed: bool = False
    charges: int = 1


def repeating_charges(context: AppContext) -> list[Repeating]:
    """Every repeating charge of the last two years, largest monthly cost first."""
    today = context.today()
    query = TransactionFilter(start=today - timedelta(days=LOOK_BACK_DAYS), end=today)
    with context.database.sessions() as session:
        rows = list_transactions(query, session=session, limit=_MAX_ROWS)
    by_merchant: dict[str, list[TransactionRow]] = defaultdict(list)
    for row in rows:
        if is_spending(row):
            by_merchant[merchant_key(row.merchant or row.description)].append(row)
    found = [
        charge
        for charges in by_merchant.values()
        if (charge := _repeating(charges, today)) is not None
    ]
    return sorted(found, key=lambda r: -monthly_cost(r))


def is_spending(row: TransactionRow) -> bool:
    """Money out to a category: not a transfer between the person's own accounts (no
    category) nor money moved to savings or investments."""
    moved = not row.category_code or row.category_code.startswith(("TRANSFER_IN", "TRANSFER_OUT"))
    return row.amount < 0 and not moved


def monthly_cost(charge: Repeating) -> Decimal:
    """What a repeating charge costs a month."""
    return charge.amount * _PER_MONTH[charge.rhythm]


def yearly_cost(charge: Repeating) -> Decimal:
    """What a repeating charge costs a year."""
    return monthly_cost(charge) * 12


def _repeating(charges: list[TransactionRow], today: date) -> Repeating | None:
    charges = sorted(charges, key=lambda row: (row.date, row.id))
    said = _said_rhythm(charges)
    rhythm = said or (_rhythm(charges) if len(charges) >= 2 else None)
    if rhythm is None:
        return None
    amounts = [-row.amount for row in charges]
    change = _price_change(charges, amounts)
    if said is None and change is _UNSTEADY:
        return None
    latest = charges[-1]
    next_due = _after(latest.date, rhythm)
    return Repeating(
        merchant=latest.merchant or latest.description,
        rhythm=rhythm,
        amount=-latest.amount,
        currency=latest.currency,
        last=latest,
        said=said is not None,
        next_due=next_due,
        price_change=change if isinstance(change, PriceChange) else None,
        missed=(today - next_due).days > _SLACK[rhythm],
        charges=len(charges),
    )


def _rhythm(charges: list[TransactionRow]) -> str | None:
    """The rhythm every gap between the charges keeps, if any."""
    gaps = [(b.date - a.date).days for a, b in zip(charges, charges[1:], strict=False)]
    typical = statistics.median(gaps)
    for rhythm, days, slack in _RHYTHMS:
        steady = all(abs(gap - days) <= slack for gap in gaps) and abs(typical - days) <= slack
        if steady and len(charges) >= _FEWEST[rhythm]:
            return rhythm
    return None


_UNSTEADY = object()  # the amounts wander: not one price, nor one change of price


def _price_change(charges: list[TransactionRow], amounts: list[Decimal]) -> object:
    """None for one steady price; the `PriceChange` when the amounts are one steady price
    (charged at least twice) and then another, not far from it; `_UNSTEADY` otherwise."""
    if _steady(amounts):
        return None
    for split in range(len(amounts) - 1, 1, -1):  # the latest change first
        before, after = amounts[:split], amounts[split:]
        if _steady(before) and _steady(after) and _believable(before[-1], after[-1]):
            return PriceChange(before[-1], after[-1], charges[split].date)
    return _UNSTEADY


def _believable(before: Decimal, after: Decimal) -> bool:
    """A change of price, not another purchase: by at most half either way."""
    return before / PRICE_CHANGE_LIMIT <= after <= before * PRICE_CHANGE_LIMIT


def _steady(amounts: list[Decimal]) -> bool:
    return max(amounts) <= min(amounts) * STEADY


def _after(day: date, rhythm: str) -> date:
    """The day one period after `day`."""
    if rhythm == "weekly":
        return day + timedelta(days=7)
    return add_months(day, 1 if rhythm == "monthly" else 12)


def _said_rhythm(charges: list[TransactionRow]) -> str | None:
    for row in reversed(charges):
        memo = row.memo.lower()
        for rhythm, _, _ in _RHYTHMS:
            if f"{REPEATS_MARK} {rhythm}" in memo:
                return rhythm
    return None
