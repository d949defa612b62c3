"""The categorizer: user rules, merchant memory, the seed, the model, then "Uncategorized".

The first confident layer answers, with a reason a person can read. `learn` takes a
correction into memory at once, so the same merchant is never filed wrongly again; the
model is retrained (by the services, in a worker) when corrections accumulate.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from enum import StrEnum

from lingassist.categorize.memory import MerchantMemory, Recollection
from lingassist.categorize.model import Example, Model, Prediction, magnitude, train_with_seed
from lingassist.categorize.normalize import Descriptor, normalize
from lingassist.categorize.rules import Rule, RuleInput, match
from lingassist.categorize.seed import BANK, MERCHANT, SeedMatch, lookup
from lingassist.categorize.taxonomy import (
    UNCATEGORIZED,
    UNCATEGORIZED_INCOME,
    category_name,
    is_detailed,
    primary_of,
)

_CACHE_LIMIT = 50_000


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


@dataclass(frozen=True)
class Thresholds:
    """When a layer is confident enough to answer.

    Attributes:
        model: the model answers at or above this confidence.
        fallback_confidence: the confidence given to "Uncategorized".
        retrain_after: corrections after which `retrain_needed` becomes true.
    """

    model: float = 0.4
    fallback_confidence: float = 0.1
    retrain_after: int = 10


class Categorizer:
    """Layered categorization with explanations and immediate learning.

    Nothing slow happens in the constructor; the model is trained on first use (or
    given). Call `warm_up` from a worker before the first `categorize` on the UI thread.
    """

    def __init__(
        self,
        *,
        rules: Sequence[Rule] = (),
        memory: MerchantMemory | None = None,
        model: Model | None = None,
        examples: Iterable[Example] = (),
        thresholds: Thresholds | None = None,
        use_model: bool = True,
        train_on_demand: bool = True,
    ) -> None:
        self._rules = tuple(rules)
        self._memory = memory if memory is not None else MerchantMemory()
        self._model = model
        self._examples = list(examples)
        self._thresholds = thresholds or Thresholds()
        self._use_model = use_model
        self._train_on_demand = train_on_demand
        self._corrections = 0
        self._cache: dict[tuple[str, Decimal | None, str], Suggestion] = {}
        self._text_cache: dict[tuple[str, str, int, str], Suggestion] = {}
        self._predictions: dict[tuple[str, int, str], Prediction] = {}

    @property
    def rules(self) -> tuple[Rule, ...]:
        """The rules in the order they are tried."""
        return self._rules

    @property
    def memory(self) -> MerchantMemory:
        """The merchant memory (read it; change it through `learn`)."""
        return self._memory

    @property
    def retrain_needed(self) -> bool:
        """True when enough corrections arrived since the model was last trained."""
        return self._use_model and self._corrections >= self._thresholds.retrain_after

    def warm_up(self) -> None:
        """Train (or load) the model now; slow (about a second): call it from a worker."""
        self._ensure_model()
        self._clear_caches()

    def set_rules(self, rules: Sequence[Rule]) -> None:
        """Replace the rules (after the person edited them)."""
        self._rules = tuple(rules)
        self._clear_caches()

    def replace_memory(self, memory: MerchantMemory) -> None:
        """Use another merchant memory (re-read from the ledger after an undo)."""
        self._memory = memory
        self._clear_caches()

    def set_model(self, model: Model) -> None:
        """Use a model trained elsewhere (a worker), and reset the correction count."""
        self._model = model
        self._corrections = 0
        self._clear_caches()

    def learn(
        self,
        merchant_key: str,
        code: str,
        *,
        description: str = "",
        amount: Decimal | None = None,
    ) -> None:
        """Take a correction at once: `merchant_key` is filed under `code` from now on.

        With a description, it is also kept as an example for the next retraining.
        """
        self._memory.record(merchant_key, code)
        if description:
            self._examples.append(Example(description, amount, code))
        self._corrections += 1
        self._clear_caches()

    def retrain(self, examples: Iterable[Example] = ()) -> Model:
        """Train a new model on the seed, the corrections and `examples`; use it. Slow."""
        model = train_with_seed([*self._examples, *examples])
        self.set_model(model)
        return model

    def categorize(
        self, description: str, amount: Decimal | None = None, *, account: str = ""
    ) -> Suggestion:
        """The category of one transaction, with its confidence and reason."""
        cache_key = (description, amount, account)
        found = self._cache.get(cache_key)
        if found is None:
            found = self._decide(description, amount, account)
            _remember(self._cache, cache_key, found)
        return found

    def clear_caches(self) -> None:
        """Forget cached answers (they are also dropped on every change)."""
        self._clear_caches()

    def _clear_caches(self) -> None:
        self._cache.clear()
        self._text_cache.clear()

    def categorize_many(
        self, items: Iterable[tuple[str, Decimal | None]], *, account: str = ""
    ) -> list[Suggestion]:
        """`categorize` for many (description, amount) pairs; the model runs once, batched."""
        pairs = list(items)
        if self._model_available:
            self._predict_ahead([(normalize(text), amount) for text, amount in pairs])
        found = [self.categorize(text, amount, account=account) for text, amount in pairs]
        self._predictions.clear()
        return found

    def _predict_ahead(self, pairs: list[tuple[Descriptor, Decimal | None]]) -> None:
        """Batch-predict the lines that the seed cannot settle."""
        wanted = {
            (d.text, _sign(amount), magnitude(amount)): (d.text, amount)
            for d, amount in pairs
            if (seed := lookup(d, _sign(amount))) is None or seed.entry.weak
        }
        if wanted:
            found = self._ensure_model().predict_texts(list(wanted.values()))
            self._predictions.update(zip(wanted, found, strict=True))

    def _decide(self, description: str, amount: Decimal | None, account: str) -> Suggestion:
        """Ask each layer in turn."""
        descriptor = normalize(description)
        item = RuleInput(description, descriptor.merchant, amount, account)
        rule = match(self._rules, item)
        if rule is not None:
            return _suggest(descriptor, rule.code, 1.0, f"Rule '{rule.name}'", Layer.RULE)
        recollection = self._memory.recall(descriptor.key)
        if recollection is not None:
            return _from_memory(descriptor, recollection)
        text_key = (descriptor.text, descriptor.key, _sign(amount), magnitude(amount))
        found = self._text_cache.get(text_key)
        if found is None:
            found = self._from_knowledge(descriptor, amount)
            _remember(self._text_cache, text_key, found)
        return found

    def _from_knowledge(self, descriptor: Descriptor, amount: Decimal | None) -> Suggestion:
        """The seed, the model, or the fallback (the same for the same cleaned text)."""
        seed = lookup(descriptor, _sign(amount))
        if seed is not None and not seed.entry.weak:
            return _from_seed(descriptor, seed)
        return self._from_model(descriptor, amount, seed)

    def _from_model(
        self, descriptor: Descriptor, amount: Decimal | None, seed: SeedMatch | None
    ) -> Suggestion:
        """The model's answer, a weak seed hint, or the fallback."""
        prediction = self._predict(descriptor, amount)
        seed_confidence = seed.confidence if seed is not None else 0.0
        if prediction is not None and prediction.confidence >= max(
            self._thresholds.model, seed_confidence
        ):
            return _from_prediction(descriptor, prediction)
        if seed is not None:
            return _from_seed(descriptor, seed)
        return self._fallback(descriptor, amount, prediction)

    def _predict(self, descriptor: Descriptor, amount: Decimal | None) -> Prediction | None:
        """The model's prediction, or None when the model is switched off."""
        if not self._model_available:
            return None
        ahead = self._predictions.get((descriptor.text, _sign(amount), magnitude(amount)))
        return ahead or self._ensure_model().predict_text(descriptor.text, amount)

    @property
    def _model_available(self) -> bool:
        """The model may answer: it is switched on, and trained or allowed to train now.

        With ``train_on_demand=False`` (the app's UI thread) an untrained model is skipped
        rather than trained on the spot; `warm_up` in a worker brings it in.
        """
        return self._use_model and (self._model is not None or self._train_on_demand)

    def _ensure_model(self) -> Model:
        """The model, trained on the seed and the known examples on first use."""
        if self._model is None:
            self._model = train_with_seed(self._examples)
        return self._model

    def _fallback(
        self, descriptor: Descriptor, amount: Decimal | None, prediction: Prediction | None
    ) -> Suggestion:
        """ "Uncategorized" with low confidence, keeping the model's guess as a hint."""
        code = UNCATEGORIZED_INCOME if _sign(amount) > 0 else UNCATEGORIZED
        guess = prediction.code if prediction is not None else ""
        reason = "Not sure"
        if prediction is not None:
            reason += f": the best guess, {category_name(guess)}, is only {_percent(prediction)}"
        confidence = self._thresholds.fallback_confidence
        suggestion = _suggest(descriptor, code, confidence, reason, Layer.FALLBACK)
        return replace(suggestion, guess=guess)


def _remember(cache: dict, key: object, value: Suggestion) -> None:
    """Store in a bounded cache (emptied when full: statements repeat merchants a lot)."""
    if len(cache) >= _CACHE_LIMIT:
        cache.clear()
    cache[key] = value


def _suggest(
    descriptor: Descriptor, code: str, confidence: float, reason: str, layer: Layer
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
    )


def _from_memory(descriptor: Descriptor, recollection: Recollection) -> Suggestion:
    """A suggestion from the person's earlier choices."""
    name = descriptor.merchant or recollection.key
    category = category_name(recollection.code)
    plural = "transaction" if recollection.count == 1 else "transactions"
    reason = f"You filed {recollection.count} earlier {name} {plural} under {category}"
    if recollection.count < recollection.total:
        reason = f"Your latest choice for {name} was {category} ({reason[4:]})"
    if recollection.fuzzy:
        reason += f" (as '{recollection.key}', a near-identical name)"
    return _suggest(descriptor, recollection.code, recollection.confidence, reason, Layer.MEMORY)


def _from_seed(descriptor: Descriptor, seed: SeedMatch) -> Suggestion:
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
    return _suggest(descriptor, entry.code, seed.confidence, reason, Layer.SEED)


def _from_prediction(descriptor: Descriptor, prediction: Prediction) -> Suggestion:
    """A suggestion from the model."""
    features = ", ".join(prediction.top_features) or "no telling features"
    reason = f"Model ({_percent(prediction)}): {features}"
    return _suggest(descriptor, prediction.code, prediction.confidence, reason, Layer.MODEL)


def _percent(prediction: Prediction) -> str:
    """'62%'."""
    return f"{round(prediction.confidence * 100)}%"


def _sign(amount: Decimal | None) -> int:
    """-1 for money out, +1 for money in, 0 when unknown."""
    if amount is None or amount == 0:
        return 0
    return 1 if amount > 0 else -1
