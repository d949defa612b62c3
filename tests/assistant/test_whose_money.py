"""Whose money a sentence is about: the subject of its money verb (`assistant.whose`), and
what the parser does with it. Sentences written for these tests, none from a dev set."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from lingassist.assistant import Intent, parse
from lingassist.assistant.whose import spender_of

TODAY = date(2026, 11, 18)


@pytest.mark.parametrize(
    ("text", "spender"),
    [
        ("my cousin just blew 400 on concert tickets", "other"),
        ("honestly my flatmate spent 70 on candles", "other"),
        ("grandpa reckons uncle Jim paid 9k for that boat", "other"),
        ("my brother in law literally dropped 2 grand on a drone", "other"),
        ("the office bought pizza for the whole floor, 180 or so", "other"),
        ("a guy at the gym paid 300 for a protein shaker, apparently", "other"),
        ("my neighbour came round and paid 25 for the eggs", "other"),
        ("spent 14 on a phone case", "own"),
        ("we paid 60 for the babysitter", "own"),
        ("went to Boots and bought sun cream 11.50", "own"),
        ("the kids and I bought a christmas tree for 55", "own"),
        ("my sister paid me back 30", "own"),
        ("my flatmate paid her share of the bills, 120", "own"),
        ("my dad paid the plumber 80 and I paid 20 for parts", "own"),
        ("parking 4.50", ""),
    ],
)
def test_the_subject_of_the_money_verb_says_whose_it_is(text: str, spender: str) -> None:
    assert spender_of(text) == spender


@pytest.mark.parametrize(
    "text",
    [
        "my cousin just blew 400 on concert tickets",
        "lol my boss expensed a 90 taxi again",
        "so my husband's mate splurged 1,200 on a grill",
        "my colleagues spent 45 each on the leaving present",
        "somebody snatched my wallet and spent 200 at Currys",
    ],
)
def test_someone_elses_spending_is_never_written(text: str) -> None:
    command = parse(text, today=TODAY, default_currency="GBP")
    assert not command.is_action


@pytest.mark.parametrize(
    ("text", "intent", "amount"),
    [
        ("spent 14 on a phone case", Intent.ADD_EXPENSE, "14"),
        ("went to Boots and bought sun cream 11.50", Intent.ADD_EXPENSE, "11.50"),
        ("my sister paid me back 30", Intent.ADD_INCOME, "30"),
        ("Amazon paid me back 25 for the broken kettle", Intent.ADD_REFUND, "25"),
        ("top up the holiday jar by 40", Intent.TRANSFER, "40"),
    ],
)
def test_the_persons_own_money_is_still_written(text: str, intent: Intent, amount: str) -> None:
    command = parse(text, today=TODAY, default_currency="GBP")
    assert command.intent is intent
    assert command.amount == Decimal(amount)


@pytest.mark.parametrize("text", ["paid him back the 40", "gave Priya her 20 back"])
def test_a_debt_paid_back_by_the_person_is_neither_an_expense_nor_a_refund(text: str) -> None:
    assert not parse(text, today=TODAY, default_currency="GBP").is_action


@pytest.mark.parametrize(
    ("text", "intents"),
    [
        ("groceries over the past 3 months", {Intent.QUERY_SPENDING, Intent.SHOW_TRANSACTIONS}),
        ("petrol across the last 8 weeks", {Intent.QUERY_SPENDING, Intent.SHOW_TRANSACTIONS}),
        ("show my spending this week", {Intent.SHOW_TRANSACTIONS}),
        ("snacks under a tenner", {Intent.SHOW_TRANSACTIONS}),
        ("expenses above 250", {Intent.SHOW_TRANSACTIONS}),
    ],
)
def test_a_period_or_a_bound_without_a_price_is_a_question(text: str, intents: set[Intent]) -> None:
    command = parse(text, today=TODAY, default_currency="GBP")
    assert command.intent in intents
    assert command.amount is None


@pytest.mark.parametrize(
    ("text", "intent", "amount"),
    [
        # a verb written with a capital, not a name ("Maria spent 20" is Maria's)
        ("Have paid 3,90 for the bakery this morning", Intent.ADD_EXPENSE, "3.90"),
        ("Got paid! salary 2,150 came in today", Intent.ADD_INCOME, "2150"),
        # money already dropped, whatever is hoped after it
        ("just dropped 85 on hiking boots, they'd better last", Intent.ADD_EXPENSE, "85"),
        # "my share" is a part of a bill, not a share price
        ("pizza night with the team, my share was 16 euros", None, "16"),
    ],
)
def test_the_persons_own_words_are_not_read_as_someone_elses(
    text: str, intent: Intent | None, amount: str
) -> None:
    command = parse(text, today=TODAY, default_currency="EUR")
    assert command.is_action
    assert intent is None or command.intent is intent
    assert command.amount == Decimal(amount)


def test_a_name_before_the_money_verb_is_still_someone_elses() -> None:
    assert not parse("Maria spent 20 on gas", today=TODAY, default_currency="EUR").is_action


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("tutored two kids after school, 60", "60"),
        ("babysat for 3 hours at 12 an hour", "36"),
        ("did a night shift at the warehouse, 140", "140"),
        ("walked the Hendersons' dogs, 25", "25"),
    ],
)
def test_work_done_for_pay_is_income(text: str, amount: str) -> None:
    command = parse(text, today=TODAY, default_currency="GBP")
    assert command.intent is Intent.ADD_INCOME
    assert command.amount == Decimal(amount)


def test_did_a_payment_go_out_is_still_a_question() -> None:
    assert not parse("did a payment go out to Tom", today=TODAY).is_action


@pytest.mark.parametrize(
    "text",
    [
        "log the 62 my wife spent at Tesco on the joint card",
        "add 45 my husband paid for the school trip",
    ],
)
def test_someone_elses_spending_asked_to_be_logged_is_written(text: str) -> None:
    command = parse(text, today=TODAY, default_currency="GBP")
    assert command.intent is Intent.ADD_EXPENSE and command.is_action
