"""Links and redirects built the same way everywhere in `foia serve`."""

from __future__ import annotations

import urllib.parse
from typing import Any


def query_string(**params: Any) -> str:
    """A query string of the given parameters that have a value (names and values percent-encoded)."""
    kept = {name: value for name, value in params.items() if value not in (None, "", False)}
    return "?" + urllib.parse.urlencode(kept) if kept else ""


def safe_next(target: str | None) -> str:
    """Only a path on this site is followed after login; anything else (//evil, https:..) goes home."""
    if target and target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return "/"
