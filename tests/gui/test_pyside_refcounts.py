"""The window's guard against PySide6 losing references to None/True/False on Python 3.11
(a full GUI test run aborted in "bool_dealloc" at exit without it)."""

from __future__ import annotations

import sys

import pytest

import lingassist.gui  # noqa: F401 - importing the window package installs the guard
from lingassist.gui.pyside_refcounts import make_singletons_immortal


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="immortal in Python 3.12 and later")
def test_none_true_and_false_cannot_run_out_of_references() -> None:
    for singleton in (None, True, False):
        assert sys.getrefcount(singleton) > 1 << 39


def test_the_guard_can_run_twice_without_growing_further() -> None:
    before = sys.getrefcount(None)
    make_singletons_immortal()
    assert abs(sys.getrefcount(None) - before) < 1 << 20
