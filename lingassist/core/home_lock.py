"""Who has a home open: every process that opens a home holds a shared lock on its
``.open.lock`` file; replacing the ledger (a restore) needs the lock alone.

A restore swaps ``ledger.sqlite3`` for another file. A window (or any process) that still
had the old file open would go on writing into the replaced file, and those writes would be
lost without a word. So a restore first asks for the lock exclusively, and is refused while
any other process holds it. The operating system drops a process's locks when it exits or
is killed, so a crash never leaves a home locked.

POSIX ``flock`` locks; on a system without them (Windows) every check passes.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from lingassist.core.errors import UserFacingError
from lingassist.core.private_files import PRIVATE_FILE

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

LOCK_NAME = ".open.lock"


class HomeInUse(UserFacingError):
    """Another process has the home open, so its ledger cannot be replaced now."""


_held: dict[Path, int] = {}  # home → descriptor of its lock file, one per home per process


def hold_shared(home: Path) -> None:
    """Note that this process has `home` open (idempotent; held until the process ends)."""
    if fcntl is None or home.resolve() in _held:
        return
    descriptor = os.open(home / LOCK_NAME, os.O_RDWR | os.O_CREAT, PRIVATE_FILE)
    os.chmod(home / LOCK_NAME, PRIVATE_FILE)
    fcntl.flock(descriptor, fcntl.LOCK_SH)
    _held[home.resolve()] = descriptor


@contextmanager
def alone_in(home: Path) -> Iterator[None]:
    """Hold `home` exclusively for the block (a restore), then go back to a shared hold.
    Other processes that open the home meanwhile wait for the block to end.

    Raises:
        HomeInUse: another process has the home open; nothing was done.
    """
    if fcntl is None:
        yield
        return
    hold_shared(home)
    descriptor = _held[home.resolve()]
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        fcntl.flock(descriptor, fcntl.LOCK_SH)  # a refused upgrade may have dropped it
        raise HomeInUse(
            f"LingAssist is open on {home} in another window or process. Close it first "
            "(or restore from that window's Settings → Backups); nothing was changed."
        ) from None
    try:
        yield
    finally:
        fcntl.flock(descriptor, fcntl.LOCK_SH)


def release(home: Path) -> None:
    """Stop holding `home` open (tests, and a process that opens another home)."""
    descriptor = _held.pop(home.resolve(), None)
    if descriptor is not None:
        os.close(descriptor)
