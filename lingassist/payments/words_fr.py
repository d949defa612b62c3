"""Amounts in French words, as a French window's confirmation shows them next to the
figures.

>>> amount_in_words_fr(Decimal("40.50"), "EUR")
'quarante euros et cinquante centimes'
"""

from __future__ import annotations

from decimal import Decimal

from lingassist.payments.words import amount_parts

_ONES = [
    "zéro",
    "un",
    "deux",
    "trois",
    "quatre",
    "cinq",
    "six",
    "sept",
    "huit",
    "neuf",
    "dix",
    "onze",
    "douze",
    "treize",
    "quatorze",
    "quinze",
    "seize",
    "dix-sept",
    "dix-huit",
    "dix-neuf",
]
_TENS = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}
_SCALES = (
    (10**12, "billion", "billions"),
    (10**9, "milliard", "milliards"),
    (10**6, "million", "millions"),
)

# code -> (major singular, major plural, minor singular, minor plural)
_UNITS: dict[str, tuple[str, str, str, str]] = {
    "EUR": ("euro", "euros", "centime", "centimes"),
    "USD": ("dollar américain", "dollars américains", "cent", "cents"),
    "CAD": ("dollar canadien", "dollars canadiens", "cent", "cents"),
    "GBP": ("livre sterling", "livres sterling", "penny", "pence"),
    "CHF": ("franc suisse", "francs suisses", "centime", "centimes"),
    "JPY": ("yen", "yens", "", ""),
    "VND": ("dong", "dongs", "", ""),
}


def number_in_words_fr(number: int) -> str:
    """A whole number in French words: 1280 -> "mille deux cent quatre-vingts"."""
    if number < 0:
        return f"moins {number_in_words_fr(-number)}"
    if number == 0:
        return "zéro"
    parts = []
    for scale, one, many in _SCALES:
        count, number = divmod(number, scale)
        if count:
            parts.append(f"{number_in_words_fr(count)} {one if count == 1 else many}")
    thousands, number = divmod(number, 1000)
    if thousands:  # "mille", "deux mille", "quatre-vingt mille" (no plural s before mille)
        head = _below_thousand(thousands) if thousands > 1 else ""
        head = head[:-1] if head.endswith(("cents", "vingts")) else head
        parts.append(f"{head} mille".strip())
    if number:
        parts.append(_below_thousand(number))
    return " ".join(parts)


def amount_in_words_fr(amount: Decimal, currency: str) -> str:
    """An amount in French words with its currency's unit names ("un million d'euros",
    "un euro et un centime"); a currency without names here is written with its code.

    Raises:
        InvalidAmount: the amount has more decimals than the currency allows.
    """
    code, negative, major, minor, digits = amount_parts(amount, currency)
    sign = "moins " if negative else ""
    one, many, cent, cents = _UNITS.get(code, (code, code, "", ""))
    unit = one if major in (0, 1) else many
    if major and major % 10**6 == 0 and code in _UNITS:  # "deux millions d'euros"
        unit = ("d'" if unit[0] in "aeiouéèêh" else "de ") + unit
    major_words = f"{number_in_words_fr(major)} {unit}".replace(" d'", " d’")
    if not minor:
        return sign + major_words
    if not cent:  # like a cheque: "douze et 50/100 BRL"
        number = major_words.removesuffix(f" {unit}")
        return sign + f"{number} et {minor:0{digits}d}/{10**digits} {unit}"
    minor_words = f"{number_in_words_fr(minor)} {cent if minor == 1 else cents}"
    return sign + (minor_words if major == 0 else f"{major_words} et {minor_words}")


def _below_thousand(number: int) -> str:
    hundreds, rest = divmod(number, 100)
    if not hundreds:
        return _below_hundred(rest)
    head = "cent" if hundreds == 1 else f"{_ONES[hundreds]} cent{'' if rest else 's'}"
    return f"{head} {_below_hundred(rest)}" if rest else head


def _below_hundred(number: int) -> str:
    if number < 20:
        return _ONES[number]
    tens, ones = divmod(number, 10)
    if tens in (7, 9):  # soixante-dix, quatre-vingt-dix
        base = "soixante" if tens == 7 else "quatre-vingt"
        joiner = " et " if tens == 7 and ones == 1 else "-"
        return f"{base}{joiner}{_ONES[10 + ones]}"
    if tens == 8:
        return f"quatre-vingt-{_ONES[ones]}" if ones else "quatre-vingts"
    if ones == 0:
        return _TENS[tens]
    return f"{_TENS[tens]} et un" if ones == 1 else f"{_TENS[tens]}-{_ONES[ones]}"
