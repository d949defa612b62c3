"""Files that are no bank statement are named for what they are, with the formats that are
read; missing files and folders say so. Nothing is guessed from the file name."""

from __future__ import annotations

from pathlib import Path

import pytest

from lingassist.bank_files import detect_format, read_bank_file
from lingassist.core.errors import UserFacingError

FORMATS = "CSV, OFX/QFX, QIF and ISO 20022 CAMT.053/052/054 XML"


@pytest.mark.parametrize(
    ("name", "data", "what"),
    [
        ("statement.csv", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "a PDF document"),
        ("statement.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a PNG image"),
        ("umsatz.xlsx", b"PK\x03\x04\x14\x00\x06\x00", "Excel/OpenDocument workbook"),
        ("old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "old Excel (.xls)"),
        ("export.json", b'{"transactions": [{"amount": 12.5}]}', "a JSON file"),
        ("page.ofx", b"<!DOCTYPE html><html><body>Login</body></html>", "a web page (HTML)"),
        ("note.xml", b'<?xml version="1.0"?><note><to>Bob</to></note>', "not a CAMT statement"),
        (
            "readme.txt",
            b"Dear customer,\nyour statement is attached.\nRegards\n",
            "text with no table of dates and amounts",
        ),
        ("noise.bin", bytes(range(256)) * 4, "binary data"),
    ],
)
def test_not_a_bank_file_says_what_it_is_and_what_is_read(
    name: str, data: bytes, what: str, tmp_path: Path
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(UserFacingError) as raised:
        read_bank_file(path, currency_hint="EUR")
    assert what in str(raised.value)
    assert FORMATS in str(raised.value)


def test_empty_missing_and_folder(tmp_path: Path) -> None:
    (tmp_path / "empty.csv").write_bytes(b"  \r\n")
    with pytest.raises(UserFacingError, match="is empty"):
        read_bank_file(tmp_path / "empty.csv", currency_hint="EUR")
    with pytest.raises(UserFacingError, match="does not exist"):
        read_bank_file(tmp_path / "gone.csv", currency_hint="EUR")
    with pytest.raises(UserFacingError, match="is a folder"):
        read_bank_file(tmp_path, currency_hint="EUR")


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"OFXHEADER:100\nDATA:OFXSGML\n\n<OFX>", "ofx"),
        (b'\xef\xbb\xbf<?xml version="1.0"?>\n<?OFX OFXHEADER="200"?><OFX>', "ofx"),
        (b"\n<OFX><BANKMSGSRSV1>", "ofx"),
        (b"!Type:Bank\nD12/31'25\n", "qif"),
        (b"!Option:AutoSwitch\n!Account\n", "qif"),
        (
            b'<?xml version="1.0"?>'
            b'<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.052.001.08">',
            "camt",
        ),
        (b"Date,Amount\n2025-12-01,1.00\n", "csv"),
    ],
)
def test_format_is_told_by_content(data: bytes, kind: str) -> None:
    assert detect_format(data, "download.txt") == kind
