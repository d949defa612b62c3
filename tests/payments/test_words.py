"""Amounts in words for the confirmation dialog."""

from __future__ import annotations

from decimal import Decimal

import pytest

from lingassist.core.errors import InvalidAmount
from lingassist.payments.words import amount_in_words, number_in_words

AMOUNTS = [
    ("40.50", "EUR", "forty euros and fifty cents"),
    ("40", "EUR", "forty euros"),
    ("1", "EUR", "one euro"),
    ("1.01", "EUR", "one euro and one cent"),
    ("0.05", "EUR", "five cents"),
    ("0", "EUR", "zero euros"),
    ("12.5", "EUR", "twelve euros and fifty cents"),
    ("21.99", "EUR", "twenty-one euros and ninety-nine cents"),
    ("100", "EUR", "one hundred euros"),
    ("115", "EUR", "one hundred fifteen euros"),
    ("1000", "EUR", "one thousand euros"),
    ("1234.56", "EUR", "one thousand two hundred thirty-four euros and fifty-six cents"),
    ("1000000", "EUR", "one million euros"),
    ("2000017.10", "EUR", "two million seventeen euros and ten cents"),
    ("-3", "EUR", "minus three euros"),
    ("1.01", "GBP", "one pound and one penny"),
    ("2.50", "GBP", "two pounds and fifty pence"),
    ("7", "USD", "seven US dollars"),
    ("1500", "JPY", "one thousand five hundred yen"),
    ("250000", "VND", "two hundred fifty thousand dong"),
    ("12.50", "BRL", "twelve and 50/100 BRL"),
    ("3", "BRL", "three and 00/100 BRL"),
    ("1.234", "KWD", "one and 234/1000 KWD"),
]


@pytest.mark.parametrize(("amount", "currency", "words"), AMOUNTS)
def test_amount_in_words(amount: str, currency: str, words: str) -> None:
    assert amount_in_words(Decimal(amount), currency) == words


def test_amount_in_words_never_rounds() -> None:
    with pytest.raises(InvalidAmount):
        amount_in_words(Decimal("12.345"), "EUR")
    with pytest.raises(InvalidAmount):
        amount_in_words(Decimal("12.5"), "JPY")


@pytest.mark.parametrize(
    ("number", "words"),
    [
        (0, "zero"),
        (13, "thirteen"),
        (90, "ninety"),
        (101, "one hundred one"),
        (999_999, "nine hundred ninety-nine thousand nine hundred ninety-nine"),
        (3_000_000_000, "three billion"),
        (5 * 10**12 + 1, "five trillion one"),
    ],
)
def test_number_in_words(number: int, words: str) -> None:
    assert number_in_words(number) == words
