"""Real English words are never "mended" into the grammar's words: the typo view forgives
one slip in "pya" or "montly", but "nothing" is not "clothing" and "electrician" is not
"electric". The guard list is generated (`lingassist.tools.typo_guard`); these words
are a check that it is current with the vocabulary."""

from __future__ import annotations

import pytest

from lingassist.assistant.typos import COMMAND_VOCABULARY, typo_view

EVERYDAY_WORDS = (
    "nothing",
    "something",
    "anything",
    "closing",
    "costing",
    "electrician",
    "identity",
    "restart",
    "instance",
    "entertain",
    "transparent",
    "width",
    "brought",
    "black",
    "concert",
    "chewing",
)


@pytest.mark.parametrize("word", EVERYDAY_WORDS)
def test_an_everyday_word_is_left_as_written(word: str) -> None:
    sentence = f"walked past the shop and saw {word} for 20"
    assert typo_view(sentence, COMMAND_VOCABULARY).text == sentence


@pytest.mark.parametrize(("typed", "meant"), [("pya tom 20", "pay"), ("montly", "monthly")])
def test_a_slip_in_a_grammar_word_is_still_mended(typed: str, meant: str) -> None:
    assert meant in typo_view(typed, COMMAND_VOCABULARY).text
