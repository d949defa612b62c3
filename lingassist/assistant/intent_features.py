"""The features the learned intent layer sees: the words of an utterance in their *shape*.

Amounts become ``<amt>``, date and period words ``<date>``, other numbers ``<num>``; the
rest is lower-cased words. Features are word unigrams and bigrams (with sentence edges)
plus character 3- and 4-grams inside each word, so a typo ("tranfser", "shwo") still
shares most of its features with the word meant. Pure Python, so a parse never needs
NumPy; training (`lingassist.tools.train_intents`) uses the same function.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from lingassist.assistant.types import Span

AMOUNT, DATE, NUMBER = "<amt>", "<date>", "<num>"
_TOKEN = re.compile(r"<amt>|<date>|<num>|[a-zà-ÿ]+(?:'[a-z]+)?|[?$€£]")
MAX_WORDS = 60


_OVER_A_TIME = re.compile(r"\bover\s*\Z", re.I)


def shaped_words(text: str, amounts: Sequence[Span], dates: Sequence[Span]) -> list[str]:
    """The utterance's words with amounts, dates and stray numbers replaced by their kind."""
    marks = sorted(
        [(s.start, s.end, AMOUNT) for s in amounts] + [(s.start, s.end, DATE) for s in dates]
    )
    pieces, position = [], 0
    for start, end, token in marks:
        if start < position:
            continue
        before = text[position:start]
        if token == DATE:
            before = _OVER_A_TIME.sub(" ", before)  # "over the last six weeks": no bound
        pieces += [before, f" {token} "]
        position = end
    pieces.append(text[position:])
    flat = re.sub(r"\d+(?:[.,]\d+)*", f" {NUMBER} ", "".join(pieces).lower())
    return _TOKEN.findall(flat.replace("’", "'"))[:MAX_WORDS]


def features(words: Sequence[str]) -> dict[str, float]:
    """Binary word, bigram and in-word character n-gram features, L2-normalised."""
    found: set[str] = set()
    edged = ["<s>", *words, "</s>"]
    for index, word in enumerate(edged):
        found.add(f"w:{word}")
        if index:
            found.add(f"b:{edged[index - 1]} {word}")
        if not word.startswith("<") and len(word) > 2:
            found.update(_letter_grams(word))
    weight = 1.0 / len(found) ** 0.5
    return dict.fromkeys(found, weight)


@lru_cache(maxsize=20_000)
def _letter_grams(word: str) -> frozenset[str]:
    """The character 3- and 4-grams of a word with its edges marked ("#tea#")."""
    padded = f"#{word}#"
    return frozenset(
        f"c:{padded[i : i + size]}" for size in (3, 4) for i in range(len(padded) - size + 1)
    )
