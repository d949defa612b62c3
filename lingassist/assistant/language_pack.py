"""A language the assistant understands beyond English, as data: its number words, date
and money patterns, and a phrase lexicon that glosses its words into the assistant's own
vocabulary, plus the reply texts (`messages`).

One engine reads every pack. `gloss` rewrites a sentence ("j'ai dépensé douze euros
cinquante hier" -> "i spent 12 euros 50 yesterday") into a `TypoView` whose positions map
back to the person's own words, so the grammar that reads English (slots with spans,
intent rules, the learned intent layer) reads it unchanged and every amount, date and name
still points at what was written. The packs live in `lingassist.assistant.langs`; a
language is added with a data module, never a fork of the grammar.

Words are matched without their diacritics ("toi da chi 50k cho ca phe" is "tôi đã chi 50k
cho cà phê"), except that a pack with `strict_marks` (Vietnamese, where marks change the
word: "chi" spend, "chị" sister) only takes a written mark that agrees with the lexicon.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from difflib import get_close_matches
from functools import cached_property, lru_cache

from lingassist.assistant.typos import TypoView
from lingassist.assistant.words_shared import english_word

_MARK_FREE = {"đ": "d", "Đ": "D", "’": "'", "‘": "'", "œ": "o", "Œ": "O"}
_TOKEN = re.compile(r"[^\W\d_]+", re.U)


@lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """`text` without diacritics, one character for one ("Tiền điện" -> "Tien dien"), so
    positions in the folded text are positions in `text`."""
    if text.isascii():
        return text
    return text.translate(_FOLDED)


class _FoldTable(dict[int, str]):
    """str.translate's table, filled on first use of each character."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        folded = _MARK_FREE.get(char) or unicodedata.normalize("NFD", char)[0]
        self[code] = folded
        return folded


_FOLDED = _FoldTable()


def _has_marks(text: str) -> bool:
    return fold(text) != text.replace("’", "'")


@dataclass(frozen=True)
class NumberWords:
    """How a language says numbers in words.

    Attributes:
        units: words that add their value ("deux": 2, "douze": 12, "soixante": 60,
            "quatre-vingt": 80, "mười": 10, "lăm": 5).
        tens: words that multiply the unit before them by ten ("mươi").
        hundreds: words that multiply what precedes by 100 ("cent", "trăm").
        scales: words that close a group ("mille", "million", "nghìn", "triệu").
        halves: words that add half of the last multiplier ("rưỡi": "hai trăm rưỡi" 250).
        joiners: words allowed between number words ("et", "linh", "lẻ").
        alone_not_numbers: words that are a number only beside another number word
            ("un" is an article, "năm" also means year).
        digit_after_scale: a lone unit after a scale is its tenth ("một triệu hai" is
            1,200,000, as "1tr2").
    """

    units: Mapping[str, int]
    tens: Mapping[str, int] = field(default_factory=dict)
    hundreds: Mapping[str, int] = field(default_factory=dict)
    scales: Mapping[str, int] = field(default_factory=dict)
    halves: frozenset[str] = frozenset()
    joiners: frozenset[str] = frozenset()
    alone_not_numbers: frozenset[str] = frozenset()
    digit_after_scale: bool = False

    def kind(self, word: str) -> str | None:
        """ "unit", "tens", "hundred", "scale", "half", "join" or None."""
        for name, words in (
            ("unit", self.units),
            ("tens", self.tens),
            ("hundred", self.hundreds),
            ("scale", self.scales),
        ):
            if word in words:
                return name
        if word in self.halves:
            return "half"
        return "join" if word in self.joiners else None

    def value(self, words: list[str]) -> Decimal | None:
        """The number `words` say, or None when they are not one number."""
        total, group, last_unit, last_step, after_scale = Decimal(0), Decimal(0), 0, 1, 0
        for word in words:
            kind = self.kind(word)
            if kind == "unit":
                if last_unit and self.units[word] >= last_unit:
                    return None  # "douze cinquante" is two numbers: each word adds less
                group, last_unit = group + self.units[word], self.units[word]
                after_scale += 1
            elif kind == "tens":
                if not last_unit:
                    return None
                group += last_unit * (self.tens[word] - 1)
                last_unit, last_step = 0, 10
            elif kind == "hundred":
                group = (group or Decimal(1)) * self.hundreds[word]
                last_unit, last_step = 0, 100
            elif kind == "scale":
                total += (group or Decimal(1)) * self.scales[word]
                group, last_unit, last_step, after_scale = Decimal(0), 0, self.scales[word], 0
            elif kind == "half":
                if last_step < 100:
                    return None
                group += Decimal(last_step) / 2 if group else 0
                total += 0 if group else Decimal(last_step) / 2
        if self.digit_after_scale and total and after_scale == 1 and 0 < group < 10:
            return total + group * last_step / 10
        return total + group


@dataclass(frozen=True)
class LanguagePack:
    """Everything the assistant knows about one language (see the module docstring).

    Attributes:
        code: the language code ("fr", "vi").
        name: the language's name in English.
        detect: words that mark a sentence as this language (with or without marks).
        numbers: how numbers are said in words.
        patterns: (regex, English template) pairs tried first, in order, on the text
            without marks and ignoring case; the template names groups as {1} and turns
            a group into a month or weekday name with {month:1} / {weekday:1}.
        phrases: word or phrase -> its gloss in the grammar's vocabulary ("" drops it).
        months: month words -> English month name ("mars": "march").
        weekdays: weekday words -> English weekday name ("vendredi": "friday").
        strict_marks: a word written with marks must carry the lexicon's marks.
        contextual: (regex, phrases) pairs: when the regex is found in the sentence
            (without marks), those glosses win ("à" is "to" after "envoie", else "at").
        question: a regex (without marks) that makes the sentence a question wherever it
            stands ("bao nhiêu" ends Vietnamese questions); the gloss then ends with "?".
        account_nouns: words that say "account" before an account's name ("compte",
            "tài khoản"): the name is what follows ("tài khoản tiết kiệm" is "tiết kiệm").
        never_entries: a regex (without marks) for money not spent or received by the
            person: a plan, wish or need, a price, someone else's pay ("je veux économiser
            5000 euros", "anh tôi lương 30 triệu"); such a sentence is never logged.
        never_actions: a regex for sentences that are never any write: a negation, an "if",
            a loan, a reminder ("j'ai pas dépensé 40 euros", "nhắc tôi trả tiền nhà").
        messages: the assistant's reply texts in this language, by key.
        shared_with_english: its words, written without marks, that are English words too:
            alone in a short entry they say nothing of its language ("chia seeds 4.99").
        elisions: (regex, replacement) joins the language makes between a reply's words
            once its values are filled in ("que en novembre" is written "qu’en novembre").
    """

    code: str
    name: str
    detect: frozenset[str]
    numbers: NumberWords
    patterns: tuple[tuple[str, str], ...] = ()
    phrases: Mapping[str, str] = field(default_factory=dict)
    months: Mapping[str, str] = field(default_factory=dict)
    weekdays: Mapping[str, str] = field(default_factory=dict)
    strict_marks: bool = False
    contextual: tuple[tuple[str, Mapping[str, str]], ...] = ()
    question: str | None = None
    account_nouns: tuple[str, ...] = ()
    never_entries: str | None = None
    never_actions: str | None = None
    messages: Mapping[str, str] = field(default_factory=dict)
    shared_with_english: frozenset[str] = frozenset()
    elisions: tuple[tuple[str, str], ...] = ()

    def gloss(self, text: str) -> TypoView:
        """`text` in the grammar's vocabulary, with the map back to what was written."""
        view = TypoView(text, text, tuple(range(len(text) + 1)))
        fixed = [False] * len(text)
        if not self.strict_marks:  # "depencé", "suprime", "anule": the word meant
            view, _ = _rewrite(view, fixed, _LONG_WORD, self._mended)
            fixed = [False] * len(view.text)
        view, fixed = _rewrite(view, fixed, self._number_pattern, self._number_digits)
        for pattern, template in self._compiled_patterns:
            view, fixed = _rewrite(view, fixed, pattern, template)
        folded = fold(text)
        overrides = {
            _key(key): gloss
            for condition, phrases in self.contextual
            if re.search(condition, folded, re.I)
            for key, gloss in phrases.items()
        }

        def gloss(written: str, match: re.Match[str]) -> str | None:
            if _is_name(view.text, match.start(), written):
                return None  # "Minh" is a name, not "mình"; "Orange" a biller
            key = _key(written)
            return overrides[key] if key in overrides else self._phrase_gloss(written, match)

        view, fixed = _rewrite(view, fixed, self._phrase_pattern, gloss)
        if self.question and re.search(self.question, folded, re.I) and "?" not in text:
            view = TypoView(view.original, view.text + " ?", (*view.origin, len(text), len(text)))
        return view

    def vetoes(self, text: str, *, logged: bool) -> bool:
        """True when `text` can be no write (`never_actions`), or, for an entry to log
        (`logged`: an expense, income, refund or split), no entry (`never_entries`)."""
        folded = fold(text)
        if self.never_actions and re.search(self.never_actions, folded, re.I):
            return True
        return bool(logged and self.never_entries and re.search(self.never_entries, folded, re.I))

    def detect_score(self, text: str, also: frozenset[str] = frozenset()) -> int:
        """How many different words of `text` are this language's own words (or in `also`,
        its common words listed elsewhere)."""
        words = {w.lower() for w in _TOKEN.findall(text.replace("'", " ").replace("’", " "))}
        own, folded = self._own_words
        typos = not self.strict_marks and len(words) <= _TYPO_WORDS  # "anule": a short one
        return sum(
            w in own
            or w in also
            or (not _has_marks(w) and w in folded)
            or (typos and (self.correction(w) or "").lower() in own)
            for w in words
        )

    def correction(self, word: str) -> str | None:
        """The lexicon word `word` misspells by one letter left out, doubled, changed or
        swapped inside it ("depencé" -> "dépensé", "suprime" -> "supprime", "anule" ->
        "annule"), or None. A different ending is another form, not a typo ("livret" is
        not "livre"), and English words are left as they are."""
        folded = fold(word).lower()
        if folded not in self._corrections:
            if len(self._corrections) > _TYPO_MEMORY:
                self._corrections.clear()
            self._corrections[folded] = self._closest_spelling(folded)
        return self._corrections[folded]

    @cached_property
    def _corrections(self) -> dict[str, str | None]:
        """Words already looked at (a parse meets the same everyday words again)."""
        return {}

    def _closest_spelling(self, folded: str) -> str | None:
        spellings = self._spellings
        if len(folded) < _TYPO_LENGTH or folded in spellings or english_word(folded):
            return None
        for close in get_close_matches(folded, list(spellings), n=3, cutoff=_TYPO_CUTOFF):
            if _one_slip_inside(folded, close):
                return spellings[close]
        return None

    def _mended(self, written: str, match: re.Match[str]) -> str | None:
        if _is_name(match.string, match.start(), written):
            return None
        return self.correction(written)

    @cached_property
    def _spellings(self) -> dict[str, str]:
        """The lexicon's single words without marks -> as the lexicon writes them."""
        spellings: dict[str, str] = {}
        words = [k for k in self.phrases if " " not in k and "'" not in k]
        words += [*self.numbers.units, *self.numbers.hundreds, *self.numbers.scales]
        for word in words:
            if len(word) >= _TYPO_LENGTH:
                spellings.setdefault(fold(word).lower(), word)
        return spellings

    @cached_property
    def _own_words(self) -> tuple[frozenset[str], frozenset[str]]:
        """The detection words and the longer number words ("douze", "mươi"; not "six" or
        "cent", English too), as written and without marks."""
        numbers = self.numbers
        own = self.detect | {
            part
            for word in (*numbers.units, *numbers.tens, *numbers.hundreds, *numbers.scales)
            for part in word.split("-")
            if len(part) >= 4 and part not in _ENGLISH_TOO
        }
        lexicon = {  # the lexicon's own words ("annuler", "trợ"), not those English shares
            part
            for key, gloss in self.phrases.items()
            for part in re.split(r"[\s'-]+", key.lower())
            if (len(part) >= 4 or (self.strict_marks and _has_marks(part)))
            and fold(part) != gloss
            and not english_word(fold(part))
        }
        own |= lexicon
        # Without marks, a strict language's word counts when listed so ("toi", "hom") or
        # long enough not to be a common short word of another language ("tiet", "luong").
        folded = {fold(w) for w in own if not self.strict_marks or fold(w) == w or len(w) >= 4}
        return frozenset(own), frozenset(folded)

    # numbers
    @cached_property
    def _every_number_word(self) -> list[str]:
        """Every number word of the lexicon: units, tens, hundreds, scales, halves, joiners."""
        numbers = self.numbers
        words = [*numbers.units, *numbers.tens, *numbers.hundreds, *numbers.scales]
        return words + [*numbers.halves, *numbers.joiners]

    @cached_property
    def _one_number(self) -> re.Pattern[str]:
        words = self._every_number_word
        return re.compile(r"(?<![\w])(?:" + _alternation(words) + r")(?![\w])", re.I)

    @cached_property
    def _number_pattern(self) -> re.Pattern[str]:
        numbers = self.numbers
        words = [
            *numbers.units,
            *numbers.tens,
            *numbers.hundreds,
            *numbers.scales,
            *numbers.halves,
        ]
        one = _alternation(words)
        joiner = _alternation(list(numbers.joiners)) if numbers.joiners else "(?!)"
        return re.compile(  # never the scale of digits before it ("7 triệu" is read as is)
            rf"(?<![\w-])(?<!\d\s)(?:{one})(?:(?:[\s-]+(?:{joiner})[\s-]+|[\s-]+)(?:{one}))*"
            r"(?![\w-])",
            re.I,
        )

    def _number_digits(self, original: str, match: re.Match[str]) -> str | None:
        """The digits for a run of number words ("quatre-vingt-dix-neuf" -> "99"), or None
        when the run is not a number (a lone article "un", a name "Nam")."""
        if self.strict_marks and original[:1].isupper() and match.start() > 0:
            return None  # a capitalized word inside a sentence is a name ("anh Nam")
        words = [
            self._number_word(re.sub(r"[\s-]+", "-", m.group(0).lower()))
            for m in self._one_number.finditer(original)
        ]
        if any(w is None for w in words) or not words:
            return None
        known = [w for w in words if w is not None]
        if len(known) == 1 and known[0] in self.numbers.alone_not_numbers:
            return None
        if self.numbers.kind(known[0]) in ("join", "half", "tens"):
            return None
        value = self.numbers.value(known)
        if value is None:
            return self._spoken_price(known)
        if value <= 0:
            return None
        return format(value.normalize(), "f")

    def _spoken_price(self, words: list[str]) -> str | None:
        """ "douze cinquante" -> "12.50": two numbers said one after the other, the second
        from 10 to 99, are a price with its cents (as "twelve fifty" in English)."""
        for cut in range(1, len(words)):
            whole, cents = self.numbers.value(words[:cut]), self.numbers.value(words[cut:])
            if whole is not None and cents is not None and whole > 0 and 10 <= cents <= 99:
                scaled = any(self.numbers.kind(w) in ("hundred", "scale") for w in words[cut:])
                if not scaled:
                    return f"{format(whole.normalize(), 'f')}.{int(cents):02d}"
        return None

    def _number_word(self, word: str) -> str | None:
        """The lexicon's spelling of `word` (written with or without its marks)."""
        return self._number_spelling.get(word) or (
            None if _has_marks(word) else self._number_spelling_folded.get(word)
        )

    @cached_property
    def _number_spelling(self) -> dict[str, str]:
        every = self._every_number_word
        return {w: w for w in every} | (
            {} if self.strict_marks else {fold(w): w for w in every if fold(w) not in every}
        )

    @cached_property
    def _number_spelling_folded(self) -> dict[str, str]:
        folded: dict[str, str] = {}
        for word in self._every_number_word:
            folded.setdefault(fold(word), word)
        return folded

    # patterns
    @cached_property
    def _compiled_patterns(
        self,
    ) -> tuple[tuple[re.Pattern[str], Callable[[str, re.Match[str]], str | None]], ...]:
        return tuple(
            (re.compile(_START + r"(?:" + pattern + r")" + _END, re.I), self._filler(template))
            for pattern, template in self.patterns
        )

    def _filler(self, template: str) -> Callable[[str, re.Match[str]], str | None]:
        months = {fold(k).lower(): v for k, v in self.months.items()}
        weekdays = {fold(k).lower(): v for k, v in self.weekdays.items()}

        def fill(written: str, match: re.Match[str]) -> str:
            def one(slot: re.Match[str]) -> str:
                kind, index = slot.group(1), int(slot.group(2))
                if match.group(index) is None:
                    return ""
                start, end = match.start(index) - match.start(), match.end(index) - match.start()
                said = written[start:end]  # as written, with its marks
                if kind == "month":
                    key = fold(said).lower()
                    if key in months:
                        return months[key]
                    number = int(key) if key.isdigit() else 0
                    return _MONTH_NAMES[number - 1] if 1 <= number <= 12 else said
                if kind == "weekday":
                    return weekdays.get(re.sub(r"\s+", " ", fold(said).lower()), "")
                return said

            return re.sub(r"\{(?:(month|weekday):)?(\d)\}", one, template)

        return fill

    # phrases
    @cached_property
    def _phrase_index(self) -> dict[str, list[tuple[str, str]]]:
        index: dict[str, list[tuple[str, str]]] = {}
        for key, gloss in self.phrases.items():
            index.setdefault(_key(fold(key)), []).append((_key(key), gloss))
        return index

    @cached_property
    def _phrase_pattern(self) -> re.Pattern[str]:
        keys = {fold(k) for k in self.phrases}
        keys |= {fold(k) for _, phrases in self.contextual for k in phrases}
        return re.compile(
            r"(?<![\w])(?:"
            + "|".join(_phrase_piece(k) for k in sorted(keys, key=len, reverse=True))
            + ")",
            re.I,
        )

    def _phrase_gloss(self, original: str, _match: re.Match[str]) -> str | None:
        said = _key(original)
        entries = self._phrase_index.get(_key(fold(original)), [])
        glued = " " if original.endswith(("'", "’")) else ""  # "d'Amazon" -> "from Amazon"
        for spelling, gloss in entries:
            if spelling == said:
                return gloss + glued if gloss else gloss
        if not entries:
            return None
        if self.strict_marks and _has_marks(original):
            return None
        return entries[0][1] + glued if entries[0][1] else ""


_ENGLISH_TOO = frozenset({"cent", "cents", "million", "millions"})
_MONTH_NAMES = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)  # fmt: skip


# Typos: words of at least 5 letters, 85% alike (a letter missing, doubled or changed);
# they tell a language only in a sentence of a few words (in a longer one, others do).
_TYPO_WORDS = 3
_TYPO_MEMORY = 20_000
_TYPO_LENGTH = 5
_TYPO_CUTOFF = 0.85
_LONG_WORD = re.compile(r"(?<![\w'’-])[^\W\d_]{5,}(?![\w'’-])")

# A pattern's match starts and ends at a word's edge, unless it starts or ends on a space,
# a sign or a lookahead.
_START = r"(?:(?<![\w-])|(?![\w-]))"
_END = r"(?:(?<=[\w-])(?![\w-])|(?<![\w-]))"


def _key(words: str) -> str:
    """A phrase compared without case, apostrophes or spacing ("J’ai" == "jai" == "j ai")."""
    return re.sub(r"[\s'’-]+", "", words.lower())


def _one_slip_inside(word: str, known: str) -> bool:
    """One letter left out, added, changed or two swapped, not at the word's end."""
    if word[-1] != known[-1] or word[0] != known[0]:
        return False
    if len(word) == len(known):
        diff = [i for i, (a, b) in enumerate(zip(word, known, strict=True)) if a != b]
        swapped = len(diff) == 2 and diff[1] == diff[0] + 1 and sorted(word) == sorted(known)
        return len(diff) == 1 or swapped
    longer, shorter = (word, known) if len(word) > len(known) else (known, word)
    if len(longer) - len(shorter) != 1:
        return False
    return any(longer[:i] + longer[i + 1 :] == shorter for i in range(1, len(longer) - 1))


def _is_name(text: str, start: int, written: str) -> bool:
    """A capitalized word inside a sentence (not after . ! ? or a line's start) is a name."""
    if not written[:1].isupper():
        return False
    before = text[:start].rstrip()
    return bool(before) and before[-1] not in ".!?:;\n"


def _phrase_piece(key: str) -> str:
    """The regex for one lexicon key: spaces and hyphens match either, an apostrophe may be
    left out ("jai", "j ai"), and a key ending in one ("d'") is glued to the next word."""
    if key.endswith("'"):
        return re.escape(key[:-1]) + r"'\s?"
    body = re.escape(key).replace(r"\ ", r"[\s-]+").replace(r"\-", r"[\s-]+")
    return body.replace("'", r"(?:'\s?|\s)?") + r"(?![\w])"


def _alternation(words: list[str]) -> str:
    variants = {fold(w) for w in words} | set(words)
    ordered = sorted(variants, key=len, reverse=True)
    return "|".join(
        re.escape(w).replace(r"\ ", r"[\s-]+").replace(r"\-", r"[\s-]+") for w in ordered
    )


def _rewrite(
    view: TypoView,
    fixed: list[bool],
    pattern: re.Pattern[str],
    replace: Callable[[str, re.Match[str]], str | None],
) -> tuple[TypoView, list[bool]]:
    """`view` with each match of `pattern` (found in the text without marks) replaced by
    what `replace` gives for it (None keeps it); the map back to the original is kept.
    `fixed` marks characters an earlier rewrite wrote: they are never rewritten again
    (the "on" of "on 3 march" is not French "on", "we")."""
    folded = fold(view.text)
    pieces: list[str] = []
    origin: list[int] = []
    marks: list[bool] = []
    position = 0
    for match in pattern.finditer(folded):
        if any(fixed[match.start() : match.end()]):
            continue
        new = replace(view.text[match.start() : match.end()], match)
        if new is None:
            continue
        pieces.append(view.text[position : match.start()])
        origin.extend(view.origin[position : match.start()])
        marks.extend(fixed[position : match.start()])
        pieces.append(new)
        origin.extend(_spread(view.origin[match.start()], view.origin[match.end()], len(new)))
        marks.extend([True] * len(new))
        position = match.end()
    if not pieces:
        return view, fixed
    pieces.append(view.text[position:])
    origin.extend(view.origin[position:])
    marks.extend(fixed[position:])
    return TypoView(view.original, "".join(pieces), tuple(origin)), marks


def _spread(start: int, end: int, length: int) -> list[int]:
    """Positions for `length` new characters standing for original[start:end]: all at the
    start, so any span that covers the new words covers the whole of what was written."""
    return [start] * length
