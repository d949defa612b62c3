"""How much of one message the assistant reads: a paste of a whole page is cut, and said so.

Kept apart from `services.assistant` (which loads the parser) so the window can use the
limit at start without loading the assistant.
"""

from __future__ import annotations

from typing import Final

MAX_UTTERANCE_CHARS: Final[int] = 500
"""The most characters of one message the parser is given (the window, ``say`` and ``ask``).

A command or question fits in a few dozen; anything longer is a paste, and the parser's
rules are not meant for pages of text."""

CUT_NOTE: Final[str] = (
    f"That message was long: I read only the first {MAX_UTTERANCE_CHARS} characters."
)
"""What the reply says when a message was cut to `MAX_UTTERANCE_CHARS`."""


def cap_utterance(text: str) -> tuple[str, bool]:
    """`text` cut to `MAX_UTTERANCE_CHARS`, and whether it was cut."""
    if len(text) <= MAX_UTTERANCE_CHARS:
        return text, False
    return text[:MAX_UTTERANCE_CHARS], True
