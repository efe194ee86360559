"""Starting `foia serve`: who may be served where, and uvicorn's settings for it."""

from __future__ import annotations

import os
import socket
from dataclasses import dataclass, field
from pathlib import Path

import uvicorn
from sqlalchemy import Engine

from foia.web import users
from foia.web.app import ServeConfig, create_app
from foia.web.images import cache_dir
from foia.web.security import LOOPBACK_NAMES, is_loopback


class ServeError(Exception):
    """The server cannot start as asked; the message says why and what to do."""


@dataclass
class ServeOptions:
    host: str = "127.0.0.1"
    port: int = 8000
    cache: str | None = None
    cert: Path | None = None
    key: Path | None = None
    trusted_proxies: list[str] = field(default_factory=list)
    secure_cookies: bool = False


def _resolves_to_loopback(host: str) -> bool:
    if is_loopback(host):
        return True
    try:
        addresses = {info[4][0] for info in socket.getaddrinfo(host, None)}
    except OSError:
        return False
    return bool(addresses) and all(is_loopback(str(address)) for address in addresses)


def prepare(engine: Engine, options: ServeOptions) -> tuple[ServeConfig, str]:
    """The application's configuration and a line saying how it is served; ServeError when listening
    beyond loopback without accounts (everyone reaching the address would be the local user)."""
    if (options.cert is None) != (options.key is None):
        raise ServeError("--cert and --key go together (a TLS certificate and its private key)")
    for path in (options.cert, options.key):
        if path is not None and not path.is_file():
            raise ServeError(f"{path}: no such file")
    exposed = not _resolves_to_loopback(options.host)
    team = users.team_mode(engine)
    if exposed and not team:
        raise ServeError(f"--host {options.host} would serve beyond this machine with no accounts; add one first "
                         "(foia user add NAME --role admin) to turn on team mode")
    config = ServeConfig(
        engine=engine,
        cache=cache_dir(engine, options.cache),
        exposed=exposed,
        allowed_hosts=None if exposed else LOOPBACK_NAMES | {options.host.lower()},
        force_secure_cookies=options.secure_cookies or options.cert is not None,
    )
    if secret := os.environ.get("FOIA_SECRET_KEY"):
        config.secret_key = secret
    scheme = "https" if options.cert else "http"
    mode = (f"team mode: {len(users.list_users(engine))} account(s), everyone logs in" if team
            else f"local mode: no accounts, you are {config.local_user}")
    line = f"foia serve on {scheme}://{options.host}:{options.port}/ ({mode}); page images cached in {config.cache}"
    if exposed and scheme == "http" and not options.trusted_proxies:
        line += ("\nwarning: plain HTTP beyond this machine: passwords and pages cross the network unencrypted; "
                 "use --cert/--key, or a TLS proxy with --trusted-proxy")
    return config, line


def run(engine: Engine, options: ServeOptions, config: ServeConfig) -> None:
    """Serve until interrupted: one process (login throttling and the PDFium lock live in it)."""
    uvicorn.run(
        create_app(config), host=options.host, port=options.port, log_level="info", server_header=False,
        proxy_headers=bool(options.trusted_proxies), forwarded_allow_ips=",".join(options.trusted_proxies) or None,
        ssl_certfile=str(options.cert) if options.cert else None, ssl_keyfile=str(options.key) if options.key else None,
    )
