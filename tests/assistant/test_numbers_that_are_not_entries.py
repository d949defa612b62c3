"""Numbers and money talk that no one writes in their ledger (each sentence written for
these tests, none from a dev set): recipes, match scores, runs, economic news, sums only a
country or a star has, memories, a "let's say", browsing, a failed payment, a bill coming
up, and someone else's transfer still to come. Beside each kind, an entry of the person's
own in the same words stays an entry."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from lingassist.assistant import Intent, parse

TODAY = date(2026, 11, 18)  # a Wednesday


def read(text: str):  # type: ignore[no-untyped-def]
    return parse(text, today=TODAY, default_currency="GBP")


@pytest.mark.parametrize(
    "text",
    [
        # recipes
        "scones: 350g flour, 80g butter, 175ml milk",
        "add 100 g sugar and 2 eggs then whisk",
        "bake at 200 for 20 minutes",
        "cut the brownies into 16 squares",
        "2 tbsp olive oil and 1 tsp cumin",
        # match scores
        "Leinster beat Munster 24 to 17 last night",
        "city up two nil at half time",
        "Root scored 120 off 180 balls",
        # a run, walked or ridden
        "ran 5k in 27 minutes this morning",
        "did a half marathon in 2 hours 5",
        # economic news, and sums only a country, a company or a star has
        "inflation is at 4.1 percent now",
        "the Bank of England held rates at 4.75",
        "apple made 90 billion profit last year",
        # memories, a "let's say", browsing
        "at uni I earned 6.50 an hour in a bar",
        "remember when a pint was 2 quid",
        "years ago I paid 300 for a phone that lasted a month",
        "let's say I spent 500 on a new bike, would that be mad",
        "flights to Rome show 89 return, only browsing",
        # a payment that failed, a bill coming up, someone else's transfer to come
        "my card payment of 45 failed but the money left my account",
        "the TV licence of 169.50 is coming up in January",
        "dentist invoice 85, payable within 14 days",
        "my brother will transfer 200 tomorrow for the trip",
    ],
)
def test_not_an_entry(text: str) -> None:
    assert not read(text).intent.writes, text


@pytest.mark.parametrize(
    ("text", "intent", "amount"),
    [
        ("bought 500g of coffee beans for 6.50", Intent.ADD_EXPENSE, "6.50"),
        ("tickets for the Leinster game 45", Intent.ADD_EXPENSE, "45"),
        ("parkrun t-shirt 15", Intent.ADD_EXPENSE, "15"),
        ("interest 4.20 from the savings account", Intent.ADD_INCOME, "4.20"),
        ("paid the dentist invoice, 85", Intent.ADD_EXPENSE, "85"),
        ("transfer 200 to my brother for the trip", Intent.DRAFT_PAYMENT, "200"),
    ],
)
def test_the_persons_own_entry_in_the_same_words(text: str, intent: Intent, amount: str) -> None:
    command = read(text)
    assert (command.intent, command.amount) == (intent, Decimal(amount)), text


@pytest.mark.parametrize("text", ["3.2 percent", "150 grams", "12.5 points"])
def test_a_measure_is_no_amount(text: str) -> None:
    assert read(text).amount is None, text


@pytest.mark.parametrize(
    "text",
    [
        # a "what if", told or asked: no total in the ledger answers it
        "if we win the pub quiz tonight I'm buying the next round",
        "what if I spent 100 less a month on clothes, how much is that a year?",
        # spending long ago, told
        "back in uni a pint cost me 2.50",
        "we spent a fortune in Cornwall years ago",
    ],
)
def test_a_what_if_or_a_memory_is_no_question_about_the_ledger(text: str) -> None:
    assert read(text).intent is Intent.OTHER, text


@pytest.mark.parametrize("text", ["spending in 2015", "how much did I spend on clothes last year"])
def test_a_period_long_ago_asked_about_is_a_question(text: str) -> None:
    assert read(text).intent is Intent.QUERY_SPENDING, text


@pytest.mark.parametrize(
    "text",
    [
        # a balance, a budget or charges told with their figure, asking nothing
        "my current account is at 12.40 till payday lol",
        "dad budgets 250 a week for the big shop",
        "the gym charges 9.99 for a towel now, unreal",
        # a budget still a plan, or what people in general should budget
        "maybe I should budget 200 for gifts this year? not sure",
        "how much should a family of four budget for food",
    ],
)
def test_a_figure_told_or_a_budget_planned_is_no_question(text: str) -> None:
    assert read(text).intent is Intent.OTHER, text


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("how's my food budget", Intent.BUDGET_STATUS),
        ("what's my balance", Intent.BALANCE),
        ("show me charges over 45", Intent.SHOW_TRANSACTIONS),
    ],
)
def test_the_same_things_asked_are_questions(text: str, intent: Intent) -> None:
    assert read(text).intent is intent, text


@pytest.mark.parametrize(
    "text",
    [
        # a debt told, a payment asked of the person, one for later, a relative's gift to another
        "I owe Jake 35 for the concert",
        "the landlord asked me to pay 950 on the 1st",
        "need to send 300 to my parents soon",
        "mum sent 200 to my brother for his rent",
    ],
)
def test_payments_told_not_asked(text: str) -> None:
    assert not read(text).intent.writes, text


@pytest.mark.parametrize(
    "text",
    [
        "I owe Jake 35, pay him",
        "can you pay Liam back the 62.50 I owe him",
        "I owe Laura 45, can you set up a payment to her?",
        "settle up with Ollie, I owe him 27.60",
    ],
)
def test_a_debt_with_the_payment_asked_is_drafted(text: str) -> None:
    assert read(text).intent is Intent.DRAFT_PAYMENT, text


@pytest.mark.parametrize(
    "text",
    [
        # someone else paid
        "Dinner at Zizzi 54.20, Sam grabbed the bill before I could blink",
        "taxi 31 home, Ana ordered it on her app and wouldn't take my money",
        "my friend pay 25 euro for my ticket, so kind",
        # it did not happen
        "meant to renew my railcard 30 but forgot",
        "basket came to 86.40, closed the app without ordering",
        "set up 200 to savings but it bounced, nothing moved",
        # a price looked at, a future cost, a memory, a joke
        "saw an ad, standing desk 329",
        "I look the iPhone price in the shop, 999 euro, crazy",
        "Friday I have the vet, it will cost 60 for the jabs",
        "the first car I ever bought was 900 quid",
        "just bought a castle for 3 million lol i wish",
        "sold my sister on ebay for 2.50 kidding",
    ],
)
def test_entries_in_form_that_did_not_happen_or_are_not_the_persons(text: str) -> None:
    assert not read(text).intent.writes, text


@pytest.mark.parametrize(
    ("text", "intent", "amount"),
    [
        ("I just paid 27.50 for my hair stuff at the beauty shop", Intent.ADD_EXPENSE, "27.50"),
        ("grabbed the bill at Zizzi, 54.20, my treat", Intent.ADD_EXPENSE, "54.20"),
        ("the vet cost 60 for the jabs today", Intent.ADD_EXPENSE, "60"),
    ],
)
def test_the_persons_own_in_the_same_words(text: str, intent: Intent, amount: str) -> None:
    command = read(text)
    assert (command.intent, command.amount) == (intent, Decimal(amount)), text


@pytest.mark.parametrize(
    "text",
    [
        "nan gave my son 20 for sweets",
        "dad bought my son a bike, 120",
        "next week I have to buy books for the course, about 90",
    ],
)
def test_a_relatives_gift_to_another_or_a_purchase_still_to_make(text: str) -> None:
    assert not read(text).intent.writes, text


@pytest.mark.parametrize(
    ("text", "intent", "amount"),
    [
        ("mum gave me 50 for my birthday", Intent.ADD_INCOME, "50"),
        ("had to buy a new charger, 19.99", Intent.ADD_EXPENSE, "19.99"),
    ],
)
def test_a_gift_to_the_person_or_a_purchase_made(text: str, intent: Intent, amount: str) -> None:
    command = read(text)
    assert (command.intent, command.amount) == (intent, Decimal(amount)), text
