"""The built-in seed: well-known merchants and trade keywords -> PFC v2 codes, and lookup.

The data lives in `seed_data.py`. Matching is on whole words of the cleaned descriptor:
bank phrases first (fees, interest, transfers), then merchants, then trade keywords; in
each tier the longest phrase wins. Merchants that are also ordinary words (``^``) only
count at the start of the merchant name. Statements cut long names at a fixed width, so a
merchant name of two or more words also matches when its last word is cut short at the
end of the descriptor ("Philz Cof"); a one-word merchant matches the start of a longer
word ("vodacomairtime"), and bank wording the end of one ("homeloan").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from lingassist.categorize import seed_data
from lingassist.categorize.normalize import Descriptor, merchant_key

BANK, MERCHANT, KEYWORD = 0, 1, 2
_CONFIDENCE = {BANK: 0.92, MERCHANT: 0.9, KEYWORD: 0.72}
_WEAK_CONFIDENCE = 0.45
_PREFIX_CONFIDENCE = 0.7
_MIN_PREFIX = 6
_MIN_CUT = 3
_MIN_SUFFIX = 4
_MAX_WORDS = 4
_PAYMENT_TO = "TRANSFER_OUT_ACCOUNT_TRANSFER"


@dataclass(frozen=True)
class SeedEntry:
    """One fact of the seed.

    Attributes:
        phrase: lower-case words it matches ("tim hortons").
        code: the PFC v2 detailed code.
        tier: BANK (0), MERCHANT (1) or KEYWORD (2); lower tiers are read first.
        display: the name as written in the seed ("Tim Hortons").
        sign: +1 only for money in, -1 only for money out, 0 for both.
        anchored: only counts at the start of the merchant name.
        weak: a general word that only hints.
    """

    phrase: str
    code: str
    tier: int
    display: str
    sign: int = 0
    anchored: bool = False
    weak: bool = False


@dataclass(frozen=True)
class SeedMatch:
    """A seed entry found in a descriptor.

    Attributes:
        entry: the fact that matched.
        confidence: how sure the match is (0..1).
        prefix: true when a word only started with the phrase ("vodacomairtime").
    """

    entry: SeedEntry
    confidence: float
    prefix: bool = False


@cache
def seed_entries() -> tuple[SeedEntry, ...]:
    """Every entry of the seed, bank phrases first."""
    weak = {merchant_key(word) for word in seed_data.WEAK_KEYWORDS.split(",")}
    keywords = _parse(seed_data.KEYWORDS, KEYWORD, weak)
    generic = {entry.phrase for entry in keywords}
    merchants = [e for e in _parse(seed_data.MERCHANTS, MERCHANT, set()) if e.phrase not in generic]
    return (*_parse(seed_data.BANK, BANK, set()), *merchants, *keywords)


def _parse(table: str, tier: int, weak: set[str]) -> list[SeedEntry]:
    """Entries of one table: lines of ``CODE: entry, entry``."""
    entries = []
    for line in re.sub(r"\n\s+", " ", table.strip()).splitlines():
        code, _, rest = line.partition(":")
        for raw in rest.split(","):
            entry = _entry(raw.strip(), code.strip(), tier, weak)
            if entry is not None:
                entries.append(entry)
    return entries


def _entry(raw: str, code: str, tier: int, weak: set[str]) -> SeedEntry | None:
    """One entry from its written form (``^Target``, ``+salary``, ``-rent``)."""
    anchored = raw.startswith("^")
    sign = {"+": 1, "-": -1}.get(raw.lstrip("^")[:1], 0)
    display = raw.lstrip("^+-").strip()
    words = merchant_key(display).split()
    phrase = " ".join(w for w in words if not any(c.isdigit() for c in w))
    if not phrase:
        return None
    if len(phrase.split()) < len(words) == 2:  # "Trading 212" is not any trading
        anchored = True
    return SeedEntry(phrase, code, tier, display, sign, anchored, phrase in weak)


@cache
def _index() -> dict[str, tuple[SeedEntry, ...]]:
    """Phrase -> entries with that phrase (the same phrase may be in several tiers)."""
    grouped: dict[str, list[SeedEntry]] = {}
    for entry in seed_entries():
        grouped.setdefault(entry.phrase, []).append(entry)
    return {phrase: tuple(entries) for phrase, entries in grouped.items()}


@cache
def _single_word_merchants() -> dict[str, SeedEntry]:
    """One-word merchant names long enough to be recognized as a word's start."""
    return {
        e.phrase: e
        for e in seed_entries()
        if e.tier == MERCHANT
        and " " not in e.phrase
        and len(e.phrase) >= _MIN_PREFIX
        and not e.anchored
    }


_SMALL_WORDS = frozenset(
    "of de du des van von der den di da do del am im zum zur au aux sur".split()  # noqa: SIM905
)


@cache
def generic_words() -> frozenset[str]:
    """Words that say what a business does or how it was paid, never which one it is: the
    one-word trade keywords and bank wording of the seed ("cafe", "pharmacy", "transfer"),
    and small words of names ("de", "van")."""
    trade = {e.phrase for e in seed_entries() if e.tier != MERCHANT and " " not in e.phrase}
    return frozenset(trade) | _SMALL_WORDS


@cache
def _codes_by_phrase() -> dict[str, str]:
    """Merchant or trade keyword phrase -> its category (the merchant's when both)."""
    found: dict[str, str] = {}
    for entry in seed_entries():
        if entry.tier != BANK:
            found.setdefault(entry.phrase, entry.code)
    return found


def category_of(phrase: str) -> str | None:
    """The seed's category of a merchant name or trade word ("dis chem", "pharmacy"), or
    None when it does not know the phrase."""
    return _codes_by_phrase().get(phrase)


@cache
def merchant_brands() -> dict[str, str]:
    """Seed merchant phrase -> display name (used to name a merchant by its brand). A
    name that only adds words to another merchant of the same category names that
    merchant ("Checkers Hyper" -> "Checkers", "Verizon Wireless" -> "Verizon"), so both
    have one merchant key; "Uber Eats" (food) stays apart from "Uber" (rides)."""
    merchants = [e for e in seed_entries() if e.tier == MERCHANT and not e.anchored]
    codes: dict[str, set[str]] = {}
    for entry in merchants:
        codes.setdefault(entry.phrase, set()).add(entry.code)
    displays = {e.phrase: e.display for e in merchants}
    return {phrase: displays[_base_name(phrase, codes)] for phrase in displays}


def _base_name(phrase: str, codes: dict[str, set[str]]) -> str:
    """The shortest merchant name of the same category that `phrase` starts with (else
    `phrase` itself)."""
    words = phrase.split()
    for size in range(1, len(words)):
        start = " ".join(words[:size])
        if codes.get(start) == codes[phrase]:
            return start
    return phrase


def lookup(descriptor: Descriptor, sign: int) -> SeedMatch | None:
    """The best seed fact in a descriptor, or None; `sign` is -1 out, +1 in, 0 unknown."""
    words = descriptor.text.split()
    index = _index()
    candidates = [
        (entry, start)
        for start, phrase in _phrases(words)
        for entry in index.get(phrase, ())
        if _fits(entry, sign, descriptor, phrase)
    ]
    if not candidates:
        return _part_match(words, descriptor, sign)
    entry, _ = _payee_trade(candidates) or min(candidates, key=_precedence)
    if entry.weak:
        return _part_match(words, descriptor, sign) or SeedMatch(entry, _WEAK_CONFIDENCE)
    return SeedMatch(entry, _CONFIDENCE[entry.tier])


def _precedence(candidate: tuple[SeedEntry, int]) -> tuple[int, bool, bool, int, int]:
    """Sort key: lower tier, then a strong word before a weak one ("recharge pizza" is
    food, not airtime), fees (a line that says "fee" is a fee), longer, earlier."""
    entry, start = candidate
    return (
        entry.tier,
        entry.weak,
        not entry.code.startswith("BANK_FEES"),
        -len(entry.phrase.split()),
        start,
    )


def _payee_trade(candidates: list[tuple[SeedEntry, int]]) -> tuple[SeedEntry, int] | None:
    """A payment to someone whose name shows a trade or a known merchant ("Payment To
    Riverside Golf", "EFT to Discovery Insure"): what was paid for, not the bare transfer.

    Only for the money-out transfer wording; fees, savings, investments and cash keep
    their bank meaning, and a weak word ("services") is not enough."""
    bank = [(e, start) for e, start in candidates if e.tier == BANK]
    if not bank or any(e.code != _PAYMENT_TO for e, _ in bank):
        return None
    after = max(start + len(e.phrase.split()) for e, start in bank)
    named = [(e, start) for e, start in candidates if e.tier != BANK and start >= after]
    best = min(named, key=_precedence, default=None)  # a strong word sorts before a weak one
    return best if best is not None and not best[0].weak else None


def _phrases(words: list[str]) -> list[tuple[int, str]]:
    """(start, phrase) for every run of up to four consecutive words that could be a seed
    phrase (runs whose first word starts no phrase are skipped)."""
    starts = _first_words()
    return [
        (start, " ".join(words[start : start + size]))
        for start in range(len(words))
        if words[start] in starts
        for size in range(1, min(_MAX_WORDS, len(words) - start) + 1)
    ]


@cache
def _first_words() -> frozenset[str]:
    """The first word of every seed phrase."""
    return frozenset(phrase.split()[0] for phrase in _index())


def _fits(entry: SeedEntry, sign: int, descriptor: Descriptor, phrase: str) -> bool:
    """Whether the entry's sign and anchoring allow it here."""
    if entry.sign and entry.sign != (sign or -1):
        return False
    if entry.anchored:
        return descriptor.key == phrase or descriptor.key.startswith(phrase + " ")
    return True


def _part_match(words: list[str], descriptor: Descriptor, sign: int) -> SeedMatch | None:
    """A seed phrase found in part of a word: a merchant name cut short at the end of the
    descriptor, a one-word merchant starting a longer word, bank wording ending one."""
    found = _cut_match(words, descriptor) or _prefix_match(words) or _suffix_match(words, sign)
    return SeedMatch(found, _PREFIX_CONFIDENCE, prefix=True) if found else None


def _cut_match(words: list[str], descriptor: Descriptor) -> SeedEntry | None:
    """A merchant of two or more words whose last word the statement cut short
    ("philz cof" -> Philz Coffee); only at the end of the merchant's name."""
    if len(words) < 2 or not descriptor.key.endswith(words[-1]):
        return None
    cut = _cut_names()
    for size in range(min(_MAX_WORDS, len(words)), 1, -1):
        entry = cut.get(" ".join(words[-size:]))
        if entry is not None:
            return entry
    return None


@cache
def _cut_names() -> dict[str, SeedEntry]:
    """Merchant names of two or more words with the last word cut short -> the merchant
    (a cut name shared by two merchants of different codes is left out)."""
    found: dict[str, SeedEntry | None] = {}
    for entry in seed_entries():
        *first, last = entry.phrase.split()
        if entry.tier != MERCHANT or not first or entry.anchored:
            continue
        for end in range(_MIN_CUT, len(last)):
            name = " ".join([*first, last[:end]])
            other = found.setdefault(name, entry)
            if other is not None and other.code != entry.code:
                found[name] = None
    full = _index()
    return {name: e for name, e in found.items() if e is not None and name not in full}


def _prefix_match(words: list[str]) -> SeedEntry | None:
    """A merchant whose one-word name starts a longer word ("vodacomairtime" -> Vodacom)."""
    merchants = _single_word_merchants()
    for word in words:
        for end in range(len(word) - 1, _MIN_PREFIX - 1, -1):
            entry = merchants.get(word[:end])
            if entry is not None:
                return entry
    return None


def _suffix_match(words: list[str], sign: int) -> SeedEntry | None:
    """Bank wording of one word that ends a longer word ("fnbhomeloan" -> loan); the
    rest of the word must be at least as long, so "coffees" is not a fee."""
    endings = _bank_words()
    for word in words:
        for start in range(_MIN_SUFFIX, len(word) - _MIN_SUFFIX + 1):
            for entry in endings.get(word[start:], ()):
                if _fits(entry, sign, _NO_DESCRIPTOR, word[start:]):
                    return entry
    return None


@cache
def _bank_words() -> dict[str, tuple[SeedEntry, ...]]:
    """One-word bank phrases of at least four letters -> their entries."""
    found: dict[str, list[SeedEntry]] = {}
    for entry in seed_entries():
        if entry.tier == BANK and " " not in entry.phrase and len(entry.phrase) >= _MIN_SUFFIX:
            found.setdefault(entry.phrase, []).append(entry)
    return {phrase: tuple(entries) for phrase, entries in found.items()}


_NO_DESCRIPTOR = Descriptor(raw="", text="", merchant="", key="")


def seed_examples() -> list[tuple[str, int, str]]:
    """(text, sign, code) training examples derived from the seed for the model."""
    unique = {(entry.phrase, entry.sign or -1): entry.code for entry in seed_entries()}
    return [(phrase, sign, code) for (phrase, sign), code in unique.items()]
