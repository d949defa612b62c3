"""What the window found wrong with this round's follow-ups, and what they answer now: a
weekly budget asks for the month's figure (the ledger keeps budgets by the month) and the
answer makes a card that can be confirmed; "Show only top 3" lists three; the subscriptions
asked "per year" give the year's cost (in French and Vietnamese too); toonies are Canadian
dollars in any home."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from decimal import Decimal

import pytest

from lingassist.assistant.context import ConversationContext
from lingassist.core.periods import add_months
from lingassist.services.assistant import confirm, handle_utterance
from lingassist.services.context import AppContext
from lingassist.services.entries import EntryRequest, record_entry
from tests.conftest import TODAY


def _after(context: AppContext, first: str, then: str) -> tuple[str, object]:
    _, conversation = handle_utterance(context, first, ConversationContext())
    reply, _ = handle_utterance(context, then, conversation)
    return reply.text, reply.proposal


def test_a_weekly_budget_asks_the_months_figure(context: AppContext) -> None:
    reply, _ = handle_utterance(context, "set a weekly budget for coffee", ConversationContext())
    assert reply.text == "Budgets are kept by the month: how much a month should it be?"


def test_the_months_figure_answered_makes_a_budget_to_confirm(context: AppContext) -> None:
    _, proposal = _after(context, "set a weekly budget for coffee", "80 feels right")
    assert proposal is not None and not proposal.problems, proposal
    assert proposal.title.startswith("Set a monthly budget of €80.00 for Coffee"), proposal.title
    assert confirm(context, proposal).changed


def test_a_weekly_figure_said_is_still_refused(context: AppContext) -> None:
    reply, _ = handle_utterance(context, "budget 25 a week for coffee", ConversationContext())
    assert reply.proposal is not None
    assert reply.proposal.problems, "a weekly figure must never be kept as a month's"


def _spend(context: AppContext, *entries: str) -> None:
    for text in entries:
        reply, _ = handle_utterance(context, text, ConversationContext())
        assert reply.proposal is not None, text
        assert confirm(context, reply.proposal).changed


def test_show_only_the_top_few_of_a_ranking(context: AppContext) -> None:
    _spend(context, "groceries 80", "petrol 60", "cinema 24", "coffee 4", "books 30")
    text, _ = _after(context, "how much did I spend by category this month", "Show only top 3")
    ranked = [line for line in text.splitlines() if line[:2] in ("1.", "2.", "3.", "4.", "5.")]
    assert len(ranked) == 3, text
    assert ranked[0].startswith("1. Groceries"), text


def _monthly(context: AppContext, merchant: str, amount: str) -> None:
    for months_back in range(3):
        day = add_months(TODAY - timedelta(days=3), -months_back)
        record_entry(context, EntryRequest(amount, merchant=merchant, date=day.isoformat()))


def test_the_subscriptions_asked_per_year_give_the_years_cost(context: AppContext) -> None:
    _monthly(context, "Netflix", "15.00")
    _monthly(context, "Spotify", "10.00")
    text, _ = _after(
        context, "what subscriptions do I have", "How much do they cost together per year?"
    )
    head = text.splitlines()[0]
    assert "€25.00 a month" in head and "€300.00 a year" in head, head


@pytest.mark.parametrize(
    ("first", "then", "yearly"),
    [
        ("quels sont mes abonnements ?", "Combien ça coûte par an ?", "300,00\u00a0€ par an"),
        ("tôi có những gói đăng ký nào?", "tổng cộng mỗi năm bao nhiêu?", "300,00\u00a0€ mỗi năm"),
    ],
)
def test_the_subscriptions_asked_per_year_in_french_and_vietnamese(
    context: AppContext, first: str, then: str, yearly: str
) -> None:
    _monthly(context, "Netflix", "15.00")
    _monthly(context, "Spotify", "10.00")
    text, _ = _after(context, first, then)
    assert yearly in text.splitlines()[0], text
    assert "(s)" not in text, text  # "2 paiements réguliers", never "paiement(s)"


def test_the_subscriptions_asked_again_without_a_year_stay_monthly(context: AppContext) -> None:
    _monthly(context, "Netflix", "15.00")
    text, _ = _after(context, "what subscriptions do I have", "and what do those come to")
    assert "a year" not in text.splitlines()[0], text


def test_toonies_are_canadian_dollars_in_a_euro_home(context: AppContext) -> None:
    reply, _ = handle_utterance(context, "paid 2 toonies for parking", ConversationContext())
    assert reply.proposal is not None
    command = reply.proposal.command
    assert (command.amount, command.currency) == (Decimal(4), "CAD")


def _in_window(context: AppContext, language: str) -> AppContext:
    return replace(context, settings=replace(context.settings, language=language))


def test_words_of_no_language_are_answered_in_the_windows(context: AppContext) -> None:
    french = _in_window(context, "fr")
    reply, _ = handle_utterance(french, "café 4.80", ConversationContext())
    assert reply.text.startswith("Ajouter une dépense"), reply.text
    reply, _ = handle_utterance(_in_window(context, "vi"), "grab 32k", ConversationContext())
    assert reply.proposal is not None and not reply.text.startswith("Add "), reply.text


def test_english_words_are_answered_in_english_in_any_window(context: AppContext) -> None:
    reply, _ = handle_utterance(
        _in_window(context, "fr"), "coffee and a muffin 4.80", ConversationContext()
    )
    assert reply.text.startswith("Add expense"), reply.text


def test_french_replies_join_que_before_a_vowel() -> None:
    from lingassist.services.replies import say

    more = say("fr", "answer.more", percent="160", period="en novembre 2026", amount="9,99 €")
    assert more is not None and "de plus qu’en novembre 2026" in more, more
    week = say("fr", "answer.more", percent="5", period="la semaine dernière", amount="9 €")
    assert week is not None and "de plus que la semaine dernière" in week, week
