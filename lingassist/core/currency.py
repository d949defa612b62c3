"""Currencies: ISO 4217 codes, their minor units, and the symbols people write."""

from __future__ import annotations

from functools import lru_cache

from lingassist.core.currency_data import MINOR_UNITS, SYMBOLS
from lingassist.core.errors import UnknownCurrency
from lingassist.core.phrases import phrase, quoted


@lru_cache(maxsize=1024)  # every Money checks its code: a 100k-line import makes 300k
def normalize_code(code: str) -> str:
    """Return the upper-case ISO 4217 code, or raise `UnknownCurrency`.

    >>> normalize_code(" eur ")
    'EUR'
    """
    cleaned = code.strip().upper()
    if cleaned not in MINOR_UNITS:
        raise UnknownCurrency(
            phrase(
                "{code} is not an ISO 4217 currency code (e.g. EUR, USD).",
                code=quoted(code.strip()),
            )
        )
    return cleaned


def is_currency_code(code: str) -> bool:
    """True when `code` (any case) is an ISO 4217 code."""
    return code.strip().upper() in MINOR_UNITS


def minor_digits(code: str) -> int:
    """Number of decimal digits of the currency's minor unit (EUR 2, JPY 0, KWD 3)."""
    return MINOR_UNITS[normalize_code(code)]


def currency_for_symbol(symbol: str, preferred: str | None = None) -> str | None:
    """The currency a written symbol stands for, or None if it is not a known symbol.

    A shared symbol ("$", "kr") means `preferred` (the person's own currency) when that is
    one of its currencies, else the most widely used one.
    """
    codes = SYMBOLS.get(symbol)
    if not codes:
        return None
    if preferred and preferred in codes:
        return preferred
    return codes[0]


def symbols_longest_first() -> tuple[str, ...]:
    """All known symbols, longest first, so "CA$" is tried before "$"."""
    return _SYMBOLS_LONGEST_FIRST


_SYMBOLS_LONGEST_FIRST = tuple(sorted(SYMBOLS, key=len, reverse=True))
