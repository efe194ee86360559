"""Logging in and out (team mode), and the accounts page for admins."""

from __future__ import annotations

from typing import TYPE_CHECKING

from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from foia.models import USER_ROLES
from foia.web import users
from foia.web.site import Context
from foia.web.urls import safe_next

if TYPE_CHECKING:
    from foia.web.site import Site


def _client(ctx: Context) -> str:
    return ctx.request.client.host if ctx.request.client else "unknown"


def login_form(ctx: Context) -> Response:
    if not ctx.team:
        return ctx.redirect("/")
    return ctx.render("login.html", next=safe_next(ctx.param("next")), error=None, name="")


def login(ctx: Context) -> Response:
    name = (ctx.field("name") or "").strip()
    password = ctx.field("password") or ""
    target = safe_next(ctx.field("next"))
    wait = ctx.throttle.wait_seconds(name, _client(ctx))
    if wait:
        response = ctx.render("login.html", status=429, next=target, name=name,
                              error=f"too many failed logins; try again in {(wait + 59) // 60} minute(s)")
        response.headers["retry-after"] = str(wait)
        return response
    account = users.authenticate(ctx.engine, name, password)
    if account is None:
        ctx.throttle.failed(name, _client(ctx))
        return ctx.render("login.html", status=401, next=target, name=name, error="wrong name or password")
    ctx.throttle.succeeded(name)
    ctx.session.restart(account.id, account.session_key)
    return ctx.redirect(target, flash=f"logged in as {account.name} ({account.role})")


def logout(ctx: Context) -> Response:
    ctx.session.restart()
    return ctx.redirect("/login", flash="logged out")


def users_page(ctx: Context, error: str | None = None, status: int = 200) -> Response:
    return ctx.render("users.html", status=status, accounts=users.list_users(ctx.engine), roles=USER_ROLES, error=error)


def add_user(ctx: Context) -> Response:
    name = ctx.field("name") or ""
    try:
        users.add_user(ctx.engine, name, ctx.field("role") or "", ctx.field("password") or "")
    except users.UserError as exc:
        return users_page(ctx, error=str(exc), status=400)
    return ctx.redirect("/users", flash=f"added {name.strip()}")


def remove_user(ctx: Context) -> Response:
    name = ctx.field("name") or ""
    if name == ctx.user.name:
        return users_page(ctx, error="you cannot remove your own account here (foia user remove does)", status=400)
    try:
        users.remove_user(ctx.engine, name)
    except users.UserError as exc:
        return users_page(ctx, error=str(exc), status=400)
    return ctx.redirect("/users", flash=f"removed {name}")


def routes(site: Site) -> list[BaseRoute]:
    return [
        Route("/login", site.page(login_form, login=False)),
        Route("/login", site.page(login, login=False), methods=["POST"]),
        Route("/logout", site.page(logout, login=False), methods=["POST"]),
        Route("/users", site.page(users_page, admin=True)),
        Route("/users/add", site.page(add_user, admin=True), methods=["POST"]),
        Route("/users/remove", site.page(remove_user, admin=True), methods=["POST"]),
    ]
