"""`foia datasette-metadata`: the metadata.json that makes Datasette show foia's tables with
descriptions, the cited views first, links labelled by name and bookkeeping tables hidden."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer

from foia.cli.common import console, fail


def datasette_metadata_command(
    ctx: typer.Context,
    out: str = typer.Option("-", "--out", "-o", help="File to write, or - for standard output."),
    name: str = typer.Option(None, "--name", help="The database's name in Datasette (default: the file name without .db)."),
) -> None:
    """Metadata for Datasette: datasette foia.db -m metadata.json."""
    from sqlalchemy.engine import make_url

    from foia.datasette import metadata
    from foia.db import database_url

    url = make_url(database_url(ctx.obj.db_url if ctx.obj else None))
    if name is None:
        if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
            fail("Datasette opens SQLite files: use --db sqlite:///FILE, or give the database's --name")
        name = Path(str(url.database)).stem
    text = json.dumps(metadata(name), indent=2, ensure_ascii=False) + "\n"
    if out == "-":
        sys.stdout.write(text)
        return
    try:
        Path(out).write_text(text, encoding="utf-8")
    except OSError as exc:
        fail(f"{out}: cannot write ({exc.strerror})")
    console.print(f"wrote Datasette metadata to {out}: datasette {url.database or name + '.db'} -m {out}")
