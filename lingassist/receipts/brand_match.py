"""Known shop brands (`brands.BRANDS`) found on a receipt, wherever they are printed.

A brand names the merchant when its words are printed on a line, exactly or one misread
letter away for long names ("MARKTKAUF" / "HARKTKAUF"). Brands that are also ordinary
words or very short ("real", "dm", "Target") count only on a line that holds little else
but the brand, a legal form and a town ("real GmbH", "Aldi GmbH & Co. KG, Schloß Holte"),
or as a web address ("www.dm.de"). Lines with prices are articles, not the shop.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from rapidfuzz.distance import Levenshtein

from lingassist.receipts.amounts import amounts_in
from lingassist.receipts.brands import ORDINARY_WORDS, brand_names
from lingassist.receipts.draft import TextLine
from lingassist.receipts.text import letter_tokens

LEGAL_FORMS = frozenset({
    "GMBH", "GMB", "MBH", "MB", "CO", "KG", "AG", "OHG", "EK", "SE", "UG", "SARL", "SAS", "SA",
    "SNC", "SPA", "SRL", "BV", "NV", "LTD", "LIMITED", "PLC", "INC", "LLC", "CORP",
    "CORPORATION", "COMPANY", "HANDELSGES", "HANDELSGESELLSCHAFT", "VERTRIEBS", "UND", "AND",
})  # fmt: skip
"""Words of legal forms (and the "&"/"und" joining them) that may stand beside a brand
("GmbH" is read as "GMB" "H": camel case splits words)."""
MIN_FUZZY_LETTERS = 7
MAX_BRAND_WORDS = 4
FIRST_LINES = 3
ALONE_LINES = 5
"""An ordinary-word brand alone on its line (no legal form) names the shop only on one of
this many first lines: lower down it is an article whose price was lost ("Depot", the Swiss
bottle deposit; "Netto", a net amount)."""
"""An ordinary-word brand may start one of this many first lines, with one word after it
("Checkers Hyper", "Target Store")."""
_DOMAIN = re.compile(
    r"(?<![a-z0-9-])([a-z0-9-]{1,63})\s?\.\s?(?:de|com|fr|ch|at|it|es|nl|vn|co|eu)\b"
)
"""A web address's name ("www.dm.de" -> "dm"); a label is at most 63 characters, so a long
run of letters is not scanned again from each of its characters."""


@dataclass(frozen=True)
class BrandHit:
    """A brand found on one line.

    Attributes:
        brand: the brand as written in the lexicon.
        line: the index of the line.
        exact: the brand's letters were read without a misread letter.
    """

    brand: str
    line: int
    exact: bool


def find_brands(lines: Sequence[TextLine], towns: frozenset[str] = frozenset()) -> list[BrandHit]:
    """Every brand named on the receipt, top to bottom (the longest one per line)."""
    hits = []
    for index, line in enumerate(lines):
        if amounts_in(line, index):
            continue
        hit = _brand_on_line(line.text, index, towns)
        if hit is not None:
            hits.append(hit)
    return hits


def _brand_on_line(text: str, index: int, towns: frozenset[str]) -> BrandHit | None:
    tokens = letter_tokens(text)
    if not tokens:
        return None
    domains = {re.sub(r"[^A-Z]", "", name.upper()) for name in _DOMAIN.findall(text.lower())}
    exact, by_length = _lexicon()
    found: list[BrandHit] = []
    for seen in _windows(tokens, MAX_BRAND_WORDS + 1):
        brand = exact.get(seen)
        if brand is not None and _counts(brand, seen, tokens, domains, towns, index):
            found.append(BrandHit(brand, index, True))
        elif brand is None and len(seen) >= MIN_FUZZY_LETTERS:
            found += [
                BrandHit(name, index, False)
                for size in (len(seen) - 1, len(seen), len(seen) + 1)
                for joined, name in by_length.get(size, ())
                if Levenshtein.distance(seen, joined, score_cutoff=1) <= 1
            ]
    found += [BrandHit(exact[domain], index, True) for domain in domains if domain in exact]
    if not found:
        return None
    return max(found, key=lambda hit: (hit.exact, len(hit.brand)))


def _windows(tokens: list[str], most: int) -> list[str]:
    """The line's runs of 1..`most` consecutive words, each run together."""
    return [
        "".join(tokens[start : start + length])
        for start in range(len(tokens))
        for length in range(1, most + 1)
        if start + length <= len(tokens)
    ]


def _counts(
    brand: str,
    seen: str,
    tokens: list[str],
    domains: set[str],
    towns: frozenset[str],
    index: int,
) -> bool:
    """An exact match counts, unless the brand is an ordinary or short word that is neither
    followed by a legal form ("real GmbH", anywhere), alone on one of the first
    `ALONE_LINES` lines, nor starting a short first line ("Checkers Hyper" at the top)."""
    key = tuple(letter_tokens(brand))
    if not _ordinary(key):
        return True
    if seen in domains or _with_legal_form(tokens, key):
        return True
    if index < ALONE_LINES and _alone_on_line(tokens, key, towns):
        return True
    return index < FIRST_LINES and tuple(tokens[: len(key)]) == key and len(tokens) <= len(key) + 1


def _with_legal_form(tokens: list[str], key: tuple[str, ...]) -> bool:
    """The brand's words start the line and a legal form follows them."""
    return tuple(tokens[: len(key)]) == key and any(w in LEGAL_FORMS for w in tokens[len(key) :])


def _alone_on_line(tokens: list[str], key: tuple[str, ...], towns: frozenset[str]) -> bool:
    """The brand's words start the line, followed by nothing but towns or single letters
    up to a legal form or the line's end."""
    if tuple(tokens[: len(key)]) != key:
        return False
    for word in tokens[len(key) :]:
        if word in LEGAL_FORMS:
            return True  # the company's line: its seat may follow ("GmbH & Co. KG, Mülheim")
        if word not in towns and len(word) > 1:
            return False
    return True


def _ordinary(key: tuple[str, ...]) -> bool:
    joined = "".join(key)
    return len(joined) <= 4 or " ".join(key) in ORDINARY_WORDS or joined in ORDINARY_WORDS


@cache
def _lexicon() -> tuple[dict[str, str], dict[int, tuple[tuple[str, str], ...]]]:
    """Brands by their letters run together, and the long non-ordinary ones by length
    (for names one letter away)."""
    exact: dict[str, str] = {}
    by_length: dict[int, list[tuple[str, str]]] = {}
    for written in brand_names():
        alias, _, display = written.partition("=")
        name = display or alias
        key = tuple(letter_tokens(alias))
        joined = "".join(key)
        if not key or joined in exact:
            continue
        exact[joined] = name
        if len(joined) >= MIN_FUZZY_LETTERS and not _ordinary(key):
            by_length.setdefault(len(joined), []).append((joined, name))
    return exact, {size: tuple(names) for size, names in by_length.items()}
