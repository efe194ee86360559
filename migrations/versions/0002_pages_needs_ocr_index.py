"""PDF import (issue 3): an index on pages.needs_ocr, so `foia ocr` finds the pages waiting for OCR
without scanning every page of the database.

Revision ID: 0002
Revises: 0001
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("pages") as batch:
        batch.create_index("ix_pages_needs_ocr", ["needs_ocr"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("pages") as batch:
        batch.drop_index("ix_pages_needs_ocr")
