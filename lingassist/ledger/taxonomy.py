"""Seeding categories from the Plaid PFC v2 taxonomy (``resources/taxonomy/pfc_v2.csv``).

Every category, primary ("FOOD_AND_DRINK") and detailed ("FOOD_AND_DRINK_COFFEE"), gets
its own income or expense account so that a posting names its category directly.
"""

from __future__ import annotations

import csv
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import func, insert, select

from lingassist.core.accounts import AccountKind, AccountType, CategoryDirection
from lingassist.core.resources import resource_path
from lingassist.ledger.inserts import insert_one
from lingassist.ledger.sessions import Session
from lingassist.ledger.tables import accounts, categories

INCOME_PRIMARIES = frozenset({"INCOME", "TRANSFER_IN", "LOAN_DISBURSEMENTS"})
TRANSFER_PRIMARIES = frozenset(
    {"TRANSFER_IN", "TRANSFER_OUT", "LOAN_DISBURSEMENTS", "LOAN_PAYMENTS"}
)
_SMALL_WORDS = {"and", "or", "of"}
_ACRONYMS = {"atm": "ATM", "tv": "TV", "bnpl": "BNPL", "ewa": "EWA"}


@dataclass(frozen=True)
class TaxonomyEntry:
    """One row of the taxonomy.

    Attributes:
        code: the category code.
        primary: its primary code (equal to `code` for a primary).
        name: display name derived from the code ("Coffee", "Food and drink").
    """

    code: str
    primary: str
    name: str


def load_taxonomy(path: Path | None = None) -> list[TaxonomyEntry]:
    """Primary and detailed categories, primaries first in file order."""
    with (path or resource_path("taxonomy", "pfc_v2.csv")).open(encoding="utf-8") as handle:
        rows = [(row["primary"], row["detailed"]) for row in csv.DictReader(handle)]
    primaries = list(dict.fromkeys(primary for primary, _ in rows))
    entries = [TaxonomyEntry(p, p, display_name(p)) for p in primaries]
    return entries + _disambiguated([TaxonomyEntry(d, p, display_name(d, p)) for p, d in rows])


def _disambiguated(entries: list[TaxonomyEntry]) -> list[TaxonomyEntry]:
    """Give detailed categories that share a name their primary in brackets:
    "Savings (transfer in)" and "Savings (transfer out)"."""
    counts = Counter(entry.name for entry in entries)
    return [
        TaxonomyEntry(e.code, e.primary, f"{e.name} ({display_name(e.primary).lower()})")
        if counts[e.name] > 1
        else e
        for e in entries
    ]


def display_name(code: str, primary: str | None = None) -> str:
    """A readable name: FOOD_AND_DRINK_COFFEE -> "Coffee", BANK_FEES_ATM_FEES -> "ATM fees".

    The primary's prefix is dropped from a detailed code; a bare "Other" names its primary
    ("INCOME_OTHER" -> "Other income"), and "OTHER_OTHER" is just "Other".
    """
    words = code.lower().split("_")
    if primary and code.startswith(primary + "_"):
        words = code[len(primary) + 1 :].lower().split("_")
        if words == primary.lower().split("_"):
            words = ["other"] if primary == "OTHER" else words
        elif words == ["other"]:
            words = ["other", *primary.lower().split("_")]
    named = [_ACRONYMS.get(word, word) for word in words]
    first = named[0] if named[0].isupper() else named[0].capitalize()
    return " ".join([first, *named[1:]])


def seed_categories(session: Session, currency: str) -> int:
    """Create the taxonomy's categories and their accounts if the ledger has none yet.

    Returns the number of categories created (0 when they already exist).
    """
    if session.scalar(select(func.count()).select_from(categories)):
        return 0
    now = datetime.now(UTC)
    entries = load_taxonomy()
    for entry in entries:
        direction = _direction(entry.primary)
        account_type = (
            AccountType.INCOME if direction is CategoryDirection.INCOME else AccountType.EXPENSE
        )
        account_id = insert_one(
            session,
            insert(accounts).values(
                name=f"category:{entry.code}",
                type=account_type,
                kind=AccountKind.CATEGORY,
                currency=currency,
                archived=False,
                created_at=now,
            ),
        )
        session.execute(
            insert(categories).values(
                code=entry.code,
                name=entry.name,
                primary_code=entry.primary,
                direction=direction,
                is_transfer=entry.primary in TRANSFER_PRIMARIES,
                is_user=False,
                account_id=account_id,
            )
        )
    return len(entries)


def _direction(primary: str) -> CategoryDirection:
    return CategoryDirection.INCOME if primary in INCOME_PRIMARIES else CategoryDirection.EXPENSE
