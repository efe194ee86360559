"""Full-text search over page text and messages: SQLite FTS5 tables kept in step by triggers,
PostgreSQL stored English tsvector columns with GIN indexes.

Revision ID: 0005
Revises: 0004
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SQLITE_UPGRADE = [
    "CREATE VIRTUAL TABLE pages_fts USING fts5(text, content='pages', content_rowid='id', tokenize='porter unicode61')",
    "CREATE TRIGGER pages_fts_insert AFTER INSERT ON pages BEGIN "
    "INSERT INTO pages_fts(rowid, text) VALUES (new.id, new.text); END",
    "CREATE TRIGGER pages_fts_delete AFTER DELETE ON pages BEGIN "
    "INSERT INTO pages_fts(pages_fts, rowid, text) VALUES ('delete', old.id, old.text); END",
    "CREATE TRIGGER pages_fts_update AFTER UPDATE OF text ON pages BEGIN "
    "INSERT INTO pages_fts(pages_fts, rowid, text) VALUES ('delete', old.id, old.text); "
    "INSERT INTO pages_fts(rowid, text) VALUES (new.id, new.text); END",
    "INSERT INTO pages_fts(pages_fts) VALUES ('rebuild')",
    "CREATE VIRTUAL TABLE messages_fts USING fts5(subject, body, content='messages', content_rowid='id', "
    "tokenize='porter unicode61')",
    "CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages BEGIN "
    "INSERT INTO messages_fts(rowid, subject, body) VALUES (new.id, new.subject, new.body); END",
    "CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN "
    "INSERT INTO messages_fts(messages_fts, rowid, subject, body) VALUES ('delete', old.id, old.subject, old.body); END",
    "CREATE TRIGGER messages_fts_update AFTER UPDATE OF subject, body ON messages BEGIN "
    "INSERT INTO messages_fts(messages_fts, rowid, subject, body) VALUES ('delete', old.id, old.subject, old.body); "
    "INSERT INTO messages_fts(rowid, subject, body) VALUES (new.id, new.subject, new.body); END",
    "INSERT INTO messages_fts(messages_fts) VALUES ('rebuild')",
]
SQLITE_DOWNGRADE = [
    "DROP TRIGGER pages_fts_insert",
    "DROP TRIGGER pages_fts_delete",
    "DROP TRIGGER pages_fts_update",
    "DROP TABLE pages_fts",
    "DROP TRIGGER messages_fts_insert",
    "DROP TRIGGER messages_fts_delete",
    "DROP TRIGGER messages_fts_update",
    "DROP TABLE messages_fts",
]
# Stored tsvector columns: ranking reads them instead of re-parsing every matching page's text,
# which took seconds for a common word on 100,000 pages.
POSTGRES_UPGRADE = [
    "ALTER TABLE pages ADD COLUMN text_fts tsvector GENERATED ALWAYS AS (to_tsvector('english', text)) STORED",
    "CREATE INDEX ix_pages_text_fts ON pages USING gin (text_fts)",
    "ALTER TABLE messages ADD COLUMN body_fts tsvector "
    "GENERATED ALWAYS AS (to_tsvector('english', coalesce(subject, '') || ' ' || body)) STORED",
    "CREATE INDEX ix_messages_body_fts ON messages USING gin (body_fts)",
]
POSTGRES_DOWNGRADE = [
    "DROP INDEX ix_pages_text_fts",
    "ALTER TABLE pages DROP COLUMN text_fts",
    "DROP INDEX ix_messages_body_fts",
    "ALTER TABLE messages DROP COLUMN body_fts",
]


def _run(statements: list[str]) -> None:
    for statement in statements:
        op.execute(statement)


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    _run(SQLITE_UPGRADE if dialect == "sqlite" else POSTGRES_UPGRADE)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    _run(SQLITE_DOWNGRADE if dialect == "sqlite" else POSTGRES_DOWNGRADE)
