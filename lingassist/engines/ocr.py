"""Tesseract OCR, reached through pytesseract (the engine proper arrives with receipts)."""

from __future__ import annotations

import pytesseract


def tesseract_version() -> str | None:
    """The installed Tesseract's version, or None when the program is missing."""
    try:
        return str(pytesseract.get_tesseract_version())
    except (pytesseract.TesseractNotFoundError, OSError):
        return None
