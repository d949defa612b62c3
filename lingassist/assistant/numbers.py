"""Amounts in what people type or say: digits in any common format, number words, spoken
prices ("twelve fifty" -> 12.50) and Whisper's split amounts ("$300 and $20" -> 320).

Every amount is found in the original text and keeps its span, so nothing is invented.
Digits are read by `lingassist.core.money.read_money`, the one text -> Decimal function.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from lingassist.assistant.lexicon import (
    CLOCK_PRICE,
    COMMON_CODES,
    COUNTED_KINDS,
    CURRENCY_NAMES,
    CURRENCY_WORDS_AFTER_DIGITS,
    DOLLAR_ADJECTIVES,
    EAST_ASIAN_SCALES,
    HOME_LETTER_SYMBOLS,
    LARGE_SCALE_WORDS,
    LETTER_SYMBOLS,
    MAJOR_CURRENCY_WORDS,
    MINOR_CURRENCY_WORDS,
    NEVER_COUNTED,
    NUMBER_WORDS,
    PERIODS_WRITTEN_SHORT,
    QUANTITY_NOUNS,
    SIGNS_AFTER,
    SMALL_COUNTS,
    WRITTEN_SYMBOLS,
    glued_south_asian_scale,
    regional_scale,
)
from lingassist.assistant.money_rules import Amount, Item, combine
from lingassist.assistant.scale_fractions import with_scale_fractions
from lingassist.assistant.types import Span
from lingassist.assistant.wordnum import WordNumber, word_numbers
from lingassist.core.currency import currency_for_symbol, is_currency_code, symbols_longest_first
from lingassist.core.errors import InvalidAmount
from lingassist.core.money import minor_digits, read_money

# Currency words and signs of letters that may follow a number whose thousands a space
# groups: "1 200 €", "1 340 zl", "4 500 kr" (never one letter alone: "R" reads before digits)
_CURRENCY_AFTER_A_GROUP = "|".join(
    sorted(
        {
            *CURRENCY_NAMES.split("|"),
            *CURRENCY_WORDS_AFTER_DIGITS,
            *(re.escape(sign) for sign in LETTER_SYMBOLS if len(sign) > 1),
        },
        key=len,
        reverse=True,
    )
)
_DIGITS = re.compile(
    CLOCK_PRICE.pattern + "|"  # "spent 12:50": a price written as a clock time
    r"(?<![\d.,])\.\d{1,2}(?![\d.,])"  # ".99"
    r"|\d{1,3}(?:[\u00a0\u202f ]\d{3})+[.,]\d{1,2}(?!\d)"  # "1 234,56"
    r"|\d{1,3}(?:[\u00a0\u202f]\d{3})+(?![\d.,])"  # "1 200" with a no-break space (French)
    # "1 200 €", "€1 200": spaces group thousands when a currency is right beside them
    r"|\d{1,3}(?: \d{3})+(?![\d.,])(?=\s?(?:[€$£₫đ]|(?i:" + _CURRENCY_AFTER_A_GROUP + r")(?!\w)))"
    r"|(?:(?<=[€$£])|(?<=[€$£] )|(?<=\bR)|(?<=\bR ))\d{1,3}(?: \d{3})+(?![\d.,])"
    r"|(?:(?<=^[+-])|(?<=\s[+-]))\d{1,3}(?: \d{3})+(?![\d.,])"  # "+2 500 salary": a ledger line
    r"|\d+(?:[.,'’]\d+)*"
)
# "1.200" or "12.500": a dot before exactly three digits groups thousands in a message
# (no everyday price has three decimals), unless the currency itself has three (KWD).
_THOUSANDS_DOT = re.compile(r"[1-9]\d{0,2}\.\d{3}")
# "6€50", "2£50": the cents written right after a symbol between the whole and the cents
_CENTS_AFTER_SYMBOL = re.compile(r"(\d{2})(?![\d.,])")
_GLUED_MINOR = {"p": "GBP", "c": None, "ct": None, "cts": None}
# "35pm", "950pcm", "400pw", "30k pa" glued: per month, week or year, as the UK writes them
_GLUED_PER_PERIOD = frozenset({"pm", *PERIODS_WRITTEN_SHORT})
_PER_UNIT = re.compile(
    r"/(?:month|mth|mnth|mo|week|wk|year|yr|day|hour|hr|h|night|nt|kg|kilo|lb|l|litre|liter)\b",
    re.I,
)
# "Rs. 450/-", "swiggy 486/-": a whole amount, as South Asia writes it on bills and in chats;
# "4,500/=", "matatu 100/=": as East Africa writes shillings
_WHOLE_AMOUNT_DASH = re.compile(r"/[-=](?!\w)")
_WORD = re.compile(r"[^\W\d_]+(?:'[a-z]+)?|[$€£¥₫₹₩]")
_RETIREMENT = frozenset({"401k", "403b", "457b", "401K"})
_SCALE_WORD = {
    "k": 1000,  # "two k", "1.5 k": said or typed apart from the number
    "grand": 1000,
    "thousand": 1000,
    "million": 1_000_000,
    "hundred": 100,
    **LARGE_SCALE_WORDS,
}
FOR_BEFORE = re.compile(r"\bfor\s+\Z", re.I)  # "for 2 at 30" (a party), not "taxi 20 at 11"
MAX_COUNT = 50
# words after "1" that do not name a thing counted ("1 for 5", "1 and a half")
_NOT_THINGS = frozenset(
    [
        "and",
        "for",
        "the",
        "from",
        "with",
        "per",
        "each",
        "off",
        "plus",
        "more",
        "less",
        "minus",
        "times",
        "out",
        "than",
        "was",
        "were",
        "are",
        "got",
        "but",
        "then",
        "yesterday",
        "today",
        "tomorrow",
        "last",
        "this",
        "next",
        "tip",
        "total",
        "only",
        "just",
        "too",
        "also",
    ]
)  # "2 packs" … "50 stamps": counts of things bought, not prices
_NOT_PLURAL = ("ss", "us", "is")  # "plus", "bus", "this", "glass" end in s but count nothing
# "1tr2", "2tr", "1,2tr", "15 triệu", "1 triệu 2", "2 tỷ", "50 nghìn": Vietnamese scales
_VN_SCALE = re.compile(
    r"(?:tr(?:\d{1,3}k|\d{0,6})|\s?(?:triệu|trieu|tỷ|tỉ)(?:\s?\d{1,3}(?!\w|[.,]\d))?"
    r"|\s?(?:nghìn|nghin|ngàn|ngan))(?!\w|[.,]\d)",  # "1tr2, split three": a comma ends it
    re.I,
)
_DONG = re.compile(r"(?:vnđ|đồng|đ)(?!\w)", re.I)
# Words after "2.4m" that make it metres: "2.4m lengths", "3m long", "a 5m cable"
# Square or cubic metres glued on: "35m2", "12m³" (not "m" for millions)
_SQUARED = re.compile(r"[²³]|[23](?![\d.,])")
_METRES_AFTER = re.compile(
    r"\s*(?:lengths?|long|tall|wide|high|deep|away|x\b|by\b|pieces?|boards?|cables?|ropes?|"
    r"pipes?|hoses?|roll|rolls|sq|square|of\s+(?:timber|cable|rope|fabric|wire|hose|pipe|fencing|"
    r"carpet|tape|decking|track))",
    re.I,
)
# Words before "3.6m" that make it metres: "40 lengths of 2x4 at 3.6m"
_METRES_BEFORE = re.compile(
    r"\b(?:lengths?|boards?|planks?|pipes?|cables?|ropes?|2x4s?|4x2s?|timber|fabric|fencing)\b"
    r"[^.!?]{0,20}\Z",
    re.I,
)
# What a number of litres is of or bought at: "2L milk", "40L at 1.79", "45.6L @ 1.799"
_LIQUID_AFTER = re.compile(
    r"\s*(?:of\b|@|at\b|x\b|milk|water|oil|petrol|diesel|fuel|gas|juice|coke|pepsi|soda|beer|"
    r"bottles?|jugs?|cans?|tins?|tank)",
    re.I,
)
# "1k2", "2k5", "1k25": the hundreds (and tens) of a thousand, written after its k
_HUNDREDS_AFTER_K = re.compile(r"(\d{1,3})(?![\d.,]|[^\W\d_])")
_SCALE_SUFFIX = {"k": 1000, "grand": 1000, "thousand": 1000, "million": 1_000_000, "m": 1_000_000}


@dataclass(frozen=True)
class NormalizedText:
    """A transcript with its amounts rewritten in digits, and the original kept.

    Attributes:
        original: the text as transcribed.
        text: the same text with each amount written as digits ("12.50 USD").
        amounts: the amounts found, with spans into `original`.
    """

    original: str
    text: str
    amounts: tuple[Amount, ...]


def find_amounts(
    text: str, preferred_currency: str | None = None, exclude: Iterable[Span] = ()
) -> list[Amount]:
    """All amounts in `text`, left to right, ignoring characters inside `exclude`."""
    return amounts_and_quantities(text, preferred_currency, exclude)[0]


def amounts_and_quantities(
    text: str, preferred_currency: str | None = None, exclude: Iterable[Span] = ()
) -> tuple[list[Amount], list[Span]]:
    """The amounts in `text` (as `find_amounts`), and where it counts things instead
    ("3 hours", "2 nights", "4 people": the number and its noun), which are not money and
    not names either."""
    blocked = _blocked(text, exclude)
    items, quantities = _stream(text, preferred_currency, blocked)
    amounts = with_scale_fractions(text, combine(text, items, preferred_currency))
    return [a for a in amounts if not any(blocked[a.span.start : a.span.end])], quantities


def normalize_transcript(text: str, preferred_currency: str | None = None) -> NormalizedText:
    """Rewrite spoken/split amounts as digits for the parser, keeping the original text."""
    amounts = tuple(find_amounts(text, preferred_currency))
    pieces, position = [], 0
    for amount in amounts:
        written = f"{amount.value} {amount.currency}" if amount.currency else str(amount.value)
        pieces += [text[position : amount.span.start], written]
        position = amount.span.end
    pieces.append(text[position:])
    return NormalizedText(text, "".join(pieces), amounts)


# "fifty fifty with my gf": an even split said, not fifty and fifty
# (not "spent fifty fifty on the shoes", 50.50 said aloud)
_HALF_AND_HALF = re.compile(
    r"\b(?P<half>fifty[\s-]+fifty)\b(?=\s+(?:with|w/|between|split))|"
    r"\b(?:split|splitting|share|sharing|go|going|went|do|did)\s+(?:it\s+|that\s+|the\s+(?:\w+\s+)?)?"
    r"(?P<half2>fifty[\s-]+fifty)\b",
    re.I,
)


def _blocked(text: str, exclude: Iterable[Span]) -> list[bool]:
    """Which characters of `text` no amount may use: those of `exclude`, and an even split
    said in words ("fifty fifty")."""
    mask = [False] * len(text)
    halves = (
        Span(m.start(g), m.end(g), m.group(g))
        for m in _HALF_AND_HALF.finditer(text)
        for g in ("half", "half2")
        if m.group(g)
    )
    for span in (*exclude, *halves):
        for index in range(max(span.start, 0), min(span.end, len(text))):
            mask[index] = True
    return mask


def _stream(
    text: str, preferred: str | None, blocked: Sequence[bool]
) -> tuple[list[Item], list[Span]]:
    """Digits, number words, currency words and connectors, in text order; and the spans
    of the counts taken out of them."""
    items = [_digit_item(text, m, preferred) for m in _DIGITS.finditer(text)]
    items += [_word_group_item(g) for g in word_numbers(text) if not _inside_name(text, g)]
    items += _small_words(text, preferred)
    kept = [i for i in items if i is not None and not any(blocked[i.start : i.end])]
    kept.sort(key=lambda item: item.start)
    return _drop_quantities(text, _drop_overlaps(kept))


# "0800 123 " before "456", "07700 " before "900123": the start of a phone number
_PHONE_BEFORE = re.compile(r"(?<![\d.,])0\d{2,}(?:\s\d{2,4})*\s\Z")
# "2 " before "000 kr": the whole number whose thousands a space groups ("2 000 kr", "1 050 zł")
_GROUP_BEFORE = re.compile(r"(?<![\d.,])(?<!\d\s)[1-9]\d{0,2} \Z")


_SPACES_BEFORE_A_SIGN = (" ", "\u00a0", "\u202f")


def _digit_item(text: str, match: re.Match[str], preferred: str | None) -> Item | None:
    """A number written with digits, with any symbol or code glued to it; None if it is
    part of a name, a time, an ordinal or a percentage ("7-Eleven", "2pm", "3rd", "5%")."""
    start, end = match.span()
    before, after = text[max(0, start - 2) : start], text[end : end + 2]
    if text[start] != "." and before[-1:] == "." and before[:1].isdigit():
        return None
    glued_after_times = _GLUED_TIMES.match(text, start - 1) is not None if start else False
    glued_symbol = _letter_symbol_before(text, start) or _home_letter_before(text, start, preferred)
    if (before[-1:].isalpha() and not glued_after_times and not glued_symbol) or before[-1:] == "_":
        return None
    if before[-1:] == "-" and before[:1].isalnum():
        return None
    if before[-1:] == "/" and before[:1].isdigit():
        return None  # the second half of "50/50" or "14/11" is not an amount
    if before[-1:] == ":" and before[:1].isdigit():
        return None  # the second half of a score or a ratio ("bayern 3:1") is not an amount
    if before[-1:] in ("'", "’") and not before[:1].isalnum() and end - start == 2:  # noqa: PLR2004
        return None  # "back in '98", "the '24 tax refund": a year, not an amount
    digits = text[start:end]
    phone_digits = re.fullmatch(r"\d{2,6}", digits) and _PHONE_BEFORE.search(text, 0, start)
    grouped = re.fullmatch(r"\d{3}", digits) and _GROUP_BEFORE.search(text, 0, start)
    if (re.fullmatch(r"0\d{2,}", digits) and not grouped) or phone_digits:
        return None  # "0412 555 019", "0800 123 456": a phone number's digits, never money
    rate = _PER_UNIT.match(text, end)  # "39/month" is a price per month, "14/11" a date
    rate = rate or _WHOLE_AMOUNT_DASH.match(text, end)  # "486/-", "100/=": whole, no date
    # "20:30" is a time and "patch 14.3: …" a version; "Side income 20,000: …" is money
    clock = after[:1] == ":" and (
        after[1:2].isdigit() or re.fullmatch(r"\d+[.,]\d", text[start:end]) is not None
    )
    if (
        (after[:1] in ("%", "/") and rate is None)
        or clock
        or (after[:1] == "-" and after[1:2].isalnum())
    ):
        return None
    if after[:1] in _SPACES_BEFORE_A_SIGN and after[1:2] == "%":
        return None  # "10 % member discount": a rate, spaced as French and Swiss people write
    if (scaled_east_asian := _east_asian_scaled(text, start, end)) is not None:
        value, end = scaled_east_asian
        currency, end = _symbol_after(text, end, preferred)
        return Item("num", start, end, value, currency, digits=True)
    suffix = re.match(r"[A-Za-z]+", text[end:])
    word = suffix.group(0) if suffix else ""
    if (letters := re.match(r"[^\W\d_]+", text[end:])) and letters.group(0) in _SYMBOLS_GLUED_AFTER:
        word = letters.group(0)  # "45zł", "89Kč": the whole sign, not a "k" for thousands
    if text[start:end] + word in _RETIREMENT:
        return None
    if word.lower() in _GLUED_MINOR and re.match(r"['\u2019]s\b", text[end + len(word) :]):
        return None  # "Pizza 4P's": a name said with its owner's 's, not 4 pence
    multiplier = Decimal(1)
    minor_currency = None
    scaled = _VN_SCALE.match(text, end)
    if scaled:
        try:  # "1tr235k": the thousands after "tr" said with their "k"
            value, _ = read_money(re.sub(r"(?<=\d)k$", "", text[start : scaled.end()], flags=re.I))
        except InvalidAmount:
            return None
        currency, end = _symbol_after(text, scaled.end(), preferred)
        return Item("num", start, end, value, currency, digits=True)
    if word.lower() == "m" and (
        _METRES_AFTER.match(text, end + len(word))
        or _METRES_BEFORE.search(text, 0, start)
        or _SQUARED.match(text, end + len(word))
    ):
        return None  # "2.4m lengths of timber", "at 3.6m", "room was 35m2": metres
    hundreds = ""  # "1k2": 1,200, the digits after the k said as its hundreds
    if word.lower() in ("k", "m"):
        multiplier, end = Decimal(_SCALE_SUFFIX[word.lower()]), end + len(word)
        if word.lower() == "k" and (tail := _HUNDREDS_AFTER_K.match(text, end)) is not None:
            hundreds, end = tail.group(1), tail.end()
    elif regional := regional_scale(word, preferred):
        multiplier, end = Decimal(regional), end + len(word)  # "25rb", "2jt"
    elif (lakh := glued_south_asian_scale(word, preferred)) and not _LIQUID_AFTER.match(
        text, end + len(word)
    ):
        multiplier, end = Decimal(lakh), end + len(word)  # "1.4L" in Pune; "2L milk" is litres
    elif word.lower() in _GLUED_MINOR and "." not in text[start:end] and "," not in text[start:end]:
        # "99p", "50c": pence or cents written onto the number
        multiplier, end = Decimal("0.01"), end + len(word)
        minor_currency = _GLUED_MINOR[word.lower()] or preferred
    elif word.lower() == "d" and _GROUPED_THOUSANDS.fullmatch(text[start:end]):
        # "45.000d", "4.500.000d": the dong, typed without its stroke
        end += len(word)
        minor_currency = "VND"
    elif word.lower() == "ish":
        end += len(word)  # "20ish": about 20, the amount said
    elif word.lower() in _GLUED_PER_PERIOD and not _clock_said(text[start:end]):
        pass  # "gym 35pm", "rent 950pcm", "9.99pm": per month (a clock's hour is "5pm")
    elif word and not _glued_currency(word) and not _GLUED_TIMES.match(text, end):
        return None
    written = text[start : match.end()].replace(":", ".")  # "12:50" said as a price
    try:
        value, _ = read_money("0" + written if written.startswith(".") else written)
    except InvalidAmount:
        return None
    if value < 0:
        return None
    currency, start = _symbol_before(text, start, preferred)
    if currency is None:
        symbol_at = end
        currency, end = _symbol_after(text, end, preferred)
        cents = _CENTS_AFTER_SYMBOL.match(text, end) if end == symbol_at + 1 else None
        if currency and cents and value == value.to_integral_value() and multiplier == 1:
            value, end = value + Decimal(cents.group(1)).scaleb(-2), cents.end()  # "6€50"
    if _THOUSANDS_DOT.fullmatch(written) and minor_digits(currency or preferred or "EUR") < 3:
        value = Decimal(written.replace(".", ""))
    if hundreds and value == value.to_integral_value():
        value += Decimal("0." + hundreds)
    value *= multiplier
    if multiplier > 1 and value == value.to_integral_value():
        value = value.quantize(Decimal(1))
    return Item("num", start, end, value, currency or minor_currency, digits=True)


_EAST_ASIAN_SCALE = re.compile(
    r"\s?(?P<scale>[" + "".join(EAST_ASIAN_SCALES) + r"])"
    r"(?:\s?(?P<rest>\d{1,4})\s?(?P<smaller>[" + "".join(EAST_ASIAN_SCALES) + r"]))?"
)


def _east_asian_scaled(text: str, start: int, end: int) -> tuple[Decimal, int] | None:
    """The value and end of digits followed by an East Asian scale ("42万" 420,000, "1.5억",
    "8만 5천" 85,000: a smaller scale's part added), or None when none follows."""
    scaled = _EAST_ASIAN_SCALE.match(text, end)
    if scaled is None:
        return None
    try:
        value, _ = read_money(text[start:end])
    except InvalidAmount:
        return None
    scale = EAST_ASIAN_SCALES[scaled.group("scale")]
    total, scale_end = value * scale, scaled.end("scale")
    smaller = scaled.group("smaller")
    if smaller and EAST_ASIAN_SCALES[smaller] < scale:
        total += Decimal(scaled.group("rest")) * EAST_ASIAN_SCALES[smaller]
        scale_end = scaled.end()
    return (total.quantize(Decimal(1)) if total == total.to_integral_value() else total), scale_end


# Digits grouped by thousands: "45.000", "4.500.000", "1,250,000"
_GROUPED_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+|\d{1,3}(?:,\d{3})+")


# "2x12.50", "12.50x2", "chai 2x15": a count glued to a price by "x" (not "2x4" nor "2x12",
# a timber's size, nor "1920x1080", a screen's)
_GLUED_TIMES = re.compile(
    r"(?<=\d)[xX](?:(?=\d+[.,]\d{1,2}(?![\d.,]))|(?<=[.,]\d\d[xX])(?=\d)|"
    r"(?:(?<=(?<![\d.,])\d[xX])|(?<=(?<![\d.,])\d\d[xX]))(?=(?:1[3-9]|[2-9]\d|\d{3,})(?![\d.,x])"
    r"(?!\d*\s*(?:mm|cm|m|ml|cl|l|g|kg|gb|tb|relay|metres?|meters?|laps?|reps?|sets?)\b)))"
)


# Letter symbols written onto the number after it, as in the countries that use them
# ("999kr", "45zł", "350Kč", "2500Ft", "500Tk"); "6ft" stays six feet
_SYMBOLS_GLUED_AFTER = frozenset({"kr", "zł", "Kč", "Ft", "Tk"})


def _glued_currency(word: str) -> bool:
    lowered = word.lower()
    return (
        lowered in MAJOR_CURRENCY_WORDS
        or lowered in MINOR_CURRENCY_WORDS
        or lowered in CURRENCY_WORDS_AFTER_DIGITS
        or (lowered in COMMON_CODES)
        or word in _SYMBOLS_GLUED_AFTER
    )


def _letter_symbol_before(text: str, start: int) -> bool:
    """True when letters glued to the number are a currency symbol written as a word of its
    own ("R180", "Rs500", "RM3.90"), not the end of a name ("A4", "B52")."""
    letters = re.search(r"(?<![^\W\d_])[^\W\d_]+\.?\Z", text[max(0, start - 4) : start])
    return letters is not None and letters.group(0) in LETTER_SYMBOLS


def _home_letter_before(text: str, start: int, preferred: str | None) -> bool:
    """True when the letter glued before a number of enough digits is the home currency's
    sign as its people type it ("N15,000" for a Nigerian, "r640" for a South African), not
    a name's end."""
    home = HOME_LETTER_SYMBOLS.get(preferred or "")
    if home is None or start == 0:
        return False
    letter, fewest_digits = home
    if text[start - 1].upper() != letter:
        return False
    if not re.match(rf"\d{{{fewest_digits},}}|\d{{1,3}}(?:,\d{{3}})+", text[start:]):
        return False  # ("N95 masks": no price so small is written with the sign)
    return start == 1 or not text[start - 2].isalnum()


def _symbol_currency(symbol: str, preferred: str | None) -> str | None:
    """The currency of a written symbol: `WRITTEN_SYMBOLS` first, then Babel's."""
    written = WRITTEN_SYMBOLS.get(symbol)
    if written is not None:
        return preferred if preferred in written else written[0]
    return currency_for_symbol(symbol, preferred)


_SYMBOLS_LONGEST_FIRST = tuple(
    sorted(set(symbols_longest_first()) | set(WRITTEN_SYMBOLS), key=len, reverse=True)
)


def _symbol_before(text: str, start: int, preferred: str | None) -> tuple[str | None, int]:
    """A symbol or code right before a number ("$12", "EUR 12", "US$ 5", "R180")."""
    if _home_letter_before(text, start, preferred):
        return preferred, start - 1  # "N15,000": the naira as Nigerians type it
    head = text[max(0, start - 5) : start]
    stripped = head.rstrip(" \u00a0")
    for symbol in _SYMBOLS_LONGEST_FIRST:
        if stripped.endswith(symbol) and _symbol_ok(symbol, head, len(stripped) - len(symbol)):
            offset = start - (len(head) - len(stripped)) - len(symbol)
            return _symbol_currency(symbol, preferred), offset
    code = re.search(r"(?<![A-Za-z])([A-Za-z]{3})[ \u00a0]?$", head)
    if code and _code_ok(code.group(1)):
        return code.group(1).upper(), start - (len(head) - code.start(1))
    return None, start


def _symbol_after(text: str, end: int, preferred: str | None) -> tuple[str | None, int]:
    """A symbol or code right after a number ("12 €", "12.50 EUR", "12,50€")."""
    tail = text[end : end + 5]
    stripped = tail.lstrip(" \u00a0")
    gap = len(tail) - len(stripped)
    for symbol in symbols_longest_first():
        if stripped.startswith(symbol) and _symbol_ok(symbol, stripped, len(symbol), after=True):
            if gap and stripped[len(symbol) : len(symbol) + 1].isdigit():
                break  # "ESSO 2231 £40.00": the sign starts the next amount
            return currency_for_symbol(symbol, preferred), end + gap + len(symbol)
    if stripped[:1] in SIGNS_AFTER:  # "432円", "8 块"
        return SIGNS_AFTER[stripped[:1]], end + gap + 1
    dong = _DONG.match(stripped)  # "63.000đ", "50 nghìn đồng"
    if dong:
        return "VND", end + gap + dong.end()
    code = re.match(r"([A-Za-z]{3})(?![A-Za-z])", stripped)
    if code and _code_ok(code.group(1)) and code.group(1).lower() not in MAJOR_CURRENCY_WORDS:
        return code.group(1).upper(), end + gap + 3
    return None, end


def _symbol_ok(symbol: str, context: str, edge: int, after: bool = False) -> bool:
    """Letter symbols ("kr", "RM") and a country's letters before its sign ("NZ$", "HK$",
    "S$") only as whole words; other symbols always."""
    if not any(ch.isalpha() for ch in symbol):
        return True
    if symbol not in LETTER_SYMBOLS and symbol.isalnum():
        return False
    neighbour = context[edge : edge + 1] if after else context[edge - 1 : edge]
    return not neighbour.isalpha()


def _code_ok(code: str) -> bool:
    if code.isupper():
        return is_currency_code(code)
    return code.lower() in COMMON_CODES


def _inside_name(text: str, group: WordNumber) -> bool:
    """Number words glued by a hyphen to other characters ("7-Eleven") name something, and
    so does a capitalized one after a capitalized word inside a sentence ("Coke Zero",
    "Formula One", "Channel Four")."""
    before, after = text[max(0, group.start - 2) : group.start], text[group.end : group.end + 2]
    if (before[-1:] == "-" and before[:1].isalnum()) or (after[:1] == "-" and after[1:2].isalnum()):
        return True
    said = text[group.start : group.end]
    if said[:1].isupper() and group.start > 0 and _names_a_place_after(text, group.end):
        return True  # "coffee at Five Elephant 3.80", "lunch at Five Guys": a name
    named = _CAPITALIZED_WORD_BEFORE.search(text, 0, group.start)
    if not said[:1].isupper() or named is None or named.group("word").lower() in NUMBER_WORDS:
        return False  # "Coffee Four Fifty" is a price, said in Title Case
    word = named.group("word").lower()
    if word in MAJOR_CURRENCY_WORDS or word in MINOR_CURRENCY_WORDS:
        return False  # "SIXTEEN POUNDS FORTY": the cents after the money's word, shouted
    return group.value == 0 or named.start() > 0  # "Coke Zero", "… of Formula One"


def _names_a_place_after(text: str, end: int) -> bool:
    """True when a capitalized word that is neither a number nor money follows a capitalized
    number word inside a sentence: "Five Elephant", "Nine West" name a shop."""
    following = _CAPITALIZED_WORD_AFTER.match(text, end)
    if following is None:
        return False
    word = following.group("word").lower()
    money = word in MAJOR_CURRENCY_WORDS or word in MINOR_CURRENCY_WORDS
    return not (money or word in NUMBER_WORDS or word in QUANTITY_NOUNS or word in _SCALE_WORD)


# a capitalized word before the number word: "Coke " before "Zero" (not another number word)
_CAPITALIZED_WORD_BEFORE = re.compile(r"(?:^|\s)(?P<word>[A-Z][\w'&-]*)\s+\Z")
# and one after it: " Elephant" after "Five"
_CAPITALIZED_WORD_AFTER = re.compile(r"\s+(?P<word>[A-Z][a-z][\w'&-]*)")


def _word_group_item(group: WordNumber) -> Item:
    weak = group.words == 1 and group.value == 1
    return Item(
        "num", group.start, group.end, Decimal(group.value), price_part=group.price_part, weak=weak
    )


_ONE_UNIT_AND_CENTS = re.compile(
    r"\s+(?:dollar|euro|pound)\s+(?:and\s+)?(?:\d{2}\b|(?:twenty|thirty|forty|fifty|"
    r"sixty|seventy|eighty|ninety|ten|fifteen)\b)",
    re.I,
)


def _small_words(text: str, preferred: str | None) -> list[Item]:
    """Currency words, "and", "point", scale words, and everything else as a break."""
    items = []
    for match in _WORD.finditer(text):
        word = match.group(0).lower()
        scale = _SCALE_WORD.get(word) or _regional_scale_after_number(text, match, preferred)
        if scale:
            items.append(Item("scale", match.start(), match.end(), Decimal(scale)))
            continue
        if word in ("a", "an") and _ONE_UNIT_AND_CENTS.match(text, match.end()):
            items.append(Item("num", match.start(), match.end(), Decimal(1)))
            continue  # "a dollar fifty", "a euro twenty": one and its cents (nicknames such
            # as "a quid twenty" are `arithmetic.nickname_amounts`)
        if word in NUMBER_WORDS or word in ("a", "an") or _dollar_adjective(text, match):
            continue
        items.append(_classify_word(text, match, word))
    return items


_DIGIT_JUST_BEFORE = re.compile(r"\d\s?\Z")


def _regional_scale_after_number(
    text: str, match: re.Match[str], preferred: str | None
) -> int | None:
    """The scale of a regional scale word right after digits ("350 lucas", "2 juta"), never
    of the word elsewhere ("Lucas paid")."""
    if not _DIGIT_JUST_BEFORE.search(text, 0, match.start()):
        return None
    return regional_scale(match.group(0), preferred)


def _dollar_adjective(text: str, match: re.Match[str]) -> bool:
    """ "US" in "40 US dollars" belongs to the currency word that follows."""
    following = re.match(r"\s+dollars?\b", text[match.end() :], re.IGNORECASE)
    return match.group(0).lower() in DOLLAR_ADJECTIVES and following is not None


def _classify_word(text: str, match: re.Match[str], word: str) -> Item:
    start, end = match.span()
    if word in MAJOR_CURRENCY_WORDS:
        code = MAJOR_CURRENCY_WORDS[word]
        adjective = re.search(r"([A-Za-z]+)\s+$", text[:start])
        if code == "$" and adjective and adjective.group(1).lower() in DOLLAR_ADJECTIVES:
            return Item(
                "major",
                adjective.start(1),
                end,
                currency=DOLLAR_ADJECTIVES[adjective.group(1).lower()],
            )
        return Item("major", start, end, currency=code)
    if word in MINOR_CURRENCY_WORDS and word != "p":
        return Item("minor", start, end, currency=MINOR_CURRENCY_WORDS[word])
    if word in CURRENCY_WORDS_AFTER_DIGITS and _DIGIT_JUST_BEFORE.search(text, 0, start):
        return Item("major", start, end, currency=CURRENCY_WORDS_AFTER_DIGITS[word])
    if word in ("and", "point"):
        return Item(word, start, end)
    if word == "with":  # "forty two euros with thirty cents": joins the cents as "and" does
        return Item("and", start, end)
    return Item("break", start, end)


def _drop_overlaps(items: list[Item]) -> list[Item]:
    """Keep the first of overlapping items (a digit item absorbs a glued currency word)."""
    kept: list[Item] = []
    for item in items:
        if kept and item.start < kept[-1].end:
            continue
        kept.append(item)
    return kept


_MEASURED_IN_PARTS = frozenset({
    "hour", "hours", "hr", "hrs", "h", "day", "days", "week", "weeks", "month", "months",
    "year", "years", "min", "mins", "minute", "minutes", "km", "kms", "kilometres",
    "kilometers", "mile", "miles", "kg", "kilo", "kilos", "kilogram", "kilograms", "litre",
    "litres", "liter", "liters", "lít", "ltr", "ltrs", "lt", "l", "kwh", "lb", "lbs", "metre",
    "metres", "meter", "meters", "m", "am", "pm",
    "percent", "pct", "points", "degrees", "g", "gram", "grams", "ml", "oz", "cups",
})  # fmt: skip


# "Budget drinking 20000 month", "budget for coffee 40 month": a budget's figure per period,
# "a" left out (not "a 12 month contract", where the period is a length)
_BUDGET_WORD = re.compile(r"\b(?:budget|limit|cap)\b", re.I)
_PERIOD_ENDS_IT = re.compile(r"\s*(?:[,.;!?]|$)")


def _a_budget_per_period(text: str, item: Item, following: Item) -> bool:
    """True for a whole number with a period after it that ends the clause, in a budget
    ("Budget drinking 20000 month"): the figure per month, no count of months."""
    noun = text[following.start : following.end].lower()
    return (
        noun in ("month", "week", "year", "day")
        and item.value > 1
        and _BUDGET_WORD.search(text) is not None
        and _PERIOD_ENDS_IT.match(text, following.end) is not None
    )


def _drop_quantities(text: str, items: list[Item]) -> tuple[list[Item], list[Span]]:
    """A bare number followed by a count noun ("4 people", "5 hours") is not money; a rate
    ("150 a month", "40 per week") is. A small whole number before any plural noun ("2
    packs", "3 shirts") is a count too when another number in the text can be the price.
    Returns the items left and the span of each count with its noun."""
    numbers = sum(1 for item in items if item.kind == "num")
    result: list[Item] = []
    quantities = []
    for index, item in enumerate(items):
        following = items[index + 1] if index + 1 < len(items) else None
        if item.kind == "num" and item.currency is None and following is not None:
            noun = text[following.start : following.end].lower()
            adjacent = not text[item.end : following.start].strip()  # "3 months", not "3 a month"
            later = items[index + 2] if index + 2 < len(items) else None
            counted = noun in QUANTITY_NOUNS or (
                (numbers > 1 or _plural_thing(noun)) and _counts(text, item, noun)
            )
            # "31,2 l 52,38", "12 l oil": litres written "l", beside another number (a
            # capital "L" alone may be lakh: "paid 2 L")
            counted = counted or (numbers > 1 and text[following.start : following.end] == "l")
            two_words = numbers > 1 and not counted and _counts_two_words(text, item, items, index)
            two_words = two_words or (not counted and _points_of_a_scheme(text, items, index))
            two_words = two_words or (not counted and _counted_after_a_kind(text, items, index))
            if two_words and later is not None:
                following, counted = later, True  # "four phone calls", "2 phone cases 30"
            # "38.40 kids dinner": a price to the cent counts no things ("2.5 hours" is a time)
            counted = counted and (item.value == int(item.value) or noun in _MEASURED_IN_PARTS)
            counted = counted and not (noun in ("am", "pm") and not _clock_hour(text, item))
            counted = counted and not _a_budget_per_period(text, item, following)
            party = (  # "table for 2 at 30": how many people, then the price
                noun == "at"
                and later is not None
                and later.kind == "num"
                and FOR_BEFORE.search(text, 0, item.start) is not None
            )
            if following.kind == "break" and (counted or party and _small(text, item)) and adjacent:
                start = _whole_part_start(text, result, item)
                result.append(Item("break", item.start, item.end))
                if counted:
                    quantities.append(Span(start, following.end, text[start : following.end]))
                continue
        result.append(item)
    return result, quantities


def _whole_part_start(text: str, kept: list[Item], item: Item) -> int:
    """Where a counted number starts: at its whole part when it is the decimals said after
    "point" ("nineteen point six litres"), whose words then count too; else at `item`."""
    if len(kept) < 2 or kept[-1].kind != "point" or kept[-2].kind != "num":
        return item.start
    whole, point = kept[-2], kept[-1]
    if text[whole.end : point.start].strip() or text[point.end : item.start].strip():
        return item.start
    kept[-2:] = [Item("break", whole.start, whole.end), Item("break", point.start, point.end)]
    return whole.start


_SHARES_AND_DIGITS = frozenset({"halves", "thirds", "quarters", "digits", "figures", "ways"})


def _plural_thing(noun: str) -> bool:
    """True for a plural of things that is never money ("loaves", "tees", "covers"), so a
    small number before it counts them even when no other number can be the price: "sold 37
    loaves today" names no money (a currency word is no such plural: "40 bucks")."""
    lowered = noun.lower()
    return (
        _plural_noun(lowered)
        and lowered not in _SHARES_AND_DIGITS
        and lowered not in MAJOR_CURRENCY_WORDS
        and lowered not in MINOR_CURRENCY_WORDS
    )


def _plural_noun(noun: str) -> bool:
    """True for a plural word that may name things counted ("packs", "loaves"; not "plus",
    "bus", "glass", nor "groceries", which is a price's kind)."""
    return (
        len(noun) > 3
        and noun.endswith("s")
        and not noun.endswith(_NOT_PLURAL)
        and noun not in NEVER_COUNTED
    )


def _counts_two_words(text: str, item: Item, items: list[Item], index: int) -> bool:
    """ "2 phone cases", "four phone calls": a small count before a two-word name of
    things (a plain word, then a plural), when another number can be the price."""
    if not _small(text, item) or item.value > _MAX_TWO_WORD_COUNT:
        return False  # "lidl 12 fresh veggies and 30 other stuff": 12 may be a price
    words = _two_words_after(text, items, index)
    if words is None:
        return False
    word, noun = words
    if not (word.isalpha() and word.islower()) or word in _NOT_THINGS or word in _LINK_WORDS:
        return False
    return _counts(text, item, noun.lower())


def _counted_after_a_kind(text: str, items: list[Item], index: int) -> bool:
    """ "got 2 new followers", "5 free spins", "3 more plants": a small count, a word of its
    kind or size, then a plural of things, counted even when no other number can be the
    price."""
    item = items[index]
    words = _two_words_after(text, items, index)
    if words is None or not _small(text, item) or item.value > _MAX_TWO_WORD_COUNT:
        return False
    kind, noun = words
    return kind.lower() in COUNTED_KINDS and _plural_thing(noun)


def _two_words_after(text: str, items: list[Item], index: int) -> tuple[str, str] | None:
    """The two words right after the number `items[index]`, as written, when nothing but
    spaces stands between them ("3 tickets, 2 drinks": the words run on from the number)."""
    if index + 2 >= len(items):
        return None
    item, first, second = items[index : index + 3]
    if first.kind != "break" or second.kind != "break":
        return None
    if text[item.end : first.start].strip() or text[first.end : second.start].strip():
        return None
    return text[first.start : first.end], text[second.start : second.end]


_MAX_TWO_WORD_COUNT = 10
# What a loyalty scheme counts, after its name: "used 5000 PC points", "300 Nectar points",
# "12,000 Avios miles"
_SCHEME_UNITS = frozenset({"points", "pts", "miles", "stamps"})


def _points_of_a_scheme(text: str, items: list[Item], index: int) -> bool:
    """True for a number of a loyalty scheme's points, its name between them ("5000 PC
    points", "2,000 Avios miles"): a count, whatever its size, not money."""
    words = _two_words_after(text, items, index)
    if words is None:
        return False
    name, unit = words
    return unit.lower() in _SCHEME_UNITS and name[:1].isupper()


# words that join phrases, never the first half of a thing's name ("3 at the bar")
_LINK_WORDS = frozenset(
    {"at", "on", "in", "of", "to", "by", "or", "a", "an", "my", "our", "your", "so"}
)


def _clock_hour(text: str, item: Item) -> bool:
    """ "8", "7.30", "11:15" can be said before "pm"; "35" or "10.99" cannot (a price)."""
    return _clock_said(text[item.start : item.end])


def _clock_said(digits: str) -> bool:
    """True for digits that can be a clock's hour before "am"/"pm" ("8", "7.30", "11:15")."""
    said = re.fullmatch(r"(\d{1,2})(?:[.:,](\d{2}))?", digits)
    return bool(said and int(said.group(1)) <= 12 and int(said.group(2) or 0) < 60)


def _counts(text: str, item: Item, noun: str) -> bool:
    """ "2 packs", "12 eggs": a whole number up to `MAX_COUNT` before a plural word; "1
    book", "1 ticket": one of a thing (another number in the text is the price)."""
    if _plural_noun(noun) and _small(text, item):  # ("45 groceries": a price)
        return True
    one_thing = noun.isalpha() and len(noun) > 2 and noun not in _NOT_THINGS
    return text[item.start : item.end] == "1" and one_thing


def _small(text: str, item: Item) -> bool:
    """A whole number from 2 to `MAX_COUNT` written in digits, or a count said in a word
    ("two coffees 7", "three beers 15")."""
    said = text[item.start : item.end]
    if said.isdigit():
        return 1 < int(said) <= MAX_COUNT
    return said.lower() in SMALL_COUNTS
