"""What a receipt line says about the amounts on it: total, subtotal, tax, cash, change..."""

from __future__ import annotations

from enum import Enum

from lingassist.receipts.text import has_any, has_phrase, letter_tokens


class Label(Enum):
    """The role of a line's amounts, judged from its keywords."""

    STRONG_TOTAL = "strong_total"  # GRAND TOTAL, NETT TOTAL, TOTAL ... INCL GST, AMOUNT DUE
    TOTAL = "total"  # a plain TOTAL
    WEAK_TOTAL = "weak_total"  # AMOUNT, NETT, SALES on their own
    SUBTOTAL = "subtotal"
    TAX = "tax"
    TENDERED = "tendered"  # CASH, CARD, VISA, PAYMENT, RECEIVED
    CHANGE = "change"
    ROUNDING = "rounding"
    OTHER = "other"  # quantities, discounts, points, summaries: never the total


STRONG_TOTAL = (
    "GRAND TOTAL", "NETT TOTAL", "NET TOTAL", "ROUNDED TOTAL", "TOTAL ROUNDED",
    "AMT ROUNDED", "FINAL TOTAL", "TOTAL AMOUNT", "AMOUNT DUE", "TOTAL DUE", "BALANCE DUE",
    "TOTAL PAYABLE", "AMOUNT PAYABLE", "PAYABLE", "TO BE PAID", "TOTAL TO PAY",
    "INCLUSIVE", "INCL GST", "INC GST", "INCL OF GST", "INCL. TAX", "INCL VAT",
    "AMOUNT INCL", "TOTAL INCL", "TOTAL SALES", "JUMLAH",
    "SUMME", "GESAMT", "TOTAL TTC", "ZU ZAHLEN",
)  # fmt: skip
SUBTOTAL = ("SUBTOTAL", "SUB TOTAL", "SUB-TOTAL", "SUBTOTL", "ZWISCHENSUMME")
EXCLUDING = ("EXCL", "EXCLUDING", "BEFORE", "NETT OF TAX", "NET OF TAX", "TAXABLE", "NET AMT")
TAX = ("GST", "TAX", "VAT", "SST", "MWST", "TVA", "IVA")
TENDERED = (
    "CASH", "TENDERED", "TENDER", "RECEIVED", "PAYMENT", "PAID", "VISA", "MASTER",
    "MASTERCARD", "CARD", "CREDIT", "DEBIT", "AMEX", "BAR", "EC", "KARTE", "GIRO",
)  # fmt: skip
CHANGE = ("CHANGE", "BALANCE", "RETURN", "RUCKGELD", "KEMBALI", "WECHSELGELD")
ROUNDING = ("ROUNDING", "ROUND ADJ", "ROUNDING ADJ", "ADJUSTMENT", "RND ADJ")
OTHER = (
    "QTY", "QUANTITY", "ITEMS", "ITEM", "DISCOUNT", "DISC", "SAVING", "SAVINGS", "POINTS",
    "DEPOSIT", "SERVICE CHARGE", "VOUCHER", "COUNT", "TOTAL SV", "TOTAL GV",
)  # fmt: skip


def line_label(text: str) -> Label:
    """The role of the amounts on a line with this text."""
    for test, label in _RULES:
        if test(text):
            return label
    return Label.OTHER if has_any(text, OTHER) else _weak_or_none(text)


def _is_change(text: str) -> bool:
    if has_any(text, ("BALANCE DUE", "SERVICE")) or "CHARGE" in letter_tokens(text):
        return False
    return has_any(text, CHANGE)


def _is_rounding(text: str) -> bool:
    return has_any(text, ROUNDING) and not has_any(text, ("ROUNDED TOTAL", "TOTAL ROUNDED"))


def _is_subtotal(text: str) -> bool:
    return has_any(text, SUBTOTAL) or has_any(text, EXCLUDING)


def _is_strong_total(text: str) -> bool:
    if has_any(text, EXCLUDING):
        return False
    return has_any(text, STRONG_TOTAL) and not has_any(text, ("QTY", "ITEMS", "ITEM", "COUNT"))


def _is_tax(text: str) -> bool:
    return has_any(text, TAX) and not has_phrase(text, "TOTAL")


def _is_plain_total(text: str) -> bool:
    return has_phrase(text, "TOTAL") and not has_any(text, ("QTY", "ITEMS", "ITEM", "COUNT"))


def _is_tendered(text: str) -> bool:
    return has_any(text, TENDERED) and not has_any(text, ("CASHIER", "CASHTER", "CASHLER"))


def _is_explicit_tender(text: str) -> bool:
    return has_any(text, ("ACCEPTED", "TENDERED", "RECEIVED", "PAYMENT", "PAID BY"))


def _weak_or_none(text: str) -> Label:
    return Label.WEAK_TOTAL if has_any(text, ("AMOUNT", "NETT", "AMT")) else Label.OTHER


def _is_tax_total(text: str) -> bool:
    return has_any(text, ("TOTAL GST", "TOTAL TAX", "TOTAL VAT", "GST AMT", "TAX AMT"))


_RULES = (
    (_is_change, Label.CHANGE),
    (_is_tax_total, Label.TAX),
    (_is_rounding, Label.ROUNDING),
    (_is_subtotal, Label.SUBTOTAL),
    (_is_strong_total, Label.STRONG_TOTAL),
    (_is_tax, Label.TAX),
    (_is_explicit_tender, Label.TENDERED),
    (_is_plain_total, Label.TOTAL),
    (_is_tendered, Label.TENDERED),
)
