"""Extraction (issue 5): facts a human reviewed can be flagged for another look after re-extraction.

`foia reextract` never drops a reviewed fact; when the new extraction no longer finds its quote, the
fact is kept and `needs_rereview` is set.

Revision ID: 0004
Revises: 0003
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FACT_TABLES = ("costs", "usage_counts", "policies")


def upgrade() -> None:
    for table in FACT_TABLES:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("needs_rereview", sa.Boolean(), nullable=False, server_default=sa.false()))


def downgrade() -> None:
    for table in FACT_TABLES:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("needs_rereview")
