"""Receipt photos on a shared ledger: the bytes go into the database (``attachment_blobs``)
with the entry, so the other person's computer can show them; each computer keeps a copy
in its own attachments folder (written when first needed). A SQLite ledger keeps photos in
the folder only, as before.

Why the database and not a shared folder: it is already reachable, authenticated and
encrypted (TLS) from both computers, a photo is written in the same transaction as its
entry (never an entry without its photo, or the reverse), and the server's backup holds
both; a shared folder would need the same mount on every computer. Measured
(bench/receipt_storage.py): a 1.5 MB photo takes ~13 ms to write and read as bytea.
"""

from __future__ import annotations

from sqlalchemy import select

from lingassist.core.private_files import private_folder, write_private
from lingassist.ledger.sessions import Session
from lingassist.ledger.tables import attachment_blobs, attachments
from lingassist.services.attachments import StoredFile, stored_path
from lingassist.services.context import AppContext


def shares_photos(context: AppContext) -> bool:
    """True when the ledger lives on a database server (photos go into it)."""
    return context.database.engine.dialect.name != "sqlite"


def keep_in_database(context: AppContext, stored: StoredFile, session: Session) -> None:
    """Put a stored file's bytes into the shared ledger, inside the caller's transaction
    (once per content)."""
    if not shares_photos(context):
        return
    if session.scalar(
        select(attachment_blobs.c.sha256).where(attachment_blobs.c.sha256 == stored.sha256)
    ):
        return
    path = stored_path(context.paths, stored.stored_name)
    if not path.is_file():  # nothing to share (the entry still names it)
        return
    data = path.read_bytes()
    session.execute(attachment_blobs.insert().values(sha256=stored.sha256, data=data))


def fetch_photos(context: AppContext, transaction_id: int | None = None) -> int:
    """Copy into this computer's attachments folder the photos the shared ledger holds but
    the folder does not (of one transaction, or all); how many were written."""
    if not shares_photos(context):
        return 0
    written = 0
    with context.database.sessions() as session:
        query = select(attachments.c.stored_name, attachments.c.sha256)
        if transaction_id is not None:
            query = query.where(attachments.c.transaction_id == transaction_id)
        rows = session.execute(query)
        for stored_name, sha256 in rows.all():
            target = stored_path(context.paths, stored_name)
            if target.exists():
                continue
            data = session.scalar(
                select(attachment_blobs.c.data).where(attachment_blobs.c.sha256 == sha256)
            )
            if data is None:
                continue  # attached before photos were shared: only its first computer has it
            private_folder(target.parent)
            write_private(target, data)
            written += 1
    return written
