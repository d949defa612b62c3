"""Kinds of amounts met in the fourteenth round (blind sets 115-120 and the tune halves),
each written here in sentences of our own. Amounts: a list of things bought together is one
entry for their sum, a part said to be included is not another price, a total said with
what it includes is the amount, fuel priced to a tenth of a cent per litre. Conversations:
a budget asked about is changed by "raise it to 300", and a budget or an entry asked in
words after a question stands on its own."""

from __future__ import annotations

from decimal import Decimal

import pytest

from lingassist.assistant import Intent
from tests.assistant.reading import after, assert_read_as, read


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("milk 1.05, bread 1.60, cheese 3.20", "5.85"),
        ("3 pens at 1.20 each and a notebook 4.50", "8.10"),
        ("gutters 20 for the front, and 10 more for the side", "30"),
        ("2 scarves at 15 each, 3 hats 8 each", "54"),
        ("plant pot 12, compost 6.50 and seeds 2.99 from the garden centre", "21.49"),
    ],
)
def test_things_bought_together_are_one_entry_for_their_sum(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount)


@pytest.mark.parametrize(
    "text",
    [
        "croissant 2.40 and a latte 3.10",  # two things: maybe two entries
        "groceries 52.10 at Aldi and 7.99 at the bakery",  # two shops: two entries
        "petrol 60 then a car wash 8",  # one after the other
        "the jacket was 80 or 95, I forget",  # one of two
        "scarf 20, it was 35 last week",  # an old price
    ],
)
def test_prices_that_are_not_surely_one_list_are_still_asked_about(text: str) -> None:
    command = read(text)
    assert command.intent is Intent.ADD_EXPENSE
    assert command.amount is None
    assert "amount" in command.missing


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("hotel 320 including 40 city tax", "320"),
        ("rent 900 incl. 80 service charge and 20 for parking", "900"),
        ("takeaway 31.50 which includes 3 delivery", "31.50"),
    ],
)
def test_a_part_said_to_be_included_is_not_another_price(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("hardware store: 3 hinges 4.99 each, total with tax 16.17", "16.17"),
        ("chemist, 2 creams 6.49 each, total incl vat 12.98", "12.98"),
        ("bike shop, tube 7 and tyre 32, total w/ tax 42.12", "42.12"),
    ],
)
def test_a_total_said_with_what_it_includes_is_the_amount(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("diesel 52.3 litres at 1.649 per litre", "86.24"),
        ("filled up 40 l at €1.799/l", "71.96"),
    ],
)
def test_fuel_priced_to_a_tenth_of_a_cent_per_litre(text: str, amount: str) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount)


@pytest.mark.parametrize(
    "text",
    [
        "heating oil 0.98 €/l this week",
        "beef mince 8.50/kg at the butcher now, was 7.90",
        "electricity is 28p per kWh from january",
        "tomatoes going for 3.20 a kilo at the market",
    ],
)
def test_a_price_per_unit_with_nothing_bought_is_not_an_entry(text: str) -> None:
    assert read(text).intent is Intent.OTHER


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("seat 22A upgrade on the ferry, 18.50", "18.50"),
        ("bus £2.40 into town", "2.40"),
    ],
)
def test_a_seat_number_is_no_price_and_a_bus_fare_with_its_currency_is(
    text: str, amount: str
) -> None:
    assert_read_as(text, Intent.ADD_EXPENSE, amount)


@pytest.mark.parametrize(
    ("earlier", "said", "amount"),
    [
        ("how is my coffee budget doing?", "raise it to 60", "60"),
        ("what's left in the clothes budget", "Lower it to £80 a month please.", "80"),
        (
            "how much did I spend on takeaways in october?",
            "ok set a limit of 120 for takeaways",
            "120",
        ),
    ],
)
def test_a_budget_changed_after_a_question_is_set(earlier: str, said: str, amount: str) -> None:
    command = after(earlier, said)
    assert (command.intent, command.amount) == (Intent.SET_BUDGET, Decimal(amount))


@pytest.mark.parametrize(
    ("earlier", "said", "intent", "amount"),
    [
        (
            "how much on petrol this month?",
            "ok also add 45 for petrol today",
            Intent.ADD_EXPENSE,
            "45",
        ),
        ("set a budget of 200 for clothes", "and add 35 for a shirt", Intent.ADD_EXPENSE, "35"),
    ],
)
def test_an_entry_asked_after_a_question_or_a_budget_stands_on_its_own(
    earlier: str, said: str, intent: Intent, amount: str
) -> None:
    command = after(earlier, said)
    assert (command.intent, command.amount) == (intent, Decimal(amount))
