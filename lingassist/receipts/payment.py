"""How the receipt was paid, and in which currency it is written."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from lingassist.receipts.draft import Found, TextLine
from lingassist.receipts.text import has_phrase

METHODS = (
    ("visa", ("VISA",)),
    ("mastercard", ("MASTERCARD", "MASTER CARD", "MASTER")),
    ("amex", ("AMEX", "AMERICAN EXPRESS")),
    ("maestro", ("MAESTRO",)),
    ("girocard", ("GIROCARD",)),
    ("e-wallet", ("EWALLET", "E-WALLET", "TOUCH N GO", "GRABPAY", "BOOST", "PAYPAL")),
    ("card", ("CREDIT CARD", "DEBIT CARD", "CARD", "KARTE", "EC-KARTE", "CC")),
    ("cash", ("CASH", "TUNAI", "BAR", "BARGELD", "ESPECES")),
)
_CURRENCY_MARKS = (
    ("MYR", re.compile(r"(?<![A-Z])(?:RM|MYR)(?![A-Z])", re.IGNORECASE)),
    ("EUR", re.compile(r"€|(?<![A-Z])EUR(?![A-Z])")),
    ("GBP", re.compile(r"£|(?<![A-Z])GBP(?![A-Z])")),
    ("SGD", re.compile(r"S\$|(?<![A-Z])SGD(?![A-Z])")),
    ("USD", re.compile(r"(?<![A-Z])US\$|(?<![A-Z])USD(?![A-Z])")),
    ("IDR", re.compile(r"(?<![A-Za-z])(?:Rp|IDR)(?![A-Za-z])")),
    ("CHF", re.compile(r"(?<![A-Z])CHF(?![A-Z])")),
    ("JPY", re.compile(r"¥|(?<![A-Z])JPY(?![A-Z])")),
)
_DOLLAR = re.compile(r"\$\s?\d")


def read_payment_method(lines: Sequence[TextLine]) -> Found[str] | None:
    """The most specific payment method named on the receipt (a card brand before cash)."""
    for method, phrases in METHODS:
        for line in lines:
            if any(has_phrase(line.text, phrase) for phrase in phrases):
                return Found(method, round(0.8 * line.confidence, 3), _boxes(line))
    return None


def read_currency(lines: Sequence[TextLine], default: str) -> Found[str]:
    """The currency most often marked on the receipt; `default` when none is."""
    counts: Counter[str] = Counter()
    for line in lines:
        for code, pattern in _CURRENCY_MARKS:
            counts[code] += len(pattern.findall(line.text))
        if _DOLLAR.search(line.text):
            counts[default if default in _DOLLAR_CURRENCIES else "USD"] += 1
    code, count = counts.most_common(1)[0] if counts else (default, 0)
    if count == 0:
        return Found(default, 0.5)
    return Found(code, min(1.0, 0.6 + 0.1 * count))


_DOLLAR_CURRENCIES = ("USD", "CAD", "AUD", "NZD", "SGD", "HKD", "TWD", "MXN")


def _boxes(line: TextLine) -> tuple[tuple[int, int, int, int], ...]:
    box = line.box
    return (box,) if box is not None else ()
