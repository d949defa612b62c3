"""Two people on one ledger (a PostgreSQL server): each change set and transaction records
who entered it (`entered_by`, "" for what came before), so that undo walks a person's own
changes; and `ledger_state.version`, one row that every change, undo and redo counts up,
which another window polls to reload when someone else changed the ledger.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0006"
down_revision: str | Sequence[str] | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TEXT = sqlmodel.sql.sqltypes.AutoString


def upgrade() -> None:
    """Upgrade schema."""
    # Not a batch: both engines add a column in place (no copy, foreign keys kept).
    for table in ("transactions", "change_sets"):
        op.add_column(table, sa.Column("entered_by", _TEXT(), nullable=False, server_default=""))
    op.create_index(op.f("ix_change_sets_entered_by"), "change_sets", ["entered_by"])
    state = op.create_table(
        "ledger_state",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.BigInteger(), nullable=False, server_default="0"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.bulk_insert(state, [{"id": 1, "version": 0}])


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_table("ledger_state")
    op.drop_index(op.f("ix_change_sets_entered_by"), table_name="change_sets")
    for table in ("change_sets", "transactions"):
        op.drop_column(table, "entered_by")
