"""Generated phrasings: expense and payment templates crossed with amount forms, merchants
with digits in their names, and relative dates (today is Monday 2026-11-23)."""

from __future__ import annotations

from decimal import Decimal
from itertools import cycle, islice

import pytest

from lingassist.assistant import Intent, parse
from tests.assistant.cases import TODAY

SAID_AMOUNTS = [
    ("twelve fifty", "12.50", None),
    ("$23.99", "23.99", "USD"),
    ("forty euros", "40", "EUR"),
    ("€7,80", "7.80", "EUR"),
    ("nine ninety-nine", "9.99", None),
    ("1,250.00 USD", "1250.00", "USD"),
    ("£3.40", "3.40", "GBP"),
    ("sixty-five dollars", "65", "USD"),
    ("18", "18", None),
    ("a hundred and five dollars twenty", "105.20", "USD"),
    ("thirty-two fifty", "32.50", None),
    ("5.5", "5.5", None),
]
MERCHANTS = [
    "7-Eleven",
    "Forever 21",
    "Studio 54",
    "Blue Bottle",
    "Barnes & Noble",
    "Lidl",
    "Pizza Hut",
    "Whole Foods",
    "Shell",
    "Boots",
]
DATES = [
    ("today", "2026-11-23"),
    ("yesterday", "2026-11-22"),
    ("last Friday", "2026-11-20"),
    ("on the 3rd", "2026-11-03"),
    ("on March 3", "2026-03-03"),
    ("on the 3rd of March", "2026-03-03"),
    ("this morning", "2026-11-23"),
    ("on Friday", "2026-11-20"),
    ("last night", "2026-11-22"),
    ("on Sunday", "2026-11-22"),
    ("the day before yesterday", "2026-11-21"),
    ("on the 25th", "2026-10-25"),
]
TEMPLATES = [
    "I spent {amount} at {merchant} {date}",
    "spent {amount} at {merchant} {date}",
    "I paid {amount} at {merchant} {date}",
    "add {amount} at {merchant} {date}",
    "log {amount} at {merchant} {date}",
    "{date} I spent {amount} at {merchant}",
    "I bought lunch at {merchant} for {amount} {date}",
    "just spent {amount} at {merchant} {date}",
]


def _expense_cases() -> list[tuple[str, str, str | None, str, str]]:
    cases = []
    rows = zip(cycle(SAID_AMOUNTS), cycle(MERCHANTS), cycle(DATES))
    for template in TEMPLATES:
        for (said, amount, currency), merchant, (date_words, day) in islice(rows, 16):
            text = template.format(amount=said, merchant=merchant, date=date_words)
            text = text[0].upper() + text[1:]
            cases.append((text, amount, currency, merchant, day))
    return cases


EXPENSES = _expense_cases()


@pytest.mark.parametrize(
    ("text", "amount", "currency", "merchant", "day"), EXPENSES, ids=[c[0] for c in EXPENSES]
)
def test_expense_phrasings(
    text: str, amount: str, currency: str | None, merchant: str, day: str
) -> None:
    command = parse(text, today=TODAY, default_currency="EUR")
    assert command.intent == Intent.ADD_EXPENSE
    assert str(command.amount) == amount
    assert command.currency == (currency or "EUR")
    assert command.merchant == merchant
    assert str(command.date) == day
    assert command.missing == ()


PAYEES = ["Alice Martin", "Tom Baker", "Emma", "Bob", "Dr. Lee"]
PAY_TEMPLATES = [
    ("pay {payee} {amount} for dinner {date}", "dinner"),
    ("send {payee} {amount} {date}", None),
    ("send {amount} to {payee} {date}", None),
    ("please pay {payee} {amount} for the tickets {date}", "tickets"),
]
PAY_DATES = [
    ("on Friday", "2026-11-27"),
    ("tomorrow", "2026-11-24"),
    ("next Monday", "2026-11-30"),
    ("on the 1st", "2026-12-01"),
    ("on December 5", "2026-12-05"),
]


def _payment_cases() -> list[tuple[str, str, str, str, str | None]]:
    cases = []
    rows = zip(cycle(SAID_AMOUNTS), cycle(PAYEES), cycle(PAY_DATES))
    for template, memo in PAY_TEMPLATES:
        for (said, amount, _), payee, (date_words, day) in islice(rows, 10):
            text = template.format(payee=payee, amount=said, date=date_words)
            cases.append((text, amount, payee, day, memo))
    return cases


PAYMENTS = _payment_cases()


@pytest.mark.parametrize(
    ("text", "amount", "payee", "day", "memo"), PAYMENTS, ids=[c[0] for c in PAYMENTS]
)
def test_payment_phrasings(text: str, amount: str, payee: str, day: str, memo: str | None) -> None:
    command = parse(text, today=TODAY, known_payees=["Dr. Lee"])
    assert command.intent == Intent.DRAFT_PAYMENT
    assert command.amount == Decimal(amount) and str(command.amount) == amount
    assert command.payee == payee
    assert str(command.date) == day
    assert command.memo == memo
