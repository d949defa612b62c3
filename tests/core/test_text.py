"""Text entering the ledger is safe to store and to print."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lingassist.core.text import clean_text


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("Corner\x1b[2J Shop\x07", "Corner[2J Shop"),  # ESC and BEL: a terminal would obey
        ("Line one\r\nline two", "Line one line two"),
        ("\u202etxt.exe", "txt.exe"),  # a right-to-left override reorders what is shown
        ("Caf\u00e9 \ud800Noir", "Caf\u00e9 Noir"),  # a lone surrogate cannot be stored
        ("  Blue   Bottle  ", "Blue Bottle"),
    ],
)
def test_unsafe_characters_are_removed(raw: str, clean: str) -> None:
    assert clean_text(raw) == clean


@given(st.text())
def test_clean_text_is_printable_utf8_and_stable(raw: str) -> None:
    cleaned = clean_text(raw)
    cleaned.encode("utf-8")
    assert all(ord(c) >= 0x20 and not 0x7F <= ord(c) <= 0x9F for c in cleaned)
    assert clean_text(cleaned) == cleaned
