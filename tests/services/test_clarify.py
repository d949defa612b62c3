"""Honest replies when the assistant did not understand: another language, an amount
without a purpose, the closest thing it can do; nothing is proposed."""

from __future__ import annotations

import pytest

from lingassist.assistant import ConversationContext
from lingassist.assistant.languages import language_of
from lingassist.assistant.types import Intent, ParsedCommand
from lingassist.services.assistant import handle_utterance
from lingassist.services.clarify import not_understood
from lingassist.services.context import AppContext


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("j'ai payé 30 euros pour le taxi hier", "fr"),
        ("hôm qua tôi chi 200 nghìn cho ăn trưa", "vi"),
        ("hom qua toi da chi 200k cho an trua", "vi"),
        ("ich habe gestern 14 euro bezahlt", "de"),
        ("Café de la Gare 4.20", "en"),
        ("lunch at Bäckerei Sommer 6,80", "en"),
    ],
)
def test_the_language_of_a_sentence(text: str, language: str) -> None:
    assert language_of(text) == language


def test_another_language_gets_an_honest_reply_and_no_card(context: AppContext) -> None:
    said = "ich habe gestern 14 euro bezahlt"  # German has no language pack yet
    reply, _ = handle_utterance(context, said, ConversationContext())
    assert reply.proposal is None
    assert "English, French and Vietnamese only so far" in reply.text
    assert "German" in reply.text


def test_an_amount_without_a_purpose_is_named_and_an_example_offered() -> None:
    unclear = ParsedCommand("something 12 whatever", Intent.OTHER, closest=Intent.ADD_EXPENSE)
    reply = not_understood(unclear, "€12.00")
    assert "I see €12.00" in reply and "log an expense" in reply and "“" in reply


@pytest.mark.parametrize(
    "said",
    [
        "Ines spends 12k on clothes every month and still saves, how???",
        "neighbour got a 19.99 refund from argos",
        "my brother's car cost 18k",
    ],
)
def test_someone_elses_money_is_said_to_be_theirs(context: AppContext, said: str) -> None:
    reply, _ = handle_utterance(context, said, ConversationContext())
    assert reply.proposal is None
    assert "someone else's money" in reply.text and "I see" not in reply.text


def test_nothing_close_gets_the_general_answer_and_no_amount() -> None:
    unclear = ParsedCommand("the 12 monkeys film", Intent.OTHER)
    reply = not_understood(unclear, "€12.00")
    assert "€12.00" not in reply and "help" in reply


def test_a_support_topic_never_echoes_its_numbers_as_money(context: AppContext) -> None:
    reply, _ = handle_utterance(context, "change my pin to 4321", ConversationContext())
    assert reply.proposal is None
    assert "4,321" not in reply.text and "4321" not in reply.text


@pytest.mark.parametrize(
    ("said", "word"),
    [
        ("The 74€ from Vueling put it in viajes, not in transporte please", "viajes"),
        ("the 38 from uber put it in work stuff, not transport", "work stuff"),
    ],
)
def test_a_move_to_a_category_we_do_not_know_names_the_word(
    context: AppContext, said: str, word: str
) -> None:
    reply, _ = handle_utterance(context, said, ConversationContext())
    assert reply.proposal is None
    assert reply.text.startswith(f"I don't know a category called “{word}”, so nothing was moved.")


def test_a_move_to_a_known_category_is_no_such_reply(context: AppContext) -> None:
    reply, _ = handle_utterance(
        context, "the 38 from uber put it in travel, not transport", ConversationContext()
    )
    assert "I don't know a category" not in reply.text


@pytest.mark.parametrize(
    ("said", "amount"),
    [("bus pass went up again, 68 now", "€68.00"), ("the cinema is 14.50 now", "€14.50")],
)
def test_a_price_told_is_said_to_be_a_price(context: AppContext, said: str, amount: str) -> None:
    reply, _ = handle_utterance(context, said, ConversationContext())
    assert reply.proposal is None
    assert reply.text.startswith(f"That sounds like a price ({amount}), not something you paid")
