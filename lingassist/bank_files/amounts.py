"""Amounts as banks print them, read exactly with a decimal mark decided per column.

"1.234,56", "-1,234.56", "1 234,56", "(12.50)", "12,50-", "12,50 S", "45.00 CR",
"£1,234.56", "-45,67 EUR". A lone value such as "1,234" cannot tell a decimal comma from a
thousands separator; `decide_decimal_mark` looks at the whole column, and a column that does
not tell leaves the choice to the file's other columns or to the caller.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal, InvalidOperation

from lingassist.core.currency import currency_for_symbol, is_currency_code, minor_digits
from lingassist.core.money import Money
from lingassist.core.phrases import Phrase, phrase, quoted

_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2212": "-"})
_SIMPLE = {
    ".": re.compile(r"[-+]?\d+(?:\.\d+)?"),
    ",": re.compile(r"[-+]?\d+(?:,\d+)?"),
}
_GROUPED = {
    ".": re.compile(r"(?:\d+|\d{1,3}(?:,\d{3})+)?(?:\.\d+)?"),
    ",": re.compile(r"(?:\d+|\d{1,3}(?:\.\d{3})+)?(?:,\d+)?"),
}
_PLAIN_GROUPED = {
    ".": re.compile(r"-?\d{1,3}(?:,\d{3})+(?:\.\d+)?"),
    ",": re.compile(r"-?\d{1,3}(?:\.\d{3})+(?:,\d+)?"),
}
_THOUSANDS = {".": ",", ",": "."}
_DIGIT_GROUP_SPACE = re.compile(r"(?<=\d)[ '’](?=\d{3}(?:\D|$))")
_SIGN_SUFFIX = re.compile(r"\s*\b(CR|DR|Cr|Dr|cr|dr|S|H)\.?$")
_SUFFIX_SIGNS = {"cr": 1, "dr": -1, "s": -1, "h": 1}
_CODE_EDGE = re.compile(r"^([A-Za-z]{3})\s*(?=[-+(\d.,])|(?<=[\d)])\s*([A-Za-z]{3})$")
_SYMBOLS = ("US$", "CA$", "A$", "€", "£", "$", "¥", "₫", "CHF", "Fr.", "kr")
_HAS_DIGIT = re.compile(r"\d")
_SEPARATORS = re.compile(r"[.,]")


def exact_money(value: Decimal, currency: str) -> Money:
    """`Money` written with its currency's decimals ("7" EUR -> 7.00 EUR), never rounded.

    Raises:
        UserFacingError: unknown currency, more decimals than it has, or too large.
    """
    money = Money(value, currency)
    if value.as_tuple().exponent != -minor_digits(money.currency):
        return Money.from_minor(money.minor, money.currency)
    return money


class NotAnAmount(ValueError):
    """A cell that is not an amount; the message says why, for a rejected line (`said`:
    the reason as a phrase, for a window in another language)."""

    def __init__(self, said: Phrase) -> None:
        super().__init__(said.text)
        self.said = said


def read_amount(text: str, mark: str, preferred: str | None = None) -> tuple[Decimal, str | None]:
    """The signed amount in `text` and the currency it names, if any.

    `mark` is the decimal mark of the column ("." or ","); the other one may group
    thousands. Raises `NotAnAmount` with the reason when `text` is not an amount.
    """
    stripped = text.strip()
    if _SIMPLE[mark].fullmatch(stripped):
        return Decimal(stripped.replace(",", ".")), None
    if _PLAIN_GROUPED[mark].fullmatch(stripped):  # "-1.234,56", "1,234.56"
        return Decimal(stripped.replace(_THOUSANDS[mark], "").replace(",", ".")), None
    cleaned = stripped.translate(_SPACES)
    sign, core, currency = _strip_decorations(cleaned, text, preferred)
    return sign * _number(core, mark, text), currency


def looks_like_amount(text: str) -> bool:
    """True when `text` reads as an amount with either decimal mark (for column shapes)."""
    for mark in (",", "."):
        try:
            read_amount(text, mark)
        except NotAnAmount:
            continue
        return True
    return False


def decide_decimal_mark(values: Iterable[str]) -> str | None:
    """ "," or "." when the column's values tell which is the decimal mark, else None.

    "1.234,56" or "12,5" tell ","; "1,234.56" or "12.50" tell "."; a column of "1,234" or
    of whole numbers does not tell. Values that disagree are counted; the majority wins.
    """
    votes = {",": 0, ".": 0}
    for value in values:
        mark = _mark_of(value)
        if mark:
            votes[mark] += 1
    if votes[","] == votes["."]:
        return None
    return "," if votes[","] > votes["."] else "."


def _mark_of(value: str) -> str | None:
    """The decimal mark one value shows, or None when it shows none or is ambiguous."""
    digits = "".join(char for char in value if char.isdigit() or char in ".,")
    marks = _SEPARATORS.findall(digits)
    if not marks:
        return None
    last = marks[-1]
    if len(set(marks)) == 2:
        return last
    tail = digits.rpartition(last)[2]
    if len(marks) > 1:  # "1.234.567": the mark groups thousands
        return "," if last == "." else "."
    return None if len(tail) == 3 else last


def _strip_decorations(
    text: str, original: str, preferred: str | None
) -> tuple[int, str, str | None]:
    """Remove signs, parentheses, "CR"/"DR"/"S"/"H" and a currency; return sign and digits."""
    sign, currency, signs_seen = 1, None, 0
    rest = text
    for _ in range(3):
        before = rest
        if rest.startswith("(") and rest.endswith(")"):
            rest, sign, signs_seen = rest[1:-1].strip(), -sign, signs_seen + 1
        suffix = _SIGN_SUFFIX.search(rest) if _HAS_DIGIT.search(rest) else None
        if suffix:
            rest, signs_seen = rest[: suffix.start()].strip(), signs_seen + 1
            sign *= _SUFFIX_SIGNS[suffix.group(1).lower()]
        if rest[:1] in "-+" and rest:
            sign *= -1 if rest[0] == "-" else 1
            rest, signs_seen = rest[1:].strip(), signs_seen + 1
        if rest[-1:] in "-+" and rest[:-1].rstrip()[-1:].isdigit():
            sign *= -1 if rest[-1] == "-" else 1
            rest, signs_seen = rest[:-1].strip(), signs_seen + 1
        if currency is None:
            rest, currency = _strip_currency(rest, preferred)
        if rest == before:
            break
    if signs_seen > 1:
        raise NotAnAmount(phrase("{text} has more than one sign", text=quoted(original.strip())))
    return sign, rest, currency


def _strip_currency(text: str, preferred: str | None) -> tuple[str, str | None]:
    match = _CODE_EDGE.search(text)
    if match:
        code = (match.group(1) or match.group(2)).upper()
        if is_currency_code(code):
            return (text[: match.start()] + text[match.end() :]).strip(), code
    for symbol in _SYMBOLS:
        if text.startswith(symbol):
            return text[len(symbol) :].strip(), currency_for_symbol(symbol, preferred)
        if text.endswith(symbol):
            return text[: -len(symbol)].strip(), currency_for_symbol(symbol, preferred)
    return text, None


def _number(text: str, mark: str, original: str) -> Decimal:
    compact = _DIGIT_GROUP_SPACE.sub("", text)
    if not _HAS_DIGIT.search(compact) or not _GROUPED[mark].fullmatch(compact):
        raise NotAnAmount(_not_an_amount(original, compact, mark))
    thousands = "," if mark == "." else "."
    plain = compact.replace(thousands, "").replace(",", ".")
    try:
        return Decimal(plain)
    except InvalidOperation as exc:  # pragma: no cover - the pattern above admits digits only
        raise NotAnAmount(phrase("{text} is not an amount", text=quoted(original.strip()))) from exc


def _not_an_amount(original: str, compact: str, mark: str) -> Phrase:
    shown = quoted(original.strip()[:40])
    if _HAS_DIGIT.search(compact) and _SEPARATORS.search(compact):
        if mark == ",":
            return phrase(
                "{text} is not an amount with a decimal comma like the rest of its column",
                text=shown,
            )
        return phrase(
            "{text} is not an amount with a decimal point like the rest of its column", text=shown
        )
    return phrase("{text} is not an amount", text=shown)
