"""A progress bar on standard error for commands that work through many files."""

from __future__ import annotations

import sys
from typing import TextIO

WIDTH = 24


class ProgressBar:
    """``[#######.........]  3/10  receipt.jpg`` redrawn in place on a terminal; on a pipe,
    one plain line per finished item so logs stay readable."""

    def __init__(self, total: int, label: str, stream: TextIO | None = None) -> None:
        self.total = max(total, 1)
        self.label = label
        self.done = 0
        self._stream = stream or sys.stderr
        self._live = self._stream.isatty()

    def advance(self, item: str) -> None:
        """Count one finished item and show it."""
        self.done += 1
        filled = WIDTH * self.done // self.total
        bar = "#" * filled + "." * (WIDTH - filled)
        line = f"{self.label} [{bar}] {self.done}/{self.total}  {item}"
        if self._live:
            self._stream.write("\r\033[K" + line[:120])
        else:
            self._stream.write(line + "\n")
        self._stream.flush()

    def close(self) -> None:
        """End the bar's line on a terminal."""
        if self._live:
            self._stream.write("\n")
            self._stream.flush()
