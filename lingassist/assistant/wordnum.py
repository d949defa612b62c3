"""Number words -> integers, group by group: "one thousand two hundred" is one group (1200),
"twelve fifty" is two (12, 50) because "fifty" cannot follow "twelve" in one number."""

from __future__ import annotations

import re
from dataclasses import dataclass

from lingassist.assistant.lexicon import (
    LARGE_SCALE_WORDS,
    SCALES,
    SHOPS_NAMED_IN_NUMBERS,
    TEENS,
    TENS,
    UNITS,
)

# ("one lakh eighty two thousand four hundred": South Asia's scales in words too)
_SCALES = {
    **SCALES,
    **{w: v for w, v in LARGE_SCALE_WORDS.items() if w.startswith(("lakh", "crore"))},
}

_TOKEN = re.compile(r"[A-Za-z]+")
_JOINERS = frozenset({"", " ", "-"})


_COUPLE = 2


@dataclass(frozen=True)
class WordNumber:
    """A run of number words read as one number.

    Attributes:
        value: the integer the words name.
        start: first character in the text.
        end: just after the last character.
        price_part: True when the group can be the cents of a spoken price: a value from
            10 to 99 said without "hundred"/"thousand" ("fifty", "ninety-nine").
        words: how many words the group has.
    """

    value: int
    start: int
    end: int
    price_part: bool
    words: int


@dataclass
class _Reader:
    """The state of one group being read."""

    total: int = 0
    current: int = 0
    last: str = ""
    scaled: bool = False
    words: int = 0
    last_scale: int = 0  # the worth of the last scale word read ("lakh" then "thousand")

    def accept(self, word: str, following: str) -> bool:
        """Add `word` to the group if it can continue it; False ends the group."""
        kind = _kind(word, following)
        starts_hundreds = following == "and" or following in UNITS or following in TEENS
        if kind == "hundred" and self.last == "" and (starts_hundreds or following in TENS):
            # "hundred and twenty", "hundred eighty": one hundred and …, as speech drops "one"
            self.current, self.last = 1, "a"
        if kind is None or not self._allowed(kind, word):
            return False
        self._add(kind, word)
        self.last, self.words = kind, self.words + 1
        return True

    def _allowed(self, kind: str, word: str) -> bool:
        fresh = self.last in ("", "scale", "hundred", "and")
        if kind == "a":
            return self.last == ""
        if kind == "unit":
            return fresh or (self.last == "tens")
        if kind in ("teen", "tens"):
            return fresh and self.current % 100 == 0
        if kind == "hundred":
            return self.last in ("unit", "teen", "tens", "a") and 0 < self.current < 100
        if kind == "scale":
            return (
                self.last not in ("", "and", "scale")
                and self.current > 0
                and (
                    self.total == 0
                    or _SCALES[word] * 1000 <= self.total
                    or self.total < _SCALES[word]
                    or 0 < _SCALES[word] < self.last_scale  # "one lakh eighty two thousand"
                )
            )
        return kind == "and" and self.last in ("hundred", "scale")

    def _add(self, kind: str, word: str) -> None:
        if kind == "a":
            self.current = 1
        elif kind == "unit":
            self.current += UNITS.get(word, _COUPLE)
        elif kind == "teen":
            self.current += TEENS[word]
        elif kind == "tens":
            self.current += TENS[word]
        elif kind == "hundred":
            self.current *= 100
        elif kind == "scale":
            self.total += self.current * _SCALES[word]
            self.current = 0
            self.last_scale = _SCALES[word]
        if kind != "and" and kind not in ("a",):
            self.scaled = self.scaled or kind in ("hundred", "scale")

    @property
    def value(self) -> int:
        return self.total + self.current


def _kind(word: str, following: str) -> str | None:
    if word in UNITS:
        return "unit"
    if word == "couple" and following in ("hundred", "thousand", "grand"):
        return "unit"  # "a couple hundred": two hundred
    if word in TEENS:
        return "teen"
    if word in TENS:
        return "tens"
    if word == "hundred":
        return "hundred"
    if word in _SCALES:
        return "scale"
    if word in ("a", "an") and following in _SCALES:
        return "a"
    if word == "and" and (following in UNITS or following in TEENS or following in TENS):
        return "and"
    return None


def word_numbers(text: str) -> list[WordNumber]:
    """Every group of number words in `text`, left to right."""
    # ("7eleven", "3mobile": a number word glued to digits is part of a name)
    tokens = [
        (m.group(0).lower(), m.start(), m.end())
        for m in _TOKEN.finditer(text)
        if not text[m.start() - 1 : m.start()].isdigit()
    ]
    tokens = _without_shop_names(text, tokens)
    groups: list[WordNumber] = []
    index = 0
    while index < len(tokens):
        group, index = _read_group(text, tokens, index)
        if group is not None:
            groups.append(group)
            cents = _cents_said_with_oh(text, tokens, index, group)
            if cents is not None:
                groups.append(cents)
                index += 2
    return groups


_A_PLACE_BEFORE = re.compile(r"\b(?:at|the|from|in|to)\s+\Z", re.I)  # ("lunch seven eleven": 7.11)


def _without_shop_names(
    text: str, tokens: list[tuple[str, int, int]]
) -> list[tuple[str, int, int]]:
    """`tokens` without the number words that name a shop ("seven eleven"), said one after
    the other with a space or a hyphen between."""
    kept: list[tuple[str, int, int]] = []
    index = 0
    while index < len(tokens):
        pair = tuple(word for word, _, _ in tokens[index : index + 2])
        if (
            pair in SHOPS_NAMED_IN_NUMBERS
            and text[tokens[index][2] : tokens[index + 1][1]] in (" ", "-")
            and _A_PLACE_BEFORE.search(text, 0, tokens[index][1]) is not None
        ):
            index += 2
            continue
        kept.append(tokens[index])
        index += 1
    return kept


_OH = frozenset({"oh", "o"})
_THOUSAND = 1000  # a whole part said before "oh" cents is a price's, below a thousand


def _cents_said_with_oh(
    text: str, tokens: list[tuple[str, int, int]], index: int, before: WordNumber
) -> WordNumber | None:
    """ "forty three oh eight": the cents of a spoken price said as "oh" and a digit (08),
    right after the whole part, or None."""
    if index + 1 >= len(tokens) or before.value >= _THOUSAND:
        return None
    (oh, start, _), (digit, _, end) = tokens[index], tokens[index + 1]
    if oh not in _OH or digit not in UNITS or text[before.end : start] != " ":
        return None
    if text[tokens[index][2] : tokens[index + 1][1]] not in _JOINERS:
        return None
    return WordNumber(UNITS[digit], start, end, price_part=True, words=2)


def _read_group(
    text: str, tokens: list[tuple[str, int, int]], index: int
) -> tuple[WordNumber | None, int]:
    """Read one group starting at `index`; return it (or None) and the next index."""
    reader = _Reader()
    first = index
    while index < len(tokens):
        word, start, _ = tokens[index]
        following = tokens[index + 1][0] if index + 1 < len(tokens) else ""
        if index > first and text[tokens[index - 1][2] : start] not in _JOINERS:
            break
        if not reader.accept(word, following):
            break
        index += 1
    while index > first and reader.last == "and":  # a trailing "and" is not part of it
        index -= 1
        reader.last = "unit"
    if index == first:
        return None, index + 1
    if tokens[index - 1][0] in ("a", "an"):
        return None, index
    start, end = tokens[first][1], tokens[index - 1][2]
    price = not reader.scaled and 10 <= reader.value <= 99
    return WordNumber(reader.value, start, end, price, index - first), index
