"""One entry point for every bank file: the format is told by the content, not the name.

A ".csv" that is really an OFX download, or a CAMT statement saved as ".txt", is read as
what it is; a PDF, a workbook or a photo dropped by mistake is named as such.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from lingassist.bank_files.camt import is_camt, read_camt
from lingassist.bank_files.csv_layout import CsvLayout, CsvMapping
from lingassist.bank_files.csv_reader import inspect_csv, read_csv
from lingassist.bank_files.decoding import decode_bank_bytes, not_a_bank_file
from lingassist.bank_files.ofx import declared_encoding, read_ofx
from lingassist.bank_files.qif import read_qif
from lingassist.core.bank_lines import BankStatement
from lingassist.core.batches import paused_gc
from lingassist.core.errors import UserFacingError
from lingassist.core.phrases import Phrase, phrase

MAX_BYTES = 256 * 1024 * 1024  # a statement is never this large; anything bigger is a mistake
_HEAD = 4096
_QIF_START = re.compile(r"\s*!(type|account|option|clear)\b", re.IGNORECASE)
_OFX_START = re.compile(r"OFXHEADER|<\?OFX|<OFX>", re.IGNORECASE)


def read_bank_file(
    path: Path, *, currency_hint: str, mapping: CsvMapping | None = None
) -> BankStatement:
    """Every line of a bank statement file, with the lines it could not read and why.

    CSV, OFX/QFX, QIF and CAMT.053/052/054 are told apart by content. `currency_hint` is the
    account's currency, used when the file names none (QIF, most CSVs). `mapping` says which
    CSV column is what, when a person chose it (see `CsvMappingNeeded`); other formats
    ignore it.

    Raises:
        CsvMappingNeeded: a CSV whose columns the reader will not guess; its `layout` has
            the columns and samples for a mapping dialog.
        UserFacingError: the file is missing, empty, too large, damaged, or not a bank
            statement (the message says what it seems to be and which formats are read).
    """
    with paused_gc():
        statement = _read(path, currency_hint, mapping)
    hint = currency_hint.strip().upper()
    if hint and statement.currency and statement.currency != hint:
        note = phrase(
            "The file's amounts are in {currency}, not {hint}.",
            currency=statement.currency,
            hint=hint,
        )
        said = statement.said_notes or tuple(Phrase(text) for text in statement.notes)
        statement = replace(
            statement, notes=(*statement.notes, note.text), said_notes=(*said, note)
        )
    return statement


def _read(path: Path, currency_hint: str, mapping: CsvMapping | None) -> BankStatement:
    data = _read_bytes(path)
    kind = detect_format(data, path.name)
    if kind == "camt":
        return read_camt(data, name=path.name, currency_hint=currency_hint)
    text, encoding = decode_bank_bytes(data, path.name, declared_encoding(data[:_HEAD]))
    if kind == "ofx":
        return read_ofx(text, name=path.name, currency_hint=currency_hint)
    if kind == "qif":
        return read_qif(text, name=path.name, currency_hint=currency_hint)
    return read_csv(
        text, name=path.name, encoding=encoding, currency_hint=currency_hint, mapping=mapping
    )


def inspect_bank_csv(
    path: Path, *, currency_hint: str, mapping: CsvMapping | None = None
) -> CsvLayout:
    """The columns, roles and samples the CSV reader sees in `path`, for a mapping dialog
    (also when it is sure, so a person can correct it).

    Raises:
        UserFacingError: the file is not a CSV bank file (see `read_bank_file`).
    """
    data = _read_bytes(path)
    kind = detect_format(data, path.name)
    if kind != "csv":
        raise UserFacingError(
            phrase(
                "{name} is a {kind} file: its columns are fixed, there is nothing to choose.",
                name=path.name,
                kind=kind.upper(),
            )
        )
    text, encoding = decode_bank_bytes(data, path.name)
    return inspect_csv(
        text, name=path.name, encoding=encoding, currency_hint=currency_hint, mapping=mapping
    )


def detect_format(data: bytes, name: str) -> str:
    """ "csv", "ofx", "qif" or "camt", from the file's first bytes.

    Raises:
        UserFacingError: empty, a known non-statement kind, or XML/JSON/HTML that is not a
            statement.
    """
    text, _ = decode_bank_bytes(data[:_HEAD], name)  # raises for empty, PDF, images...
    head = text.lstrip("\ufeff \t\r\n")
    if _OFX_START.search(head[:2000]):
        return "ofx"
    if head.startswith("<"):
        lowered = head[:2000].lower()
        if is_camt(head[:_HEAD]):
            return "camt"
        if "<html" in lowered or "<!doctype html" in lowered:
            raise not_a_bank_file(name, phrase("a web page (HTML)"))
        raise not_a_bank_file(name, phrase("an XML file that is not a CAMT statement"))
    if _QIF_START.match(head):
        return "qif"
    if head.startswith(("{", "[")):
        raise not_a_bank_file(name, phrase("a JSON file"))
    return "csv"


def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise UserFacingError(
                phrase(
                    "{name} is {size} MB; a bank statement is far smaller. Check that this is "
                    "the right file.",
                    name=path.name,
                    size=f"{size / 1e6:,.0f}",
                )
            )
        return path.read_bytes()
    except FileNotFoundError:
        raise UserFacingError(phrase("{path} does not exist.", path=str(path))) from None
    except IsADirectoryError:
        raise UserFacingError(
            phrase("{path} is a folder, not a bank file.", path=str(path))
        ) from None
    except PermissionError:
        raise UserFacingError(
            phrase("{path} cannot be read (no permission).", path=str(path))
        ) from None
