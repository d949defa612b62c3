"""Private by default: folders 0700 and files 0600, whatever the process umask.

A ledger, its receipts and its logs say a lot about a person, so everything LingAssist
writes is readable by its owner only. The modes are given when a file or folder is
created (``os.open(..., 0o600)``, ``mkdir(mode=0o700)``) and then set explicitly with
``chmod``, because a umask can only take permissions away and an existing file keeps the
mode it was made with. The process umask itself is never changed (it is process-wide and
other threads may be creating files).
"""

from __future__ import annotations

import os
from io import TextIOWrapper
from logging.handlers import RotatingFileHandler
from pathlib import Path

PRIVATE_FOLDER = 0o700
PRIVATE_FILE = 0o600


def private_folder(path: Path) -> Path:
    """Create `path` (and missing parents) if needed and make it 0700; return it.

    Only `path` itself is made private: parents that already exist (the person's own
    folders) are left as they are.
    """
    path.mkdir(mode=PRIVATE_FOLDER, parents=True, exist_ok=True)
    os.chmod(path, PRIVATE_FOLDER)
    return path


def private_file(path: Path) -> Path:
    """Create `path` empty if it does not exist, and make it 0600; return it.

    Used before another library creates the file with the umask's mode (SQLite creates a
    database's ``-wal`` and ``-shm`` with the database file's mode, so a 0600 database
    gives 0600 companions).
    """
    os.close(os.open(path, os.O_RDONLY | os.O_CREAT, PRIVATE_FILE))
    os.chmod(path, PRIVATE_FILE)  # chmod, not fchmod: Windows has no fchmod before 3.13
    return path


def make_private(path: Path) -> None:
    """Make an existing file 0600 (nothing when it does not exist)."""
    if path.is_file():
        os.chmod(path, PRIVATE_FILE)


def write_private(path: Path, data: bytes) -> Path:
    """Write `data` to `path` (replacing any content) as a 0600 file; return the path."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE)
    with os.fdopen(descriptor, "wb") as handle:
        os.chmod(path, PRIVATE_FILE)  # an existing file keeps its old mode otherwise
        handle.write(data)
    return path


class PrivateRotatingFileHandler(RotatingFileHandler):
    """A rotating log file whose every file (the current one and each rolled-over one) is
    0600: logs can name merchants, amounts and paths."""

    def _open(self) -> TextIOWrapper:  # type: ignore[override]
        private_file(Path(self.baseFilename))
        return super()._open()
