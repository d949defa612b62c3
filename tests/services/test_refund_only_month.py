"""A month that holds only money back has a negative total: no percentage compares with it."""

from __future__ import annotations

import pytest

from lingassist.assistant import ConversationContext
from lingassist.services.assistant import handle_utterance
from lingassist.services.context import AppContext
from lingassist.services.entries import EntryRequest, record_entry


def _book(context: AppContext) -> None:
    """Today is 2026-11-23: only a refund in October, a purchase in November."""
    for entry in (
        EntryRequest("5.00", merchant="Paper Mill", category="GENERAL_MERCHANDISE_OFFICE_SUPPLIES",
                     date="2026-10-09", refund=True),
        EntryRequest("57.00", merchant="Paper Mill", category="GENERAL_MERCHANDISE_OFFICE_SUPPLIES",
                     date="2026-11-10"),
    ):  # fmt: skip
        record_entry(context, entry)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("how much did I spend this month", "against -€5.00 in October 2026"),
        ("combien j'ai dépensé ce mois-ci", "contre -5,00"),
        ("tháng này tôi tiêu bao nhiêu", "so với -5,00"),
    ],
)
def test_a_month_of_only_refunds_is_compared_by_its_amount_not_a_percentage(
    context: AppContext, text: str, said: str
) -> None:
    _book(context)
    reply, _ = handle_utterance(context, text, ConversationContext())
    assert "%" not in reply.text
    assert said in reply.text.replace("\u202f", " ").replace("\xa0", " ").replace("−", "-")
