"""The real Tesseract on the committed receipt images, end to end through the parser."""

from __future__ import annotations

import shutil
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PIL import Image

from lingassist.engines.images import load_image
from lingassist.engines.ocr import OcrFailed, OcrPage, OcrWord, TesseractOcr, parse_tsv
from lingassist.receipts import lines_from_words, parse_receipt

FIXTURES = Path(__file__).resolve().parents[1] / "receipts" / "fixtures"
TODAY = date(2026, 11, 23)
needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None, reason="no tesseract")


@pytest.fixture(scope="module")
def engine() -> TesseractOcr:
    return TesseractOcr()


@needs_tesseract
@pytest.mark.engine
@pytest.mark.parametrize(
    ("name", "merchant", "day", "total", "currency", "payment"),
    [
        (
            "eur_supermarket.png",
            "GREEN LEAF MARKET GMBH",
            date(2026, 3, 14),
            "18.78",
            "EUR",
            "visa",
        ),
        ("rm_cash.png", "KEDAI MAJU JAYA SDN BHD", date(2025, 12, 25), "19.50", "MYR", "cash"),
        ("rotated_exif.jpg", "SUNRISE PHARMACY LTD", date(2026, 2, 7), "9.48", "EUR", "mastercard"),
        ("low_contrast.png", "KEDAI MAJU JAYA SDN BHD", date(2025, 12, 25), "19.50", "MYR", "cash"),
    ],
)
def test_receipt_images_end_to_end(
    engine: TesseractOcr,
    name: str,
    merchant: str,
    day: date,
    total: str,
    currency: str,
    payment: str,
) -> None:
    image = load_image(FIXTURES / name)
    page = engine.read(image)
    draft = parse_receipt(lines_from_words(page.lines()), default_currency="EUR", today=TODAY)
    assert (draft.merchant, draft.date, draft.total) == (merchant, day, Decimal(total))
    assert (draft.currency, draft.payment_method) == (currency, payment)
    assert 0 < draft.confidence["total"] <= 1


@needs_tesseract
@pytest.mark.engine
def test_boxes_are_in_the_loaded_image_coordinates(engine: TesseractOcr) -> None:
    image = load_image(FIXTURES / "rm_cash.png")
    page = engine.read(image)
    assert (page.width, page.height) == image.size
    draft = parse_receipt(lines_from_words(page.lines()), default_currency="MYR", today=TODAY)
    (left, top, width, height), *_ = draft.boxes["total"]
    assert left > image.width / 2 and left + width <= image.width + 2  # the amount column
    assert 0 < top < image.height and 10 < height < 60
    words = {word.text: word for word in page.words}
    assert 0.5 < words["TOTAL"].confidence <= 1.0


@needs_tesseract
@pytest.mark.engine
def test_subtotal_tax_and_items_on_a_real_image(engine: TesseractOcr) -> None:
    page = engine.read(load_image(FIXTURES / "eur_supermarket.png"))
    draft = parse_receipt(lines_from_words(page.lines()), default_currency="EUR", today=TODAY)
    assert (draft.subtotal, draft.tax) == (Decimal("17.55"), Decimal("1.23"))
    assert [item.amount for item in draft.items] == [
        Decimal("1.49"), Decimal("5.98"), Decimal("3.36"), Decimal("7.95")
    ]  # fmt: skip


def test_a_missing_tesseract_is_a_clear_error() -> None:
    engine = TesseractOcr(tesseract_cmd="/nonexistent/tesseract")
    with pytest.raises(OcrFailed, match="not installed"):
        engine.read(Image.new("L", (100, 50), 255))


def test_lines_merge_a_price_column_read_as_another_block() -> None:
    def word(text: str, left: int, top: int, block: int) -> OcrWord:
        return OcrWord(text, 0.9, (left, top, 60, 20), block=block, paragraph=1, line=1)

    page = OcrPage(
        (
            word("TOTAL", 10, 100, 1),
            word("SHOP", 10, 10, 2),
            word("12.50", 300, 102, 3),
        ),
        width=400,
        height=200,
    )
    assert [[w.text for w in line] for line in page.lines()] == [["SHOP"], ["TOTAL", "12.50"]]
    assert page.text == "SHOP\nTOTAL 12.50"


def test_parse_tsv_reads_tesseract_columns() -> None:
    tsv = "level\tleft\ttop\twidth\theight\tconf\ttext\n5\t1\t2\t3\t4\t96.5\tTOTAL\n"
    assert parse_tsv(tsv)["text"] == ["TOTAL"]
    assert parse_tsv("") == {key: [] for key in parse_tsv("")}
