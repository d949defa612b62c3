"""The evidence package: a zip with a period's transactions (the CSV export) and their
receipt photos, for a tax advisor or an expense report.

Inside: ``README.txt`` (what the package holds and how to read it),
``transactions.csv`` (as the CSV export; its Receipt column gives each photo's path in the
zip) and ``receipts/2026-11-03_tx123_blue-bottle.jpg``..., named by the day, the
transaction and the merchant so that they sort by date and pair with their rows. A photo
missing from the home is listed in the README and marked "(missing)" in its row. Photos
(already compressed) are stored as they are; the CSV is deflated. Every entry is dated on
its transaction's day and carries mode 0600, as the zip itself.
"""

from __future__ import annotations

import io
import shutil
import zipfile
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import IO, BinaryIO

from lingassist.exports.csv_table import ENCODING, write_csv
from lingassist.exports.names import receipt_names
from lingassist.exports.plain_text import period_words
from lingassist.exports.records import ExportAttachment, LedgerSnapshot

CSV_NAME = "transactions.csv"
README_NAME = "README.txt"
MISSING = " (missing)"
PRIVATE_ENTRY = 0o100600 << 16  # a regular file, read and write for its owner only
_COMPRESSED = {".jpg", ".jpeg", ".png", ".heic", ".heif", ".webp", ".gif", ".pdf", ".zip"}


@dataclass(frozen=True)
class EvidenceSummary:
    """What an evidence zip holds.

    Attributes:
        rows: CSV rows (after the header).
        transactions: transactions in the CSV.
        receipts: photos put in the zip.
        missing: zip names of photos the ledger lists but the home no longer has.
    """

    rows: int
    transactions: int
    receipts: int
    missing: tuple[str, ...]


def write_evidence(
    snapshot: LedgerSnapshot, handle: BinaryIO, photos: Path, *, written: datetime
) -> EvidenceSummary:
    """Write the evidence zip of `snapshot` to `handle`, taking photos from the `photos`
    folder (the home's attachments folder)."""
    names = receipt_names(snapshot.transactions)
    sources = {a.id: (t.date, a) for t in snapshot.transactions for a in t.attachments}
    found = {i: path for i, (_, a) in sources.items() if (path := _photo(photos, a))}
    missing = tuple(names[i] for i in sources if i not in found)
    shown = {i: name if i in found else name + MISSING for i, name in names.items()}
    with zipfile.ZipFile(handle, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        summary = EvidenceSummary(0, len(snapshot.transactions), len(found), missing)
        _write_text(archive, README_NAME, _readme(snapshot, summary, written), written)
        with _entry(archive, CSV_NAME, written, zipfile.ZIP_DEFLATED) as raw:
            text = io.TextIOWrapper(raw, encoding=ENCODING, newline="")
            rows = write_csv(snapshot, text, shown)
            text.flush()
            text.detach()
        for attachment_id, path in found.items():
            day = sources[attachment_id][0]
            name = names[attachment_id]
            with (
                _entry(archive, name, _noon(day), _compression(name), path.stat().st_size) as raw,
                path.open("rb") as photo,
            ):
                shutil.copyfileobj(photo, raw, 1 << 20)
    return EvidenceSummary(rows, len(snapshot.transactions), len(found), missing)


def _photo(photos: Path, attachment: ExportAttachment) -> Path | None:
    """The stored photo's path, if it is a file inside the photos folder."""
    path = (photos / attachment.stored_name).resolve()
    if not path.is_relative_to(photos.resolve()) or not path.is_file():
        return None
    return path


def _entry(
    archive: zipfile.ZipFile, name: str, when: datetime, compression: int, size: int = 0
) -> IO[bytes]:
    """A new entry to write into. Zip64 records are used only for a photo of 2 GiB or
    more (`size`), so that every unzip tool reads the package."""
    info = zipfile.ZipInfo(name, date_time=_zip_time(when))
    info.external_attr = PRIVATE_ENTRY
    info.compress_type = compression
    info.file_size = size
    return archive.open(info, "w", force_zip64=size >= zipfile.ZIP64_LIMIT)


def _write_text(archive: zipfile.ZipFile, name: str, text: str, when: datetime) -> None:
    with _entry(archive, name, when, zipfile.ZIP_DEFLATED) as raw:
        raw.write(text.encode("utf-8"))


def _compression(name: str) -> int:
    suffix = name[name.rfind(".") :].lower() if "." in name else ""
    return zipfile.ZIP_STORED if suffix in _COMPRESSED else zipfile.ZIP_DEFLATED


def _noon(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 12)


def _zip_time(when: datetime) -> tuple[int, int, int, int, int, int]:
    """A zip entry's time; zip cannot hold a date before 1980."""
    when = max(when, datetime(1980, 1, 1))
    return (when.year, when.month, when.day, when.hour, when.minute, when.second)


def _readme(snapshot: LedgerSnapshot, summary: EvidenceSummary, written: datetime) -> str:
    period = snapshot.period
    lines = [
        f"LingAssist evidence package: {period_words(period)}",
        f"Made {written:%Y-%m-%d %H:%M}.",
        "",
        f"{CSV_NAME}: {summary.transactions} transactions, one row per category line",
        "  (a split has one row per category). UTF-8; amounts are exact, negative for",
        "  money out of the account. The Transaction column is LingAssist's number.",
        f"receipts/: {summary.receipts} receipt photo(s). The Receipt column of each row",
        "  gives the photo's path in this zip; the file name starts with the",
        "  transaction's date and number (2026-11-03_tx123_...).",
    ]
    if summary.missing:
        lines += ["", "Photos the ledger lists but that were not found (marked (missing)):"]
        lines += [f"  {name}" for name in summary.missing]
    return "\r\n".join(lines) + "\r\n"
