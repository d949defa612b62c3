"""Text entering the ledger is safe to store and to print."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lingassist.core.text import _UNSAFE, clean_text


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


def _by_patterns(text: str) -> str:
    """`clean_text` as it was written before its short way for plain ASCII."""
    spaced = re.sub(r"[\t\n\r\v\f]+", " ", text)
    return " ".join(_UNSAFE.sub("", spaced).split())


@given(
    st.text(alphabet=st.characters(max_codepoint=0x3000))
    | st.text(st.characters(max_codepoint=0x7F))
)
def test_plain_ascii_takes_a_short_way_to_the_same_text(text: str) -> None:
    assert clean_text(text) == _by_patterns(text)
