"""Stored payment drafts, and the funding account's own IBAN, BIC and holder name.

`payment_drafts` keeps a payment the person drafted (``say "pay …"``) until they confirm
or discard it; a confirmed draft points at its pending transaction. The three new
`accounts` columns let a SEPA file name the debtor without asking every time; existing
accounts get "" (not set).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0002"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TEXT = sqlmodel.sql.sqltypes.AutoString
_ACCOUNT_COLUMNS = ("iban", "bic", "holder_name")


def upgrade() -> None:
    """Upgrade schema."""
    with op.batch_alter_table("accounts", schema=None) as batch_op:
        for name in _ACCOUNT_COLUMNS:
            batch_op.add_column(sa.Column(name, _TEXT(), nullable=False, server_default=""))

    op.create_table(
        "payment_drafts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("payee", _TEXT(), nullable=False),
        sa.Column("iban", _TEXT(), nullable=False),
        sa.Column("bic", _TEXT(), nullable=False),
        sa.Column("amount_minor", sa.BigInteger(), nullable=False),
        sa.Column("currency", _TEXT(length=3), nullable=False),
        sa.Column("execution_date", sa.Date(), nullable=False),
        sa.Column("reference", _TEXT(), nullable=False),
        sa.Column("account", _TEXT(), nullable=False),
        sa.Column("source", _TEXT(), nullable=False),
        sa.Column("status", _TEXT(), nullable=False),
        sa.Column("transaction_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["transaction_id"], ["transactions.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("payment_drafts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_payment_drafts_status"), ["status"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_payment_drafts_transaction_id"), ["transaction_id"], unique=False
        )


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table("payment_drafts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_payment_drafts_transaction_id"))
        batch_op.drop_index(batch_op.f("ix_payment_drafts_status"))

    op.drop_table("payment_drafts")
    # Not a batch: re-creating `accounts` would break the foreign keys pointing at it;
    # SQLite >= 3.35 drops a plain column in place.
    for name in reversed(_ACCOUNT_COLUMNS):
        op.drop_column("accounts", name)
