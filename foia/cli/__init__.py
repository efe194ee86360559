"""The command line: each command parses options, calls one library function, prints. A FoiaError
from any of them is printed as one line here, not in each command."""

from __future__ import annotations

import os
import sys
from typing import Any

import typer
from typer.core import TyperGroup

from foia.cli import (
    alias_cmd,
    archive_cmd,
    datasette_cmd,
    db_cmd,
    doctor_cmd,
    export_cmd,
    import_cmd,
    ocr_cmd,
    query_cmd,
    queue_cmd,
    reextract_cmd,
    review_cmd,
    serve_cmd,
    show_cmd,
)
from foia.cli.common import State, fail
from foia.cli.help import tidy
from foia.errors import FoiaError


class _Commands(TyperGroup):
    """The top-level group: a FoiaError raised by any command (or sub-command) becomes one line on
    standard error and exit status 2; anything else is a bug and keeps its traceback."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        tidy(self)

    def invoke(self, ctx: Any) -> Any:  # typer.Context, or a plain click one on older Typer
        try:
            return super().invoke(ctx)
        except FoiaError as exc:
            fail(str(exc))


app = typer.Typer(
    name="foia",
    cls=_Commands,
    help="Import released public records about face recognition, extract who bought what, and export it with citations.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
    rich_markup_mode=None,
    context_settings={"max_content_width": 10_000},  # the terminal's width, as Rich's help had it
)


@app.callback()
def main_options(
    ctx: typer.Context,
    db: str = typer.Option(
        None, "--db", envvar="FOIA_DATABASE_URL", help="Database URL (default sqlite:///foia.db in this directory)."
    ),
) -> None:
    ctx.obj = State(db_url=db)


app.command("import")(import_cmd.import_command)
app.command("worker")(queue_cmd.worker_command)
app.command("queue")(queue_cmd.queue_command)
app.command("ocr")(ocr_cmd.ocr_command)
app.command("doctor")(doctor_cmd.doctor_command)
query_cmd.register_queries(app)
app.command("search")(query_cmd.search_command)
app.add_typer(export_cmd.export_app, name="export")
app.add_typer(db_cmd.app, name="db")
app.command("datasette-metadata")(datasette_cmd.datasette_metadata_command)
app.add_typer(show_cmd.app, name="show")
app.add_typer(review_cmd.app, name="review")
app.command("reextract")(reextract_cmd.reextract_command)
app.add_typer(alias_cmd.app, name="alias")
app.add_typer(archive_cmd.app, name="archive")
app.command("serve")(serve_cmd.serve_command)
app.add_typer(serve_cmd.user_app, name="user")


def main() -> None:
    try:
        app()
    except BrokenPipeError:
        # `foia export costs | head`: the reader left; exit quietly as other Unix tools do (see the
        # Python docs on SIGPIPE), pointing stdout at devnull so the interpreter's final flush is silent.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(1)
