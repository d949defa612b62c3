"""RapidOCR behind the OcrEngine interface: a rendered receipt read by the real engine, the
process environment left as it was, and a missing package said once."""

from __future__ import annotations

import importlib.util
import json
import logging
import os
import subprocess
import sys
from datetime import date
from decimal import Decimal

import pytest
from PIL import Image

from lingassist.engines import rapid_ocr
from lingassist.engines.rapid_ocr import RapidOcr, RapidOcrUnavailable, words_of_line
from lingassist.receipts import lines_from_words, parse_receipt
from tests.engines.receipt_renders import AMERICAN, render

needs_rapidocr = pytest.mark.skipif(
    importlib.util.find_spec("rapidocr_onnxruntime") is None,
    reason="rapidocr-onnxruntime is not installed (make install adds it)",
)


def test_a_line_is_cut_into_words_sharing_its_box_by_characters() -> None:
    words = words_of_line("TOTAL  $13.25", 0.9, (100, 50, 120, 20), 3)
    assert [w.text for w in words] == ["TOTAL", "$13.25"]
    assert [w.box for w in words] == [(100, 50, 50, 20), (160, 50, 60, 20)]
    assert {(w.confidence, w.block) for w in words} == {(0.9, 3)}
    assert words_of_line("   ", 0.9, (0, 0, 10, 10), 1) == []


def test_lines_become_words_on_the_picture_as_given(monkeypatch: pytest.MonkeyPatch) -> None:
    """RapidOCR's line corners, on the shrunk copy it reads, go back to the picture's
    coordinates; full-width punctuation of its Chinese-and-English model becomes ASCII."""
    shown: list[tuple[int, ...]] = []

    def engine(pixels):  # type: ignore[no-untyped-def]
        shown.append(pixels.shape)
        corners = [[10, 20], [110, 20], [110, 40], [10, 40]]
        return [[corners, "THE STORE（MALAYSIA），SDN", 0.8]], [0.1, 0.0, 0.1]

    monkeypatch.setitem(rapid_ocr._engines, 1, engine)
    page = RapidOcr(max_side=800, confidence_scale=0.5).read(Image.new("L", (1600, 400), 255))
    assert shown == [(200, 800, 3)]  # half size, RGB
    assert [w.text for w in page.words] == ["THE", "STORE(MALAYSIA),SDN"]
    assert page.words[0].box == (20, 40, 26, 40) and page.words[0].confidence == 0.4
    assert (page.width, page.height) == (1600, 400)


@needs_rapidocr
@pytest.mark.engine
def test_the_real_engine_reads_a_rendered_us_receipt() -> None:
    image = render(AMERICAN)
    page = RapidOcr().read(image)
    assert (page.width, page.height) == image.size
    assert all(
        w.box[0] >= 0 and w.box[0] + w.box[2] <= image.width + 2 and w.box[3] > 0
        for w in page.words
    )
    draft = parse_receipt(
        lines_from_words(page.lines()), default_currency="EUR", today=date(2026, 11, 23)
    )
    assert draft.merchant == "CORNER DINER"
    assert (draft.total, draft.currency) == (Decimal("13.25"), "USD")  # after the tip
    assert draft.date == date(2026, 11, 8)  # a US receipt: month first
    total_line = next(line for line in page.lines() if line[0].text == "TOTAL")
    assert total_line[0].box[1] > image.height * 0.6  # the seventh of eight printed lines


@needs_rapidocr
@pytest.mark.engine
def test_the_scores_are_scaled_as_asked() -> None:
    image = render(AMERICAN)
    plain, scaled = RapidOcr().read(image), RapidOcr(confidence_scale=0.5).read(image)
    assert [w.text for w in plain.words] == [w.text for w in scaled.words]
    assert all(
        abs(s.confidence - p.confidence / 2) < 1e-9
        for p, s in zip(plain.words, scaled.words, strict=True)
    )


@needs_rapidocr
@pytest.mark.engine
def test_a_part_is_read_where_it_lies_with_the_detector_at_the_pages_scale() -> None:
    image = render(AMERICAN)  # 560 px wide: RapidOCR enlarges it to 736 for its detector
    header = (0, 0, image.width, image.height // 4)
    page = RapidOcr().read_part(image, header)
    assert (page.width, page.height) == image.size
    assert [w.text for w in page.lines()[0]] == ["CORNER", "DINER"]
    assert all(w.box[1] + w.box[3] <= header[3] + 2 for w in page.words)  # the header only
    texts = " ".join(w.text for w in page.words)
    assert "TOTAL" not in texts and "Pancakes" not in texts
    assert rapid_ocr.loaded().text_det.limit_side_len == rapid_ocr.DETECT_SIDE  # put back
    whole = RapidOcr().read(image)
    first = [w for w in whole.words if w.text == "CORNER"]
    assert first and abs(first[0].box[1] - page.lines()[0][0].box[1]) <= 3  # same place


LOAD_AND_SHOW_ENVIRONMENT = """
import json, os, sys
before = dict(os.environ)
from lingassist.engines.rapid_ocr import loaded
loaded()
changed = sorted(k for k in set(before) | set(os.environ) if before.get(k) != os.environ.get(k))
print(json.dumps({"changed": changed, "cv2": "cv2" in sys.modules}))
"""


@needs_rapidocr
@pytest.mark.engine
def test_loading_the_engine_leaves_the_environment_as_it_was() -> None:
    """OpenCV's import prepends LD_LIBRARY_PATH (and its Qt 5 build sets Qt's plugin and
    font folders); Tesseract and Qt started after it must see the app's own."""
    environment = {k: v for k, v in os.environ.items() if not k.startswith("QT_QPA_")}
    result = subprocess.run(
        [sys.executable, "-c", LOAD_AND_SHOW_ENVIRONMENT],
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
        check=True,
    )
    shown = json.loads(result.stdout.strip().splitlines()[-1])
    assert shown == {"changed": [], "cv2": True}


def test_a_missing_package_is_said_once_and_raised_each_time(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(rapid_ocr, "_engines", {})
    monkeypatch.setattr(rapid_ocr, "_missing", [])
    monkeypatch.setitem(sys.modules, "rapidocr_onnxruntime", None)  # import fails
    with caplog.at_level(logging.WARNING, logger=rapid_ocr.__name__):
        for _ in range(3):
            with pytest.raises(RapidOcrUnavailable):
                RapidOcr().read(render(AMERICAN))
    said = [r for r in caplog.records if r.name == rapid_ocr.__name__]
    assert len(said) == 1 and "RapidOCR is not available" in said[0].getMessage()
