"""A fact beside its page, and review: verify, reject or correct it (foia.review's rules and records,
the decision carrying the logged-in user's name), then on to the next unreviewed fact."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import and_, or_
from sqlalchemy.orm import Session
from starlette.exceptions import HTTPException
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from foia.db import transaction
from foia.errors import QueryError
from foia.facts import PREFIXES, FactRefError, fact_ref, model_of, parse_fact_ref
from foia.models import Agency, AgencyAlias, Vendor, VendorAlias
from foia.names import resolve
from foia.review import CORRECTABLE, Queue, ReviewError, decide, parse_corrections, pending_statement
from foia.show import NotFound, fact_evidence
from foia.web import layout, reads
from foia.web.images import DEFAULT_DPI
from foia.web.render import cell
from foia.web.site import Context
from foia.web.urls import query_string

if TYPE_CHECKING:
    from foia.web.site import Site

KINDS = tuple(PREFIXES)
QUEUE_FIELDS = ("kind", "agency", "vendor")


def _ref(ctx: Context) -> tuple[str, int]:
    try:
        return parse_fact_ref(ctx.request.path_params["ref"])
    except FactRefError:
        raise HTTPException(404, "not a fact id (C12, U5, P3)") from None


def _queue_params(ctx: Context) -> dict[str, str]:
    """The review queue a fact was reached from (kind, agency, vendor), carried from page to page."""
    source = ctx.form if ctx.form is not None else ctx.request.query_params
    return {name: value.strip() for name in QUEUE_FIELDS if isinstance(value := source.get(name), str) and value.strip()}


def fact_page(ctx: Context, error: str | None = None, status: int = 200) -> Response:
    kind, fact_id = _ref(ctx)
    with Session(ctx.engine) as session:
        try:
            evidence = fact_evidence(session, kind, fact_id)
        except NotFound:
            raise HTTPException(404, f"no fact {fact_ref(kind, fact_id)}") from None
        char_start, char_end = reads.fact_offsets(session, kind, fact_id)
        page = reads.page(session, evidence.document_id, evidence.page)
    assert page is not None
    info = ctx.store.info(evidence.document_id, evidence.page)
    shapes = ctx.store.shapes(info) if info and info.renderable else None
    boxes: list[layout.Box] = []
    if shapes is not None and info is not None:
        text = ctx.store.text(info)
        if text is not None:
            boxes = layout.quote_boxes(text, evidence.quote, layout.occurrence_before(page.text, evidence.quote, char_start))
    queue = _queue_params(ctx)
    return ctx.render(
        "fact.html", status=status, fact=evidence, page=page, before=page.text[:char_start], quote=page.text[char_start:char_end],
        after=page.text[char_end:], shapes=shapes, boxes=boxes, dpi=DEFAULT_DPI, error=error, queue=queue,
        correctable={name: cell(value) for name, value in evidence.values.items()}, needs_ocr_tool=info is not None
        and info.text_source == "ocr" and shapes is not None and not boxes,
        next_url="/review/next" + query_string(after=evidence.ref, **queue),
    )


def _changed(kind: str, current: dict[str, Any], form: Context) -> dict[str, str]:
    """The correction fields whose submitted text differs from what the fact says now."""
    changed = {}
    for name in CORRECTABLE[kind]:
        submitted = form.field(f"value_{name}")
        if submitted is not None and submitted.strip() != cell(current.get(name)):
            changed[name] = submitted
    return changed


def decide_fact(ctx: Context) -> Response:
    kind, fact_id = _ref(ctx)
    action = ctx.field("action")
    note = (ctx.field("note") or "").strip() or None
    if action not in ("verify", "reject", "correct", "note"):
        return fact_page(ctx, error=f"unknown action {action!r}", status=400)
    try:
        corrections = None
        if action == "correct":
            with Session(ctx.engine) as session:
                current = fact_evidence(session, kind, fact_id).values
            changed = _changed(kind, current, ctx)
            if not changed:
                raise ReviewError("change at least one value to record a correction")
            corrections = parse_corrections(kind, changed)
        with transaction(ctx.engine) as session:
            decide(session, kind, fact_id, action, reviewer=ctx.user.name, note=note, corrections=corrections)
    except NotFound:
        raise HTTPException(404, f"no fact {fact_ref(kind, fact_id)}") from None
    except ReviewError as exc:
        return fact_page(ctx, error=f"not recorded: {exc}", status=400)
    ref = fact_ref(kind, fact_id)
    done = {"verify": "verified", "reject": "rejected", "correct": "corrected", "note": "noted"}[action]
    if action == "note":
        return ctx.redirect(f"/facts/{ref}" + query_string(**_queue_params(ctx)), flash=f"{ref}: note recorded")
    return ctx.redirect("/review/next" + query_string(after=ref, **_queue_params(ctx)), flash=f"{ref} {done} by {ctx.user.name}")


def _queue(session: Session, params: dict[str, str]) -> Queue:
    kinds = (params["kind"],) if params.get("kind") in KINDS else KINDS
    return Queue(
        kinds=kinds,
        agency_ids=resolve(session, Agency, AgencyAlias, params["agency"]) if params.get("agency") else None,
        vendor_ids=resolve(session, Vendor, VendorAlias, params["vendor"]) if params.get("vendor") else None,
    )


def _first_pending(session: Session, queue: Queue, after: tuple[str, int] | None) -> str | None:
    """The next fact awaiting review after `after` in the queue's order (kind by kind, least confident
    first), wrapping round to the start once; None when nothing is left."""
    kinds = list(queue.kinds)
    start = kinds.index(after[0]) if after and after[0] in kinds else 0
    for position, kind in enumerate(kinds[start:] + kinds[:start] + kinds[start:start + 1]):
        model = model_of(kind)
        stmt = pending_statement(kind, queue)
        if after and kind == after[0]:
            fact = session.get(model, after[1])
            if fact is not None:
                later = or_(model.confidence > fact.confidence, and_(model.confidence == fact.confidence, model.id > fact.id))
                stmt = stmt.where(later if position == 0 else model.id != fact.id)
        found = session.scalar(stmt.limit(1))
        if found is not None:
            return fact_ref(kind, found)
    return None


def next_fact(ctx: Context) -> Response:
    params = _queue_params(ctx)
    try:
        after = parse_fact_ref(ctx.param("after") or "") if ctx.param("after") else None
    except FactRefError:
        after = None
    with Session(ctx.engine) as session:
        try:
            ref = _first_pending(session, _queue(session, params), after)
        except QueryError as exc:
            raise HTTPException(400, str(exc)) from None
    if ref is None:
        return ctx.render("review_done.html", queue=params)
    return ctx.redirect(f"/facts/{ref}" + query_string(**params))


def routes(site: Site) -> list[BaseRoute]:
    return [
        Route("/facts/{ref}", site.page(fact_page)),
        Route("/facts/{ref}/decide", site.page(decide_fact, review=True), methods=["POST"]),
        Route("/review/next", site.page(next_fact)),
    ]
