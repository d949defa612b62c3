"""Repairs for what speech recognition predictably mishears in a spoken command.

Only applied to transcripts, never to typed text, and only where the repaired words are
the same length (so every slot's span still points at the right characters).
"""

from __future__ import annotations

import re

_ADD_HEARD_AS_AND = re.compile(r"^(\s*)(and)(?=\s+(?:[$€£]\s?\d|\d))", re.IGNORECASE)


def repair_transcript(text: str) -> str:
    """A command as it was most likely said.

    Whisper writes a command's leading "Add" as "And" ("And $34 for dinner" for "Add
    thirty four dollars for dinner"); nobody starts a command with "and" and an amount.
    """
    return _ADD_HEARD_AS_AND.sub(lambda m: m.group(1) + _same_case(m.group(2), "add"), text)


def _same_case(heard: str, word: str) -> str:
    if heard.isupper():
        return word.upper()
    return word.capitalize() if heard[0].isupper() else word
