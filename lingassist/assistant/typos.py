"""Forgiving typos in the small closed vocabularies the grammar looks for ("yesterady",
"thrusday", "lst nite", "montly"), without losing where each word was written.

`TypoView` is the text with misspelt vocabulary words replaced by the word meant, plus a
map from every position in the corrected text back to the original, so a span found in
the view points at the person's own letters.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from difflib import get_close_matches

from lingassist.assistant.lexicon import MONEY_NICKNAMES, REFUND_LOANWORDS, TENS
from lingassist.assistant.types import Span
from lingassist.assistant.typo_guard_words import GUARDED_WORDS

# The words dates and repetition are made of, and short forms people type for them.
DATE_VOCABULARY = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "yesterday",
    "today",
    "tonight",
    "tomorrow",
    "morning",
    "evening",
    "afternoon",
    "night",
    "week",
    "weekend",
    "month",
    "year",
    "last",
    "this",
    "next",
    "ago",
    "january",
    "february",
    "march",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "monthly",
    "weekly",
    "yearly",
    "annually",
    "daily",
    "every",
    "each",
]
SHORT_FORMS = {
    "lst": "last",
    "munth": "month",
    "mnth": "month",
    "mth": "month",
    "nite": "night",
    "nites": "nights",
    "wk": "week",
    "yday": "yesterday",
    "yest": "yesterday",
    "ystd": "yesterday",
    "ystrdy": "yesterday",
    "tdy": "today",
    "tmrw": "tomorrow",
    "tmr": "tomorrow",
    "tmw": "tomorrow",
    "2moro": "tomorrow",
    "tomoro": "tomorrow",
    "tomorow": "tomorrow",
    "tommorow": "tomorrow",
    "tommorrow": "tomorrow",
    # a day's possessive typed without its apostrophe: "split yesterdays pizza 28 with mia"
    "yesterdays": "yesterday's",
    "todays": "today's",
    "morn": "morning",  # "paid gas bil 65 quid this morn"
    "2morrow": "tomorrow",
    "2day": "today",
    "2nite": "tonight",
    "tonite": "tonight",
    "tonyt": "tonight",
    "2night": "tonight",
    "wknd": "weekend",
    "wkd": "weekend",
    "bal": "balance",
    "nvm": "never mind",
    "payed": "paid",
    "budjet": "budget",
    "spended": "spent",
    "spendt": "spent",
    "bougt": "bought",
    # learners' regular past tenses: "I buyed the train ticket", "I sended 50 to my sister"
    "buyed": "bought",
    "sended": "sent",
    "costed": "cost",
    "payd": "paid",
    "wkend": "weekend",
    "arvo": "afternoon",  # Australian English
    "ovr": "over",
    "xfer": "transfer",  # "xfer 2k biz to gst account"
    "trf": "transfer",
    # texting spellings of question words: "wat did i buy at the campus store"
    "wat": "what",
    "wut": "what",
    "wht": "what",
    "hw": "how",
    "abt": "about",
    "u": "you",
    "ur": "your",
    "shd": "should",  # "that shd be groceries"
    "shld": "should",
    "undr": "under",
    "whr": "where",  # "whr does all my mony go"
    "bucs": "bucks",  # "uber 23 bucs last nite"
    # the words of a correction: "actualy 150" after a payment
    "actualy": "actually",
    "acutally": "actually",
    "actaully": "actually",
    # texting's "that": "hw much left in tht", "cancl tht" ("cancl" is one letter short of
    # an action word, which `_correction` mends; texting's "nd" for "and" is read where a
    # follow-up opens: "2nd" holds the same letters)
    "tht": "that",
    "spliting": "splitting",  # "Spliting the churrasco with Pedro, João and Bia"
    "splited": "split",
    "buks": "bucks",
}
# The words commands are built on: a typo in one of them ("pya", "sned", "trasnfer",
# "refudn", "teh", "savigns") should not change what a sentence means.
ACTION_WORDS = [
    "convert",
    "remind",
    "remember",
    "first",
    "quarter",
    "much",
    "have",
    "money",
    "received",
    "undo",
    "delete",
    "cancel",
    "nevermind",
    "remove",
    "pay",
    "paid",
    "send",
    "sent",
    "transfer",
    "transferred",
    "refund",
    "refunded",
    "split",
    "spent",
    "bought",
    "the",
    "savings",
    "checking",
    "mastercard",
    "balance",
    "budget",
    "show",
    "list",
    "transactions",
    "subscriptions",
    "subscription",
    "groceries",
    "expense",
    "income",
    "salary",
    "payment",
    "prepare",
    "back",
    "with",
]
# Long category words people mistype ("resturants", "electricty"); short ones are left out,
# since one slip away from them is another word ("tax" is not "taxi"), and so are long ones
# a letter away from a common word ("interest" is not "internet", "packing" not "parking")
CATEGORY_WORDS = [
    "restaurants",
    "restaurant",
    "electricity",
    "insurance",
    "pharmacy",
    "takeaway",
    "entertainment",
    "transport",
    "utilities",
    "household",
    "breakfast",
    "holiday",
    "haircut",
    "dentist",
    "clothes",
    "clothing",
]
# Number words of amounts, mistyped as often as any ("twnety bucks", "fitfy", "thousnad"): the
# tens and the scales people write out (the lexicon's "fourty" is itself a slip, read as 40)
NUMBER_WORDS_MISTYPED = [word for word in TENS if word != "fourty"] + ["hundred", "thousand"]
COMMAND_VOCABULARY = tuple(DATE_VOCABULARY + ACTION_WORDS + CATEGORY_WORDS + NUMBER_WORDS_MISTYPED)
DATE_WORDS = tuple(DATE_VOCABULARY)
# Emoji people use for what they bought or did, read as the word they stand for
EMOJI_WORDS = {
    "☕": "coffee",
    "⛽": "fuel",
    "🚕": "taxi",
    "🚖": "taxi",
    "🚌": "bus",
    "🚇": "metro",
    "🚆": "train",
    "✈": "flight",
    "🍕": "pizza",
    "🍔": "burger",
    "🍺": "beer",
    "🍻": "beer",
    "🍷": "wine",
    "🛒": "groceries",
    "🎬": "cinema",
    "🏠": "rent",
    "💊": "pharmacy",
    "🅿": "parking",
    "💇": "haircut",
    "🎁": "gift",
    "📱": "phone",
    "💡": "electricity",
    "👕": "clothes",
    "📚": "books",
    "🍽": "restaurant",
    "🥐": "bakery",
    "🏋": "gym",
    "✅": "paid",
    "❌": "delete",
}
_WORD = re.compile(
    "(?:" + "|".join(EMOJI_WORDS) + ")\ufe0f?|"  # "⛽ 62.10": fuel 62.10
    r"(?<![\w.,])2(?:day|nite|night|moro|morrow)\b|"  # "2day"
    r"(?<=\d\s)[24](?=\s+(?:the\s+|my\s+|a\s+)?[a-z]{3,})|"  # "got 60 4 tutoring", "50 2 savings"
    # not the "u" of "triệu" (whole words only), nor the "u" of "c/u" (each, in Spanish)
    r"(?<![^\W\d_])(?<!/)[A-Za-z]+(?![^\W\d_])(?!/)"
)
# After an amount, "4" and "2" typed for "for" and "to", unless they count or price something
_TEXTING_WORDS = {"4": "for", "2": "to"}
_COUNTED_AFTER = re.compile(
    r"\s+(?:each|people|persons|ppl|of|x|times|ways|more|items?|tickets?|nights?|days?|weeks?|"
    r"months?|years?|hours?|mins?|minutes?|euros?|dollars?|pounds?|bucks|quid|cents?|pence|"
    r"[a-z]+s)\b",
    re.I,
)
# Real words typed for the date word they sound like, read as that word only right after
# a word that says when ("last weak", "this weaks", "2 weaks ago"; "a weak signal" stays)
_SOUNDS_LIKE = {
    "weak": "week",
    "weaks": "weeks",
    "weakend": "weekend",
    "weakends": "weekends",
    "moth": "month",  # "this moth": a letter dropped into another word
    "moths": "months",
}
_WHEN_BEFORE = frozenset(
    {"last", "this", "next", "past", "every", "each", "per", "that", "few", "couple"}
    | {str(n) for n in range(2, 13)}
    | {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}
)
_CUTOFF = 0.8
_SHORT = 6


@dataclass(frozen=True)
class TypoView:
    """Text with vocabulary typos corrected.

    Attributes:
        original: the text as written.
        text: the corrected text (the same as `original` when nothing was corrected).
        origin: for each position of `text` (and one past its end), the position in
            `original` it came from.
    """

    original: str
    text: str
    origin: tuple[int, ...]

    def span(self, start: int, end: int) -> Span:
        """The span of the original text behind `text[start:end]`."""
        first, last = self.origin[start], self.origin[end]
        return Span(first, last, self.original[first:last])


# "420.–", "kr 4 375,-", "CHF 38.--": a whole amount written with a dash where its cents
# would be, as Switzerland, Scandinavia and Germany write prices
_CENTS_DASH = re.compile(r"(?<=\d)[.,][-\u2013\u2014]{1,2}(?![\w\-\u2013\u2014])")


def without_cents_dashes(view: TypoView) -> TypoView:
    """`view` with the dash of a whole amount ("420.–") blanked; the text keeps its length,
    so every span still points at the words it came from."""
    text = _CENTS_DASH.sub(lambda match: " " * len(match.group(0)), view.text)
    return view if text == view.text else replace(view, text=text)


# An "o" typed for a zero among a price's decimals: "48.6o", "62.o8"
_O_FOR_ZERO = re.compile(r"(?<=\d[.,])[oO](?=\d)|(?<=\d[.,]\d)[oO](?![\w])")


def with_zeros_for_os(view: TypoView) -> TypoView:
    """`view` with an "o" typed among a price's decimals read as a zero ("gas 48.6o"); one
    character for one, so every span still points at the words it came from."""
    text = _O_FOR_ZERO.sub("0", view.text)
    return view if text == view.text else replace(view, text=text)


def typo_view(text: str, vocabulary: tuple[str, ...] = DATE_WORDS) -> TypoView:
    """`text` with each word that is a close misspelling of a vocabulary word corrected."""
    pieces: list[str] = []
    origin: list[int] = []
    position = 0
    previous = ""
    for match in _WORD.finditer(text):
        word, said_before = match.group(0).lower(), previous
        previous = word
        emoji = EMOJI_WORDS.get(word.rstrip("\ufe0f"))
        if emoji is not None:
            pieces.append(text[position : match.start()])
            origin.extend(range(position, match.start()))
            pieces.append(f" {emoji} ")
            origin.extend([match.start()] * (len(emoji) + 2))
            position = match.end()
            continue
        if match.start() and match.group(0)[:1].isupper():
            continue  # a capitalized word inside a sentence is a name: "Seth", "Monty"
        fixed = _guarded_correction(word, vocabulary)
        if word in _TEXTING_WORDS:
            if _COUNTED_AFTER.match(text, match.end()):
                continue  # "12 4 people", "3 2 tickets": a count, not a word
            fixed = _TEXTING_WORDS[word]
        if word in REFUND_LOANWORDS:
            fixed = REFUND_LOANWORDS[word]
        if word in _SOUNDS_LIKE and said_before in _WHEN_BEFORE:
            fixed = _SOUNDS_LIKE[word]  # "last weak": a word spelt as it sounds
        if _hesitation(text, match, said_before):
            fixed = ""  # "um the the refund": what the grammar reads is "the refund"
        if _dictated_mark(text, match, word):
            fixed = _DICTATED[word]  # "ninety eight seventy comma due date passed period"
        fixed = _unglued(text, match, fixed)
        if fixed is None:
            continue
        pieces.append(text[position : match.start()])
        origin.extend(range(position, match.start()))
        pieces.append(fixed)
        origin.extend([match.start()] * len(fixed))
        position = match.end()
    if not pieces:
        return TypoView(text, text, tuple(range(len(text) + 1)))
    pieces.append(text[position:])
    origin.extend(range(position, len(text) + 1))
    return TypoView(text, "".join(pieces), tuple(origin))


# Punctuation said aloud to a dictation keyboard: "comma" anywhere, "period" to end
_DICTATED = {"comma": ",", "period": "."}


def _dictated_mark(text: str, match: re.Match[str], word: str) -> bool:
    if word == "comma":
        return True
    return word == "period" and not text[match.end() :].strip()


_GLUED_WORD = 3  # letters a word needs to be told apart from the number typed onto it


_SPACE = re.compile(r"\s")
_GLUED_RUNS = 3  # "bakery6.20yesterday": a word, a price and a word at most


def _code_like(text: str, start: int, end: int) -> bool:
    """True when the letters at `start:end` are part of a token that switches between
    letters and digits more often than words with prices glued to them do (a wallet
    address, a reference: their digits are no amounts)."""
    token_start = max(text.rfind(" ", 0, start), text.rfind("\n", 0, start)) + 1
    following = _SPACE.search(text, end)
    token_end = following.start() if following else len(text)
    runs = re.findall(r"[^\W\d_]+|\d+(?:[.,]\d+)*", text[token_start:token_end])
    return len(runs) > _GLUED_RUNS


def _unglued(text: str, match: re.Match[str], fixed: str | None) -> str | None:
    """`fixed` (or the word as typed) with a space put between it and a number typed onto
    it without one ("coffee4.50", "bakery6.20yesterday"); unchanged when nothing is glued
    ("45k", "2pm" and "3rd" are one thing each)."""
    word = fixed if fixed is not None else match.group(0)
    start, end = match.start(), match.end()
    before = start > 0 and text[start - 1].isdigit() and word.lower() in DATE_VOCABULARY
    after = end < len(text) and text[end].isdigit() and len(match.group(0)) >= _GLUED_WORD
    if not (before or after) or not word:
        return fixed
    if _code_like(text, start, end):
        return fixed  # "bc1qxy2kgd…", "INV2024A7": a code or an address, not words and prices
    return (" " if before else "") + word + (" " if after else "")


# Sounds people make while thinking, and little words said twice while speaking
FILLERS = frozenset({"um", "umm", "uh", "uhh", "uhm", "erm", "ehm", "hmm", "mmm"})
_STUTTERED = frozenset({"the", "a", "an", "i", "to", "and", "my", "it", "for", "on", "at"})


def _hesitation(text: str, match: re.Match[str], said_before: str) -> bool:
    """A filler ("um", "erm") or a small word said twice in a row ("the the")."""
    word = match.group(0).lower()
    if word in FILLERS:
        return True
    return (
        word == said_before
        and word in _STUTTERED
        and text[: match.start()].rstrip().lower().endswith(word)
    )


def unguarded_correction(word: str) -> str | None:
    """What `word` would be corrected to with no guard words (for the guard generator)."""
    return _correction(word, COMMAND_VOCABULARY, frozenset())


_CACHE: dict[tuple[int, str], str | None] = {}
_CACHE_LIMIT = 20_000


def _guarded_correction(word: str, vocabulary: tuple[str, ...]) -> str | None:
    """`_correction` with the guard words, remembered per vocabulary and word (a parse
    meets the same everyday words again and again)."""
    key = (id(vocabulary), word)
    if key not in _CACHE:
        if len(_CACHE) > _CACHE_LIMIT:
            _CACHE.clear()
        _CACHE[key] = _correction(word, vocabulary, GUARDED_WORDS)
    return _CACHE[key]


# A letter typed three times or more in a row
_HELD_LETTER = re.compile(r"([^\W\d_])\1{2,}")


def _correction(word: str, vocabulary: tuple[str, ...], guarded: frozenset[str]) -> str | None:
    """The vocabulary word `word` misspells, or None (a correct or unrelated word).

    Short words (up to 6 letters) count as a typo only for two swapped letters ("pya",
    "tdoay") or one letter missing or doubled ("montly"), never for a changed letter: that
    makes another word ("eight" is not "night"). Longer words may be a little further off
    ("yesterady", "thrusday")."""
    if word in SHORT_FORMS:
        return SHORT_FORMS[word]
    if (squeezed := _HELD_LETTER.sub(r"\1\1", word)) != word:
        # "tennner", "yesterdayyy", "fiverrr": a key held down, the word with its letter
        # doubled, or once when that is a money word
        single = _HELD_LETTER.sub(r"\1", word)
        if single in MONEY_NICKNAMES:
            return single
        return _correction(squeezed, vocabulary, guarded) or squeezed
    if word in vocabulary or word in guarded or _inflected(word, vocabulary):
        return None
    if len(word) < 3:
        return None
    if len(word) <= _SHORT:
        return next((known for known in vocabulary if _one_slip(word, known)), None)
    close = get_close_matches(word, vocabulary, n=1, cutoff=_CUTOFF)
    return close[0] if close and not _spelled_by_sound(word, close[0]) else None


# Letters beside each other on a QWERTY keyboard: a finger's slip types one for the other
_KEY_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_KEY_PLACES = {
    key: (row, column) for row, keys in enumerate(_KEY_ROWS) for column, key in enumerate(keys)
}


def _keys_beside(first: str, second: str) -> bool:
    """True when the two letters sit side by side, or one above the other, on the keyboard."""
    if first not in _KEY_PLACES or second not in _KEY_PLACES:
        return False
    (row_a, column_a), (row_b, column_b) = _KEY_PLACES[first], _KEY_PLACES[second]
    return abs(row_a - row_b) <= 1 and abs(column_a - column_b) <= 1


def _spelled_by_sound(word: str, known: str) -> bool:
    """True when `word` differs from `known` by one consonant that no slip of a finger makes
    ("consert" is "concert" spelled by ear, never a slip for "convert"): another word, left
    as written. A vowel for a vowel is the same word misspelled ("octobur")."""
    if len(word) != len(known):
        return False
    changed = [(a, b) for a, b in zip(word, known, strict=True) if a != b]
    if len(changed) != 1:
        return False
    typed, meant = changed[0]
    return not _keys_beside(typed, meant) and not (typed in _VOWELS and meant in _VOWELS)


_VOWELS = frozenset("aeiouy")


def _inflected(word: str, vocabulary: tuple[str, ...]) -> bool:
    """A vocabulary word with an ending ("mondays", "transaction" beside "transactions");
    never a letter typed twice at its end ("cancell" is "cancel" mistyped)."""
    if len(word) > _SHORT and word[-1] == word[-2] and word[:-1] in vocabulary:
        return False  # "cancell": the last letter held, not an ending
    return any(
        variant in vocabulary
        for variant in (word[:-1], word + "s", word[:-2], word[:-3], word + "ed")
    )


def _one_slip(word: str, known: str) -> bool:
    """Two neighbouring letters swapped, or one letter left out or typed twice."""
    if known[0] != word[0] or abs(len(known) - len(word)) > 1:
        return False
    if len(known) == len(word):
        diff = [i for i, (a, b) in enumerate(zip(known, word, strict=True)) if a != b]
        return len(diff) == 2 and diff[1] == diff[0] + 1 and sorted(known) == sorted(word)
    longer, shorter = (known, word) if len(known) > len(word) else (word, known)
    return any(longer[:i] + longer[i + 1 :] == shorter for i in range(len(longer)))
