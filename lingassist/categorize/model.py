"""The learned layer: a linear classifier over character n-grams of the cleaned descriptor.

Features are character 3-5-grams of each word, the words themselves, the direction of
the money and its order of magnitude. Training uses scikit-learn (TF-IDF and a linear
SVM, about half a second on the seed); prediction is a few dot products over the fitted
weights, so one descriptor takes tens of microseconds and the weights explain the answer.
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

from lingassist.categorize.normalize import normalize

_GRAM_SIZES = (3, 4, 5)
_WORD, _SIGN, _SIZE = "w=", "sign=", "size="
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
    """

    description: str
    amount: Decimal | None
    code: str
    weight: float = 1.0


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
    """

    classes: tuple[str, ...]
    vocabulary: dict[str, int]
    feature_names: tuple[str, ...]
    idf: np.ndarray
    weights: np.ndarray
    intercept: np.ndarray
    trained_on: int
    _word_columns: dict[str, tuple[int, ...]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def predict(self, description: str, amount: Decimal | None = None) -> Prediction:
        """The most likely category of a descriptor, its probability and why."""
        return self.predict_text(normalize(description).text, amount)

    def predict_text(self, text: str, amount: Decimal | None) -> Prediction:
        """Like `predict`, for text that is already normalized (`Descriptor.text`)."""
        found = self._columns(text, amount)
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

    def predict_texts(self, items: Sequence[tuple[str, Decimal | None]]) -> list[Prediction]:
        """`predict_text` for many (normalized text, amount) pairs at once (faster).

        The rows go through one sparse matrix: TF-IDF weighting, row normalization,
        class scores and the softmax are each one vectorized step over the batch.
        """
        from scipy.sparse import csr_matrix
        from sklearn.preprocessing import normalize as normalize_rows

        rows = [Counter(self._columns(text, amount)) for text, amount in items]
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

    def _columns(self, text: str, amount: Decimal | None) -> list[int]:
        """The columns of the known features of `text` and `amount` (repeats kept)."""
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
        for feature in (_SIGN + _direction(amount), _SIZE + magnitude(amount)):
            column = vocabulary.get(feature)
            if column is not None:
                found.append(column)
        return found

    def _word_feature_columns(self, word: str) -> tuple[int, ...]:
        """The columns of one word's known features, in the order `features` lists them."""
        get = self.vocabulary.get
        padded = f" {word} "
        found = [get(_WORD + word), *map(get, map(padded.__getitem__, _gram_slices(len(padded))))]
        return tuple(column for column in found if column is not None)

    def _top_features(self, columns: np.ndarray, values: np.ndarray, best: int) -> tuple[str, ...]:
        """The three features that contributed most to class `best`, readable."""
        contributions = values * self.weights[columns, best]
        found: list[str] = []
        for index in np.argsort(-contributions):
            if contributions[index] <= 0:
                break
            readable = _readable(self.feature_names[columns[index]])
            if readable not in found:
                found.append(readable)
                if len(found) == 3:
                    break
        return tuple(found)


def _tf(count: int) -> float:
    """Sublinear term frequency, as `TfidfVectorizer(sublinear_tf=True)` computes it."""
    return 1.0 if count == 1 else 1.0 + math.log(count)


@cache
def _gram_slices(length: int) -> tuple[slice, ...]:
    """The slices of a padded word of `length` characters that give its n-grams, in order."""
    return tuple(slice(i, i + size) for size in _GRAM_SIZES for i in range(length - size + 1))


def _word_features(word: str) -> list[str]:
    """The features of one word: the word itself and its character 3-5-grams."""
    padded = f" {word} "
    found = [_WORD + word]
    for size in _GRAM_SIZES:
        found.extend(padded[i : i + size] for i in range(len(padded) - size + 1))
    return found


def features(text: str, amount: Decimal | None) -> list[str]:
    """The features of a normalized text and an amount."""
    found = [feature for word in text.split() for feature in _word_features(word)]
    found.append(_SIGN + _direction(amount))
    found.append(_SIZE + magnitude(amount))
    return found


def train(examples: Sequence[Example]) -> Model:
    """Fit a model on labelled examples (the seed and the person's own transactions)."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.svm import LinearSVC

    vectorizer = TfidfVectorizer(analyzer=_identity, sublinear_tf=True)
    matrix = vectorizer.fit_transform([_example_features(e) for e in examples])
    labels = [e.code for e in examples]
    classifier = LinearSVC(C=_SVM_C, tol=1e-2, random_state=0)
    classifier.fit(matrix, labels, sample_weight=[e.weight for e in examples])
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
        trained_on=len(examples),
    )


def _identity(found: list[str]) -> list[str]:
    """The analyzer of the vectorizer: features are computed before."""
    return found


def _example_features(example: Example) -> list[str]:
    """Features of one example (the seed's are computed once per process)."""
    if example.weight == 1.0 and example.description in _seed_features():
        return _seed_features()[example.description]
    return features(normalize(example.description).text, example.amount)


@cache
def _seed_features() -> dict[str, list[str]]:
    """Features of the seed examples, keyed by their text (they carry sign only)."""
    return {e.description: features(e.description, e.amount) for e in seed_training_examples()}


def seed_training_examples() -> list[Example]:
    """Examples made from the built-in seed: one per phrase, with its direction of money."""
    from lingassist.categorize.seed import seed_examples

    return [Example(text, Decimal(sign), code) for text, sign, code in seed_examples()]


def train_with_seed(own: Iterable[Example] = ()) -> Model:
    """A model of the seed plus the person's own labelled transactions (weighted more)."""
    mine = [Example(e.description, e.amount, e.code, e.weight * _USER_WEIGHT) for e in own]
    return train([*seed_training_examples(), *mine])


def _direction(amount: Decimal | None) -> str:
    """'in', 'out' or 'unknown'."""
    if amount is None or amount == 0:
        return "unknown"
    return "in" if amount > 0 else "out"


def magnitude(amount: Decimal | None) -> str:
    """Order of magnitude of the amount: '0' (< 10), '1' (< 100), ... '4' (>= 10,000)."""
    if amount is None or amount == 0:
        return "?"
    return str(min(4, max(0, int(math.log10(abs(float(amount)))))))


def _readable(feature: str) -> str:
    """A feature as a person reads it."""
    if feature.startswith(_WORD):
        return f"word '{feature[len(_WORD) :]}'"
    if feature.startswith(_SIGN):
        return {"in": "money in", "out": "money out"}.get(feature[len(_SIGN) :], "no amount")
    if feature.startswith(_SIZE):
        return f"amount size {feature[len(_SIZE) :]}"
    return f"'{feature.strip()}'"
