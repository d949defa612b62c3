"""Which bank lines are the same purchase as an entry the person captured earlier.

A line fits an entry when the entry paid the same amount (or, for a card payment abroad,
the same amount in the currency the line says it was made in) in the same direction,
within `MATCH_DAYS` days, at a merchant whose normalised name is similar, from the
account being imported or the person's default account (an entry in another currency
may come from any account: the ledger could not have recorded it on this one).

Matching must never merge two different real purchases: the closest fits are taken
first, and when two entries fit a line about equally well (names as alike, dates a day
apart or less), or two different lines fit one entry so, nothing is matched and the
preview asks.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from lingassist.categorize.normalize import normalize
from lingassist.core.bank_lines import BankLine
from lingassist.ledger.bank_imports import Candidate, Leg
from lingassist.ledger.repository import merchant_key

MATCH_DAYS = 4  # a bank books a card payment up to this many days after (or before) it
MIN_SIMILARITY = 80  # rapidfuzz WRatio of the normalised merchant names, 0..100
SAME_NAME = 90  # from here on the names are the same merchant ("Amazon" / "Amazon Marketplace")
TIE_DAYS = 1  # fits this close in days (with names as alike) are equally good


@dataclass(frozen=True)
class Fit:
    """An entry that a line may be.

    Attributes:
        candidate: the entry.
        leg: its posting that paid (or received) the money.
        days: days between the line's date and the entry's.
        similarity: how alike the merchant names are (0..100).
        foreign: the entry is in the currency of the line's `original` amount.
    """

    candidate: Candidate
    leg: Leg
    days: int
    similarity: int
    foreign: bool

    @property
    def same_name(self) -> bool:
        """The names are the same merchant's, not only alike."""
        return self.similarity >= SAME_NAME

    def sort_key(self) -> tuple[int, bool, int, int]:
        """Closest in time first, then the same name, then most alike, then oldest entry."""
        return (self.days, not self.same_name, -self.similarity, self.candidate.transaction_id)

    def ties(self, other: Fit) -> bool:
        """Whether `other` fits about as well as this one, so that neither may be chosen: as
        alike a name, and a day apart or less (a bank books a payment a day late or not)."""
        return self.same_name == other.same_name and abs(self.days - other.days) <= TIE_DAYS


@dataclass(frozen=True)
class Matching:
    """The outcome for the lines considered.

    Attributes:
        matched: position of a line -> the entry it is merged into.
        unsure: position of a line -> the entries that fit it equally (not matched).
    """

    matched: dict[int, Fit]
    unsure: dict[int, tuple[Fit, ...]]


def find_matches(
    lines: dict[int, BankLine],
    candidates: Sequence[Candidate],
    *,
    accounts: set[str],
    keys: dict[int, str],
) -> Matching:
    """Match `lines` (position -> line) with `candidates`.

    Args:
        accounts: names (lower case) of the accounts an entry in the line's own currency
            may have been paid from: the imported one and the person's default.
        keys: position -> import key, to tell identical lines (either may take an entry)
            from different ones (which must not compete for one entry).
    """
    index = _by_amount(candidates)
    fits = {p: f for p, line in lines.items() if (f := _fits(line, index, accounts))}
    order = sorted(fits, key=lambda p: fits[p][0].sort_key())
    taken: set[int] = set()
    matched: dict[int, Fit] = {}
    unsure: dict[int, tuple[Fit, ...]] = {}
    for position in order:
        free = [f for f in fits[position] if f.candidate.transaction_id not in taken]
        if not free:
            continue
        best = free[0]
        equal = [f for f in free if best.ties(f)]
        rivals = _rivals(position, best, fits, keys, matched)
        if len(equal) > 1 or rivals:
            unsure[position] = tuple(equal)
            continue
        matched[position] = best
        taken.add(best.candidate.transaction_id)
    return Matching(matched, unsure)


def _rivals(
    position: int,
    best: Fit,
    fits: dict[int, list[Fit]],
    keys: dict[int, str],
    matched: dict[int, Fit],
) -> bool:
    """Whether a different line (not an identical one) fits `best`'s entry as well."""
    wanted = best.candidate.transaction_id
    for other, found in fits.items():
        if other == position or other in matched or keys[other] == keys[position]:
            continue
        if any(f.candidate.transaction_id == wanted and best.ties(f) for f in found):
            return True
    return False


_Index = dict[tuple[str, int], list[tuple[Candidate, Leg]]]


def _by_amount(candidates: Sequence[Candidate]) -> _Index:
    """(currency, signed minor units) -> the entries with a money posting of that size,
    leaving out entries in several currencies (their rate cannot be told)."""
    index: _Index = defaultdict(list)
    for candidate in candidates:
        if len({leg.currency for leg in candidate.legs}) != 1:
            continue
        for leg in candidate.legs:
            if leg.holds_money and leg.minor != 0:
                index[(leg.currency, leg.minor)].append((candidate, leg))
    return index


def _fits(line: BankLine, index: _Index, accounts: set[str]) -> list[Fit]:
    """The entries `line` may be, best first."""
    found = [
        (candidate, leg, False)
        for candidate, leg in index.get((line.money.currency, line.money.minor), [])
        if leg.account_name.lower() in accounts
    ]
    original = line.original
    if original is not None and original.currency != line.money.currency:
        signed = abs(original.minor) * (1 if line.money.minor > 0 else -1)
        found += [(c, leg, True) for c, leg in index.get((original.currency, signed), [])]
    if not found:
        return []
    names = _line_names(line)
    fits = []
    for candidate, leg, foreign in found:
        days = _days_apart(line, candidate)
        if days > MATCH_DAYS:
            continue
        similarity = _similarity(names, candidate)
        if similarity >= MIN_SIMILARITY:
            fits.append(Fit(candidate, leg, days, similarity, foreign))
    return sorted(fits, key=Fit.sort_key)


def _days_apart(line: BankLine, candidate: Candidate) -> int:
    days = [abs((line.booked - candidate.date).days)]
    if line.value_date is not None:
        days.append(abs((line.value_date - candidate.date).days))
    return min(days)


def _line_names(line: BankLine) -> list[str]:
    """Normalised merchant keys the line may name (its description, its counterparty)."""
    texts = [line.description, line.counterparty]
    return sorted({normalize(t).key for t in texts if t.strip()} - {""})


def _similarity(names: list[str], candidate: Candidate) -> int:
    """How alike the line's merchant is to the entry's (its merchant, else description)."""
    theirs = {
        merchant_key(name)
        for name in (candidate.merchant, normalize(candidate.merchant).merchant)
        if name.strip()
    } or {normalize(candidate.description).key}
    theirs.discard("")
    best = max((_alike(a, b) for a in names for b in theirs), default=0.0)
    return round(best)


def _alike(one: str, other: str) -> float:
    """WRatio of two merchant keys; a name that is the first words of the other ("dm" and
    "dm drogerie markt", "amazon" and "amazon marketplace") is the same merchant."""
    short, long = sorted((one.split(), other.split()), key=len)
    if short and long[: len(short)] == short:
        return 100.0
    return fuzz.WRatio(one, other)
