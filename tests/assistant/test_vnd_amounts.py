"""The assistant's number finder reads Vietnamese scales after digits ("1tr2", "15 triệu",
"50 nghìn", "2 tỷ") and the dong written "đ", and leaves euro amounts as they were."""

from decimal import Decimal

import pytest

from lingassist.assistant.numbers import find_amounts


@pytest.mark.parametrize(
    ("text", "preferred", "value", "currency"),
    [
        ("pay An 1tr2", "VND", "1200000", None),
        ("pay An 2tr", "VND", "2000000", None),
        ("pay An 1,2tr", "VND", "1200000", None),
        ("coffee 50k", "VND", "50000", None),
        ("budget 15 triệu for rent", "VND", "15000000", None),
        ("pay An 1 triệu 2 cho tiền nhà", "VND", "1200000", None),
        ("15 trieu dong", "EUR", "15000000", "VND"),
        ("coffee 50 nghìn", "VND", "50000", None),
        ("coffee 50 nghìn đồng", "EUR", "50000", "VND"),
        ("pay 2 tỷ 500", "VND", "2500000000", None),
        ("pho 63.000đ", "VND", "63000", "VND"),
        ("pho 63.000 đồng", "EUR", "63000", "VND"),
        ("rent 1.250.000 VND", "EUR", "1250000", "VND"),
        ("coffee 12.50", "EUR", "12.50", None),
        ("coffee 12,50 €", "EUR", "12.50", "EUR"),
        ("dinner 1.200", "EUR", "1200", None),
        ("lunch 4.50 EUR", "VND", "4.50", "EUR"),
    ],
)
def test_amounts(text: str, preferred: str, value: str, currency: str | None) -> None:
    [amount] = find_amounts(text, preferred)
    assert (amount.value, amount.currency) == (Decimal(value), currency)


def test_tr_inside_a_word_is_not_millions() -> None:
    assert [a.value for a in find_amounts("3 trains for 12.50", "EUR")] == [Decimal("12.50")]
    assert [a.value for a in find_amounts("12.50 at Trieu Chau", "EUR")] == [Decimal("12.50")]
