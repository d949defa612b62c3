"""Tesseract OCR behind a small Protocol: an image in, words with boxes and confidences out.

`TesseractOcr` reads Tesseract's TSV output (the data of pytesseract's `image_to_data`,
without pytesseract's process-wide settings, so it is safe from worker threads), single-
threaded (parallelism belongs across receipts), with a timeout: from the system's Tesseract
library in this process, one instance per thread (`engines.tesseract_api`: the same output
without a process start and model load per reading), or else from the `tesseract` program,
one process per call (`OMP_THREAD_LIMIT=1` in the child's environment only). The
preprocessing and options were chosen by measurement on real receipts (see
bench/receipts.py and bench/README.md); a date that cannot be read as it stands is read
again on its own (`engines.date_rereads`). Before reading, the picture is cropped to the
receipt, turned upright and, for photos, evened out (`engines.straighten`); a page that
reads badly is read turned too (`reads_well`); a receipt whose first reading shows a
language English reads badly is read again in it (`engines.ocr_languages`). Boxes are
returned in the coordinates of the image that was passed in (each word also keeps its
place on the upright page, `OcrWord.layout_box`). Nothing runs at import time.
"""

from __future__ import annotations

import io
import os
import re
import subprocess
import threading
import weakref
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any, Protocol

import pytesseract
from PIL import Image, ImageOps

from lingassist.core.errors import UserFacingError
from lingassist.core.phrases import Phrase, phrase
from lingassist.engines.date_rereads import (
    LINE_HEIGHTS,
    REREAD_BELOW,
    REREAD_MAX,
    doubtful_regions,
    reread_doubtful_dates,
)
from lingassist.engines.ocr_languages import (
    home_languages,
    needs_own_model,
    seen_language,
    with_language,
)
from lingassist.engines.ocr_page import Box, OcrPage, OcrWord, moved
from lingassist.engines.straighten import (
    Straightened,
    even_light,
    straighten,
    text_line_height,
    uneven_light,
)
from lingassist.engines.tesseract_api import ReadingTimedOut, tsv_text

__all__ = [
    "LINE_HEIGHTS",
    "REREAD_BELOW",
    "REREAD_MAX",
    "SECOND_PSM",
    "Box",
    "OcrEngine",
    "OcrFailed",
    "OcrPage",
    "OcrWord",
    "TesseractOcr",
    "doubtful_regions",
    "page_from_data",
    "parse_tsv",
    "prepare",
    "reads_well",
    "reading_quality",
    "reread_doubtful_dates",
    "tesseract_version",
    "upright_of",
]


class OcrFailed(UserFacingError):
    """Tesseract is missing, crashed or took too long on one image."""


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
        reread_dates: read a date that cannot be read as it stands again on its own, at
            about its native text height (see `engines.date_rereads`).
        timeout: seconds before one Tesseract run is abandoned.
        tesseract_cmd: path of the tesseract program, or None for the one on PATH.
        variables: Tesseract `-c NAME=VALUE` settings. By default the check of every line
            for white-on-black print is off (`tessedit_do_invert=0`): receipts are dark on
            light, and it cost ~5% of the page reading time (median over the 40 dev
            receipts, interleaved A/B) for the same fields.
        crop: crop to the paper first (`engines.straighten.paper_box`).
        deskew: level a skew of `straighten.SKEW_MIN` (2°) or more first
            (`straighten.skew_angle`): a photo taken at a slant otherwise has its prices read
            as lines of their own. Levelling smaller skews too lost a date and a merchant on
            the SROIE dev receipts (Tesseract copes with a degree or so).
        orient: when the page reads badly (`reads_well`), read it turned by a half and
            quarter turns too and keep the best reading (receipts stored sideways or upside
            down).
        even_light: divide by the smoothed background first when the light on the paper
            is uneven (`straighten.uneven_light`: photos, receipts on grey card).
        text_height: when not 0, a page whose printed lines are already this many pixels
            high is not enlarged to `target_width` (`straighten.text_line_height`). Off:
            300 dpi scans read as well unenlarged and ~15% faster, but 30 and 36 each lost
            SROIE dates (166.jpg, 45 px lines, misread unenlarged).
        home_locale: the person's locale ("de_DE"); its language is read first
            (`engines.ocr_languages.home_languages`).
        detect_language: tell the receipt's language from the first reading's cues
            (`seen_language`); when English reads it badly (`needs_own_model`), later
            readings of the same picture add it. (Adding German to the second reading
            of German receipts gave the same fields on the dev receipts, more slowly.)
        reread_in_language: read the page again at once when the language seen is one
            English reads badly (`ocr_languages.needs_own_model`: Vietnamese).
        in_process: read with the system's Tesseract library in this process
            (`engines.tesseract_api`: the program's very output, without a process start
            and a model load per reading); the `tesseract` program is run when that cannot
            be used, or when `tesseract_cmd` names a program.
    """

    languages: str = "eng"
    psm: int = 4
    target_width: int = 1200
    contrast_cutoff: float = 1.0
    max_upscale: float = 2.0
    reread_dates: bool = True
    timeout: float = 30.0
    tesseract_cmd: str | None = None
    variables: tuple[str, ...] = ("tessedit_do_invert=0",)
    crop: bool = True
    deskew: bool = True
    orient: bool = True
    even_light: bool = True
    text_height: int = 0
    home_locale: str = ""
    detect_language: bool = True
    reread_in_language: bool = True
    in_process: bool = True

    def read(self, image: Image.Image) -> OcrPage:
        """Read `image` (as returned by `load_image`): made upright and tight first
        (`engines.straighten`), in the person's languages and, once seen, the receipt's
        own (`engines.ocr_languages`); boxes given in `image`'s coordinates.

        What the first reading of a picture found (the upright picture, its language) is
        remembered for that picture object, so a second reading of it (another `psm`)
        starts there.

        Raises:
            OcrFailed: Tesseract is not installed, failed, or exceeded `timeout`.
        """
        known = _recalled(image)
        engine = self.in_language(known.language if known else None)
        if known is None:
            upright, page = engine._read_upright(image)
        else:
            upright, page = known.upright, engine._read_page(known.upright.image)
        language = known.language if known else None
        if known is None and self.detect_language:
            seen = seen_language(page.text)
            language = seen if needs_own_model(seen) else None
            if self.reread_in_language and self.in_language(language) != engine:
                engine = self.in_language(language)
                page = engine._read_page(upright.image)
        _remember(image, _Found(upright, language, reads_well(page)))
        if self.reread_dates:
            page = reread_doubtful_dates(engine, upright.image, page)
        return upright.to_original(page)

    @property
    def first_languages(self) -> str:
        """The languages of a first reading: the settings' and the home locale's."""
        return (
            home_languages(self.languages, self.home_locale) if self.home_locale else self.languages
        )

    def in_language(self, language: str | None) -> TesseractOcr:
        """This engine reading in its first languages with `language` put first."""
        return replace(
            self, languages=with_language(self.first_languages, language), home_locale=""
        )

    def _read_upright(self, image: Image.Image) -> tuple[Straightened, OcrPage]:
        """The straightened picture and its reading. When the page reads badly, the other
        turns are read too (a half turn first) and the best reading is kept."""
        upright = straighten(image, crop=self.crop, deskew=self.deskew)
        page = self._read_page(upright.image)
        if not self.orient or reads_well(page):
            return upright, page
        best = (reading_quality(page), upright, page)
        for extra in (2, 1, 3):
            turned = upright.turned(upright.quarter_turns + extra)
            candidate = self._read_page(turned.image)
            quality = reading_quality(candidate)
            if quality > best[0]:
                best = (quality, turned, candidate)
            if reads_well(candidate):
                break
        return best[1], best[2]

    def _read_page(self, image: Image.Image) -> OcrPage:
        """One Tesseract reading of an upright grey picture, boxes in its coordinates."""
        source = even_light(image) if self.even_light and uneven_light(image) else image
        width = self.target_width
        if self.text_height and source.width < width:
            measured = text_line_height(source)
            if measured and measured >= self.text_height:
                width = source.width  # the print is large enough: enlarging costs time only
        prepared, scale = prepare(source, width, self.max_upscale, self.contrast_cutoff)
        return page_from_data(self._image_to_data(prepared), scale, image.size)

    def read_line(
        self, image: Image.Image, box: Box, line_height: int = LINE_HEIGHTS[0]
    ) -> OcrPage:
        """The words of one text line of `image` (`box` in its coordinates), read alone
        (`--psm 7`) at about `line_height` pixels per line; boxes in `image` coordinates."""
        left, top, width, height = box
        pad = max(4, height // 3)
        region = (max(0, left - pad), max(0, top - pad))
        crop = ImageOps.grayscale(
            image.crop(
                (
                    *region,
                    min(image.width, left + width + pad),
                    min(image.height, top + height + pad),
                )
            )
        )  # crop first: only the line's pixels are converted
        prepared, scale = prepare(crop, round(line_height * crop.width / max(1, height)), 2.0)
        if self.contrast_cutoff > 0:
            prepared = ImageOps.autocontrast(prepared, cutoff=self.contrast_cutoff)
        page = page_from_data(self._image_to_data(prepared, psm=7), scale, crop.size)
        return OcrPage(tuple(moved(word, *region) for word in page.words), *image.size)

    def _image_to_data(self, image: Image.Image, psm: int | None = None) -> dict[str, list[str]]:
        if self.in_process and self.tesseract_cmd is None:
            try:
                tsv = tsv_text(image, self.languages, psm or self.psm, self.variables, self.timeout)
            except ReadingTimedOut as exc:
                raise OcrFailed(_too_long(self.timeout)) from exc
            if tsv is not None:
                return parse_tsv(tsv)
        command = [self.tesseract_cmd or "tesseract", "stdin", "stdout"]
        command += ["-l", self.languages, "--psm", str(psm or self.psm)]
        for variable in self.variables:
            command += ["-c", variable]
        command.append("tsv")
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
                phrase(
                    "Tesseract is not installed. Install it (Debian/Ubuntu: {command}) and try "
                    "again.",
                    command="sudo apt-get install tesseract-ocr tesseract-ocr-eng",
                )
            ) from exc
        except subprocess.TimeoutExpired as exc:
            raise OcrFailed(_too_long(self.timeout)) from exc
        if completed.returncode != 0:
            raise OcrFailed(_failure(completed.stderr.decode("utf-8", "replace"), completed))
        return parse_tsv(completed.stdout.decode("utf-8", "replace"))


_NO_LANGUAGE = re.compile(r"Failed loading language '([^']+)'")


def _too_long(timeout: float) -> Phrase:
    return phrase("Reading the image took longer than {seconds} s.", seconds=f"{timeout:g}")


def _failure(stderr: str, completed: subprocess.CompletedProcess[bytes]) -> Phrase:
    """Why Tesseract could not read an image: a language pack that is not installed (the
    settings' OCR languages name it), or Tesseract's own last words."""
    missing = _NO_LANGUAGE.search(stderr)
    if missing:
        return phrase(
            "Tesseract has no language pack for {code}: install it (Debian/Ubuntu: {command}) "
            "or remove it from the OCR languages in Settings.",
            code=missing.group(1),
            command=f"sudo apt-get install tesseract-ocr-{missing.group(1)}",
        )
    message = stderr.strip().splitlines()
    reason = message[-1] if message else f"exit status {completed.returncode}"
    return phrase("Tesseract could not read the image: {reason}", reason=reason)


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


def reading_quality(page: OcrPage) -> float:
    """The share of the words read that look like words: at least three letters or digits
    in a row, read with confidence 0.6 or more. Upright receipts scored 0.26-0.80 on the
    dev receipts, the same receipts turned sideways or upside down 0.00-0.15."""
    if not page.words:
        return 0.0
    return _wordlike_count(page) / len(page.words)


def reads_well(page: OcrPage) -> bool:
    """True when the page is clearly read the right way up (`reading_quality`)."""
    good = _wordlike_count(page)
    return good >= WELL_READ_WORDS and good / len(page.words) >= WELL_READ_SHARE


def _wordlike_count(page: OcrPage) -> int:
    """How many words of `page` look like words (see `reading_quality`)."""
    return sum(1 for w in page.words if w.confidence >= 0.6 and _WORDLIKE.search(w.text))


WELL_READ_SHARE = 0.2
"""`reading_quality` from which a page counts as read the right way up."""
WELL_READ_WORDS = 5
"""...and at least this many word-like words."""
_WORDLIKE = re.compile(r"[^\W_]{3,}")


@dataclass(frozen=True)
class _Found:
    """What the first reading of a picture found: the picture made upright (cropped,
    turned, levelled), the receipt's language, and whether the page read well that way up
    (`reads_well`: when it did not, its turn is only the least bad guess)."""

    upright: Straightened
    language: str | None
    read_well: bool = True


_FOUND_LOCK = threading.Lock()
_FOUND: dict[int, tuple[weakref.ref[Image.Image], _Found]] = {}


def quarter_turns_of(image: Image.Image) -> int:
    """How many counter-clockwise quarter turns made this picture upright when it was
    read (0 when it was upright, or has not been read)."""
    found = _recalled(image)
    return found.upright.quarter_turns if found is not None else 0


def upright_of(image: Image.Image) -> Straightened | None:
    """The picture made upright (cropped, turned, levelled) by its first reading, when that
    reading read well (`reads_well`), so its turn can be trusted; else None (not read yet,
    or read as noise every way up)."""
    found = _recalled(image)
    return found.upright if found is not None and found.read_well else None


def _recalled(image: Image.Image) -> _Found | None:
    """What an earlier reading found for this very picture object, if any."""
    with _FOUND_LOCK:
        entry = _FOUND.get(id(image))
    if entry is None or entry[0]() is not image:
        return None
    return entry[1]


def _remember(image: Image.Image, found: _Found) -> None:
    with _FOUND_LOCK:
        for key in [key for key, (ref, _) in _FOUND.items() if ref() is None]:
            del _FOUND[key]
        _FOUND[id(image)] = (weakref.ref(image), found)


def tesseract_version() -> str | None:
    """The installed Tesseract's version, or None when the program is missing."""
    try:
        return str(pytesseract.get_tesseract_version())
    except (pytesseract.TesseractNotFoundError, OSError):
        return None


SECOND_PSM = 6
"""The page segmentation mode of a second reading when the first (`psm` 4) is unsure: it
reads large shop names and some faint lines that mode 4 misses (see `receipts.passes`)."""
_BOX_KEYS = ("left", "top", "width", "height")
_TSV_KEYS = ("level", "block_num", "par_num", "line_num", "conf", "text", *_BOX_KEYS)


def _pnm_bytes(image: Image.Image) -> bytes:
    """The image as uncompressed PGM/PPM for Tesseract's standard input: the same text as a
    PNG, without the up to ~0.1 s of compressing a large receipt."""
    buffer = io.BytesIO()
    image.save(buffer, format="PPM")
    return buffer.getvalue()
