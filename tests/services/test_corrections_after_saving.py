"""A correction of an entry already saved never counts it twice: once the card of "dinner
40" is confirmed, "make it 48" or "sorry it was 48, split it with Odile" shows a card that
cannot be confirmed and says how to put it right (undo, then say it again); a card still
waiting is changed as before, and another entry said next ("and 12 for drinks") stands."""

from __future__ import annotations

import pytest

from lingassist.assistant.context import ConversationContext
from lingassist.core.errors import UserFacingError
from lingassist.core.transactions import TransactionFilter
from lingassist.services.actions import carry_out
from lingassist.services.assistant import confirm, handle_utterance
from lingassist.services.context import AppContext
from lingassist.services.entries import find_entries

TWICE = "is already saved, so this would count it twice"


def _saved_dinner(context: AppContext) -> ConversationContext:
    reply, conversation = handle_utterance(context, "dinner 40", ConversationContext())
    assert reply.proposal is not None
    assert confirm(context, reply.proposal).changed
    return conversation.after_saving(reply.proposal.command)


@pytest.mark.parametrize(
    "text", ["make it 48", "sorry it was 48, split it with Odile", "no, yesterday"]
)
def test_a_correction_of_a_saved_entry_cannot_be_confirmed(context: AppContext, text: str) -> None:
    conversation = _saved_dinner(context)
    reply, _ = handle_utterance(context, text, conversation)
    assert reply.proposal is not None
    problems = [str(problem) for problem in reply.proposal.problems]
    assert any(TWICE in problem and "40.00 EUR" in problem for problem in problems), problems
    with pytest.raises(UserFacingError):
        carry_out(context, reply.proposal)
    assert len(find_entries(context, TransactionFilter())[0]) == 1


@pytest.mark.parametrize("text", ["and 12 for drinks", "coffee 3", "and 6.50 for a car wash too"])
def test_another_entry_after_a_saved_one_stands(context: AppContext, text: str) -> None:
    reply, _ = handle_utterance(context, text, _saved_dinner(context))
    assert reply.proposal is not None and not reply.proposal.problems, text


def test_a_card_still_waiting_is_corrected_as_before(context: AppContext) -> None:
    _, conversation = handle_utterance(context, "dinner 40", ConversationContext())
    reply, _ = handle_utterance(context, "make it 48", conversation)
    assert reply.proposal is not None and not reply.proposal.problems


def test_saving_another_card_marks_nothing(context: AppContext) -> None:
    _, conversation = handle_utterance(context, "dinner 40", ConversationContext())
    other, _ = handle_utterance(context, "coffee 3", ConversationContext())
    assert other.proposal is not None
    assert not conversation.after_saving(other.proposal.command).saved


def test_money_back_after_a_saved_shopping_is_its_own_refund(context: AppContext) -> None:
    reply, conversation = handle_utterance(context, "groceries 40 at Lidl", ConversationContext())
    assert reply.proposal is not None and confirm(context, reply.proposal).changed
    conversation = conversation.after_saving(reply.proposal.command)
    text = "returned the eggs, they refunded 2.10"
    refund, _ = handle_utterance(context, text, conversation)
    assert refund.proposal is not None and not refund.proposal.problems
    fields = {field.label: field.value for field in refund.proposal.fields}
    assert (fields["Merchant"], fields["Category"]) == ("Lidl", "Groceries")
    assert confirm(context, refund.proposal).changed
    assert len(find_entries(context, TransactionFilter())[0]) == 2
