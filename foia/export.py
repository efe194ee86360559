"""Exports: query rows written as CSV, JSON or NDJSON, and `export all` as a Frictionless data package.

CSV is RFC 4180, UTF-8 (optionally with a BOM for Excel), with a header row in the documented order.
Text cells that a spreadsheet would run as a formula are neutralised (OWASP CSV-injection guidance)."""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import json
from collections.abc import Iterable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any, TextIO

from sqlalchemy import Engine

from foia import __version__
from foia.query import FORMULA_TRIGGERS, KINDS, Filters, batches, postgres_csv, rows


def csv_value(value: Any) -> str:
    """A cell's text. Only text is neutralised; numbers and dates are written as themselves, so a
    negative amount stays a number in the spreadsheet."""
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return _decimal_text(value)
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, bool | int | float):
        return str(value)
    text = str(value)
    return "'" + text if text.startswith(FORMULA_TRIGGERS) else text


def json_value(value: Any) -> Any:
    """Exact numbers stay numbers where JSON can hold them exactly, else become strings."""
    if isinstance(value, Decimal):
        normal = value.normalize()
        if normal == normal.to_integral_value():
            return int(normal)
        as_float = float(normal)
        return as_float if Decimal(repr(as_float)) == normal else format(normal, "f")
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return value


def _decimal_text(value: Decimal) -> str:
    """Plain notation without trailing zeros ('6.000000' -> '6'), by string work: much faster than
    Decimal.normalize() on a million rows, and never an exponent."""
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def _csv_rows(types: Sequence[str], data: Iterable[Sequence[Any]]) -> Iterable[list[Any]]:
    """Touch only the cells that need it; the csv module writes None, int and str as they are.
    This is the export's hot loop (20 columns x a million rows)."""
    text = [i for i, kind in enumerate(types) if kind == "string"]
    numbers = [i for i, kind in enumerate(types) if kind == "number"]
    moments = [i for i, kind in enumerate(types) if kind in ("date", "datetime")]
    triggers = FORMULA_TRIGGERS
    for source in data:
        row = list(source)
        for i in text:
            value = row[i]
            if value is not None and value.__class__ is str and value.startswith(triggers):
                row[i] = "'" + value
        for i in numbers:
            value = row[i]
            if value is not None:
                row[i] = _decimal_text(value) if isinstance(value, Decimal) else csv_value(value)
        for i in moments:
            value = row[i]
            if value is not None:
                row[i] = value.isoformat()
        yield row


def write_rows(names: Sequence[str], data: Iterable[Sequence[Any]], out: TextIO, fmt: str = "csv",
               types: Sequence[str] | None = None) -> int:
    """Write rows under these column names (with their table-schema types when known, which lets CSV
    skip work on numbers and dates); returns the number written. Streams: nothing is held in memory."""
    count = 0
    if fmt == "csv":
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(names)
        if types is None:
            for row in data:
                writer.writerow([csv_value(value) for value in row])
                count += 1
        else:
            for row in _csv_rows(types, data):
                writer.writerow(row)
                count += 1
    elif fmt == "ndjson":
        for row in data:
            out.write(json.dumps(dict(zip(names, map(json_value, row), strict=True)), ensure_ascii=False) + "\n")
            count += 1
    elif fmt == "json":
        out.write("[")
        for row in data:
            out.write(("," if count else "") + "\n" + json.dumps(dict(zip(names, map(json_value, row), strict=True)), ensure_ascii=False))
            count += 1
        out.write("\n]\n")
    else:
        raise ValueError(f"unknown format {fmt!r}")
    return count


def write_kind(engine: Engine, kind: str, out: TextIO, fmt: str = "csv", filters: Filters | None = None,
               limit: int | None = None) -> int:
    """Write one query kind. For CSV, kinds whose cells the database renders itself go straight from
    the driver to the csv module (see foia.query._csv_cell): a million rows take seconds, not minutes."""
    columns = KINDS[kind].columns
    names = [c.name for c in columns]
    if fmt == "csv" and KINDS[kind].csv_in_sql and engine.dialect.name == "postgresql":
        csv.writer(out, lineterminator="\r\n").writerow(names)
        return _write_copied(postgres_csv(engine, kind, filters, limit), out)
    if fmt == "csv" and KINDS[kind].csv_in_sql:
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(names)
        count = 0
        for batch in batches(engine, kind, filters, limit, csv=True):
            writer.writerows(batch)
            count += len(batch)
        return count
    return write_rows(names, rows(engine, kind, filters, limit), out, fmt, types=[c.type for c in columns])


def _write_copied(chunks: Iterable[bytes], out: TextIO) -> int:
    """Write PostgreSQL's COPY output with RFC 4180 line ends; returns the number of rows. COPY ends a
    row with a newline; a newline inside a quoted cell is the quote's own text and is kept as it is.
    Whether a newline is inside quotes follows from the count of quote marks before it (an escaped
    quote is two marks), so each chunk is split on quote marks and only the outside parts change."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    inside_quotes = False
    rows_written = 0
    for chunk in chunks:
        parts = decoder.decode(chunk).split('"')
        for index in range(1 if inside_quotes else 0, len(parts), 2):
            rows_written += parts[index].count("\n")
            parts[index] = parts[index].replace("\n", "\r\n")
        inside_quotes ^= len(parts) % 2 == 0
        out.write('"'.join(parts))
    out.write(decoder.decode(b"", final=True))
    return rows_written


def export_file(engine: Engine, kind: str, target: Path, *, fmt: str = "csv", excel: bool = False,
                filters: Filters | None = None) -> int:
    """Write one export to a file that appears only when complete (a crash leaves no half file)."""
    partial = target.with_name(f".{target.name}.partial")
    try:
        with partial.open("w", encoding="utf-8-sig" if excel else "utf-8", newline="") as handle:
            count = write_kind(engine, kind, handle, fmt, filters)
        partial.replace(target)
    finally:
        partial.unlink(missing_ok=True)
    return count


def export_all(engine: Engine, directory: Path, *, excel: bool = False, filters: Filters | None = None) -> dict[str, int]:
    """Every kind as CSV plus datapackage.json (Frictionless) and a README for the newsroom."""
    directory.mkdir(parents=True, exist_ok=True)
    counts = {kind: export_file(engine, kind, directory / f"{kind}.csv", excel=excel, filters=filters) for kind in KINDS}
    package = {
        "profile": "tabular-data-package",
        "name": "foia-export",
        "title": "foia export: face-recognition procurement facts with citations",
        "created": dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat(),
        "sources": [{"title": f"foia {__version__}"}],
        "resources": [
            {
                "name": kind,
                "path": f"{kind}.csv",
                "profile": "tabular-data-resource",
                "description": spec.description,
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8-sig" if excel else "utf-8",
                "dialect": {"delimiter": ",", "lineTerminator": "\r\n", "header": True},
                "schema": {
                    "fields": [
                        {"name": c.name, "type": c.type, "description": c.description} for c in spec.columns
                    ],
                },
            }
            for kind, spec in KINDS.items()
        ],
    }
    (directory / "datapackage.json").write_text(json.dumps(package, indent=2) + "\n", encoding="utf-8")
    (directory / "README.md").write_text(_newsroom_readme(counts), encoding="utf-8")
    return counts


def _newsroom_readme(counts: dict[str, int]) -> str:
    lines = [
        "# foia export",
        "",
        "Facts about face-recognition procurement read from released public records. Every fact row cites",
        "its source: `document` (file name), `page`, `bates` and the exact `quote`. `status` says whether a",
        "person has verified the fact; unreviewed facts are machine readings and must be checked against the",
        "page before publication. Rejected facts are left out unless the export was made with them.",
        "",
        "Text cells that begin with = + - @ are prefixed with ' so spreadsheets do not run them as formulas.",
        "Column types and descriptions are in datapackage.json.",
        "",
        "| file | rows | what it holds |",
        "|---|---|---|",
    ]
    lines += [f"| {kind}.csv | {counts[kind]} | {spec.description} |" for kind, spec in KINDS.items()]
    return "\n".join(lines) + "\n"
