"""Kinds of readings met in the twenty-fifth round, each written here in sentences of our
own.

- Splits: a bill paid in equal parts by the people at it, told the way learners and
  texters say it ("we pay three parts", "we pay the three equal", "we paid in equal
  shares", "we splited", "we splitted it"); a habit of paying a rent in equal parts, with
  no bill, stays talk."""

from __future__ import annotations

from decimal import Decimal

import pytest

from lingassist.assistant import Intent
from tests.assistant.reading import read


@pytest.mark.parametrize(
    ("text", "amount", "names"),
    [
        ("tapas with Inés and Raúl, 84 euros, we pay three parts", "84", {"Inés", "Raúl"}),
        ("the dinner with Kofi and Ama was 120, we pay the three equal", "120", {"Kofi", "Ama"}),
        ("bowling with Jonas 46, we paid in equal shares", "46", {"Jonas"}),
        ("feijoada with Duda and Caio 180 reais, we splited", "180", {"Duda", "Caio"}),
        ("pizza with Leo 30, we splitted it", "30", {"Leo"}),
    ],
)
def test_a_bill_paid_in_equal_parts_is_split(text: str, amount: str, names: set[str]) -> None:
    parsed = read(text)
    assert parsed.intent is Intent.SPLIT_EXPENSE
    assert parsed.amount == Decimal(amount)
    assert set(parsed.split_with) == names


def test_a_habit_of_paying_in_equal_parts_is_no_split() -> None:
    assert read("my brother and I always pay equal parts of the rent").intent is Intent.OTHER
