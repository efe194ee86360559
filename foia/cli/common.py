"""What every command shares: the database option and one-line errors instead of tracebacks."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

import typer
from rich.console import Console
from rich.markup import escape

if TYPE_CHECKING:  # SQLAlchemy is imported when a command opens the database, not at start-up
    from sqlalchemy import Engine

console = Console(stderr=True, highlight=False, soft_wrap=True)


@dataclass
class State:
    db_url: str | None = None


def fail(message: str, code: int = 2) -> None:
    console.print(f"[bold red]error:[/] {escape(message)}")
    raise typer.Exit(code)


@contextmanager
def database(ctx: typer.Context, *, migrate: bool = True) -> Iterator[Engine]:
    from foia.db import open_database

    engine = open_database(ctx.obj.db_url if ctx.obj else None, migrate=migrate)
    try:
        yield engine
    finally:
        engine.dispose()
