"""Merchant memory: what the person filed each merchant under, keyed by the merchant key.

Built from the person's filings in the order they were made (the services read them from
the ledger, oldest filing first); `record` adds one at once. A filing names the
transaction it belongs to, so filing the same transaction again replaces what it said
before. The latest filing for a merchant wins, so a correction is never repeated; when a
merchant's history is mixed and amounts are known, the choice made for the nearest amount
wins instead (a fuel station: a small amount is the shop, a large one the pump), and the
latest choice still wins for its own amount. The counts and the day give the confidence
and the "You filed ... under ... on 2 Dec" reason.

Keys come from `normalize(...).key` for every form of a merchant's name. A key that is not
remembered as it is may still be found: the same words spelled or spaced otherwise (with
or without an article or "and", "ae" for "ä", "pure gym" / "puregym"); with `loose`, a
remembered name that the asked one starts with, or that starts with it ("zuni cafe" /
"zuni cafe san francisco", however the words run together), or that shares its first two
words; fuzzily, a nearly identical spelling; and with `brand` (a well-known brand's key,
which is otherwise never taken for part of a longer name), a remembered name that is all
of the brand's start and no well-known name of its own: the person typed the brand short
("muller" / "muller drogerie"), where "uber" stays apart from "uber eats".
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Hashable, Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from itertools import accumulate, count
from os.path import commonprefix

from rapidfuzz import fuzz, process

from lingassist.categorize.aliases import ARTICLES, GLUED_LEGAL_FORMS
from lingassist.categorize.normalize import normalize
from lingassist.categorize.seed import category_of, generic_words

_FUZZY_CUTOFF = 92.0
_MIN_FUZZY_KEY = 6
_MIN_DISTINCT = 3  # letters of a word that can tell a merchant apart
_MIN_GLUED = 4  # letters of a name left when a glued legal form is taken off
_MIN_INSIDE = 5  # letters of a remembered name recognised after other words
_FILLERS = ARTICLES | {"and", "und", "et", "y", "n"}
_UMLAUT = re.compile(r"[aou]e")
_PLACES_LIMIT = 50_000  # keys whose place `recall` keeps (emptied when full)


@dataclass(frozen=True)
class Filing:
    """One transaction the person filed (or one correction of theirs).

    Attributes:
        key: the merchant key (`normalize(name).key`).
        code: the category it was filed under.
        amount: its signed amount, when known.
        day: the day it was filed, when known.
        ident: the transaction it belongs to (its id); filing it again replaces this
            filing. None for a correction that stands on its own.
        name: the merchant's display name ("Woolworths"), when known.
    """

    key: str
    code: str
    amount: Decimal | None = None
    day: date | None = None
    ident: Hashable | None = None
    name: str = ""


@dataclass(frozen=True)
class Recollection:
    """What memory says about one merchant.

    Attributes:
        key: the merchant key remembered (may differ from the one asked for when the
            match was loose or fuzzy).
        code: the category to use: the latest choice for that merchant, or, when the
            choices differ and amounts are known, the choice for the nearest amount.
        count: how many earlier transactions were filed under `code`.
        total: how many earlier transactions of that merchant there are.
        fuzzy: true when the merchant key only closely matched.
        by_amount: true when `code` was chosen by the nearest earlier amount.
        day: the day the merchant was last filed under `code`, when known.
        name: the display name it was filed with, when known.
    """

    key: str
    code: str
    count: int
    total: int
    fuzzy: bool = False
    by_amount: bool = False
    day: date | None = None
    name: str = ""

    @property
    def confidence(self) -> float:
        """0.8 for a single choice, up to 0.99 when all earlier ones agree."""
        share = self.count / self.total if self.total else 0.0
        base = 0.8 + 0.19 * share * min(1.0, self.count / 3)
        return round(base - (0.1 if self.fuzzy else 0.0), 3)


@dataclass
class _Summary:
    """One merchant's filings, counted (rebuilt after each change to that merchant)."""

    counts: Counter[str]
    latest: str
    days: dict[str, date | None]
    amounts: dict[float, str]  # amount spot -> latest choice there, oldest first
    name: str


@dataclass
class _Index:
    """Ways to find a remembered key other than by itself: by its bare words (`bare_words`)
    run together, and by the first letters of those."""

    joined: dict[str, str] = field(default_factory=dict)  # bare words run together -> key
    starts: dict[str, set[str]] = field(default_factory=dict)  # their first letters -> keys
    words: dict[str, set[str]] = field(default_factory=dict)  # each of their words -> keys

    def add(self, key: str) -> None:
        words = bare_words(key)
        joined = "".join(words)
        if joined:
            self.joined[joined] = key
            self.starts.setdefault(_start(joined), set()).add(key)
            for word in words:
                self.words.setdefault(word, set()).add(key)

    def remove(self, key: str) -> None:
        words = bare_words(key)
        joined = "".join(words)
        if not joined:
            return
        if self.joined.get(joined) == key:
            del self.joined[joined]
        self.starts.get(_start(joined), set()).discard(key)
        for word in words:
            self.words.get(word, set()).discard(key)


def _start(joined: str) -> str:
    """The letters a name is looked up by: two names that can be one merchant share them
    (a telling word has at least `_MIN_DISTINCT` letters)."""
    return joined[:_MIN_DISTINCT]


def bare_words(key: str) -> list[str]:
    """The words of a merchant key that tell the name apart, spelled one way: without
    articles and "and" ("the black dog" / "black dog", "mugg and bean" / "mugg bean"),
    German vowels written either way ("baeckerei" / "backerei" -> "backerei")."""
    return [_UMLAUT.sub(_plain_vowel, w) for w in key.split() if w not in _FILLERS]


def _plain_vowel(match: re.Match[str]) -> str:
    return match.group(0)[0]


class MerchantMemory:
    """Per merchant key: the person's filings, oldest first, and what they add up to."""

    def __init__(
        self,
        filings: Iterable[Filing | tuple[str, str] | tuple[str, str, Decimal | None]] = (),
        *,
        generic: frozenset[str] | None = None,
    ):
        """`filings` oldest first: `Filing`s, or (key, code) / (key, code, amount) tuples.
        `generic` words never tell two merchants apart (default: the seed's trade words
        such as "cafe" and small words such as "de", `seed.generic_words`)."""
        self._filings: dict[str, dict[Hashable, Filing]] = {}
        self._where: dict[Hashable, str] = {}  # transaction -> the key it is filed under
        self._order: dict[str, int] = {}  # key -> when it was last filed (higher: later)
        self._summaries: dict[str, _Summary] = {}
        self._index = _Index()
        self._changes = 0  # how many times memory changed: a kept place is of one moment
        self._places: dict[tuple[str, bool, bool, bool], tuple[int, tuple[str, bool] | None]] = {}
        self._generic = generic
        self._own = count(1)
        for item in filings:
            if isinstance(item, Filing):
                self.add(item)
            else:
                key, code, *amount = item
                self.record(key, code, amount[0] if amount else None)

    def __len__(self) -> int:
        return len(self._filings)

    def record(
        self,
        key: str,
        code: str,
        amount: Decimal | None = None,
        *,
        day: date | None = None,
        ident: Hashable | None = None,
        name: str = "",
    ) -> None:
        """Remember that a transaction of merchant `key` (of `amount`) was filed under `code`."""
        self.add(Filing(key, code, amount, day, ident, name))

    def add(self, filing: Filing) -> None:
        """Remember one filing (replacing the earlier filing of the same transaction)."""
        if not filing.key:
            return
        ident = filing.ident if filing.ident is not None else ("own", next(self._own))
        self.unfile(ident)
        history = self._filings.get(filing.key)
        if history is None:
            history = self._filings[filing.key] = {}
            self._index.add(filing.key)
        history[ident] = filing
        self._where[ident] = filing.key
        self._order[filing.key] = next(self._own)
        self._summaries.pop(filing.key, None)
        self._changes += 1

    def unfile(self, ident: Hashable) -> None:
        """Forget the filing of one transaction (it was deleted or left uncategorized)."""
        key = self._where.pop(ident, None)
        if key is None:
            return
        history = self._filings[key]
        del history[ident]
        self._summaries.pop(key, None)
        if not history:
            self.forget(key)

    def forget(self, key: str) -> None:
        """Drop everything remembered about one merchant."""
        for ident in self._filings.pop(key, {}):
            self._where.pop(ident, None)
        self._order.pop(key, None)
        self._summaries.pop(key, None)
        if key:
            self._index.remove(key)
        self._changes += 1

    def recall(
        self,
        key: str,
        *,
        fuzzy: bool = True,
        amount: Decimal | None = None,
        loose: bool = True,
        brand: bool = False,
    ) -> Recollection | None:
        """What was chosen for `key` (or the same words spaced otherwise); with `loose`, a
        remembered name that starts or extends it; with `fuzzy`, a nearly identical key;
        with `brand` (`key` is a well-known brand's), a remembered name that is the
        brand's start and no brand of its own (`_brand_start`). With `amount`, a mixed
        history answers with the choice for the nearest amount."""
        if not key:
            return None
        asked, now = (key, fuzzy, loose, brand), self._changes
        kept = self._places.get(asked)
        if kept is not None and kept[0] == now:
            place = kept[1]
        else:
            place = self._place(key, fuzzy=fuzzy, loose=loose)
            if place is None and brand and fuzzy:
                shorter = self._brand_start(key) or self._glued_brand(key)
                place = (shorter, True) if shorter is not None else None
            if len(self._places) >= _PLACES_LIMIT:
                self._places.clear()
            self._places[asked] = (now, place)
        return self._recollection(place[0], fuzzy=place[1], amount=amount) if place else None

    def _place(self, key: str, *, fuzzy: bool, loose: bool) -> tuple[str, bool] | None:
        """The remembered key that `recall` answers `key` from, and whether it only
        matched fuzzily or loosely (None: memory knows nothing of it). It depends on the
        keys remembered and the order they were filed in, not on an amount, so `recall`
        keeps it, with the count of changes it was found at, and looks again once memory
        changed (also when it changed while the place was being looked for, by another
        thread): a bank file names the same merchants again and again, at other amounts."""
        found = key if key in self._filings else self._index.joined.get("".join(bare_words(key)))
        if found is not None:
            return found, False
        if not fuzzy or not self._filings:
            return None
        related = (self._related(key) or self._glued(key) or self._inside(key)) if loose else None
        if related is not None:
            return related, True
        if len(key) < _MIN_FUZZY_KEY:
            return None
        near = process.extractOne(
            key, self._filings.keys(), scorer=fuzz.token_sort_ratio, score_cutoff=_FUZZY_CUTOFF
        )
        return (near[0], True) if near else None

    def _brand_start(self, key: str) -> str | None:
        """The remembered name that a well-known brand's key starts with, all of it and in
        whole words ("muller" / "muller drogerie"), when that name
        tells merchants apart (`_close_enough`) and is no well-known name of its own: a
        brand's name extended ("uber" / "uber eats") is another business of the brand,
        which the seed keeps apart. The longest such name wins, then the latest filed."""
        words = bare_words(key)
        best: tuple[int, int, str] | None = None
        for other in self._index.starts.get(_start("".join(words)), ()):
            common = _brand_start_of(words, bare_words(other), self._generic_words())
            if not common or normalize(other).known:
                continue
            rank = (common, self._order.get(other, 0), other)
            best = rank if best is None or rank > best else best
        return best[2] if best is not None else None

    def _glued_brand(self, key: str) -> str | None:
        """The remembered well-known name that a well-known one-word name ends with,
        after a shop format glued in front ("superspar", "kwikspar" / "spar"), when the
        seed files both under one category ("karstadt" is no "adt", "nespresso" no
        "esso"). The longest such name wins."""
        if " " in key:
            return None
        for start in range(_MIN_DISTINCT, len(key) - _MIN_GLUED + 1):
            rest = key[start:]
            if rest in self._filings and _same_seed_category(key, rest):
                return rest
        return None

    def _generic_words(self) -> frozenset[str]:
        if self._generic is None:
            self._generic = generic_words()
        return self._generic

    def _related(self, key: str) -> str | None:
        """The remembered key that names the same merchant with more or fewer trailing
        words (a branch, a city: "zuni cafe" / "zuni cafe san francisco"), or that shares
        its first two words. A one-word name, or two names that only share their start,
        must share a word that tells merchants apart (not only "cafe de"). The most shared
        words win, then the latest filed."""
        words = bare_words(key)
        best: tuple[int, int, str] | None = None
        for other in self._index.starts.get(_start("".join(words)), ()):
            shared, letters, whole = _shared_start(words, bare_words(other))
            if not _close_enough(shared, whole=whole, generic=self._generic_words()):
                continue
            rank = (letters, self._order.get(other, 0), other)
            best = rank if best is None or rank > best else best
        return best[2] if best is not None else None

    def _glued(self, key: str) -> str | None:
        """The remembered key of a name the bank ran together with its legal form
        ("SPOTIFYAB" / "Spotify", "ACMEGMBH" / "Acme")."""
        joined = "".join(bare_words(key))
        for form in GLUED_LEGAL_FORMS:
            rest = joined.removesuffix(form)
            if rest != joined and len(rest) >= _MIN_GLUED and rest in self._index.joined:
                return self._index.joined[rest]
        return None

    def _inside(self, key: str) -> str | None:
        """The remembered name that one name ends with, after other words: an owner's or
        founder's name, or the kind of shop, before the brand ("Alois Dallmayr KG" /
        "Dallmayr", "Backstube Kamps" / "Kamps"), either way round. The shorter name
        needs a telling word and `_MIN_INSIDE` letters; the longest shared wins, then the
        latest filed."""
        words = bare_words(key)
        best: tuple[int, int, str] | None = None
        for other in {k for word in words for k in self._index.words.get(word, ())}:
            theirs = bare_words(other)
            short, long_ = sorted((words, theirs), key=len)
            if len(short) == len(long_) or not self._telling(short):
                continue
            if not _ends_with(long_, short):
                continue
            rank = (len("".join(short)), self._order.get(other, 0), other)
            best = rank if best is None or rank > best else best
        return best[2] if best is not None else None

    def _telling(self, words: list[str]) -> bool:
        """Whether a remembered name can be recognised inside a longer one."""
        generic = self._generic_words()
        return len("".join(words)) >= _MIN_INSIDE and any(
            len(w) >= _MIN_DISTINCT and w not in generic for w in words
        )

    def _recollection(self, key: str, *, fuzzy: bool, amount: Decimal | None) -> Recollection:
        """The recollection of a key that is in memory."""
        summary = self._summary(key)
        code = summary.latest
        nearest = _nearest(summary.amounts, amount) if len(summary.counts) > 1 else None
        by_amount = nearest is not None and nearest != code
        code = nearest or code
        return Recollection(
            key,
            code,
            summary.counts[code],
            sum(summary.counts.values()),
            fuzzy,
            by_amount,
            summary.days.get(code),
            summary.name,
        )

    def _summary(self, key: str) -> _Summary:
        """The merchant's filings added up (cached until the merchant is filed again)."""
        found = self._summaries.get(key)
        if found is None:
            found = self._summaries[key] = _summarize(self._filings[key].values())
        return found


def names_match(key: str, other: str, *, loose: bool = True, brand: bool = False) -> bool:
    """Whether two merchant keys name one merchant as `MerchantMemory.recall` finds it
    (without fuzzy spelling): the same bare words, or with `loose` one name all the start
    of the other ("zuni cafe" / "zuni cafe san francisco"), or with `brand` (`key` is a
    well-known brand's) `other` all the start of `key` and no well-known name of its own."""
    words, others = bare_words(key), bare_words(other)
    if not words or not others:
        return key == other
    if words == others or "".join(words) == "".join(others):
        return True
    if brand and _brand_start_of(words, others, generic_words()) and not normalize(other).known:
        return True
    shared, _, whole = _shared_start(words, others)
    return loose and whole and _close_enough(shared, whole=True, generic=generic_words())


def _same_seed_category(name: str, other: str) -> bool:
    """Whether the seed knows both names as well-known ones of one category."""
    code = category_of(name)
    return code is not None and code == category_of(other) and normalize(other).known


def _brand_start_of(words: list[str], theirs: list[str], generic: frozenset[str]) -> int:
    """The letters of `theirs` when it is all of the start of `words`, in whole words (or
    cut short, as `_shared_start` takes it), shorter, and tells merchants apart; else 0."""
    shared, common, whole = _shared_start(words, theirs)
    if not whole or common != len("".join(theirs)) or common >= len("".join(words)):
        return 0
    return common if _close_enough(shared, whole=True, generic=generic) else 0


def _close_enough(shared: list[str], *, whole: bool, generic: frozenset[str]) -> bool:
    """Whether names sharing their first words `shared` are one merchant: one name is all
    shared and it has two words or a telling one, or they share two words or more with a
    telling one among them (a telling word: three letters or more, not `generic`)."""
    if whole and len(shared) >= 2:
        return True
    telling = any(len(w) >= _MIN_DISTINCT and w not in generic for w in shared)
    return (whole or len(shared) >= 2) and telling


def _ends_with(words: list[str], part: list[str]) -> bool:
    """Whether `words` end with all of `part` (and have words before it): the brand after
    an owner's name or the kind of shop. A name in the middle is more often a place
    ("Tashas Hyde Park Corner")."""
    return len(words) > len(part) and words[-len(part) :] == part


def _summarize(filings: Iterable[Filing]) -> _Summary:
    """Counts, the latest choice, the latest day of each choice and the amount history."""
    counts: Counter[str] = Counter()
    days: dict[str, date | None] = {}
    amounts: dict[float, str] = {}
    latest = name = ""
    for filing in filings:
        counts[filing.code] += 1
        latest = filing.code
        days[filing.code] = filing.day or days.get(filing.code)
        name = filing.name or name
        spot = _log_amount(filing.amount)
        if spot is None:
            amounts.clear()  # a choice without an amount: the latest choice rules again
        else:
            amounts.pop(spot, None)  # re-inserted last: the latest choice for this amount
            amounts[spot] = filing.code
    return _Summary(counts, latest, days, amounts, name)


def _shared_start(asked: list[str], other: list[str]) -> tuple[list[str], int, bool]:
    """What two names start with alike, however they run their words together ("lotte
    mart hcmc" / "lottemart da nang" share "lotte mart"): the shared words (of the name
    that splits them into more), their letters, and whether one name is all shared (a
    last word the bank cut short counts: "dm drogerie m" / "dm drogerie markt")."""
    joined, others = "".join(asked), "".join(other)
    ends, other_ends = _word_ends(asked), _word_ends(other)
    common = len(commonprefix([joined, others]))
    for words, text, own, theirs in (
        (asked, joined, ends, other_ends),
        (other, others, other_ends, ends),
    ):
        cut_from = own[-2] if len(own) > 1 else 0  # where its last word starts
        if common == len(text) and (common in theirs or cut_from in theirs):
            return words, common, True
    shared = max((end for end in ends if end <= common and end in other_ends), default=0)
    mine = [w for w, end in zip(asked, ends, strict=True) if end <= shared]
    their_words = [w for w, end in zip(other, other_ends, strict=True) if end <= shared]
    return max(mine, their_words, key=len), shared, False


def _word_ends(words: list[str]) -> list[int]:
    """Where each word ends in the words run together."""
    return list(accumulate(len(word) for word in words))


def _nearest(history: dict[float, str], amount: Decimal | None) -> str | None:
    """The choice made for the amount nearest `amount` (by ratio; later wins ties)."""
    spot = _log_amount(amount)
    if spot is None or not history:
        return None
    entries = list(history.items())
    best = min(range(len(entries)), key=lambda i: (abs(entries[i][0] - spot), -i))
    return entries[best][1]


def _log_amount(amount: Decimal | None) -> float | None:
    """Signed log of the amount's size (money in and out never count as near)."""
    if amount is None or amount == 0:
        return None
    size = math.log(float(abs(amount)))
    return size + 1000.0 if amount > 0 else -size - 1000.0
