"""Where read-only resources live: the source tree, or PyInstaller's bundle folder."""

from __future__ import annotations

import sys
from pathlib import Path


def resource_path(*parts: str) -> Path:
    """Path of a file under ``resources/``, in a checkout and in a PyInstaller bundle.

    PyInstaller unpacks data next to the executable and says where in ``sys._MEIPASS``.
    """
    bundle = getattr(sys, "_MEIPASS", None)
    base = Path(bundle) if bundle else Path(__file__).resolve().parents[2]
    return base.joinpath("resources", *parts)
