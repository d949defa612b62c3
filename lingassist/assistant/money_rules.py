"""The money rules over a stream of numbers, currency words and connectors.

"twelve fifty" -> 12.50, "forty euros" -> 40 EUR, "a hundred and five dollars twenty"
-> 105.20, "fifty-six dollars and twelve cents" -> 56.12, "$56 and 12 cents" -> 56.12,
"$300 and $20" -> 320 (Whisper's split of "three hundred and twenty dollars").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal

from lingassist.assistant.lexicon import (
    DEFAULT_PESO,
    HUNDREDS_SPOKEN,
    NUMBERED_PLACES,
    PARTS_OF_A_COURSE,
    PESO_CURRENCIES,
)
from lingassist.assistant.types import Span
from lingassist.core.currency import currency_for_symbol

_AND_BETWEEN = re.compile(r"\s*,?\s*and\s+")
_JOIN = re.compile(r"[\s-]*")
# What makes a number a count or a duration, not cents ("30 minutes", "12 people").
_COUNTED = re.compile(
    r"\s*(?:%|x\b|min\b|mins\b|minutes?\b|h\b|hrs?\b|hours?\b|days?\b|weeks?\b|months?\b|"
    r"years?\b|people\b|persons?\b|times\b|km\b|miles?\b|kg\b|items?\b|pcs\b)",
    re.I,
)


@dataclass(frozen=True)
class Item:
    """One element of the token stream the money rules read.

    Attributes:
        kind: "num", "major", "minor", "scale", "and", "point" or "break".
        start: first character in the text.
        end: just after the last character.
        value: the number (kinds "num" and "scale").
        currency: the currency glued to a number or named by a currency word ("$" means
            the dollar sign, resolved later).
        digits: True for a number written with digits.
        price_part: True for number words that can be the cents of a spoken price.
        weak: True for a lone "one", which is money only with a currency ("one dollar"),
            not in "from one account to another".
    """

    kind: str
    start: int
    end: int
    value: Decimal = Decimal(0)
    currency: str | None = None
    digits: bool = False
    price_part: bool = False
    weak: bool = False


@dataclass(frozen=True)
class Amount:
    """An amount found in text.

    Attributes:
        value: the exact amount.
        currency: ISO code the text names, or None when no currency was said.
        span: where it was found (the digits or words and any currency word).
        marked: True when a currency symbol, code or word (or "cents") is attached.
        cents_only: True for "12 cents" alone (it can complete "$56 and 12 cents").
        parts: for a sum whose prices have words between them ("18.99 each from Domino's
            plus 4.99"), the spans of its prices; the words between are free for the other
            slots (the merchant "Domino's").
    """

    value: Decimal
    currency: str | None
    span: Span
    marked: bool
    cents_only: bool = False
    parts: tuple[Span, ...] = ()

    def own_spans(self) -> tuple[Span, ...]:
        """The spans of the words this amount was read from."""
        return self.parts or (self.span,)


CENT = Decimal("0.01")


def as_money(value: Decimal) -> Decimal:
    """`value` written as money is: whole (36), or to the cent (40.33)."""
    return value.quantize(Decimal(1) if value == value.to_integral_value() else CENT)


@dataclass
class _Draft:
    """An amount being read."""

    value: Decimal
    currency: str | None
    start: int
    end: int
    marked: bool
    cents_only: bool = False


def combine(text: str, items: list[Item], preferred: str | None) -> list[Amount]:
    """Read every amount in the stream, then repair amounts Whisper split in two."""
    found: list[Amount] = []
    index = 0
    while index < len(items):
        if items[index].kind != "num":
            index += 1
            continue
        start = index
        draft, index = _read(text, items, index, preferred)
        if items[start].weak and not draft.marked and index == start + 1:
            continue
        span = Span(draft.start, draft.end, text[draft.start : draft.end])
        found.append(Amount(draft.value, draft.currency, span, draft.marked, draft.cents_only))
    return _repair_splits(text, found)


def _at(items: list[Item], index: int) -> Item:
    return items[index] if index < len(items) else Item("break", 0, 0)


def _read(text: str, items: list[Item], index: int, preferred: str | None) -> tuple[_Draft, int]:
    first = items[index]
    draft = _Draft(
        first.value,
        _resolve(first.currency, preferred),
        first.start,
        first.end,
        first.currency is not None,
    )
    index = _read_number_tail(text, items, index + 1, draft, preferred)
    index = _read_currency(items, index, draft, preferred)
    return draft, _read_cents(text, items, index, draft)


def _decimal_places(text: str, items: list[Item], index: int) -> tuple[str, int]:
    """The digits said after "point" from `items[index]`, and the index after them: "50" of
    "12 point 50", "75" of "twenty point seven five", "5" of "eight point five"."""
    said = items[index]
    if said.digits:
        return text[said.start : said.end], index + 1
    places, index = str(int(said.value)), index + 1
    while (
        int(said.value) < _TEN
        and (nxt := _at(items, index)).kind == "num"
        and not nxt.digits
        and int(nxt.value) < _TEN
        and not text[items[index - 1].end : nxt.start].strip()
    ):
        places, index = places + str(int(nxt.value)), index + 1
    return places, index


_TEN = 10


def _read_number_tail(
    text: str, items: list[Item], index: int, draft: _Draft, preferred: str | None
) -> int:
    """ "point five", a spoken price's cents ("twelve | fifty"), or "2 thousand"."""
    first, nxt = items[index - 1], _at(items, index)
    if nxt.kind == "point" and _at(items, index + 1).kind == "num":
        places, after = _decimal_places(text, items, index + 1)
        draft.value = Decimal(f"{int(draft.value)}.{places}")
        draft.end = items[after - 1].end
        return _read_scale(items, after, draft)  # "one point five k": 1500
    small_digits = (
        first.digits
        and draft.value < 100
        and draft.value == int(draft.value)
        and _at(items, index + 1).kind not in ("major", "minor")  # "3 twenty dollar bills"
    )
    if (
        nxt.kind == "num"
        and (not first.digits or small_digits)  # "twelve fifty", "3 fifty"
        and not nxt.digits
        and nxt.price_part
        and draft.value < 1000
        and first.currency is None
        and _JOIN.fullmatch(text[first.end : nxt.start])
    ):
        following = _at(items, index + 1)
        said_in = (
            _resolve(following.currency, preferred) if following.kind == "major" else preferred
        )
        if _hundred_and_tens(text, first, nxt):
            draft.value = Decimal(100 + int(nxt.value))  # "one fifty" for the tires: 150
        elif said_in in HUNDREDS_SPOKEN:
            # "three twenty rupees": 320 where prices have no cents to say
            draft.value = Decimal(int(draft.value) * 100 + int(nxt.value))
        else:
            draft.value = Decimal(f"{int(draft.value)}.{int(nxt.value):02d}")
        draft.end = nxt.end
        return index + 1
    if nxt.kind == "scale":
        return _read_scale(items, index, draft)  # "2 thousand", "two k", "3 lakh"
    if _spoken_cents(text, first, nxt, _at(items, index + 1)):
        draft.value = Decimal(f"{int(draft.value)}.{text[nxt.start : nxt.end]}")
        draft.end = nxt.end
        return index + 1
    if _grouped_thousands(text, first, nxt, _at(items, index + 1)) or _grouped_before_currency(
        text, first, nxt
    ):
        draft.value = Decimal(int(draft.value) * 1000 + int(nxt.value))
        draft.end = nxt.end
        if nxt.currency is not None:  # "2 299 zł": the currency written after the group
            draft.currency, draft.marked = _resolve(nxt.currency, preferred), True
        return index + 1
    return index


def _grouped_before_currency(text: str, first: Item, group: Item) -> bool:
    """ "2 299 zł", "4 990 Ft", "1 250 kr": thousands grouped by a space, as much of Europe
    writes them, with the currency right after the group."""
    return (
        first.digits
        and first.currency is None
        and 0 < first.value < _BELOW_THOUSANDS
        and first.value == int(first.value)
        and text[first.start : first.end].isdigit()
        and group.digits
        and group.currency is not None
        and text[first.end : group.start] == " "
        and re.match(r"\d{3}(?![\d.,])", text[group.start :]) is not None
    )


def _read_scale(items: list[Item], index: int, draft: _Draft) -> int:
    """The number times the scale word at `index`, if one is there ("2 thousand", "1.5 k")."""
    scale = _at(items, index)
    if scale.kind != "scale":
        return index
    draft.value *= scale.value
    if draft.value == draft.value.to_integral_value():
        draft.value = draft.value.quantize(Decimal(1))  # "1.2 lakh" is 120000, not 120000.0
    draft.end = scale.end
    return index + 1


def _hundred_and_tens(text: str, first: Item, tens: Item) -> bool:
    """ "one fifty", "one twenty": the word "one" and round tens are said for 150 and 120
    (one dollar fifty is said "a dollar fifty"); "one ninety-nine" stays 1.99."""
    return (
        text[first.start : first.end].lower() == "one"
        and not tens.digits
        and int(tens.value) % 10 == 0
    )


def _spoken_cents(text: str, first: Item, cents: Item, after: Item) -> bool:
    """ "€7 50": a currency sign, a whole number, one space and two digits, as speech is
    transcribed (seven euros fifty); not when a count or a duration follows ("€20 30
    minutes ago") or more numbers do. Without a sign, only as `_said_as_a_price`
    ("Groceries at whole foods, 87 32.", never "at 12 15")."""
    if not _digit_group_after(text, first, cents, after, 2) or _COUNTED.match(text, cents.end):
        return False
    return first.currency is not None or (
        first.value < _BELOW_THOUSANDS and _said_as_a_price(text, first, cents)
    )


def _grouped_thousands(text: str, first: Item, group: Item, after: Item) -> bool:
    """ "invoice paid by client, 1 850", "braai meat R1 200, …": thousands grouped by a
    space, said as a price (`_said_as_a_price`), or after a currency sign and ending the
    clause; not "2 450 ml", not "gate 1 200")."""
    if (
        not _digit_group_after(text, first, group, after, 3)
        or not 0 < first.value < _BELOW_THOUSANDS
    ):
        return False
    signed = first.currency is not None and _CLAUSE_ENDS.match(text, group.end) is not None
    return (
        signed or _said_as_a_price(text, first, group) or _written_as_one_number(text, first, group)
    )


# what may follow "1 499" written as one number: the end, a pause, a word, a sign, never a
# unit or a counted thing glued or next to it ("2 450 ml", "1 200 lines", "3 500g")
_NOT_AFTER_A_GROUP = re.compile(r"[A-Za-z\d]|\s*(?:[-/x×*]|\d)", re.I)
# what numbers, not money, follow: "gate 1 200", "room 3 150", "flight 2 345", "No. 4 512"
# (the places the lexicon numbers, and the things numbered in papers and addresses)
_NUMBERED_BEFORE = re.compile(
    r"(?:\b(?:" + NUMBERED_PLACES + r"|flight|bus|line|page|pages|no|nr|number|order|invoice|"
    r"ref|ticket|unit|plot|shop|house|" + PARTS_OF_A_COURSE + r")\.?|#)\s*\Z",
    re.I,
)
_DIGIT_JUST_BEFORE = re.compile(r"\d\s?\Z")


def _written_as_one_number(text: str, first: Item, group: Item) -> bool:
    """ "Elkjøp gave me back 1 499", "the guy wanted 38 000": thousands grouped by one space,
    as much of Europe and Africa writes them, when nothing around the pair says it is a
    count, a unit, a numbered thing or part of a longer run of digits."""
    return (
        text[first.start : first.end].isdigit()
        and text[first.start] != "0"
        and _NOT_AFTER_A_GROUP.match(text, group.end) is None
        and not _COUNTED.match(text, group.end)
        and _NUMBERED_BEFORE.search(text, 0, first.start) is None
        and _DIGIT_JUST_BEFORE.search(text, 0, first.start) is None
    )


_BELOW_THOUSANDS = 1000


def _digit_group_after(text: str, first: Item, group: Item, after: Item, width: int) -> bool:
    """True when `group` is `width` digits written one space after the whole number `first`,
    with no sign of its own and no number, currency word or scale after it."""
    return (
        first.digits
        and first.value == int(first.value)
        and group.kind == "num"
        and group.digits
        and group.currency is None
        and text[group.start : group.end].isdigit()
        and group.end - group.start == width
        and text[first.end : group.start] == " "
        and after.kind not in ("num", "major", "minor", "scale", "point")
    )


def _said_as_a_price(text: str, first: Item, group: Item) -> bool:
    """A pair of digit groups read as one price: the first written in digits only, after a
    pause or a word that says a price follows, the pair ending the clause."""
    return (
        text[first.start : first.end].isdigit()
        and _CLAUSE_ENDS.match(text, group.end) is not None
        and _PRICE_SAID_BEFORE.search(text, 0, first.start) is not None
    )


# what may follow a spoken price: the clause's end or a preposition ("49 99 for the boots",
# "17 99 a month", "86 40 with the tip"), never a counted thing ("2 25 minutes")
_SENTENCE_ENDS = re.compile(r"\s*(?:[.!?;,]|\Z)")
_CLAUSE_ENDS = re.compile(
    r"\s*(?:[.!?;]|,\s|\Z)|\s+(?:with|for|a|per|at|on|in|from|each|total|including|incl|cash|after|"
    r"before|plus)\b",
    re.I,
)
# what a spoken price follows: a pause (", 87 32"), or "was", "cost", "paid" …
_PRICE_SAID_BEFORE = re.compile(
    r"(?:^|,\s*|\b(?:was|is|it's|its|were|cost|costs|paid|spent|came\s+to|like|about|so|fare|"
    r"price|total|bill|for|today|yesterday|tonight)\s+)\Z",
    re.I,
)


def _read_currency(items: list[Item], index: int, draft: _Draft, preferred: str | None) -> int:
    """A currency word after the number ("forty euros", "12 cents")."""
    nxt = _at(items, index)
    if nxt.kind == "major" and (draft.currency is None or draft.marked):
        draft.currency = draft.currency or _resolve(nxt.currency, preferred)
        draft.end, draft.marked = nxt.end, True
        return _read_major_cents(items, index + 1, draft)
    if nxt.kind == "minor" and not draft.marked and draft.value == int(draft.value):
        draft.value = draft.value.scaleb(-2)
        draft.currency, draft.end = nxt.currency, nxt.end
        draft.marked = draft.cents_only = True
        return index + 1
    return index


def _read_major_cents(items: list[Item], index: int, draft: _Draft) -> int:
    """ "dollars twenty" or "pounds 40" right after a whole amount: the cents without the
    word "cents" (two digits, one space after the currency word)."""
    nxt = _at(items, index)
    digits_cents = nxt.digits and 10 <= nxt.value <= 99 and nxt.start - draft.end <= 1
    if (
        nxt.kind == "num"
        and (digits_cents or (not nxt.digits and nxt.price_part))
        and not nxt.currency
        and draft.value == int(draft.value)
        and _at(items, index + 1).kind not in ("major", "minor", "num", "scale")
    ):
        draft.value = Decimal(f"{int(draft.value)}.{int(nxt.value):02d}")
        draft.end = nxt.end
        return index + 1
    return index


def _read_cents(text: str, items: list[Item], index: int, draft: _Draft) -> int:
    """ "... and twelve cents" after an amount with a currency; "76 euros and 30", "eighty
    seven reais and fifty": the cents said after the currency's word, ending the sentence."""
    if not draft.marked or draft.cents_only or draft.value != int(draft.value):
        return index
    probe = index + 1 if _at(items, index).kind == "and" else index
    number, unit = _at(items, probe), _at(items, probe + 1)
    if number.kind != "num" or not number.value < 100 or number.currency:
        return index
    said_after_its_word = (
        probe > index
        and text[draft.start : draft.end][-1:].isalpha()
        and number.value == int(number.value)
        and _SENTENCE_ENDS.match(text, number.end) is not None
    )
    if unit.kind == "minor":
        last, read_to = unit, probe + 2
    elif said_after_its_word:
        last, read_to = number, probe + 1
    else:
        return index
    draft.value = Decimal(f"{int(draft.value)}.{int(number.value):02d}")
    draft.end = last.end
    return read_to


def _resolve(currency: str | None, preferred: str | None) -> str | None:
    return resolve_currency_word(currency, preferred) if currency else currency


def resolve_currency_word(code: str, preferred: str | None) -> str:
    """The currency a shared word names for someone whose currency is `preferred`: "$" and
    "dollars" their own dollars (else US ones), "pesos" their own pesos (else Mexico's)."""
    if code == "$":
        return currency_for_symbol("$", preferred) or "USD"
    if code == "PESO":
        return preferred if preferred in PESO_CURRENCIES else DEFAULT_PESO
    return code


def _repair_splits(text: str, amounts: list[Amount]) -> list[Amount]:
    """Join "$300 and $20" (-> 320), "$56 and 12 cents" (-> 56.12) and "one nineteen
    ninety nine" (-> 119.99)."""
    result: list[Amount] = []
    for amount in amounts:
        previous = result[-1] if result else None
        if previous is not None and _is_split(text, previous, amount):
            span = Span(
                previous.span.start, amount.span.end, text[previous.span.start : amount.span.end]
            )
            result[-1] = replace(previous, value=previous.value + amount.value, span=span)
            continue
        if previous is not None and _hundreds_then_cents(text, previous, amount):
            span = Span(
                previous.span.start, amount.span.end, text[previous.span.start : amount.span.end]
            )
            value = previous.value * _HUNDRED + amount.value / _HUNDRED
            result[-1] = replace(previous, value=value.quantize(Decimal("0.01")), span=span)
            continue
        result.append(amount)
    return result


# A spoken price in three parts: "one nineteen ninety nine" is 119.99, "two forty nine
# ninety five" 249.95 (the hundreds, the rest of the dollars, then the cents)
_SPOKEN_WORDS = re.compile(r"[a-z]+(?:[\s-]+[a-z]+)*", re.I)
_HUNDRED = 100
_CENTS_IN_WORDS = (Decimal(10), Decimal(99))


def _hundreds_then_cents(text: str, first: Amount, second: Amount) -> bool:
    """True when `first` is a digit and tens or teens said as words that the reader took as
    a price under ten ("one nineteen", 1.19) and `second`, said right after, is cents in
    words ("ninety nine")."""
    words = (first.span.source, second.span.source)
    if first.marked or not all(_SPOKEN_WORDS.fullmatch(w) for w in words):
        return False
    if text[first.span.end : second.span.start].strip(" -") or len(first.span.source.split()) < 2:
        return False
    low, high = _CENTS_IN_WORDS
    return 1 <= first.value < 10 and low <= second.value <= high and second.value % 1 == 0


def _is_split(text: str, first: Amount, second: Amount) -> bool:
    if not _AND_BETWEEN.fullmatch(text[first.span.end : second.span.start]):
        return False
    if not first.marked or first.value != int(first.value) or first.cents_only:
        return False
    if second.cents_only:
        return True
    if not second.marked or second.currency != first.currency or second.value <= 0:
        return False
    place = 1000 if first.value % 1000 == 0 else 100
    return first.value % 100 == 0 and second.value < place and second.value == int(second.value)
