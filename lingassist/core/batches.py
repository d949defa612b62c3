"""Helpers for work on many objects at once (a bank file of 100,000 lines)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused_gc() -> Iterator[None]:
    """Python's cycle collector paused for a batch: a 100k-line file makes a million small
    objects that hold no cycles, and the collector walking them again and again doubled an
    import's time (reading the file: a quarter of it). It runs again (and catches up) when
    the batch is done; nested pauses leave it paused until the outermost one ends."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
