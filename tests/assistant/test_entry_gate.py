"""The entry gate: its pure-Python score matches the scikit-learn model it was exported
from, the shipped gate loads, and a sure "leave it alone" turns a write into a question
(never a question into a write; never a short ledger line)."""

from __future__ import annotations

import math
from datetime import date

import pytest
from sklearn.feature_extraction import DictVectorizer

from lingassist.assistant import Intent, entry_gate, intent_choice, parse
from lingassist.assistant.entry_gate import EntryGate, shipped_gate
from lingassist.tools import train_entry_gate, train_intents

TODAY = date(2026, 11, 18)
MADE_UP = [
    ("tea 3.10 at the station", 0),
    ("paid the window cleaner 25 this morning", 0),
    ("got my wages 1,900 today", 0),
    ("my uncle apparently blew 900 on a drone lol", 1),
    ("petrol is like 1.71 at the Texaco now, mad", 1),
    ("if I saved 50 a week I'd have 2,600 by next year", 1),
]


def test_exported_weights_score_like_scikit_learn(monkeypatch: pytest.MonkeyPatch) -> None:
    vectorizer = DictVectorizer()
    x = vectorizer.fit_transform(
        [train_intents.featurize(text, "2026-11-18", "GBP") for text, _ in MADE_UP]
    )
    fitted = train_entry_gate._fit(x, [label for _, label in MADE_UP])
    monkeypatch.setattr(train_entry_gate, "KEEP_ABOVE", 0.0)
    data = train_entry_gate.export(fitted, vectorizer)
    gate = EntryGate(data["intercept"], data["weights"])
    for text, _ in MADE_UP:
        features = train_intents.featurize(text, "2026-11-18", "GBP")
        expected = fitted.predict_proba(vectorizer.transform([features]))[0][1]
        assert math.isclose(gate.chance_not_an_entry(features), expected, abs_tol=0.01)


def test_the_shipped_gate_loads() -> None:
    gate = shipped_gate()
    assert gate is not None
    assert len(gate.weights) > 1_000


def _with_gate(monkeypatch: pytest.MonkeyPatch, chance: float) -> None:
    always = EntryGate(math.log(chance / (1 - chance)), {})
    monkeypatch.setattr(intent_choice, "shipped_gate", lambda: always)
    entry_gate.shipped_gate.cache_clear()


def test_a_sure_gate_turns_a_chatty_write_into_a_question(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = "picked up a new kettle at Argos this morning for 34.99"
    assert parse(text, today=TODAY, default_currency="GBP").intent is Intent.ADD_EXPENSE
    _with_gate(monkeypatch, 0.99)
    command = parse(text, today=TODAY, default_currency="GBP")
    assert command.intent is Intent.OTHER and not command.is_action


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("kettle 34.99", Intent.ADD_EXPENSE),  # a short ledger line is never gated
        ("how much did I spend at Argos this month", Intent.QUERY_SPENDING),
    ],
)
def test_the_gate_never_touches_short_lines_nor_questions(
    monkeypatch: pytest.MonkeyPatch, text: str, intent: Intent
) -> None:
    _with_gate(monkeypatch, 0.99)
    assert parse(text, today=TODAY, default_currency="GBP").intent is intent


def test_an_unsure_gate_changes_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    _with_gate(monkeypatch, 0.5)
    text = "picked up a new kettle at Argos this morning for 34.99"
    assert parse(text, today=TODAY, default_currency="GBP").intent is Intent.ADD_EXPENSE


def test_a_write_asked_for_in_words_is_never_gated(monkeypatch: pytest.MonkeyPatch) -> None:
    _with_gate(monkeypatch, 0.99)
    command = parse(
        "I would like to record a purchase of a desk lamp for 45 on Monday",
        today=TODAY,
        default_currency="GBP",
    )
    assert command.intent is Intent.ADD_EXPENSE
