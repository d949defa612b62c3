"""The third reading of a receipt (RapidOCR in the app): only when Tesseract's two readings
leave the draft unsure, merged as the second reading is, and never at the receipt's cost."""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal

import pytest
from PIL import Image

from lingassist.engines.ocr import OcrPage, OcrWord, TesseractOcr
from lingassist.engines.rapid_ocr import RapidOcrUnavailable
from lingassist.receipts import ReceiptDraft, lines_from_words, parse_receipt
from lingassist.receipts.passes import needs_second_pass
from lingassist.services.receipt_reading import (
    HEADER_SHARE,
    THIRD_READER,
    TOTAL_UNSURE,
    make_receipt_reader,
    read_draft,
)
from tests.receipt_samples import CORNER_SHOP

TODAY = date(2026, 11, 23)
SURE = "BINTANG MART SDN BHD\nDate: 02/01/2026\nTOTAL 5.00"
NO_DATE = "BINTANG MART SDN BHD\nTOTAL 5.00"


def _page(text: str, size: tuple[int, int], confidence: float = 0.9) -> OcrPage:
    words = [
        OcrWord(word, confidence, (10 + 60 * column, 20 * row, 50, 15), line=row)
        for row, line in enumerate(text.splitlines())
        for column, word in enumerate(line.split())
    ]
    return OcrPage(tuple(words), *size)


@dataclass(frozen=True)
class _Tesseract(TesseractOcr):
    """A fixed text per page-segmentation mode; logs each reading's mode."""

    texts: dict[int, str] = field(default_factory=dict)
    log: list[str] = field(default_factory=list)

    def read(self, image: Image.Image) -> OcrPage:
        self.log.append(f"psm{self.psm}")
        return _page(self.texts[self.psm], image.size)


@dataclass
class _Third:
    """Another engine: a fixed text, or an error; shares the Tesseract fake's log."""

    log: list[str]
    text: str = SURE
    error: Exception | None = None

    def read(self, image: Image.Image) -> OcrPage:
        self.log.append("third")
        if self.error is not None:
            raise self.error
        return _page(self.text, image.size)


def _parse(page: OcrPage) -> ReceiptDraft:
    return parse_receipt(lines_from_words(page.lines()), default_currency="MYR", today=TODAY)


def _read(first: str, second: str, third: _Third | None = None) -> tuple[ReceiptDraft, int, list]:
    tesseract = _Tesseract(texts={4: first, 6: second})
    if third is not None:
        third.log = tesseract.log
    draft, passes = read_draft(tesseract, Image.new("L", (300, 200), 255), _parse, third)
    return draft, passes, tesseract.log


def test_a_sure_first_reading_is_read_once() -> None:
    draft, passes, log = _read(SURE, SURE, _Third([]))
    assert (passes, log) == (1, ["psm4"])
    assert draft.date == date(2026, 1, 2)


def test_a_second_reading_that_settles_it_asks_for_no_third() -> None:
    draft, passes, log = _read(NO_DATE, SURE, _Third([]))
    assert (passes, log) == (2, ["psm4", "psm6"])
    assert draft.date == date(2026, 1, 2)


def test_still_unsure_after_both_readings_is_read_a_third_time_and_merged() -> None:
    draft, passes, log = _read(NO_DATE, NO_DATE, _Third([]))
    assert (passes, log) == (3, ["psm4", "psm6", "third"])
    assert draft.date == date(2026, 1, 2)  # found only by the third reader
    assert (draft.merchant, draft.total) == ("BINTANG MART SDN BHD", Decimal("5.00"))


def test_without_a_third_reader_the_draft_stays_unsure() -> None:
    draft, passes, log = _read(NO_DATE, NO_DATE)
    assert (passes, log, draft.date) == (2, ["psm4", "psm6"], None)


@pytest.mark.parametrize(
    "error", [RapidOcrUnavailable("not installed"), RuntimeError("onnxruntime failed")]
)
def test_a_third_reader_that_cannot_read_leaves_tesseracts_draft(error: Exception) -> None:
    draft, passes, log = _read(NO_DATE, NO_DATE, _Third([], error=error))
    assert (passes, log) == (2, ["psm4", "psm6", "third"])
    assert (draft.merchant, draft.total) == ("BINTANG MART SDN BHD", Decimal("5.00"))
    assert draft.date is None


def test_the_app_reads_unsure_receipts_a_third_time_with_rapidocr_discounted() -> None:
    from inspect import signature

    from lingassist.engines.rapid_ocr import RapidOcr

    assert signature(make_receipt_reader).parameters["third"].default is THIRD_READER
    assert RapidOcr(threads=1, confidence_scale=0.85) == THIRD_READER


# The third reader on real Tesseract readings of rendered receipts: where it reads.


@dataclass
class _Recording:
    """A third engine that keeps the pictures it is given and reads `lines` on them, one line
    every 40 px from the top (so a header crop reads them where they are)."""

    lines: tuple[str, ...] = ()
    seen: list[Image.Image] = field(default_factory=list)

    def read(self, image: Image.Image) -> OcrPage:
        self.seen.append(image.copy())
        words = [
            OcrWord(word, 0.95, (20 + 70 * column, 10 + 40 * row, 60, 24), block=row + 1)
            for row, line in enumerate(self.lines)
            for column, word in enumerate(line.split())
        ]
        return OcrPage(tuple(words), *image.size)


def _tesseract_draft(picture: Image.Image, third: _Recording) -> tuple[ReceiptDraft, int]:
    return read_draft(TesseractOcr(), picture, _parse, third)


needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None, reason="no tesseract")


@needs_tesseract
def test_only_a_doubtful_merchant_has_only_the_header_read_again() -> None:
    from tests.engines.receipt_renders import render

    receipt = render(CORNER_SHOP)
    third = _Recording(("BINTANG MINI MART", "Date: 01/01/2020", "TOTAL 99.00"))
    draft, passes = _tesseract_draft(receipt, third)
    assert passes == 2 and len(third.seen) == 1  # the header at once, no second page reading
    header = third.seen[0]
    assert header.width == receipt.width  # the top of the receipt only
    assert header.height == pytest.approx(receipt.height * HEADER_SHARE, abs=2)
    assert draft.merchant == "BINTANG MINI MART"  # the fuller name, read about as surely
    assert (draft.date, draft.total) == (date(2025, 12, 25), Decimal("9.50"))  # Tesseract's


@needs_tesseract
def test_a_receipt_stored_sideways_is_read_upright_by_the_third_reader() -> None:
    from tests.engines.receipt_renders import render

    receipt = render(CORNER_SHOP[:3] + CORNER_SHOP[4:])  # no date: the whole receipt again
    third = _Recording(("BINTANG MINI MART",))
    sideways = receipt.rotate(90, expand=True)
    draft, passes = _tesseract_draft(sideways, third)
    assert passes == 3 and draft.total == Decimal("9.50")
    (seen,) = third.seen  # the receipt turned upright (the picture given is turned a quarter)
    assert seen.size == receipt.size and receipt.width > receipt.height
    assert seen.tobytes() == receipt.tobytes()
    assert draft.merchant == "BINTANG MINI MART"
    ((left, top, width, height),) = draft.boxes["merchant"]  # turned back onto the picture
    assert (left, top, width, height) == (10, sideways.height - 220, 24, 200)  # x 20-220, y 10-34


@needs_tesseract
def test_a_picture_read_as_noise_every_way_up_goes_to_the_third_reader_as_given() -> None:
    noise = Image.effect_noise((300, 500), 90).convert("L")
    third = _Recording()
    _tesseract_draft(noise, third)
    assert [seen.size for seen in third.seen] == [noise.size]


@needs_tesseract
def test_third_reading_boxes_are_on_the_picture_as_given() -> None:
    from tests.engines.receipt_renders import render

    receipt = render(CORNER_SHOP)
    sideways = receipt.rotate(90, expand=True)
    third = _Recording(("BINTANG MINI MART",))
    draft, _ = _tesseract_draft(sideways, third)
    assert draft.merchant == "BINTANG MINI MART"
    ((left, top, width, height),) = draft.boxes["merchant"]
    assert height > width  # a line across the upright receipt runs down the sideways one
    assert left + width <= sideways.width and top + height <= sideways.height


@dataclass(frozen=True)
class _UnsureTotal(TesseractOcr):
    """Every field found, the total's line read unsurely; logs each reading's mode."""

    log: list[str] = field(default_factory=list)

    def read(self, image: Image.Image) -> OcrPage:
        self.log.append(f"psm{self.psm}")
        page = _page(SURE, image.size)
        words = tuple(
            replace(word, confidence=0.35) if word.line == 2 else word for word in page.words
        )
        return OcrPage(words, *image.size)


def test_a_total_read_unsurely_is_read_a_third_time_though_every_field_was_found() -> None:
    tesseract = _UnsureTotal()
    third = _Third(tesseract.log, text=SURE.replace("5.00", "5.80"))
    first = _parse(tesseract.read(Image.new("L", (300, 200), 255)))
    assert not needs_second_pass(first) and first.confidence["total"] < TOTAL_UNSURE
    tesseract.log.clear()
    draft, passes = read_draft(tesseract, Image.new("L", (300, 200), 255), _parse, third)
    assert (passes, tesseract.log) == (2, ["psm4", "third"])
    assert draft.total == Decimal("5.80")  # the third reading, much surer of its total
