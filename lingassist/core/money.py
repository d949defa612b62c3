"""Exact money: text -> Decimal, Decimal <-> integer minor units, and rounding in one place.

Money is never a float. `read_money` is the one function that turns what a person typed
or what OCR read into a `Decimal` (and, when the text names one, a currency). Storage is
integer minor units plus a currency code (`to_minor` / `from_minor`). `round_money` is the
only place where an amount is rounded; `to_minor` refuses amounts that would need it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import ROUND_HALF_EVEN, Decimal, InvalidOperation

from lingassist.core.currency import (
    currency_for_symbol,
    is_currency_code,
    minor_digits,
    normalize_code,
    symbols_longest_first,
)
from lingassist.core.errors import InvalidAmount
from lingassist.core.phrases import phrase

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200e\u200f\ufeff"), None)
_SPACES = re.compile(r"[\s\u00a0\u202f\u2009]+")
_GROUPED_BY_SPACE_OR_APOSTROPHE = re.compile(r"(?<=\d)[ '’](?=\d{3}(?:\D|$))")
_DIGITS_AND_SEPARATORS = re.compile(r"\d+(?:[.,]\d+)*")
_CODE_AT_EDGE = re.compile(r"^([A-Za-z]{3})\b\s*|\s*\b([A-Za-z]{3})$")
_SCALES = {  # written after a number: "45k", "1tr2", "50 nghìn", "1 triệu 2", "2 tỷ"
    "k": 3,
    "nghìn": 3,
    "nghin": 3,
    "ngàn": 3,
    "ngan": 3,
    "tr": 6,
    "triệu": 6,
    "trieu": 6,
    "tỷ": 9,
    "tỉ": 9,
    "ty": 9,
}
_SCALED = re.compile(
    r"(?P<head>\d[\d.,' ]*?)\s*(?P<unit>"
    + "|".join(sorted(_SCALES, key=len, reverse=True))
    + r")\s*(?P<tail>\d*)",
    re.IGNORECASE,
)
_DONG_WORDS = ("vnđ", "đồng", "đ")  # the dong as Vietnamese people write it, beside "₫"/"VND"
MAX_AMOUNT = Decimal(1_000_000_000_000)
"""The largest amount LingAssist stores (one trillion in major units, either sign).

Storage is integer minor units in SQLite's signed 64-bit integers (at most about 9.2e18).
At four minor digits, the most any currency has, the largest amount is 1e16 minor units,
so sums of hundreds of the largest amounts (millions of them at two digits) still fit, and
balances, reports and budgets never overflow.
"""


@dataclass(frozen=True)
class Money:
    """An exact amount in one currency.

    Attributes:
        amount: the value as a `Decimal` (never a float), with no more decimals than the
            currency's minor unit allows.
        currency: ISO 4217 code, upper case.
    """

    amount: Decimal
    currency: str
    _minor: int = field(init=False, repr=False, compare=False, default=0)

    def __post_init__(self) -> None:
        if not isinstance(self.amount, Decimal):
            raise TypeError(f"Money needs a Decimal amount, got {type(self.amount).__name__}")
        object.__setattr__(self, "currency", normalize_code(self.currency))
        # to_minor refuses sub-minor-unit amounts; its result is kept for storage.
        object.__setattr__(self, "_minor", to_minor(self.amount, self.currency))

    @classmethod
    def from_minor(cls, units: int, currency: str) -> Money:
        """Money from stored integer minor units."""
        return cls(from_minor(units, currency), currency)

    @property
    def minor(self) -> int:
        """The amount in integer minor units, as stored."""
        return self._minor

    def __neg__(self) -> Money:
        # The same size in the same currency is valid money already (an import negates
        # every line once): checked once, not again.
        negated = object.__new__(type(self))
        object.__setattr__(negated, "amount", -self.amount)
        object.__setattr__(negated, "currency", self.currency)
        object.__setattr__(negated, "_minor", -self._minor)
        return negated

    def __str__(self) -> str:
        return f"{format_amount(self.amount, self.currency)} {self.currency}"


def read_money(text: str, preferred_currency: str | None = None) -> tuple[Decimal, str | None]:
    """Read an amount and the currency it names (if any) from typed or OCR text.

    Accepts "12.50", "12,50", "1,234.56", "1.234,56", "1 234,56", "1'234.50", "$12.50",
    "12.50 EUR", "€12,50", "RM 3.90", "45k", "1.2k", "-3.20", "(3.20)" and "3.20-".
    A shared symbol such as "$" resolves to `preferred_currency` when it can be one.

    Vietnamese dong: "63.000 đ", "1.250.000 VND", "50k", "50 nghìn", "1tr2" / "1 triệu 2"
    (1,200,000: the digits after the unit are its next digits), "1,2tr", "2 tỷ". In a
    currency without a minor unit (VND, JPY) a dot before exactly three digits groups
    thousands ("1.250" VND is 1250), since such an amount can have no decimals.

    Raises:
        InvalidAmount: the text is not an amount (the message says how to write one), or
            it has more than one sign ("--5": signs never cancel out silently).
    """
    cleaned = _SPACES.sub(" ", text.translate(_INVISIBLE)).strip().replace("−", "-")
    outside, negative = _strip_sign(cleaned)
    inside, currency = _strip_currency(outside, preferred_currency)
    number, negative_inside = _strip_sign(inside)
    if outside != cleaned and number != inside:  # "--5", "-5-", "-(5)": signs never cancel
        raise InvalidAmount(
            phrase(
                "'{text}' has more than one sign. Write the amount once, e.g. 12.50.",
                text=text.strip(),
            )
        )
    scaled = _SCALED.fullmatch(number)
    if scaled:
        amount = _scaled_number(scaled, original=text)
    else:
        whole = _has_no_minor_unit(currency or preferred_currency)
        amount = _parse_number(number, original=text, thousands_dot=whole)
    return (-amount if negative or negative_inside else amount), currency


def parse_amount(text: str) -> Decimal:
    """The `Decimal` written in `text` (see `read_money`), ignoring any currency."""
    return read_money(text)[0]


def to_minor(amount: Decimal, currency: str) -> int:
    """Exact integer minor units of `amount` (12.50 EUR -> 1250).

    Raises:
        InvalidAmount: the amount has more decimals than the currency has (1.234 EUR), or
            is beyond `MAX_AMOUNT` (either sign).
    """
    if not amount.is_finite() or abs(amount) > MAX_AMOUNT:
        raise InvalidAmount(
            phrase(
                "{amount} {currency} is too large: LingAssist records amounts up to {most}. "
                "Check the amount.",
                amount=f"{amount:,f}",
                currency=currency.upper(),
                most=f"{MAX_AMOUNT:,}",
            )
        )
    digits = minor_digits(currency)
    scaled = amount.scaleb(digits)
    if scaled != scaled.to_integral_value():
        raise InvalidAmount(
            phrase(
                "{amount} has more decimals than {currency} allows ({digits}).",
                amount=str(amount),
                currency=currency.upper(),
                digits=str(digits),
            )
        )
    return int(scaled)


def from_minor(units: int, currency: str) -> Decimal:
    """The `Decimal` amount of stored integer minor units (1250 EUR -> Decimal("12.50"))."""
    return Decimal(units).scaleb(-minor_digits(currency))  # 1250 -> 12.50, 0 -> 0.00


def round_money(amount: Decimal, currency: str) -> Decimal:
    """Round a computed amount (a split, a share of tax) to the currency's minor unit.

    The single rounding rule of LingAssist: half to even ("banker's rounding"), so that
    rounding many amounts does not drift upwards.
    """
    return amount.quantize(Decimal(1).scaleb(-minor_digits(currency)), rounding=ROUND_HALF_EVEN)


def format_amount(amount: Decimal, currency: str) -> str:
    """Plain "1,234.50" text with the currency's decimals, for logs and the CLI."""
    digits = minor_digits(currency)
    return f"{round_money(amount, currency):,.{digits}f}"


def _strip_sign(text: str) -> tuple[str, bool]:
    """Remove one leading/trailing minus or plus, or enclosing parentheses."""
    if text.startswith("(") and text.endswith(")"):
        return text[1:-1].strip(), True
    if text and text[0] in "-+":
        return text[1:].strip(), text[0] == "-"
    if text and text[-1] in "-+" and text[:-1].rstrip()[-1:].isdigit():
        return text[:-1].strip(), text[-1] == "-"
    return text, False


def _strip_currency(text: str, preferred: str | None) -> tuple[str, str | None]:
    """Remove an ISO code or a written symbol at either end; return it as a code."""
    match = _CODE_AT_EDGE.search(text)
    if match and is_currency_code(match.group(1) or match.group(2)):
        code = normalize_code(match.group(1) or match.group(2))
        return (text[: match.start()] + text[match.end() :]).strip(), code
    for symbol in symbols_longest_first():
        if text.startswith(symbol):
            return text[len(symbol) :].strip(), currency_for_symbol(symbol, preferred)
        if text.endswith(symbol):
            return text[: -len(symbol)].strip(), currency_for_symbol(symbol, preferred)
    lowered = text.lower()
    for word in _DONG_WORDS:  # "63.000 đ", "63.000đ", "50 nghìn đồng"
        if lowered.endswith(word) and lowered[: -len(word)].rstrip()[-1:].isalnum():
            return text[: -len(word)].strip(), "VND"
    return text, None


def _has_no_minor_unit(currency: str | None) -> bool:
    """True for a currency without decimals (VND, JPY); False for others or none."""
    return currency is not None and is_currency_code(currency) and minor_digits(currency) == 0


def _unreadable(original: str) -> InvalidAmount:
    """Text that is not an amount, and how to write one."""
    return InvalidAmount(
        phrase(
            "Could not read '{text}' as an amount. "
            "Write it like 12.50, 12,50, 1,234.56 or 1.234,56.",
            text=original.strip(),
        )
    )


def _scaled_number(match: re.Match[str], *, original: str) -> Decimal:
    """ "45k" -> 45000, "1,2tr" -> 1200000, "1tr2" / "1 triệu 25" -> 1200000 / 1250000.

    Digits after the unit continue the number below it (as "1m80" for 1.80 m): at most as
    many as the unit has zeros, and only after a whole number ("1,2tr5" is refused).
    """
    zeros = _SCALES[match.group("unit").lower()]
    head, tail = match.group("head").strip(), match.group("tail")
    number = _parse_number(head, original=original)
    if tail and (len(tail) > zeros or number != number.to_integral_value()):
        raise _unreadable(original)
    if tail:
        number += Decimal(tail).scaleb(-len(tail))
    return number.scaleb(zeros).normalize() + 0  # "+ 0" turns 5E+4 back into 50000


def _parse_number(text: str, *, original: str, thousands_dot: bool = False) -> Decimal:
    """Digits with "." / "," separators -> Decimal, deciding which one is the decimal mark.

    With `thousands_dot` (a currency without decimals) a lone "." before exactly three
    digits groups thousands, as "," does: "1.250" -> 1250.
    """
    compact = _GROUPED_BY_SPACE_OR_APOSTROPHE.sub("", text)
    if not compact or not _DIGITS_AND_SEPARATORS.fullmatch(compact):
        raise _unreadable(original)
    if thousands_dot and re.fullmatch(r"\d{1,3}\.\d{3}", compact):
        return Decimal(compact.replace(".", ""))
    integer, fraction = _split_decimal_mark(compact, original)
    try:
        return Decimal(f"{integer}.{fraction}" if fraction else integer)
    except InvalidOperation as exc:  # pragma: no cover - guarded by the regex above
        raise _unreadable(original) from exc


def _split_decimal_mark(number: str, original: str) -> tuple[str, str]:
    """Split "1.234,56" into ("1234", "56"): the last separator is the decimal mark unless
    it is a thousands separator (one kind used twice, or "," followed by exactly 3 digits)."""
    marks = [c for c in number if c in ".,"]
    if not marks:
        return number, ""
    last = marks[-1]
    head, _, tail = number.rpartition(last)
    only_one_kind = len(set(marks)) == 1
    if only_one_kind and (len(marks) > 1 or (last == "," and len(tail) == 3)):
        return _ungroup(number, last, original), ""
    return _ungroup(head, "," if last == "." else ".", original), tail


def _ungroup(number: str, separator: str, original: str) -> str:
    """Remove thousands separators, checking the groups are really thousands, or grouped
    the Indian way with commas: the last three digits, then pairs ("1,25,000")."""
    first, *groups = number.split(separator)
    if "." in first or "," in first:
        raise _unreadable(original)
    thousands = all(len(group) == 3 for group in groups)
    indian = (
        separator == ","
        and len(groups) >= 2
        and len(groups[-1]) == 3
        and all(len(group) == 2 for group in groups[:-1])
        and 1 <= len(first) <= 2
    )
    if not (thousands or indian):
        raise _unreadable(original)
    return first + "".join(groups)
