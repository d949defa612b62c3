"""Receipt photos where both people see them: on a shared ledger (a database server) each
attached file's bytes are kept once per content in `attachment_blobs` (sha256 -> bytea),
written in the same transaction as the entry; each computer keeps its own copy in the
home's attachments folder as a cache. A SQLite ledger leaves the table empty.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0007"
down_revision: str | Sequence[str] | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table(
        "attachment_blobs",
        sa.Column("sha256", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("sha256"),
    )


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_table("attachment_blobs")
