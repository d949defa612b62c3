"""The learned layer: a linear classifier over character n-grams of the cleaned descriptor.

Features (`features.py`) are character 3-5-grams of each word, the words themselves, the
direction of the money, its order of magnitude and what the seed said about the line.
Training uses scikit-learn (TF-IDF and a linear SVM, about half a second on the seed);
prediction is a few dot products over the fitted weights, so one descriptor takes tens
of microseconds and the weights explain the answer.
Each word's feature columns are cached on the model, a batch goes through one sparse
matrix, and the readable explanation is only worked out when asked for.
Confidence is a softmax of the SVM scores at a fixed temperature (not a calibrated
probability: treat it as a ranking score in 0..1).
"""

from __future__ import annotations

import itertools
import math
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache, cached_property
from itertools import chain

import numpy as np

from lingassist.categorize.features import (
    WORD,
    amount_features,
    direction,
    features,
    gram_slices,
    magnitude,
    readable,
    seed_features,
)
from lingassist.categorize.habits import Habits
from lingassist.categorize.normalize import Descriptor, normalize
from lingassist.categorize.seed import BANK, SeedMatch, lookup, seed_examples

__all__ = ["Example", "Model", "Prediction", "features", "magnitude", "train", "train_with_seed"]

_USER_WEIGHT = 3.0
_SVM_C = 0.5
_TEMPERATURE = 6.0
_WORD_CACHE_LIMIT = 100_000


@dataclass(frozen=True)
class Example:
    """One labelled descriptor to learn from.

    Attributes:
        description: the descriptor as the bank (or the person) wrote it.
        amount: signed amount (negative = money out), or None when unknown.
        code: the category it belongs to.
        weight: how much it counts; the person's own transactions count more than the seed.
        count: how many of the person's lines it stands for (see `fold_repeats`).
    """

    description: str
    amount: Decimal | None
    code: str
    weight: float = 1.0
    count: int = 1


class Prediction:
    """What the model thinks.

    Attributes:
        code: the most likely category.
        confidence: its probability (0..1).
        top_features: the features that pushed most towards `code`, readable
            ("'pharm'", "word 'pharmacy'", "money out"); worked out on first access,
            so a prediction that ends in the fallback never pays for its explanation.
    """

    __slots__ = ("_explain", "_top", "code", "confidence")

    def __init__(
        self,
        code: str,
        confidence: float,
        top_features: tuple[str, ...] = (),
        *,
        explain: Callable[[], tuple[str, ...]] | None = None,
    ) -> None:
        self.code = code
        self.confidence = confidence
        self._top: tuple[str, ...] | None = None if explain is not None else tuple(top_features)
        self._explain = explain

    @property
    def top_features(self) -> tuple[str, ...]:
        """The readable features behind `code` (computed once, when first asked)."""
        if self._top is None:
            assert self._explain is not None
            self._top, self._explain = self._explain(), None
        return self._top

    def _key(self) -> tuple[str, float, tuple[str, ...]]:
        return (self.code, self.confidence, self.top_features)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Prediction):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        return f"Prediction(code={self.code!r}, confidence={self.confidence!r})"


@dataclass(frozen=True)
class Model:
    """A trained classifier, frozen: retraining makes a new one.

    Attributes:
        classes: category codes, in the order of the weight columns.
        vocabulary: feature -> column of `weights`.
        feature_names: column -> feature (the inverse of `vocabulary`).
        idf: inverse document frequency per feature.
        weights: (features x classes) float32 weights.
        intercept: per class.
        trained_on: number of examples it learned from.
        personal: how many of them were the person's own (0: the seed alone).
        habits: how the person files what the seed recognises (from their own lines).
    """

    classes: tuple[str, ...]
    vocabulary: dict[str, int]
    feature_names: tuple[str, ...]
    idf: np.ndarray
    weights: np.ndarray
    intercept: np.ndarray
    trained_on: int
    personal: int = 0
    habits: Habits = field(default_factory=Habits, compare=False)
    _word_columns: dict[str, tuple[int, ...]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def predict(self, description: str, amount: Decimal | None = None) -> Prediction:
        """The most likely category of a descriptor, its probability and why."""
        descriptor = normalize(description)
        return self.predict_text(descriptor.text, amount, _seed_code(descriptor, amount))

    def predict_text(self, text: str, amount: Decimal | None, seed_code: str = "") -> Prediction:
        """Like `predict`, for text that is already normalized (`Descriptor.text`) and the
        code the seed gave the line ("" for none)."""
        found = self._columns(text, amount, seed_code)
        if not found:
            return Prediction(self.classes[0], 0.0)
        if len(set(found)) == len(found):
            columns = np.array(found, dtype=np.intp)
            vector = self.idf.take(columns)
        else:  # a repeated feature: sublinear term frequency
            counts = Counter(found)
            columns = np.array(list(counts), dtype=np.intp)
            tf = np.array([_tf(n) for n in counts.values()], dtype=np.float32)
            vector = self.idf.take(columns) * tf
        norm = math.sqrt(float(vector @ vector)) or 1.0
        scores = (vector @ self.weights.take(columns, axis=0)) * (_TEMPERATURE / norm)
        scores += self._intercept_t
        best = int(scores.argmax())
        confidence = float(1.0 / np.exp(scores - scores[best]).sum())
        return self._prediction(best, confidence, columns, vector / norm)

    def predict_texts(
        self, items: Sequence[tuple[str, Decimal | None] | tuple[str, Decimal | None, str]]
    ) -> list[Prediction]:
        """`predict_text` for many (normalized text, amount[, seed code]) at once (faster).

        The rows go through one sparse matrix: TF-IDF weighting, row normalization,
        class scores and the softmax are each one vectorized step over the batch.
        """
        from scipy.sparse import csr_matrix
        from sklearn.preprocessing import normalize as normalize_rows

        rows = [Counter(self._columns(*item)) for item in items]
        if not rows:
            return []
        indptr = np.cumsum([0, *map(len, rows)])
        indices = np.fromiter(chain.from_iterable(rows), dtype=np.int32, count=int(indptr[-1]))
        counts = np.fromiter(
            chain.from_iterable(row.values() for row in rows),
            dtype=np.float32,
            count=int(indptr[-1]),
        )
        data = (1.0 + np.log(counts)) * self.idf[indices]
        shape = (len(rows), len(self.feature_names))
        matrix = normalize_rows(csr_matrix((data, indices, indptr), shape=shape), copy=False)
        scores = np.asarray(matrix @ self.weights) + self.intercept
        shifted = np.exp((scores - scores.max(axis=1, keepdims=True)) * _TEMPERATURE)
        best = shifted.argmax(axis=1)
        confidence = shifted[np.arange(len(rows)), best] / shifted.sum(axis=1)
        found = []
        for row, (start, end) in enumerate(itertools.pairwise(indptr)):
            if start == end:
                found.append(Prediction(self.classes[0], 0.0))
                continue
            columns, values = matrix.indices[start:end], matrix.data[start:end]
            found.append(self._prediction(int(best[row]), float(confidence[row]), columns, values))
        return found

    @cached_property
    def _intercept_t(self) -> np.ndarray:
        """The intercept at the softmax temperature."""
        return self.intercept * np.float32(_TEMPERATURE)

    def _prediction(
        self, best: int, confidence: float, columns: np.ndarray, values: np.ndarray
    ) -> Prediction:
        """A prediction for class `best`, explained lazily by its top features."""
        return Prediction(
            self.classes[best],
            confidence,
            explain=lambda: self._top_features(columns, values, best),
        )

    def clear_cache(self) -> None:
        """Forget the per-word feature columns cached by earlier predictions."""
        self._word_columns.clear()

    def _columns(self, text: str, amount: Decimal | None, seed_code: str = "") -> list[int]:
        """The columns of the known features of a line (repeats kept)."""
        cache = self._word_columns
        found: list[int] = []
        for word in text.split():
            columns = cache.get(word)
            if columns is None:
                columns = self._word_feature_columns(word)
                if len(cache) >= _WORD_CACHE_LIMIT:
                    cache.clear()
                cache[word] = columns
            found.extend(columns)
        vocabulary = self.vocabulary
        for feature in (*amount_features(amount), *seed_features(seed_code, amount)):
            column = vocabulary.get(feature)
            if column is not None:
                found.append(column)
        return found

    def _word_feature_columns(self, word: str) -> tuple[int, ...]:
        """The columns of one word's known features, in the order `word_features` lists them
        (built inline: this runs for every word of every never-seen line)."""
        get = self.vocabulary.get
        padded = f" {word} "
        found = [get(WORD + word), *map(get, map(padded.__getitem__, gram_slices(len(padded))))]
        return tuple(column for column in found if column is not None)

    def remaps(self, seed_code: str, amount: Decimal | None, code: str) -> bool:
        """True when the person's own lines taught the model to file what the seed calls
        `seed_code` (at this size of amount) under `code` rather than `seed_code`."""
        columns = [self.vocabulary.get(f) for f in seed_features(seed_code, amount)]
        found = np.array([c for c in columns if c is not None], dtype=np.intp)
        if not found.size or code not in self.classes or seed_code not in self.classes:
            return False
        to, was = self.classes.index(code), self.classes.index(seed_code)
        pull = self.idf[found] @ (self.weights[found, to] - self.weights[found, was])
        return bool(pull > 0)

    def _top_features(self, columns: np.ndarray, values: np.ndarray, best: int) -> tuple[str, ...]:
        """The three features that contributed most to class `best`, readable."""
        contributions = values * self.weights[columns, best]
        found: list[str] = []
        for index in np.argsort(-contributions):
            if contributions[index] <= 0:
                break
            name = readable(self.feature_names[columns[index]])
            if name not in found:
                found.append(name)
                if len(found) == 3:
                    break
        return tuple(found)


def _tf(count: int) -> float:
    """Sublinear term frequency, as `TfidfVectorizer(sublinear_tf=True)` computes it."""
    return 1.0 if count == 1 else 1.0 + math.log(count)


def train(examples: Sequence[Example], *, seed: Sequence[Example] = ()) -> Model:
    """Fit a model on the person's labelled transactions and the `seed` phrases.

    The person's lines carry every feature (amount size, what the seed said about them);
    a seed phrase is a bare name with a direction of money, so it carries words and sign.
    """
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.svm import LinearSVC

    facts = [_seed_fact(normalize(e.description), e.amount) for e in examples]
    seed_codes = [fact.entry.code if fact else "" for fact in facts]
    own = [_own_features(e, code) for e, code in zip(examples, seed_codes, strict=True)]
    rows = [*map(_seed_example_features, seed), *own]
    everything = [*seed, *examples]
    vectorizer = TfidfVectorizer(analyzer=_identity, sublinear_tf=True)
    matrix = vectorizer.fit_transform(rows)
    classifier = LinearSVC(C=_SVM_C, tol=1e-2, random_state=0)
    classifier.fit(matrix, [e.code for e in everything], sample_weight=_weights(everything))
    coef, intercept = classifier.coef_, classifier.intercept_
    if len(classifier.classes_) == 2:  # one score column: make it two, one per class
        coef, intercept = np.vstack([-coef, coef]), np.concatenate([-intercept, intercept])
    vocabulary = {str(k): int(v) for k, v in vectorizer.vocabulary_.items()}
    names = [""] * len(vocabulary)
    for feature, column in vocabulary.items():
        names[column] = feature
    return Model(
        classes=tuple(str(c) for c in classifier.classes_),
        vocabulary=vocabulary,
        feature_names=tuple(names),
        idf=vectorizer.idf_.astype(np.float32),
        weights=np.ascontiguousarray(coef.T, dtype=np.float32),
        intercept=np.asarray(intercept, dtype=np.float32),
        trained_on=len(everything),
        personal=len(examples),
        habits=Habits.learn(
            (fact.entry.code, e.amount, e.code, e.count)
            for e, fact in zip(examples, facts, strict=True)
            if fact is not None and fact.entry.tier != BANK
        ),
    )


def _weights(examples: Sequence[Example]) -> list[float]:
    """Sample weights: each example's own weight."""
    return [e.weight for e in examples]


def _identity(found: list[str]) -> list[str]:
    """The analyzer of the vectorizer: features are computed before."""
    return found


def _own_features(example: Example, seed_code: str) -> list[str]:
    """Features of one of the person's lines: its words, amount and the seed's code."""
    return features(normalize(example.description).text, example.amount, seed_code)


def _seed_code(descriptor: Descriptor, amount: Decimal | None) -> str:
    """The code the seed gives a cleaned line ("" when it knows nothing about it)."""
    found = _seed_fact(descriptor, amount)
    return found.entry.code if found is not None else ""


def _seed_fact(descriptor: Descriptor, amount: Decimal | None) -> SeedMatch | None:
    """The seed's fact about a cleaned line with this amount, if any."""
    sign = 0 if amount is None or amount == 0 else (1 if amount > 0 else -1)
    return lookup(descriptor, sign)


def _seed_example_features(example: Example) -> list[str]:
    """Features of one seed phrase (computed once per process)."""
    found = _seed_features().get((example.description, example.amount))
    if found is None:
        found = features(example.description, example.amount, with_size=False)
    return found


@cache
def _seed_features() -> dict[tuple[str, Decimal | None], list[str]]:
    """Features of the seed examples, keyed by their text and sign."""
    return {
        (e.description, e.amount): features(e.description, e.amount, with_size=False)
        for e in seed_training_examples()
    }


def seed_training_examples() -> list[Example]:
    """Examples made from the built-in seed: one per phrase, with its direction of money."""
    return [Example(text, Decimal(sign), code) for text, sign, code in seed_examples()]


def train_with_seed(own: Iterable[Example] = ()) -> Model:
    """A model of the seed plus the person's own labelled transactions (weighted more,
    repeats folded by `fold_repeats`)."""
    mine = [
        Example(e.description, e.amount, e.code, e.weight * _USER_WEIGHT, e.count)
        for e in fold_repeats(own)
    ]
    return train(mine, seed=seed_training_examples())


def fold_repeats(examples: Iterable[Example]) -> list[Example]:
    """The examples with repeats folded into one: lines that give the model the same
    features (cleaned text, direction and size of the money) and the same answer.

    A ledger of years holds the same few hundred merchants thousands of times; training
    on each repeat costs minutes at 100,000 lines and teaches nothing new. A folded
    example counts 1 + ln(repeats) times (a merchant bought from every week counts more
    than a one-off, not hundreds of times more) and keeps the number of lines for the
    habits. First-seen order is kept.
    """
    folded: dict[tuple[str, str, str, str], list[Example]] = {}
    for example in examples:
        text = normalize(example.description).text
        key = (text, direction(example.amount), magnitude(example.amount), example.code)
        folded.setdefault(key, []).append(example)
    return [
        Example(
            group[0].description,
            group[0].amount,
            group[0].code,
            sum(e.weight for e in group) / len(group) * (1.0 + math.log(len(group))),
            sum(e.count for e in group),
        )
        for group in folded.values()
    ]
