"""Showing money and dates the way the person's locale writes them (Babel, CLDR data).

Babel is imported at the first text it writes, not with this module: the command line
imports it with the ledger's services, and most commands show no amount or date in the
person's locale (~0.01 s).
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from functools import lru_cache
from typing import TYPE_CHECKING

from lingassist.core.money import round_money

if TYPE_CHECKING:
    from babel import Locale


@lru_cache(maxsize=8)
def _locale(name: str) -> Locale:
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse(name)
    except (ValueError, UnknownLocaleError):
        return Locale.parse("en_US")


def money_text(amount: Decimal, currency: str, locale: str, *, signed: bool = False) -> str:
    """ "€1,234.56" / "1.234,56 €" / "-$3.20"; with `signed`, income shows a leading "+"."""
    from babel.numbers import format_currency

    text = format_currency(round_money(amount, currency), currency, locale=_locale(locale))
    return f"+{text}" if signed and amount > 0 else text


def axis_scale(largest: Decimal, locale: str) -> tuple[int, str]:
    """How a chart's value axis writes amounts up to `largest`: (divide by, suffix).

    Millions of dong read "5 Tr" in vi_VN and "5M" in en_US, hundreds of thousands "500K";
    below 100,000 (most amounts in euros) the plain number, (1, ""). The suffix is CLDR's
    compact form with plain spaces (QtCharts draws a no-break space as a box); a locale
    without one for that size keeps plain numbers.
    """
    from babel.numbers import format_compact_decimal

    for scale, floor in ((10**9, 10**9), (10**6, 10**6), (10**3, 10**5)):
        if largest >= floor:
            suffix = format_compact_decimal(scale, locale=_locale(locale))[1:]
            if suffix and not suffix.strip().isdigit():
                return scale, suffix.replace("\xa0", " ").replace("\u202f", " ")
    return 1, ""


def date_text(day: date, locale: str, *, style: str = "medium") -> str:
    """ "Nov 20, 2026" / "20 Nov 2026" depending on the locale."""
    from babel.dates import format_date  # its import reads the system's time zone (~25 ms)

    return format_date(day, format=style, locale=_locale(locale))


_SAYS_WHEN = re.compile(
    r"(?:last|this|next|the|so\s+far|since|from|between|today|yesterday|tonight|earlier)\b", re.I
)


def during(label: str) -> str:
    """ "in November 2026", but "last week", "this month so far", "since 2026-11-01": a
    period's label after a verb, with "in" only where English wants one."""
    return label if _SAYS_WHEN.match(label) else f"in {label}"
