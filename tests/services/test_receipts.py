"""Scanning real rendered receipts with the real Tesseract, and confirming one."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from PIL import Image

from lingassist.core.errors import UserFacingError
from lingassist.core.transactions import TransactionFilter
from lingassist.services.context import AppContext
from lingassist.services.entries import find_entries
from lingassist.services.receipt_reading import make_receipt_reader
from lingassist.services.receipts import confirm_receipt, edits_from_draft, scan_receipt

FIXTURES = Path(__file__).parents[1] / "receipts" / "fixtures"


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
