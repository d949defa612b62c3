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
