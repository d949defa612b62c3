"""Vietnamese dong: no minor unit, amounts in the millions, "k" / "tr" / "triệu" / "nghìn"
shorthands, thousands dots, and display by locale (Babel) without ".00"."""

from decimal import Decimal

import pytest

from lingassist.core.currency import minor_digits
from lingassist.core.errors import InvalidAmount
from lingassist.core.money import Money, format_amount, read_money, to_minor
from lingassist.services.formatting import money_text

VND_READABLE = [
    ("1.250.000", "1250000", None),
    ("1.250", "1250", None),  # a dot before exactly three digits groups thousands in VND
    ("63.000 đ", "63000", "VND"),
    ("63.000đ", "63000", "VND"),
    ("63.000 VNĐ", "63000", "VND"),
    ("100 đồng", "100", "VND"),
    ("₫1.250.000", "1250000", "VND"),
    ("1.250.000 VND", "1250000", "VND"),
    ("1,250,000", "1250000", None),
    ("50k", "50000", None),
    ("1k5", "1500", None),
    ("50 nghìn", "50000", None),
    ("50 ngàn", "50000", None),
    ("1tr2", "1200000", None),
    ("1tr25", "1250000", None),
    ("1tr250", "1250000", None),
    ("1tr05", "1050000", None),
    ("2tr", "2000000", None),
    ("1 triệu 2", "1200000", None),
    ("1 TRIỆU 2", "1200000", None),
    ("1 trieu 2", "1200000", None),
    ("1,2tr", "1200000", None),
    ("1.2tr", "1200000", None),
    ("2 tỷ", "2000000000", None),
    ("1 tỷ 5", "1500000000", None),
    ("-50k", "-50000", None),
]


@pytest.mark.parametrize(("text", "amount", "currency"), VND_READABLE)
def test_reads_dong_as_vietnamese_people_write_them(
    text: str, amount: str, currency: str | None
) -> None:
    assert read_money(text, preferred_currency="VND") == (Decimal(amount), currency)


@pytest.mark.parametrize(
    ("text", "preferred", "amount"),
    [
        ("12.50", "EUR", "12.50"),  # two decimals are never thousands
        ("1.250", "EUR", "1.250"),  # unchanged for currencies with a minor unit
        ("1.250", None, "1.250"),
        ("12,50", "EUR", "12.50"),
        ("1.250 VND", "EUR", "1250"),  # the currency written decides, not the preferred one
        ("1.250", "JPY", "1250"),  # any currency without decimals
        ("45k", "EUR", "45000"),
        ("1.2k", "EUR", "1200"),
    ],
)
def test_other_currencies_read_as_before(text: str, preferred: str | None, amount: str) -> None:
    assert read_money(text, preferred_currency=preferred)[0] == Decimal(amount)


@pytest.mark.parametrize("text", ["1tr2345678", "1,2tr5", "tr", "1k2345", "đ", "triệu 2"])
def test_refuses_shorthands_that_do_not_add_up(text: str) -> None:
    with pytest.raises(InvalidAmount, match="Write it like"):
        read_money(text, preferred_currency="VND")


def test_dong_has_no_minor_unit_and_stores_in_whole_dong() -> None:
    assert minor_digits("VND") == 0
    assert Money(Decimal(1_250_000), "VND").minor == 1_250_000
    assert Money.from_minor(999_999_999_999, "VND").amount == Decimal(999_999_999_999)
    with pytest.raises(InvalidAmount, match="more decimals"):
        to_minor(Decimal("1250.5"), "VND")


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("vi_VN", "1.250.000\xa0₫"),
        ("en_US", "₫1,250,000"),
        ("fr_FR", "1\u202f250\u202f000\xa0₫"),
    ],
)
def test_dong_display_by_locale_has_no_decimals(locale: str, text: str) -> None:
    assert money_text(Decimal(1_250_000), "VND", locale) == text


def test_plain_text_of_dong_has_no_decimals_and_fits_twelve_digits() -> None:
    assert format_amount(Decimal(1_250_000), "VND") == "1,250,000"
    assert len(format_amount(Decimal(999_999_999_999), "VND")) == 15
    assert str(Money(Decimal(63_000), "VND")) == "63,000 VND"
