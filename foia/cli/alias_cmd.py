"""`foia alias add|list|remove`: agency and vendor names the gazetteer should also recognise."""

from __future__ import annotations

import typer

from foia.aliases import KINDS, AliasError, add_alias, list_aliases, remove_alias
from foia.cli.common import console, database, fail
from foia.db import transaction

app = typer.Typer(help="Add, list or remove agency and vendor aliases (spellings, abbreviations, @email.domains).",
                  no_args_is_help=True)


def _kind(value: str) -> str:
    if value not in KINDS:
        raise typer.BadParameter(f"must be one of {', '.join(KINDS)}")
    return value


@app.command("add")
def add_command(
    ctx: typer.Context,
    kind: str = typer.Argument(..., callback=_kind, help="agency or vendor"),
    alias: str = typer.Argument(..., help='The variant as it appears in records, e.g. "WCSO" or "@sheriff.example.gov".'),
    name: str = typer.Argument(..., help="The agency or vendor it names (canonical name or a known alias)."),
) -> None:
    """Make ALIAS name the agency or vendor NAME from now on (`foia reextract --all` applies it to stored records)."""
    with database(ctx) as engine:
        try:
            with transaction(engine) as session:
                row = add_alias(session, kind, alias, name)
        except AliasError as exc:
            fail(str(exc))
    console.print(f"{row.kind} alias {row.alias!r} -> {row.name!r}")


@app.command("list")
def list_command(
    ctx: typer.Context,
    kind: str = typer.Argument(None, help="agency or vendor (default: both)"),
) -> None:
    """List the aliases added to this database (the shipped ones are in foia/data/gazetteer.json)."""
    if kind is not None:
        _kind(kind)
    with database(ctx) as engine, transaction(engine) as session:
        rows = list_aliases(session, kind)
    for row in rows:
        typer.echo(f"{row.kind}\t{row.alias}\t{row.name}")


@app.command("remove")
def remove_command(
    ctx: typer.Context,
    kind: str = typer.Argument(..., callback=_kind, help="agency or vendor"),
    alias: str = typer.Argument(..., help="The alias to remove."),
) -> None:
    """Remove an alias added with `foia alias add`."""
    with database(ctx) as engine:
        try:
            with transaction(engine) as session:
                remove_alias(session, kind, alias)
        except AliasError as exc:
            fail(str(exc))
    console.print(f"removed {kind} alias {alias!r}")
