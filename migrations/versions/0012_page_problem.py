"""Pages record why their text may be missing or incomplete.

A page PDFium cannot load or render, or that OCR gave up on, used to be stored as a page needing OCR
with nothing to say why; `foia ocr` then failed on it again without a reason. `pages.problem` keeps
the reason (for example "page cannot be rendered for OCR (ValueError: ...)").

Revision ID: 0012
Revises: 0015
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("pages") as batch:
        batch.add_column(sa.Column("problem", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("pages") as batch:
        batch.drop_column("problem")
