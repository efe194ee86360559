"""Exports: query rows written as CSV, JSON or NDJSON, and `export all` as a Frictionless data package.

CSV is RFC 4180, UTF-8 (optionally with a BOM for Excel), with a header row in the documented order.
Text cells that a spreadsheet would run as a formula are neutralised (OWASP CSV-injection guidance)."""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import json
import multiprocessing
import os
import shutil
import sys
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import replace
from decimal import Decimal
from multiprocessing.connection import Connection
from pathlib import Path
from typing import IO, Any, TextIO

from sqlalchemy import Engine, func, select

from foia import __version__
from foia.archive import Archive
from foia.csv_cells import csv_rows, csv_value
from foia.db import make_engine, sqlite_file
from foia.models import FACT_MODELS
from foia.originals import export_originals
from foia.query import KINDS, Filters, NameRange, batches, check, name_ranges, postgres_csv, rows

# A SQLite export of a fact kind with at least this many rows is split between processes; below it,
# starting them costs more than they save.
PARALLEL_EXPORT_ROWS = 200_000
MAX_EXPORT_PROCESSES = 4


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
            for row in csv_rows(types, data):
                writer.writerow(row)
                count += 1
    elif fmt == "ndjson":
        for row in data:
            out.write(json.dumps(dict(zip(names, map(json_value, row), strict=True)), ensure_ascii=False) + "\n")
            count += 1
    elif fmt == "json":
        out.write("[")
        for row in data:
            record = json.dumps(dict(zip(names, map(json_value, row), strict=True)), ensure_ascii=False)
            out.write(("," if count else "") + "\n" + record)
            count += 1
        out.write("\n]\n")
    else:
        raise ValueError(f"unknown format {fmt!r}")
    return count


def write_kind(engine: Engine, kind: str, out: TextIO, fmt: str = "csv", filters: Filters | None = None,
               limit: int | None = None) -> int:
    """Write one query kind. For CSV, kinds whose cells the database renders itself go straight from
    the driver to the csv module (see foia.query.csv_cell_sql): a million rows take seconds, not minutes."""
    columns = KINDS[kind].columns
    names = [c.name for c in columns]
    check(engine, kind, filters)
    if fmt == "csv" and KINDS[kind].csv_in_sql:
        csv.writer(out, lineterminator="\r\n").writerow(names)
        if engine.dialect.name == "postgresql":
            return _write_copied(postgres_csv(engine, kind, filters, limit), out)
        parts = _parallel_parts(engine, kind, limit)
        if parts > 1:
            return _write_in_parallel(engine, kind, filters, parts, out)
        return _write_rendered(engine, kind, filters, limit, (None, None), out)
    return write_rows(names, rows(engine, kind, filters, limit), out, fmt, types=[c.type for c in columns])


def _write_rendered(engine: Engine, kind: str, filters: Filters | None, limit: int | None, names: NameRange,
                    out: TextIO) -> int:
    """CSV rows whose cells the database rendered (no header); returns how many."""
    writer = csv.writer(out, lineterminator="\r\n")
    count = 0
    for batch in batches(engine, kind, filters, limit, csv=True, names=names):
        writer.writerows(batch)
        count += len(batch)
    return count


def _parallel_parts(engine: Engine, kind: str, limit: int | None) -> int:
    """How many processes a SQLite export of this kind is worth: the csv module and the sqlite3 driver
    turn each cell into a Python string, which held a million rows to 0.44-0.53 of `sqlite3 -csv` on
    one core. Small exports, limited ones, in-memory databases and platforms without fork stay in one."""
    cores = _cores()
    if cores < 2 or limit is not None or not sys.platform.startswith("linux") or sqlite_file(engine) is None:
        return 1
    with engine.connect() as connection:
        rows_in_table = connection.scalar(select(func.count()).select_from(FACT_MODELS[kind])) or 0
    return min(cores, MAX_EXPORT_PROCESSES) if rows_in_table >= PARALLEL_EXPORT_ROWS else 1


def _cores() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 1


def _write_in_parallel(engine: Engine, kind: str, filters: Filters | None, parts: int, out: TextIO) -> int:
    """Split the export into ranges of document names (the export's first sort key): this process writes
    the first range straight to `out` while forked processes write the others to scratch files, which
    are then appended in order, so the output is byte for byte the one-process export. Each document
    is read whole by one process. A range whose process failed is written here instead."""
    ranges = name_ranges(engine, parts)
    context = multiprocessing.get_context("fork")
    url = engine.url.render_as_string(hide_password=False)
    with tempfile.TemporaryDirectory(prefix="foia-export-") as scratch:
        helpers = []
        for index, names in enumerate(ranges[1:], start=1):
            receive, send = context.Pipe(duplex=False)
            path = Path(scratch) / f"part-{index}.csv"
            process = context.Process(target=_export_range, args=(url, kind, filters, names, path, send), daemon=True)
            process.start()
            send.close()
            helpers.append((process, receive, path, names))
        try:
            count = _write_rendered(engine, kind, filters, None, ranges[0], out)
            for process, receive, path, names in helpers:
                try:
                    written = receive.recv()
                except EOFError:  # the process ended without a count: it failed
                    written = None
                process.join()
                if process.exitcode == 0 and isinstance(written, int):
                    with path.open(encoding="utf-8", newline="") as part:
                        shutil.copyfileobj(part, out, 1 << 20)
                    count += written
                else:
                    count += _write_rendered(engine, kind, filters, None, names, out)
        finally:
            for process, *_ in helpers:
                if process.is_alive():
                    process.terminate()
                process.join()
    return count


def _export_range(url: str, kind: str, filters: Filters | None, names: NameRange, path: Path,
                  send: Connection) -> None:
    """In a forked process: one range of an export to a scratch file; sends the row count when done."""
    engine = make_engine(url)
    try:
        with path.open("w", encoding="utf-8", newline="") as handle:
            send.send(_write_rendered(engine, kind, filters, None, names, handle))
    except BaseException:
        send.close()
        raise
    finally:
        engine.dispose()


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
        if fmt == "xlsx":
            count = write_xlsx(engine, kind, str(partial), filters)
        else:
            with partial.open("w", encoding="utf-8-sig" if excel else "utf-8", newline="") as handle:
                count = write_kind(engine, kind, handle, fmt, filters)
        partial.replace(target)
    finally:
        partial.unlink(missing_ok=True)
    return count


def write_xlsx(engine: Engine, kind: str, target: str | IO[bytes], filters: Filters | None = None,
               limit: int | None = None) -> int:
    """One query kind as a workbook of one sheet (foia.xlsx): numbers as numbers, text as text, and a
    citation column for kinds that cite a document."""
    from foia.xlsx import Sheet, citation, write_workbook

    check(engine, kind, filters)
    columns = KINDS[kind].columns
    names = [c.name for c in columns]
    cites = "document" in names and ("page" in names or "page_start" in names)
    sheet = Sheet(kind, names, [c.type for c in columns], rows(engine, kind, filters, limit), citation if cites else None)
    return write_workbook(target, [sheet])[kind]


def export_all(engine: Engine, directory: Path, *, excel: bool = False, filters: Filters | None = None,
               originals: Archive | None = None) -> dict[str, int]:
    """Every kind as CSV plus datapackage.json (Frictionless) and a README for the newsroom; with
    `originals` (an archive), every document's original too, in originals/ (see foia.originals)."""
    directory.mkdir(parents=True, exist_ok=True)
    filters = filters or Filters()
    # The package holds every usage category, in its own column (a listing shows usage alone by default).
    every = {kind: replace(filters, category=None) if kind == "usage" else filters for kind in KINDS}
    counts = {kind: export_file(engine, kind, directory / f"{kind}.csv", excel=excel, filters=every[kind])
              for kind in KINDS}
    files: list[dict[str, Any]] = []
    if originals is not None:
        files, missing = export_originals(engine, originals, directory / "originals")
        counts["originals"], counts["originals missing"] = len(files), len(missing)
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
        ] + files,
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
        "page before publication. Rejected facts are left out unless the export was made with them, and so",
        "are copies of a fact (a re-saved or scanned copy of a record, the same figure said again).",
        "agency_ori and agency_state join rows to FBI crime data. In usage.csv the category column tells usage",
        "(gallery sizes, searches, accounts) from outcomes (arrests, matches) and equipment (cameras): never",
        "add up counts of different categories. agencies.csv says in cost_note how its contract and annual",
        "values were reached, each from one document, and what was not added.",
        "",
        "Text cells that begin with = + - @ are prefixed with ' so spreadsheets do not run them as formulas.",
        "Column types and descriptions are in datapackage.json.",
        "",
        "| file | rows | what it holds |",
        "|---|---|---|",
    ]
    lines += [f"| {kind}.csv | {counts[kind]} | {spec.description} |" for kind, spec in KINDS.items()]
    if "originals" in counts:
        lines += [f"| originals/ | {counts['originals']} | The released files themselves, each named by its document "
                  "id (the `id` column of documents.csv) and its name made safe; each one's SHA-256 is in "
                  "datapackage.json and documents.csv. |"]
    return "\n".join(lines) + "\n"
