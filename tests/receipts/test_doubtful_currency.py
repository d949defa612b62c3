"""Honest confidence of the currency: a currency the receipt does not tell is shown to be
checked. Rendered receipts read by Tesseract, and the same cues as plain text lines."""

from __future__ import annotations

import shutil
from datetime import date
from decimal import Decimal

import pytest

from lingassist.engines.ocr import TesseractOcr
from lingassist.receipts import ReceiptDraft, TextLine, lines_from_words, parse_receipt
from lingassist.receipts.locale import GUESSED
from tests.engines.receipt_renders import render

TODAY = date(2026, 11, 23)
needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None, reason="no tesseract")

DINER_NO_COUNTRY = (  # dollars, and nothing saying which country's
    "MAPLE DINER",
    "Table 4  Server: Ann",
    "Pancakes              $8.50",
    "Coffee                $2.75",
    "SUBTOTAL             $11.25",
    "TOTAL                $11.25",
    "CARD                 $11.25",
    "08/11/2026 08:42",
)
BAKERY_GERMAN_WORDS = (  # German receipt words, no currency mark, no id or postcode
    "BAECKEREI KELLER",
    "Brot                   4.20",
    "Gipfeli 2x             2.60",
    "SUMME                  6.80",
    "Bar                   10.00",
    "Rueckgeld              3.20",
    "Vielen Dank",
)


def _read(lines: tuple[str, ...], home: str) -> ReceiptDraft:
    page = TesseractOcr().read(render(lines))
    return parse_receipt(lines_from_words(page.lines()), default_currency=home, today=TODAY)


def _parse(lines: tuple[str, ...], home: str) -> ReceiptDraft:
    text = [TextLine(line) for line in lines]
    return parse_receipt(text, default_currency=home, today=TODAY)


@needs_tesseract
@pytest.mark.parametrize("home", ["GBP", "CAD"])
def test_a_bare_dollar_without_a_country_is_a_guess(home: str) -> None:
    draft = _read(DINER_NO_COUNTRY, home)
    assert draft.total == Decimal("11.25")
    assert draft.currency == ("CAD" if home == "CAD" else "USD")  # the likeliest dollar
    assert draft.confidence["currency"] <= GUESSED
    assert "currency" in draft.doubtful()


@needs_tesseract
def test_german_words_alone_do_not_tell_euros_from_francs() -> None:
    draft = _read(BAKERY_GERMAN_WORDS, "GBP")
    assert (draft.total, draft.currency) == (Decimal("6.80"), "EUR")
    assert "currency" in draft.doubtful()


@pytest.mark.parametrize(
    ("lines", "currency"),
    [
        # a dollar named by the receipt's country: a US postcode, a Canadian GST/HST number
        (
            DINER_NO_COUNTRY[:1] + ("12 Main St, Springfield, IL 62701",) + DINER_NO_COUNTRY[1:],
            "USD",
        ),
        (DINER_NO_COUNTRY + ("GST/HST # 123456789",), "CAD"),
        (DINER_NO_COUNTRY[:4] + ("TOTAL USD 11.25",), "USD"),  # written out
        # German words and a German VAT id / Swiss words and francs
        (BAKERY_GERMAN_WORDS + ("USt-IdNr. DE 123 456 789",), "EUR"),
        (BAKERY_GERMAN_WORDS[:3] + ("SUMME CHF 6.80",), "CHF"),
        (BAKERY_GERMAN_WORDS[:3] + ("SUMME EUR 6.80",), "EUR"),
        # Vietnamese words are printed under one currency only
        (("QUAN PHO", "Pho bo 2 x 55.000 110.000", "TONG CONG 110.000", "TIEN MAT 200.000"), "VND"),
    ],
)
def test_a_currency_the_receipt_tells_stays_sure(lines: tuple[str, ...], currency: str) -> None:
    draft = _parse(lines, "GBP")
    assert draft.currency == currency
    assert draft.is_confident("currency")


def test_the_guessed_cases_as_plain_text_lines() -> None:
    assert not _parse(DINER_NO_COUNTRY, "GBP").is_confident("currency")
    assert not _parse(BAKERY_GERMAN_WORDS, "GBP").is_confident("currency")
