"""What a bank import needs to remember about each transaction it wrote or merged into.

`transactions.bank_reference` keeps the bank's own id of the line (OFX FITID, CAMT
AcctSvcrRef, a CSV reference column) and `transactions.import_key` the line's date, amount
and normalised description, so that importing the same or an overlapping file again adds
nothing. `original_minor` / `original_currency` keep the amount in another currency that
a card payment abroad was made in (the rate paid is the booked amount over it). Existing
transactions get "" / NULL (not from a bank file).

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0004"
down_revision: str | Sequence[str] | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TEXT = sqlmodel.sql.sqltypes.AutoString
_INDEXED = ("bank_reference", "import_key")


def upgrade() -> None:
    """Upgrade schema."""
    # Not a batch: SQLite adds a column in place, while re-creating `transactions` would
    # copy every row and break the foreign keys pointing at it.
    for name in _INDEXED:
        op.add_column("transactions", sa.Column(name, _TEXT(), nullable=False, server_default=""))
        op.create_index(op.f(f"ix_transactions_{name}"), "transactions", [name], unique=False)
    op.add_column("transactions", sa.Column("original_minor", sa.BigInteger(), nullable=True))
    op.add_column(
        "transactions",
        sa.Column("original_currency", sa.String(length=3), nullable=False, server_default=""),
    )


def downgrade() -> None:
    """Downgrade schema."""
    # SQLite >= 3.35 drops a plain column in place.
    op.drop_column("transactions", "original_currency")
    op.drop_column("transactions", "original_minor")
    for name in reversed(_INDEXED):
        op.drop_index(op.f(f"ix_transactions_{name}"), table_name="transactions")
        op.drop_column("transactions", name)
