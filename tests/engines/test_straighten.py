"""Receipts as pictures arrive: turned, skewed, photographed on a table in uneven light, and
printed in other languages. Rendered here (tests/engines/receipt_renders.py) and read by
the real Tesseract through `TesseractOcr.read`, the app's reader."""

from __future__ import annotations

import shutil
from dataclasses import dataclass

import pytest
from PIL import Image

from lingassist.engines.ocr import OcrPage, TesseractOcr, reads_well
from lingassist.engines.ocr_languages import (
    home_languages,
    installed_languages,
    seen_language,
    with_language,
)
from lingassist.engines.straighten import paper_box, skew_angle, straighten
from tests.engines.receipt_renders import (
    AMERICAN,
    FRENCH,
    GERMAN,
    VIETNAMESE,
    photographed,
    render,
)

needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None, reason="no tesseract")


@dataclass(frozen=True)
class CountingOcr(TesseractOcr):
    """The real engine, counting its whole-page Tesseract runs."""

    runs: list[str] | None = None

    def _read_page(self, image: Image.Image) -> OcrPage:
        if self.runs is not None:
            self.runs.append(self.languages)
        return super()._read_page(image)


def _text(page: OcrPage) -> str:
    return page.text.upper()


@pytest.fixture(scope="module")
def german() -> Image.Image:
    return render(GERMAN, size=20, width=470)


@needs_tesseract
@pytest.mark.engine
@pytest.mark.parametrize("degrees", [90, 180, 270])
def test_a_turned_receipt_is_read_upright(german: Image.Image, degrees: int) -> None:
    turned = german.rotate(degrees, expand=True)
    page = TesseractOcr(reread_dates=False).read(turned)
    assert "SUMME EUR 23,47" in _text(page)
    assert "PADERBORN" in _text(page)
    assert reads_well(page)
    summe = next(word for word in page.words if word.text == "SUMME")
    left, top, width, height = summe.box  # on the turned picture, where SUMME is printed
    assert left >= 0 and left + width <= turned.width and top + height <= turned.height
    assert (height > width) == (degrees != 180)


@needs_tesseract
@pytest.mark.engine
def test_an_upright_receipt_is_read_once(german: Image.Image) -> None:
    runs: list[str] = []
    page = CountingOcr(reread_dates=False, runs=runs).read(german)
    assert "SUMME EUR 23,47" in _text(page)
    assert runs == ["eng"]
    lines = [" ".join(word.text for word in line) for line in page.lines()]
    assert lines[0].startswith("B") and "MULLER" in lines[0].upper()


@needs_tesseract
@pytest.mark.engine
def test_a_skewed_us_receipt_is_levelled_and_read() -> None:
    skewed = render(AMERICAN).rotate(3.5, expand=True, fillcolor=255)
    assert abs(skew_angle(skewed) + 3.5) <= 0.75
    text = _text(TesseractOcr(reread_dates=False).read(skewed))
    assert "TOTAL $13.25" in text
    assert "TIP $2.00" in text
    assert "11/08/2026" in text


@needs_tesseract
@pytest.mark.engine
def test_a_photo_on_a_table_is_cropped_and_read() -> None:
    receipt = render(FRENCH)
    photo = photographed(receipt)
    left, top, right, bottom = paper_box(photo.convert("L"))
    assert (right - left) * (bottom - top) < 0.6 * photo.width * photo.height
    assert right - left >= receipt.width and bottom - top >= receipt.height
    text = _text(TesseractOcr(reread_dates=False).read(photo))
    assert "TOTAL TTC 9,50" in text
    assert "BOULANGERIE" in text


@needs_tesseract
@pytest.mark.engine
@pytest.mark.skipif("vie" not in installed_languages(), reason="no tesseract-ocr-vie")
def test_a_vietnamese_receipt_is_read_in_vietnamese_when_english_sees_it() -> None:
    runs: list[str] = []
    engine = CountingOcr(reread_dates=False, reread_in_language=True, runs=runs)
    text = _text(engine.read(render(VIETNAMESE)))
    assert runs[0] == "eng" and runs[-1].startswith("vie")
    assert "CỘNG 63.000" in text  # "TỔNG CỘNG" in English was "TONG CONG"
    assert "QUẬN 1" in text
    assert "100.000" in text


def test_boxes_map_back_through_crop_turns_and_skew() -> None:
    receipt = render(GERMAN + GERMAN)
    on_table = Image.new("L", (receipt.width + 300, receipt.height + 200), 60)
    on_table.paste(receipt, (200, 50))
    for turns in range(4):
        picture = on_table.rotate(90 * turns, expand=True)
        upright = straighten(picture)
        corner = upright.box_to_original((0, 0, 10, 10))
        assert 0 <= corner[0] <= picture.width and 0 <= corner[1] <= picture.height
        whole = upright.box_to_original((0, 0, *upright.image.size))
        assert whole[2] * whole[3] == pytest.approx(
            (upright.crop[2] - upright.crop[0]) * (upright.crop[3] - upright.crop[1]), rel=0.02
        )


def test_languages_from_settings_locale_and_cues() -> None:
    if {"deu", "vie"} <= installed_languages():
        assert home_languages("eng", "de_DE") == "deu+eng"
        assert with_language("eng", "vie") == "vie+eng"
    assert home_languages("eng", "en_GB") == "eng"
    assert with_language("eng", "eng") == "eng"
    assert seen_language("SUMME EUR 23,47\nMWST 19%\nRUCKGELD 6,53") == "deu"
    assert seen_language("TOTAL TTC 9,50\nTVA 10%") == "fra"
    assert seen_language("TONG CONG 63.000\nTIEN MAT 100.000") == "vie"
    assert seen_language("TOTAL $13.25\nTIP $2.00\nVISA") is None


def test_a_white_receipt_on_a_white_page_is_cropped_to_its_print() -> None:
    receipt = render(GERMAN + GERMAN)
    page = Image.new("L", (receipt.width * 3, receipt.height * 2), 255)
    page.paste(receipt, (40, 60))
    left, top, right, bottom = paper_box(page)
    assert left <= 64 and top <= 84  # the print starts 24 px inside the receipt
    assert receipt.width * 0.8 <= right - left <= receipt.width * 1.3
    assert bottom <= 60 + receipt.height * 1.1
