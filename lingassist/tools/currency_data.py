"""Generate ``lingassist/core/currency_data.py`` from Babel's CLDR/ISO 4217 data.

``core`` may import only the standard library, so the currency facts it needs (minor
units and the symbols people write) are generated here from Babel, a maintained source,
and committed. ``tests/core/test_currency_data.py`` fails when the committed module and
the installed Babel disagree; rerun ``python -m lingassist.tools.currency_data``.
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from datetime import date
from pathlib import Path
from pprint import pformat

import babel
from babel import Locale, UnknownLocaleError
from babel.core import get_global
from babel.languages import get_official_languages
from babel.numbers import get_currency_precision, get_territory_currencies, list_currencies

TARGET = Path(__file__).resolve().parents[1] / "core" / "currency_data.py"

# When one symbol stands for several currencies and the person's own currency is not
# among them, the most widely used one is meant.
PREFERRED_FOR_SHARED_SYMBOL = {
    "$": "USD",
    "¥": "JPY",
    "£": "GBP",
    "kr": "SEK",
    "Rs": "INR",
    "R$": "BRL",
    "₩": "KRW",
    "Fr.": "CHF",
    "₱": "PHP",
    "₨": "INR",
    "د.إ.\u200f": "AED",
}


def minor_units() -> dict[str, int]:
    """Every ISO 4217 code Babel knows, with its number of minor-unit digits."""
    return {code: get_currency_precision(code) for code in sorted(list_currencies())}


def current_tenders() -> dict[str, list[str]]:
    """Currency code -> the territories where it is legal tender today."""
    today = date.today()
    territories: dict[str, list[str]] = defaultdict(list)
    for territory in get_global("territory_currencies"):
        for code in get_territory_currencies(territory, today, tender=True):
            territories[code].append(territory)
    return territories


def symbols_of(code: str, territories: list[str]) -> set[str]:
    """The symbols written for a currency in English and in its own countries' languages."""
    found = {Locale("en").currency_symbols.get(code, code)}
    for territory in territories:
        for language in get_official_languages(territory)[:2]:
            try:
                found.add(Locale(language, territory).currency_symbols.get(code, code))
            except UnknownLocaleError:
                continue
    return {s.strip("\u200b\u200f") for s in found if is_written_symbol(s, code)}


def is_written_symbol(symbol: str, code: str) -> bool:
    """True for a symbol a person writes ("€", "RM", "CA$").

    Bare codes, blanks and single Latin letters ("K", "R": read as "thousand" or as words
    far more often than as money) are left out.
    """
    cleaned = symbol.strip().strip("\u200b\u200f")
    bare_code = re.fullmatch(r"[A-Z]{3}", cleaned)
    single_letter = re.fullmatch(r"[A-Za-z]", cleaned)
    return bool(cleaned) and cleaned != code and not bare_code and not single_letter


def symbol_table() -> dict[str, tuple[str, ...]]:
    """Symbol -> currency codes, preferred code first when the symbol is shared."""
    table: dict[str, set[str]] = defaultdict(set)
    for code, territories in current_tenders().items():
        for symbol in symbols_of(code, territories):
            table[symbol].add(code)
    ordered = {}
    for symbol, codes in sorted(table.items()):
        preferred = PREFERRED_FOR_SHARED_SYMBOL.get(symbol)
        ordered[symbol] = tuple(sorted(codes, key=lambda c: (c != preferred, c)))
    return ordered


def render() -> str:
    """The text of the generated module."""
    return (
        '"""ISO 4217 minor units and currency symbols, '
        f"generated from Babel {babel.__version__}.\n\n"
        "Do not edit: run ``python -m lingassist.tools.currency_data``.\n"
        '"""\n\n'
        f"MINOR_UNITS: dict[str, int] = {pformat(minor_units(), width=96, compact=True)}\n\n"
        f"SYMBOLS: dict[str, tuple[str, ...]] = {pformat(symbol_table(), width=96)}\n"
    )


def main() -> int:
    """Write the generated module and say where."""
    TARGET.write_text(render(), encoding="utf-8")
    print(f"wrote {TARGET}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
