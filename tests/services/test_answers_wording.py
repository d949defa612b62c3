"""How an answer names its period: "in November 2026", but "last week" without "in"."""

from __future__ import annotations

import pytest

from lingassist.services.formatting import during


@pytest.mark.parametrize(
    ("label", "said"),
    [
        ("November 2026", "in November 2026"),
        ("Q3 2026", "in Q3 2026"),
        ("last week", "last week"),
        ("last weekend", "last weekend"),
        ("this month", "this month"),
        ("since 2026-12-01", "since 2026-12-01"),
    ],
)
def test_a_period_is_said_with_in_only_where_english_wants_it(label: str, said: str) -> None:
    assert during(label) == said
