"""What the learned model reads: word pieces, the money's direction and size, the seed's view.

Features of one line are the words of its cleaned descriptor and their character
3-5-grams, the direction of the money ("sign=out"), its order of magnitude ("size=2"),
and, for the person's own lines, what the built-in seed said about the line ("seed=CODE",
alone and with the size). The seed features let the model learn how the person files
what the seed recognises ("a car wash is Transportation to me", "small amounts at a
fuel station are shop purchases"), so its answers can overrule the seed's.
"""

from __future__ import annotations

import math
from decimal import Decimal
from functools import cache

GRAM_SIZES = (3, 4, 5)
WORD, SIGN, SIZE, SEED = "w=", "sign=", "size=", "seed="


@cache
def gram_slices(length: int) -> tuple[slice, ...]:
    """The slices of a padded word of `length` characters that give its n-grams, in order."""
    return tuple(slice(i, i + size) for size in GRAM_SIZES for i in range(length - size + 1))


def word_features(word: str) -> list[str]:
    """The features of one word: the word itself and its character 3-5-grams."""
    padded = f" {word} "
    return [WORD + word, *map(padded.__getitem__, gram_slices(len(padded)))]


def amount_features(amount: Decimal | None, *, with_size: bool = True) -> list[str]:
    """The direction of the money and (unless `with_size` is false) its size."""
    found = [SIGN + direction(amount)]
    if with_size:
        found.append(SIZE + magnitude(amount))
    return found


def seed_features(seed_code: str, amount: Decimal | None) -> list[str]:
    """What the seed said about a line, alone and with the amount's size ([] for nothing)."""
    if not seed_code:
        return []
    return [SEED + seed_code, f"{SEED}{seed_code}|{SIZE}{magnitude(amount)}"]


def features(
    text: str, amount: Decimal | None, seed_code: str = "", *, with_size: bool = True
) -> list[str]:
    """The features of a normalized text, an amount and the seed's code for the line."""
    found = [feature for word in text.split() for feature in word_features(word)]
    found.extend(amount_features(amount, with_size=with_size))
    found.extend(seed_features(seed_code, amount))
    return found


def direction(amount: Decimal | None) -> str:
    """'in', 'out' or 'unknown'."""
    if amount is None or amount == 0:
        return "unknown"
    return "in" if amount > 0 else "out"


def magnitude(amount: Decimal | None) -> str:
    """Order of magnitude of the amount: '0' (< 10), '1' (< 100), ... '4' (>= 10,000)."""
    if amount is None or amount == 0:
        return "?"
    return str(min(4, max(0, int(math.log10(abs(float(amount)))))))


def readable(feature: str) -> str:
    """A feature as a person reads it."""
    if feature.startswith(WORD):
        return f"word '{feature[len(WORD) :]}'"
    if feature.startswith(SIGN):
        return {"in": "money in", "out": "money out"}.get(feature[len(SIGN) :], "no amount")
    if feature.startswith(SIZE):
        return f"amount size {feature[len(SIZE) :]}"
    if feature.startswith(SEED):
        return "how you filed similar known names"
    return f"'{feature.strip()}'"
