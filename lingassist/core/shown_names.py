"""The names shown for what the ledger stores in English, in a language of the window or
of a sentence: the Plaid PFC v2 categories (``resources/taxonomy/pfc_v2_<language>.csv``,
code → name) and the accounts LingAssist names itself ("Checking", "Cash", "Savings",
"Owed to me": ``resources/i18n/account_names_<language>.csv``).

The ledger keeps its category codes and account names unchanged; only what is shown
follows the language. A code or name a table does not hold (an account the person named,
a language without a table) is shown as stored. Adding a language is adding its files.
"""

from __future__ import annotations

import csv
from functools import lru_cache

from lingassist.core.resources import resource_path


def category_shown(code: str, stored: str, language: str) -> str:
    """The name of category `code` in `language` ("Café" for FOOD_AND_DRINK_COFFEE in
    French), else `stored` (its English name in the ledger)."""
    return _table("taxonomy", f"pfc_v2_{language}.csv").get(code, stored)


def merchant_shown(name: str) -> str:
    """A shop's name as typed, or with capitals when it was typed all in lower case
    ("netflix" → "Netflix", "amazon prime" → "Amazon Prime", "mcdonald's" → "Mcdonald's";
    "iCloud" stays): the ledger keeps what was typed."""
    if not name.islower():
        return name
    return " ".join(word[:1].upper() + word[1:] for word in name.split())


def account_shown(name: str, language: str) -> str:
    """The name of an account LingAssist named ("Checking") in `language` ("Compte
    courant"); an account the person named is shown as they wrote it."""
    return _table("i18n", f"account_names_{language}.csv").get(name, name)


def demo_text(text: str, language: str) -> str:
    """A description the demo ledger writes itself ("Visa card payment") in `language`
    ("Règlement de la carte Visa": ``resources/i18n/demo_texts_<language>.csv``), else as
    it is (English, and merchants' names)."""
    return _table("i18n", f"demo_texts_{language}.csv").get(text, text)


@lru_cache(maxsize=16)
def _table(folder: str, file_name: str) -> dict[str, str]:
    """The two columns of a names file as a mapping; empty when there is no such file
    (English, or a language without names yet)."""
    path = resource_path(folder, file_name)
    if not path.is_file():
        return {}
    with path.open(encoding="utf-8", newline="") as handle:
        return {row[0]: row[1] for row in list(csv.reader(handle))[1:] if len(row) == 2}
