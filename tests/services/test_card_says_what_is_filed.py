"""A card shows the category the entry will be filed under: income named by no category is
filed as "Other income", and its card says "Other income", never "Uncategorized"."""

from __future__ import annotations

from lingassist.assistant.context import ConversationContext
from lingassist.core.transactions import TransactionFilter
from lingassist.services.assistant import confirm, handle_utterance
from lingassist.services.context import AppContext
from lingassist.services.entries import find_entries


def test_income_without_a_category_is_shown_as_it_is_filed(context: AppContext) -> None:
    reply, _ = handle_utterance(context, "my mum sent 100 to my account", ConversationContext())
    proposal = reply.proposal
    assert proposal is not None and not proposal.command.missing
    shown = {field.label: field.value for field in proposal.fields}
    confirm(context, proposal)
    rows = find_entries(context, TransactionFilter())[0]
    assert len(rows) == 1
    assert shown["Category"] == rows[0].category_name == "Other income"
