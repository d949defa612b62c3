"""The receipt card's line under its fields writes the tax, the reading time and the
articles' amounts as the window's locale does: a French window showed 'TVA 1.23 · Lu en
0.7 s' and 'Bio Milk  1.49' (seen in receipts-fr.png); the inbox's line its total
('GREEN LEAF MARKET · 18.78 EUR')."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from lingassist.gui.receipt_card import _details
from lingassist.receipts.draft import LineItem, ReceiptDraft
from lingassist.services.receipts import ScannedReceipt
from tests.gui.locales import default_locale


@pytest.mark.parametrize(
    ("locale", "tax", "seconds", "milk"),
    [
        ("en_IE", "€1.23", "0.7", "€1.49"),
        ("fr_FR", "1,23\u00a0€", "0,7", "1,49\u00a0€"),
        ("vi_VN", "1,23\u00a0€", "0,7", "1,49\u00a0€"),
    ],
)
def test_the_details_write_numbers_as_the_locale_does(
    locale: str, tax: str, seconds: str, milk: str
) -> None:
    draft = ReceiptDraft(
        merchant="Green Leaf Market",
        date=date(2026, 3, 14),
        total=Decimal("18.78"),
        subtotal=None,
        tax=Decimal("1.23"),
        currency="EUR",
        payment_method="visa",
        items=(LineItem("Bio Milk", None, Decimal("1.49")),),
    )
    with default_locale(locale):
        text = _details(ScannedReceipt(Path("r.png"), "0" * 64, draft, None, 0.66))
    assert f"Tax {tax}" in text and f"Read in {seconds} s" in text
    assert f"Bio Milk  {milk}" in text


@pytest.mark.parametrize(
    ("locale", "total"), [("en_IE", "€18.78"), ("fr_FR", "18,78\u00a0€"), ("vi_VN", "18,78\u00a0€")]
)
def test_the_inbox_line_writes_the_total_as_the_locale_does(locale: str, total: str) -> None:
    from lingassist.gui.receipts_view import _summary

    draft = ReceiptDraft(
        merchant="GREEN LEAF MARKET",
        date=None,
        total=Decimal("18.78"),
        subtotal=None,
        tax=None,
        currency="EUR",
        payment_method=None,
    )
    with default_locale(locale):
        line = _summary(ScannedReceipt(Path("r.png"), "0" * 64, draft, None, 0.5))
    assert line == f"\nGREEN LEAF MARKET · {total}"
