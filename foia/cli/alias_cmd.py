"""`foia alias add|list|remove`: agency and vendor names the gazetteer should also recognise.

foia.aliases, foia.merges and foia.db are imported inside the commands: they bring SQLAlchemy and the
storing side of the pipeline (foia.store, foia.analysis), which every other command, and `foia --help`,
would otherwise pay for at start-up."""

from __future__ import annotations

import typer

from foia.cli.common import console, database

app = typer.Typer(help="Agency and vendor names: add, list or remove aliases (spellings, abbreviations, "
                       "@email.domains); merge two names for one body, and undo a merge.",
                  no_args_is_help=True)


def _kind(value: str) -> str:
    from foia.aliases import KINDS

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
    from foia.aliases import add_alias
    from foia.db import transaction

    with database(ctx) as engine, transaction(engine) as session:
        row = add_alias(session, kind, alias, name)
    console.print(f"{row.kind} alias {row.alias!r} -> {row.name!r}")


@app.command("list")
def list_command(
    ctx: typer.Context,
    kind: str = typer.Argument(None, help="agency or vendor (default: both)"),
) -> None:
    """List agencies and vendors in this database, tab-separated: kind, canonical name, number of facts
    naming it, and the aliases added here (the shipped ones are in foia/data/gazetteer.json)."""
    if kind is not None:
        _kind(kind)
    from foia.aliases import summarise
    from foia.db import transaction

    with database(ctx) as engine, transaction(engine) as session:
        for entity in summarise(session, kind):
            typer.echo(f"{entity.kind}\t{entity.name}\t{entity.facts}\t{'; '.join(entity.aliases)}")


@app.command("merge")
def merge_command(
    ctx: typer.Context,
    merged: str = typer.Argument(..., help="The name to fold in (it becomes an alias)."),
    kept: str = typer.Argument(..., help="The agency or vendor to keep."),
    kind: str = typer.Option(None, "--kind", help="agency or vendor, when the names alone do not say."),
) -> None:
    """Merge two agencies or two vendors that are the same body: every fact, document and message of
    MERGED now names KEPT. Recorded, and undone with `foia alias unmerge ID`."""
    from sqlalchemy import select

    from foia import merges
    from foia.db import transaction
    from foia.models import Agency, Vendor

    with database(ctx) as engine, transaction(engine) as session:
        record = merges.merge(session, kind and _kind(kind) or merges.guess_kind(session, merged, kept),
                              merged, kept)
        table = Agency if record.entity_kind == "agency" else Vendor
        kept_name = session.scalars(select(table.name).where(table.id == record.into_id)).one()
    console.print(f"merged {record.entity_kind} {record.merged_name!r} into {kept_name!r} (merge {record.id}; "
                  f"undo with `foia alias unmerge {record.id}`)")


@app.command("unmerge")
def unmerge_command(ctx: typer.Context, merge_id: int = typer.Argument(..., help="The merge's number.")) -> None:
    """Undo a merge: the merged name is an agency or vendor of its own again, with the rows it had."""
    from foia import merges
    from foia.db import transaction

    with database(ctx) as engine, transaction(engine) as session:
        restored = merges.undo(session, merge_id)
        name = restored.name
    console.print(f"undid merge {merge_id}: {name!r} is separate again")


@app.command("remove")
def remove_command(
    ctx: typer.Context,
    kind: str = typer.Argument(..., callback=_kind, help="agency or vendor"),
    alias: str = typer.Argument(..., help="The alias to remove."),
) -> None:
    """Remove an alias added with `foia alias add`."""
    from foia.aliases import remove_alias
    from foia.db import transaction

    with database(ctx) as engine, transaction(engine) as session:
        remove_alias(session, kind, alias)
    console.print(f"removed {kind} alias {alias!r}")
