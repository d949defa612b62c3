"""The real Tesseract on the committed receipt images, end to end through the parser."""

from __future__ import annotations

import shutil
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PIL import Image

from lingassist.engines.date_rereads import LINE_HEIGHTS, better_reading, valid_date
from lingassist.engines.images import load_image
from lingassist.engines.ocr import (
    OcrFailed,
    OcrPage,
    OcrWord,
    TesseractOcr,
    doubtful_regions,
    parse_tsv,
    reread_doubtful_dates,
)
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
            "GREEN LEAF MARKET",  # the legal form is not part of the name people file
            date(2026, 3, 14),
            "18.78",
            "EUR",
            "visa",
        ),
        ("rm_cash.png", "KEDAI MAJU JAYA SDN BHD", date(2025, 12, 25), "19.50", "MYR", "cash"),
        ("rotated_exif.jpg", "SUNRISE PHARMACY", date(2026, 2, 7), "9.48", "EUR", "mastercard"),
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


def _line(*words: tuple[str, float], top: int = 100, line: int = 1) -> tuple[OcrWord, ...]:
    return tuple(
        OcrWord(text, sure, (10 + 100 * i, top, 90, 20), block=1, paragraph=1, line=line)
        for i, (text, sure) in enumerate(words)
    )


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ((("Date:", 0.9), ("03/06/2017", 0.95)), []),  # read surely
        ((("Date", 0.9), ("04/05/2017", 0.42)), []),  # unsure but a valid date
        ((("O1-Nov-2017", 0.06), ("11:20:04AM", 0.9)), []),  # O for 0 is read anyway
        # no valid day, unsure or before a full year: the word, one width more to its left
        ((("COiness79", 0.0), ("E/2/2017", 0.0), ("PM", 0.7)), [(20, 100, 180, 20)]),
        ((("COiness79", 0.0), ("E/2/2017", 0.73), ("PM", 0.7)), [(20, 100, 180, 20)]),
        ((("Date:", 0.9), ("52/02/2018", 0.3)), [(20, 100, 180, 20)]),
        ((("a:", 0.06), ("42/2017", 0.94)), [(20, 100, 180, 20)]),  # day cut off
        ((("42/2017", 0.94),), [(0, 100, 100, 20)]),  # clipped at the image edge
        ((("Time", 0.9), ("13.45.59", 0.9)), []),  # surely read, no year: a time
        # a DATE label with digits but no date: the whole line
        ((("Date", 0.6), (">", 0.6), ("ORG", 0.1), ("207", 0.0)), [(10, 100, 390, 20)]),
        ((("Date;", 0.9), ("Oct", 0.9), ("3,", 0.9), ("2015", 0.95)), []),  # month name
        ((("TOTAL", 0.9), ("12.50", 0.2)), []),  # an amount is no date
        ((("Tel", 0.9), ("03-62801198", 0.1)), []),  # nor a phone number
        ((("Date:", 0.9),), []),  # a label alone has nothing to read
    ],
)
def test_which_parts_of_a_line_are_doubtful_dates(
    words: tuple[tuple[str, float], ...], expected: list[tuple[int, int, int, int]]
) -> None:
    assert doubtful_regions(_line(*words)) == expected


@pytest.mark.parametrize(
    ("text", "valid"),
    [
        ("03/06/2017", True),
        ("O1-Nov-2017", True),
        ("12/28/2017", True),  # month first
        ("30/83/2018", False),
        ("E/2/2017", False),
        ("42/2017", False),
        ("13.45.59", False),
    ],
)
def test_valid_date_words(text: str, valid: bool) -> None:
    assert valid_date(text) is valid


@pytest.mark.parametrize(
    ("old", "new", "better"),
    [
        # a surely read valid date beats words without one, however sure they are
        ((("a:", 0.06), ("42/2017", 0.94)), (("see", 0.2), ("22/12/2017", 0.66)), True),
        ((("E/2/2017", 0.73),), (("6/2/2017", 0.6),), True),
        # ... but not an unsure one
        ((("42/2017", 0.94),), (("22/12/2017", 0.3),), False),
        # a reading without a valid date never replaces the first one, surer or not
        ((("06/2/2016", 0.35),), (("O6A22016", 0.9),), False),
        ((("Date:", 0.67), ("52/02/2018", 0.68)), (("Cate:", 0.61), ("92/02/2018", 0.85)), False),
        # otherwise the surer reading wins
        ((("06/2/2016", 0.35),), (("06/12/2016", 0.45),), True),
        ((("22/12/2017", 0.7),), (("22/12/2017", 0.6),), False),
    ],
)
def test_which_reading_of_a_region_is_better(
    old: tuple[tuple[str, float], ...], new: tuple[tuple[str, float], ...], better: bool
) -> None:
    assert better_reading(_line(*old), _line(*new)) is better


class _FakeLineReader(TesseractOcr):
    """Reads every region again as `again[height]`, and records which were asked for."""

    def __init__(self, again: dict[int, tuple[OcrWord, ...]]) -> None:
        super().__init__()
        object.__setattr__(self, "again", again)
        object.__setattr__(self, "asked", [])

    def read_line(
        self, image: Image.Image, box: tuple[int, int, int, int], line_height: int = 32
    ) -> OcrPage:
        self.asked.append((box, line_height))  # type: ignore[attr-defined]
        return OcrPage(self.again[line_height], *image.size)  # type: ignore[attr-defined]


def _again(*texts: str, sure: float) -> tuple[OcrWord, ...]:
    return tuple(
        OcrWord(text, sure, (10 + 100 * i, 101, 90, 20), block=9, paragraph=9, line=9)
        for i, text in enumerate(texts)
    )


@pytest.mark.parametrize(
    ("again_sure", "expected", "heights"),
    [
        (0.9, "Date > 03/06/2017", LINE_HEIGHTS[:1]),  # the first reading is sure
        (0.05, "Date > ORG 207", LINE_HEIGHTS),  # no reading is sure: all were tried
    ],
)
def test_a_doubtful_date_line_is_replaced_only_by_a_surer_reading(
    again_sure: float, expected: str, heights: tuple[int, ...]
) -> None:
    shop = _line(("SHOP", 0.9), top=10, line=1)
    dated = _line(("Date", 0.6), (">", 0.6), ("ORG", 0.1), ("207", 0.0), top=100, line=2)
    again = _again("Date", ">", "03/06/2017", sure=again_sure)
    reader = _FakeLineReader(dict.fromkeys(LINE_HEIGHTS, again))
    blank = Image.new("L", (400, 200), 255)
    page = reread_doubtful_dates(reader, blank, OcrPage(shop + dated, 400, 200))
    assert page.text == f"SHOP\n{expected}"
    assert reader.asked == [((10, 100, 390, 20), height) for height in heights]  # type: ignore[attr-defined]


def test_a_cut_off_date_is_read_again_at_another_size_and_replaces_only_its_words() -> None:
    dated = _line(("Doc", 0.9), ("CS0207", 0.9), ("a:", 0.06), ("42/2017", 0.94), line=2)
    first = (OcrWord("50/12/2017", 0.49, (230, 99, 170, 22)),)  # still no valid day
    second = (OcrWord("22/12/2017", 0.72, (230, 99, 170, 22)),)
    reader = _FakeLineReader({LINE_HEIGHTS[0]: first, LINE_HEIGHTS[1]: second})
    blank = Image.new("L", (400, 200), 255)
    page = reread_doubtful_dates(reader, blank, OcrPage(dated, 400, 200))
    assert page.text == "Doc CS0207 22/12/2017"
    assert [word.line for word in page.words] == [2, 2, 2]
    assert reader.asked == [((220, 100, 180, 20), height) for height in LINE_HEIGHTS]  # type: ignore[attr-defined]


@needs_tesseract
@pytest.mark.engine
def test_one_line_read_alone_keeps_image_coordinates(engine: TesseractOcr) -> None:
    image = load_image(FIXTURES / "rm_cash.png")
    page = replace(engine, reread_dates=False).read(image)
    line = next(line for line in page.lines() if any("2025" in word.text for word in line))
    left = min(word.box[0] for word in line)
    top = min(word.top for word in line)
    right = max(word.box[0] + word.box[2] for word in line)
    bottom = max(word.bottom for word in line)
    again = engine.read_line(image, (left, top, right - left, bottom - top))
    assert "25/12/2025" in again.text.replace(" ", "")
    for word in again.words:
        assert left - 20 <= word.box[0] and word.box[0] + word.box[2] <= right + 20
        assert top - 20 <= word.top and word.bottom <= bottom + 20
