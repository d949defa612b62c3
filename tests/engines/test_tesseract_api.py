"""Tesseract read in this process (`engines.tesseract_api`): the program's very output, the
program kept wherever the library cannot be used, one instance per thread."""

from __future__ import annotations

import os
import shutil
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path

import pytest
from PIL import Image

from lingassist.engines import tesseract_api
from lingassist.engines.images import load_image
from lingassist.engines.ocr import OcrFailed, TesseractOcr, prepare
from lingassist.engines.straighten import straighten

FIXTURES = Path(__file__).resolve().parents[1] / "receipts" / "fixtures"
needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None, reason="no tesseract")
needs_library = pytest.mark.skipif(
    tesseract_api._library() is None, reason="no libtesseract to load in this process"
)


def _page(name: str = "rm_cash.png") -> Image.Image:
    """A committed receipt prepared as the engine prepares a page."""
    upright = straighten(load_image(FIXTURES / name))
    prepared, _ = prepare(upright.image, 1200, 2.0, 1.0)
    return prepared


def _both(engine: TesseractOcr, image: Image.Image, psm: int | None = None) -> tuple[dict, dict]:
    inside = replace(engine, in_process=True)._image_to_data(image, psm)
    program = replace(engine, in_process=False)._image_to_data(image, psm)
    return inside, program


@needs_tesseract
@needs_library
@pytest.mark.parametrize("psm", [4, 6])
def test_a_page_reads_as_the_program_reads_it(psm: int) -> None:
    inside, program = _both(TesseractOcr(), _page(), psm)
    assert inside == program
    assert any(text.strip() for text in inside["text"])


@needs_tesseract
@needs_library
def test_a_line_read_alone_reads_as_the_program_reads_it() -> None:
    page = _page()
    line = page.crop((0, 0, page.width, 90))
    inside, program = _both(TesseractOcr(), line, 7)
    assert inside == program


@needs_tesseract
@needs_library
def test_whole_readings_are_the_same_in_process_and_with_the_program() -> None:
    picture = load_image(FIXTURES / "eur_supermarket.png")
    inside = TesseractOcr(in_process=True).read(picture)
    program = TesseractOcr(in_process=False).read(load_image(FIXTURES / "eur_supermarket.png"))
    assert inside == program


@needs_tesseract
@needs_library
def test_threads_read_at_once_each_with_its_own_instance() -> None:
    page = _page()
    engine = TesseractOcr()
    alone = engine._image_to_data(page)
    with ThreadPoolExecutor(max_workers=3) as pool:
        together = list(pool.map(lambda _: engine._image_to_data(page), range(3)))
    assert together == [alone] * 3


@needs_tesseract
@needs_library
def test_a_thread_that_ends_leaves_its_instance_to_the_next() -> None:
    page = _page()
    engine = TesseractOcr()
    engine._image_to_data(page)  # one instance made and given back
    made = len(tesseract_api._STATE.handles)
    for _ in range(3):  # worker threads that come and go, one after the other
        thread = threading.Thread(target=engine._image_to_data, args=(page,))
        thread.start()
        thread.join()
    assert len(tesseract_api._STATE.handles) == made


@needs_tesseract
@needs_library
def test_the_thread_limit_is_not_left_in_the_environment() -> None:
    before = os.environ.get("OMP_THREAD_LIMIT")
    TesseractOcr()._image_to_data(_page())
    assert os.environ.get("OMP_THREAD_LIMIT") == before


@needs_library
def test_the_systems_openmp_runtime_is_seen_once_the_library_is_loaded() -> None:
    assert tesseract_api._openmp_loaded()  # loaded with the library (needs_library)
    assert tesseract_api._is_system_openmp("libgomp.so.1.0.0")
    assert not tesseract_api._is_system_openmp("libgomp-e985bcbb.so.1.0.0")  # a package's own


@needs_tesseract
def test_the_program_reads_when_openmp_was_loaded_before_the_library(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(tesseract_api, "_STATE", tesseract_api._Library())  # not loaded yet
    monkeypatch.setattr(tesseract_api, "_openmp_loaded", lambda: True)
    assert tesseract_api._library() is None  # its thread limit could not be set
    data = TesseractOcr()._image_to_data(_page())
    assert any(text.strip() for text in data["text"])


@needs_tesseract
def test_a_missing_language_pack_is_still_named_by_the_program() -> None:
    engine = TesseractOcr(languages="zzz")
    assert tesseract_api.tsv_text(_page(), "zzz", 4, (), 30.0) is None  # cannot load it
    with pytest.raises(OcrFailed, match="language pack for zzz"):
        engine._image_to_data(_page())


@needs_tesseract
def test_the_program_reads_when_the_library_cannot_be_loaded(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(tesseract_api, "_library", lambda: None)
    data = TesseractOcr()._image_to_data(_page())
    assert any(text.strip() for text in data["text"])


@needs_tesseract
@needs_library
def test_a_reading_past_its_deadline_fails_as_the_program_does() -> None:
    with pytest.raises(OcrFailed, match="took longer than"):
        TesseractOcr(timeout=0.001)._image_to_data(_page())
