"""Showing money and dates the way the person's locale writes them (Babel, CLDR data)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel.dates import format_date
from babel.numbers import format_currency

from lingassist.core.money import round_money


@lru_cache(maxsize=8)
def _locale(name: str) -> Locale:
    try:
        return Locale.parse(name)
    except (ValueError, UnknownLocaleError):
        return Locale.parse("en_US")


def money_text(amount: Decimal, currency: str, locale: str, *, signed: bool = False) -> str:
    """ "€1,234.56" / "1.234,56 €" / "-$3.20"; with `signed`, income shows a leading "+"."""
    text = format_currency(round_money(amount, currency), currency, locale=_locale(locale))
    return f"+{text}" if signed and amount > 0 else text


def date_text(day: date, locale: str, *, style: str = "medium") -> str:
    """ "Nov 20, 2026" / "20 Nov 2026" depending on the locale."""
    return format_date(day, format=style, locale=_locale(locale))
