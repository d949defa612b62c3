"""Merchant memory: what the person chose before for each merchant key.

Built from (merchant_key, category_code) pairs, or (merchant_key, category_code, amount)
triples, in the order they happened (the services load them from the ledger); `record`
adds a choice at once. The latest choice for a merchant wins, so a correction is never
repeated; when a merchant's history is mixed and amounts are known, the choice made for
the nearest amount wins instead (a fuel station: a small amount is the shop, a large
one the pump), and the latest choice still wins for its own amount. The counts give the
confidence and the "You filed 12 earlier ... under ..." reason.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from rapidfuzz import fuzz, process

_FUZZY_CUTOFF = 92.0
_MIN_FUZZY_KEY = 6


@dataclass(frozen=True)
class Recollection:
    """What memory says about one merchant.

    Attributes:
        key: the merchant key remembered (may differ from the one asked for when the
            match was fuzzy).
        code: the category to use: the latest choice for that merchant, or, when the
            choices differ and amounts are known, the choice for the nearest amount.
        count: how many earlier transactions were filed under `code`.
        total: how many earlier transactions of that merchant there are.
        fuzzy: true when the merchant key only closely matched.
        by_amount: true when `code` was chosen by the nearest earlier amount.
    """

    key: str
    code: str
    count: int
    total: int
    fuzzy: bool = False
    by_amount: bool = False

    @property
    def confidence(self) -> float:
        """0.8 for a single choice, up to 0.99 when all earlier ones agree."""
        share = self.count / self.total if self.total else 0.0
        base = 0.8 + 0.19 * share * min(1.0, self.count / 3)
        return round(base - (0.1 if self.fuzzy else 0.0), 3)


class MerchantMemory:
    """Per merchant key: how often each category was chosen, the latest choice, and the
    amounts each choice was made for."""

    def __init__(self, pairs: Iterable[tuple[str, str] | tuple[str, str, Decimal | None]] = ()):
        self._counts: dict[str, Counter[str]] = {}
        self._latest: dict[str, str] = {}
        self._amounts: dict[str, dict[float, str]] = {}  # amount -> latest choice, in order
        for key, code, *amount in pairs:
            self.record(key, code, amount[0] if amount else None)

    def __len__(self) -> int:
        return len(self._latest)

    def record(self, key: str, code: str, amount: Decimal | None = None) -> None:
        """Remember that a transaction of merchant `key` (of `amount`) was filed under `code`."""
        if not key:
            return
        self._counts.setdefault(key, Counter())[code] += 1
        self._latest[key] = code
        spot = _log_amount(amount)
        history = self._amounts.setdefault(key, {})
        if spot is None:
            history.clear()  # a choice without an amount: the latest choice rules again
        else:
            history.pop(spot, None)  # re-inserted last: the latest choice for this amount
            history[spot] = code

    def forget(self, key: str) -> None:
        """Drop everything remembered about one merchant."""
        self._counts.pop(key, None)
        self._latest.pop(key, None)
        self._amounts.pop(key, None)

    def recall(
        self, key: str, *, fuzzy: bool = True, amount: Decimal | None = None
    ) -> Recollection | None:
        """What was chosen for `key` (or, with `fuzzy`, a nearly identical key); with
        `amount`, a mixed history answers with the choice for the nearest amount."""
        if key in self._latest:
            return self._recollection(key, fuzzy=False, amount=amount)
        if not fuzzy or len(key) < _MIN_FUZZY_KEY or not self._latest:
            return None
        found = process.extractOne(
            key, self._latest.keys(), scorer=fuzz.token_sort_ratio, score_cutoff=_FUZZY_CUTOFF
        )
        return self._recollection(found[0], fuzzy=True, amount=amount) if found else None

    def _recollection(self, key: str, *, fuzzy: bool, amount: Decimal | None) -> Recollection:
        """The recollection of a key that is in memory."""
        counts = self._counts[key]
        code = self._latest[key]
        nearest = self._nearest(key, amount) if len(counts) > 1 else None
        by_amount = nearest is not None and nearest != code
        code = nearest or code
        return Recollection(key, code, counts[code], sum(counts.values()), fuzzy, by_amount)

    def _nearest(self, key: str, amount: Decimal | None) -> str | None:
        """The choice made for the amount nearest `amount` (by ratio; later wins ties)."""
        spot = _log_amount(amount)
        history = self._amounts.get(key)
        if spot is None or not history:
            return None
        entries = list(history.items())
        best = min(range(len(entries)), key=lambda i: (abs(entries[i][0] - spot), -i))
        return entries[best][1]


def _log_amount(amount: Decimal | None) -> float | None:
    """Signed log of the amount's size (money in and out never count as near)."""
    if amount is None or amount == 0:
        return None
    size = math.log(float(abs(amount)))
    return size + 1000.0 if amount > 0 else -size - 1000.0
