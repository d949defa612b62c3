"""What OCR read on one image: words with boxes and confidences, grouped into printed lines.

Plain values with no dependency on Tesseract, shared by `engines.ocr` (which produces them)
and `engines.date_rereads` (which reads doubtful parts of a page again).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

Box = tuple[int, int, int, int]


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
        layout_box: where the word is on the upright page that was read, when that is not
            the picture given (a receipt turned or straightened before reading); lines are
            grouped and ordered by it. None when `box` is on the page as read.
    """

    text: str
    confidence: float
    box: Box
    block: int = 0
    paragraph: int = 0
    line: int = 0
    layout_box: Box | None = None

    @property
    def top(self) -> int:
        """Top edge of the box."""
        return self.box[1]

    @property
    def bottom(self) -> int:
        """Bottom edge of the box."""
        return self.box[1] + self.box[3]

    @property
    def center_x(self) -> float:
        """Horizontal middle of the box."""
        return self.box[0] + self.box[2] / 2


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
        (a price column read as a separate block still belongs to its article). Words with
        a `layout_box` are placed by it (the page as read, upright).
        """
        if not any(word.layout_box for word in self.words):
            return _merge_side_by_side(_tesseract_lines(self.words))
        upright = [replace(w, box=w.layout_box or w.box, layout_box=None) for w in self.words]
        original = {id(laid): word for laid, word in zip(upright, self.words, strict=True)}
        lines = _merge_side_by_side(_tesseract_lines(upright))
        return [tuple(original[id(word)] for word in line) for line in lines]

    @property
    def text(self) -> str:
        """The page as plain text, one printed line per text line."""
        return "\n".join(" ".join(word.text for word in line) for line in self.lines())


def union(words: Sequence[OcrWord]) -> Box:
    """The smallest box around `words` (at least one)."""
    left, top = min(w.box[0] for w in words), min(w.top for w in words)
    right, bottom = max(w.box[0] + w.box[2] for w in words), max(w.bottom for w in words)
    return (left, top, right - left, bottom - top)


def mean_confidence(words: Sequence[OcrWord]) -> float:
    """Average confidence of `words` (0 when there are none)."""
    return sum(word.confidence for word in words) / max(1, len(words))


def moved(word: OcrWord, dx: int, dy: int) -> OcrWord:
    """`word` with its box shifted by (dx, dy)."""
    left, top, width, height = word.box
    return replace(word, box=(left + dx, top + dy, width, height))


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
