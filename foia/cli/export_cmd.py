"""`foia export KIND`: CSV files with a citation on every fact row."""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path

import typer

from foia.cli.common import console, database, fail
from foia.export import EXPORTS, write_csv

app = typer.Typer(help="Export costs, messages or documents as CSV.", no_args_is_help=True)


class Format(str, Enum):
    csv = "csv"


def _export(ctx: typer.Context, kind: str, out: str, excel: bool) -> None:
    with database(ctx) as engine:
        if out == "-":
            if excel:
                sys.stdout.write("\ufeff")
            write_csv(engine, kind, sys.stdout)
            sys.stdout.flush()
            return
        target = Path(out)
        partial = target.with_name(f".{target.name}.partial")
        try:
            with partial.open("w", encoding="utf-8-sig" if excel else "utf-8", newline="") as handle:
                rows = write_csv(engine, kind, handle)
            partial.replace(target)  # never leave a half-written export under the real name
        except OSError as exc:
            partial.unlink(missing_ok=True)
            fail(f"{out}: cannot write ({exc.strerror})")
        console.print(f"wrote {rows} {kind} rows to {target}")


def _register(kind: str) -> None:
    def command(
        ctx: typer.Context,
        out: str = typer.Option("-", "--out", "-o", help="File to write, or - for standard output."),
        fmt: Format = typer.Option(Format.csv, "--format", help="Output format."),
        excel: bool = typer.Option(False, "--excel", help="Start with a UTF-8 byte-order mark for Excel."),
    ) -> None:
        _export(ctx, kind, out, excel)

    command.__doc__ = f"Export {kind} as CSV (columns: {', '.join(EXPORTS[kind][0])})."
    app.command(kind)(command)


for _kind in EXPORTS:
    _register(_kind)
