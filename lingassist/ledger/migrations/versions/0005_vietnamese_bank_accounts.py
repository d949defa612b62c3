"""Payees and stored payment drafts may name a bank account in Vietnam instead of an IBAN:
`bank_bin` (the bank's NAPAS BIN, "970436") and `account_number`. Existing rows get ""
(an IBAN payee, as before).

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0005"
down_revision: str | Sequence[str] | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TEXT = sqlmodel.sql.sqltypes.AutoString
_TABLES = ("payees", "payment_drafts")
_COLUMNS = ("bank_bin", "account_number")


def upgrade() -> None:
    """Upgrade schema."""
    # Not a batch: SQLite adds a column in place (no copy of the table, foreign keys kept).
    for table in _TABLES:
        for name in _COLUMNS:
            op.add_column(table, sa.Column(name, _TEXT(), nullable=False, server_default=""))


def downgrade() -> None:
    """Downgrade schema."""
    # SQLite >= 3.35 drops a plain column in place.
    for table in reversed(_TABLES):
        for name in reversed(_COLUMNS):
            op.drop_column(table, name)
