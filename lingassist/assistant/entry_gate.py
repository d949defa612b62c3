"""The entry gate: how likely a sentence with an amount is money talk to leave alone ("IKEA
Billy bookcase is 59 on the website", "my sister just dropped 3k on a bag") rather than
money the person wants written.

A logistic regression over `intent_features` trained offline by
`lingassist.tools.train_entry_gate` and shipped as data (``resources/assistant/
entry_gate.json``); scoring is a sum of weights in pure Python. It only ever turns a write
into a question: a sure "leave it alone" makes the assistant ask instead of acting.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache

from lingassist.core.resources import resource_path


@dataclass(frozen=True)
class EntryGate:
    """Weights of a binary logistic regression (1 = must not act)."""

    intercept: float
    weights: dict[str, float]

    def chance_not_an_entry(self, features: dict[str, float]) -> float:
        """The probability that a sentence with `features` is not for the ledger."""
        score = self.intercept + sum(
            self.weights.get(name, 0.0) * v for name, v in features.items()
        )
        return 1.0 / (1.0 + math.exp(-score))


@lru_cache(maxsize=1)
def shipped_gate() -> EntryGate | None:
    """The gate shipped with the app (loaded once), or None when it is missing."""
    path = resource_path("assistant", "entry_gate.json")
    if not path.exists():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    weights = {str(name): float(weight) for name, weight in data["weights"].items()}
    return EntryGate(float(data["intercept"]), weights)
