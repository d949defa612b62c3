"""Make a receipt picture upright and tight before OCR: crop to the paper, turn it by quarter
turns so that its lines run across, straighten a small skew, even out the light of a photo.

Every step is cheap (a few to a few tens of milliseconds on a downscaled copy, numpy only)
and was kept because it paid for its time on the dev receipts (bench/receipts.py,
bench/README.md). `Straightened` remembers what was done so that OCR boxes can be mapped
back to the coordinates of the picture as loaded (`to_original`).

Whether a receipt is upside down (or which of the two sideways turns is right) cannot be
told from the page's shape; `engines.ocr` decides it from how well the text reads
(`orientation_candidates` gives the turns to try, best guess first).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import numpy as np
from PIL import Image, ImageFilter, ImageOps

from lingassist.engines.ocr_page import Box, OcrPage

ANALYSIS_SIDE = 600
"""The long side of the downscaled copy every measurement is made on."""
PAPER_SIDE = 200
"""The long side of the copy the paper is looked for on (print averages into grey paper)."""
UNEVEN_LIGHT = 45.0
"""Grey levels of difference in the paper's brightness from which the light is evened out.
On the tuning receipts, evening out helped two scans on grey card (47 and 55 levels) and
cost fields on SROIE scans of 25-39 levels."""
PRINT_SHARE = 0.5
"""The print is cropped to only when it covers less than this share of the picture (a
receipt on a scanned page)."""
PAPER_MARGIN = 0.015
"""Kept around the paper when cropping, as a share of the picture's size."""
MIN_CROP_GAIN = 0.12
"""A crop is made only when it removes at least this share of the picture's area."""
AXIS_RATIO = 2.5
"""Lines are taken to run down the picture when blank columns are this much more common
than blank rows..."""
SHARPER = 1.2
"""...and the column profile is this much sharper than the row profile."""
HEIGHT_ANALYSIS_WIDTH = 800
"""Lines are measured on a copy at most this wide."""
SKEW_LIMIT = 6.0
"""Largest skew (degrees) looked for; receipts turned further are left to the quarter turns."""
SKEW_MIN = 2.0
"""A skew below this many degrees is left alone (Tesseract copes, and rotating costs time;
levelling 1-1.5° skews lost fields on SROIE scans)."""


@dataclass(frozen=True)
class Straightened:
    """A picture made upright, and how to map boxes on it back to the picture as loaded.

    Attributes:
        image: the picture after cropping, quarter turns and deskewing.
        crop: (left, top, right, bottom) of the kept part in the original picture.
        quarter_turns: counter-clockwise quarter turns made after cropping (0..3).
        skew: degrees turned counter-clockwise after the quarter turns.
        original_size: the original picture's (width, height).
        source: the original picture in grey, to turn the same crop another way.
    """

    image: Image.Image
    crop: tuple[int, int, int, int]
    quarter_turns: int
    skew: float
    original_size: tuple[int, int]
    source: Image.Image = field(repr=False, compare=False)

    def to_original(self, page: OcrPage) -> OcrPage:
        """`page`, read on `image`, with every box in the original picture's coordinates."""
        if self.is_unchanged:
            return page
        words = tuple(
            replace(word, box=self.box_to_original(word.box), layout_box=word.box)
            for word in page.words
        )
        return OcrPage(words, *self.original_size)

    @property
    def is_unchanged(self) -> bool:
        """True when the picture was neither cropped, turned nor deskewed."""
        whole = self.crop == (0, 0, *self.original_size)
        return whole and self.quarter_turns == 0 and self.skew == 0.0

    def box_to_original(self, box: Box) -> Box:
        """A box on `image` as a box on the original picture (the box around its corners)."""
        left, top, width, height = box
        if self.skew:
            left, top, width, height = _unskewed(
                box, self.skew, self._turned_size(), self.image.size
            )
        turned_w, turned_h = self._cropped_size()
        left, top, width, height = _unturned(
            (left, top, width, height), self.quarter_turns, (turned_w, turned_h)
        )
        return (left + self.crop[0], top + self.crop[1], width, height)

    def turned(self, quarter_turns: int) -> Straightened:
        """The same crop turned by `quarter_turns` instead (a half turn keeps the skew, a
        quarter turn measures it again)."""
        same_axis = (quarter_turns - self.quarter_turns) % 2 == 0
        return straighten_cropped(
            self.source,
            self.crop,
            quarter_turns,
            self.original_size,
            skew=self.skew if same_axis else None,
        )

    def _cropped_size(self) -> tuple[int, int]:
        return (self.crop[2] - self.crop[0], self.crop[3] - self.crop[1])

    def _turned_size(self) -> tuple[int, int]:
        width, height = self._cropped_size()
        return (height, width) if self.quarter_turns % 2 else (width, height)


def straighten(
    image: Image.Image,
    *,
    crop: bool = True,
    deskew: bool = True,
    quarter_turns: int | None = None,
) -> Straightened:
    """Crop `image` to the paper, turn it by `quarter_turns` (when None, the best guess
    that makes its lines run across) and deskew it."""
    grey = ImageOps.grayscale(image) if image.mode != "L" else image
    box = paper_box(grey) if crop else (0, 0, *grey.size)
    turns = orientation_candidates(grey.crop(box))[0] if quarter_turns is None else quarter_turns
    return straighten_cropped(grey, box, turns, image.size, skew=None if deskew else 0.0)


def straighten_cropped(
    grey: Image.Image,
    box: tuple[int, int, int, int],
    quarter_turns: int,
    original_size: tuple[int, int],
    *,
    skew: float | None = None,
) -> Straightened:
    """`grey` cropped to `box`, turned by `quarter_turns` and turned by `skew` degrees
    (measured when None)."""
    turned = _turn(grey.crop(box), quarter_turns)
    angle = skew_angle(turned) if skew is None else skew
    upright = _rotate(turned, angle) if angle else turned
    return Straightened(upright, box, quarter_turns % 4, angle, original_size, grey)


def paper_box(grey: Image.Image) -> tuple[int, int, int, int]:
    """The part of `grey` holding the receipt: its paper (the largest bright band across,
    then down) or, when no paper stands out from the background (a white receipt on a
    white page), its print (`print_box`); with a margin, the whole picture when the part
    fills most of it."""
    box = _bright_band(grey)
    return box if box != (0, 0, *grey.size) else print_box(grey)


def print_box(grey: Image.Image) -> tuple[int, int, int, int]:
    """The part of `grey` holding the print: the longest band of columns with ink, then of
    rows within it (small gaps bridged, a stamp or a punched hole further away left out),
    with a margin; the whole picture when it fills most of it."""
    small, scale = _small(grey)
    ink = _ink(small)
    height, width = ink.shape
    columns = _longest_run(ink.mean(axis=0) > 0.01, gap=width // 12)
    if columns is None:
        return (0, 0, *grey.size)
    rows = _longest_run(ink[:, columns[0] : columns[1]].mean(axis=1) > 0.005, gap=height // 12)
    if rows is None:
        return (0, 0, *grey.size)
    if (columns[1] - columns[0]) * (rows[1] - rows[0]) > PRINT_SHARE * width * height:
        return (0, 0, *grey.size)  # a receipt scanned alone: a pale logo may lie outside
    return _kept_box(grey, scale, columns, rows, (width, height))


def _bright_band(grey: Image.Image) -> tuple[int, int, int, int]:
    scale = min(1.0, PAPER_SIDE / max(grey.size))
    small = _resized(grey, scale, Image.Resampling.BOX)
    filled = np.asarray(small.filter(ImageFilter.MaxFilter(3)), dtype=np.float32)
    paper_level = float(np.percentile(filled, 97))
    bright = filled > paper_level - max(40.0, 0.25 * paper_level)
    height, width = bright.shape
    columns = _longest_run(bright.mean(axis=0) > 0.3, gap=width // 40)
    if columns is None:
        return (0, 0, *grey.size)
    rows = _longest_run(bright[:, columns[0] : columns[1]].mean(axis=1) > 0.4, gap=height // 25)
    if rows is None:
        return (0, 0, *grey.size)
    columns = _longest_run(bright[rows[0] : rows[1]].mean(axis=0) > 0.4, gap=width // 40) or columns
    return _kept_box(grey, scale, columns, rows, (width, height))


def _kept_box(
    grey: Image.Image,
    scale: float,
    columns: tuple[int, int],
    rows: tuple[int, int],
    size: tuple[int, int],
) -> tuple[int, int, int, int]:
    """The box of `columns` x `rows` (on a copy of `size` at `scale`) on `grey` with a
    margin, or the whole of `grey` when it would keep most of it or almost nothing."""
    width, height = size
    kept = (columns[1] - columns[0]) * (rows[1] - rows[0]) / (width * height)
    if kept > 1 - MIN_CROP_GAIN or kept < 0.02:
        return (0, 0, *grey.size)
    margin_x, margin_y = PAPER_MARGIN * width, PAPER_MARGIN * height
    return (
        max(0, round((columns[0] - margin_x) / scale)),
        max(0, round((rows[0] - margin_y) / scale)),
        min(grey.width, round((columns[1] + margin_x) / scale)),
        min(grey.height, round((rows[1] + margin_y) / scale)),
    )


def orientation_candidates(grey: Image.Image) -> tuple[int, int]:
    """The two counter-clockwise quarter turns that make the lines run across, the likelier
    first: (3, 1) when the lines clearly run down the picture, otherwise (0, 2).

    Two measures of the print must agree: blank columns much more common than blank rows
    (`AXIS_RATIO`; the gaps between lines), and a column profile at least as sharp as the
    row profile. On the dev receipts either alone turned some upright ones (a logo, a
    barcode, monospaced print); together they turn few, and `engines.ocr` checks the result.
    """
    ink = _ink(_small(grey)[0])
    ys, xs = np.nonzero(ink)
    if len(ys) == 0:
        return (0, 2)
    ink = ink[ys.min() : ys.max() + 1, xs.min() : xs.max() + 1]
    rows, columns = ink.mean(axis=1), ink.mean(axis=0)
    blank_rows = float((rows < 0.05 * rows.max()).mean())
    blank_columns = float((columns < 0.05 * columns.max()).mean())
    down = (blank_columns + 0.02) > AXIS_RATIO * (blank_rows + 0.02)
    sharper = _sharpness(columns) > SHARPER * _sharpness(rows)
    return (3, 1) if down and sharper else (0, 2)


def skew_angle(grey: Image.Image) -> float:
    """The small counter-clockwise turn (degrees) that makes the lines level, or 0.0."""
    small, _ = _small(grey)
    ink = Image.fromarray((_ink(small) * 255).astype(np.uint8))
    best, best_score = 0.0, _sharpness(np.asarray(ink, dtype=np.float32).mean(axis=1))
    for step in (1.0, 0.25):
        centre = best
        for angle in np.arange(centre - 4 * step, centre + 4.01 * step, step):
            if abs(angle) > SKEW_LIMIT or angle == centre:
                continue
            turned = np.asarray(ink.rotate(float(angle), resample=Image.Resampling.NEAREST))
            score = _sharpness(turned.astype(np.float32).mean(axis=1))
            if score > best_score:
                best, best_score = float(angle), score
        if step == 1.0 and abs(best) < SKEW_MIN - 0.5:
            break
    return best if abs(best) >= SKEW_MIN else 0.0


def uneven_light(grey: Image.Image) -> bool:
    """True when the paper's brightness varies by `UNEVEN_LIGHT` grey levels or more
    across the picture (its smoothed background, print left out)."""
    background = np.asarray(_background(grey), dtype=np.float32)
    low, high = np.percentile(background, [5, 95])
    return float(high - low) >= UNEVEN_LIGHT


def _background(grey: Image.Image) -> Image.Image:
    """The paper's brightness without the print, on a copy 64 pixels long."""
    small = _resized(grey, 64 / max(grey.size))
    return small.filter(ImageFilter.MaxFilter(5)).filter(ImageFilter.GaussianBlur(3))


def even_light(grey: Image.Image) -> Image.Image:
    """`grey` divided by its smoothed background: shadows and uneven light on a photo
    become even white paper, the print stays dark."""
    background = _background(grey).resize(grey.size, Image.Resampling.BILINEAR)
    paper = np.asarray(grey, dtype=np.float32)
    light = np.maximum(np.asarray(background, dtype=np.float32), 1.0)
    return Image.fromarray(np.clip(paper / light * 255.0, 0, 255).astype(np.uint8))


def text_line_height(grey: Image.Image) -> float | None:
    """The usual height (pixels) of a printed line's ink on an upright page, or None when
    fewer than five lines stand out."""
    scale = min(1.0, HEIGHT_ANALYSIS_WIDTH / grey.width)
    small = grey if scale == 1.0 else _resized(grey, scale)
    ink = _ink(small)
    middle = ink[:, ink.shape[1] // 10 : max(1, ink.shape[1] * 9 // 10)]  # no paper edges
    rows = middle.mean(axis=1) > 0.01
    runs, start = [], None
    for index, flag in enumerate([*rows.tolist(), False]):
        if flag and start is None:
            start = index
        elif not flag and start is not None:
            if index - start >= 3:
                runs.append(index - start)
            start = None
    if len(runs) < 5:
        return None
    return float(np.median(runs)) / scale


def _small(grey: Image.Image) -> tuple[Image.Image, float]:
    scale = min(1.0, ANALYSIS_SIDE / max(grey.size))
    if scale == 1.0:
        return grey, 1.0
    return _resized(grey, scale), scale


def _resized(
    grey: Image.Image, scale: float, resample: Image.Resampling = Image.Resampling.BILINEAR
) -> Image.Image:
    """`grey` at `scale`, at least one pixel each way."""
    size = (max(1, round(grey.width * scale)), max(1, round(grey.height * scale)))
    return grey.resize(size, resample)


def _ink(small: Image.Image) -> np.ndarray:
    """1.0 where a pixel is clearly darker than the page on average (print), else 0.0."""
    pixels = np.asarray(small, dtype=np.float32)
    return (pixels < pixels.mean() - 0.5 * pixels.std()).astype(np.float32)


def _sharpness(profile: np.ndarray) -> float:
    """How strongly a projection profile alternates (text lines and the gaps between)."""
    return float(np.mean(np.diff(profile) ** 2)) if profile.size > 1 else 0.0


def _longest_run(flags: np.ndarray, gap: int = 0) -> tuple[int, int] | None:
    """(start, end) of the longest run of True in `flags`, bridging gaps of at most `gap`
    False values (a logo or a barcode across the paper), or None."""
    runs: list[list[int]] = []
    start = None
    for index, flag in enumerate([*flags.tolist(), False]):
        if flag and start is None:
            start = index
        elif not flag and start is not None:
            if runs and start - runs[-1][1] <= gap:
                runs[-1][1] = index
            else:
                runs.append([start, index])
            start = None
    if not runs:
        return None
    best = max(runs, key=lambda run: run[1] - run[0])
    return (best[0], best[1])


_TURNS = {
    1: Image.Transpose.ROTATE_90,
    2: Image.Transpose.ROTATE_180,
    3: Image.Transpose.ROTATE_270,
}


def _turn(image: Image.Image, quarter_turns: int) -> Image.Image:
    turns = quarter_turns % 4
    return image.transpose(_TURNS[turns]) if turns else image


def _rotate(image: Image.Image, angle: float) -> Image.Image:
    return image.rotate(
        angle, resample=Image.Resampling.BILINEAR, expand=True, fillcolor=_paper_colour(image)
    )


def _paper_colour(image: Image.Image) -> int:
    small, _ = _small(image)
    return int(np.percentile(np.asarray(small), 90))


def _unturned(box: Box, quarter_turns: int, size: tuple[int, int]) -> Box:
    """A box on the picture turned `quarter_turns` times (CCW) as a box before the turns;
    `size` is the (width, height) before turning."""
    left, top, width, height = box
    source_w, source_h = size
    turns = quarter_turns % 4
    if turns == 1:
        return (source_w - top - height, left, height, width)
    if turns == 2:
        return (source_w - left - width, source_h - top - height, width, height)
    if turns == 3:
        return (top, source_h - left - width, height, width)
    return box


def _unskewed(box: Box, angle: float, source: tuple[int, int], rotated: tuple[int, int]) -> Box:
    """A box on the picture turned by `angle` degrees (CCW, expanded) as the box around its
    corners before the turn."""
    left, top, width, height = box
    radians = np.deg2rad(angle)
    cos, sin = float(np.cos(radians)), float(np.sin(radians))
    corners = [(left, top), (left + width, top), (left, top + height), (left + width, top + height)]
    xs, ys = [], []
    for x, y in corners:
        dx, dy = x - rotated[0] / 2, y - rotated[1] / 2
        # the picture was turned counter-clockwise on screen (y down): undo it
        xs.append(cos * dx - sin * dy + source[0] / 2)
        ys.append(sin * dx + cos * dy + source[1] / 2)
    x0, y0 = max(0, round(min(xs))), max(0, round(min(ys)))
    x1, y1 = min(source[0], round(max(xs))), min(source[1], round(max(ys)))
    return (x0, y0, max(0, x1 - x0), max(0, y1 - y0))
