"""Kinds of readings met in the thirtieth round, each written here in sentences of our own.

- Corrections: a new figure opened by a sound of thinking or a learner's "make" without
  "it" ("hmm actually 300", "nah make it 75 quid", "make 180", "make 400, she did the
  windows too") changes what was just said, budget or payment alike; said first, with
  nothing to correct, it is asked about, never entered ("make 180", "hmm actually 300").
  A question opened so is no correction ("hmm wait, is 6000 even realistic here?").
- Questions after an entry: a question about the ledger said after an entry ("and how much
  did I spend on coffee this week?") is asked, never the entry written again; a new day
  said alone ("no, yesterday") still moves the entry.
- Budgets: what of a budget just set is gone ("how much of it have i used so far", "and how
  much I already used this month?", "how much have I spent of it") is asked of that budget.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from lingassist.assistant import Intent
from tests.assistant.reading import TODAY, after, read


@pytest.mark.parametrize(
    ("earlier", "text", "intent", "amount"),
    [
        ("budget for eating out 150 per month", "make 180", Intent.SET_BUDGET, "180"),
        ("set my petrol budget to 250 a month", "hmm actually 300", Intent.SET_BUDGET, "300"),
        ("budget 60 quid a week for petrol", "nah make it 75 quid", Intent.SET_BUDGET, "75"),
        (
            "prepare a payment of 350 to Dona Célia for the cleaning",
            "make 400, she did the windows too",
            Intent.DRAFT_PAYMENT,
            "400",
        ),
        ("taxi 18 to the airport", "um, make it 20", Intent.ADD_EXPENSE, "20"),
        ("lunch 12.50 at Pret", "well actually 13.80", Intent.ADD_EXPENSE, "13.80"),
    ],
)
def test_a_new_figure_opened_by_a_sound_of_thinking_corrects_the_last(
    earlier: str, text: str, intent: Intent, amount: str
) -> None:
    command = after(earlier, text)
    assert (command.intent, command.amount) == (intent, Decimal(amount)), text


def test_a_corrected_payment_keeps_its_payee() -> None:
    command = after(
        "prepare a payment of 350 to Dona Célia for the cleaning", "make 400, she did it all"
    )
    assert command.payee == "Dona Célia"


@pytest.mark.parametrize("text", ["make 180", "hmm actually 300", "nah make it 75 quid"])
def test_a_correction_said_first_is_asked_about(text: str) -> None:
    assert not read(text).is_action, text


def test_a_question_opened_by_a_sound_of_thinking_is_no_correction() -> None:
    command = after("set a budget of 6000 for food", "hmm wait, is 6000 even realistic in Bangkok?")
    assert not command.is_action


@pytest.mark.parametrize(
    ("earlier", "text"),
    [
        ("coffee 4.5", "and how much did i spend on coffee this week?"),
        ("budget 200 for groceries", "and how much did I spend on groceries last month?"),
        ("taxi 23.60", "what did I spend on taxis in October"),
        ("lunch 12 at Pret", "and show me all my lunches"),
    ],
)
def test_a_question_after_an_entry_is_asked_not_entered_again(earlier: str, text: str) -> None:
    command = after(earlier, text)
    assert not command.is_action, text
    assert command.intent in (Intent.QUERY_SPENDING, Intent.SHOW_TRANSACTIONS), text


@pytest.mark.parametrize("text", ["no, yesterday", "that was on tuesday", "no, sat"])
def test_a_new_day_alone_still_moves_the_entry(text: str) -> None:
    command = after("taxi 22 to the station", text)
    assert (command.intent, command.amount) == (Intent.ADD_EXPENSE, Decimal("22")), text
    assert command.date is not None and command.date < TODAY, text


@pytest.mark.parametrize(
    "text",
    [
        "k how much of it have i used so far",
        "and how much I already used this month?",
        "how much have I spent of it",
        "how much did i use so far",
    ],
)
def test_what_of_a_budget_is_gone_is_asked_of_that_budget(text: str) -> None:
    command = after("set a budget of 150 for groceries", text)
    assert command.intent is Intent.BUDGET_STATUS, text
    assert command.category == "FOOD_AND_DRINK_GROCERIES", text


def test_a_budget_for_pubs_names_its_category() -> None:
    assert read("budget 60 a month for pubs").category == "FOOD_AND_DRINK_RESTAURANT"
