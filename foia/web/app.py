"""The application: configuration, the one wrapper every page goes through (session, Host check,
login, role, CSRF) and the route table.

Starlette rather than FastAPI: these are HTML pages and file downloads, not a JSON API, so FastAPI's
validation and OpenAPI layers (and pydantic) would add weight and nothing used. Handlers are plain
functions run in Starlette's thread pool, because the library they call (SQLAlchemy sessions, PDFium)
is synchronous."""

from __future__ import annotations

import logging

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import BaseRoute, Mount
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp

from foia.web import views_auth, views_browse, views_review
from foia.web.security import SecurityHeaders
from foia.web.site import HERE, ServeConfig, Site

__all__ = ["ServeConfig", "create_app"]

log = logging.getLogger("foia.web")


def create_app(config: ServeConfig) -> ASGIApp:
    """The whole application, wrapped so that every response (errors included) carries the security
    headers."""
    site = Site(config)
    routes: list[BaseRoute] = [
        *views_browse.routes(site),
        *views_review.routes(site),
        *views_auth.routes(site),
        Mount("/static", app=StaticFiles(directory=HERE / "static"), name="static"),
    ]

    async def not_found(request: Request, exc: Exception) -> Response:
        status = exc.status_code if isinstance(exc, HTTPException) else 500
        detail = exc.detail if isinstance(exc, HTTPException) else "internal error"
        if status >= 500:
            log.exception("error answering %s", request.url.path, exc_info=exc)
        return PlainTextResponse(f"{status}: {detail}", status_code=status)

    return SecurityHeaders(Starlette(routes=routes, exception_handlers={HTTPException: not_found, Exception: not_found}))
