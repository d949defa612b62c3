"""Transactions must balance per currency, with two postings or more."""

from __future__ import annotations

from decimal import Decimal

import pytest

from lingassist.core.errors import Unbalanced
from lingassist.core.money import Money
from lingassist.core.transactions import Posting, check_balanced


def _leg(account: int, amount: str, currency: str = "EUR") -> Posting:
    return Posting(account, Money(Decimal(amount), currency))


@pytest.mark.parametrize(
    "legs",
    [
        (_leg(1, "-12.50"), _leg(2, "12.50")),
        (_leg(1, "0.00"), _leg(2, "0.00")),
        (_leg(1, "-30"), _leg(2, "10"), _leg(3, "20")),
        (_leg(1, "-5", "USD"), _leg(2, "5", "USD"), _leg(3, "-3"), _leg(4, "3")),
    ],
)
def test_balanced_postings_pass(legs: tuple[Posting, ...]) -> None:
    check_balanced(legs)


@pytest.mark.parametrize(
    ("legs", "message"),
    [
        ((_leg(1, "-12.50"), _leg(2, "12.49")), "{'EUR': Decimal('-0.01')}"),
        ((_leg(1, "-12.50"), _leg(2, "12.50", "USD")), "'EUR': Decimal('-12.50')"),
        ((_leg(1, "-30"), _leg(2, "10"), _leg(3, "19")), "{'EUR': Decimal('-1')}"),
    ],
)
def test_unbalanced_postings_are_refused_with_what_is_off(
    legs: tuple[Posting, ...], message: str
) -> None:
    with pytest.raises(Unbalanced, match="do not balance") as refused:
        check_balanced(legs)
    assert message in str(refused.value)


def test_a_single_posting_is_refused() -> None:
    with pytest.raises(Unbalanced, match="at least two postings"):
        check_balanced((_leg(1, "0"),))
