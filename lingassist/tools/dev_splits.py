"""The fixed split of every dev set into a part to tune on and a part kept back.

A row belongs to the held-out part when the SHA-256 of its id (or, without one, of its
text) falls in the lowest `HELD_OUT_PERCENT` of the hash range. The split was fixed
before the rows were read, so figures on the held-out part are on sentences nobody tuned
the rules against (in this round; the rules of earlier rounds had seen all of
`utterances_dev.jsonl`, so its held-out part is only held out from this round's work).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping

HELD_OUT_PERCENT = 40
PARTS = ("tune", "held-out", "all")


def _key(row: Mapping[str, object]) -> str:
    return str(row.get("id") or row.get("text"))


def is_held_out(row: Mapping[str, object]) -> bool:
    """True when `row` is in the part kept back from tuning."""
    digest = hashlib.sha256(_key(row).encode("utf-8")).digest()
    return int.from_bytes(digest[:4], "big") % 100 < HELD_OUT_PERCENT


def select(rows: Iterable[Mapping[str, object]], part: str) -> list[Mapping[str, object]]:
    """The rows of one part: "tune", "held-out" or "all"."""
    if part not in PARTS:
        raise ValueError(f"part must be one of {PARTS}, not {part!r}")
    if part == "all":
        return list(rows)
    want_held = part == "held-out"
    return [row for row in rows if is_held_out(row) == want_held]
