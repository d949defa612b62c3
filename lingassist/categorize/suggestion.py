"""What the categorizer answers: a category with its confidence, layer and reason.

One function per source of an answer (a rule, merchant memory, a habit, the seed, the
model); each writes the sentence a person reads under "Why this category?".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING

from lingassist.categorize.habits import Habit
from lingassist.categorize.memory import Recollection
from lingassist.categorize.normalize import Descriptor
from lingassist.categorize.seed import BANK, MERCHANT, SeedMatch
from lingassist.categorize.taxonomy import category_name, is_detailed, primary_of

if TYPE_CHECKING:  # the model needs NumPy: the window starts without it
    from lingassist.categorize.model import Prediction


class Layer(StrEnum):
    """Which layer answered."""

    RULE = "rule"
    MEMORY = "memory"
    SEED = "seed"
    MODEL = "model"
    FALLBACK = "fallback"


@dataclass(frozen=True)
class Suggestion:
    """A category for one transaction, and why.

    Attributes:
        merchant: the merchant's display name ("Blue Bottle"); "" when none.
        merchant_key: its key, as in the ledger's merchants table.
        code: the category to file under (detailed, primary or user code).
        primary: the PFC primary code ("FOOD_AND_DRINK").
        detailed: the PFC detailed code, or "" when `code` is a primary or user code.
        confidence: 0..1; the fallback is always below 0.3.
        reason: one sentence for "Why this category?".
        layer: which layer answered.
        guess: when the answer is the fallback, the model's best guess ("" otherwise).
    """

    merchant: str
    merchant_key: str
    code: str
    primary: str
    detailed: str
    confidence: float
    reason: str
    layer: Layer
    guess: str = ""


def suggest(
    descriptor: Descriptor,
    code: str,
    confidence: float,
    reason: str,
    layer: Layer,
    guess: str = "",
) -> Suggestion:
    """A suggestion for `descriptor` filed under `code`."""
    return Suggestion(
        merchant=descriptor.merchant,
        merchant_key=descriptor.key,
        code=code,
        primary=primary_of(code),
        detailed=code if is_detailed(code) else "",
        confidence=round(confidence, 3),
        reason=reason,
        layer=layer,
        guess=guess,
    )


def from_memory(descriptor: Descriptor, recollection: Recollection) -> Suggestion:
    """A suggestion from the person's earlier filings ("You filed Woolworths under
    Clothing and accessories on 2 Dec 2026")."""
    name = descriptor.merchant or recollection.name or recollection.key
    category = category_name(recollection.code)
    count, total = recollection.count, recollection.total
    plural = "transaction" if count == 1 else "transactions"
    counted = f"{count} earlier {name} {plural}"
    on = f" on {day_text(recollection.day)}" if recollection.day else ""
    if recollection.by_amount:
        reason = f"For amounts like this you filed {name} under {category} ({counted})"
    elif total == 1 and on:
        reason = f"You filed {name} under {category}{on}"
    elif count == total:
        latest = f", the latest{on}" if on else ""
        reason = f"You filed {counted} under {category}{latest}"
    elif on:
        reason = f"You filed {name} under {category}{on}, your latest choice ({count} of {total})"
    else:
        reason = f"Your latest choice for {name} was {category} (filed {counted} under it)"
    if recollection.fuzzy:
        reason += f" (as '{recollection.name or recollection.key}', the same merchant's name)"
    return suggest(descriptor, recollection.code, recollection.confidence, reason, Layer.MEMORY)


def day_text(day: date) -> str:
    """ "2 Dec 2026"."""
    return f"{day.day} {day:%b %Y}"


def from_seed(descriptor: Descriptor, seed: SeedMatch) -> Suggestion:
    """A suggestion from the built-in seed."""
    entry = seed.entry
    category = category_name(entry.code)
    if entry.tier == MERCHANT:
        reason = f"Known merchant: {entry.display} is {category}"
    elif entry.tier == BANK:
        reason = f"Bank wording '{entry.phrase}' means {category}"
    else:
        reason = f"Keyword '{entry.phrase}' suggests {category}"
    if seed.prefix:
        reason += " (name starts like it)"
    return suggest(descriptor, entry.code, seed.confidence, reason, Layer.SEED)


def from_habit(descriptor: Descriptor, seed: SeedMatch, habit: Habit) -> Suggestion:
    """A suggestion from how the person files lines the seed calls `habit.seed_code`."""
    name = seed.entry.display if seed.entry.tier == MERCHANT else f"'{seed.entry.phrase}'"
    reason = (
        f"{name} is {category_name(habit.seed_code)}, but you filed {habit.count} of"
        f" {habit.total} such lines of this size under {category_name(habit.code)}"
    )
    return suggest(descriptor, habit.code, habit.confidence, reason, Layer.MEMORY)


def from_prediction(descriptor: Descriptor, prediction: Prediction) -> Suggestion:
    """A suggestion from the model."""
    features = ", ".join(prediction.top_features) or "no telling features"
    reason = f"Model ({percent(prediction)}): {features}"
    return suggest(descriptor, prediction.code, prediction.confidence, reason, Layer.MODEL)


def percent(prediction: Prediction) -> str:
    """'62%'."""
    return f"{round(prediction.confidence * 100)}%"
