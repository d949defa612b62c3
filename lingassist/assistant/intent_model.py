"""The learned intent layer: a linear model over `intent_features`, read from a JSON file.

The weights are trained offline by `lingassist.tools.train_intents` (scikit-learn logistic
regression) and shipped as data, so scoring is a sum of a few hundred weights in pure
Python: no NumPy at run time and well under a millisecond. The model only proposes an
intent with a probability; `parse` decides, and a low probability means "ask".
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TypedDict

from lingassist.assistant.types import Intent
from lingassist.core.resources import resource_path


def model_path() -> Path:
    """Where the shipped intent model lives (``resources/assistant/intent_model.json``)."""
    return resource_path("assistant", "intent_model.json")


class ModelJson(TypedDict):
    """The model file: class names, one intercept each, feature -> {class index: weight}."""

    classes: list[str]
    intercept: list[float]
    weights: dict[str, dict[str, float]]


@dataclass(frozen=True)
class IntentGuess:
    """The model's reading of an utterance.

    Attributes:
        intent: the most probable intent.
        probability: its probability (0..1) under the model.
        runner_up: the second most probable intent.
    """

    intent: Intent
    probability: float
    runner_up: Intent


@dataclass(frozen=True)
class IntentModel:
    """Weights of a multinomial logistic regression over sparse features.

    Attributes:
        classes: the intents, in the order of the weight vectors.
        intercept: one bias per class.
        weights: feature -> (class index, weight) pairs (zero weights left out).
    """

    classes: tuple[Intent, ...]
    intercept: tuple[float, ...]
    weights: dict[str, tuple[tuple[int, float], ...]]

    def guess(self, features: dict[str, float]) -> IntentGuess:
        """The most probable intent for `features` (from `intent_features.features`)."""
        scores = list(self.intercept)
        for name, value in features.items():
            for index, weight in self.weights.get(name, ()):
                scores[index] += weight * value
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        order = sorted(range(len(scores)), key=scores.__getitem__, reverse=True)
        total = sum(exps)
        return IntentGuess(self.classes[order[0]], exps[order[0]] / total, self.classes[order[1]])


def model_from_json(data: ModelJson) -> IntentModel:
    """An `IntentModel` from the JSON written by the training tool."""
    classes = tuple(Intent(name) for name in data["classes"])
    weights = {
        feature: tuple((int(index), float(weight)) for index, weight in by_class.items())
        for feature, by_class in data["weights"].items()
    }
    intercept = tuple(float(value) for value in data["intercept"])
    return IntentModel(classes, intercept, weights)


@lru_cache(maxsize=1)
def shipped_model() -> IntentModel | None:
    """The model shipped with the app (loaded once), or None when it is missing."""
    path = model_path()
    if not path.exists():
        return None
    return model_from_json(json.loads(path.read_text(encoding="utf-8")))
