"""Undo history in the window's language: each change set also keeps its label as a phrase
(`said`: an English template and its values, as JSON, see core.phrase_json), so a French or
Vietnamese window can say "Annuler : ajouter la dépense 12,50 € chez Blue Bottle". The
English `label` stays for the command line and the logs; rows from before keep said NULL
and are shown with their English label.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0008"
down_revision: str | Sequence[str] | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema."""
    # Not a batch: both engines add a nullable column in place (no copy, old rows NULL).
    op.add_column(
        "change_sets", sa.Column("said", sqlmodel.sql.sqltypes.AutoString(), nullable=True)
    )


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_column("change_sets", "said")
