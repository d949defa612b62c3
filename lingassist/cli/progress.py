"""A progress bar on standard error for commands that work through many files or a long one."""

from __future__ import annotations

import sys
from typing import TextIO

WIDTH = 24


class ProgressBar:
    """``[#######.........]  3/10  receipt.jpg`` redrawn in place on a terminal; on a pipe,
    one plain line per step so logs stay readable.

    `advance` counts finished items out of `total` (scan); `update` shows a share of one
    long job instead (transcribe: ``[#####...] 3:20 of 14:02 (24%)``).
    """

    def __init__(self, total: int, label: str, stream: TextIO | None = None) -> None:
        self.total = max(total, 1)
        self.label = label
        self.done = 0
        self._stream = stream or sys.stderr
        self._live = self._stream.isatty()
        self._line_open = False

    def advance(self, item: str) -> None:
        """Count one finished item and show it."""
        self.done += 1
        self._draw(WIDTH * self.done // self.total, f"{self.done}/{self.total}  {item}")

    def update(self, fraction: float, item: str) -> None:
        """Show that `fraction` (0..1) of the job is done, with `item` saying where it is."""
        fraction = min(max(fraction, 0.0), 1.0)
        self._draw(int(WIDTH * fraction), f"{item} ({int(fraction * 100)}%)")

    def close(self) -> None:
        """End the bar's line on a terminal (when anything was drawn)."""
        if self._line_open:
            self._stream.write("\n")
            self._stream.flush()
            self._line_open = False

    def _draw(self, filled: int, tail: str) -> None:
        bar = "#" * filled + "." * (WIDTH - filled)
        line = f"{self.label} [{bar}] {tail}"
        if self._live:
            self._stream.write("\r\033[K" + line[:120])
            self._line_open = True
        else:
            self._stream.write(line + "\n")
        self._stream.flush()
