"""Cash taken out of a machine moves money from the usual account into Cash: the card says
where from, and confirming it records one transfer (nothing is spent)."""

from __future__ import annotations

from decimal import Decimal

from lingassist.assistant.context import ConversationContext
from lingassist.core.transactions import TransactionFilter
from lingassist.services.assistant import confirm, handle_utterance
from lingassist.services.context import AppContext
from lingassist.services.entries import find_entries, undo_last


def test_a_withdrawal_is_a_move_from_the_usual_account_into_cash(context: AppContext) -> None:
    reply, _ = handle_utterance(context, "took out 60 at the atm", ConversationContext())
    proposal = reply.proposal
    assert proposal is not None and not proposal.command.missing
    shown = {field.label: field.value for field in proposal.fields}
    assert (shown["From"], shown["To"]) == ("Checking", "Cash")
    confirm(context, proposal)
    rows = find_entries(context, TransactionFilter())[0]
    assert len(rows) == 1
    assert rows[0].description == "Transfer to Cash"
    assert abs(rows[0].amount) == Decimal("60")


def test_a_transfer_that_names_no_source_still_asks(context: AppContext) -> None:
    reply, _ = handle_utterance(context, "move 100 to savings", ConversationContext())
    assert reply.proposal is None or "account" in reply.proposal.command.missing


def test_undo_takes_a_withdrawal_back_whole(context: AppContext) -> None:
    reply, _ = handle_utterance(context, "took out 40 at the atm", ConversationContext())
    assert reply.proposal is not None
    confirm(context, reply.proposal)
    undo_last(context)
    assert find_entries(context, TransactionFilter())[0] == []
