"""A move that names where the money goes but not where it comes from asks for that account
in so many words ("Which account should it come from?", in the sentence's language), and the
short answer ("checking", "from cash") completes the same move: it is no balance question."""

from __future__ import annotations

import pytest

from lingassist.assistant import Intent
from lingassist.assistant.context import ConversationContext
from lingassist.services.assistant import handle_utterance
from lingassist.services.context import AppContext


def test_a_move_asks_where_the_money_comes_from(context: AppContext) -> None:
    reply, _ = handle_utterance(context, "ok then move 300 to savings", ConversationContext())
    assert reply.proposal is None
    assert reply.text == "Which account should it come from?"


@pytest.mark.parametrize("answer", ["checking", "from cash", "the cash one"])
def test_the_short_answer_completes_the_move(context: AppContext, answer: str) -> None:
    _, conversation = handle_utterance(context, "move 300 to savings", ConversationContext())
    reply, _ = handle_utterance(context, answer, conversation)
    assert reply.command is not None
    assert reply.command.intent is Intent.TRANSFER, reply.text
    assert reply.command.amount == 300
    assert reply.command.account is not None


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("vire 300 vers l'épargne", "Depuis quel compte faut-il virer ?"),
        ("chuyển 300k vào tiết kiệm", "Chuyển từ tài khoản nào?"),
    ],
)
def test_the_account_is_asked_in_the_sentences_language(
    context: AppContext, text: str, asked: str
) -> None:
    reply, _ = handle_utterance(context, text, ConversationContext())
    assert (reply.proposal, reply.text) == (None, asked)
