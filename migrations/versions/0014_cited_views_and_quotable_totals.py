"""The database as other tools meet it, and the per-agency figures a reporter can quote.

- SQLite full-text tables declared `content="pages"` / `content="messages"` (double quotes): Datasette
  and sqlite-utils recognise an FTS table by that spelling, and ignored `?_search=` with the single
  quotes of 0005. The index is rebuilt from the page and message text.
- Views that hold what `foia export costs|usage|policies|messages` writes, each row with its citation
  (document, page, Bates number, quote): `costs_cited`, `usage_cited`, `policies_cited`,
  `messages_cited`, on SQLite and PostgreSQL alike, for Datasette, psql and BI tools. Rejected facts and
  copies are left out, as the exports leave them out; usage_cited keeps every category in its own
  column. tests/test_datasette.py holds the views to the export's columns and rows.
- agency_summaries: how many costs count, the largest one-document contract value and yearly value in
  US dollars with the document each comes from, and a sentence saying what was and was not added up
  (foia.totals). Every agency is logged for recomputing, with copies now left out.

Revision ID: 0014
Revises: 0013
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FTS_TABLES = {
    "pages_fts": ("pages", "text", ("text",)),
    "messages_fts": ("messages", "subject, body", ("subject", "body")),
}


def _fts_statements(quote: str) -> list[str]:
    """The FTS5 tables and their triggers of 0005, with the content table's name in `quote` marks."""
    statements = []
    for fts, (table, columns, names) in FTS_TABLES.items():
        new = ", ".join(f"new.{name}" for name in names)
        old = ", ".join(f"old.{name}" for name in names)
        statements += [
            f"CREATE VIRTUAL TABLE {fts} USING fts5({columns}, content={quote}{table}{quote}, content_rowid='id', "
            "tokenize='porter unicode61')",
            f"CREATE TRIGGER {fts}_insert AFTER INSERT ON {table} BEGIN "
            f"INSERT INTO {fts}(rowid, {columns}) VALUES (new.id, {new}); END",
            f"CREATE TRIGGER {fts}_delete AFTER DELETE ON {table} BEGIN "
            f"INSERT INTO {fts}({fts}, rowid, {columns}) VALUES ('delete', old.id, {old}); END",
            f"CREATE TRIGGER {fts}_update AFTER UPDATE OF {columns} ON {table} BEGIN "
            f"INSERT INTO {fts}({fts}, rowid, {columns}) VALUES ('delete', old.id, {old}); "
            f"INSERT INTO {fts}(rowid, {columns}) VALUES (new.id, {new}); END",
            f"INSERT INTO {fts}({fts}) VALUES ('rebuild')",
        ]
    return statements


def _drop_fts() -> None:
    for fts in FTS_TABLES:
        for event in ("insert", "delete", "update"):
            op.execute(f"DROP TRIGGER IF EXISTS {fts}_{event}")
        op.execute(f"DROP TABLE IF EXISTS {fts}")


# The date a fact is cited with: its message's, else (an attachment's facts) the email it came with.
_MOMENT = "coalesce({m}.sent_at_local, {m}.sent_at)"
_PARENT_MOMENT = (
    "(SELECT min(coalesce(pm.sent_at_local, pm.sent_at)) FROM attachments att "
    "JOIN messages pm ON pm.id = att.message_id WHERE att.document_id = d.id)"
)
_FACT_FROM = """
    FROM {table} f
    JOIN pages p ON p.id = f.page_id
    JOIN documents d ON d.id = p.document_id
    LEFT JOIN agencies a ON a.id = f.agency_id
    LEFT JOIN vendors v ON v.id = f.vendor_id
    LEFT JOIN products pr ON pr.id = f.product_id
    LEFT JOIN messages m ON m.id = f.message_id
    WHERE f.review_status <> 'rejected' AND f.duplicate_of_id IS NULL"""
_CITATION = ("'{prefix}' || f.id AS id, d.file_name AS document, p.number AS page, p.bates AS bates, a.name AS agency, "
             "a.ori AS agency_ori, a.state AS agency_state")
_TAIL = ("{date} AS date, f.quote AS quote, f.confidence AS confidence, f.review_status AS status, "
         "'{prefix}' || f.duplicate_of_id AS duplicate_of, f.agency_source AS agency_source")
VIEWS = {
    "costs_cited": (
        f"SELECT {_CITATION}, v.name AS vendor, pr.name AS product, f.amount_min, f.amount_max, f.qualifier, f.currency, "
        f"f.period, f.unit, f.unit_quantity, f.billing, f.term, f.kind, f.monthly_usd_min, f.monthly_usd_max, {_TAIL}, "
        f"f.vendor_source AS vendor_source {_FACT_FROM}",
        "costs", "C",
    ),
    "usage_cited": (
        f"SELECT {_CITATION}, v.name AS vendor, pr.name AS product, f.count, f.count_max, f.qualifier, f.measure, f.per, "
        f"f.category, {_TAIL}, f.vendor_source AS vendor_source {_FACT_FROM}",
        "usage_counts", "U",
    ),
    "policies_cited": (
        f"SELECT {_CITATION}, f.kind, f.statement, {_TAIL} {_FACT_FROM}",
        "policies", "P",
    ),
}
MESSAGES_VIEW = """
    SELECT m.id AS id, d.file_name AS document, m.page_start AS page_start, m.page_end AS page_end,
           CASE WHEN m.sender_address IS NOT NULL AND m.sender_address <> ''
                THEN CASE WHEN m.sender_name IS NOT NULL AND m.sender_name <> ''
                          THEN m.sender_name || ' <' || m.sender_address || '>' ELSE m.sender_address END
                ELSE m.sender_name END AS sender,
           m.recipients AS recipients, m.cc AS cc, {sent_at} AS sent_at, m.sent_at_text AS sent_at_text,
           m.subject AS subject, m.duplicate_of_id AS duplicate_of
    FROM messages m JOIN documents d ON d.id = m.document_id
    WHERE m.duplicate_of_id IS NULL"""
# sent_at as the messages export writes it: UTC with its offset when the record stated a zone, else the
# wall-clock time as printed (no offset).
SENT_AT = {
    "sqlite": "CASE WHEN m.sent_at IS NOT NULL THEN strftime('%Y-%m-%dT%H:%M:%S', m.sent_at) || '+00:00' "
              "ELSE strftime('%Y-%m-%dT%H:%M:%S', m.sent_at_local) END",
    "postgresql": "CASE WHEN m.sent_at IS NOT NULL THEN to_char(m.sent_at AT TIME ZONE 'UTC', "
                  "'YYYY-MM-DD\"T\"HH24:MI:SS') || '+00:00' "
                  "ELSE to_char(m.sent_at_local, 'YYYY-MM-DD\"T\"HH24:MI:SS') END",
}


def _date(dialect: str) -> str:
    moment = f"coalesce({_MOMENT.format(m='m')}, {_PARENT_MOMENT})"
    return f"date({moment})" if dialect == "sqlite" else f"CAST({moment} AS date)"


def _create_views(dialect: str) -> None:
    for name, (select, table, prefix) in VIEWS.items():
        body = select.format(table=table, prefix=prefix, date=_date(dialect))
        op.execute(f"CREATE VIEW {name} AS {body}")
    op.execute(f"CREATE VIEW messages_cited AS {MESSAGES_VIEW.format(sent_at=SENT_AT[dialect])}")


def _drop_views() -> None:
    for name in (*VIEWS, "messages_cited"):
        op.execute(f"DROP VIEW IF EXISTS {name}")


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        _drop_fts()
        for statement in _fts_statements('"'):
            op.execute(statement)
    with op.batch_alter_table("agency_summaries") as batch:
        batch.add_column(sa.Column("costs", sa.Integer(), server_default="0", nullable=False))
        batch.add_column(sa.Column("contract_usd_min", sa.Numeric(precision=20, scale=6), nullable=True))
        batch.add_column(sa.Column("contract_usd_max", sa.Numeric(precision=20, scale=6), nullable=True))
        batch.add_column(sa.Column("contract_document_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("annual_usd_min", sa.Numeric(precision=20, scale=6), nullable=True))
        batch.add_column(sa.Column("annual_usd_max", sa.Numeric(precision=20, scale=6), nullable=True))
        batch.add_column(sa.Column("annual_document_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("cost_note", sa.Text(), server_default="", nullable=False))
        batch.create_foreign_key(batch.f("fk_agency_summaries_contract_document_id_documents"), "documents",
                                 ["contract_document_id"], ["id"], ondelete="SET NULL")
        batch.create_foreign_key(batch.f("fk_agency_summaries_annual_document_id_documents"), "documents",
                                 ["annual_document_id"], ["id"], ondelete="SET NULL")
    # Every summary is recomputed on its next read: copies are left out now, and the new figures filled in.
    op.execute("INSERT INTO agency_summary_changes (agency_id) SELECT id FROM agencies a WHERE NOT EXISTS "
               "(SELECT 1 FROM agency_summary_changes c WHERE c.agency_id = a.id)")
    _create_views(dialect)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    _drop_views()
    with op.batch_alter_table("agency_summaries") as batch:
        batch.drop_constraint(batch.f("fk_agency_summaries_annual_document_id_documents"), type_="foreignkey")
        batch.drop_constraint(batch.f("fk_agency_summaries_contract_document_id_documents"), type_="foreignkey")
        for column in ("cost_note", "annual_document_id", "annual_usd_max", "annual_usd_min", "contract_document_id",
                       "contract_usd_max", "contract_usd_min", "costs"):
            batch.drop_column(column)
    if dialect == "sqlite":
        _drop_fts()
        for statement in _fts_statements("'"):
            op.execute(statement)
