"""Kinds of amounts and readings met in the fifteenth round (blind sets 121-126 and the tune
halves), each written here in sentences of our own. Money written the ways of more
countries: thousands grouped by one space wherever the sentence says a price ("the
mechanic charged 2 350"), and whole amounts with a dash for their cents ("CHF 64.–",
"kr 1 290,-")."""

from __future__ import annotations

from decimal import Decimal

import pytest

from lingassist.assistant import Intent
from tests.assistant.reading import assert_read_as, read


@pytest.mark.parametrize(
    ("text", "intent", "amount"),
    [
        ("the mechanic charged 2 350 for the clutch", Intent.ADD_EXPENSE, "2350"),
        ("Zalando sent back 1 180 for the returned boots", Intent.ADD_REFUND, "1180"),
        ("holiday pay came in, 12 400 after tax", Intent.ADD_INCOME, "12400"),
        ("sofa from the flea market 3 900 cash", Intent.ADD_EXPENSE, "3900"),
    ],
)
def test_thousands_grouped_by_a_space_are_one_number(
    text: str, intent: Intent, amount: str
) -> None:
    assert_read_as(text, intent, amount)


@pytest.mark.parametrize(
    "text",
    [
        "spent 20 at gate 1 200",  # a numbered gate
        "paint 35 for 2 500 ml tins",  # a measure after the group
        "phone bill 30, call me on 071 234 567",  # a phone number's digits
    ],
)
def test_a_space_between_numbers_that_are_not_one_amount_is_kept(text: str) -> None:
    command = read(text)
    assert command.amount is None or command.amount < 1000, text


@pytest.mark.parametrize(
    ("text", "intent", "amount"),
    [
        ("optician 260.– for new lenses", Intent.ADD_EXPENSE, "260"),
        ("dinner at the Kronenhalle CHF 64.– plus 6.– tip", Intent.ADD_EXPENSE, "70"),
        ("pay the carpenter kr 1 290,- for the shelves", Intent.DRAFT_PAYMENT, "1290"),
        ("gym membership 49,– monthly", Intent.ADD_EXPENSE, "49"),
    ],
)
def test_a_whole_amount_written_with_a_dash_for_its_cents(
    text: str, intent: Intent, amount: str
) -> None:
    assert_read_as(text, intent, amount)


def test_the_dash_keeps_the_amount_pointing_at_its_words() -> None:
    command = read("optician 260.– for new lenses")
    assert command.spans["amount"].source == "260"


@pytest.mark.parametrize(
    "text",
    [
        "I used to spend 40 a week on lottery tickets before I stopped",
        "my uncle spent 9 grand on a boat he never takes out",
        "she spends half her salary on shoes, honestly",
        "we spent a whole afternoon at the bank for nothing",
        "my first flat cost 350 a month in 2009",
    ],
)
def test_spending_told_by_someone_asks_no_total(text: str) -> None:
    assert read(text).intent is Intent.OTHER, text


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("what did I spend on shoes this year", Intent.QUERY_SPENDING),
        ("top 3 shops I spent at in October", Intent.QUERY_BREAKDOWN),
        ("how much have we spent on the boat", Intent.QUERY_SPENDING),
        ("my spending on fuel last month", Intent.QUERY_SPENDING),
    ],
)
def test_spending_asked_is_still_a_question(text: str, intent: Intent) -> None:
    assert read(text).intent is intent, text


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("guest paid 120 cash for two nights in the spare room", "120"),
        ("Got paid for my part-time shift at the bakery, 212.50", "212.50"),
        ("bonus 300 from the agency for the extra weekends, got it today", "300"),
    ],
)
def test_money_paid_to_the_person_for_their_work_is_income(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_INCOME, amount)


@pytest.mark.parametrize(
    "text",
    [
        "my sister paid for my share of the cabin, 200",  # paid for the person: no entry
        "the taxi was 30, my brother got it",  # someone else paid
    ],
)
def test_money_paid_for_the_person_is_still_no_entry(text: str) -> None:
    assert read(text).intent is Intent.OTHER, text


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("note to self: spent 9 on bin bags", "9"),
        ("note to self - bought a 25 kettle", "25"),
        ("I never order in on weekdays but I got a 26 curry tonight", "26"),
    ],
)
def test_an_entry_told_after_a_label_or_a_habit_is_still_the_entry(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount)


@pytest.mark.parametrize(
    ("text", "intent", "amount"),
    [
        ("sold 45 bales of hay, 12 a bale", Intent.ADD_INCOME, "540"),
        ("sold 60 lambs at the mart, 95 a head", Intent.ADD_INCOME, "5700"),
        ("paid the tutor 30 an hour for 4 hours", Intent.ADD_EXPENSE, "120"),
        ("diesel for the boat 20 liter, 1.60 the liter", Intent.ADD_EXPENSE, "32"),
        ("swimming for my son, 6 lesson, 15 one lesson", Intent.ADD_EXPENSE, "90"),
        ("bus from Phnom Penh 30000 riel", Intent.ADD_EXPENSE, "30000"),
    ],
)
def test_a_price_for_one_of_the_things_counted_before_it(
    text: str, intent: Intent, amount: str
) -> None:
    assert_read_as(text, intent, amount)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("valet parking 25 and tip 5 for the driver", "30"),
        ("the barber, 22 dollars and I leave 3 of tip", "25"),
        ("massage 60, and gave a 10 tip", "70"),
        ("taxi 31 plus tip of 4", "35"),
    ],
)
def test_a_tip_given_beside_the_price_is_added(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("garage 3 euros per hour, 12 total", "12"),
        ("2 scarves of 9 euros and a hat 7, total I pay 25", "25"),
        ("eggs 3, flour 1.20, total was 4.20", "4.20"),
    ],
)
def test_a_total_said_is_the_amount_over_its_parts(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount)


@pytest.mark.parametrize(
    "text",
    [
        "please do not write down the 60 I passed on to my nephew from his dad",
        "the 30 for petrol is in from this morning, nuh put it twice",
        "Ola paid me back 25 for the tickets, I logged it already",
    ],
)
def test_money_the_person_asks_not_to_write_again_is_no_entry(text: str) -> None:
    assert read(text).intent is Intent.OTHER, text


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("write down 20 for the cinema", "20"),
        ("fyi: spent 18 on dog treats", "18"),
        ("memo - paid 31 for a phone case", "31"),
    ],
)
def test_a_command_word_or_a_label_is_no_shop(text: str, amount: str) -> None:
    command = read(text)
    assert (command.intent, command.amount) == (Intent.ADD_EXPENSE, Decimal(amount)), text
    assert command.merchant is None, text


@pytest.mark.parametrize(
    "text",
    [
        "1 dollar = 3950 riel at the border today",
        "1 GBP is 1.17 EUR at the airport, robbery",
        "only 3,90 lei for 1 euro at the exchange today",
    ],
)
def test_a_rate_of_exchange_quoted_is_no_entry(text: str) -> None:
    assert read(text).intent is Intent.OTHER, text


@pytest.mark.parametrize(
    "text",
    [
        "euro hit 1,900 naira at the bureau today",
        "crude at 71 dollars this morning, pump prices next",
        "paid 3.20 for parking but the bank feed brings it in, dont double log it",
        "already gave Marta the 40 at the door, you don't need to set that up",
        "the 300 car budget I made in March is fine, leave it alone",
        "the 19.99 Argos refund got entered yesterday, all sorted",
        "i already put the parking of monday 12,50, not put again ok",
    ],
)
def test_market_talk_and_money_already_written_are_no_entry(text: str) -> None:
    assert read(text).intent is Intent.OTHER, text
