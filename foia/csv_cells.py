"""How a value becomes the text of a CSV cell, in Python and in SQL (when the database renders an
export itself): plain numbers, ISO dates, and text a spreadsheet would run as a formula made inert."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, Float, Integer, String, case, cast, func, literal

# OWASP CSV-injection guidance: a text cell starting with one of these is made inert with a leading quote.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def inert(text: str) -> str:
    """The spreadsheet formula rule, in Python: text that starts with a formula trigger gets a leading
    quote. `inert_sql` is the same rule for the database; a test holds them to the same output."""
    return "'" + text if text.startswith(FORMULA_TRIGGERS) else text


def inert_sql(expression: ColumnElement[Any]) -> ColumnElement[Any]:
    """`inert` written in SQL (SQLite and PostgreSQL), for exports whose cells the database renders."""
    return case((func.substr(expression, 1, 1).in_(FORMULA_TRIGGERS), literal("'", String) + expression),
                else_=expression)


def csv_cell_sql(expression: ColumnElement[Any], kind: str, dialect: str) -> ColumnElement[Any]:
    """One column rendered as its CSV text by the database itself: numbers in plain notation without
    trailing zeros, ISO dates, and text that a spreadsheet would run as a formula made inert with a
    leading quote (OWASP). Numbers are never prefixed, so a negative amount stays a number."""
    if kind == "string":
        if dialect == "postgresql":
            # COPY writes an empty string as "" and NULL as nothing; the csv module writes both as nothing.
            expression = func.nullif(expression, "")
        return inert_sql(expression)
    if kind == "number":
        if dialect == "postgresql":
            if isinstance(expression.type, Float):
                return cast(expression, String)
            return cast(func.trim_scale(expression), String)
        # SQLite stores a NUMERIC value that is whole as an integer and any other as an 8-byte float
        # (printed with 15 significant digits), so its text is already plain; a FLOAT column keeps
        # whole values as floats, which are printed without their ".0".
        if not isinstance(expression.type, Float):
            return cast(expression, String)
        whole = cast(expression, Integer)
        return case((expression == whole, cast(whole, String)), else_=cast(expression, String))
    if kind == "date":
        return cast(expression, String)
    return expression


def csv_value(value: Any) -> str:
    """A cell's text. Only text is neutralised; numbers and dates are written as themselves, so a
    negative amount stays a number in the spreadsheet."""
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return decimal_text(value)
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, bool | int | float):
        return str(value)
    return inert(str(value))


def decimal_text(value: Decimal) -> str:
    """Plain notation without trailing zeros ('6.000000' -> '6'), by string work: much faster than
    Decimal.normalize() on a million rows, and never an exponent."""
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def csv_rows(types: Sequence[str], data: Iterable[Sequence[Any]]) -> Iterable[list[Any]]:
    """Touch only the cells that need it; the csv module writes None, int and str as they are.
    This is the export's hot loop (20 columns x a million rows)."""
    text = [i for i, kind in enumerate(types) if kind == "string"]
    numbers = [i for i, kind in enumerate(types) if kind == "number"]
    moments = [i for i, kind in enumerate(types) if kind in ("date", "datetime")]
    for source in data:
        row = list(source)
        for i in text:
            value = row[i]
            if value.__class__ is str:
                row[i] = inert(value)
        for i in numbers:
            value = row[i]
            if value is not None:
                row[i] = decimal_text(value) if isinstance(value, Decimal) else csv_value(value)
        for i in moments:
            value = row[i]
            if value is not None:
                row[i] = value.isoformat()
        yield row
