"""Jinja filters: how values look on a page. Everything a document supplied goes through Jinja's
autoescaping; the two filters that build markup (`snippet`, `highlight`) escape the text first and add
only their own tags."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from typing import Any

from jinja2 import Environment
from markupsafe import Markup, escape

from foia.web.urls import query_string

_MATCH = re.compile(r"\[([^\[\]]*)\]")


def cell(value: Any) -> str:
    """A value as a table shows it: numbers in plain notation, dates in ISO 8601, nothing for None."""
    if value is None:
        return ""
    if isinstance(value, Decimal):
        text = format(value, "f")
        return text.rstrip("0").rstrip(".") if "." in text else text
    if isinstance(value, float):
        return f"{value:.2f}" if not value.is_integer() else str(int(value))
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return str(value)


def money(value: Any, currency: str | None = "USD") -> str:
    if value is None:
        return ""
    amount = Decimal(str(value))
    text = f"{amount:,.2f}".removesuffix(".00")
    return f"${text}" if currency in (None, "USD") else f"{text} {currency}"


def snippet(text: str) -> Markup:
    """A search snippet with its [matches] marked; the text itself is escaped first."""
    return Markup(_MATCH.sub(r"<mark>\1</mark>", str(escape(text))))


def install(environment: Environment) -> None:
    environment.filters.update(cell=cell, money=money, snippet=snippet)
    environment.globals.update(qs=query_string)
