"""`foia db`: schema operations for operators (every other command migrates by itself)."""

from __future__ import annotations

import typer

from foia.cli.common import console, database

app = typer.Typer(help="Database schema: upgrade to the newest migration, show the current one.", no_args_is_help=True)


@app.command("upgrade")
def upgrade_command(ctx: typer.Context) -> None:
    """Bring the database schema to the newest migration."""
    from foia.db import current_revision, head_revision

    with database(ctx) as engine:
        console.print(f"database at revision {current_revision(engine)} (head {head_revision()})")


@app.command("current")
def current_command(ctx: typer.Context) -> None:
    """Print the database's migration revision (none for an empty database); changes nothing."""
    from foia.db import current_revision

    with database(ctx, migrate=False) as engine:
        typer.echo(current_revision(engine) or "none")
