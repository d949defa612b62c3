"""RapidOCR (PP-OCR models run by onnxruntime) behind the app's `OcrEngine` interface.

A third reader of receipts that are still unsure after Tesseract's two readings
(`services.receipt_reading.read_draft`): measured in bench/receipt_engines.py and
bench/README.md ("A second OCR engine: RapidOCR"), it finds dates and shop names on scans
Tesseract reads badly. Its package, `rapidocr-onnxruntime`, carries the models; it is
installed without its dependencies beside `opencv-python-headless` (the full `opencv-python`
it asks for is built with Qt 5 and sets Qt's variables in the process environment; see the
Makefile's install step).

Nothing is imported at import time: NumPy, OpenCV, onnxruntime and the models load at the
first reading, once per process, and every reading runs on one CPU thread (parallelism
belongs across receipts); readings from several worker threads take turns. When the package
cannot be imported, `read` raises `RapidOcrUnavailable` (logged once), and the receipt is
read with Tesseract alone.

RapidOCR reads text lines, not words: each detected line becomes one block of the page and is
cut into words at spaces, each word given its share of the line's box by characters and the
line's score as confidence; lines side by side (a price read apart from its article) are
joined by `OcrPage.lines` as Tesseract's blocks are.
"""

from __future__ import annotations

import logging
import os
import threading
import unicodedata
from dataclasses import dataclass
from typing import Any

from PIL import Image

from lingassist.core.errors import LingAssistError
from lingassist.engines.ocr_page import Box, OcrPage, OcrWord

log = logging.getLogger(__name__)

UNTOUCHED_ENVIRONMENT = ("LD_LIBRARY_PATH", "QT_QPA_PLATFORM_PLUGIN_PATH", "QT_QPA_FONTDIR")
"""Variables OpenCV's import sets for child processes (and, in the Qt 5 build, for Qt):
put back as they were, so Tesseract and any Qt code started later see the app's own."""

DETECT_SIDE = 736
"""RapidOCR's text detector enlarges a picture whose shorter side is under this many pixels
to it (`limit_side_len` of its configuration, `limit_type: min`)."""

_engines: dict[int, Any] = {}
_missing: list[str] = []  # why the package could not be loaded (once known)
_loading = threading.Lock()
_reading = threading.Lock()


class RapidOcrUnavailable(LingAssistError):
    """`rapidocr-onnxruntime` (or OpenCV, onnxruntime) cannot be imported here."""


@dataclass(frozen=True)
class RapidOcr:
    """RapidOCR with its bundled PP-OCR models, on `threads` CPU threads per reading.

    Attributes:
        threads: onnxruntime threads per model run.
        max_side: pictures are shrunk so their longer side is at most this many pixels.
        confidence_scale: RapidOCR's line scores are multiplied by this (its recognition
            scores run higher than Tesseract's word confidences for the same misreads, and
            a merged draft keeps the surer reading).
    """

    threads: int = 1
    max_side: int = 1600
    confidence_scale: float = 1.0

    def read(self, image: Image.Image) -> OcrPage:
        """The words of `image`, boxes in its coordinates.

        Raises:
            RapidOcrUnavailable: the package cannot be imported (logged the first time).
        """
        return self.read_part(image, (0, 0, *image.size))

    def read_part(self, image: Image.Image, part: Box) -> OcrPage:
        """The words of the `part` (left, top, width, height) of `image`, boxes in `image`'s
        coordinates. The text detector sees the part at the scale it would see the whole
        picture: RapidOCR enlarges a picture whose shorter side is under `DETECT_SIDE`, and
        a short strip (a receipt's header) enlarged that way costs as much as the page.

        Raises:
            RapidOcrUnavailable: the package cannot be imported (logged the first time).
        """
        engine = loaded(self.threads)
        import numpy as np

        left, top, width, height = part
        region = image.crop((left, top, left + width, top + height))
        scale = min(1.0, self.max_side / max(image.size))
        shown = (
            region
            if scale == 1.0
            else region.resize(
                (max(1, round(region.width * scale)), max(1, round(region.height * scale)))
            )
        )
        pixels = np.asarray(shown.convert("RGB"))
        whole_short = min(image.size) * scale
        enlarged = max(1.0, DETECT_SIDE / max(1.0, whole_short))  # as for the whole picture
        detector = getattr(engine, "text_det", None)  # RapidOCR 1.4's text detector
        with _reading:
            if detector is not None:
                detector.limit_side_len = max(1, round(min(shown.size) * enlarged))
            try:
                result, _ = engine(pixels)
            finally:
                if detector is not None:
                    detector.limit_side_len = DETECT_SIDE
        words: list[OcrWord] = []
        for number, (points, text, score) in enumerate(result or (), start=1):
            xs = [left + p[0] / scale for p in points]
            ys = [top + p[1] / scale for p in points]
            box = (
                round(min(xs)),
                round(min(ys)),
                round(max(xs) - min(xs)),
                round(max(ys) - min(ys)),
            )
            # its Chinese-and-English model writes some punctuation full width ("，", "（")
            plain = unicodedata.normalize("NFKC", str(text))
            words.extend(words_of_line(plain, float(score) * self.confidence_scale, box, number))
        return OcrPage(tuple(words), image.width, image.height)


def words_of_line(text: str, confidence: float, box: Box, number: int) -> list[OcrWord]:
    """The words of one line read as `text` in `box`, each with its share of the box's width
    by characters (a space counted as one), all on block `number`."""
    left, top, width, height = box
    parts = text.split()
    if not parts:
        return []
    per_char = width / max(1, len(" ".join(parts)))
    words, at = [], 0
    for part in parts:
        start = left + round(at * per_char)
        size = max(1, round(len(part) * per_char))
        words.append(OcrWord(part, confidence, (start, top, size, height), block=number))
        at += len(part) + 1
    return words


def loaded(threads: int = 1) -> Any:
    """The process's RapidOCR for `threads` threads, its models loaded on first use.

    Raises:
        RapidOcrUnavailable: the package cannot be imported (logged the first time).
    """
    with _loading:
        if threads in _engines:
            return _engines[threads]
        if _missing:
            raise RapidOcrUnavailable(_missing[0])
        kept = {name: os.environ.get(name) for name in UNTOUCHED_ENVIRONMENT}
        try:
            from rapidocr_onnxruntime import RapidOCR
        except (ImportError, OSError) as error:  # OSError: a library missing on the system
            _missing.append(f"RapidOCR is not available ({error}); receipts are read by Tesseract")
            log.warning("%s", _missing[0])
            raise RapidOcrUnavailable(_missing[0]) from error
        finally:
            _restore(kept)
        _engines[threads] = RapidOCR(intra_op_num_threads=threads, inter_op_num_threads=threads)
        return _engines[threads]


def _restore(kept: dict[str, str | None]) -> None:
    for name, value in kept.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value
