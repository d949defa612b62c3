"""A ranking asked for after a question about a period, in French or Vietnamese, ranks
shops when the person said shops ("par magasin", "theo cửa hàng") and categories otherwise."""

from __future__ import annotations

import pytest

from lingassist.assistant.context import ConversationContext
from lingassist.services.assistant import confirm, handle_utterance
from lingassist.services.context import AppContext


def _ranked(context: AppContext, question: str, follow_up: str) -> str:
    for entry in ("courses 42 chez Biocoop le 8 octobre", "café 5 chez Kiosque Sud le 9 octobre"):
        reply, _ = handle_utterance(context, entry, ConversationContext())
        assert reply.proposal is not None
        confirm(context, reply.proposal)
    _, conversation = handle_utterance(context, question, ConversationContext())
    reply, _ = handle_utterance(context, follow_up, conversation)
    return reply.text


@pytest.mark.parametrize(
    ("question", "follow_up", "head", "shops"),
    [
        ("combien j'ai dépensé en octobre", "détaille par magasin", "principaux commerces", True),
        ("combien j'ai dépensé en octobre", "par catégorie ?", "principales catégories", False),
        ("tháng 10 tôi tiêu bao nhiêu", "chia theo cửa hàng", "Các nơi chi nhiều nhất", True),
        ("tháng 10 tôi tiêu bao nhiêu", "chia theo danh mục", "Các danh mục chi nhiều", False),
    ],
)
def test_shops_or_categories_as_the_person_said(
    context: AppContext, question: str, follow_up: str, head: str, shops: bool
) -> None:
    lines = _ranked(context, question, follow_up).splitlines()
    assert head in lines[0] and "47" in lines[0]  # October's total
    assert ("Biocoop" in lines[1]) is shops


def test_the_biggest_purchases_are_listed_largest_first(context: AppContext) -> None:
    for entry in (
        "bike 320 at Velo Shop on the 3rd of october",
        "lunch 14 at Cantina on the 4th of october",
        "tv 540 at Electro on the 5th of october",
        "sofa 900 at Home Depot on the 2nd of september",
    ):
        reply, _ = handle_utterance(context, entry, ConversationContext())
        assert reply.proposal is not None
        confirm(context, reply.proposal)
    reply, _ = handle_utterance(context, "my 2 biggest purchases in october", ConversationContext())
    assert reply.text.startswith("Your 2 biggest purchases")
    assert [row.merchant for row in reply.rows] == ["Electro", "Velo Shop"]


@pytest.mark.parametrize(
    ("entries", "question", "head"),
    [
        (
            ("vélo 320 chez Cycles le 3 octobre", "télé 540 chez Darty le 5 octobre"),
            "mes 2 plus grosses dépenses en octobre",
            "Vos 2 plus grosses dépenses",
        ),
        (
            ("xe đạp 3 triệu ở Xe Việt ngày 3/10", "tivi 9 triệu ở Điện Máy ngày 5/10"),
            "2 khoản chi lớn nhất tháng 10",
            "2 khoản chi lớn nhất",
        ),
    ],
)
def test_the_biggest_purchases_in_french_and_vietnamese(
    context: AppContext, entries: tuple[str, str], question: str, head: str
) -> None:
    for entry in entries:
        reply, _ = handle_utterance(context, entry, ConversationContext())
        assert reply.proposal is not None
        confirm(context, reply.proposal)
    reply, _ = handle_utterance(context, question, ConversationContext())
    assert reply.text.startswith(head) and len(reply.rows) == 2
    assert reply.rows[0].amount < reply.rows[1].amount  # the largest first
