"""Reading pages: agencies, an agency, every listing and its CSV, search, documents with their page
images and originals, messages."""

from __future__ import annotations

import functools
import urllib.parse
from collections import defaultdict
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session
from starlette.exceptions import HTTPException
from starlette.responses import FileResponse, RedirectResponse, Response, StreamingResponse
from starlette.routing import BaseRoute, Route

from foia.archive import OriginalCorrupt
from foia.errors import QueryError
from foia.query import KINDS, Filters, check
from foia.search import Scope, search
from foia.show import NotFound, document_evidence, message_evidence
from foia.web import charts, listing, reads
from foia.web.csv_stream import stream_csv
from foia.web.images import DEFAULT_DPI, DISPLAY_DPIS
from foia.web.originals import original_bytes
from foia.web.site import Context
from foia.web.urls import query_string

if TYPE_CHECKING:
    from foia.web.site import Site

AGENCY_SECTION_ROWS = 25
SEARCH_LIMIT = 50
COUNT_CAP = 10_000  # listings count their rows up to here, then say "more than"


def _columns(kind: str) -> list[str]:
    return [column.name for column in KINDS[kind].columns]


def listing_page(ctx: Context, kind: str) -> Response:
    """Any query kind as a filterable table, 50 rows a page, with the same filters as a CSV link."""
    try:
        wanted = listing.parse(kind, dict(ctx.request.query_params))
        if kind == "agencies":
            reads.refresh_summaries(ctx.engine)
        rows, more = reads.window(ctx.engine, kind, wanted.filters, wanted.offset, listing.PAGE_SIZE)
        total = reads.count_upto(ctx.engine, kind, wanted.filters, COUNT_CAP)
        error = None
    except QueryError as exc:
        wanted = listing.ListingRequest(kind, Filters(include_rejected=False), {
            name: value for name, value in ctx.request.query_params.items() if name in listing.FILTER_FIELDS})
        rows, more, total, error = [], False, 0, str(exc)
    agency_ids = reads.agency_ids_by_name(ctx.engine) if kind == "agencies" else {}
    return ctx.render(
        "listing.html", status=400 if error else 200, kind=kind, spec=KINDS[kind], columns=_columns(kind), rows=rows,
        more=more, total=total, count_cap=COUNT_CAP, error=error, wanted=wanted, page_size=listing.PAGE_SIZE,
        agency_ids=agency_ids,
        statuses=listing.statuses(kind), fact_kinds=listing.FACT_KINDS, filter_fields=listing.FILTER_FIELDS,
    )


def listing_csv(ctx: Context, kind: str) -> Response:
    """The listing's rows as `foia export KIND` with the same filters writes them."""
    try:
        wanted = listing.parse(kind, dict(ctx.request.query_params))
        check(ctx.engine, kind, wanted.filters)
    except QueryError as exc:
        raise HTTPException(400, str(exc)) from None
    return StreamingResponse(stream_csv(ctx.engine, kind, wanted.filters), media_type="text/csv; charset=utf-8",
                             headers={"content-disposition": f'attachment; filename="{kind}.csv"',
                                      "cache-control": "no-store"})


def _dicts(kind: str, rows: list[tuple[Any, ...]]) -> list[dict[str, Any]]:
    names = _columns(kind)
    return [dict(zip(names, row, strict=True)) for row in rows]


def _cost_groups(costs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Costs by vendor and product: how many, the amounts stated, the monthly range, first and last date."""
    groups: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for row in costs:
        groups[row["vendor"] or "", row["product"] or ""].append(row)
    summary = []
    for (vendor, product), rows in sorted(groups.items()):
        monthly = [Decimal(str(r[k])) for r in rows for k in ("monthly_usd_min", "monthly_usd_max") if r[k] is not None]
        dates = sorted(str(r["date"]) for r in rows if r["date"] is not None)
        summary.append({
            "vendor": vendor, "product": product, "count": len(rows),
            "low": min(Decimal(str(r["amount_min"])) for r in rows), "high": max(Decimal(str(r["amount_max"])) for r in rows),
            "currencies": sorted({r["currency"] for r in rows}),
            "monthly_low": min(monthly) if monthly else None, "monthly_high": max(monthly) if monthly else None,
            "first": dates[0] if dates else None, "last": dates[-1] if dates else None,
        })
    return summary


def agency_page(ctx: Context) -> Response:
    agency_id = int(ctx.request.path_params["agency_id"])
    name = reads.agency_name(ctx.engine, agency_id)
    if name is None:
        raise HTTPException(404, f"no agency {agency_id}")
    filters = Filters(agency=name, include_rejected=False)
    reads.refresh_summaries(ctx.engine)
    summary = next((row for row in _dicts("agencies", reads.window(ctx.engine, "agencies", filters, 0, 50)[0])
                    if row["id"] == agency_id), None)
    costs = _dicts("costs", reads.window(ctx.engine, "costs", filters, 0, 1_000_000)[0])
    sections = {}
    for kind in ("usage", "policies"):
        rows, more = reads.window(ctx.engine, kind, filters, 0, AGENCY_SECTION_ROWS)
        sections[kind] = {"rows": _dicts(kind, rows), "more": more,
                          "total": reads.count_upto(ctx.engine, kind, filters, COUNT_CAP) if more else len(rows)}
    documents, document_total = reads.agency_documents(ctx.engine, agency_id, AGENCY_SECTION_ROWS)
    return ctx.render(
        "agency.html", agency_id=agency_id, name=name, summary=summary, costs=costs[:AGENCY_SECTION_ROWS],
        cost_total=len(costs), groups=_cost_groups(costs), chart=charts.timeline(costs), sections=sections,
        documents=documents, document_total=document_total, requests=reads.agency_requests(ctx.engine, agency_id),
        agency_query=query_string(agency=name),
    )


def search_page(ctx: Context) -> Response:
    text = ctx.param("q")
    scope = Scope(request=ctx.param("request"), agency=ctx.param("agency"))
    result, error = None, None
    if text:
        try:
            result = search(ctx.engine, text, limit=SEARCH_LIMIT, scope=scope)
        except QueryError as exc:
            error = str(exc)
    return ctx.render("search.html", status=400 if error else 200, q=text or "", scope=scope, result=result, error=error)


def _document_id(ctx: Context) -> int:
    return int(ctx.request.path_params["document_id"])


def document_page(ctx: Context) -> Response:
    document_id = _document_id(ctx)
    with Session(ctx.engine) as session:
        try:
            evidence = document_evidence(session, document_id)
        except NotFound:
            raise HTTPException(404, f"no document {document_id}") from None
        numbers = [page["number"] for page in evidence["pages"]]
        try:
            number = int(ctx.param("page") or (numbers[0] if numbers else 1))
        except ValueError:
            number = numbers[0] if numbers else 1
        if numbers and number not in numbers:
            raise HTTPException(404, f"document {document_id} has no page {number}")
        page = reads.page(session, document_id, number) if numbers else None
        messages = reads.document_messages(session, document_id)
        facts = reads.page_facts(session, document_id, number) if page else []
        children = reads.attachments(session, document_id)
    info = ctx.store.info(document_id, number) if page else None
    shapes = ctx.store.shapes(info) if info and info.renderable else None
    return ctx.render("document.html", doc=evidence, page=page, number=number, numbers=numbers, shapes=shapes,
                      messages=messages, children=children, facts=facts, dpi=DEFAULT_DPI)


def page_image(ctx: Context) -> Response:
    document_id, number = _document_id(ctx), int(ctx.request.path_params["number"])
    try:
        dpi = int(ctx.param("dpi") or DEFAULT_DPI)
    except ValueError:
        dpi = 0
    if dpi not in DISPLAY_DPIS:
        raise HTTPException(400, f"dpi must be one of {', '.join(map(str, DISPLAY_DPIS))}")
    info = ctx.store.info(document_id, number)
    path = ctx.store.image(info, dpi) if info else None
    if path is None:
        raise HTTPException(404, f"no image of document {document_id} page {number}")
    return FileResponse(path, media_type="image/png", headers={"cache-control": "private, max-age=86400"})


def _download_name(name: str) -> str:
    """A Content-Disposition value for any file name: an ASCII fallback, and the real name encoded
    (RFC 6266), so quotes, semicolons and newlines in a released file's name cannot break the header."""
    ascii_name = "".join(ch if ch.isascii() and ch.isprintable() and ch not in '"\\;' else "_" for ch in name) or "original"
    return f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{urllib.parse.quote(name, safe='')}"


def original(ctx: Context) -> Response:
    document_id = _document_id(ctx)
    with Session(ctx.engine) as session:
        try:
            name = document_evidence(session, document_id)["document"]
        except NotFound:
            raise HTTPException(404, f"no document {document_id}") from None
    try:
        data = original_bytes(ctx.engine, document_id)
    except OriginalCorrupt:
        raise HTTPException(500, f"the archived original of document {document_id} is damaged; `foia doctor` "
                                 "lists every damaged original") from None
    if data is None:
        raise HTTPException(404, f"the original of document {document_id} is not in the archive (imported before "
                                 "the archive existed: `foia archive backfill` adds it)")
    # Always a download, never shown inline: a released HTML or SVG file must not run in this site's origin.
    return Response(data, media_type="application/octet-stream",
                    headers={"content-disposition": _download_name(name), "cache-control": "private, no-store"})


def message_page(ctx: Context) -> Response:
    message_id = int(ctx.request.path_params["message_id"])
    with Session(ctx.engine) as session:
        try:
            evidence = message_evidence(session, message_id)
        except NotFound:
            raise HTTPException(404, f"no message {message_id}") from None
    return ctx.render("message.html", message=evidence)


def home(ctx: Context) -> Response:
    return RedirectResponse("/agencies", status_code=303)


def routes(site: Site) -> list[BaseRoute]:
    table: list[BaseRoute] = [
        Route("/", site.page(home)),
        Route("/agencies/{agency_id:int}", site.page(agency_page)),
        Route("/search", site.page(search_page)),
        Route("/documents/{document_id:int}", site.page(document_page)),
        Route("/documents/{document_id:int}/pages/{number:int}.png", site.page(page_image)),
        Route("/documents/{document_id:int}/original", site.page(original)),
        Route("/messages/{message_id:int}", site.page(message_page)),
    ]
    for kind in KINDS:
        table.append(Route(f"/{kind}", site.page(functools.partial(listing_page, kind=kind))))
        table.append(Route(f"/{kind}.csv", site.page(functools.partial(listing_csv, kind=kind))))
    return table
