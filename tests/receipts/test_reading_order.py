"""Which readings a receipt gets, in which order: a doubtful merchant alone has only the
header read again (no second whole-page Tesseract reading), and a cancelled receipt stops
between readings instead of after all of them."""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PIL import Image

from lingassist.core.errors import Cancelled
from lingassist.engines.ocr import OcrPage, OcrWord, TesseractOcr
from lingassist.engines.rapid_ocr import RapidOcrUnavailable
from lingassist.receipts import ReceiptDraft, lines_from_words, parse_receipt
from lingassist.receipts.passes import SURE_ENOUGH, needs_second_pass, only_merchant_unsure
from lingassist.services.context import AppContext
from lingassist.services.receipt_reading import HEADER_SHARE, read_draft
from lingassist.services.receipts import ReadReceipt, reading_cancelled, scan_receipt
from tests.receipt_samples import CORNER_SHOP

TODAY = date(2026, 11, 23)
needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None, reason="no tesseract")


def _draft(**sure: float) -> ReceiptDraft:
    confidence = {"merchant": 0.4, "date": 0.8, "total": 0.8, **sure}
    return ReceiptDraft(
        merchant="MINI MART",
        date=date(2025, 12, 25),
        total=Decimal("9.50"),
        subtotal=None,
        tax=None,
        currency="MYR",
        confidence=confidence,
    )


@pytest.mark.parametrize(
    ("sure", "expected"),
    [
        ({}, True),  # the merchant alone is doubtful
        ({"date": SURE_ENOUGH, "total": SURE_ENOUGH}, True),
        ({"date": SURE_ENOUGH - 0.01}, False),  # an unsure date: the whole page again
        ({"total": 0.3}, False),
        ({"merchant": 0.9}, False),  # nothing to read again at all
    ],
)
def test_only_a_doubtful_merchant_is_told_apart(sure: dict[str, float], expected: bool) -> None:
    assert only_merchant_unsure(_draft(**sure)) is expected


def test_a_missing_date_or_total_is_never_only_the_merchant() -> None:
    from dataclasses import replace

    assert needs_second_pass(replace(_draft(), date=None))
    assert not only_merchant_unsure(replace(_draft(), date=None))
    assert not only_merchant_unsure(replace(_draft(), total=None))


def _parse(page: OcrPage) -> ReceiptDraft:
    return parse_receipt(lines_from_words(page.lines()), default_currency="MYR", today=TODAY)


@dataclass
class _Header:
    """A third engine that reads `lines` one every 40 px from the top of what it is given,
    logging each picture's size (or failing with `error`)."""

    lines: tuple[str, ...] = ("BINTANG MINI MART",)
    seen: list[tuple[int, int]] = field(default_factory=list)
    error: Exception | None = None

    def read(self, image: Image.Image) -> OcrPage:
        self.seen.append(image.size)
        if self.error is not None:
            raise self.error
        words = [
            OcrWord(word, 0.95, (20 + 70 * column, 10 + 40 * row, 60, 24), block=row + 1)
            for row, line in enumerate(self.lines)
            for column, word in enumerate(line.split())
        ]
        return OcrPage(tuple(words), *image.size)


@dataclass(frozen=True)
class _Counted(TesseractOcr):
    """The real Tesseract, each reading's page-segmentation mode logged."""

    log: list[int] = field(default_factory=list)

    def read(self, image: Image.Image) -> OcrPage:
        self.log.append(self.psm)
        return super().read(image)


@needs_tesseract
def test_a_doubtful_merchant_alone_has_only_the_header_read_without_a_second_page() -> None:
    from tests.engines.receipt_renders import render

    receipt = render(CORNER_SHOP)
    tesseract, third = _Counted(), _Header()
    draft, readings = read_draft(tesseract, receipt, _parse, third)
    assert tesseract.log == [4]  # no second whole-page reading
    assert readings == 2 and len(third.seen) == 1
    assert third.seen[0][0] == receipt.width
    assert third.seen[0][1] == pytest.approx(receipt.height * HEADER_SHARE, abs=2)
    assert draft.merchant == "BINTANG MINI MART"
    assert (draft.date, draft.total) == (date(2025, 12, 25), Decimal("9.50"))  # Tesseract's


@needs_tesseract
@pytest.mark.parametrize(
    "error", [RapidOcrUnavailable("not installed"), RuntimeError("onnxruntime failed")]
)
def test_without_a_header_reading_the_second_page_reading_is_made(error: Exception) -> None:
    from tests.engines.receipt_renders import render

    tesseract, third = _Counted(), _Header(error=error)
    draft, readings = read_draft(tesseract, render(CORNER_SHOP), _parse, third)
    assert tesseract.log == [4, 6]  # as before the header reading existed
    assert draft.total == Decimal("9.50") and draft.date == date(2025, 12, 25)


@needs_tesseract
def test_without_a_third_reader_a_doubtful_merchant_gets_the_second_page_reading() -> None:
    from tests.engines.receipt_renders import render

    tesseract = _Counted()
    _, readings = read_draft(tesseract, render(CORNER_SHOP), _parse, None)
    assert (tesseract.log, readings) == ([4, 6], 2)


# Cancelling between readings

NO_DATE = "BINTANG MART SDN BHD\nTOTAL 5.00"


def _page(text: str, size: tuple[int, int]) -> OcrPage:
    words = [
        OcrWord(word, 0.9, (10 + 60 * column, 20 * row, 50, 15), line=row)
        for row, line in enumerate(text.splitlines())
        for column, word in enumerate(line.split())
    ]
    return OcrPage(tuple(words), *size)


@dataclass(frozen=True)
class _Scripted(TesseractOcr):
    """A fixed text for every reading (no date: unsure after each); logs each reading's
    mode."""

    text: str = NO_DATE
    log: list[str] = field(default_factory=list)

    def read(self, image: Image.Image) -> OcrPage:
        self.log.append(f"psm{self.psm}")
        return _page(self.text, image.size)


@dataclass
class _LoggedThird:
    """Another engine, as unsure; shares the Tesseract fake's log."""

    log: list[str]

    def read(self, image: Image.Image) -> OcrPage:
        self.log.append("third")
        return _page(NO_DATE, image.size)


@pytest.mark.parametrize(("cancel_after", "read"), [(1, ["psm4"]), (2, ["psm4", "psm6"])])
def test_a_cancelled_receipt_stops_before_its_next_reading(
    cancel_after: int, read: list[str]
) -> None:
    tesseract = _Scripted()
    third = _LoggedThird(tesseract.log)
    with pytest.raises(Cancelled):
        read_draft(
            tesseract,
            Image.new("L", (300, 200), 255),
            _parse,
            third,
            lambda: len(tesseract.log) >= cancel_after,
        )
    assert tesseract.log == read


def test_a_receipt_not_cancelled_is_read_three_times() -> None:
    tesseract = _Scripted()
    _, readings = read_draft(
        tesseract,
        Image.new("L", (300, 200), 255),
        _parse,
        _LoggedThird(tesseract.log),
        lambda: False,
    )
    assert (readings, tesseract.log) == (3, ["psm4", "psm6", "third"])


def test_scan_receipt_tells_the_reader_that_the_person_cancelled(
    context: AppContext, tmp_path: Path
) -> None:
    picture = tmp_path / "receipt.png"
    Image.new("L", (30, 20), 255).save(picture)
    asked: list[bool] = []

    def reader(path: Path) -> ReadReceipt:
        asked.append(reading_cancelled())
        raise Cancelled(path.name)  # as `read_draft` does when asked between readings

    with pytest.raises(Cancelled):
        scan_receipt(context, picture, reader, cancelled=lambda: True)
    assert asked == [True]
    assert not reading_cancelled()  # only while that receipt is read


def test_the_apps_reader_stops_between_readings_when_the_receipt_is_cancelled(
    context: AppContext, tmp_path: Path
) -> None:
    from lingassist.services.receipt_reading import make_receipt_reader

    picture = tmp_path / "receipt.png"
    Image.effect_noise((300, 200), 60).save(picture)  # not blank (a blank page is refused)
    tesseract = _Scripted()
    reader = make_receipt_reader(context, tesseract, _LoggedThird(tesseract.log))
    with pytest.raises(Cancelled):
        scan_receipt(context, picture, reader, cancelled=lambda: len(tesseract.log) >= 1)
    assert tesseract.log == ["psm4"]  # neither the second nor the third reading
