"""Subscriptions and other repeating charges, found in the ledger.

A merchant counts as repeating when the person said so ("netflix 15.99 monthly" keeps
"repeats monthly" in the note), or when its charges come back at a steady rhythm: at
least three charges of about the same amount (within 10%), spaced by a steady gap of
about a week, a month or a year.
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal

from lingassist.core.transactions import TransactionFilter, TransactionRow
from lingassist.ledger.queries import list_transactions
from lingassist.services.context import AppContext

REPEATS_MARK = "repeats"
LOOK_BACK_DAYS = 400
_RHYTHMS = (("weekly", 7, 2), ("monthly", 30, 4), ("yearly", 365, 20))
_MAX_ROWS = 20_000


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
    """

    merchant: str
    rhythm: str
    amount: Decimal
    currency: str
    last: TransactionRow
    said: bool


def repeating_charges(context: AppContext) -> list[Repeating]:
    """Every repeating charge of the last ~13 months, largest monthly cost first."""
    today = context.today()
    query = TransactionFilter(start=today - timedelta(days=LOOK_BACK_DAYS), end=today)
    with context.database.sessions() as session:
        rows = list_transactions(query, session=session, limit=_MAX_ROWS)
    by_merchant: dict[str, list[TransactionRow]] = defaultdict(list)
    for row in rows:
        if row.amount < 0:
            by_merchant[(row.merchant or row.description).strip().lower()].append(row)
    found = [r for charges in by_merchant.values() if (r := _repeating(charges)) is not None]
    return sorted(found, key=lambda r: -monthly_cost(r))


def monthly_cost(charge: Repeating) -> Decimal:
    """What a repeating charge costs a month."""
    factor = {"weekly": Decimal(52) / 12, "monthly": Decimal(1), "yearly": Decimal(1) / 12}
    return charge.amount * factor[charge.rhythm]


def _repeating(charges: list[TransactionRow]) -> Repeating | None:
    charges = sorted(charges, key=lambda row: row.date)
    latest = charges[-1]
    said = _said_rhythm(charges)
    if said is not None:
        return _charge(latest, said, said=True)
    if len(charges) < 3:
        return None
    amounts = [-row.amount for row in charges]
    if max(amounts) > min(amounts) * Decimal("1.1"):
        return None
    gaps = [(b.date - a.date).days for a, b in zip(charges, charges[1:], strict=False)]
    typical = statistics.median(gaps)
    for rhythm, days, slack in _RHYTHMS:
        if all(abs(gap - days) <= slack for gap in gaps) and abs(typical - days) <= slack:
            return _charge(latest, rhythm, said=False)
    return None


def _said_rhythm(charges: list[TransactionRow]) -> str | None:
    for row in reversed(charges):
        memo = row.memo.lower()
        for rhythm, _, _ in _RHYTHMS:
            if f"{REPEATS_MARK} {rhythm}" in memo:
                return rhythm
    return None


def _charge(row: TransactionRow, rhythm: str, *, said: bool) -> Repeating:
    name = row.merchant or row.description
    return Repeating(name, rhythm, -row.amount, row.currency, row, said)
