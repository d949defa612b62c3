"""Merchant memory: what the person chose before for each merchant key.

Built from (merchant_key, category_code) pairs in the order they happened (the services
load them from the ledger); `record` adds a choice at once. The latest choice for a
merchant always wins, so a correction is never repeated; the counts give the confidence
and the "You filed 12 earlier ... under ..." reason.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz, process

_FUZZY_CUTOFF = 92.0
_MIN_FUZZY_KEY = 6


@dataclass(frozen=True)
class Recollection:
    """What memory says about one merchant.

    Attributes:
        key: the merchant key remembered (may differ from the one asked for when the
            match was fuzzy).
        code: the category to use: the latest choice for that merchant.
        count: how many earlier transactions were filed under `code`.
        total: how many earlier transactions of that merchant there are.
        fuzzy: true when the merchant key only closely matched.
    """

    key: str
    code: str
    count: int
    total: int
    fuzzy: bool = False

    @property
    def confidence(self) -> float:
        """0.8 for a single choice, up to 0.99 when all earlier ones agree."""
        share = self.count / self.total if self.total else 0.0
        base = 0.8 + 0.19 * share * min(1.0, self.count / 3)
        return round(base - (0.1 if self.fuzzy else 0.0), 3)


class MerchantMemory:
    """Per merchant key: how often each category was chosen, and the latest choice."""

    def __init__(self, pairs: Iterable[tuple[str, str]] = ()) -> None:
        self._counts: dict[str, Counter[str]] = {}
        self._latest: dict[str, str] = {}
        for key, code in pairs:
            self.record(key, code)

    def __len__(self) -> int:
        return len(self._latest)

    def record(self, key: str, code: str) -> None:
        """Remember that a transaction of merchant `key` was filed under `code`."""
        if not key:
            return
        self._counts.setdefault(key, Counter())[code] += 1
        self._latest[key] = code

    def forget(self, key: str) -> None:
        """Drop everything remembered about one merchant."""
        self._counts.pop(key, None)
        self._latest.pop(key, None)

    def recall(self, key: str, *, fuzzy: bool = True) -> Recollection | None:
        """What was chosen for `key` (or, with `fuzzy`, a nearly identical key)."""
        if key in self._latest:
            return self._recollection(key, fuzzy=False)
        if not fuzzy or len(key) < _MIN_FUZZY_KEY or not self._latest:
            return None
        found = process.extractOne(
            key, self._latest.keys(), scorer=fuzz.token_sort_ratio, score_cutoff=_FUZZY_CUTOFF
        )
        return self._recollection(found[0], fuzzy=True) if found else None

    def _recollection(self, key: str, *, fuzzy: bool) -> Recollection:
        """The recollection of a key that is in memory."""
        counts = self._counts[key]
        code = self._latest[key]
        return Recollection(key, code, counts[code], sum(counts.values()), fuzzy)
