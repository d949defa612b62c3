"""The person's categorization rules.

`categorization_rules` keeps the ordered rules ("Uber rides → Taxis"): a name, the
category code, whether it is on, and its conditions as JSON (amount bounds in integer
minor units plus a currency). Existing ledgers start with no rules.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0003"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TEXT = sqlmodel.sql.sqltypes.AutoString


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table(
        "categorization_rules",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", _TEXT(), nullable=False),
        sa.Column("category_code", _TEXT(), nullable=False),
        sa.Column("enabled", sa.Boolean(), nullable=False),
        sa.Column("conditions", _TEXT(), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("categorization_rules", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_categorization_rules_position"), ["position"], unique=False
        )


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table("categorization_rules", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_categorization_rules_position"))

    op.drop_table("categorization_rules")
