"""Rows for the driver's executemany: only the columns with a bind processor are processed."""

from __future__ import annotations

import pytest

from lingassist.ledger.inserts import _prepared


def test_only_columns_with_a_processor_are_processed_and_none_stays_none() -> None:
    rows = [(1, "2026-12-03", "a"), [2, None, "b"]]
    found = _prepared([None, lambda day: f"<{day}>", None], rows)
    assert found == [(1, "<2026-12-03>", "a"), (2, None, "b")]
    assert all(type(row) is tuple for row in found)


def test_rows_without_processors_go_as_tuples() -> None:
    assert _prepared([None, None], [[1, 2], (3, 4)]) == [(1, 2), (3, 4)]


def test_a_row_of_the_wrong_width_is_refused() -> None:
    with pytest.raises(ValueError, match="a row of 1 values for 2 columns"):
        _prepared([None, str], [(1,)])
