"""The window (PySide6). Importing any part of it first guards against PySide6's lost
references to None/True/False on Python 3.11 (see `pyside_refcounts`)."""

from lingassist.gui.pyside_refcounts import make_singletons_immortal

make_singletons_immortal()
