"""Message changes are logged by document, not by agency.

The message triggers of 0006 worked out, for every inserted, updated or deleted message, the agencies
of its document by scanning the facts on all of the document's pages: a release of 5,000 messages took
5 s in those triggers alone, and the cost grows with the square of its size. They now append the
document's id to document_summary_changes (one index probe), and the summary refresh turns logged
documents into agencies once.

Revision ID: 0009
Revises: 0008
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_LOG_DOCUMENT = (
    "INSERT INTO document_summary_changes (document_id) SELECT {doc} WHERE NOT EXISTS "
    "(SELECT 1 FROM document_summary_changes WHERE document_id = {doc})"
)
# Message columns a summary reads: its document, whether it is a copy, and its date.
_SUMMARY_COLUMNS = "document_id, duplicate_of_id, sent_at, sent_at_local"

SQLITE_TRIGGERS = [
    f"CREATE TRIGGER messages_summary_insert AFTER INSERT ON messages BEGIN {_LOG_DOCUMENT.format(doc='NEW.document_id')}; END",
    f"CREATE TRIGGER messages_summary_delete AFTER DELETE ON messages BEGIN {_LOG_DOCUMENT.format(doc='OLD.document_id')}; END",
    f"CREATE TRIGGER messages_summary_update AFTER UPDATE OF {_SUMMARY_COLUMNS} ON messages BEGIN "
    f"{_LOG_DOCUMENT.format(doc='OLD.document_id')}; {_LOG_DOCUMENT.format(doc='NEW.document_id')}; END",
]
POSTGRES_FUNCTION = f"""CREATE FUNCTION foia_log_message_document() RETURNS trigger AS $$
    BEGIN
      IF TG_OP IN ('UPDATE', 'DELETE') THEN {_LOG_DOCUMENT.format(doc='OLD.document_id')}; END IF;
      IF TG_OP IN ('UPDATE', 'INSERT') THEN {_LOG_DOCUMENT.format(doc='NEW.document_id')}; END IF;
      RETURN NULL;
    END $$ LANGUAGE plpgsql"""
POSTGRES_TRIGGER = (
    f"CREATE TRIGGER messages_summary AFTER INSERT OR UPDATE OF {_SUMMARY_COLUMNS} OR DELETE ON messages "
    "FOR EACH ROW EXECUTE FUNCTION foia_log_message_document()"
)

# 0006's triggers, restored by a downgrade.
_FACT_TABLES = ("costs", "usage_counts", "policies")
_DOCUMENT_AGENCIES = " UNION ".join(
    ["SELECT agency_id FROM documents WHERE id = {doc} AND agency_id IS NOT NULL"]
    + [
        f"SELECT f.agency_id FROM {table} f JOIN pages p ON p.id = f.page_id "
        "WHERE p.document_id = {doc} AND f.agency_id IS NOT NULL"
        for table in _FACT_TABLES
    ]
)
_LOG_MANY = "INSERT INTO agency_summary_changes (agency_id) SELECT a.agency_id FROM ({agencies}) a WHERE NOT EXISTS " \
    "(SELECT 1 FROM agency_summary_changes c WHERE c.agency_id = a.agency_id)"
OLD_SQLITE_TRIGGERS = [
    f"CREATE TRIGGER messages_summary_{event.lower()} AFTER {event} ON messages BEGIN "
    f"{_LOG_MANY.format(agencies=_DOCUMENT_AGENCIES.format(doc=f'{row}.document_id'))}; END"
    for event, row in (("INSERT", "NEW"), ("DELETE", "OLD"), ("UPDATE", "NEW"))
]
OLD_POSTGRES_FUNCTION = f"""CREATE FUNCTION foia_log_message_agencies() RETURNS trigger AS $$
    DECLARE doc integer := CASE WHEN TG_OP = 'DELETE' THEN OLD.document_id ELSE NEW.document_id END;
    BEGIN
      {_LOG_MANY.format(agencies=_DOCUMENT_AGENCIES.format(doc='doc'))};
      RETURN NULL;
    END $$ LANGUAGE plpgsql"""


def upgrade() -> None:
    op.create_table(
        "document_summary_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_document_summary_changes")),
    )
    op.create_index(op.f("ix_document_summary_changes_document_id"), "document_summary_changes", ["document_id"])
    if op.get_bind().dialect.name == "sqlite":
        for event in ("insert", "delete", "update"):
            op.execute(f"DROP TRIGGER messages_summary_{event}")
        for statement in SQLITE_TRIGGERS:
            op.execute(statement)
        return
    op.execute("DROP TRIGGER messages_summary ON messages")
    op.execute("DROP FUNCTION foia_log_message_agencies()")
    op.execute(POSTGRES_FUNCTION)
    op.execute(POSTGRES_TRIGGER)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for event in ("insert", "delete", "update"):
            op.execute(f"DROP TRIGGER messages_summary_{event}")
        for statement in OLD_SQLITE_TRIGGERS:
            op.execute(statement)
    else:
        op.execute("DROP TRIGGER messages_summary ON messages")
        op.execute("DROP FUNCTION foia_log_message_document()")
        op.execute(OLD_POSTGRES_FUNCTION)
        op.execute("CREATE TRIGGER messages_summary AFTER INSERT OR UPDATE OR DELETE ON messages "
                   "FOR EACH ROW EXECUTE FUNCTION foia_log_message_agencies()")
    op.drop_index(op.f("ix_document_summary_changes_document_id"), table_name="document_summary_changes")
    op.drop_table("document_summary_changes")
