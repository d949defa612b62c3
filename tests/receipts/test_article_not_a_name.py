"""An article line is never the shop's name: a quantity with its unit ("BIHUN 3KG"), or a
price with its VAT class glued on ("2,49A"), marks the sale's first line."""

from __future__ import annotations

import shutil
from datetime import date

import pytest

from lingassist.engines.ocr import TesseractOcr
from lingassist.receipts import TextLine, lines_from_words, parse_receipt
from lingassist.receipts.header import is_article, not_a_name
from tests.engines.receipt_renders import render

TODAY = date(2026, 11, 23)
NO_NAME_ARTICLES = (  # the shop's name is a logo OCR cannot read: no name line at all
    "TAX INVOICE",
    "Date: 25/12/2025 14:03",
    "BIHUN ISTIMEWA 3KG",
    "  2 x 4.50            9.00",
    "MINYAK MASAK 1,5L",
    "  1 x 7.90            7.90",
    "TOTAL             RM 16.90",
)
GERMAN_GLUED_CLASS = (
    "Bio Orangen 2,49A",
    "Milch 1,19A",
    "SUMME EUR 3,68",
    "Datum: 14.03.2026",
)


@pytest.mark.parametrize(
    "line", ["BIHUN ISTIMEWA 3KG", "Milch 1,5L", "COLA 330 ML", "Mehl 500g", "SERBUK 6 PCS"]
)
def test_a_quantity_with_its_unit_is_an_article(line: str) -> None:
    assert is_article(line) and not_a_name(line)


@pytest.mark.parametrize(
    "line", ["KEDAI MAJU JAYA SDN BHD", "7-ELEVEN", "99 SPEEDMART", "BLUE LAGOON CAFE", "3M SHOP"]
)
def test_shop_names_are_no_articles(line: str) -> None:
    assert not is_article(line)


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="no tesseract")
def test_a_rendered_receipt_without_a_name_line_gives_no_article_as_its_merchant() -> None:
    page = TesseractOcr().read(render(NO_NAME_ARTICLES))
    draft = parse_receipt(lines_from_words(page.lines()), default_currency="MYR", today=TODAY)
    assert draft.merchant is None or not is_article(draft.merchant)
    assert draft.merchant != "BIHUN ISTIMEWA 3KG"


def test_a_price_with_its_vat_class_glued_on_is_no_name() -> None:
    draft = parse_receipt(
        [TextLine(line) for line in GERMAN_GLUED_CLASS], default_currency="EUR", today=TODAY
    )
    assert draft.merchant is None
