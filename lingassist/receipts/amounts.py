"""Money amounts printed on receipt lines, read through `core.money.read_money`.

OCR noise around amounts is tolerated here ("68. 87", "2,83", "RMO. 00", "RM4.72",
"40.00SR"), and each hit keeps the boxes and confidence of the words it came from.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from lingassist.core.errors import InvalidAmount
from lingassist.core.money import MAX_AMOUNT, read_money
from lingassist.receipts.draft import Box, TextLine

_SPACED_AFTER_MARK = r"(?:(?<=[€£$])|(?<=[€£$] )|(?<=\bR)|(?<=\bR )|(?<=CHF )|(?<=EUR )|(?<=Fr\. ))"
_MARK_AFTER = r"\s?(?:€|EUR|zł|z[lt1]\b|PLN|CHF|Fr\.|\$)"
_AMOUNT = re.compile(
    r"(?<![\d.,'’])(?P<sign>-\s?)?"
    r"(?P<int>\d{1,3}(?:['’]\d{3})+(?=[.,]\d{2})"  # Swiss 1'250.50
    rf"|{_SPACED_AFTER_MARK}\d{{1,3}}(?: \d{{3}})+(?=[.,]\d{{2}}(?!\d))"  # R 1 250.00
    rf"|\d{{1,3}}(?: \d{{3}})+(?=[.,]\d{{2}}{_MARK_AFTER})"  # 1 250,00 €
    r"|\d{1,3}(?:,\d{3})+(?=\.\d{2})|\d{1,3}(?:[.,]\d{3})+(?=,\d{2})|\d{1,7})"
    r"(?:\s?(?P<mark>\.)\s?|\s?(?P<comma>,)\s?)"
    r"(?P<frac>\d{2})"
    r"(?![\d%]|[.,]\s?\d|\s?%)"
)
"""An amount with two decimals, its decimal mark a point or a comma, thousands grouped
with the other mark ("1,129.00", "1.129,00", OCR's "1,129,00"), with an apostrophe
("1'250.50", Swiss) or with a space next to a currency mark ("R 1 250.00", "1 250,00 €";
without a mark "2 250.00" may be a quantity and a price), OCR's spaces around the mark
allowed ("225 , 00"); never a date's day and month ("30.07. 2007")."""
_WHOLE_AMOUNT = re.compile(
    r"(?<![\d.,/:-])(?P<sign>-\s?)?"
    r"(?P<int>[1-9]\d{0,2}(?:\s?[.,]\d{3})+|[1-9]\d{0,2}(?: \d{3})+(?=\s?(?:đ|₫|VND|d\b))"
    r"|[1-9]\d{2,8})"
    r"(?:[.,]00)?"
    r"(?![\d%/:]|[.,]\d|\s?%)"
)
"""An amount of a currency printed without a minor unit: "63.000", "1.250.000", "63,000",
"33113", "1 250 000 đ", OCR's "296 .000" (a trailing ",00" is allowed); never part of a
date or a time."""
_BARE_NUMBER = re.compile(
    r"(?<![\w.,/:-])(?P<int>\d{1,4})\s(?P<frac>\d{2})(?![\d.,/:])"
    r"|(?<![\w.,/:-])(?P<run>\d{3,6})(?![\d.,/:])"
)
_O_AFTER_DIGIT = re.compile(r"(?:(?<=[\d.,])|(?<=[.,] ))[Oo]")
_O_BEFORE_DIGIT = re.compile(r"[Oo](?=\d|[.,]\s?\d)")
_AFTER_CURRENCY = re.compile(r"(\b(?:RM|MYR)\s?|[$€£]\s?)([0-9OoSIl|]{1,6}\s?[.,]\s?[0-9Oo]{2})\b")
_SECTION_BEFORE_DIGITS = re.compile(r"(?<![\w.,§])§(?=\d{1,3}\s?[.,]\s?\d{2}(?![\d.,]))")
"""A "5" opening an amount that OCR read as "§" ("Total CHF §5,65": 55,65); a legal
paragraph ("§ 14 UStG", "§25a") is no amount with decimals."""
_ONE_BEFORE_DIGITS = re.compile(r"(?<![\w.,])[{\[lI](?=\d{1,2}\s?[.,]\s?\d{2}(?![\d.,]))")
_LOOKALIKES = str.maketrans({"O": "0", "o": "0", "S": "5", "I": "1", "l": "1", "|": "1"})
_CURRENCY_BEFORE = re.compile(r"(RM|MYR|EUR|USD|GBP|SGD|CHF|VND|[$€£¥₫])\s?$", re.IGNORECASE)


@dataclass(frozen=True)
class AmountHit:
    """An amount read on one line.

    Attributes:
        value: the amount (negative when printed with a minus).
        line: index of the line in the receipt.
        start: first character of the amount in the (O->0 fixed) line text.
        end: one past its last character.
        boxes: the words it was read from.
        confidence: mean OCR confidence of those words.
        implied: True when the decimal point was missing and assumed ("1000" -> 10.00).
    """

    value: Decimal
    line: int
    start: int
    end: int
    boxes: tuple[Box, ...] = ()
    confidence: float = 1.0
    implied: bool = False


def fix_digits(text: str) -> str:
    """Replace letters read where digits belong: an O next to digits ("RMO. 00" -> "RM0. 00")
    lookalikes in an amount right after RM/$/€ ("RMS. OO" -> "RM5. 00"), a 1 read as
    a brace or l at the start of an amount ("{2.00" -> "12.00"), and a 5 read as "§"
    ("§5,65" -> "55,65")."""
    text = _ONE_BEFORE_DIGITS.sub("1", text)
    text = _SECTION_BEFORE_DIGITS.sub("5", text)
    text = _AFTER_CURRENCY.sub(lambda m: m.group(1) + m.group(2).translate(_LOOKALIKES), text)
    for _ in range(2):
        text = _O_AFTER_DIGIT.sub("0", text)
        text = _O_BEFORE_DIGIT.sub("0", text)
    return text


def amounts_in(line: TextLine, index: int, whole: bool = False) -> list[AmountHit]:
    """Every amount on `line`, left to right: with two decimals, or when `whole` (a currency
    printed without minor unit, such as VND) whole amounts with grouped thousands."""
    text = fix_digits(line.text)
    hits = []
    for match in (_WHOLE_AMOUNT if whole else _AMOUNT).finditer(text):
        value = _read(match.group("int"), "00" if whole else match.group("frac"))
        if value is None:
            continue
        if whole:
            value = value.quantize(Decimal(1))  # 183000 VND, not 183000.00
        if match.group("sign"):
            value = -value
        hits.append(_hit(line, index, value, match.start(), match.end()))
    return hits


def implied_amounts_in(line: TextLine, index: int) -> list[AmountHit]:
    """Numbers whose decimal point OCR lost ("1000", "10 00"), read as amounts."""
    text = fix_digits(line.text)
    hits = []
    for match in _BARE_NUMBER.finditer(text):
        run = match.group("run")
        value = _read(run[:-2], run[-2:]) if run else _read(match["int"], match["frac"])
        if value is not None and value > 0:
            hit = _hit(line, index, value, match.start(), match.end())
            hits.append(AmountHit(**{**hit.__dict__, "implied": True}))
    return hits


def currency_before(line: TextLine, hit: AmountHit) -> str | None:
    """The currency code or symbol printed right before an amount, if any."""
    match = _CURRENCY_BEFORE.search(fix_digits(line.text)[: hit.start])
    return match.group(1).upper() if match else None


def all_amounts(lines: Sequence[TextLine], whole: bool = False) -> list[AmountHit]:
    """The amounts of every line, in reading order (see `amounts_in`)."""
    return [hit for index, line in enumerate(lines) for hit in amounts_in(line, index, whole)]


def _read(integer: str, fraction: str) -> Decimal | None:
    """The amount through the project's single text -> Decimal function; None beyond what
    the ledger records (`MAX_AMOUNT`: a run of digits on a receipt is no such total)."""
    digits = re.sub(r"[.,\s'’]", "", integer) or "0"
    try:
        value = read_money(f"{digits}.{fraction}")[0]
    except InvalidAmount:
        return None
    return value if abs(value) <= MAX_AMOUNT else None


def _hit(line: TextLine, index: int, value: Decimal, start: int, end: int) -> AmountHit:
    return AmountHit(
        value=value,
        line=index,
        start=start,
        end=end,
        boxes=line.boxes_for_span(start, end),
        confidence=line.confidence_for_span(start, end),
    )
