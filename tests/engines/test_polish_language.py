"""Polish receipts: Tesseract's Polish model (`tesseract-ocr-pol` in the Makefile) is chosen
for a Polish speaker, and the receipt's Polish words are seen in an English first reading
without a second reading in Polish (English reads their fields as well, in less time)."""

from __future__ import annotations

import shutil

import pytest

from lingassist.engines.ocr import TesseractOcr
from lingassist.engines.ocr_languages import (
    home_languages,
    installed_languages,
    needs_own_model,
    seen_language,
)
from tests.engines.receipt_renders import render

POLISH = (
    "PIEKARNIA POD DĘBEM",
    "ul. Leśna 4, 30-001 Kraków",
    "PARAGON FISKALNY",
    "Chleb żytni       6,50 A",
    "Bułki 4x          4,80 A",
    "SUMA PTU          2,11",
    "SUMA PLN         11,30",
    "Gotówka          20,00",
    "Reszta            8,70",
    "2026-03-14 10:21",
)


def test_polish_words_are_seen_and_english_is_not_read_again_in_polish() -> None:
    assert seen_language("PARAGON FISKALNY\nSUMA PLN 11,30\nGotowka 20,00\nReszta 8,70") == "pol"
    assert seen_language("SUBTOTAL 12.00\nTOTAL 13.00\nCASH 20.00") is None
    assert not needs_own_model("pol")


@pytest.mark.skipif("pol" not in installed_languages(), reason="no tesseract-ocr-pol")
def test_a_polish_speaker_reads_in_polish_first() -> None:
    assert home_languages("eng", "pl_PL") == "pol+eng"


@pytest.mark.engine
@pytest.mark.skipif(shutil.which("tesseract") is None, reason="no tesseract")
@pytest.mark.skipif("pol" not in installed_languages(), reason="no tesseract-ocr-pol")
def test_a_polish_receipt_reads_with_the_polish_model() -> None:
    text = TesseractOcr(languages="pol+eng", reread_dates=False).read(render(POLISH)).text
    assert "SUMA PLN" in text and "11,30" in text
    assert "Gotówka" in text or "GOTÓWKA" in text.upper()  # "ó" read, not "o"
