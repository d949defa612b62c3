"""Where a shared ledger keeps receipt photos (issue 19): bytea rows in PostgreSQL beside a
content-addressed folder (today's `attachments/`, which a shared folder setting would
point at a NAS share). Writes and reads --count photos of --size bytes (random bytes:
JPEGs do not compress) and prints seconds, MB/s and what the database grew by.

Run: ``.venv/bin/python bench/receipt_storage.py [--count 200] [--size 1500000]``.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import psycopg  # noqa: E402

from tests import pg  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument("--size", type=int, default=1_500_000)
    args = parser.parse_args()
    photos = [os.urandom(args.size) for _ in range(args.count)]
    total_mb = args.count * args.size / 1e6
    server = pg.start_server(fsync=True)
    try:
        with psycopg.connect(server.dsn(), autocommit=True) as connection:
            connection.execute("CREATE TABLE blobs (sha256 text PRIMARY KEY, data bytea NOT NULL)")
            size_before = connection.execute("SELECT pg_database_size('postgres')").fetchone()[0]
            start = time.perf_counter()
            for photo in photos:  # one transaction per photo, as a receipt is saved
                connection.execute(
                    "INSERT INTO blobs VALUES (%s, %s)", (hashlib.sha256(photo).hexdigest(), photo)
                )
            written = time.perf_counter() - start
            keys = [hashlib.sha256(p).hexdigest() for p in photos]
            start = time.perf_counter()
            for key in keys:
                connection.execute("SELECT data FROM blobs WHERE sha256 = %s", (key,)).fetchone()
            read = time.perf_counter() - start
            grown = connection.execute("SELECT pg_database_size('postgres')").fetchone()[0]
            grown -= size_before
    finally:
        server.stop()
    folder = Path(tempfile.mkdtemp(prefix="lingassist-attachments-"))
    try:
        start = time.perf_counter()
        for photo in photos:
            key = hashlib.sha256(photo).hexdigest()
            (folder / key[:2]).mkdir(exist_ok=True)
            path = folder / key[:2] / key
            path.write_bytes(photo)
            with path.open("rb") as handle:
                os.fsync(handle.fileno())
        folder_written = time.perf_counter() - start
        start = time.perf_counter()
        for photo in photos:
            key = hashlib.sha256(photo).hexdigest()
            (folder / key[:2] / key).read_bytes()
        folder_read = time.perf_counter() - start
    finally:
        shutil.rmtree(folder)
    print(f"{args.count} photos of {args.size / 1e6:.1f} MB ({total_mb:.0f} MB)")
    print(f"{'':<28} {'write':>9} {'MB/s':>7} {'read':>9} {'MB/s':>7}")
    for name, w, r in (
        ("PostgreSQL bytea (socket)", written, read),
        ("folder (local disk, fsync)", folder_written, folder_read),
    ):
        print(f"{name:<28} {w:>8.2f}s {total_mb / w:>7.0f} {r:>8.2f}s {total_mb / r:>7.0f}")
    print(f"database grew by {grown / 1e6:.0f} MB for {total_mb:.0f} MB of photos")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
