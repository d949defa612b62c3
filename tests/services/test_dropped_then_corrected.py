""" "Never mind, I meant 45", "cancel that, it was 4.80" said while a card waits: the card is
said again with the new value, nothing is undone, nothing else is written (each sentence
written for these tests)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from lingassist.assistant import ConversationContext, Intent
from lingassist.core.transactions import TransactionFilter
from lingassist.services.assistant import confirm, handle_utterance
from lingassist.services.context import AppContext
from lingassist.services.entries import find_entries

pytestmark = pytest.mark.sqlite_only


@pytest.mark.parametrize(
    ("first", "correction", "intent", "amount"),
    [
        ("pay Tom 40 for the tickets", "never mind, I meant 45", Intent.DRAFT_PAYMENT, "45"),
        ("spent 4.50 on coffee at Costa", "cancel that, it was 4.80", Intent.ADD_EXPENSE, "4.80"),
        ("lunch 12 at Pret", "scratch that, 13.20", Intent.ADD_EXPENSE, "13.20"),
        ("got 300 for the logo job", "oops, forget that, I meant 350", Intent.ADD_INCOME, "350"),
    ],
)
def test_a_correction_after_dropping_the_card_says_the_card_again(
    context: AppContext, first: str, correction: str, intent: Intent, amount: str
) -> None:
    confirm(context, _card(context, "spent 9 at Greggs", ConversationContext())[0])
    waiting, conversation = _card(context, first, ConversationContext())
    reply, _ = handle_utterance(context, correction, conversation, open_card=waiting)
    assert reply.proposal is not None, reply.text
    command = reply.proposal.command
    assert command.intent is intent and command.amount == Decimal(amount)
    assert command.payee == waiting.command.payee and command.merchant == waiting.command.merchant
    rows = find_entries(context, TransactionFilter())[0]
    assert [row.merchant for row in rows] == ["Greggs"]  # nothing undone, nothing added


def _card(context: AppContext, text: str, conversation: ConversationContext):  # type: ignore[no-untyped-def]
    reply, after = handle_utterance(context, text, conversation)
    assert reply.proposal is not None, text
    return reply.proposal, after
