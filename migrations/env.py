"""Alembic environment: runs on the engine foia hands over, or on FOIA_DATABASE_URL."""

from alembic import context

from foia.db import database_url, include_object, make_engine
from foia.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    engine = config.attributes.get("engine") or make_engine(database_url())
    with engine.connect() as connection:
        if connection.dialect.name == "sqlite":
            # Batch mode rebuilds a table as a copy renamed to the old name. SQLite (3.26+) then checks every
            # view and trigger that names the table, and fails on a view of the table it just dropped
            # ("error in view costs_cited: no such table"). The legacy rename leaves views and triggers to
            # find the rebuilt table by its name, as Django's SQLite schema editor does.
            connection.exec_driver_sql("PRAGMA legacy_alter_table=ON")
            connection.commit()  # end the transaction the PRAGMA began, so the migrations' own one commits
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=connection.dialect.name == "sqlite",
            compare_type=True,
            include_object=include_object,
        )
        with context.begin_transaction():
            context.run_migrations()


if context.is_offline_mode():
    context.configure(url=database_url(), target_metadata=target_metadata, literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()
else:
    run_migrations_online()
