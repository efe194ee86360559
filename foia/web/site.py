"""The shared services behind every page of `foia serve`: configuration, the per-request context and
the checks every page makes (Host, login, CSRF, role)."""

from __future__ import annotations

import logging
import secrets
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from sqlalchemy import Engine
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, RedirectResponse, Response

from foia.review import default_reviewer
from foia.web import render, users
from foia.web.images import PageStore
from foia.web.security import (
    COOKIE_NAME,
    LOOPBACK_NAMES,
    LoginThrottle,
    SessionData,
    Sessions,
    csrf_ok,
    host_allowed,
    same_origin,
)
from foia.web.urls import query_string
from foia.web.users import Account

HERE = Path(__file__).resolve().parent
MAX_FORM_BYTES = 64 * 1024
log = logging.getLogger("foia.web")


@dataclass
class ServeConfig:
    engine: Engine
    cache: Path
    # Signs session cookies. Random per start unless FOIA_SECRET_KEY is set: a restart then logs
    # everyone out, which is the safe default for a server nobody configured.
    secret_key: str = field(default_factory=lambda: secrets.token_urlsafe(32))
    # Bound beyond loopback: local mode (no accounts) must never answer there.
    exposed: bool = False
    # Host names local mode answers to (DNS-rebinding defence); None: any.
    allowed_hosts: frozenset[str] | None = LOOPBACK_NAMES
    # Mark cookies Secure even when the request looks like plain HTTP (TLS ended before a proxy that
    # does not say so).
    force_secure_cookies: bool = False
    local_user: str = field(default_factory=default_reviewer)


@dataclass
class Context:
    """What a handler gets: the request, its parsed form, who is asking, and the shared services."""

    request: Request
    form: FormData | None
    user: Account
    session: SessionData
    config: ServeConfig
    store: PageStore
    throttle: LoginThrottle
    templates: Environment
    team: bool

    @property
    def engine(self) -> Engine:
        return self.config.engine

    def render(self, template: str, status: int = 200, **values: Any) -> HTMLResponse:
        flash, self.session.flash = self.session.flash, None
        if flash:
            self.session.changed = True
        html = self.templates.get_template(template).render(
            user=self.user, team=self.team, csrf=self.session.csrf, flash=flash, path=self.request.url.path, **values)
        return HTMLResponse(html, status_code=status, headers={"cache-control": "no-store"})

    def redirect(self, url: str, flash: str | None = None) -> RedirectResponse:
        if flash:
            self.session.flash = flash
            self.session.changed = True
        return RedirectResponse(url, status_code=303)

    def param(self, name: str) -> str | None:
        value = self.request.query_params.get(name)
        return value.strip() or None if value is not None else None

    def field(self, name: str) -> str | None:
        value = self.form.get(name) if self.form is not None else None
        return value if isinstance(value, str) else None


LOCAL = "local"
Handler = Callable[[Context], Response]


def _environment() -> Environment:
    environment = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=True, undefined=StrictUndefined,
                              trim_blocks=True, lstrip_blocks=True)
    render.install(environment)
    return environment


class Site:
    """The shared services behind every request."""

    def __init__(self, config: ServeConfig) -> None:
        self.config = config
        self.sessions = Sessions(config.secret_key)
        self.store = PageStore(config.engine, config.cache)
        self.throttle = LoginThrottle()
        self.templates = _environment()

    def page(self, handler: Handler, *, login: bool = True, review: bool = False, admin: bool = False
             ) -> Callable[[Request], Awaitable[Response]]:
        """Wrap a handler with the checks every page makes, in this order: Host, who is asking (a
        login page for nobody), CSRF on any POST, then the role the page needs."""

        async def endpoint(request: Request) -> Response:
            if not host_allowed(request.headers.get("host"), self._allowed_hosts()):
                return PlainTextResponse("invalid Host header", status_code=400)
            session = self.sessions.load(request.cookies.get(COOKIE_NAME))
            form = await self._form(request) if request.method == "POST" else None
            if request.method == "POST" and not (
                csrf_ok(session, form.get("csrf") if form else None)  # type: ignore[arg-type]
                and same_origin(request.headers.get("origin"), request.url.scheme, request.headers.get("host"))
            ):
                return self._finish(request, session, PlainTextResponse(
                    "refused: the form's security token is missing or stale; reload the page and try again",
                    status_code=403))
            team, user = await run_in_threadpool(self._who, session)
            if user is None and self.config.exposed and not team:
                return PlainTextResponse("no user accounts: add one with `foia user add` (team mode)", status_code=503)
            if user is None:
                if not login:
                    user = Account(0, "", "viewer", None, None, "")
                elif request.method == "GET":
                    wanted = str(request.url.path) + (f"?{request.url.query}" if request.url.query else "")
                    return self._finish(request, session, RedirectResponse("/login" + query_string(next=wanted),
                                                                           status_code=303))
                else:
                    return self._finish(request, session, PlainTextResponse("log in first", status_code=401))
            if (review and not user.may_review) or (admin and not user.is_admin):
                needed = "admin" if admin else "reviewer"
                return self._finish(request, session, PlainTextResponse(
                    f"refused: your role ({user.role}) cannot do this; it needs {needed}", status_code=403))
            context = Context(request, form, user, session, self.config, self.store, self.throttle, self.templates, team)
            response = await run_in_threadpool(handler, context)
            return self._finish(request, session, response)

        return endpoint

    def _allowed_hosts(self) -> frozenset[str] | None:
        return self.config.allowed_hosts

    async def _form(self, request: Request) -> FormData:
        length = request.headers.get("content-length")
        if length is not None and (not length.isdigit() or int(length) > MAX_FORM_BYTES):
            raise HTTPException(413, "form too large")
        return await request.form(max_files=0, max_fields=100)

    def _who(self, session: SessionData) -> tuple[bool, Account | None]:
        """Team mode is on while any account exists; then only a valid session names a user."""
        team = users.team_mode(self.config.engine)
        if not team:
            return False, None if self.config.exposed else Account(0, self.config.local_user, "admin", None, None, LOCAL)
        if session.user_id is None:
            return True, None
        account = users.account(self.config.engine, session.user_id)
        if account is None or not secrets.compare_digest(account.session_key, session.user_key or ""):
            return True, None
        return True, account

    def _finish(self, request: Request, session: SessionData, response: Response) -> Response:
        if session.changed:
            secure = self.config.force_secure_cookies or request.url.scheme == "https"
            response.headers.append("set-cookie", Sessions.cookie_header(self.sessions.dump(session), secure=secure))
        return response
