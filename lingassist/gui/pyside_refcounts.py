"""A guard against a reference-count bug in PySide6 on Python 3.11.

PySide6 (6.12 here) gives back a reference to ``None``, ``True`` or ``False`` that it never
took in some calls: reading an unset ``QObject.property()``, an item's data past the end
of a combo box, a Python ``paintEvent`` override, and others. From Python 3.12 on these
three objects are immortal and such a slip is harmless. On 3.11 each slip lowers their
count for good; once enough have happened, the count reaches zero while the interpreter
tears down and the process aborts ("bool_dealloc: deallocating True or False", "none_dealloc"),
or, in a very long session, while it runs. A run of the GUI tests reached that point.

`make_singletons_immortal` does what Python 3.12 does: it gives the three objects so many
references that no run can use them up. Nothing else changes: they are never freed
anyway while the interpreter lives.
"""

from __future__ import annotations

import ctypes
import platform
import sys

_BALLAST = 1 << 40  # far more slips than any process can make (3.12 uses a similar count)


def make_singletons_immortal() -> None:
    """Raise the reference counts of None, True and False out of reach (CPython < 3.12
    only; a no-op where they are immortal already or the count is not a plain field)."""
    if sys.version_info >= (3, 12) or platform.python_implementation() != "CPython":
        return
    if hasattr(sys, "gettotalrefcount"):  # a debug build keeps its own accounting
        return
    for singleton in (None, True, False):
        count = ctypes.c_ssize_t.from_address(id(singleton))  # ob_refcnt, the first field
        if count.value < _BALLAST:
            count.value += _BALLAST
