"""Which Tesseract languages to read a receipt with: the person's own, and the one the receipt
turns out to be printed in.

The first reading uses the languages of the person's settings and locale (English alone
for an English speaker, so English receipts cost nothing extra). What it read then tells
the receipt's language by cues that survive an English reading: words every till of the
country prints (SUMME, MWST, TOTAL TTC, TỔNG CỘNG read as "TONG CONG", TOTAAL, ...) and
letters only that language uses. The cues are data (`CUES`); adding a language is adding a
row, and its Tesseract data package in the Makefile.
"""

from __future__ import annotations

import functools
import re
import subprocess
from collections.abc import Iterable
from dataclasses import dataclass

LOCALE_LANGUAGES = {
    "en": "eng",
    "de": "deu",
    "fr": "fra",
    "vi": "vie",
    "es": "spa",
    "it": "ita",
    "nl": "nld",
    "pl": "pol",
}
"""Tesseract's language for the language part of a locale ("de_CH" -> "deu")."""


@dataclass(frozen=True)
class LanguageCues:
    """What shows that a receipt is printed in one language.

    Attributes:
        language: Tesseract's code.
        words: whole words or phrases, upper case, accents optional (an English reading
            drops them).
        letters: letters that language's print uses and English's does not.
        own_model: True when English reads that print too badly (Vietnamese: a diacritic
            on most letters, the currency sign đ); the receipt is then read again in it.
            For German, French, Spanish, Italian and Dutch receipts the English reading
            gave the same fields as one in their language on the dev receipts, in less
            time, so they are only added to a second reading made anyway.
    """

    language: str
    words: tuple[str, ...]
    letters: str = ""
    own_model: bool = False


CUES = (
    LanguageCues(
        "deu",
        (
            "SUMME",
            "ZU ZAHLEN",
            "MWST",
            "MWST-BETRAG",
            "RÜCKGELD",
            "RUCKGELD",
            "GEGEBEN",
            "NETTO",
            "BRUTTO",
            "UST-ID",
            "STEUER-NR",
            "STEUERNUMMER",
            "KASSE",
            "BON-NR",
            "FILIALE",
            "DANKE",
            "EINKAUF",
            "PFAND",
            "BETRAG",
            "ÖFFNUNGSZEITEN",
            "KARTENZAHLUNG",
            "BELEG",
            "GMBH",
            "STR",
            "STRASSE",
            "STRAßE",
        ),
        "äöüßÄÖÜ",
    ),
    LanguageCues(
        "fra",
        (
            "TOTAL TTC",
            "TTC",
            "TVA",
            "MONTANT",
            "REÇU",
            "MERCI",
            "ESPÈCES",
            "ESPECES",
            "CARTE BANCAIRE",
            "RENDU",
            "À PAYER",
            "A PAYER",
            "RUE",
            "SIRET",
            "ARTICLES",
        ),
        "éèêàçùâîôœÉÈÊÀÇ",
    ),
    LanguageCues(
        "vie",
        (
            "TỔNG CỘNG",
            "TONG CONG",
            "THANH TOÁN",
            "THANH TOAN",
            "TIỀN MẶT",
            "TIEN MAT",
            "HÓA ĐƠN",
            "HOA DON",
            "CẢM ƠN",
            "CAM ON",
            "VND",
            "VNĐ",
            "NGÀY",
            "SỐ LƯỢNG",
            "ĐƠN GIÁ",
            "DON GIA",
            "QUẬN",
            "QUAN",
            "PHƯỜNG",
            "PHUONG",
        ),
        "ăđơưĂĐƠƯạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ",
        own_model=True,
    ),
    LanguageCues(
        "spa",
        (
            "TOTAL A PAGAR",
            "IVA",
            "EFECTIVO",
            "CAMBIO",
            "GRACIAS",
            "FACTURA",
            "IMPORTE",
            "CIF",
            "NIF",
            "ENTREGADO",
            "DEVOLUCIÓN",
            "CALLE",
        ),
        "ñÑ¿¡",
    ),
    LanguageCues(
        "ita",
        (
            "TOTALE",
            "IVA",
            "CONTANTE",
            "CONTANTI",
            "RESTO",
            "SCONTRINO",
            "GRAZIE",
            "COMPLESSIVO",
            "DOCUMENTO COMMERCIALE",
            "P.IVA",
            "PAGAMENTO",
            "VIA",
        ),
        "",
    ),
    LanguageCues(
        "nld",
        (
            "TOTAAL",
            "BTW",
            "PINNEN",
            "BEDANKT",
            "KASSABON",
            "WISSELGELD",
            "CONTANT",
            "BETAALD",
            "BEDRAG",
            "KVK",
            "STRAAT",
        ),
        "ĳ",
    ),
    LanguageCues(
        "pol",
        (
            "PARAGON FISKALNY",
            "PARAGON",
            "FISKALNY",
            "SUMA PLN",
            "SUMA PTU",
            "PTU",
            "SPRZEDAŻ",
            "SPRZEDAZ",
            "OPODATK",
            "GOTÓWKA",
            "GOTOWKA",
            "RESZTA",
            "DO ZAPŁATY",
            "DO ZAPLATY",
            "KARTA PŁATNICZA",
            "RAZEM",
            "NIP",
            "DZIĘKUJEMY",
            "UL.",
        ),
        "ąćęłńśźżĄĆĘŁŃŚŹŻ",
    ),
)
"""Cues of each language a receipt can be read in (each needs `tesseract-ocr-<code>`)."""

MIN_CUES = 2
"""A language is taken as seen when at least this many of its cues are found, and more of
them than of any other language's."""


def home_languages(languages: str, locale: str) -> str:
    """The first reading's languages: the locale's language first, then the settings' own
    ("eng" and "de_DE" -> "deu+eng"); only installed ones, English when none is."""
    wanted = [LOCALE_LANGUAGES.get(locale.split("_")[0].lower(), "")]
    wanted += [code for code in languages.split("+") if code]
    chosen = _unique(code for code in wanted if code and code in installed_languages())
    return "+".join(chosen) or "eng"


def seen_language(text: str) -> str | None:
    """The language the text shows most cues of (`MIN_CUES` or more), or None."""
    upper = text.upper()
    scores = {cues.language: _count(cues, text, upper) for cues in CUES}
    best = max(scores, key=lambda code: scores[code])
    tied = sum(1 for score in scores.values() if score == scores[best])
    return best if scores[best] >= MIN_CUES and tied == 1 else None


def needs_own_model(language: str | None) -> bool:
    """True when a receipt in `language` should be read again in it (`own_model`)."""
    return any(cues.language == language and cues.own_model for cues in CUES)


def with_language(languages: str, language: str | None) -> str:
    """`languages` with `language` put first when it is installed and not there yet."""
    codes = [code for code in languages.split("+") if code]
    if not language or language in codes or language not in installed_languages():
        return languages
    return "+".join([language, *codes])


@functools.cache
def installed_languages() -> frozenset[str]:
    """The languages the installed Tesseract can read (empty when it is missing)."""
    try:
        listed = subprocess.run(
            ["tesseract", "--list-langs"], capture_output=True, timeout=10, check=False
        )
    except (OSError, subprocess.TimeoutExpired):
        return frozenset()
    lines = listed.stdout.decode("utf-8", "replace").splitlines()
    return frozenset(line.strip() for line in lines[1:] if line.strip())


def _count(cues: LanguageCues, text: str, upper: str) -> int:
    words = sum(1 for word in cues.words if _phrase(word).search(upper))
    letters = sum(1 for letter in set(cues.letters) if letter in text)
    return words + letters


@functools.cache
def _phrase(word: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![^\W\d_]){re.escape(word)}(?![^\W\d_])")


def _unique(codes: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(codes))
