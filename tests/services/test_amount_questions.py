"""The amount is asked in the tense of what it is for: an expense was paid ("How much was
it?"), a payment, a move or a budget is still to be made, so nothing "was" yet; in French and
Vietnamese too, as the sentence was said."""

from __future__ import annotations

import pytest

from lingassist.assistant.context import ConversationContext
from lingassist.services.assistant import handle_utterance
from lingassist.services.context import AppContext


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("coffee at Pret", "How much was it?"),
        ("send some money to Mum", "How much should be paid?"),
        ("move money to savings from checking", "How much should be moved?"),
        ("set a budget for groceries", "How much should the budget be?"),
    ],
)
def test_the_amount_is_asked_in_its_tense(context: AppContext, text: str, asked: str) -> None:
    reply, _ = handle_utterance(context, text, ConversationContext())
    assert reply.proposal is None
    assert reply.text == asked


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("paie Marie", "Combien faut-il payer ?"),
        ("budget pour les courses", "Quel montant pour ce budget ?"),
        ("trả tiền cho Lan", "Cần chuyển bao nhiêu?"),
        ("đặt ngân sách ăn uống", "Ngân sách bao nhiêu?"),
    ],
)
def test_the_amount_still_to_pay_or_budget_is_asked_in_the_sentences_language(
    context: AppContext, text: str, asked: str
) -> None:
    reply, _ = handle_utterance(context, text, ConversationContext())
    assert reply.text == asked


@pytest.mark.parametrize(
    ("first", "answer", "title"),
    [
        ("bought 4 tickets for the panto", "22 each", "Add expense €88.00"),
        ("My brother Femi and I bought dad's gift", "It was 45 euros, split it with Femi", None),
    ],
)
def test_an_answer_that_completes_the_amount_makes_the_card(
    context: AppContext, first: str, answer: str, title: str | None
) -> None:
    asked, conversation = handle_utterance(context, first, ConversationContext())
    assert asked.proposal is None
    reply, _ = handle_utterance(context, answer, conversation)
    assert reply.proposal is not None, reply.text
    if title is not None:
        assert reply.proposal.title == title
