"""Habits: how the person files what the seed recognises, learned from their own lines.

The seed says what a line is ("Engen" is a fuel station); the person may file such lines
elsewhere, consistently ("fuel station, small amount" -> shop purchase; "car wash" ->
Transportation rather than Automotive). Habits count, for each seed code and order of
magnitude of the amount, the categories the person chose; when their choices for that
seed code and size clearly differ from the seed, they answer instead of the seed.
Bank wording ("payment to", "fee") says what kind of line it is, not what was bought, so
habits are only kept for merchants and trade keywords.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from lingassist.categorize.features import magnitude

_MIN_SHARE = 2 / 3


@dataclass(frozen=True)
class Habit:
    """What the person usually did with lines the seed files under one code, at one size.

    Attributes:
        seed_code: what the seed says.
        code: what the person chose instead, most often.
        count: how many of their lines went to `code`.
        total: how many of their lines the seed files under `seed_code` at this size.
    """

    seed_code: str
    code: str
    count: int
    total: int

    @property
    def confidence(self) -> float:
        """0.6 for a single line, up to 0.85 when three or more all agree."""
        return round(0.6 + 0.25 * (self.count / self.total) * min(1.0, (self.count - 1) / 2), 3)


@dataclass(frozen=True)
class Habits:
    """Per (seed code, amount size): how often the person chose each category.

    Attributes:
        counts: (seed code, magnitude) -> category -> number of the person's lines.
    """

    counts: dict[tuple[str, str], Counter[str]] = field(default_factory=dict)

    @classmethod
    def learn(cls, lines: Iterable[tuple[str, Decimal | None, str, int]]) -> Habits:
        """Habits from (seed code, amount, chosen code, number of such lines) of the
        person's lines."""
        counts: dict[tuple[str, str], Counter[str]] = {}
        for seed_code, amount, code, count in lines:
            if seed_code:
                counts.setdefault((seed_code, magnitude(amount)), Counter())[code] += count
        return cls(counts)

    def differ(self, seed_code: str, amount: Decimal | None) -> Habit | None:
        """The person's usual choice for what the seed files under `seed_code` at this
        size of amount, when it is another code and clearly the usual one (else None)."""
        counts = self.counts.get((seed_code, magnitude(amount)))
        if not counts:
            return None
        code, count = counts.most_common(1)[0]
        total = sum(counts.values())
        if code == seed_code or count / total < _MIN_SHARE:
            return None
        return Habit(seed_code, code, count, total)
