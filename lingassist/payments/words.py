"""Amounts in English words, as a confirmation dialog shows them next to the figures.

>>> amount_in_words(Decimal("40.50"), "EUR")
'forty euros and fifty cents'
"""

from __future__ import annotations

from decimal import Decimal

from lingassist.core.currency import minor_digits, normalize_code
from lingassist.core.money import to_minor

_ONES = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_SCALES = ((10**12, "trillion"), (10**9, "billion"), (10**6, "million"), (1000, "thousand"))

# code -> (major singular, major plural, minor singular, minor plural)
_UNITS: dict[str, tuple[str, str, str, str]] = {
    "EUR": ("euro", "euros", "cent", "cents"),
    "USD": ("US dollar", "US dollars", "cent", "cents"),
    "CAD": ("Canadian dollar", "Canadian dollars", "cent", "cents"),
    "AUD": ("Australian dollar", "Australian dollars", "cent", "cents"),
    "NZD": ("New Zealand dollar", "New Zealand dollars", "cent", "cents"),
    "GBP": ("pound", "pounds", "penny", "pence"),
    "CHF": ("Swiss franc", "Swiss francs", "centime", "centimes"),
    "SEK": ("Swedish krona", "Swedish kronor", "öre", "öre"),
    "NOK": ("Norwegian krone", "Norwegian kroner", "øre", "øre"),
    "DKK": ("Danish krone", "Danish kroner", "øre", "øre"),
    "PLN": ("złoty", "złoty", "grosz", "groszy"),
    "CZK": ("Czech koruna", "Czech korunas", "haléř", "haléřů"),
    "HUF": ("forint", "forints", "fillér", "fillér"),
    "RON": ("leu", "lei", "ban", "bani"),
    "JPY": ("yen", "yen", "", ""),
    "VND": ("dong", "dong", "", ""),
    "INR": ("rupee", "rupees", "paisa", "paise"),
}


def number_in_words(number: int) -> str:
    """A whole number in English words: 1234 -> "one thousand two hundred thirty-four"."""
    if number < 0:
        return f"minus {number_in_words(-number)}"
    if number < 1000:
        return _below_thousand(number)
    for scale, name in _SCALES:
        if number >= scale:
            high, rest = divmod(number, scale)
            head = f"{number_in_words(high)} {name}"
            return f"{head} {number_in_words(rest)}" if rest else head
    raise AssertionError("unreachable")  # pragma: no cover


def amount_parts(amount: Decimal, currency: str) -> tuple[str, bool, int, int, int]:
    """What every language says of an amount: its currency code, whether it is negative,
    its whole units, its minor units and how many digits those have (40.50 EUR ->
    ("EUR", False, 40, 50, 2)); never rounded, so the words say exactly the amount.

    Raises:
        InvalidAmount: the amount has more decimals than the currency allows.
    """
    code = normalize_code(currency)
    digits = minor_digits(code)
    minor_total = to_minor(amount, code)
    major, minor = divmod(abs(minor_total), 10**digits)
    return code, minor_total < 0, major, minor, digits


def amount_in_words(amount: Decimal, currency: str) -> str:
    """An amount in words with its currency's unit names.

    Examples: 40.50 EUR -> "forty euros and fifty cents"; 1 EUR -> "one euro";
    0.05 EUR -> "five cents"; 1.01 GBP -> "one pound and one penny"; 1500 JPY ->
    "one thousand five hundred yen". A currency without unit names here reads like a
    cheque, with its code: 12.50 BRL -> "twelve and 50/100 BRL".

    Raises:
        InvalidAmount: the amount has more decimals than the currency allows (never rounded).
    """
    code, negative, major, minor, digits = amount_parts(amount, currency)
    sign = "minus " if negative else ""
    if code not in _UNITS:
        return sign + _cheque_style(major, minor, digits, code)
    one, many, cent, cents = _UNITS[code]
    major_words = f"{number_in_words(major)} {one if major == 1 else many}"
    if not minor or not cent:
        return sign + major_words
    minor_words = f"{number_in_words(minor)} {cent if minor == 1 else cents}"
    return sign + (minor_words if major == 0 else f"{major_words} and {minor_words}")


def _cheque_style(major: int, minor: int, digits: int, code: str) -> str:
    words = number_in_words(major)
    if digits == 0:
        return f"{words} {code}"
    return f"{words} and {minor:0{digits}d}/{10**digits} {code}"


def _below_thousand(number: int) -> str:
    hundreds, rest = divmod(number, 100)
    parts = [f"{_ONES[hundreds]} hundred"] if hundreds else []
    if rest or not hundreds:
        parts.append(_below_hundred(rest))
    return " ".join(parts)


def _below_hundred(number: int) -> str:
    if number < 20:
        return _ONES[number]
    tens, ones = divmod(number, 10)
    return _TENS[tens] + (f"-{_ONES[ones]}" if ones else "")


def amount_in_words_in(amount: Decimal, currency: str, language: str) -> str:
    """An amount in the words of `language` ("fr", "vi"; English for any other).

    Raises:
        InvalidAmount: the amount has more decimals than the currency allows.
    """
    from lingassist.payments.words_fr import amount_in_words_fr
    from lingassist.payments.words_vi import amount_in_words_vi

    spell = {"fr": amount_in_words_fr, "vi": amount_in_words_vi}.get(language, amount_in_words)
    return spell(amount, currency)
