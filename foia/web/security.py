"""What makes `foia serve` safe to expose: signed session cookies, CSRF tokens, response headers
(a strict Content-Security-Policy among them), a Host check for local mode and login throttling.

Sessions are itsdangerous-signed cookies (HMAC-SHA1 over a timestamped JSON payload, the scheme Flask
and Starlette use): the server keeps no session table, and a cookie can neither be forged nor altered
without the secret key. The payload holds the user id, a key derived from the password hash (a password
change or removed account ends every session at once, since the account is read on each request) and the
CSRF token that every form posts back."""

from __future__ import annotations

import hmac
import secrets
import threading
import time
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from itsdangerous import BadSignature, URLSafeTimedSerializer
from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

COOKIE_NAME = "foia_session"
SESSION_SECONDS = 12 * 3600
LOOPBACK_NAMES = frozenset({"127.0.0.1", "localhost", "::1", "[::1]"})
# No inline script or style anywhere, nothing from another origin, no framing, forms only to here.
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
    "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)
SECURITY_HEADERS = {
    "content-security-policy": CONTENT_SECURITY_POLICY,
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "same-origin",
    "cross-origin-opener-policy": "same-origin",
    "cross-origin-resource-policy": "same-origin",
    "permissions-policy": "camera=(), microphone=(), geolocation=()",
}


def is_loopback(host: str) -> bool:
    return host in LOOPBACK_NAMES or host.startswith("127.")


@dataclass
class SessionData:
    csrf: str
    user_id: int | None = None
    user_key: str | None = None
    flash: str | None = None
    changed: bool = False

    @classmethod
    def fresh(cls) -> SessionData:
        return cls(csrf=secrets.token_urlsafe(32), changed=True)

    def restart(self, user_id: int | None = None, user_key: str | None = None) -> None:
        """A new session (new CSRF token) for this user, or for nobody: at login and logout, so a
        session planted before a login is worth nothing after it."""
        self.csrf, self.user_id, self.user_key, self.changed = secrets.token_urlsafe(32), user_id, user_key, True


class Sessions:
    """Reads and writes the signed session cookie."""

    def __init__(self, secret_key: str) -> None:
        self._serializer = URLSafeTimedSerializer(secret_key, salt="foia-session")

    def load(self, cookie: str | None) -> SessionData:
        if not cookie:
            return SessionData.fresh()
        try:
            data: Any = self._serializer.loads(cookie, max_age=SESSION_SECONDS)
        except BadSignature:  # forged, altered, signed with another key, or expired
            return SessionData.fresh()
        if not isinstance(data, dict) or not isinstance(data.get("csrf"), str):
            return SessionData.fresh()
        user_id = data.get("uid")
        return SessionData(csrf=data["csrf"], user_id=user_id if isinstance(user_id, int) else None,
                           user_key=data.get("key") if isinstance(data.get("key"), str) else None,
                           flash=data.get("flash") if isinstance(data.get("flash"), str) else None)

    def dump(self, session: SessionData) -> str:
        payload: dict[str, Any] = {"csrf": session.csrf}
        if session.user_id is not None:
            payload.update(uid=session.user_id, key=session.user_key)
        if session.flash:
            payload["flash"] = session.flash
        return self._serializer.dumps(payload)

    @staticmethod
    def cookie_header(value: str, *, secure: bool) -> str:
        """HttpOnly (no script reads it), SameSite=Lax (not sent on cross-site POSTs), Secure over TLS."""
        parts = [f"{COOKIE_NAME}={value}", "Path=/", f"Max-Age={SESSION_SECONDS}", "HttpOnly", "SameSite=Lax"]
        if secure:
            parts.append("Secure")
        return "; ".join(parts)


def csrf_ok(session: SessionData, submitted: str | None) -> bool:
    return bool(submitted) and hmac.compare_digest(session.csrf.encode(), str(submitted).encode())


def same_origin(origin: str | None, scheme: str, host: str | None) -> bool:
    """A browser names the page a POST came from in Origin; when it does, it must be this site."""
    if origin is None:
        return True
    return bool(host) and origin == f"{scheme}://{host}"


@dataclass
class LoginThrottle:
    """Failed logins remembered for `window` seconds: at most `per_name` per account name and
    `per_address` per client address, after which logins from there wait. In memory: `foia serve` is
    one process, and a restart forgetting a few failures is harmless."""

    per_name: int = 5
    per_address: int = 20
    window: float = 15 * 60
    _failures: dict[str, deque[float]] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def _keys(self, name: str, address: str) -> list[tuple[str, int]]:
        return [(f"name:{name.strip().casefold()}", self.per_name), (f"address:{address}", self.per_address)]

    def wait_seconds(self, name: str, address: str, now: float | None = None) -> int:
        """0 when a login may be tried now, else how long until it may."""
        now = time.monotonic() if now is None else now
        wait = 0.0
        with self._lock:
            for key, limit in self._keys(name, address):
                times = self._failures.get(key)
                if not times:
                    continue
                while times and times[0] <= now - self.window:
                    times.popleft()
                if len(times) >= limit:
                    wait = max(wait, times[0] + self.window - now)
        return int(wait) + 1 if wait else 0

    def failed(self, name: str, address: str, now: float | None = None) -> None:
        now = time.monotonic() if now is None else now
        with self._lock:
            for key, _ in self._keys(name, address):
                self._failures.setdefault(key, deque()).append(now)

    def succeeded(self, name: str) -> None:
        with self._lock:
            self._failures.pop(f"name:{name.strip().casefold()}", None)


class SecurityHeaders:
    """Adds the security headers to every response, static files and errors included."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in SECURITY_HEADERS.items():
                    headers[name] = value
                if scope.get("scheme") == "https":
                    headers["strict-transport-security"] = "max-age=31536000"
            await send(message)

        await self.app(scope, receive, send_with_headers)


def host_allowed(host_header: str | None, allowed: Iterable[str] | None) -> bool:
    """Local mode answers only requests addressed to this machine by name or loopback address: a web
    page elsewhere cannot rebind its own host name to 127.0.0.1 and read foia (DNS rebinding)."""
    if allowed is None:
        return True
    if not host_header:
        return False
    host = host_header.strip().lower()
    if host.startswith("["):
        host = host[: host.find("]") + 1]
    elif host.count(":") == 1:
        host = host.split(":")[0]
    return host in set(allowed)
