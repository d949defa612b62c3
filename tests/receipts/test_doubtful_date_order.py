"""Honest confidence of the date: a numeric date that reads as another date in the other
order (08/11/2026) is shown to be checked when the receipt does not tell its order."""

from __future__ import annotations

import shutil
from datetime import date

import pytest

from lingassist.engines.ocr import TesseractOcr
from lingassist.receipts import ReceiptDraft, TextLine, lines_from_words, parse_receipt
from tests.engines.receipt_renders import render

TODAY = date(2026, 11, 23)
PLAIN = (  # no currency mark, no address, no id: nothing says where it is from
    "HARBOUR NOODLE BAR",
    "Table 7  Guests 2",
    "Noodle soup 2x        18.00",
    "Green tea              4.50",
    "TOTAL                 22.50",
    "CARD                  22.50",
)


def _parse(lines: tuple[str, ...], day_first: bool | None = None) -> ReceiptDraft:
    text = [TextLine(line) for line in lines]
    return parse_receipt(text, default_currency="GBP", today=TODAY, day_first=day_first)


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="no tesseract")
def test_a_rendered_receipt_with_an_untold_order_has_its_date_checked() -> None:
    page = TesseractOcr().read(render((*PLAIN, "08/11/2026 19:42")))
    draft = parse_receipt(lines_from_words(page.lines()), default_currency="GBP", today=TODAY)
    assert draft.date == date(2026, 11, 8)  # the person's own order (day first) is kept
    assert draft.is_confident("total")
    assert "date" in draft.doubtful()


@pytest.mark.parametrize("day_first", [True, False])
def test_the_persons_order_is_kept_but_not_shown_as_sure(day_first: bool) -> None:
    draft = _parse((*PLAIN, "08/11/2026 19:42"), day_first)
    assert draft.date == (date(2026, 11, 8) if day_first else date(2026, 8, 11))
    assert not draft.is_confident("date")


@pytest.mark.parametrize(
    "lines",
    [
        (*PLAIN, "25/11/2026 19:42"),  # one order only: 25 is no month
        (*PLAIN, "08/08/2026 19:42"),  # the same date either way
        (*PLAIN, "8 NOV 2026 19:42"),  # a month name
        (*PLAIN, "2026-11-08 19:42"),  # year first
        (*PLAIN[:1], "12 Main St, Springfield, IL 62701", *PLAIN[1:], "11/08/2026 19:42"),  # US
        (*PLAIN, "Datum: 08.11.2026", "USt-IdNr. DE 123 456 789"),  # German VAT id
        (*PLAIN[:4], "TOTAL EUR 22.50", "08/11/2026 19:42"),  # a currency written out
    ],
)
def test_a_date_whose_order_is_told_stays_sure(lines: tuple[str, ...]) -> None:
    assert _parse(lines).is_confident("date")
