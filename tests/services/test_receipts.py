"""Scanning real rendered receipts with the real Tesseract, and confirming one."""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PIL import Image

from lingassist.core.errors import UserFacingError
from lingassist.core.transactions import TransactionFilter
from lingassist.engines.ocr import OcrPage, OcrWord, TesseractOcr
from lingassist.receipts import ReceiptDraft, TextLine, lines_from_words, parse_receipt
from lingassist.services.context import AppContext
from lingassist.services.entries import find_entries
from lingassist.services.receipt_reading import make_receipt_reader, read_draft, with_home_locale
from lingassist.services.receipts import (
    ScannedReceipt,
    confirm_receipt,
    edits_from_draft,
    scan_receipt,
    sure_to_save,
)
from lingassist.services.settings import add_account

FIXTURES = Path(__file__).parents[1] / "receipts" / "fixtures"
TODAY = date(2026, 11, 23)


@pytest.mark.engine
def test_a_scanned_receipt_becomes_one_expense_with_its_photo(context: AppContext) -> None:
    reader = make_receipt_reader(context)
    scanned = scan_receipt(context, FIXTURES / "eur_supermarket.png", reader)
    assert scanned.draft.total == Decimal("18.78") and scanned.draft.currency == "EUR"
    assert scanned.category == "FOOD_AND_DRINK_GROCERIES"
    assert scanned.preview_png.startswith(b"\x89PNG")
    result = confirm_receipt(context, scanned, edits_from_draft(scanned))
    assert result.row.amount == Decimal("-18.78") and result.row.attachments == 1
    again = scan_receipt(context, FIXTURES / "eur_supermarket.png", reader)
    assert again.duplicate_of == result.row.id
    with pytest.raises(UserFacingError, match="already in the ledger"):
        confirm_receipt(context, again, edits_from_draft(again))
    assert find_entries(context, TransactionFilter())[1] == 1


@pytest.mark.engine
def test_a_photo_without_a_receipt_says_so(context: AppContext, tmp_path: Path) -> None:
    picture = tmp_path / "landscape.png"
    image = Image.new("RGB", (800, 600), "skyblue")
    image.paste(Image.new("RGB", (800, 200), "forestgreen"), (0, 400))
    image.save(picture)
    with pytest.raises(UserFacingError, match="No receipt found|blank|not"):
        scan_receipt(context, picture, make_receipt_reader(context))


def test_missing_fields_are_asked_for(context: AppContext) -> None:
    reader = make_receipt_reader(context)
    scanned = scan_receipt(context, FIXTURES / "eur_supermarket.png", reader)
    with pytest.raises(UserFacingError, match="total is missing"):
        confirm_receipt(context, scanned, replace(edits_from_draft(scanned), total=""))


@dataclass(frozen=True)
class _ScriptedOcr(TesseractOcr):
    """Returns a fixed text per page-segmentation mode and records each reading (the log
    is shared by the copies `read_draft` makes for its second reading)."""

    texts: dict[int, str] = field(default_factory=dict)
    log: list[tuple[int, bool]] = field(default_factory=list)

    def read(self, image: Image.Image) -> OcrPage:
        self.log.append((self.psm, self.reread_dates))
        lines = self.texts[self.psm].splitlines()
        words = [
            OcrWord(text, 0.9, (10 + 60 * column, 20 * row, 50, 15), line=row)
            for row, line in enumerate(lines)
            for column, text in enumerate(line.split())
        ]
        return OcrPage(tuple(words), *image.size)


def _scripted(texts: dict[int, str]) -> tuple[_ScriptedOcr, list[tuple[int, bool]]]:
    engine = _ScriptedOcr(texts=texts)
    return engine, engine.log


def _parse_text(page: OcrPage) -> ReceiptDraft:
    return parse_receipt(lines_from_words(page.lines()), default_currency="MYR", today=TODAY)


@pytest.mark.parametrize(
    ("first", "passes", "second_rereads"),
    [
        ("BINTANG MART SDN BHD\nDate: 02/01/2026\nTOTAL 5.00", 1, None),  # sure of everything
        ("MART\nDate: 02/01/2026\nTOTAL 5.00", 2, False),  # a doubtful name; date known
        ("BINTANG MART SDN BHD\nTOTAL 5.00", 2, True),  # no date: read dates again too
    ],
)
def test_a_second_whole_page_reading_only_when_unsure(
    first: str, passes: int, second_rereads: bool | None
) -> None:
    second = "BINTANG MART SDN BHD\nDate: 02/01/2026\nTOTAL 5.00"
    engine, log = _scripted({4: first, 6: second})
    draft, used = read_draft(engine, Image.new("L", (300, 200), 255), _parse_text)
    assert used == passes == len(log)
    assert draft.merchant == "BINTANG MART SDN BHD" and draft.date == date(2026, 1, 2)
    if second_rereads is not None:
        assert log[1] == (6, second_rereads)


def test_a_receipt_in_its_own_currency_is_saved_in_it(context: AppContext, tmp_path: Path) -> None:
    text = "PHO HA NOI\nNgay 14/10/2025\nPho bo 2 x 55.000 110.000\nTONG CONG 110.000 đ"
    draft = parse_receipt(
        [TextLine(line) for line in text.splitlines()], default_currency="EUR", today=TODAY
    )
    assert (draft.currency, draft.total) == ("VND", Decimal(110000))
    photo = tmp_path / "pho.png"
    Image.new("RGB", (40, 60), "white").save(photo)
    scanned = ScannedReceipt(photo, "0" * 64, draft, None, 0.1)
    assert not sure_to_save(scanned)  # a name from the header alone stays to be checked
    add_account(context, "Tiền mặt", "cash", "VND")
    edits = replace(edits_from_draft(scanned), account="Tiền mặt")
    assert (edits.total, edits.currency) == ("110000", "VND")
    result = confirm_receipt(context, scanned, edits)
    assert (result.row.amount, result.row.currency) == (Decimal(-110000), "VND")


def test_tesseract_is_told_the_persons_locale_unless_given_one() -> None:
    assert with_home_locale(TesseractOcr(), "de_DE").home_locale == "de_DE"  # type: ignore[union-attr]
    told = TesseractOcr(home_locale="vi_VN")
    assert with_home_locale(told, "de_DE") is told


@pytest.mark.sqlite_only  # about pictures, not storage
@pytest.mark.parametrize("turns", [1, 2, 3])
def test_a_box_turns_with_the_picture(turns: int) -> None:
    from PIL import ImageDraw

    from lingassist.services.receipt_reading import turned_boxes

    picture = Image.new("L", (300, 120), 255)
    box = (40, 10, 90, 25)
    ImageDraw.Draw(picture).rectangle((40, 10, 40 + 90 - 1, 10 + 25 - 1), fill=0)
    turned = picture.rotate(90 * turns, expand=True)
    left, top, right, bottom = Image.eval(turned, lambda v: 255 - v).getbbox()
    draft = ReceiptDraft(None, None, None, None, None, None, boxes={"total": (box,)})
    assert turned_boxes(draft, turns, picture.size).boxes["total"] == (
        (left, top, right - left, bottom - top),
    )


@pytest.mark.sqlite_only
@pytest.mark.skipif(shutil.which("tesseract") is None, reason="no tesseract")
def test_a_receipt_stored_sideways_is_shown_upright(context: AppContext, tmp_path: Path) -> None:
    import io

    from tests.engines.receipt_renders import GERMAN, render

    path = tmp_path / "sideways.png"
    upright = render(GERMAN, size=20, width=470)
    upright.rotate(90, expand=True).save(path)
    scanned = make_receipt_reader(context)(path)
    preview = Image.open(io.BytesIO(scanned.preview_png))
    assert preview.width / preview.height == pytest.approx(upright.width / upright.height, 0.02)
    assert scanned.draft.total == Decimal("23.47")
    (left, top, width, height), *_ = scanned.draft.boxes["total"]
    scale = scanned.preview_scale
    assert width > height  # the total's digits run across the upright picture
    assert (left + width) * scale <= preview.width + 1 and (
        top + height
    ) * scale <= preview.height + 1
