"""Kinds found in the twelfth round's look-alike sets written to be tuned on (fresh_86 to
fresh_95) and own probes; each sentence written for these tests, none from a data set."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from lingassist.assistant import Intent, parse

TODAY = date(2026, 11, 18)


def read(text: str):  # type: ignore[no-untyped-def]
    return parse(text, today=TODAY, default_currency="GBP")


def assert_read_as(text: str, intent: Intent, amount: str | None) -> None:
    """`text` alone is `intent` with `amount` (None: no amount)."""
    command = read(text)
    want = None if amount is None else Decimal(amount)
    assert (command.intent, command.amount) == (intent, want), text


@pytest.mark.parametrize(
    "text",
    [
        "don't delete the coffee entry, it's fine",
        "Do not remove the 12.50 at the bakery, that one is right",
        "please don't pay the water bill, I'm disputing it with them",
        "dont log the 30 from the pharmacy, my sister paid me back in cash",
        "don't record the 2,000 deposit, the agency pays it straight to the landlord",
        "no need to put the 20 for the bus anywhere",
        "you don't need to add the 15 for parking, work covers it",
        "already logged the 50 i sent my brother so dont double it",
        "I already recorded the rent, 950, don't add it twice",
        "don't send Tom the 40 yet, he hasn't fixed the bike",
    ],
)
def test_asked_in_so_many_words_not_to_act_is_left_alone(text: str) -> None:
    assert read(text).intent is Intent.OTHER, text


@pytest.mark.parametrize(
    ("text", "intent", "amount"),
    [
        ("log 45 for groceries, don't split it", Intent.ADD_EXPENSE, "45"),
        ("add 30 for the taxi and don't count it as work", Intent.ADD_EXPENSE, "30"),
        ("pay mum 50 but don't send it before friday", Intent.DRAFT_PAYMENT, "50"),
        ("we don't split bills here, I paid 60 for dinner", Intent.ADD_EXPENSE, "60"),
        ("the shop didn't charge me for the bag, total 23.50", Intent.ADD_EXPENSE, "23.50"),
    ],
)
def test_a_request_beside_a_denial_still_stands(text: str, intent: Intent, amount: str) -> None:
    assert_read_as(text, intent, amount)


@pytest.mark.parametrize(
    "text",
    [
        "grandma gave each of the kids 100 today, they were so happy",
        "my uncle sent the grandkids 50 each for christmas",
        "the kids' lemonade stand made 14.50 this afternoon",
        "my sister's boyfriend paid 40 for the concert tickets",
        "the office ordered pizzas and the firm paid 600",
        "my officemate won 200 in the raffle, I got a keyring",
        "my flatmate set herself a 50 quid budget for nights out",
    ],
)
def test_money_given_earned_or_budgeted_by_others_is_left_alone(text: str) -> None:
    assert read(text).intent is Intent.OTHER, text


@pytest.mark.parametrize(
    ("text", "intent", "amount"),
    [
        ("mum gave me 50 for food", Intent.ADD_INCOME, "50"),
        ("gave him 20 for petrol", Intent.ADD_EXPENSE, "20"),
        ("my sister paid me back 40 for the tickets", Intent.ADD_INCOME, "40"),
    ],
)
def test_money_given_to_or_by_the_person_is_still_theirs(
    text: str, intent: Intent, amount: str
) -> None:
    assert_read_as(text, intent, amount)


def test_a_payment_prepared_but_not_sent_until_confirmed_is_a_draft() -> None:
    assert_read_as(
        "make a payment of 150 to Ana for the gift but don't send it until I confirm",
        Intent.DRAFT_PAYMENT,
        "150",
    )


@pytest.mark.parametrize(
    ("text", "amount", "payee"),
    [
        ("Prepare sending 300 to Mama, I will confirm it later tonight", "300", "Mama"),
        ("prepare 250 to the tiler for the bathroom", "250", "tiler"),
        ("Prepare the tax payment to the IRS, $9,800.", "9800", "IRS"),
        (
            "Set up a payment of 4,000 to Wanjiku, I'll confirm after she sends her number",
            "4000",
            "Wanjiku",
        ),
        ("draft a payment to the plumber, 240, I'll check it tonight", "240", "plumber"),
    ],
)
def test_a_payment_asked_to_be_prepared_is_a_draft(text: str, amount: str, payee: str) -> None:
    command = read(text)
    assert (command.intent, command.amount, command.payee) == (
        Intent.DRAFT_PAYMENT,
        Decimal(amount),
        payee,
    ), text


@pytest.mark.parametrize(
    "text",
    [
        "prepare for the worst, rent is going up to 1,400",
        "draft an email to my landlord about the 950 rent",
        "prepare the kids' lunches, 3 of them, for school tomorrow",
    ],
)
def test_preparing_something_else_is_no_payment(text: str) -> None:
    assert read(text).intent is not Intent.DRAFT_PAYMENT, text


@pytest.mark.parametrize(
    ("text", "amount", "merchant"),
    [
        ("that $17.99 Netflix charge should be entertainment, not bills", "17.99", "Netflix"),
        ("the 23.50 amazon order was a gift, not shopping", "23.50", "amazon"),
        ("that 80 at Shell should be under car not groceries", "80", "Shell"),
    ],
)
def test_an_entry_named_by_its_amount_changes_category(
    text: str, amount: str, merchant: str
) -> None:
    command = read(text)
    assert (command.intent, command.amount, command.merchant) == (
        Intent.RECATEGORIZE,
        Decimal(amount),
        merchant,
    ), text


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("put 40 under groceries", Intent.ADD_EXPENSE),
        ("that 12 was for lunch", Intent.ADD_EXPENSE),
    ],
)
def test_an_amount_to_file_is_still_an_entry(text: str, intent: Intent) -> None:
    assert read(text).intent is intent, text


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("bus fare 2.75 twice today", "5.50"),
        ("coffee 3.20 three times this week", "9.60"),
        ("parking 4 twice", "8"),
    ],
)
def test_a_price_paid_twice_or_more_is_multiplied(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount)


def test_a_charge_taken_twice_is_no_doubled_purchase() -> None:
    command = read("they charged me 20 twice for the same taxi")
    assert command.amount != Decimal(40)
