"""A yes/no question about a total against a figure ("did I go over 200 on takeaway this
month?", "am I still under 300 on food?") is a total compared with that figure, never a
filter on the transactions it sums (each sentence written for these tests, none from a dev
set). A list asked with a bound stays a list."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from lingassist.assistant import ConversationContext, Intent, parse
from lingassist.services.assistant import confirm, handle_utterance
from lingassist.services.context import AppContext

pytestmark = pytest.mark.sqlite_only
TODAY = date(2026, 11, 23)


@pytest.mark.parametrize(
    ("text", "threshold"),
    [
        ("did I go over 200 on takeaway this month", "200"),
        ("am I still under 300 on food this month?", "300"),
        ("have we gone over 150 on petrol this month?", "150"),
        ("did we stay under 1000 on the holiday", "1000"),
        ("have I spent more than 500 on fuel this year?", "500"),
        ("so am i below 80 on coffee this week", "80"),
    ],
)
def test_a_total_asked_against_a_figure(text: str, threshold: str) -> None:
    command = parse(text, today=TODAY, default_currency="EUR")
    assert command.intent is Intent.QUERY_SPENDING
    assert command.threshold == Decimal(threshold)
    assert command.min_amount is None and command.max_amount is None


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("show me everything over 200 this month", "min"),
        ("did I buy anything over 100 this week", "min"),
        ("how much did I spend on purchases under 20", "max"),
    ],
)
def test_a_bound_on_the_transactions_stays_a_filter(text: str, side: str) -> None:
    command = parse(text, today=TODAY, default_currency="EUR")
    assert command.threshold is None
    assert getattr(command, f"{side}_amount") is not None


def _say(context: AppContext, text: str) -> str:
    reply, _ = handle_utterance(context, text, ConversationContext())
    assert reply.proposal is None, text
    return reply.text.replace("\u202f", " ").replace("\xa0", " ")


def _record(context: AppContext, text: str) -> None:
    reply, _ = handle_utterance(context, text, ConversationContext())
    assert reply.proposal is not None, text
    confirm(context, reply.proposal)


def test_the_answer_sums_every_transaction_and_says_how_far_from_the_figure(
    context: AppContext,
) -> None:
    _record(context, "spent 230 euros at the garage for fuel on November 2")
    _record(context, "spent 12 euros on fuel at Shell on November 20")
    over = _say(context, "did I go over 200 on fuel this month?")
    assert over.startswith("You spent €242.00 on Gas in November 2026 (2 transactions)")
    assert over.endswith(": €42.00 over €200.00.")
    under = _say(context, "am I still under 300 on fuel this month?")
    assert under.endswith(": €58.00 under €300.00.")
    french = _say(context, "ai-je dépassé 200 euros en carburant ce mois-ci ?")
    assert french.endswith("(2 opérations) : 42,00 € de plus que 200,00 €.")
