"""The Plaid PFC v2 codes the categorizer may answer with, read lazily from the CSV."""

from __future__ import annotations

import csv
from functools import cache

from lingassist.core.resources import resource_path

UNCATEGORIZED = "OTHER_OTHER"
UNCATEGORIZED_INCOME = "INCOME_OTHER"


@cache
def _primary_by_code() -> dict[str, str]:
    """Every detailed and primary code mapped to its primary code."""
    path = resource_path("taxonomy", "pfc_v2.csv")
    with path.open(encoding="utf-8") as handle:
        rows = [(row["primary"], row["detailed"]) for row in csv.DictReader(handle)]
    found = {detailed: primary for primary, detailed in rows}
    found.update({primary: primary for primary, _ in rows})
    return found


def is_known_code(code: str) -> bool:
    """True when `code` is a PFC v2 primary or detailed code."""
    return code in _primary_by_code()


def primary_of(code: str) -> str:
    """The primary code of a PFC code; an unknown (user) code is its own primary."""
    return _primary_by_code().get(code, code)


def is_detailed(code: str) -> bool:
    """True for a detailed code ("FOOD_AND_DRINK_COFFEE"), false for a primary or user code."""
    return primary_of(code) != code


@cache
def category_name(code: str) -> str:
    """A readable name: "FOOD_AND_DRINK_COFFEE" -> "Coffee", "TRAVEL" -> "Travel"."""
    primary = primary_of(code)
    rest = code[len(primary) + 1 :] if code != primary and code.startswith(primary) else code
    words = rest.lower().replace("_", " ")
    return words[:1].upper() + words[1:]


@cache
def _codes_by_name() -> dict[str, str]:
    """Each PFC code under its readable names, in lower case: a primary's ("home
    improvement") and a detailed code's own part ("hardware", "gas stations")."""
    names: dict[str, str] = {}
    for code, primary in _primary_by_code().items():
        name = code.lower().replace("_", " ") if code == primary else category_name(code).lower()
        if not name.startswith("other"):  # "other" names no category of its own
            names.setdefault(name, code)
    return names


def pfc_code_named(words: str) -> str | None:
    """The PFC code whose name is `words` ("home improvement", "gas stations"), or None."""
    return _codes_by_name().get(" ".join(words.lower().split()))


def filing_code(code: str) -> str | None:
    """The detailed code to file an entry under for `code`: itself when detailed, else its
    primary's "other" code ("HOME_IMPROVEMENT" -> "HOME_IMPROVEMENT_OTHER_HOME_IMPROVEMENT");
    None for a code PFC does not know."""
    if is_detailed(code):
        return code
    others = [c for c, p in _primary_by_code().items() if p == code != c and "OTHER" in c]
    return others[0] if others else None
