"""A request in words to write an entry, with an aside before or after it (each sentence
written for these tests, none from a dev set): the aside neither undoes the money nor turns
the entry into talk; without the request, money said not to have moved stays unwritten."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from lingassist.assistant import Intent, parse

TODAY = date(2026, 11, 18)  # a Wednesday


def read(text: str):  # type: ignore[no-untyped-def]
    return parse(text, today=TODAY, default_currency="GBP")


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        # a complaint with a negation, in a phrase of its own without the money
        ("Paid 60 for the school photos and we never even got the digital copies. Add that.", "60"),
        ("Got my hair cut at the barber's, 18 quid, he didn't even wash it. Can you add it?", "18"),
        ("Dinner at Nando's for the four of us, 52.40, kids didn't even finish. Log it", "52.40"),
        ("3 cinema tickets at 9.50 each and we didn't even get a drink. Record it.", "28.50"),
        # chatter after the request
        ("Had a paella on the seafront, 14,50 €. Add it please, I'm not complaining.", "14.50"),
        ("Picked up a pizza from Domino's, 16.99. Add it please, the kids are happy.", "16.99"),
        ("Booked the MOT at Kwik Fit, 54.85. Add that please, fingers crossed it passes.", "54.85"),
    ],
)
def test_an_aside_beside_a_request_to_write_leaves_the_entry(text: str, amount: str) -> None:
    command = read(text)
    assert (command.intent, command.amount) == (Intent.ADD_EXPENSE, Decimal(amount)), text


@pytest.mark.parametrize(
    "text",
    [
        "The concert was 90 but we didn't go in the end.",
        "I nearly bought the jacket for 120 but didn't.",
        "I never paid the 45 for the parking fine, it was cancelled.",
        "The tickets were 35 each so we didn't bother.",
        # a request denied, or a joke taken back
        "Lunch was 12 but the boss paid, no need to log it.",
        "Put down that I spent 5,000 on crisps. Only joking, log nothing.",
    ],
)
def test_money_that_did_not_move_is_not_written(text: str) -> None:
    assert not read(text).intent.writes, text


@pytest.mark.parametrize(
    ("text", "intent", "amount"),
    [
        # an aside in brackets says nothing of what the message is
        ("vet bill came to 96.40 for Rex (he's 9 now)", Intent.ADD_EXPENSE, "96.40"),
        ("new school shoes 42 (his feet grow so fast)", Intent.ADD_EXPENSE, "42"),
        # metres are no millions
        ("timber 2.4m lengths from Mitre 10 $212.60 for the deck", Intent.ADD_EXPENSE, "212.60"),
        ("5m hose from Bunnings 34.95", Intent.ADD_EXPENSE, "34.95"),
        # money the person's tenant or client paid them, in words
        ("my tenant has paid 700 for december", Intent.ADD_INCOME, "700"),
        ("client has finally paid 1,250 for the logo work", Intent.ADD_INCOME, "1250"),
        # a formal request to record
        (
            "I should like to record an expenditure of 8.40 at the chemist",
            Intent.ADD_EXPENSE,
            "8.40",
        ),
    ],
)
def test_asides_measures_and_formal_words_leave_the_entry(
    text: str, intent: Intent, amount: str
) -> None:
    command = read(text)
    assert (command.intent, command.amount) == (intent, Decimal(amount)), text


def test_a_route_number_is_no_terse_entry() -> None:
    assert not read("bus 881 late again").intent.writes


@pytest.mark.parametrize(
    ("text", "intent", "amount"),
    [
        # money already received, a plan told after it
        (
            "grandad gave me 15 for cutting his hedge, I'll spend it on sweets",
            Intent.ADD_INCOME,
            "15",
        ),
        ("Wages are in, 1,840.20, I'll have nothing left by Friday", Intent.ADD_INCOME, "1840.20"),
        # something lost that is no card or wallet
        ("paid 9.60 at the launderette and I lost a sock again", Intent.ADD_EXPENSE, "9.60"),
    ],
)
def test_a_plan_or_a_loss_beside_money_received_or_spent(
    text: str, intent: Intent, amount: str
) -> None:
    command = read(text)
    assert (command.intent, command.amount) == (intent, Decimal(amount)), text


@pytest.mark.parametrize(
    "text",
    [
        "gonna get paid 500 on friday, I'll treat myself",
        "the refund of 40 should arrive next week",
        "lost my card right after paying 40 at Tesco",
    ],
)
def test_money_still_to_come_or_a_lost_card_is_not_written(text: str) -> None:
    assert not read(text).intent.writes, text


@pytest.mark.parametrize(
    ("text", "intent", "amount"),
    [
        # an aside that only looks like a refusal, a plan, or someone else's money
        ("paid the babysitter 80 last night, the twins refused to sleep", Intent.ADD_EXPENSE, "80"),
        ("taxi going to the station 14.50 this morning", Intent.ADD_EXPENSE, "14.50"),
        ("Received 1,200 rent from the lodger, he paid two days late", Intent.ADD_INCOME, "1200"),
    ],
)
def test_asides_that_only_look_like_a_veto(text: str, intent: Intent, amount: str) -> None:
    command = read(text)
    assert (command.intent, command.amount) == (intent, Decimal(amount)), text


@pytest.mark.parametrize(
    "text",
    [
        "the shop refused to refund the 40",
        "going to buy a new kettle, about 30",
        "my brother got paid 900 for the gig",
    ],
)
def test_the_same_words_that_are_a_veto(text: str) -> None:
    assert not read(text).intent.writes, text


def test_a_long_story_after_the_money_sentence_leaves_the_entry() -> None:
    text = (
        "Coffee and cake at Costa, 8.45. The queue was out the door and the music was "
        "terrible, never again on a Saturday"
    )
    command = read(text)
    assert (command.intent, command.amount) == (Intent.ADD_EXPENSE, Decimal("8.45"))


def test_a_price_seen_then_a_story_stays_talk() -> None:
    text = (
        "The new iPhone is 1,199 in the Apple store. Way too much for a phone, I will keep my "
        "old one for another year at least"
    )
    assert not read(text).intent.writes


def test_a_ledger_line_before_the_first_comma_leaves_the_entry() -> None:
    text = "Dentist 60 on Monday, he says I need to floss more, as if"
    command = read(text)
    assert (command.intent, command.amount) == (Intent.ADD_EXPENSE, Decimal(60))
