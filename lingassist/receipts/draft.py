"""The values a receipt is read into, and the OCR lines it is read from."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Generic, Protocol, TypeVar

Box = tuple[int, int, int, int]
"""A rectangle in image pixels: (left, top, width, height)."""

T = TypeVar("T")


@dataclass(frozen=True)
class Word:
    """One word as OCR read it.

    Attributes:
        text: the characters read.
        confidence: how sure the OCR engine was, 0..1.
        box: where the word is in the image.
    """

    text: str
    confidence: float = 1.0
    box: Box = (0, 0, 0, 0)


@dataclass(frozen=True)
class TextLine:
    """One printed line of the receipt, in reading order.

    Attributes:
        text: the words joined by single spaces.
        words: the words with their confidences and boxes (empty for plain-text input).
    """

    text: str
    words: tuple[Word, ...] = ()

    @classmethod
    def of_words(cls, words: Sequence[Word]) -> TextLine:
        """A line made of `words`, left to right."""
        return cls(" ".join(word.text for word in words), tuple(words))

    @property
    def box(self) -> Box | None:
        """The rectangle around all the words, or None without words."""
        return union_box([word.box for word in self.words])

    def boxes_for_span(self, start: int, end: int) -> tuple[Box, ...]:
        """Boxes of the words overlapping characters `start:end` of `text`."""
        found: list[Box] = []
        position = 0
        for word in self.words:
            if position < end and start < position + len(word.text):
                found.append(word.box)
            position += len(word.text) + 1
        return tuple(found)

    def confidence_for_span(self, start: int, end: int) -> float:
        """Mean confidence of the words overlapping characters `start:end` (1.0 if none)."""
        values: list[float] = []
        position = 0
        for word in self.words:
            if position < end and start < position + len(word.text):
                values.append(word.confidence)
            position += len(word.text) + 1
        return sum(values) / len(values) if values else 1.0

    @property
    def confidence(self) -> float:
        """Mean word confidence (1.0 for plain-text input)."""
        if not self.words:
            return 1.0
        return sum(word.confidence for word in self.words) / len(self.words)


def union_box(boxes: Sequence[Box]) -> Box | None:
    """The smallest rectangle containing all `boxes`, or None when there are none."""
    if not boxes:
        return None
    left = min(box[0] for box in boxes)
    top = min(box[1] for box in boxes)
    right = max(box[0] + box[2] for box in boxes)
    bottom = max(box[1] + box[3] for box in boxes)
    return (left, top, right - left, bottom - top)


class WordLike(Protocol):
    """Any OCR word (such as `engines.ocr.OcrWord`): text, confidence 0..1 and a box."""

    @property
    def text(self) -> str: ...

    @property
    def confidence(self) -> float: ...

    @property
    def box(self) -> Box: ...


def lines_from_words(lines: Iterable[Iterable[WordLike]]) -> list[TextLine]:
    """Parser input from OCR lines of words (e.g. `OcrPage.lines()`), boxes kept."""
    return [
        TextLine.of_words([Word(word.text, word.confidence, _box(word.box)) for word in line])
        for line in lines
    ]


def _box(box: Sequence[int]) -> Box:
    left, top, width, height = box
    return (int(left), int(top), int(width), int(height))


@dataclass(frozen=True)
class Found(Generic[T]):
    """A field value with how sure the parser is and where it was read.

    Attributes:
        value: the value found.
        confidence: 0..1, combining OCR confidence and how well the evidence agrees.
        boxes: the image rectangles it was read from.
    """

    value: T
    confidence: float
    boxes: tuple[Box, ...] = ()


@dataclass(frozen=True)
class LineItem:
    """One purchased article.

    Attributes:
        description: the article as printed (OCR noise trimmed).
        quantity: how many, when printed; None otherwise.
        amount: the line's amount (quantity times unit price), in the receipt's currency.
    """

    description: str
    quantity: Decimal | None
    amount: Decimal


CONFIDENT_FROM = {"total": 0.7, "date": 0.6, "merchant": 0.8, "currency": 0.6}
"""The confidence from which a field is shown as read surely (not marked for checking).
Chosen on the tune half of the dev receipts (SROIE and wild-dev) so that fields shown as
sure are right at least 19 times in 20; below it the card asks the person to check it."""
DEFAULT_CONFIDENT_FROM = 0.6
SURE_BEFORE_SAVING = ("total", "date", "merchant")
CARD_FIELDS = ("merchant", "date", "total", "currency")
"""The fields that must all be sure for a receipt to be saved without being looked at."""


@dataclass(frozen=True)
class ReceiptDraft:
    """What was read from one receipt; every field may be None and is edited by a person.

    Attributes:
        merchant: the business name as printed (or the known merchant it matches).
        date: the purchase date.
        total: the amount actually paid, taxes included.
        subtotal: the amount before tax, when printed.
        tax: the tax (GST/VAT/sales tax) amount, when printed.
        currency: ISO 4217 code, from the receipt or the person's default currency.
        items: the purchased articles found.
        payment_method: "cash", "card", "visa", "mastercard", "amex", ... or None.
        confidence: per field name ("merchant", "date", "total", ...), 0..1.
        boxes: per field name, the image rectangles the value was read from.
    """

    merchant: str | None
    date: date | None
    total: Decimal | None
    subtotal: Decimal | None
    tax: Decimal | None
    currency: str
    items: tuple[LineItem, ...] = ()
    payment_method: str | None = None
    confidence: Mapping[str, float] = field(default_factory=dict)
    boxes: Mapping[str, tuple[Box, ...]] = field(default_factory=dict)

    def is_confident(self, name: str) -> bool:
        """True when field `name` ("merchant", "date", "total", "currency", …) was read
        and its confidence reaches `CONFIDENT_FROM` (a field without a confidence is
        doubtful)."""
        if getattr(self, name, None) is None:
            return False
        return self.confidence.get(name, 0.0) >= CONFIDENT_FROM.get(name, DEFAULT_CONFIDENT_FROM)

    def doubtful_fields(self, names: Sequence[str] = SURE_BEFORE_SAVING) -> tuple[str, ...]:
        """The fields among `names` that a person should check before saving."""
        return tuple(name for name in names if not self.is_confident(name))

    def doubtful(self) -> tuple[str, ...]:
        """Every field of the card (merchant, date, total, currency) to check."""
        return self.doubtful_fields(CARD_FIELDS)

    @property
    def found_nothing(self) -> bool:
        """True when neither a merchant, a date nor an amount was read (no receipt in view)."""
        return self.merchant is None and self.date is None and self.total is None
