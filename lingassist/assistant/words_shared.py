"""Words English shares with the languages the assistant reads ("courses", "essence",
"sandwich", "cafe"): they never tell a sentence's language."""

from __future__ import annotations

from lingassist.assistant.categories import category_code
from lingassist.assistant.lexicon import MAJOR_CURRENCY_WORDS, NUMBER_WORDS
from lingassist.assistant.typos import COMMAND_VOCABULARY

_SHARED = frozenset(
    """courses essence assurance sandwich operations operation categories category aide note
    pull prime train marche cafe taxi parking metro transport transports budget restaurant
    internet total salut merci date dates client clients table service services message
    messages image pour dans bonus cheque cash menu moment actuellement historique plus
    hang pizza pizzas kebab kebabs burger burgers sushi sushis tapas pho""".split()  # noqa: SIM905 - a word list reads best as words
)


def english_word(word: str) -> bool:
    """True when `word` (lower case, without marks) is also an English word the assistant
    knows, or one of the common words shared with French and Vietnamese."""
    return (
        word in _SHARED
        or word in NUMBER_WORDS
        or word in MAJOR_CURRENCY_WORDS
        or word in COMMAND_VOCABULARY
        or category_code(word) is not None
    )
