"""Tesseract OCR behind a small Protocol: an image in, words with boxes and confidences out.

`TesseractOcr` runs the `tesseract` program directly and reads its TSV output (the data of
pytesseract's `image_to_data`, without pytesseract's process-wide settings, so it is safe
from worker threads): one single-threaded process per call (`OMP_THREAD_LIMIT=1` in the
child's environment only; parallelism belongs across receipts), with a timeout. The
preprocessing was chosen by measurement on real receipts (see bench/receipts.py and
bench/README.md); a date line that cannot be read as it stands is read again on its own
(`reread_doubtful_dates`). Boxes are returned in the coordinates of the
image that was passed in. Nothing runs at import time.
"""

from __future__ import annotations

import io
import os
import re
import subprocess
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any, Protocol

import pytesseract
from PIL import Image, ImageOps

from lingassist.core.errors import UserFacingError

Box = tuple[int, int, int, int]


class OcrFailed(UserFacingError):
    """Tesseract is missing, crashed or took too long on one image."""


@dataclass(frozen=True)
class OcrWord:
    """One word read by OCR.

    Attributes:
        text: the characters read.
        confidence: the engine's confidence, 0..1.
        box: (left, top, width, height) in the coordinates of the image given to `read`.
        block: Tesseract's block number.
        paragraph: paragraph number within the block.
        line: line number within the paragraph.
    """

    text: str
    confidence: float
    box: Box
    block: int = 0
    paragraph: int = 0
    line: int = 0

    @property
    def top(self) -> int:
        """Top edge of the box."""
        return self.box[1]

    @property
    def bottom(self) -> int:
        """Bottom edge of the box."""
        return self.box[1] + self.box[3]


@dataclass(frozen=True)
class OcrPage:
    """Everything OCR read on one image.

    Attributes:
        words: the words, in Tesseract's reading order.
        width: width of the image that was read, in pixels.
        height: its height.
    """

    words: tuple[OcrWord, ...]
    width: int
    height: int

    def lines(self) -> list[tuple[OcrWord, ...]]:
        """Words grouped into printed lines, top to bottom, each left to right.

        Tesseract's own lines are merged when they sit side by side at the same height
        (a price column read as a separate block still belongs to its article).
        """
        return _merge_side_by_side(_tesseract_lines(self.words))

    @property
    def text(self) -> str:
        """The page as plain text, one printed line per text line."""
        return "\n".join(" ".join(word.text for word in line) for line in self.lines())


class OcrEngine(Protocol):
    """Anything that reads the words of an image (Tesseract, or a fake in tests)."""

    def read(self, image: Image.Image) -> OcrPage:
        """The words of `image` with boxes in its own coordinates."""
        ...


@dataclass(frozen=True)
class TesseractOcr:
    """Tesseract with receipt-oriented preprocessing.

    Attributes:
        languages: Tesseract language codes joined by "+", e.g. "eng" or "eng+deu".
        psm: page segmentation mode; 4 (one column of lines of varying sizes) read dates
            and merchants best on real receipts, 6 (one uniform block) totals about as well.
        target_width: receipts are scaled to about this width before reading.
        contrast_cutoff: percent of darkest and lightest pixels ignored when stretching the
            contrast (faded thermal print becomes readable); 0 turns stretching off.
        max_upscale: narrow scans are enlarged at most this much.
        reread_dates: read a date line that cannot be read as it stands again on its own,
            at about its native text height (see `reread_doubtful_dates`).
        timeout: seconds before one Tesseract run is abandoned.
        tesseract_cmd: path of the tesseract program, or None for the one on PATH.
    """

    languages: str = "eng"
    psm: int = 4
    target_width: int = 1200
    contrast_cutoff: float = 1.0
    max_upscale: float = 2.0
    reread_dates: bool = True
    timeout: float = 30.0
    tesseract_cmd: str | None = None

    def read(self, image: Image.Image) -> OcrPage:
        """Read `image` (as returned by `load_image`).

        Raises:
            OcrFailed: Tesseract is not installed, failed, or exceeded `timeout`.
        """
        prepared, scale = prepare(image, self.target_width, self.max_upscale, self.contrast_cutoff)
        page = page_from_data(self._image_to_data(prepared), scale, image.size)
        return reread_doubtful_dates(self, image, page) if self.reread_dates else page

    def read_line(self, image: Image.Image, box: Box) -> OcrPage:
        """The words of one text line of `image` (`box` in its coordinates), read alone
        (`--psm 7`) at about `LINE_HEIGHT` pixels per line; boxes in `image` coordinates."""
        left, top, width, height = box
        pad = max(4, height // 3)
        region = (max(0, left - pad), max(0, top - pad))
        crop = ImageOps.grayscale(image).crop(
            (*region, min(image.width, left + width + pad), min(image.height, top + height + pad))
        )
        prepared, scale = prepare(crop, round(LINE_HEIGHT * crop.width / max(1, height)), 2.0)
        if self.contrast_cutoff > 0:
            prepared = ImageOps.autocontrast(prepared, cutoff=self.contrast_cutoff)
        page = page_from_data(self._image_to_data(prepared, psm=7), scale, crop.size)
        return OcrPage(tuple(_moved(word, *region) for word in page.words), *image.size)

    def _image_to_data(self, image: Image.Image, psm: int | None = None) -> dict[str, list[str]]:
        command = [self.tesseract_cmd or "tesseract", "stdin", "stdout"]
        command += ["-l", self.languages, "--psm", str(psm or self.psm), "tsv"]
        try:
            completed = subprocess.run(
                command,
                input=_pnm_bytes(image),
                capture_output=True,
                timeout=self.timeout,
                env={**os.environ, "OMP_THREAD_LIMIT": "1"},
                check=False,
            )
        except FileNotFoundError as exc:
            raise OcrFailed(
                "Tesseract is not installed. Install it (Debian/Ubuntu: "
                "sudo apt-get install tesseract-ocr tesseract-ocr-eng) and try again."
            ) from exc
        except subprocess.TimeoutExpired as exc:
            raise OcrFailed(f"Reading the image took longer than {self.timeout:g} s.") from exc
        if completed.returncode != 0:
            message = completed.stderr.decode("utf-8", "replace").strip().splitlines()
            reason = message[-1] if message else f"exit status {completed.returncode}"
            raise OcrFailed(f"Tesseract could not read the image: {reason}")
        return parse_tsv(completed.stdout.decode("utf-8", "replace"))


def prepare(
    image: Image.Image, target_width: int, max_upscale: float, contrast_cutoff: float = 0.0
) -> tuple[Image.Image, float]:
    """Greyscale, contrast stretched, scaled towards `target_width`; returns the image and
    the scale used (to map boxes back)."""
    grey = ImageOps.grayscale(image) if image.mode != "L" else image
    if contrast_cutoff > 0:
        grey = ImageOps.autocontrast(grey, cutoff=contrast_cutoff)
    scale = min(target_width / max(1, grey.width), max_upscale)
    if abs(scale - 1.0) <= 0.02:
        return grey, 1.0
    size = (max(1, round(grey.width * scale)), max(1, round(grey.height * scale)))
    return grey.resize(size, Image.Resampling.LANCZOS), scale


def page_from_data(
    data: Mapping[str, Sequence[Any]], scale: float, size: tuple[int, int]
) -> OcrPage:
    """An `OcrPage` from pytesseract's `image_to_data` dict, boxes mapped back by `scale`."""
    words = []
    for index, text in enumerate(data["text"]):
        confidence = float(data["conf"][index])
        if not str(text).strip() or confidence < 0:
            continue
        box = tuple(round(int(data[key][index]) / scale) for key in _BOX_KEYS)
        words.append(
            OcrWord(
                text=str(text).strip(),
                confidence=max(0.0, min(1.0, confidence / 100)),
                box=(box[0], box[1], box[2], box[3]),
                block=int(data["block_num"][index]),
                paragraph=int(data["par_num"][index]),
                line=int(data["line_num"][index]),
            )
        )
    return OcrPage(tuple(words), size[0], size[1])


def parse_tsv(tsv: str) -> dict[str, list[str]]:
    """Tesseract's TSV output as columns (the shape of pytesseract's `image_to_data` dict)."""
    rows = [row.split("\t") for row in tsv.splitlines() if row]
    if not rows:
        return {key: [] for key in _TSV_KEYS}
    header = rows[0]
    columns: dict[str, list[str]] = {key: [] for key in header}
    for row in rows[1:]:
        row = row + [""] * (len(header) - len(row))
        for key, value in zip(header, row, strict=False):
            columns[key].append(value)
    return columns


def tesseract_version() -> str | None:
    """The installed Tesseract's version, or None when the program is missing."""
    try:
        return str(pytesseract.get_tesseract_version())
    except (pytesseract.TesseractNotFoundError, OSError):
        return None


def reread_doubtful_dates(ocr: TesseractOcr, image: Image.Image, page: OcrPage) -> OcrPage:
    """`page` with at most `REREAD_MAX` doubtful date lines (`doubtful_date`) read again
    alone (`TesseractOcr.read_line`); the new words replace the line's when they are surer on
    the whole. A faint date the page reading missed ("Date > ORG 207") is often read right at
    its native size ("Date > 03/06/2017"); a date that reads as a valid one is left alone."""
    doubtful = [line for line in page.lines() if doubtful_date(line)][:REREAD_MAX]
    words = list(page.words)
    for line in doubtful:
        again = ocr.read_line(image, _union(line))
        if not again.words or _mean_confidence(again.words) <= _mean_confidence(line):
            continue
        place = words.index(line[0])
        keys = (line[0].block, line[0].paragraph, line[0].line)
        words = [word for word in words if word not in line]
        words[place:place] = [_renumbered(word, keys) for word in again.words]
    return OcrPage(tuple(words), page.width, page.height)


def doubtful_date(line: Sequence[OcrWord]) -> bool:
    """A line whose date cannot be read as it stands: a date word read with less than
    `REREAD_BELOW` confidence that is no valid day and month ("E/2/2017"), or a DATE label
    with digits but neither a date word nor a month name ("Date > ORG 207")."""
    dated = [word for word in line if _DATE_WORD.search(word.text)]
    if dated:
        return any(w.confidence < REREAD_BELOW and not _valid_date(w.text) for w in dated)
    text = " ".join(word.text for word in line)
    has_digits = any(char.isdigit() for char in text)
    return bool(_DATE_LABEL.search(text)) and has_digits and not _MONTH_NAME.search(text)


SECOND_PSM = 6
"""The page segmentation mode of a second reading when the first (`psm` 4) is unsure: it
reads large shop names and some faint lines that mode 4 misses (see `receipts.passes`)."""
LINE_HEIGHT = 32
"""Pixels per text line when one line is read again on its own."""
REREAD_BELOW = 0.5
"""A date word read less surely than this, and not a valid date, is read again."""
REREAD_MAX = 2
"""At most this many lines of one page are read again (each is a small Tesseract run)."""
_DATE_WORD = re.compile(r"^\W*\w{1,2}[/\-.](?:\d{1,2}|[A-Za-z]{3})[/\-.]\d{2,4}\W*$")
_MONTH_NAME = re.compile(r"\b(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[A-Z]*\b", re.I)
_DIGITS = str.maketrans("OoQlI|", "000111")
_DATE_LABEL = re.compile(r"\b(?:DATE|TARIKH)\b", re.IGNORECASE)
_BOX_KEYS = ("left", "top", "width", "height")
_TSV_KEYS = ("level", "block_num", "par_num", "line_num", "conf", "text", *_BOX_KEYS)


def _pnm_bytes(image: Image.Image) -> bytes:
    """The image as uncompressed PGM/PPM for Tesseract's standard input: the same text as a
    PNG, without the up to ~0.1 s of compressing a large receipt."""
    buffer = io.BytesIO()
    image.save(buffer, format="PPM")
    return buffer.getvalue()


def _tesseract_lines(words: Sequence[OcrWord]) -> list[list[OcrWord]]:
    """Tesseract's (block, paragraph, line) groups, in its order."""
    groups: dict[tuple[int, int, int], list[OcrWord]] = {}
    for word in words:
        groups.setdefault((word.block, word.paragraph, word.line), []).append(word)
    return list(groups.values())


def _merge_side_by_side(lines: list[list[OcrWord]]) -> list[tuple[OcrWord, ...]]:
    """Join lines that overlap vertically by more than half their height; sort by top."""
    merged: list[list[OcrWord]] = []
    for line in sorted(lines, key=lambda words: _middle(words)):
        target = next((m for m in merged if _same_row(m, line)), None)
        if target is None:
            merged.append(list(line))
        else:
            target.extend(line)
    ordered = sorted(merged, key=lambda words: min(w.top for w in words))
    return [tuple(sorted(words, key=lambda w: w.box[0])) for words in ordered]


def _same_row(first: list[OcrWord], second: list[OcrWord]) -> bool:
    """Vertical overlap over 50% of the lower line's height, and no horizontal overlap."""
    top = max(min(w.top for w in first), min(w.top for w in second))
    bottom = min(max(w.bottom for w in first), max(w.bottom for w in second))
    height = min(_height(first), _height(second))
    if height <= 0 or bottom - top <= 0.5 * height:
        return False
    return not _overlap_horizontally(first, second)


def _overlap_horizontally(first: list[OcrWord], second: list[OcrWord]) -> bool:
    left = max(min(w.box[0] for w in first), min(w.box[0] for w in second))
    right = min(max(w.box[0] + w.box[2] for w in first), max(w.box[0] + w.box[2] for w in second))
    return right > left


def _height(words: Sequence[OcrWord]) -> int:
    return max(w.bottom for w in words) - min(w.top for w in words)


def _middle(words: Sequence[OcrWord]) -> float:
    return (min(w.top for w in words) + max(w.bottom for w in words)) / 2


def _valid_date(text: str) -> bool:
    """Day and month (either order) in range once O/l/I are taken for digits."""
    parts = re.findall(r"\w+", text)
    if len(parts) != 3:
        return False
    first, middle, year = parts[0].translate(_DIGITS), parts[1], parts[2].translate(_DIGITS)
    if not (first.isdigit() and year.isdigit()):
        return False
    if not middle.translate(_DIGITS).isdigit():
        month = _MONTH_NAME.fullmatch(middle)
        return bool(month) and 1 <= int(first) <= 31 and len(year) in (2, 4)
    day, month_number = sorted((int(first), int(middle.translate(_DIGITS))), reverse=True)
    return 1 <= month_number <= 12 and 1 <= day <= 31 and len(year) in (2, 4)


def _union(words: Sequence[OcrWord]) -> Box:
    left, top = min(w.box[0] for w in words), min(w.top for w in words)
    right, bottom = max(w.box[0] + w.box[2] for w in words), max(w.bottom for w in words)
    return (left, top, right - left, bottom - top)


def _mean_confidence(words: Sequence[OcrWord]) -> float:
    return sum(word.confidence for word in words) / max(1, len(words))


def _moved(word: OcrWord, dx: int, dy: int) -> OcrWord:
    left, top, width, height = word.box
    return replace(word, box=(left + dx, top + dy, width, height))


def _renumbered(word: OcrWord, keys: tuple[int, int, int]) -> OcrWord:
    return replace(word, block=keys[0], paragraph=keys[1], line=keys[2])
