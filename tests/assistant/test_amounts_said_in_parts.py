"""Amounts said in parts or beside other numbers: fractions of a scale word, a count of
nights or days then the rate for one, a price beside a size, a route, an order number or a
model, a spoken price after "for", and short sentences said before the message.
Sentences written for these tests, none from a dev set."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from lingassist.assistant import Intent, parse
from lingassist.assistant.scale_fractions import scale_fractions

TODAY = date(2026, 11, 18)


def read(text: str):  # type: ignore[no-untyped-def]
    return parse(text, today=TODAY, default_currency="EUR")


@pytest.mark.parametrize(
    ("text", "value", "words"),
    [
        ("two and a half grand on the kitchen", "2500", "two and a half grand"),
        ("a thousand and a half for the deposit", "1500", "a thousand and a half"),
        ("half a grand on tyres", "500", "half a grand"),
        ("a quarter of a million for the flat", "250000", "a quarter of a million"),
        ("1 and a quarter k for the bike", "1250", "1 and a quarter k"),
        ("one point five k for the course", "1500", "one point five k"),
    ],
)
def test_a_fraction_of_a_scale_word_is_one_exact_amount(text: str, value: str, words: str) -> None:
    [amount] = scale_fractions(text)
    assert amount.value == Decimal(value)
    assert amount.span.source == words


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("two and a half grand on the kitchen", "2500"),
        ("a grand and a half for the roof repair", "1500"),
        ("quarter of a grand for the school trip", "250"),
        ("5 nights at the Premier Inn, 68 a night", "340"),
        ("3 days bike hire, 22 per day", "66"),
        ("trainers in size 44, 89.99", "89.99"),
        ("tram 6 to the centre 2.40", "2.40"),
        ("order #88213 from Boots came to 23.45", "23.45"),
        ("got the Galaxy S24 for 699.00", "699.00"),
        ("bought a lamp at Ikea for 24 99.", "24.99"),
        ("Hello? OK. Paid 18 for parking at the station.", "18"),
        # thousands grouped by a space, the currency after them
        ("1 499 zł for the washing machine at RTV Euro AGD", "1499"),
        ("3 250 kr at IKEA Kungens Kurva", "3250"),
        # a discount taken off, a tip left on top, what was paid in the end
        ("jacket 79.99 but had a 20 off code", "59.99"),
        ("Tesco 64.30, used a £5 off voucher", "59.30"),
        ("dinner was 58, left 8 on top", "66"),
        ("the sofa was 900 but 30% off so I paid 630", "630"),
        # one price each for the people named before it
        ("gave Mia and Leo £3 each for the tuck shop", "6"),
        # a product's number after its name
        ("Galaxy 7 charger 24.99 from Argos", "24.99"),
        ("Kindle 11 cover off ebay 12.50", "12.50"),
        # a weight or a volume bought, then the price of one unit
        ("2.5 kg of lamb at 14 a kilo from the butcher", "35"),
        ("3 litres of milk at 1.15 per litre", "3.45"),
    ],
)
def test_the_price_is_read_whatever_numbers_stand_beside_it(text: str, amount: str) -> None:
    command = read(text)
    assert command.intent is Intent.ADD_EXPENSE
    assert command.amount == Decimal(amount)


def test_a_half_inside_an_amount_shares_nothing() -> None:
    assert read("a grand and a half for the new fence").intent is Intent.ADD_EXPENSE


def test_words_said_before_the_message_name_no_shop() -> None:
    command = read("Um, hi? Okay. Spent 12 at Greggs.")
    assert command.merchant == "Greggs"
    assert read("Hello? Okay. Greggs 4.20").merchant in (None, "Greggs")


def test_a_purchase_not_meant_is_still_a_refund_when_money_comes_back() -> None:
    command = read("Google refunded 2.99 for the app I didn't mean to buy")
    assert command.intent is Intent.ADD_REFUND
    assert command.amount == Decimal("2.99")


def test_a_name_that_dropped_money_is_someone_elses() -> None:
    assert not read("Priya dropped 400 on concert tickets lol").is_action


def test_a_bill_divided_between_named_people_is_a_split_not_arithmetic() -> None:
    command = read("internet 45 divide by 3 with Ana and Joe")
    assert command.intent is Intent.SPLIT_EXPENSE
    assert command.amount == Decimal(45)


def test_a_shop_called_wish_is_no_wish() -> None:
    command = read("refund for 23.00 from Wish came through")
    assert command.intent is Intent.ADD_REFUND


def test_a_kind_of_spending_is_never_a_count_of_things() -> None:
    command = read("Lidl 45 groceries and 3.20 coffee")
    assert command.amount is None  # two prices: which one is asked, none is picked
    assert set(command.amount_choices) == {Decimal(45), Decimal("3.20")}
    assert read("3 shirts 45").amount == Decimal(45)


def test_a_price_per_unit_alone_is_still_a_price_seen() -> None:
    assert not read("diesel is 1.61 a litre at the Shell").is_action
