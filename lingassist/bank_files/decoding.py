"""Bytes of a bank file -> text, and what kind of file the bytes are.

Banks export UTF-8 (with or without a byte order mark), UTF-16 (Excel's "Unicode text"),
and Windows-1252 / ISO-8859-1 (German and French banks, Nationwide's "£"). UTF-8 is tried
strictly first: cp1252 text almost never decodes as UTF-8 by accident.
"""

from __future__ import annotations

import codecs

from lingassist.core.errors import UserFacingError
from lingassist.core.phrases import Phrase, phrase

READ_FORMATS = "CSV, OFX/QFX, QIF and ISO 20022 CAMT.053/052/054 XML"

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Magic numbers of files people drop by mistake, and what to say about them.
_NOT_BANK_FILES = (
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive or an Excel/OpenDocument workbook (.xlsx, .ods)"),
    (b"\xd0\xcf\x11\xe0", "an old Excel (.xls) or Word document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"RIFF", "a sound or WebP file"),
    (b"ID3", "an MP3 sound file"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"SQLite format 3", "a SQLite database"),
)


def decode_bank_bytes(data: bytes, name: str, declared: str = "") -> tuple[str, str]:
    """The text of a bank file and the encoding it was read with.

    `declared` is an encoding the file names itself (an OFX CHARSET, an XML declaration);
    it wins when the bytes decode with it.

    Raises:
        UserFacingError: the file is empty, or is a known non-text kind (PDF, workbook,
            image...); the message says what it is and which formats are read.
    """
    if not data.strip():
        raise UserFacingError(phrase("{name} is empty: there is nothing to import.", name=name))
    for index, (magic, _) in enumerate(_NOT_BANK_FILES):
        if data.startswith(magic):
            raise UserFacingError(
                phrase(
                    "{name} is {what}, not a bank statement file. LingAssist reads {formats}; "
                    "export the statement from your bank in one of these.",
                    name=name,
                    what=phrase(_NOT_BANK_FILES[index][1]),
                    formats=_read_formats(),
                )
            )
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _decode(data, encoding, name), encoding.removesuffix("-sig")
    if declared:
        try:
            return data.decode(declared), declared
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if b"\x00" in data[:4096]:
        raise not_a_bank_file(name, phrase("binary data"))
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:  # 0x81, 0x8d, 0x8f, 0x90, 0x9d: not Windows-1252
        return data.decode("latin-1"), "iso-8859-1"


def not_a_bank_file(name: str, what: Phrase) -> UserFacingError:
    """The error for a file that is no bank statement: what it seems to be, what is read."""
    return UserFacingError(
        phrase(
            "{name} is {what}, not a bank statement LingAssist can read. It reads {formats} "
            "files; export the statement from your bank in one of these.",
            name=name,
            what=what,
            formats=_read_formats(),
        )
    )


def _read_formats() -> Phrase:
    return phrase("CSV, OFX/QFX, QIF and ISO 20022 CAMT.053/052/054 XML")  # READ_FORMATS


def _decode(data: bytes, encoding: str, name: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        what = phrase("text that is not valid {encoding}", encoding=encoding)
        raise not_a_bank_file(name, what) from exc
