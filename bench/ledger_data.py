"""Deterministic ledgers for the benchmarks: N expense/income transactions over five years.

~120 merchants over ~60 categories, popularity Zipf-like, amounts log-normal around a typical
amount per category, 2 postings each, ~4% income. Generating them is benchmark set-up.
"""

from __future__ import annotations

import random
import sys
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from lingassist.config import AppPaths, Settings, save_settings  # noqa: E402
from lingassist.core.money import Money  # noqa: E402
from lingassist.core.transactions import NewTransaction, Posting, TransactionSource  # noqa: E402
from lingassist.ledger.repository import all_categories, money_accounts  # noqa: E402
from lingassist.services.context import AppContext, open_home  # noqa: E402

SEED = 20261130
CURRENCY = "EUR"
LAST_DAY = date(2026, 11, 30)
FIRST_DAY = date(2021, 12, 1)  # five years ending LAST_DAY
INCOME_SHARE = 0.04
INCOME_CODES = ("INCOME_SALARY", "INCOME_INTEREST_EARNED", "INCOME_DIVIDENDS", "INCOME_TAX_REFUND")
TYPICAL_CENTS = {  # median amount per primary category
    "FOOD_AND_DRINK": 1800,
    "RENT_AND_UTILITIES": 9000,
    "TRANSPORTATION": 2500,
    "TRAVEL": 24000,
    "ENTERTAINMENT": 3500,
    "GENERAL_MERCHANDISE": 4500,
    "MEDICAL": 7000,
    "PERSONAL_CARE": 3500,
    "GENERAL_SERVICES": 8000,
    "HOME_IMPROVEMENT": 9000,
    "BANK_FEES": 600,
    "GOVERNMENT_AND_NON_PROFIT": 12000,
    "OTHER": 3000,
    "INCOME": 240000,
}
OVERRIDE_CENTS = {
    "FOOD_AND_DRINK_COFFEE": 450,
    "FOOD_AND_DRINK_GROCERIES": 6500,
    "RENT_AND_UTILITIES_RENT": 140000,
    "INCOME_INTEREST_EARNED": 1500,
}
# fmt: off
PREFIXES = ("Blue Bottle", "Corner", "Golden", "Maple", "Harbor", "Summit", "Riverside",
            "Union", "Café Lumière", "Northside", "Oak & Ivy", "Sunrise", "Main Street",
            "Pioneer", "Bäckerei Müller", "Little", "Grand", "Eastside", "Metro", "Coastal")
# fmt: on


def new_home(path: Path) -> AppContext:
    """A fresh, migrated and seeded home with EUR as its currency (locale-independent)."""
    save_settings(AppPaths(path), Settings(default_currency=CURRENCY))
    return open_home(path)


def generate(size: int, ctx: AppContext) -> list[NewTransaction]:
    """`size` deterministic expense/income transactions over five years, in date order."""
    rng = random.Random(SEED)
    with ctx.database.sessions.begin() as session:
        categories = {c.code: c for c in all_categories(session=session)}
        checking, cash = (a.id for a in money_accounts(session=session))
    expense, income = _merchants(rng, categories)
    spent = rng.choices(expense, weights=[m[3] for m in expense], k=size)
    days = (LAST_DAY - FIRST_DAY).days + 1
    items = []
    for slot in spent:
        is_income = rng.random() < INCOME_SHARE
        name, account_id, typical, _, descriptions = rng.choice(income) if is_income else slot
        cents = max(1, round(typical * rng.lognormvariate(0, 0.6)))
        amount = Decimal(cents).scaleb(-2)
        payer = checking if is_income or rng.random() < 0.85 else cash
        legs = (
            Posting(account_id, Money(-amount if is_income else amount, CURRENCY)),
            Posting(payer, Money(amount if is_income else -amount, CURRENCY)),
        )
        day = FIRST_DAY + timedelta(days=rng.randrange(days))
        memo = "split with Alice" if rng.random() < 0.02 else ""
        items.append(
            NewTransaction(
                day, rng.choice(descriptions), legs, name, memo, source=TransactionSource.IMPORT
            )
        )
    items.sort(key=lambda t: t.date)  # bank exports come in date order
    return items


Merchant = tuple[str, int, float, float, tuple[str, str, str]]


def _merchants(
    rng: random.Random, categories: dict[str, Any]
) -> tuple[list[Merchant], list[Merchant]]:
    """~120 merchants over 60 categories: (name, account, typical cents, weight, descriptions)."""
    food = [c for c in categories.values() if c.primary == "FOOD_AND_DRINK" and not c.is_primary]
    others = sorted(
        code
        for code, c in categories.items()
        if not c.is_primary
        and not c.is_transfer
        and c.direction == "expense"
        and c.primary != "FOOD_AND_DRINK"
    )
    chosen = food + [categories[code] for code in rng.sample(others, 56 - len(food))]
    expense: list[Merchant] = []
    income: list[Merchant] = []
    for index, category in enumerate(chosen + [categories[c] for c in INCOME_CODES]):
        count = (
            3 if category.code in ("FOOD_AND_DRINK_GROCERIES", "FOOD_AND_DRINK_RESTAURANT") else 2
        )
        count = 3 if category.direction == "income" and index % 2 == 0 else count
        base = OVERRIDE_CENTS.get(category.code, TYPICAL_CENTS[category.primary])
        for n in range(count):
            prefix = PREFIXES[(index * 3 + n * 7) % len(PREFIXES)]
            name = f"{prefix} {category.name.split(' (')[0]}"
            typical = base * rng.uniform(0.7, 1.4)
            city = rng.choice(("BERLIN", "PARIS", "LYON", "MUNICH", "ONLINE"))
            descriptions = (name, f"CARD PAYMENT {name.upper()}", f"{name.upper()} {city}")
            merchant = (name, category.account_id, typical, 0.0, descriptions)
            (income if category.direction == "income" else expense).append(merchant)
    rng.shuffle(expense)  # popularity (Zipf weight) must not follow category order
    expense = [(*m[:3], 1 / (rank + 1) ** 0.8, m[4]) for rank, m in enumerate(expense)]
    return expense, income
