"""Reading a doubtful date again: only the few words that need it, alone, at their own size.

A whole-page reading sometimes garbles the one date of a receipt: a faint or dot-matrix
digit ("E/2/2017" for 6/2/2017), the start of a date cut off on a slanted line ("42/2017"
for 22/12/2017), or a DATE label followed by noise ("Date > ORG 207"). Reading just that
word (widened to the left, where a cut-off start would be) or that labelled line again with
`--psm 7` at about its native text height often gets it right, for the cost of one or two
small Tesseract runs. The new words replace the old ones only when they hold a valid date,
read surely where the old ones had none, or read more surely on the whole
(`better_reading`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from PIL import Image

from lingassist.engines.ocr_page import Box, OcrPage, OcrWord, mean_confidence, union

REREAD_BELOW = 0.5
"""A date-shaped word read less surely than this, and not a valid date, is read again; a
valid date read again must be at least this sure to replace words without one."""
REREAD_MAX = 2
"""At most this many regions of one page are read again."""
LINE_HEIGHTS = (32, 40)
"""Text heights in pixels at which a region is read again, in turn, until one reading holds
a surely read valid date: a small change of scale often turns a misread digit right."""
_DATE_WORD = re.compile(r"^\W*\w{1,2}[/\-.](?:\d{1,2}|[A-Za-z]{3})[/\-.]\d{2,4}\W*$")
_PARTIAL_DATE = re.compile(r"^\W*\w{1,2}[/\-.](?:19|20)\d{2}\W*$")
_FULL_YEAR = re.compile(r"(?:19|20)\d{2}\W*$")
_MONTH_NAME = re.compile(r"\b(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[A-Z]*\b", re.I)
_DIGITS = str.maketrans("OoQlI|", "000111")
_DATE_LABEL = re.compile(r"\b(?:DATE|TARIKH)\b", re.IGNORECASE)


class LineReader(Protocol):
    """Anything that reads one region of an image alone (`TesseractOcr.read_line`)."""

    def read_line(self, image: Image.Image, box: Box, line_height: int) -> OcrPage:
        """The words inside `box` of `image`, read at about `line_height` pixels of text
        height, with boxes in `image` coordinates."""
        ...


def reread_doubtful_dates(reader: LineReader, image: Image.Image, page: OcrPage) -> OcrPage:
    """`page` with at most `REREAD_MAX` doubtful date regions (`doubtful_regions`) read
    again alone (`best_rereading`); the new words replace the old words of the region when
    they are a `better_reading`."""
    doubtful = [(line, box) for line in page.lines() for box in doubtful_regions(line)]
    words = list(page.words)
    for line, box in doubtful[:REREAD_MAX]:
        old = [word for word in line if box[0] <= word.center_x <= box[0] + box[2]]
        again = best_rereading(reader, image, box)
        if old and again and better_reading(old, again):
            words = _replaced(words, old, again)
    return OcrPage(tuple(words), page.width, page.height)


def best_rereading(reader: LineReader, image: Image.Image, box: Box) -> tuple[OcrWord, ...]:
    """The best (`better_reading`) of the readings of `box` at each of `LINE_HEIGHTS`,
    stopping at the first one that holds a surely read valid date."""
    best: tuple[OcrWord, ...] = ()
    for height in LINE_HEIGHTS:
        words = reader.read_line(image, box, height).words
        if words and (not best or better_reading(best, words)):
            best = words
        if _has_sure_date(best):
            break
    return best


def doubtful_regions(line: Sequence[OcrWord]) -> list[Box]:
    """The parts of a line without a valid date that should be read again.

    A date-shaped word that is no valid date once O/l/I are taken for digits, read unsurely
    or ending in a full year ("E/2/2017"), or a day or month cut off before a full year
    ("42/2017"), is read again with one word's width more on its left. A DATE label with
    digits but no date word and no month name ("Date > ORG 207") has its whole line read
    again. A line with a valid date, an amount or a phone number is left alone.
    """
    if any(valid_date(word.text) for word in line):
        return []
    garbled = [_widened(word.box) for word in line if _garbled_date(word)]
    if garbled:
        return garbled
    if any(_DATE_WORD.search(word.text) for word in line) or not _labelled_without_date(line):
        return []
    return [union(line)]


def better_reading(old: Sequence[OcrWord], new: Sequence[OcrWord]) -> bool:
    """Whether `new` is the better reading of a region than `old`. Only a reading with a
    valid date can be: one read at least `REREAD_BELOW` surely beats words without a valid
    date, and otherwise the surer reading on average wins. A reading without a valid date
    never replaces the words read first, which other fields may need ("Date:" for
    `receipts.dates` to repair "52/02/2018")."""
    if not any(valid_date(word.text) for word in new):
        return False
    if _has_sure_date(new) and not any(valid_date(word.text) for word in old):
        return True
    return mean_confidence(new) > mean_confidence(old)


def valid_date(text: str) -> bool:
    """A one-word numeric or month-name date whose day and month (either order) are in
    range once O/l/I are taken for digits ("03/06/2017", "O1-Nov-2017")."""
    if not _DATE_WORD.search(text):
        return False
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


def _garbled_date(word: OcrWord) -> bool:
    """A date-shaped word that is no valid date and is unsure or ends in a full year, or a
    day or month followed by a full year with the rest missing."""
    if _PARTIAL_DATE.search(word.text):
        return True
    if not _DATE_WORD.search(word.text) or valid_date(word.text):
        return False
    return word.confidence < REREAD_BELOW or bool(_FULL_YEAR.search(word.text))


def _labelled_without_date(line: Sequence[OcrWord]) -> bool:
    text = " ".join(word.text for word in line)
    has_digits = any(char.isdigit() for char in text)
    return bool(_DATE_LABEL.search(text)) and has_digits and not _MONTH_NAME.search(text)


def _widened(box: Box) -> Box:
    """`box` with its own width added on the left (clipped at the image edge)."""
    left, top, width, height = box
    start = max(0, left - width)
    return (start, top, left + width - start, height)


def _has_sure_date(words: Sequence[OcrWord]) -> bool:
    return any(valid_date(word.text) and word.confidence >= REREAD_BELOW for word in words)


def _replaced(
    words: list[OcrWord], old: Sequence[OcrWord], new: Sequence[OcrWord]
) -> list[OcrWord]:
    """`words` with `old` taken out and `new` put where the first of `old` was, numbered as
    its Tesseract line."""
    first = old[0]
    kept = [word for word in words if word not in old]
    place = sum(1 for word in words[: words.index(first)] if word not in old)
    renumbered = [
        OcrWord(
            word.text,
            word.confidence,
            word.box,
            block=first.block,
            paragraph=first.paragraph,
            line=first.line,
        )
        for word in new
    ]
    return kept[:place] + renumbered + kept[place:]
