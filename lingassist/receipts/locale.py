"""The receipt's own locale: its country, currency, how it writes amounts and dates.

A receipt says where it comes from: currency symbols, codes and words ("$", "€", "đ",
"CHF", "Fr.", "zł"), VAT ids ("USt-IdNr. DE 813 129 242", "TVA FR…", "CHE-123.456.789
MWST"), postcodes and phone numbers ("CA 94301", "+49 …", "(719) 471-0054"), and its
language ("SUMME", "MONTANT", "TỔNG CỘNG"). These cues are weighed here (all of them are
data in `locale_data`); the person's home currency is used only when the receipt marks none.
The result decides the currency, the date order (month-first for US receipts, day-first for
most others) and whether amounts carry a minor unit ("63.000" on a Vietnamese receipt is
sixty-three thousand dong).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from lingassist.core.currency import is_currency_code, minor_digits
from lingassist.receipts.draft import Found, TextLine
from lingassist.receipts.labels import Label, line_label
from lingassist.receipts.locale_data import (
    CARD_CONVERSION_REACH,
    CARD_CONVERSION_WORDS,
    CONVERSION_WORDS,
    COUNTRY_CURRENCY,
    COUNTRY_PATTERNS,
    CURRENCY_MARKS,
    DOLLAR_COUNTRIES,
    LANGUAGE_COUNTRIES,
    LANGUAGE_WORDS,
    LANGUAGES_OF_SEVERAL_CURRENCIES,
    MONTH_FIRST_COUNTRIES,
    WHOLE_AMOUNT_CURRENCIES,
)
from lingassist.receipts.text import has_any, letter_tokens

MARK_WEIGHT = 1.0
"""Evidence of one currency mark; a country cue weighs `COUNTRY_PATTERNS`' own weight."""
LANGUAGE_WEIGHT = 0.5
"""Evidence of one line in a language, shared among the countries speaking it."""
MAX_LANGUAGE_LINES = 4
HOME_ONLY = 0.4
"""Confidence of a currency taken from the home settings: the receipt marks none. Below
`GUESSED` by more than `passes.SURER_BY`, so that a reading which saw a weak cue (a phone
number, a tip line) replaces one that saw none (a shadow over the address)."""
GUESSED = 0.55
"""At most this confidence (below the card's 0.6: shown to be checked) for a currency the
receipt does not tell: a bare "$" whose dollar no country cue of the receipt names (the home
dollar or USD is a guess: Canadian, Australian, Singapore… receipts print "$" too), or a
country known only from words of a language printed under several currencies ("SUMME" is
German and Swiss, "TOTAL TTC" French, Swiss and Canadian)."""
MIN_COUNTRY_SCORE = 1.0
"""A country needs one id, postcode or phone cue, or two lines of its language."""
CLEAR_COUNTRY = 1.5
"""Country evidence (an id, a postcode, a phone number) that outweighs a lone mark of
another currency."""
_DOLLAR = re.compile(r"\$\s?\d|\d\s?\$")
_COMPILED_MARKS = tuple((code, re.compile(pattern)) for code, pattern in CURRENCY_MARKS)
_COMPILED_COUNTRIES = tuple(
    (country, re.compile(pattern), weight) for country, pattern, weight in COUNTRY_PATTERNS
)


@dataclass(frozen=True)
class ReceiptLocale:
    """Where a receipt comes from, as far as its text says.

    Attributes:
        country: ISO 3166 alpha-2 code of the likeliest country, or None.
        currency: the receipt's currency (ISO 4217) with how sure that is.
        day_first: numeric dates are day/month (False: month/day, as in the US; None when
            the receipt does not say where it is from).
        whole_amounts: amounts are printed without a minor unit ("63.000" VND, "33.113" COP).
    """

    country: str | None
    currency: Found[str]
    day_first: bool | None
    whole_amounts: bool


def read_locale(lines: Sequence[TextLine], home_currency: str) -> ReceiptLocale:
    """The receipt's country, currency, date order and amount style."""
    texts = [line.text for line in lines]
    countries = country_scores(texts)
    country = _best(countries)
    currency = read_currency(texts, home_currency, country, countries)
    return ReceiptLocale(
        country=country,
        currency=currency,
        day_first=_day_first(country, currency),
        whole_amounts=prints_whole_amounts(currency.value),
    )


def day_first_at_home(locale_name: str) -> bool:
    """The person's own date order from their locale ("en_US" -> month-first)."""
    country = locale_name.replace("-", "_").split(".")[0].partition("_")[2].upper()
    return country not in MONTH_FIRST_COUNTRIES


def prints_whole_amounts(currency: str) -> bool:
    """True for currencies whose receipts print no minor unit (VND, JPY, COP, …)."""
    if currency in WHOLE_AMOUNT_CURRENCIES:
        return True
    return is_currency_code(currency) and minor_digits(currency) == 0


def country_scores(texts: Sequence[str]) -> dict[str, float]:
    """Evidence for each country: VAT ids, postcodes, phone numbers, then language."""
    scores: defaultdict[str, float] = defaultdict(float)
    for text in texts:
        for country, pattern, weight in _COMPILED_COUNTRIES:
            if pattern.search(text):
                scores[country] += weight
    for language, count in _language_lines(texts).items():
        speakers = LANGUAGE_COUNTRIES[language]
        for country in speakers:
            scores[country] += LANGUAGE_WEIGHT * min(count, MAX_LANGUAGE_LINES) / len(speakers)
    return scores


def read_currency(
    texts: Sequence[str],
    home_currency: str,
    country: str | None,
    countries: Mapping[str, float] | None = None,
) -> Found[str]:
    """The currency the receipt is written in.

    Explicit marks win ("€", "EUR", "CHF", "đ"); a bare "$" is the dollar of the receipt's
    country (else the home currency when that is a dollar, else USD); without any mark, the
    country's currency; the home currency only when the receipt says nothing. A currency the
    receipt does not tell (a dollar no clear country cue names, a country known from its
    language alone or from cues weaker than `CLEAR_COUNTRY`) is at most `GUESSED` sure.
    """
    marks = _currency_marks(texts)
    named = set(marks)  # currencies written out ("USD", "C$", "€"), not only a bare "$"
    dollars = sum(len(_DOLLAR.findall(text)) for text in texts)
    dollar = _dollar_currency(country, home_currency, countries or {})
    if dollars:
        marks[dollar] += dollars
    if marks and not _country_outweighs(marks, country, countries or {}):
        (code, count), *rest = marks.most_common()
        runner_up = rest[0][1] if rest else 0
        agrees = country is not None and COUNTRY_CURRENCY.get(country) == code
        sure = 0.6 + 0.1 * (count - runner_up) + (0.15 if agrees else 0.0)
        if code == dollar and code not in named and not _clear(country, countries or {}):
            sure = min(sure, GUESSED)  # which dollar a bare "$" is, no clear country cue says
        return Found(code, round(min(1.0, sure), 3))
    if country is not None and country in COUNTRY_CURRENCY:
        strength = (countries or {}).get(country, 0.0)
        sure = min(0.9, 0.5 + 0.1 * strength)
        if strength < CLEAR_COUNTRY or _known_by_language_alone(texts, country):
            sure = min(sure, GUESSED)  # a phone number's shape, a tip line, two words
        return Found(COUNTRY_CURRENCY[country], round(sure, 3))
    return Found(home_currency, HOME_ONLY)


def _clear(country: str | None, countries: Mapping[str, float]) -> bool:
    """A dollar country the receipt tells clearly (an id, a postcode, a province, or weaker
    cues together), not only by a cue other countries share (a "(204) 555-0163" phone is
    Canadian as well as American, a TIP line is printed everywhere)."""
    return country in DOLLAR_COUNTRIES and countries.get(country, 0.0) >= CLEAR_COUNTRY


def _known_by_language_alone(texts: Sequence[str], country: str) -> bool:
    """True when nothing but receipt words of a language printed under several currencies
    (`LANGUAGES_OF_SEVERAL_CURRENCIES`) points to `country`: no id, postcode, phone or web
    cue."""
    languages = {language for language, places in LANGUAGE_COUNTRIES.items() if country in places}
    if not languages & LANGUAGES_OF_SEVERAL_CURRENCIES:
        return False
    return not any(
        where == country and pattern.search(text)
        for text in texts
        for where, pattern, _ in _COMPILED_COUNTRIES
    )


def _country_outweighs(
    marks: Counter[str], country: str | None, countries: Mapping[str, float]
) -> bool:
    """One lone mark of another currency than the country's, against clear country cues,
    is taken for OCR noise."""
    if country not in COUNTRY_CURRENCY or countries.get(country, 0.0) < CLEAR_COUNTRY:
        return False
    code, count = marks.most_common(1)[0]
    return count == 1 and code != COUNTRY_CURRENCY[country]


def _currency_marks(texts: Sequence[str]) -> Counter[str]:
    """Currency marks on the receipt, those on its total lines counted twice, none on a
    conversion line ("Entspricht in Euro 36.33 EUR" on a receipt in francs) nor in a card
    slip's conversion into the card holder's currency (`CARD_CONVERSION_WORDS`)."""
    counts: Counter[str] = Counter()
    block = next(
        (index for index, text in enumerate(texts) if has_any(text, CARD_CONVERSION_WORDS)),
        len(texts) + CARD_CONVERSION_REACH,
    )
    totals = [line_label(text) in (Label.TOTAL, Label.STRONG_TOTAL) for text in texts]
    first_total = totals.index(True) if True in totals else -1
    for index, text in enumerate(texts):
        if has_any(text, CONVERSION_WORDS) or index >= block:
            continue
        if index >= block - CARD_CONVERSION_REACH and index != first_total:
            continue  # the slip's converted amount, not the receipt's own first total line
        weight = 2 if totals[index] else 1
        for code, pattern in _COMPILED_MARKS:
            counts[code] += weight * len(pattern.findall(text))
    return +counts


def _dollar_currency(country: str | None, home: str, countries: Mapping[str, float]) -> str:
    """Which dollar (or peso) a bare "$" is."""
    if country in DOLLAR_COUNTRIES:
        return DOLLAR_COUNTRIES[country]
    if home in DOLLAR_COUNTRIES.values() and not countries:
        return home
    return "USD"


def _language_lines(texts: Sequence[str]) -> Counter[str]:
    """How many lines use each language's receipt words (spelled exactly: "TOTAAL" and
    "TOTALE" are one misread letter from "TOTAL")."""
    counts: Counter[str] = Counter()
    for text in texts:
        padded = " " + " ".join(letter_tokens(text)) + " "
        for language, words in _LANGUAGE_PHRASES.items():
            if any(word in padded for word in words):
                counts[language] += 1
    return counts


_LANGUAGE_PHRASES = {
    language: tuple(" " + " ".join(letter_tokens(word)) + " " for word in words)
    for language, words in LANGUAGE_WORDS.items()
}


def _best(scores: Mapping[str, float]) -> str | None:
    if not scores:
        return None
    country, score = max(scores.items(), key=lambda item: item[1])
    return country if score >= MIN_COUNTRY_SCORE else None


def _day_first(country: str | None, currency: Found[str]) -> bool | None:
    """Month-first on receipts from the US (or in US dollars without another country),
    day-first on others that show where they are from; None when nothing does."""
    if country is not None:
        return country not in MONTH_FIRST_COUNTRIES
    if currency.confidence <= HOME_ONLY:
        return None
    return currency.value != "USD"
