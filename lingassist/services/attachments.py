"""Keeping copies of attached files in the home folder, named by their content hash.

A copy is written to a temporary name and renamed into place, so a crash never leaves a
half file under a real name; the same photo dropped twice is stored once.
"""

from __future__ import annotations

import hashlib
import mimetypes
import shutil
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

from lingassist.config import AppPaths
from lingassist.core.private_files import private_file, private_folder

CHUNK = 1 << 20


@dataclass(frozen=True)
class StoredFile:
    """A file kept in the attachments folder.

    Attributes:
        sha256: hex digest of the content (its identity).
        stored_name: path relative to the attachments folder ("ab/abcdef….jpg").
        original_name: the file's name where the person had it.
        mime: media type guessed from the name ("image/jpeg").
        size: bytes.
    """

    sha256: str
    stored_name: str
    original_name: str
    mime: str
    size: int


def file_sha256(path: Path) -> str:
    """Hex SHA-256 of a file's content, read in chunks."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def store_file(paths: AppPaths, source: Path, sha256: str | None = None) -> StoredFile:
    """Copy `source` into the attachments folder (once per content) and describe it."""
    digest = sha256 or file_sha256(source)
    stored_name = _stored_name(source, digest)
    target = paths.attachments / stored_name
    if not target.exists():
        private_folder(target.parent)
        temporary = target.with_suffix(target.suffix + ".part")
        private_file(temporary)  # 0600 before the first byte of the photo is written
        shutil.copyfile(source, temporary)
        temporary.replace(target)
    mime = mimetypes.guess_type(source.name)[0] or "application/octet-stream"
    return StoredFile(digest, stored_name, source.name, mime, target.stat().st_size)


def _stored_name(source: Path, digest: str) -> str:
    """Where a file with this content is kept, relative to the attachments folder."""
    return f"{digest[:2]}/{digest}{source.suffix.lower()[:10]}"


@contextmanager
def storing_file(paths: AppPaths, source: Path, sha256: str | None = None) -> Iterator[StoredFile]:
    """`store_file` for a write that may still be refused: when the block raises, a copy
    this call made (and the folder made for it) is removed again, so a refused entry
    leaves no photo behind."""
    target = paths.attachments / _stored_name(source, sha256 or file_sha256(source))
    new_folder, new_file = not target.parent.exists(), not target.exists()
    stored = store_file(paths, source, sha256)
    try:
        yield stored
    except BaseException:
        if new_file:
            target.unlink(missing_ok=True)
        if new_folder:
            with suppress(OSError):  # another photo may have arrived in it meanwhile
                target.parent.rmdir()
        raise


def stored_path(paths: AppPaths, stored_name: str) -> Path:
    """Where a stored attachment lives on disk."""
    return paths.attachments / stored_name
