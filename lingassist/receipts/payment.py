"""How the receipt was paid (its currency is read with its locale, `receipts.locale`)."""

from __future__ import annotations

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
    (
        "card",
        (
            "CREDIT CARD",
            "DEBIT CARD",
            "CARD",
            "KARTE",
            "EC-KARTE",
            "CC",
            "KARTENZAHLUNG",
            "CARTE BANCAIRE",
            "CB",
            "CARTA",
            "TARJETA",
            "PINNEN",
            "THE TIN DUNG",
        ),
    ),
    (
        "cash",
        (
            "CASH",
            "TUNAI",
            "BAR",
            "BARGELD",
            "ESPECES",
            "CONTANTI",
            "EFECTIVO",
            "CONTANT",
            "TIEN MAT",
        ),
    ),
)


def read_payment_method(lines: Sequence[TextLine]) -> Found[str] | None:
    """The most specific payment method named on the receipt (a card brand before cash)."""
    for method, phrases in METHODS:
        for line in lines:
            if any(has_phrase(line.text, phrase) for phrase in phrases):
                return Found(method, round(0.8 * line.confidence, 3), _boxes(line))
    return None


def _boxes(line: TextLine) -> tuple[tuple[int, int, int, int], ...]:
    box = line.box
    return (box,) if box is not None else ()
