from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lingassist.core.currency import currency_for_symbol, minor_digits
from lingassist.core.errors import InvalidAmount, UnknownCurrency
from lingassist.core.money import Money, from_minor, read_money, round_money, to_minor

READABLE = [
    ("12.50", "12.50", None),
    ("12,50", "12.50", None),
    ("1,234.56", "1234.56", None),
    ("1.234,56", "1234.56", None),
    ("1 234,56", "1234.56", None),
    ("1\u202f234,56", "1234.56", None),
    ("1'234.50", "1234.50", None),
    ("$12.50", "12.50", "USD"),
    ("12.50 EUR", "12.50", "EUR"),
    ("eur 12.50", "12.50", "EUR"),
    ("€12,50", "12.50", "EUR"),
    ("12,50 €", "12.50", "EUR"),
    ("RM 3.90", "3.90", "MYR"),
    ("CA$5", "5", "CAD"),
    ("£7", "7", "GBP"),
    ("45k", "45000", None),
    ("1.2k", "1200", None),
    ("-3.20", "-3.20", None),
    ("−3.20", "-3.20", None),
    ("(3.20)", "-3.20", None),
    ("3.20-", "-3.20", None),
    ("-€5", "-5", "EUR"),
    ("€-5", "-5", "EUR"),
    ("1,234", "1234", None),
    ("1.234.567", "1234567", None),
    ("1,234,567.89", "1234567.89", None),
    ("0,5", "0.5", None),
    ("  7  ", "7", None),
]


@pytest.mark.parametrize(("text", "amount", "currency"), READABLE)
def test_reads_amounts_as_people_write_them(text: str, amount: str, currency: str | None) -> None:
    assert read_money(text) == (Decimal(amount), currency)


@pytest.mark.parametrize("text", ["", "abc", "12.5.0", "1,23,4", "12..5", "€", "1.2.3,4.5", "k"])
def test_refuses_what_is_not_an_amount(text: str) -> None:
    with pytest.raises(InvalidAmount, match="Write it like"):
        read_money(text)


def test_shared_dollar_sign_prefers_the_persons_own_currency() -> None:
    assert read_money("$5", preferred_currency="AUD") == (Decimal(5), "AUD")
    assert read_money("$5", preferred_currency="EUR") == (Decimal(5), "USD")
    assert currency_for_symbol("kr", "NOK") == "NOK"


@pytest.mark.parametrize(("code", "digits"), [("EUR", 2), ("JPY", 0), ("KWD", 3), ("usd", 2)])
def test_minor_units_come_from_iso_4217(code: str, digits: int) -> None:
    assert minor_digits(code) == digits


def test_unknown_currency_is_refused() -> None:
    with pytest.raises(UnknownCurrency):
        Money(Decimal(1), "XYZ")


def test_minor_units_are_exact_and_strict() -> None:
    assert to_minor(Decimal("12.50"), "EUR") == 1250
    assert to_minor(Decimal("1234"), "JPY") == 1234
    assert from_minor(1250, "EUR") == Decimal("12.50")
    assert str(from_minor(5, "KWD")) == "0.005"
    with pytest.raises(InvalidAmount, match="more decimals"):
        to_minor(Decimal("1.234"), "EUR")


def test_money_never_takes_a_float() -> None:
    with pytest.raises(TypeError):
        Money(12.5, "EUR")  # type: ignore[arg-type]


def test_rounding_is_half_even_in_one_place() -> None:
    assert round_money(Decimal("0.125"), "EUR") == Decimal("0.12")
    assert round_money(Decimal("0.135"), "EUR") == Decimal("0.14")
    assert round_money(Decimal("2.5"), "JPY") == Decimal("2")


@given(
    units=st.integers(min_value=-(10**12), max_value=10**12),  # within MAX_AMOUNT in any currency
    currency=st.sampled_from(["EUR", "JPY", "KWD", "USD", "VND"]),
)
def test_amounts_round_trip_text_decimal_minor_units(units: int, currency: str) -> None:
    amount = from_minor(units, currency)
    for text in (str(amount), f"{amount:,}", f"{amount} {currency}"):
        parsed, _ = read_money(text)
        assert parsed == amount
        assert to_minor(parsed, currency) == units
        assert Money.from_minor(units, currency).amount == amount


@pytest.mark.parametrize(
    ("amount", "currency"),
    [("12.50", "EUR"), ("-0.00", "EUR"), ("0", "JPY"), ("-1.234", "BHD"), ("1000000000000", "USD")],
)
def test_negated_money_is_the_money_of_the_negated_amount(amount: str, currency: str) -> None:
    money = Money(Decimal(amount), currency)
    negated, made = -money, Money(-Decimal(amount), currency)
    assert negated == made and negated.minor == made.minor == -money.minor
    assert str(negated.amount) == str(made.amount) and hash(negated) == hash(made)
    assert -negated == money and type(negated) is Money


@pytest.mark.parametrize(
    ("written", "value"),
    [("1,25,000", "125000"), ("12,50,000.75", "1250000.75"), ("3,00,00,000", "30000000")],
)
def test_amounts_grouped_the_indian_way(written: str, value: str) -> None:
    """Lakh grouping: the last three digits, then pairs of digits."""
    assert read_money(written)[0] == Decimal(value)


@pytest.mark.parametrize("written", ["1,2,3", "123,45,678", "1,25,00"])
def test_groups_of_no_known_shape_are_refused(written: str) -> None:
    with pytest.raises(InvalidAmount):
        read_money(written)
