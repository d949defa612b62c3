"""Limits of the core money and date layer: amounts that fit 64-bit minor units, signs
that never cancel out, and the range of days a transaction may have."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from lingassist.core.errors import InvalidAmount, InvalidDate
from lingassist.core.money import MAX_AMOUNT, Money, read_money, to_minor
from lingassist.core.periods import check_entry_date

INT64_MAX = 2**63 - 1


@pytest.mark.parametrize("currency", ["EUR", "JPY", "BHD", "CLF"])
def test_the_largest_amount_leaves_room_for_sums_in_64_bits(currency: str) -> None:
    assert to_minor(MAX_AMOUNT, currency) * 900 < INT64_MAX
    assert to_minor(-MAX_AMOUNT, currency) * 900 > -INT64_MAX


@pytest.mark.parametrize(
    "amount", ["1000000000000.01", "92233720368547758.07", "99999999999999999999", "-1e13"]
)
def test_larger_amounts_are_refused(amount: str) -> None:
    with pytest.raises(InvalidAmount, match="too large"):
        to_minor(Decimal(amount), "EUR")
    with pytest.raises(InvalidAmount, match="too large"):
        Money(Decimal(amount), "EUR")


@pytest.mark.parametrize("text", ["--5", "-5-", "-(5)", "+-5", "-€-5"])
def test_two_signs_are_refused_not_cancelled(text: str) -> None:
    with pytest.raises(InvalidAmount, match="more than one sign"):
        read_money(text, "EUR")


@pytest.mark.parametrize(
    ("text", "amount"),
    [("-5", "-5"), ("5-", "-5"), ("(5)", "-5"), ("+5", "5"), ("-€5", "-5"), ("€-5", "-5")],
)
def test_one_sign_still_reads(text: str, amount: str) -> None:
    assert read_money(text, "EUR")[0] == Decimal(amount)


TODAY = date(2026, 11, 23)


@pytest.mark.parametrize("day", [date(1900, 1, 1), TODAY, date(2036, 11, 23)])
def test_entry_dates_in_range_pass(day: date) -> None:
    assert check_entry_date(day, TODAY) == day


@pytest.mark.parametrize(
    ("day", "words"),
    [
        (date(1, 1, 1), "before 1900-01-01"),
        (date(1899, 12, 31), "before 1900-01-01"),
        (date(2036, 11, 24), "more than 10 years ahead"),
        (date(9999, 12, 31), "more than 10 years ahead"),
    ],
)
def test_entry_dates_out_of_range_are_refused(day: date, words: str) -> None:
    with pytest.raises(InvalidDate, match=words):
        check_entry_date(day, TODAY)
