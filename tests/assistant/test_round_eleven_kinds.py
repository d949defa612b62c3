"""Kinds found in the eleventh round's tune halves and own probes (each sentence written for
these tests, none from a dev set)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from lingassist.assistant import Intent, parse

TODAY = date(2026, 11, 18)


def read(text: str):  # type: ignore[no-untyped-def]
    return parse(text, today=TODAY, default_currency="GBP")


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("found a fiver in my jacket pocket", "5"),
        ("found a tenner on the floor of the bus", "10"),
        ("won a tenner on the scratch card", "10"),
        ("made a grand at the car boot sale", "1000"),
    ],
)
def test_money_found_or_won_in_its_nickname_is_income(text: str, amount: str) -> None:
    command = read(text)
    assert command.intent is Intent.ADD_INCOME
    assert command.amount == Decimal(amount)


@pytest.mark.parametrize(
    "text",
    [
        "won a tenner on the scratch card",
        "got 50 in my birthday card from nan",
        "topped up 10 on my sim card",
    ],
)
def test_a_card_that_holds_no_money_of_ones_own_is_no_account(text: str) -> None:
    assert read(text).account is None


@pytest.mark.parametrize(
    ("text", "account"),
    [
        ("paid 27.50 for the taxi on the business card", "business"),
        ("lunch 12 on visa card", "visa"),
    ],
)
def test_a_card_one_pays_with_is_the_account(text: str, account: str) -> None:
    assert read(text).account == account
