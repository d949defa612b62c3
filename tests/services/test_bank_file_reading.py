"""A bank file for the window's import: told from receipts by content, read with the columns
remembered for its bank, aimed at an account, previewed."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from lingassist.bank_files import CsvMapping, CsvMappingNeeded
from lingassist.core.errors import UserFacingError
from lingassist.services.bank_file_reading import (
    account_choices,
    bank_file_layout,
    is_bank_file,
    preview_bank_file,
)
from lingassist.services.context import AppContext
from lingassist.services.csv_mappings import remember_mapping
from tests.test_cli_import import OFX_HEAD, OFX_TAIL

GERMAN = (
    "Buchungstag;Verwendungszweck;Betrag (EUR)\n"
    "02.11.2026;REWE SAGT DANKE 44812;-52,10\n"
    "03.11.2026;GEHALT NOVEMBER ACME GMBH;2.500,00\n"
)
UNSURE = "Tag,Text,Wert\n2026-11-02,Rewe,-52.10\n2026-11-03,Acme,2500.00\n"


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_bank_files_are_told_by_content_and_receipts_stay_receipts(tmp_path: Path) -> None:
    ofx = OFX_HEAD + "<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20261102<TRNAMT>-5.00<FITID>1"
    assert is_bank_file(write(tmp_path, "export.dat", ofx + "<NAME>X</STMTTRN>" + OFX_TAIL))
    assert is_bank_file(write(tmp_path, "umsaetze", GERMAN))
    assert is_bank_file(write(tmp_path, "empty.csv", ""))  # the import says it is empty
    photo = tmp_path / "receipt.jpg"
    Image.new("RGB", (20, 20), "white").save(photo)
    assert not is_bank_file(photo)
    assert not is_bank_file(write(tmp_path, "bill.pdf", "%PDF-1.4 ..."))
    assert not is_bank_file(write(tmp_path, "empty.png", ""))
    assert not is_bank_file(write(tmp_path, "notes.txt", "pay 500 EUR to X"))
    assert is_bank_file(write(tmp_path, "export.txt", GERMAN.replace(";", "\t")))


def test_a_file_is_previewed_into_the_default_account(context: AppContext, tmp_path: Path) -> None:
    loaded = preview_bank_file(context, write(tmp_path, "giro.csv", GERMAN))
    assert (loaded.preview.account, loaded.account_reason, loaded.is_csv) == (
        "Checking",
        "default",
        True,
    )
    assert loaded.preview.counts.new == 2
    assert loaded.new_account_name == "Giro"
    assert (loaded.mapping, loaded.remembered) == (None, False)


def test_a_file_in_another_currency_goes_to_a_new_account(
    context: AppContext, tmp_path: Path
) -> None:
    usd = "Date,Description,Amount,Currency\n2026-11-02,TARGET,-20.00,USD\n"
    path = write(tmp_path, "chase_checking.csv", usd)
    loaded = preview_bank_file(context, path)
    assert (loaded.preview.account, loaded.account_reason) == ("Chase checking", "currency")
    assert (loaded.preview.account_is_new, loaded.preview.currency) == (True, "USD")
    with pytest.raises(UserFacingError, match="is in USD, but Checking holds EUR: choose"):
        preview_bank_file(context, path, "Checking")


def test_a_remembered_mapping_reads_the_next_file_of_that_bank(
    context: AppContext, tmp_path: Path
) -> None:
    path = write(tmp_path, "odd.csv", UNSURE)
    with pytest.raises(CsvMappingNeeded) as asked:
        preview_bank_file(context, path)
    layout = asked.value.layout
    mapping = CsvMapping(date=0, amount=2, description=(1,))
    assert preview_bank_file(context, path, mapping=mapping).preview.counts.new == 2
    remember_mapping(context.paths, layout.fingerprint, mapping)
    later = write(tmp_path, "odd-december.csv", UNSURE.replace("Rewe", "Lidl"))
    loaded = preview_bank_file(context, later)
    assert (loaded.mapping, loaded.remembered, loaded.preview.counts.new) == (mapping, True, 2)
    assert bank_file_layout(context, later).suggested.amount == 2


def test_remembered_columns_that_do_not_fit_ask_again(context: AppContext, tmp_path: Path) -> None:
    path = write(tmp_path, "odd.csv", UNSURE)
    with pytest.raises(CsvMappingNeeded) as asked:
        preview_bank_file(context, path)
    remember_mapping(context.paths, asked.value.layout.fingerprint, CsvMapping(date=0, amount=7))
    with pytest.raises(CsvMappingNeeded):
        preview_bank_file(context, path)


def test_account_choices_put_the_default_first(context: AppContext) -> None:
    assert account_choices(context)[0] == ("Checking", "EUR")
    assert ("Cash", "EUR") in account_choices(context)
