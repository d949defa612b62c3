"""The real receipt reader: image file -> Tesseract words -> receipt fields, plus a preview.

Built once per window or CLI run with what the ledger knows (the person's merchants and
currency); each call reads one file and can run in any worker thread, since Tesseract
runs as its own process. A receipt still unsure after Tesseract's two readings is read a
third time by RapidOCR (`engines.rapid_ocr`), when it is installed; one whose merchant alone
is doubtful has only its header read by RapidOCR, at once (`read_draft`).
"""

from __future__ import annotations

import io
import logging
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PIL import Image

from lingassist.core.errors import Cancelled, UserFacingError
from lingassist.core.phrases import phrase
from lingassist.engines.images import load_image
from lingassist.engines.ocr import (
    SECOND_PSM,
    OcrEngine,
    OcrPage,
    TesseractOcr,
    quarter_turns_of,
    upright_of,
)
from lingassist.engines.rapid_ocr import RapidOcr, RapidOcrUnavailable
from lingassist.engines.straighten import Straightened
from lingassist.ledger.reports import merchant_names
from lingassist.receipts.draft import Box, ReceiptDraft, lines_from_words
from lingassist.receipts.locale import day_first_at_home
from lingassist.receipts.parse import parse_receipt
from lingassist.receipts.passes import merge_drafts, needs_second_pass, only_merchant_unsure
from lingassist.services.context import AppContext
from lingassist.services.receipts import ReadReceipt, ReceiptReader, reading_cancelled

log = logging.getLogger(__name__)

PREVIEW_WIDTH = 600
THIRD_READER_SCALE = 0.85
"""RapidOCR's scores are multiplied by this before its reading is merged: they run higher
than Tesseract's for the same misreads (chosen on the tune part of wild-dev, variant
`ours+rapid.85` in bench/receipt_engines.py)."""
THIRD_READER = RapidOcr(confidence_scale=THIRD_READER_SCALE)
"""The third reader of receipts still unsure after Tesseract's two readings."""
TOTAL_UNSURE = 0.5
"""A draft whose total was read with less confidence than this is read by the third reader
too, although Tesseract found every field (`needs_third_reading`): on the wild-dev tune
part two such totals were a distractor (the amount a loyalty card's points were counted on,
the cash handed over under an unreadable TOTAL line) that RapidOCR's reading replaced by the
total; SROIE's tune receipts have no total that unsure."""
HEADER_SHARE = 0.25
"""When only the merchant is still doubtful (the date and the total are shown as sure), the
third reader reads only this top share of the upright receipt, where shop names are printed:
on the SROIE and wild-dev tune parts the same fields as a whole reading (0.25 and 0.4 alike),
for about a fifth of its time (bench/README.md, "The third reading only where it can change
something")."""


def make_receipt_reader(
    context: AppContext, ocr: OcrEngine | None = None, third: OcrEngine | None = THIRD_READER
) -> ReceiptReader:
    """A reader that knows the person's currency, merchants, locale, date order and today's
    date (the receipt's own currency and date order win when it shows them; Tesseract reads
    the locale's language first).

    A receipt read with no date, no total or a doubtful merchant is read a second time in
    another page-segmentation mode, and each field is taken from the surer reading; one
    still unsure then is read by `third` (RapidOCR; None for none) and merged the same way
    (`read_draft`; a doubtful merchant alone has only the header read by `third`, at once).
    A receipt cancelled in `scan_receipt` stops before its next reading.
    """
    engine = with_home_locale(ocr or TesseractOcr(), context.settings.locale)
    with context.database.sessions() as session:
        known = tuple(merchant_names(session=session))
    currency = context.settings.default_currency
    day_first = day_first_at_home(context.settings.locale)

    def parse(page: OcrPage) -> ReceiptDraft:
        return parse_receipt(
            lines_from_words(page.lines()),
            default_currency=currency,
            known_merchants=known,
            today=context.today(),
            day_first=day_first,
        )

    def read(path: Path) -> ReadReceipt:
        image = load_image(path)
        draft, _ = read_draft(engine, image, parse, third, reading_cancelled)
        if draft.found_nothing:
            raise UserFacingError(
                phrase(
                    "No receipt found in {name}: no shop name, date or amount could be read. "
                    "Try a sharper, well-lit photo of the whole receipt.",
                    name=path.name,
                )
            )
        turns = quarter_turns_of(image)
        preview, scale = preview_png(image.rotate(90 * turns, expand=True) if turns else image)
        return ReadReceipt(turned_boxes(draft, turns, image.size), preview, scale)

    return read


def turned_boxes(draft: ReceiptDraft, turns: int, size: tuple[int, int]) -> ReceiptDraft:
    """`draft` with its fields' boxes on the picture (of `size`) turned `turns` quarter
    turns counter-clockwise, as the card shows a receipt that was stored sideways."""
    if not turns % 4:
        return draft
    boxes = {
        name: tuple(_turned(box, turns, size) for box in found)
        for name, found in draft.boxes.items()
    }
    return replace(draft, boxes=boxes)


def _turned(box: Box, turns: int, size: tuple[int, int]) -> Box:
    """A box after `turns` counter-clockwise quarter turns of a picture of `size`."""
    left, top, width, height = box
    picture_width, picture_height = size
    for _ in range(turns % 4):  # one quarter turn: (x, y) -> (y, picture width - x)
        left, top, width, height = top, picture_width - left - width, height, width
        picture_width, picture_height = picture_height, picture_width
    return (left, top, width, height)


def with_home_locale(engine: OcrEngine, locale_name: str) -> OcrEngine:
    """Tesseract told the person's locale (its language is read first), unless it already
    was told one; other engines as they are."""
    if isinstance(engine, TesseractOcr) and not engine.home_locale and locale_name:
        return replace(engine, home_locale=locale_name)
    return engine


def read_draft(
    engine: OcrEngine,
    image: Image.Image,
    parse: Callable[[OcrPage], ReceiptDraft],
    third: OcrEngine | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> tuple[ReceiptDraft, int]:
    """The draft of one receipt image, and how many readings it took (1 to 3; a reading of
    the header alone counts as one).

    A draft with no date, no total or a doubtful merchant (`needs_second_pass`) is read a
    second time in another page-segmentation mode and merged field by field
    (`merge_drafts`). Doubtful dates were already read again word by word in the first
    reading, so the second one does that only when the first found no date at all. A draft
    still unsure after that (`needs_third_reading`: also a total read unsurely) is read by
    `third` (another engine) and merged the same way (`third_reading`: only the header when
    the merchant is all that is doubtful); when `third` cannot be loaded, or fails, the
    draft stays as it is.

    When the first draft's merchant alone is doubtful, its date and total read fairly surely
    (`only_merchant_unsure`), and Tesseract's page read well (so the header is known), `third`
    reads only the header at once, without Tesseract's second whole-page reading; if it
    cannot, the second reading is made as above.

    Raises:
        Cancelled: `cancelled()` became true; it is asked before each reading after the
            first, so a person cancelling waits for one reading at most.
    """
    draft = parse(engine.read(image))
    _stop_if(cancelled)
    if third is not None and only_merchant_unsure(draft):
        upright = upright_of(image)
        if upright is not None:
            header = _optional_reading(lambda: _header_reading(draft, third, upright, parse))
            if header is not None:
                return header, 2
            _stop_if(cancelled)
    passes = 1
    if needs_second_pass(draft) and isinstance(engine, TesseractOcr):
        rereads = engine.reread_dates and draft.date is None
        second = replace(engine, psm=SECOND_PSM, reread_dates=rereads)
        draft, passes = merge_drafts(draft, parse(second.read(image))), 2
        _stop_if(cancelled)
    if third is None or not needs_third_reading(draft):
        return draft, passes
    merged = _optional_reading(lambda: third_reading(draft, third, image, parse))
    return (draft, passes) if merged is None else (merged, passes + 1)


def _stop_if(cancelled: Callable[[], bool] | None) -> None:
    if cancelled is not None and cancelled():
        raise Cancelled("receipt reading")


def _optional_reading(read: Callable[[], ReceiptDraft]) -> ReceiptDraft | None:
    """`read()`'s draft, or None when the other engine cannot be loaded or fails: an optional
    reader must not cost the receipt Tesseract read."""
    try:
        return read()
    except RapidOcrUnavailable:  # logged once by the engine
        return None
    except Exception:
        log.exception("The third reading of a receipt failed; keeping Tesseract's")
        return None


def needs_third_reading(draft: ReceiptDraft) -> bool:
    """True when the draft lacks a date or a total, has a doubtful merchant
    (`needs_second_pass`), or has a total read at less than `TOTAL_UNSURE`."""
    if needs_second_pass(draft):
        return True
    return draft.total is not None and draft.confidence.get("total", 0.0) < TOTAL_UNSURE


def third_reading(
    draft: ReceiptDraft,
    third: OcrEngine,
    image: Image.Image,
    parse: Callable[[OcrPage], ReceiptDraft],
) -> ReceiptDraft:
    """`draft` merged with `third`'s reading of the receipt.

    When Tesseract's reading read well (`upright_of`, so its turn can be trusted), `third`
    reads the picture turned upright by the same quarter turns (colours and margins kept;
    its boxes are turned back); else the picture as given. When the date and the total are
    already shown as sure and only the merchant is doubtful, it reads only the header
    (`_header_reading`) and only the merchant is merged.
    """
    upright = upright_of(image)
    if upright is None:
        return merge_drafts(draft, parse(third.read(image)))
    if not (draft.is_confident("date") and draft.is_confident("total")):
        return merge_drafts(draft, parse(_read_turned(third, image, upright.quarter_turns)))
    return _header_reading(draft, third, upright, parse)


def _header_reading(
    draft: ReceiptDraft,
    third: OcrEngine,
    upright: Straightened,
    parse: Callable[[OcrPage], ReceiptDraft],
) -> ReceiptDraft:
    """`draft` with the merchant of `third`'s reading of the top `HEADER_SHARE` of the
    receipt Tesseract made upright (cropped to the paper; `read_part` when the engine has
    it), merged (`merge_drafts`, the merchant only)."""
    picture = upright.image
    header = (0, 0, picture.width, max(1, round(picture.height * HEADER_SHARE)))
    read_part = getattr(third, "read_part", None)  # RapidOcr: the detector at the page's scale
    if read_part is not None:
        page = read_part(picture, header)
    else:
        page = OcrPage(third.read(picture.crop(header)).words, *picture.size)
    return merge_drafts(draft, parse(upright.to_original(page)), ("merchant",))


def _read_turned(engine: OcrEngine, image: Image.Image, turns: int) -> OcrPage:
    """`engine`'s reading of `image` turned `turns` counter-clockwise quarter turns, boxes on
    `image` (each word keeping its place on the turned picture as `layout_box`)."""
    if not turns % 4:
        return engine.read(image)
    turned = image.rotate(90 * turns, expand=True)
    page = engine.read(turned)
    back = (4 - turns % 4) % 4
    words = tuple(
        replace(word, box=_turned(word.box, back, turned.size), layout_box=word.box)
        for word in page.words
    )
    return OcrPage(words, *image.size)


def preview_png(image: Image.Image) -> tuple[bytes, float]:
    """A PNG at most PREVIEW_WIDTH wide, and its scale relative to `image`."""
    scale = min(1.0, PREVIEW_WIDTH / image.width)
    small = image.resize((max(1, int(image.width * scale)), max(1, int(image.height * scale))))
    buffer = io.BytesIO()
    small.save(buffer, format="PNG", optimize=False)
    return buffer.getvalue(), scale
