"""Amounts in Vietnamese words, as a Vietnamese window's confirmation shows them next to
the figures.

>>> amount_in_words_vi(Decimal("1250000"), "VND")
'một triệu hai trăm năm mươi nghìn đồng'
"""

from __future__ import annotations

from decimal import Decimal

from lingassist.payments.words import amount_parts

_DIGITS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]
_GROUPS = ("", "nghìn", "triệu", "tỷ", "nghìn tỷ", "triệu tỷ")

# code -> (major unit, minor unit); Vietnamese nouns have no plural
_UNITS: dict[str, tuple[str, str]] = {
    "VND": ("đồng", ""),
    "EUR": ("euro", "xu"),
    "USD": ("đô la Mỹ", "xu"),
    "JPY": ("yên", ""),
}


def number_in_words_vi(number: int) -> str:
    """A whole number in Vietnamese words: 1_050_000 -> "một triệu không trăm năm mươi
    nghìn" (after a higher group, its empty hundreds are said: "không trăm")."""
    if number < 0:
        return f"âm {number_in_words_vi(-number)}"
    if number == 0:
        return "không"
    groups = []
    while number:
        number, group = divmod(number, 1000)
        groups.append(group)
    parts: list[str] = []
    for place in range(len(groups) - 1, -1, -1):
        if groups[place]:
            words = _below_thousand(groups[place], full=bool(parts))
            parts.append(f"{words} {_GROUPS[place]}".strip())
    return " ".join(parts)


def amount_in_words_vi(amount: Decimal, currency: str) -> str:
    """An amount in Vietnamese words with its currency's unit ("năm mươi nghìn đồng",
    "bốn mươi euro năm mươi xu"); a currency without a name here is written with its code.

    Raises:
        InvalidAmount: the amount has more decimals than the currency allows.
    """
    code, negative, major, minor, digits = amount_parts(amount, currency)
    sign = "âm " if negative else ""
    unit, cent = _UNITS.get(code, (code, ""))
    major_words = f"{number_in_words_vi(major)} {unit}"
    if not minor:
        return sign + major_words
    if not cent:  # like a cheque: "douze et 50/100 BRL"
        number = major_words.removesuffix(f" {unit}")
        return sign + f"{number} và {minor:0{digits}d}/{10**digits} {unit}"
    minor_words = f"{number_in_words_vi(minor)} {cent}"
    return sign + (minor_words if major == 0 else f"{major_words} {minor_words}")


def _below_thousand(number: int, *, full: bool) -> str:
    """Up to 999; `full` when a higher group came before ("không trăm linh năm")."""
    hundreds, rest = divmod(number, 100)
    tens, ones = divmod(rest, 10)
    parts = [f"{_DIGITS[hundreds]} trăm"] if hundreds or full else []
    if tens == 0 and ones:
        parts.append(f"linh {_DIGITS[ones]}" if parts else _DIGITS[ones])
    elif tens == 1:
        parts.append("mười" + (f" {_ones_after_ten(ones)}" if ones else ""))
    elif tens:
        last = {1: "mốt", 4: "tư", 5: "lăm"}.get(ones, _DIGITS[ones]) if ones else ""
        parts.append(f"{_DIGITS[tens]} mươi {last}".strip())
    return " ".join(parts)


def _ones_after_ten(ones: int) -> str:
    return "lăm" if ones == 5 else _DIGITS[ones]
