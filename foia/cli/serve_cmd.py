"""`foia serve` and `foia user add|list|remove|password`: the web application and its accounts.

foia.web is imported inside the commands: the web stack (Starlette, Jinja2, uvicorn, argon2) would
otherwise add its import time to every other command."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from foia.cli.common import console, database, fail

user_app = typer.Typer(help="Team-mode accounts for `foia serve` (with any account, everyone logs in).",
                       no_args_is_help=True)


def serve_command(
    ctx: typer.Context,
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on; beyond loopback needs team mode (accounts)."),
    port: int = typer.Option(8000, "--port", min=1, max=65535, help="Port to listen on."),
    cache: str = typer.Option(None, "--cache", envvar="FOIA_CACHE",
                              help="Directory for rendered pages (default: foia.db-cache beside a SQLite database)."),
    cert: Path = typer.Option(None, "--cert", help="TLS certificate (PEM) to serve HTTPS; with --key."),
    key: Path = typer.Option(None, "--key", help="Private key (PEM) of the --cert certificate."),
    trusted_proxy: list[str] = typer.Option(None, "--trusted-proxy",
                                            help="Address of a TLS proxy whose X-Forwarded-For/-Proto to believe (repeatable)."),
    secure_cookies: bool = typer.Option(False, "--secure-cookies",
                                        help="Mark cookies Secure even over plain HTTP (TLS ends at a proxy)."),
) -> None:
    """Browse, verify and cite facts beside their page images in a web browser."""
    from foia.web.server import ServeError, ServeOptions, prepare, run

    options = ServeOptions(host, port, cache, cert, key, list(trusted_proxy or []), secure_cookies)
    with database(ctx) as engine:
        try:
            config, line = prepare(engine, options)
        except ServeError as exc:
            fail(str(exc))
        console.print(line)
        run(engine, options, config)


def _password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    return str(typer.prompt("password", hide_input=True, confirmation_prompt=True))


@user_app.command("add")
def add_command(
    ctx: typer.Context,
    name: str = typer.Argument(..., help="Login name, recorded on every review decision the user makes."),
    role: str = typer.Option(..., "--role", help="viewer (reads), reviewer (reads and reviews) or admin (also manages users)."),
    password_stdin: bool = typer.Option(False, "--password-stdin", help="Read the password from standard input."),
) -> None:
    """Add an account; the first one turns team mode on."""
    from foia.web import users

    with database(ctx) as engine:
        try:
            account = users.add_user(engine, name, role, _password(password_stdin))
        except users.UserError as exc:
            fail(str(exc))
    console.print(f"added {account.name} ({account.role})")


@user_app.command("list")
def list_command(ctx: typer.Context) -> None:
    """List accounts: name, role, created, last login (tab-separated)."""
    from foia.web import users

    with database(ctx) as engine:
        accounts = users.list_users(engine)
    for account in accounts:
        created = account.created_at.isoformat(timespec="seconds") if account.created_at else ""
        last = account.last_login_at.isoformat(timespec="seconds") if account.last_login_at else ""
        print(f"{account.name}\t{account.role}\t{created}\t{last}")
    if not accounts:
        console.print("no accounts: foia serve runs in local mode")


@user_app.command("remove")
def remove_command(ctx: typer.Context, name: str = typer.Argument(..., help="Login name.")) -> None:
    """Remove an account; its sessions end at once. Removing the last one turns team mode off."""
    from foia.web import users

    with database(ctx) as engine:
        try:
            users.remove_user(engine, name)
        except users.UserError as exc:
            fail(str(exc))
    console.print(f"removed {name}")


@user_app.command("password")
def password_command(
    ctx: typer.Context,
    name: str = typer.Argument(..., help="Login name."),
    password_stdin: bool = typer.Option(False, "--password-stdin", help="Read the password from standard input."),
) -> None:
    """Set an account's password; its sessions end at once."""
    from foia.web import users

    with database(ctx) as engine:
        try:
            users.set_password(engine, name, _password(password_stdin))
        except users.UserError as exc:
            fail(str(exc))
    console.print(f"password changed for {name}")
