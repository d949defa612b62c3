"""The third reading of a receipt (RapidOCR in the app): only when Tesseract's two readings
leave the draft unsure, merged as the second reading is, and never at the receipt's cost."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

import pytest
from PIL import Image

from lingassist.engines.ocr import OcrPage, OcrWord, TesseractOcr
from lingassist.engines.rapid_ocr import RapidOcrUnavailable
from lingassist.receipts import ReceiptDraft, lines_from_words, parse_receipt
from lingassist.services.receipt_reading import THIRD_READER, make_receipt_reader, read_draft

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
