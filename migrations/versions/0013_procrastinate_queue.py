"""The import queue moves to Procrastinate: its schema (PostgreSQL only), the files still waiting in
`import_queue` deferred as Procrastinate jobs, and the home-made `import_queue` table dropped.

Procrastinate's schema is the `schema.sql` its package ships (3.10; its last schema change was 3.4.0).
A newer Procrastinate that brings SQL migrations of its own (procrastinate/sql/migrations/) needs a new
foia migration that applies them; tests/test_queue.py fails until one exists. SQLite has no job queue
(`foia import --workers N` is its parallel import): there this migration only drops the table, and
names on standard error the files that were still waiting, so they can be imported again.

Revision ID: 0013
Revises: 0015
"""

import sys
from collections.abc import Sequence
from importlib import resources

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Kept in step with foia.orchestration.queue (a migration never imports the code it migrates for).
QUEUE = "foia-import"
TASK = "foia.import_file"


def _procrastinate_schema() -> str:
    return (resources.files("procrastinate.sql") / "schema.sql").read_text(encoding="utf-8")


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        # Many statements with plpgsql bodies: run as one simple query, straight on the driver.
        bind.connection.driver_connection.execute(_procrastinate_schema())  # type: ignore[union-attr]
        # Files queued (or held by a worker) under the old queue become jobs a `foia worker` runs:
        # given by path, as the old queue gave them (the worker archives each as it imports it).
        bind.execute(sa.text(
            "INSERT INTO procrastinate_jobs (queue_name, task_name, lock, queueing_lock, args) "
            "SELECT :queue, :task, path, path, jsonb_build_object('path', path) FROM import_queue "
            "WHERE status IN ('queued', 'working') ORDER BY id"
        ), {"queue": QUEUE, "task": TASK})
    else:
        waiting = bind.execute(sa.text("SELECT path FROM import_queue WHERE status IN ('queued', 'working') "
                                       "ORDER BY id")).scalars().all()
        if waiting:
            shown = "\n  ".join(waiting[:20]) + (f"\n  ... and {len(waiting) - 20} more" if len(waiting) > 20 else "")
            print(f"foia: the import queue was removed (queueing needs PostgreSQL now); {len(waiting)} files were "
                  f"still waiting in it: import them with `foia import PATH...`:\n  {shown}", file=sys.stderr)
    op.drop_index(op.f("ix_import_queue_status"), table_name="import_queue")
    op.drop_table("import_queue")


def downgrade() -> None:
    op.create_table(
        "import_queue",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("path", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("attempts", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("claimed_by", sa.String(length=300), nullable=True),
        sa.Column("claimed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("outcome", sa.String(length=16), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("queued_at", sa.DateTime(timezone=True), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_queue")),
        sa.UniqueConstraint("path", name=op.f("uq_import_queue_path")),
    )
    op.create_index(op.f("ix_import_queue_status"), "import_queue", ["status"], unique=False)
    if op.get_bind().dialect.name == "postgresql":
        # Every Procrastinate object of this schema: its tables (with their triggers), functions, types.
        op.execute(sa.text("""
            DO $$
            DECLARE item record;
            BEGIN
                FOR item IN SELECT tablename FROM pg_tables
                            WHERE schemaname = current_schema() AND tablename LIKE 'procrastinate%' LOOP
                    EXECUTE format('DROP TABLE IF EXISTS %I CASCADE', item.tablename);
                END LOOP;
                FOR item IN SELECT p.oid::regprocedure AS routine, p.prokind FROM pg_proc p
                            JOIN pg_namespace n ON n.oid = p.pronamespace
                            WHERE n.nspname = current_schema() AND p.proname LIKE 'procrastinate%' LOOP
                    EXECUTE format('DROP %s IF EXISTS %s CASCADE',
                                   CASE WHEN item.prokind = 'p' THEN 'PROCEDURE' ELSE 'FUNCTION' END, item.routine);
                END LOOP;
                FOR item IN SELECT t.typname FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
                            WHERE n.nspname = current_schema() AND t.typname LIKE 'procrastinate%'
                              AND t.typtype IN ('e', 'c') LOOP
                    EXECUTE format('DROP TYPE IF EXISTS %I CASCADE', item.typname);
                END LOOP;
            END $$;
        """))
