"""Kinds of readings met in the twenty-seventh round, each written here in sentences of our
own.

- Money left alone: a price followed by the same thing's earlier price, said last as a
  clause of its own ("Bus pass 64 now. Was 58.", "Butter 2,49 at Rewe. Last month 2,19."),
  is a price compared, not paid; a purchase said in a word ("filled up at Shell 62.40. Last
  week 58."), a price told after a comma without "now" ("barber 28 today, used to be 22")
  and a correction ("… 73.26, sorry, it was 76.23") are still entries."""

from __future__ import annotations

import pytest

from lingassist.assistant import Intent
from tests.assistant.reading import assert_read_as, read


@pytest.mark.parametrize(
    "text",
    [
        "Bus pass 64 now. Was 58.",
        "Butter 2,49 at Rewe. Last month 2,19.",
        "petrol at the Esso 1.47 now, last week 1.39",
        "cinema ticket 12.50 at the Vue. A year ago 9.",
        "Oat milk 1.95 in Tesco! Used to be 1.40.",
    ],
)
def test_a_price_compared_with_its_earlier_price_is_left_alone(text: str) -> None:
    command = read(text)
    assert not command.is_action, text


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("filled up at Shell 62.40. Last week 58.", "62.40"),
        ("got the big box of nappies 18.99, was 15 before", "18.99"),
        ("Sainsbury's 73.26, sorry, it was 76.23", "76.23"),
        ("barber 28 today, used to be 22", "28"),
    ],
)
def test_a_purchase_or_a_correction_beside_an_earlier_figure_is_an_entry(
    text: str, amount: str
) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount)
