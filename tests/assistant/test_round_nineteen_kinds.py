"""Kinds of readings met in the nineteenth round, each written here in sentences of our
own: a price added to a product, money written with a country's dollar sign, numbers that
identify an account."""

from __future__ import annotations

import pytest

from lingassist.assistant import Intent
from tests.assistant.reading import assert_read_as


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("bakery 2.40 + 3 x 1.10", "5.70"),
        ("snacks for the kids 1.99 + 2 x 0.89", "3.77"),
        ("parking 4 + 2 x 1.50", "7.00"),
    ],
)
def test_a_price_plus_a_count_times_a_price_is_their_sum(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount)
