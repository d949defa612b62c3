""" "That 38 uber should be travel, not transport": the one entry of that amount changes
category, the merchant's other entries stay where they were and the merchant is not filed
there from now on (each sentence written for these tests)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from lingassist.assistant import ConversationContext, Intent
from lingassist.core.transactions import TransactionFilter
from lingassist.services.assistant import confirm, handle_utterance
from lingassist.services.context import AppContext
from lingassist.services.entries import find_entries

pytestmark = pytest.mark.sqlite_only


def _write(context: AppContext, text: str) -> None:
    reply, _ = handle_utterance(context, text, ConversationContext())
    assert reply.proposal is not None, text
    confirm(context, reply.proposal)


def _categories_by_amount(context: AppContext) -> dict[Decimal, str]:
    rows = find_entries(context, TransactionFilter())[0]
    return {-row.amount: row.category_code for row in rows}


def test_the_entry_of_the_amount_said_moves_and_no_other(context: AppContext) -> None:
    for text in ("uber 12 to the station", "uber 38 to the airport", "uber 15 home"):
        _write(context, text)
    before = _categories_by_amount(context)
    reply, _ = handle_utterance(
        context, "that 38 uber should be under travel, not transport", ConversationContext()
    )
    assert reply.proposal is not None, reply.text
    assert reply.proposal.command.intent is Intent.RECATEGORIZE
    assert "38" in reply.proposal.title and not reply.proposal.problems
    confirm(context, reply.proposal)
    after = _categories_by_amount(context)
    assert after[Decimal("38")].startswith("TRAVEL")
    assert after[Decimal("12")] == before[Decimal("12")]
    assert after[Decimal("15")] == before[Decimal("15")]
    _write(context, "uber 9 to work")  # the merchant was not filed under travel
    assert _categories_by_amount(context)[Decimal("9")] == before[Decimal("12")]


def test_no_entry_of_that_amount_is_said_on_the_card(context: AppContext) -> None:
    _write(context, "uber 12 to the station")
    reply, _ = handle_utterance(
        context, "the 99 uber charge should be under travel", ConversationContext()
    )
    assert reply.proposal is not None, reply.text
    assert reply.proposal.problems, "a card with nothing to move must say so"
