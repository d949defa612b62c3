"""The fixed split of every dev set into a part to tune on and a part kept back.

A row belongs to the held-out part when the SHA-256 of its id (or, without one, of its
text) falls in the lowest `HELD_OUT_PERCENT` of the hash range. The split was fixed
before the rows were read, so figures on the held-out part are on sentences nobody tuned
the rules against (in this round; the rules of earlier rounds had seen all of
`utterances_dev.jsonl`, so its held-out part is only held out from this round's work).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Mapping
from pathlib import Path

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


def read_rows(path: Path) -> list[dict[str, object]]:
    """The rows of a JSON Lines file (blank lines skipped)."""
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


# The blind message sets (`bench/data/commands_fresh*.jsonl`, written by helpers who read no
# parser code nor data, under `bench/writer_brief.md`): odd ids are the tune half, even ids
# the held half, except `commands_fresh_2.jsonl` (every row was read), the sets written to be
# tuned on whole (fresh_70 to fresh_73: entries only, look-alikes only; fresh_86 to fresh_89
# and fresh_92 to fresh_95: look-alikes beside close actions; fresh_96 to fresh_102: half
# look-alikes, half entries told the same way, for the entry gate; fresh_105 to fresh_108:
# amounts that take reading, entry-gate rows, spoken and non-native styles; fresh_109 to
# fresh_114: look-alikes, entry-gate rows, amounts and a general mix; fresh_115 to fresh_120:
# the same four kinds again, written in the fourteenth round; fresh_121 to fresh_126: the same
# kinds, written in the fifteenth round; fresh_127 and fresh_128: look-alikes and entry-gate
# rows written late in that round, to check its write-making rules; fresh_129 to fresh_134:
# look-alikes, entry-gate rows and amounts, two sets each, written in the sixteenth round;
# fresh_135 and fresh_136: a general mix and look-alikes written mid-round, measured unread
# at the round's start and end code to check its rules; fresh_137 to fresh_140: look-alikes
# and entry-gate rows written later in that round; fresh_141 to fresh_144, fresh_145 to
# fresh_148, fresh_149 to fresh_152, fresh_153 to fresh_156, fresh_157 to fresh_160,
# fresh_161 to fresh_164, fresh_165 to fresh_168, fresh_169 to fresh_172, fresh_173 to
# fresh_176, fresh_177 to fresh_180, fresh_181 to fresh_184, fresh_185 to fresh_188,
# fresh_189 to fresh_192, fresh_193 to fresh_196, fresh_197 to fresh_200, fresh_201 to
# fresh_204, fresh_205 to fresh_208, fresh_209 to fresh_212, fresh_213 to fresh_216,
# fresh_217 to fresh_220, fresh_221 to fresh_224, fresh_225 to fresh_228, fresh_229 to
# fresh_232, fresh_233 to fresh_236 and fresh_237 to fresh_240: a general mix, look-alikes,
# entry-gate rows and amounts, written in the seventeenth to forty-first rounds
# and measured unread at their round's start and end) and
# the final checks
# (never read nor tuned on, scored whole at a session's start and end only).
BLIND_ALL_TUNE = frozenset(
    {"2", "70", "71", "72", "73", "86", "87", "88", "89", "92", "93", "94", "95"}
    | {"96", "97", "98", "99", "100", "101", "102"}
    | {"105", "106", "107", "108"}
    | {"109", "110", "111", "112", "113", "114"}
    | {"115", "116", "117", "118", "119", "120"}
    | {"121", "122", "123", "124", "125", "126"}
    | {"127", "128"}
    | {"129", "130", "131", "132", "133", "134"}
    | {"135", "136"}
    | {"137", "138", "139", "140"}
    | {"141", "142", "143", "144"}
    | {"145", "146", "147", "148"}
    | {"149", "150", "151", "152"}
    | {"153", "154", "155", "156"}
    | {"157", "158", "159", "160"}
    | {"161", "162", "163", "164"}
    | {"165", "166", "167", "168"}
    | {"169", "170", "171", "172"}
    | {"173", "174", "175", "176"}
    | {"177", "178", "179", "180"}
    | {"181", "182", "183", "184"}
    | {"185", "186", "187", "188"}
    | {"189", "190", "191", "192"}
    | {"193", "194", "195", "196"}
    | {"197", "198", "199", "200"}
    | {"201", "202", "203", "204"}
    | {"205", "206", "207", "208"}
    | {"209", "210", "211", "212"}
    | {"213", "214", "215", "216"}
    | {"217", "218", "219", "220"}
    | {"221", "222", "223", "224"}
    | {"225", "226", "227", "228"}
    | {"229", "230", "231", "232"}
    | {"233", "234", "235", "236"}
    | {"237", "238", "239", "240"}
)
BLIND_FINAL_CHECKS = frozenset(
    {"24", "25", "32", "33", "38", "42", "50", "53", "66", "67", "74", "75", "78", "79"}
    | {"84", "85", "90", "91", "103", "104"}
)
BLIND_PARTS = ("held", "tune", "whole")


def blind_sets(folder: Path) -> dict[str, Path]:
    """The blind sets in `folder` by name ("" for `commands_fresh.jsonl`, "2", "3", …)."""
    found = {}
    for path in folder.glob("commands_fresh*.jsonl"):
        match = re.fullmatch(r"commands_fresh(?:_(\d+))?\.jsonl", path.name)
        if match:
            found[match.group(1) or ""] = path
    return dict(sorted(found.items(), key=lambda item: int(item[0] or 1)))


def blind_part(name: str, rows: list[dict[str, object]], part: str) -> list[dict[str, object]]:
    """The rows of blind set `name` that belong to `part` (empty when it has no such part)."""
    if part not in BLIND_PARTS:
        raise ValueError(f"part must be one of {BLIND_PARTS}, not {part!r}")
    if part == "whole":
        return rows if name in BLIND_FINAL_CHECKS else []
    if name in BLIND_FINAL_CHECKS or (name in BLIND_ALL_TUNE and part == "held"):
        return []
    if name in BLIND_ALL_TUNE:
        return rows
    odd = part == "tune"
    return [row for row in rows if (int(str(row["id"]).rsplit("-", 1)[1]) % 2 == 1) == odd]
