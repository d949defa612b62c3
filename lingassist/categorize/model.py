"""The learned layer: a linear classifier over character n-grams of the cleaned descriptor.

Features are character 3-5-grams of each word, the words themselves, the direction of
the money and its order of magnitude. Training uses scikit-learn (TF-IDF and a linear
SVM, about half a second on the seed); prediction is a few dot products over the fitted
weights, so one descriptor takes tens of microseconds and the weights explain the answer.
Confidence is a softmax of the SVM scores at a fixed temperature (not a calibrated
probability: treat it as a ranking score in 0..1).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

import numpy as np

from lingassist.categorize.normalize import normalize

_GRAM_SIZES = (3, 4, 5)
_WORD, _SIGN, _SIZE = "w=", "sign=", "size="
_USER_WEIGHT = 3.0
_TEMPERATURE = 6.0


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


@dataclass(frozen=True)
class Prediction:
    """What the model thinks.

    Attributes:
        code: the most likely category.
        confidence: its probability (0..1).
        top_features: the features that pushed most towards `code`, readable
            ("'pharm'", "word 'pharmacy'", "money out").
    """

    code: str
    confidence: float
    top_features: tuple[str, ...]


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

    def predict(self, description: str, amount: Decimal | None = None) -> Prediction:
        """The most likely category of a descriptor, its probability and why."""
        return self.predict_text(normalize(description).text, amount)

    def predict_text(self, text: str, amount: Decimal | None) -> Prediction:
        """Like `predict`, for text that is already normalized (`Descriptor.text`)."""
        columns, values = self._vector(features(text, amount))
        scores = values @ self.weights[columns] + self.intercept if columns else self.intercept
        return self._prediction(scores, columns, values)

    def predict_texts(self, items: Sequence[tuple[str, Decimal | None]]) -> list[Prediction]:
        """`predict_text` for many (normalized text, amount) pairs at once (faster)."""
        from scipy.sparse import csr_matrix

        vectors = [self._vector(features(text, amount)) for text, amount in items]
        indptr = np.cumsum([0, *(len(columns) for columns, _ in vectors)])
        indices = [column for columns, _ in vectors for column in columns]
        data = np.concatenate([values for _, values in vectors]) if indices else np.zeros(0)
        matrix = csr_matrix((data, indices, indptr), shape=(len(items), len(self.feature_names)))
        scores = np.asarray(matrix @ self.weights) + self.intercept
        return [self._prediction(scores[row], *vectors[row]) for row in range(len(items))]

    def _prediction(self, scores: np.ndarray, columns: list[int], values: np.ndarray) -> Prediction:
        """A prediction from one row of class scores."""
        if not columns:
            return Prediction(self.classes[0], 0.0, ())
        probabilities = _softmax(scores * _TEMPERATURE)
        best = int(np.argmax(probabilities))
        reasons = self._top_features(columns, values, best)
        return Prediction(self.classes[best], float(probabilities[best]), reasons)

    def _vector(self, found: list[str]) -> tuple[list[int], np.ndarray]:
        """Columns and l2-normalized sublinear TF-IDF values of known features."""
        columns, values = [], []
        for feature, count in Counter(found).items():
            column = self.vocabulary.get(feature)
            if column is not None:
                columns.append(column)
                values.append((1.0 + math.log(count)) * self.idf[column])
        vector = np.asarray(values, dtype=np.float32)
        norm = float(np.linalg.norm(vector))
        return columns, (vector / norm if norm else vector)

    def _top_features(self, columns: list[int], values: np.ndarray, best: int) -> tuple[str, ...]:
        """The three features that contributed most to class `best`, readable."""
        contributions = values * self.weights[columns, best]
        order = np.argsort(-contributions)
        found = [_readable(self.feature_names[columns[i]]) for i in order if contributions[i] > 0]
        return tuple(dict.fromkeys(found))[:3]


def features(text: str, amount: Decimal | None) -> list[str]:
    """The features of a normalized text and an amount."""
    found: list[str] = []
    for word in text.split():
        padded = f" {word} "
        found.append(_WORD + word)
        for size in _GRAM_SIZES:
            found.extend(padded[i : i + size] for i in range(len(padded) - size + 1))
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
    classifier = LinearSVC(C=0.5, tol=1e-2)
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


def _softmax(scores: np.ndarray) -> np.ndarray:
    """Probabilities from class scores."""
    shifted = np.exp(scores - scores.max())
    return shifted / shifted.sum()
