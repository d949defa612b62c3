"""The categorizer: user rules, merchant memory, the seed, the model, then "Uncategorized".

The first confident layer answers, with a reason a person can read. `learn` takes a
correction into memory at once (with its amount), so the same line is never filed wrongly
again; the model is retrained (by the services, in a worker) when corrections accumulate.
A model retrained on the person's lines also brings their habits (how they file what the
seed recognises, by size of amount), which answer before the seed, and it may overrule a
seed fact when its disagreement comes from those lines (`Model.remaps`).
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from lingassist.categorize.features import magnitude
from lingassist.categorize.habits import Habit
from lingassist.categorize.memory import Filing, MerchantMemory
from lingassist.categorize.normalize import Descriptor, normalize
from lingassist.categorize.rules import Rule, RuleInput, match
from lingassist.categorize.seed import BANK, SeedMatch, lookup
from lingassist.categorize.suggestion import (
    Layer,
    Suggestion,
    from_habit,
    from_memory,
    from_prediction,
    from_seed,
    percent,
    suggest,
)
from lingassist.categorize.taxonomy import (
    UNCATEGORIZED,
    UNCATEGORIZED_INCOME,
    category_name,
)
from lingassist.core.phrases import CategoryName, phrase

if TYPE_CHECKING:  # the model (NumPy, ~0.15 s to import) loads when it is trained or given
    from lingassist.categorize.model import Example, Model, Prediction

__all__ = ["Categorizer", "Layer", "Suggestion", "Thresholds"]

_CACHE_LIMIT = 50_000


@dataclass(frozen=True)
class Thresholds:
    """When a layer is confident enough to answer.

    Attributes:
        model: the model answers at or above this confidence.
        overrule: a model that learned from the person's own lines answers instead of a
            confident seed fact when it disagrees with at least this confidence.
        fallback_confidence: the confidence given to "Uncategorized".
        retrain_after: corrections after which `retrain_needed` becomes true.
    """

    model: float = 0.4
    overrule: float = 0.5
    fallback_confidence: float = 0.1
    retrain_after: int = 10


class Categorizer:
    """Layered categorization with explanations and immediate learning.

    Nothing slow happens in the constructor; the model is trained on first use (or
    given). With ``train_on_demand=False`` (the UI thread) a worker trains it and hands it
    over with `set_model` (`services.categorization.CategoryAdvisor.warm_up`).
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

    def learn(  # noqa: PLR0913 - one filing and its example
        self,
        merchant_key: str,
        code: str,
        *,
        description: str = "",
        amount: Decimal | None = None,
        day: date | None = None,
        ident: Hashable | None = None,
    ) -> None:
        """Take a correction at once: `merchant_key` is filed under `code` from now on
        (`ident`: the transaction corrected, whose earlier filing this replaces).

        With a description, it is also kept as an example for the next retraining.
        """
        self._memory.add(Filing(merchant_key, code, amount, day, ident))
        self.note_correction(code, description=description, amount=amount)

    def note_correction(
        self, code: str, *, description: str = "", amount: Decimal | None = None
    ) -> None:
        """Count a correction towards the next retraining (and keep its example) without
        filing anything: its filing reaches memory by `remember`."""
        if description:
            from lingassist.categorize.model import Example

            self._examples.append(Example(description, amount, code))
        self._corrections += 1
        self._clear_caches()

    def remember(self, filings: Iterable[Filing], unfiled: Iterable[Hashable] = ()) -> None:
        """Bring memory up to date with the ledger: `filings` were made (or made again),
        the transactions `unfiled` are no longer filed anywhere."""
        for ident in unfiled:
            self._memory.unfile(ident)
        for filing in filings:
            self._memory.add(filing)
        self._clear_caches()

    def retrain(self, examples: Iterable[Example] = ()) -> Model:
        """Train a new model on the seed, the corrections and `examples`; use it. Slow."""
        from lingassist.categorize.model import train_with_seed

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
            descriptor = normalize(description)
            found = self._early(descriptor, description, amount, account)
            if found is None:
                line = _Line(descriptor, amount)
                found = self._text_cache.get(line.text_key) or self._decide(line)
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
        """`categorize` for many (description, amount) pairs; the model runs once, batched.

        Each distinct line is normalized and looked up once; the lines that only the
        model can settle go through it in one sparse batch.
        """
        pairs = list(items)
        found: dict[tuple[str, Decimal | None, str], Suggestion] = {}
        waiting: dict[tuple[str, str, int, str], tuple[_Line, SeedMatch | None]] = {}
        lines: dict[tuple[str, Decimal | None, str], _Line] = {}
        for description, amount in pairs:
            cache_key = (description, amount, account)
            if cache_key in found or cache_key in lines:
                continue
            cached = self._cache.get(cache_key)
            if cached is None:
                descriptor = normalize(description)
                cached = self._early(descriptor, description, amount, account)
            if cached is not None:
                found[cache_key] = cached
                continue
            line = lines[cache_key] = _Line(descriptor, amount)
            known = self._text_cache.get(line.text_key)
            if known is not None:
                found[cache_key] = known
            elif line.text_key not in waiting:
                seed = line.seed()
                if not self._consult_model(seed):
                    assert seed is not None
                    found[cache_key] = self._from_seed(line, seed)
                    _remember(self._text_cache, line.text_key, found[cache_key])
                else:
                    waiting[line.text_key] = (line, seed)
        predictions = self._predict_many([line for line, _ in waiting.values()])
        for (text_key, (line, seed)), prediction in zip(waiting.items(), predictions, strict=True):
            _remember(self._text_cache, text_key, self._from_model(line, seed, prediction))
        for cache_key, line in lines.items():
            if cache_key not in found:
                found[cache_key] = self._text_cache.get(line.text_key) or self._decide(line)
        for cache_key, suggestion in found.items():
            _remember(self._cache, cache_key, suggestion)
        return [found[(description, amount, account)] for description, amount in pairs]

    def _predict_many(self, lines: list[_Line]) -> list[Prediction | None]:
        """The model's predictions for `lines`, batched (None each when it is off)."""
        if not lines or not self._model_available:
            return [None] * len(lines)
        items = [(x.text, x.amount, x.seed_code) for x in lines]
        return list(self._ensure_model().predict_texts(items))

    def _decide(self, line: _Line) -> Suggestion:
        """The seed, the model or the fallback for a line no cache holds, remembered by text."""
        found = self._from_knowledge(line, line.seed(), None)
        _remember(self._text_cache, line.text_key, found)
        return found

    def _early(
        self, descriptor: Descriptor, description: str, amount: Decimal | None, account: str
    ) -> Suggestion | None:
        """The person's own layers: a rule, then merchant memory (None when neither knows)."""
        if self._rules:
            item = RuleInput(description, descriptor.merchant, amount, account)
            rule = match(self._rules, item)
            if rule is not None:
                return suggest(
                    descriptor, rule.code, 1.0, phrase("Rule '{name}'", name=rule.name), Layer.RULE
                )
        recollection = self._memory.recall(
            descriptor.key, amount=amount, loose=not descriptor.known, brand=descriptor.known
        )
        if recollection is not None:
            return from_memory(descriptor, recollection)
        return None

    def _from_knowledge(
        self, line: _Line, seed: SeedMatch | None, prediction: Prediction | None
    ) -> Suggestion:
        """The seed, the model, or the fallback (the same for the same cleaned text)."""
        if not self._consult_model(seed):
            assert seed is not None
            return self._from_seed(line, seed)
        if prediction is None and self._model_available:
            prediction = self._ensure_model().predict_text(line.text, line.amount, line.seed_code)
        return self._from_model(line, seed, prediction)

    def _consult_model(self, seed: SeedMatch | None) -> bool:
        """Whether the model may change the answer: the seed knows nothing sure, or the
        model has learned from the person's own lines (and may overrule the seed)."""
        if seed is None or seed.entry.weak:
            return True
        model = self._model
        return self._use_model and model is not None and model.personal > 0

    def _from_model(
        self, line: _Line, seed: SeedMatch | None, prediction: Prediction | None
    ) -> Suggestion:
        """The model's answer, the seed's (or the person's habit with such lines), or the
        fallback.

        The person's habit with what the seed recognises comes first; then the seed
        answers unless the model disagrees and `_overrules` it; without a seed fact, the
        model answers when it is sure enough.
        """
        if seed is not None:
            habit = self._habit(line, seed)
            if habit is not None:
                return from_habit(line.descriptor, seed, habit)
            if prediction is None or not self._overrules(line, seed, prediction):
                return from_seed(line.descriptor, seed)
            return from_prediction(line.descriptor, prediction)
        if prediction is not None and prediction.confidence >= self._thresholds.model:
            return from_prediction(line.descriptor, prediction)
        return self._fallback(line, prediction)

    def _from_seed(self, line: _Line, seed: SeedMatch) -> Suggestion:
        """The seed's answer, unless the person habitually files such lines elsewhere."""
        habit = self._habit(line, seed)
        if habit is not None:
            return from_habit(line.descriptor, seed, habit)
        return from_seed(line.descriptor, seed)

    def _habit(self, line: _Line, seed: SeedMatch) -> Habit | None:
        """How the person files what the seed calls this, when it clearly differs."""
        model = self._model if self._use_model and seed.entry.tier != BANK else None
        return model.habits.differ(seed.entry.code, line.amount) if model else None

    def _overrules(self, line: _Line, seed: SeedMatch, prediction: Prediction) -> bool:
        """Whether a prediction that disagrees with the seed should answer instead.

        A weak hint gives way to a model at least as sure. A seed fact only gives way to
        a sure model whose disagreement comes from the person's own lines: what the seed
        calls this, the person filed elsewhere.
        """
        if prediction.code == seed.entry.code:
            return False
        if seed.entry.weak:
            return prediction.confidence >= max(seed.confidence, self._thresholds.model)
        model = self._model
        return (
            model is not None
            and prediction.confidence >= self._thresholds.overrule
            and model.remaps(seed.entry.code, line.amount, prediction.code)
        )

    @property
    def _model_available(self) -> bool:
        """The model may answer: it is switched on, and trained or allowed to train now.

        With ``train_on_demand=False`` (the app's UI thread) an untrained model is skipped
        rather than trained on the spot; a worker brings it in with `set_model`.
        """
        return self._use_model and (self._model is not None or self._train_on_demand)

    def _ensure_model(self) -> Model:
        """The model, trained on the seed and the known examples on first use."""
        if self._model is None:
            from lingassist.categorize.model import train_with_seed

            self._model = train_with_seed(self._examples)
        return self._model

    def _fallback(self, line: _Line, prediction: Prediction | None) -> Suggestion:
        """ "Uncategorized" with low confidence, keeping the model's guess as a hint."""
        code = UNCATEGORIZED_INCOME if line.sign > 0 else UNCATEGORIZED
        guess = prediction.code if prediction is not None else ""
        reason = phrase("Not sure")
        if prediction is not None:
            reason = phrase(
                "Not sure: the best guess, {category}, is only {percent}",
                category=CategoryName(guess, category_name(guess)),
                percent=percent(prediction),
            )
        confidence = self._thresholds.fallback_confidence
        return suggest(line.descriptor, code, confidence, reason, Layer.FALLBACK, guess)


class _Line:
    """One cleaned line on its way through the seed and the model."""

    __slots__ = ("amount", "descriptor", "seed_code", "sign", "text", "text_key")

    def __init__(self, descriptor: Descriptor, amount: Decimal | None) -> None:
        self.descriptor = descriptor
        self.amount = amount
        self.text = descriptor.text
        self.sign = _sign(amount)
        self.text_key = (descriptor.text, descriptor.key, self.sign, magnitude(amount))
        self.seed_code = ""

    def seed(self) -> SeedMatch | None:
        """The seed's fact about this line, if any (its code is kept for the model)."""
        found = lookup(self.descriptor, self.sign)
        self.seed_code = found.entry.code if found is not None else ""
        return found


def _remember(cache: dict, key: object, value: Suggestion) -> None:
    """Store in a bounded cache (emptied when full: statements repeat merchants a lot)."""
    if len(cache) >= _CACHE_LIMIT:
        cache.clear()
    cache[key] = value


def _sign(amount: Decimal | None) -> int:
    """-1 for money out, +1 for money in, 0 when unknown."""
    if amount is None or amount == 0:
        return 0
    return 1 if amount > 0 else -1
