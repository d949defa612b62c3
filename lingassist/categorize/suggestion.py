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
from lingassist.core.phrases import CategoryName, Phrase, PhraseValue, phrase

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
        said: `reason` as a phrase, for a window in another language.
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
    said: Phrase | None = None


def suggest(
    descriptor: Descriptor,
    code: str,
    confidence: float,
    reason: str | Phrase,
    layer: Layer,
    guess: str = "",
) -> Suggestion:
    """A suggestion for `descriptor` filed under `code` (`reason`: text or a phrase)."""
    said = reason if isinstance(reason, Phrase) else Phrase(reason)
    return Suggestion(
        merchant=descriptor.merchant,
        merchant_key=descriptor.key,
        code=code,
        primary=primary_of(code),
        detailed=code if is_detailed(code) else "",
        confidence=round(confidence, 3),
        reason=said.text,
        layer=layer,
        guess=guess,
        said=said,
    )


def from_memory(descriptor: Descriptor, recollection: Recollection) -> Suggestion:
    """A suggestion from the person's earlier filings ("You filed Woolworths under
    Clothing and accessories on 2 Dec 2026")."""
    name = descriptor.merchant or recollection.name or recollection.key
    count, total = recollection.count, recollection.total
    earlier = (
        "{count} earlier {name} transaction"
        if count == 1
        else ("{count} earlier {name} transactions")
    )
    values: dict[str, PhraseValue] = {
        "name": name,
        "category": _category(recollection.code),
        "counted": phrase(earlier, count=str(count), name=name),
        "count": str(count),
        "total": str(total),
        "day": recollection.day or "",
    }
    reason = phrase(_memory_template(recollection), **values)
    if recollection.fuzzy:
        alias = recollection.name or recollection.key
        reason = phrase(
            "{reason} (as '{alias}', the same merchant's name)", reason=reason, alias=alias
        )
    return suggest(descriptor, recollection.code, recollection.confidence, reason, Layer.MEMORY)


def _memory_template(recollection: Recollection) -> str:
    """How an earlier filing is told: by amount, once, always, mostly, or lately."""
    on = recollection.day is not None
    if recollection.by_amount:
        return "For amounts like this you filed {name} under {category} ({counted})"
    if recollection.total == 1 and on:
        return "You filed {name} under {category} on {day}"
    if recollection.count == recollection.total:
        return (
            "You filed {counted} under {category}, the latest on {day}"
            if on
            else ("You filed {counted} under {category}")
        )
    if on:
        return "You filed {name} under {category} on {day}, your latest choice ({count} of {total})"
    return "Your latest choice for {name} was {category} (filed {counted} under it)"


def _category(code: str) -> CategoryName:
    return CategoryName(code, category_name(code))


def day_text(day: date) -> str:
    """ "2 Dec 2026"."""
    return f"{day.day} {day:%b %Y}"


def from_seed(descriptor: Descriptor, seed: SeedMatch) -> Suggestion:
    """A suggestion from the built-in seed."""
    entry = seed.entry
    category = _category(entry.code)
    if entry.tier == MERCHANT:
        reason = phrase(
            "Known merchant: {merchant} is {category}", merchant=entry.display, category=category
        )
    elif entry.tier == BANK:
        reason = phrase(
            "Bank wording '{words}' means {category}", words=entry.phrase, category=category
        )
    else:
        reason = phrase(
            "Keyword '{words}' suggests {category}", words=entry.phrase, category=category
        )
    if seed.prefix:
        reason = phrase("{reason} (name starts like it)", reason=reason)
    return suggest(descriptor, entry.code, seed.confidence, reason, Layer.SEED)


def from_habit(descriptor: Descriptor, seed: SeedMatch, habit: Habit) -> Suggestion:
    """A suggestion from how the person files lines the seed calls `habit.seed_code`."""
    name = seed.entry.display if seed.entry.tier == MERCHANT else f"'{seed.entry.phrase}'"
    reason = phrase(
        "{name} is {seed_category}, but you filed {count} of {total} such lines of this size "
        "under {category}",
        name=name,
        seed_category=_category(habit.seed_code),
        count=str(habit.count),
        total=str(habit.total),
        category=_category(habit.code),
    )
    return suggest(descriptor, habit.code, habit.confidence, reason, Layer.MEMORY)


def from_prediction(descriptor: Descriptor, prediction: Prediction) -> Suggestion:
    """A suggestion from the model."""
    features = ", ".join(prediction.top_features) or phrase("no telling features")
    reason = phrase("Model ({percent}): {features}", percent=percent(prediction), features=features)
    return suggest(descriptor, prediction.code, prediction.confidence, reason, Layer.MODEL)


def percent(prediction: Prediction) -> str:
    """'62%'."""
    return f"{round(prediction.confidence * 100)}%"
