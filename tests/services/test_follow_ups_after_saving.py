"""What this round's follow-ups do to an entry already saved: the way back after a fare is a
second entry beside it ("back home too 27" after "taxi to the station 32" was confirmed), while
a tip taken back ("nvm i didnt tip" after "lunch 18 plus 3 tip") changes the saved entry, never
counting the lunch twice."""

from __future__ import annotations

from decimal import Decimal

from lingassist.assistant.context import ConversationContext
from lingassist.core.transactions import TransactionFilter
from lingassist.services.assistant import confirm, handle_utterance
from lingassist.services.context import AppContext
from lingassist.services.entries import find_entries


def _saved(context: AppContext, text: str) -> ConversationContext:
    reply, conversation = handle_utterance(context, text, ConversationContext())
    assert reply.proposal is not None
    assert confirm(context, reply.proposal).changed
    return conversation.after_saving(reply.proposal.command)


def _amounts(context: AppContext) -> list[Decimal]:
    return sorted(row.amount for row in find_entries(context, TransactionFilter())[0])


def test_the_way_back_after_a_saved_fare_is_a_second_entry(context: AppContext) -> None:
    conversation = _saved(context, "taxi to the station 32")
    reply, _ = handle_utterance(context, "back home too 27", conversation)
    assert reply.proposal is not None and not reply.proposal.problems
    assert not reply.proposal.title.startswith("Change the saved"), reply.proposal.title
    assert confirm(context, reply.proposal).changed
    assert _amounts(context) == [Decimal("-32.00"), Decimal("-27.00")]


def test_the_same_fare_again_when_no_figure_is_said(context: AppContext) -> None:
    conversation = _saved(context, "train to Leeds 24")
    reply, _ = handle_utterance(context, "and the return too", conversation)
    assert reply.proposal is not None
    assert confirm(context, reply.proposal).changed
    assert _amounts(context) == [Decimal("-24.00"), Decimal("-24.00")]


def test_a_tip_taken_back_changes_the_saved_entry(context: AppContext) -> None:
    conversation = _saved(context, "lunch 18 plus 3 tip")
    assert _amounts(context) == [Decimal("-21.00")]
    reply, _ = handle_utterance(context, "nvm i didnt tip", conversation)
    assert reply.proposal is not None and not reply.proposal.problems
    assert reply.proposal.title.startswith("Change the saved €21.00 entry to €18.00"), (
        reply.proposal.title
    )
    assert confirm(context, reply.proposal).changed
    assert _amounts(context) == [Decimal("-18.00")]
