"""Attribution evidence, agencies a reporter can join on, copies of facts, and numbers as written.

- agencies: FBI ORI, state, type and county; vendors: their web/email domain; pages: the price tables read
  on them (JSON rows of cells), so `foia reextract` reads table costs again without the file.
- every fact kind: `duplicate_of_id` (the first stored fact this one repeats, from a re-saved or scanned
  copy of a record: left out of sums and default listings) with the `fingerprint` that finds it
  (foia.copies), `attribution_confidence`, and
  `attribution_note` (which evidence decided, or why the agency or vendor was left empty).
- costs: `amount_min` may be empty (a cap or "up to" gives only an upper bound); `qualifier` (exact,
  range, approximately, at least, at most), `billing` ("billed annually"), `term` ("2 years", "first year").
- usage counts: `count_max` (the top of a range such as "10 to 20 searches") and `category` (usage or
  outcome: arrests and matches are kept apart from gallery sizes and searches).

SQLite cannot change a column's nullability in place, so the fact tables are rebuilt (Alembic batch
mode); a rebuilt table loses its triggers, and the agency-summary triggers of 0006 are created again.

Revision ID: 0010
Revises: 0009
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FACT_TABLES = ("costs", "usage_counts", "policies")
_LOG = ("INSERT INTO agency_summary_changes (agency_id) SELECT {agency} WHERE {agency} IS NOT NULL AND NOT EXISTS "
        "(SELECT 1 FROM agency_summary_changes WHERE agency_id = {agency})")


def _sqlite_fact_triggers(table: str) -> list[str]:
    """The agency-summary triggers 0006 put on each fact table (same names and bodies)."""
    return [
        f"CREATE TRIGGER {table}_summary_insert AFTER INSERT ON {table} BEGIN {_LOG.format(agency='NEW.agency_id')}; END",
        f"CREATE TRIGGER {table}_summary_delete AFTER DELETE ON {table} BEGIN {_LOG.format(agency='OLD.agency_id')}; END",
        f"CREATE TRIGGER {table}_summary_update AFTER UPDATE ON {table} BEGIN "
        f"{_LOG.format(agency='OLD.agency_id')}; {_LOG.format(agency='NEW.agency_id')}; END",
    ]


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    with op.batch_alter_table("agencies") as batch:
        batch.add_column(sa.Column("ori", sa.String(length=9), nullable=True))
        batch.add_column(sa.Column("state", sa.String(length=2), nullable=True))
        batch.add_column(sa.Column("agency_type", sa.String(length=32), nullable=True))
        batch.add_column(sa.Column("county", sa.String(length=100), nullable=True))
        batch.create_unique_constraint(batch.f("uq_agencies_ori"), ["ori"])
    op.create_index(op.f("ix_agencies_state"), "agencies", ["state"])
    op.add_column("vendors", sa.Column("domain", sa.String(length=253), nullable=True))
    op.add_column("pages", sa.Column("tables", sa.Text(), nullable=True))
    for table in FACT_TABLES:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("duplicate_of_id", sa.Integer(), nullable=True))
            batch.add_column(sa.Column("fingerprint", sa.String(length=40), nullable=True))
            batch.add_column(sa.Column("attribution_confidence", sa.Float(), nullable=True))
            batch.add_column(sa.Column("attribution_note", sa.Text(), nullable=True))
            batch.create_foreign_key(batch.f(f"fk_{table}_duplicate_of_id_{table}"), table, ["duplicate_of_id"], ["id"],
                                     ondelete="SET NULL")
            batch.create_index(batch.f(f"ix_{table}_duplicate_of_id"), ["duplicate_of_id"])
            batch.create_index(batch.f(f"ix_{table}_fingerprint"), ["fingerprint"])
            if table == "costs":
                batch.alter_column("amount_min", existing_type=sa.Numeric(precision=20, scale=6), nullable=True)
                batch.add_column(sa.Column("qualifier", sa.String(length=16), server_default="exact", nullable=False))
                batch.add_column(sa.Column("billing", sa.String(length=32), nullable=True))
                batch.add_column(sa.Column("term", sa.String(length=32), nullable=True))
            if table == "usage_counts":
                batch.add_column(sa.Column("count_max", sa.BigInteger(), nullable=True))
                batch.add_column(sa.Column("category", sa.String(length=16), server_default="usage", nullable=False))
        if sqlite:
            for statement in _sqlite_fact_triggers(table):
                op.execute(f"DROP TRIGGER IF EXISTS {statement.split()[2]}")
                op.execute(statement)


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    for table in FACT_TABLES:
        with op.batch_alter_table(table) as batch:
            if table == "usage_counts":
                batch.drop_column("category")
                batch.drop_column("count_max")
            if table == "costs":
                batch.drop_column("term")
                batch.drop_column("billing")
                batch.drop_column("qualifier")
                batch.alter_column("amount_min", existing_type=sa.Numeric(precision=20, scale=6), nullable=False)
            batch.drop_index(batch.f(f"ix_{table}_fingerprint"))
            batch.drop_index(batch.f(f"ix_{table}_duplicate_of_id"))
            batch.drop_constraint(batch.f(f"fk_{table}_duplicate_of_id_{table}"), type_="foreignkey")
            batch.drop_column("attribution_note")
            batch.drop_column("attribution_confidence")
            batch.drop_column("fingerprint")
            batch.drop_column("duplicate_of_id")
        if sqlite:
            for statement in _sqlite_fact_triggers(table):
                op.execute(f"DROP TRIGGER IF EXISTS {statement.split()[2]}")
                op.execute(statement)
    op.drop_column("pages", "tables")
    op.drop_column("vendors", "domain")
    op.drop_index(op.f("ix_agencies_state"), table_name="agencies")
    with op.batch_alter_table("agencies") as batch:
        batch.drop_constraint(batch.f("uq_agencies_ori"), type_="unique")
        batch.drop_column("county")
        batch.drop_column("agency_type")
        batch.drop_column("state")
        batch.drop_column("ori")
