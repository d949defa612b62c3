"""Amounts built from parts said apart, and spoken amounts begun then said again. Sentences
written for these tests, none from a dev set."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

import pytest

from lingassist.assistant import parse
from lingassist.assistant.spoken import repair_transcript, spoken_price

TODAY = date(2026, 11, 18)


@pytest.mark.parametrize(
    ("text", "amount", "merchant"),
    [
        # a price, then another added with "plus" after the thing it bought
        ("parking 6 for the car park plus 2.50 for the ticket", "8.50", None),
        ("3 pints at 5.20 each from the Crown plus 1.80 for crisps", "17.40", "Crown"),
        ("nails at Polish Bar 28 plus a 4 tip", "32", "Polish Bar"),
        # "another" adds to what was said first
        ("got a lamp at Dunelm for £25 and a shade for another 12", "37", "Dunelm"),
        # speech that drops "one" before "hundred"
        ("the locksmith came, hundred twenty cash", "120", None),
        # a comparison after the amount does not make it vague
        ("paid the water bill, eighty two fifty a bit higher than last time", "82.50", None),
        # a spoken amount begun, then said whole
        ("I spent twenty... twenty six on the train", "26", None),
        ("gave the babysitter the forty, um, forty-five", "45", None),
        # the party counted in words is no amount
        ("train tickets 64.80 for the three of us", "64.80", None),
        ("ferry 72.30 for the van and the two of us", "72.30", None),
        # an hour with an event or a train, a house number, a product's number
        ("dinner at 8 at Nandos, 46.20 for the three of us", "46.20", "Nandos"),
        ("movie at 9.30, tickets 22", "22", None),
        ("took the 7.15 train, ticket 12.40", "12.40", None),
        ("parcel to 12 Oak Road, postage 7.85", "7.85", None),
        ("iPhone 15 case 19.99", "19.99", None),
        # the exact figure after a round one, things named before their count, big tickets
        ("paid about 30 for the car park, 28.40 exactly", "28.40", None),
        ("candles 4 at 2.50", "10", None),
        ("paid three forty for the winter tyres", "340", None),
        # a part of a price paid now
        ("put down a 15 percent deposit on the 1,200 kitchen", "180", None),
        ("paid a 10% deposit on the 650 bike", "65", None),
        # a rate or a coupon taken off, several charges added, a price haggled down
        ("trainers at JD, were 90 but I got 25% off", "67.50", "JD"),
        ("Boots 24,00 € with 10% staff discount off that", "21.60", "Boots"),
        ("shopping at Aldi 54,20 € minus a 4 € voucher", "50.20", "Aldi"),
        ("groceries 62.10 at Coles, used a $5 off voucher", "57.10", "Coles"),
        ("sofa 499 + 39 delivery + 25 removal", "563", None),
        ("sold the pram for 120, she haggled me down from 150", "120", None),
        # a ledger line read out, its price last in words
        ("dinner with my sister at the harbour grill one hundred twelve fifty", "112.50", None),
        # sizes and model names beside the price
        ("65 inch TV from Currys 899", "899", "Currys"),
        ("Sony ZV R10 camera 749 at Jessops", "749", "Jessops"),
        # one price each for a pair named by a word
        ("gave the twins their pocket money, 5 each", "10", None),
        # the amount named in the request, a new price over the old
        ("the cab from the station was like 18, 20 with the tip, put 20", "20", None),
        ("so i put um ten no twelve pounds of diesel in", "12", None),
        # the sum said last, after "so" or "that's"
        ("cab 31 and a tip of 4, so 35", "35", None),
        ("eggs 3.10 butter 2.45 so 5.55 total", "5.55", None),
        ("pet food 28 plus 6 for the treats, thats 34", "34", None),
        ("two pints 11, crisps 2, 13 all up", "13", None),
        # a small count before a two-word name of things is no price
        ("got 3 phone chargers at Argos 27", "27", "Argos"),
        ("the bank refunded 212.40 today after six phone calls", "212.40", None),
    ],
)
def test_amounts_said_in_parts_or_again(text: str, amount: str, merchant: str | None) -> None:
    command = parse(text, today=TODAY, default_currency="GBP")
    assert command.amount == Decimal(amount)
    if merchant is not None:
        assert command.merchant == merchant


@pytest.mark.parametrize(
    "text",
    [
        "dinner 80 so 40 each",  # a share, smaller than the price: not the sum
        "taxi 20 so 5 for the tip",  # "so" goes on after the last amount
        "Aldi 12 fresh veggies and 30 other stuff",  # 12 may be a price: asked
    ],
)
def test_a_later_smaller_or_unfinished_amount_is_no_sum(text: str) -> None:
    assert parse(text, today=TODAY, default_currency="GBP").amount is None


def test_a_sum_asked_stays_arithmetic() -> None:
    assert not parse("what's 45 plus 12", today=TODAY, default_currency="GBP").is_action


@pytest.mark.parametrize(
    ("text", "choices"),
    [
        # a two-part price that speech may have written as one number, absurd for its kind
        ("Starbucks, 465 this morning.", ("4.65", "465")),
        ("Uber, 1840.", ("18.40", "1840")),
        ("Netflix, 1099.", ("10.99", "1099")),
    ],
)
def test_a_price_speech_may_have_joined_is_asked(text: str, choices: tuple[str, str]) -> None:
    command = parse(text, today=TODAY, default_currency="GBP")
    assert command.amount is None and "amount" in command.missing
    assert command.amount_choices == tuple(Decimal(c) for c in choices)


@pytest.mark.parametrize(
    "text", ["parking fine 120", "concert merch 130", "uber 120 to the airport", "taxi 1200"]
)
def test_a_high_price_or_a_round_hundred_stays(text: str) -> None:
    command = parse(text, today=TODAY, default_currency="GBP")
    assert command.amount == Decimal(re.search(r"\d+", text).group())


def test_where_a_unit_is_worth_little_the_number_stays() -> None:
    assert parse("Starbucks 625", today=TODAY, default_currency="JPY").amount == Decimal("625")


@pytest.mark.parametrize(
    ("heard", "amount"),
    [
        # Whisper writes "sixty two forty" with a separator too: absurd for its kind, the
        # cents are meant
        ("Sephora, $6,240 on the tenth.", "62.40"),
        ("Split $9,220 for gas with Marcus and Diego.", "92.20"),
        ("Texaco 845.", "8.45"),
        # where thousands are ordinary, the number stays
        ("Rent $1,250.", "1250"),
        ("New sofa $1,340.", "1340"),
    ],
)
def test_a_transcripts_two_part_price_with_a_separator(heard: str, amount: str) -> None:
    command = spoken_price(parse(repair_transcript(heard), today=TODAY, default_currency="USD"))
    assert command.amount == Decimal(amount)


def test_typed_thousands_absurd_for_their_kind_are_asked() -> None:
    command = parse("Walgreens 1,265", today=TODAY, default_currency="USD")
    assert command.amount == Decimal("1265")  # typed with a separator: as written
    asked = parse("Walgreens 1265", today=TODAY, default_currency="USD")
    assert asked.amount is None and asked.amount_choices == (Decimal("12.65"), Decimal("1265"))
