"""The learned intent layer: the pure-Python scorer gives the same probabilities as the
scikit-learn model it was exported from, and the shipped model loads and covers the
intents the assistant acts on."""

from __future__ import annotations

import math

import pytest
from sklearn.feature_extraction import DictVectorizer

from lingassist.assistant.intent_model import model_from_json, shipped_model
from lingassist.assistant.types import Intent
from lingassist.tools import train_intents

MADE_UP = [
    ("tea 3.10", "add_expense"),
    ("sandwich 6.40 at the station", "add_expense"),
    ("parking 2 yesterday", "add_expense"),
    ("got my wages 1,900", "add_income"),
    ("salary 2,300 came in", "add_income"),
    ("how much on books last month", "query_spending"),
    ("what did I spend on trains this year", "query_spending"),
    ("my card got swallowed by the machine", "other"),
    ("what time is it in Lisbon", "other"),
    ("pay Noor 25 for the tickets", "draft_payment"),
    ("send Ivo 40", "draft_payment"),
]


def test_exported_weights_score_like_scikit_learn(monkeypatch: pytest.MonkeyPatch) -> None:
    rows = [(text, label) for text, label in MADE_UP]
    vectorizer = DictVectorizer()
    x = vectorizer.fit_transform(
        [train_intents.featurize(text, "2026-11-18", "EUR") for text, _ in rows]
    )
    fitted = train_intents._fit(x, [label for _, label in rows], 4.0)
    monkeypatch.setattr(train_intents, "KEEP_ABOVE", 0.0)
    model = model_from_json(train_intents.export(fitted, vectorizer))
    for text, _ in rows:
        features = train_intents.featurize(text, "2026-11-18", "EUR")
        expected = fitted.predict_proba(vectorizer.transform([features]))[0]
        best = max(range(len(expected)), key=lambda i: expected[i])
        guess = model.guess(features)
        assert guess.intent.value == fitted.classes_[best]
        assert math.isclose(guess.probability, expected[best], abs_tol=0.01)


def test_the_shipped_model_covers_every_intent_it_may_propose() -> None:
    model = shipped_model()
    assert model is not None
    wanted = {i for i in Intent if i not in (Intent.HELP,)}
    assert wanted <= set(model.classes)
    assert len(model.weights) > 1_000


@pytest.mark.parametrize("text", ["", "   ", "?!"])
def test_empty_input_is_never_an_action(text: str) -> None:
    from datetime import date

    from lingassist.assistant import parse

    assert not parse(text, today=date(2026, 11, 18)).is_action
