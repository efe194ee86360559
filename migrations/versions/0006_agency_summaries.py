"""Precomputed agency summaries, and triggers that log which agencies need recomputing.

Revision ID: 0006
Revises: 0005
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FACT_TABLES = ("costs", "usage_counts", "policies")
# Agencies a message's document concerns: its batch agency and the agencies of facts on its pages.
_DOCUMENT_AGENCIES = " UNION ".join(
    ["SELECT agency_id FROM documents WHERE id = {doc} AND agency_id IS NOT NULL"]
    + [
        f"SELECT f.agency_id FROM {table} f JOIN pages p ON p.id = f.page_id "
        "WHERE p.document_id = {doc} AND f.agency_id IS NOT NULL"
        for table in FACT_TABLES
    ]
)
_LOG = "INSERT INTO agency_summary_changes (agency_id) SELECT {agency} WHERE {agency} IS NOT NULL AND NOT EXISTS " \
    "(SELECT 1 FROM agency_summary_changes WHERE agency_id = {agency})"

_LOG_MANY = "INSERT INTO agency_summary_changes (agency_id) SELECT a.agency_id FROM ({agencies}) a WHERE NOT EXISTS " \
    "(SELECT 1 FROM agency_summary_changes c WHERE c.agency_id = a.agency_id)"


def _sqlite_triggers() -> list[str]:
    statements = []
    for table in (*FACT_TABLES, "documents"):
        statements += [
            f"CREATE TRIGGER {table}_summary_insert AFTER INSERT ON {table} BEGIN "
            f"{_LOG.format(agency='NEW.agency_id')}; END",
            f"CREATE TRIGGER {table}_summary_delete AFTER DELETE ON {table} BEGIN "
            f"{_LOG.format(agency='OLD.agency_id')}; END",
            f"CREATE TRIGGER {table}_summary_update AFTER UPDATE ON {table} BEGIN "
            f"{_LOG.format(agency='OLD.agency_id')}; {_LOG.format(agency='NEW.agency_id')}; END",
        ]
    for event, row in (("INSERT", "NEW"), ("DELETE", "OLD"), ("UPDATE", "NEW")):
        agencies = _DOCUMENT_AGENCIES.format(doc=f"{row}.document_id")
        statements.append(
            f"CREATE TRIGGER messages_summary_{event.lower()} AFTER {event} ON messages BEGIN "
            f"{_LOG_MANY.format(agencies=agencies)}; END"
        )
    return statements


POSTGRES_FUNCTIONS = [
    f"""CREATE FUNCTION foia_log_agency_change() RETURNS trigger AS $$
    BEGIN
      IF TG_OP IN ('UPDATE', 'DELETE') THEN {_LOG.format(agency='OLD.agency_id')}; END IF;
      IF TG_OP IN ('UPDATE', 'INSERT') THEN {_LOG.format(agency='NEW.agency_id')}; END IF;
      RETURN NULL;
    END $$ LANGUAGE plpgsql""",
    f"""CREATE FUNCTION foia_log_message_agencies() RETURNS trigger AS $$
    DECLARE doc integer := CASE WHEN TG_OP = 'DELETE' THEN OLD.document_id ELSE NEW.document_id END;
    BEGIN
      {_LOG_MANY.format(agencies=_DOCUMENT_AGENCIES.format(doc='doc'))};
      RETURN NULL;
    END $$ LANGUAGE plpgsql""",
]


def upgrade() -> None:
    op.create_table(
        "agency_summaries",
        sa.Column("agency_id", sa.Integer(), nullable=False),
        sa.Column("vendors", sa.Text(), nullable=False),
        sa.Column("products", sa.Text(), nullable=False),
        sa.Column("monthly_usd_min", sa.Numeric(precision=20, scale=6), nullable=True),
        sa.Column("monthly_usd_max", sa.Numeric(precision=20, scale=6), nullable=True),
        sa.Column("largest_image_count", sa.BigInteger(), nullable=True),
        sa.Column("first_record", sa.Date(), nullable=True),
        sa.Column("last_record", sa.Date(), nullable=True),
        sa.Column("documents", sa.Integer(), nullable=False),
        sa.Column("messages", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agency_id"], ["agencies.id"], name=op.f("fk_agency_summaries_agency_id_agencies"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("agency_id", name=op.f("pk_agency_summaries")),
    )
    op.create_table(
        "agency_summary_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("agency_id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agency_summary_changes")),
    )
    op.create_index(op.f("ix_agency_summary_changes_agency_id"), "agency_summary_changes", ["agency_id"])
    # Agencies that already exist get a first summary on the next read.
    op.execute("INSERT INTO agency_summary_changes (agency_id) SELECT id FROM agencies")
    if op.get_bind().dialect.name == "sqlite":
        for statement in _sqlite_triggers():
            op.execute(statement)
        return
    for statement in POSTGRES_FUNCTIONS:
        op.execute(statement)
    for table in (*FACT_TABLES, "documents"):
        op.execute(
            f"CREATE TRIGGER {table}_summary AFTER INSERT OR UPDATE OR DELETE ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION foia_log_agency_change()"
        )
    op.execute(
        "CREATE TRIGGER messages_summary AFTER INSERT OR UPDATE OR DELETE ON messages "
        "FOR EACH ROW EXECUTE FUNCTION foia_log_message_agencies()"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for statement in _sqlite_triggers():
            op.execute("DROP TRIGGER " + statement.split()[2])
    else:
        for table in (*FACT_TABLES, "documents", "messages"):
            op.execute(f"DROP TRIGGER {table}_summary ON {table}")
        op.execute("DROP FUNCTION foia_log_agency_change()")
        op.execute("DROP FUNCTION foia_log_message_agencies()")
    op.drop_index(op.f("ix_agency_summary_changes_agency_id"), table_name="agency_summary_changes")
    op.drop_table("agency_summary_changes")
    op.drop_table("agency_summaries")
