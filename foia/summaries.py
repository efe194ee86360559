"""Per-agency summaries, recomputed only for the agencies that changed.

Database triggers append an agency's id to agency_summary_changes whenever a fact or document
concerning it is written (migration 0006), and a document's id to document_summary_changes whenever
one of its messages is (0009), by any code path. `refresh` takes both logs, turns the documents into
the agencies they concern, and recomputes those agencies' rows with queries narrowed to them, so
`foia agencies` reads a small table instead of aggregating every fact on every call."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import (
    ColumnElement,
    and_,
    delete,
    distinct,
    func,
    insert,
    select,
    union,
)
from sqlalchemy.orm import Session

from foia.models import (
    Agency,
    AgencySummary,
    AgencySummaryChange,
    Cost,
    Document,
    DocumentSummaryChange,
    FactMixin,
    Message,
    Page,
    Policy,
    Product,
    UsageCount,
    Vendor,
)
from foia.totals import CostRow, agency_totals

FACT_TABLES: tuple[type[FactMixin], ...] = (Cost, UsageCount, Policy)
IMAGE_MEASURES = ("images", "image", "photos", "photo", "booking photos", "mugshots", "faces")
BATCH = 500
TABLE_EXTRACTOR = "tables"  # foia.extract.tables.EXTRACTOR, whose module the summaries need not import


def _live(model: type[FactMixin], ids: Sequence[int], *, copies: bool = False) -> ColumnElement[bool]:
    """Facts that count for these agencies: rejected ones never do, nor (unless `copies`) copies of
    another fact (a re-saved or scanned copy of a record, a figure said again), which would count it
    twice. A document holding only copies still concerns the agency: its documents count them."""
    live = and_(model.agency_id.in_(ids), model.review_status != "rejected")
    return live if copies else and_(live, model.duplicate_of_id.is_(None))


def _as_date(value: Any) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, str):  # SQLite returns aggregated datetimes as text
        value = dt.datetime.fromisoformat(value)
    return value.date() if isinstance(value, dt.datetime) else value


def compute(session: Session, ids: Sequence[int]) -> list[dict[str, Any]]:
    """Summary rows for these agencies, each query narrowed to them through the agency_id indexes."""
    names: dict[int, tuple[set[str], set[str]]] = {agency_id: (set(), set()) for agency_id in ids}
    for model in FACT_TABLES:
        rows = session.execute(
            select(model.agency_id, Vendor.name, Product.name)
            .distinct()
            .join(Vendor, model.vendor_id == Vendor.id)
            .outerjoin(Product, model.product_id == Product.id)
            .where(_live(model, ids))
        )
        for agency_id, vendor, product in rows:
            if agency_id is None:  # excluded by _live; said again for the type checker
                continue
            names[agency_id][0].add(vendor)
            if product:
                names[agency_id][1].add(product)
    money = dict(
        (agency_id, (low, high))
        for agency_id, low, high in session.execute(
            select(Cost.agency_id, func.min(Cost.monthly_usd_min), func.max(Cost.monthly_usd_max))
            .where(_live(Cost, ids))
            .group_by(Cost.agency_id)
        )
    )
    images = dict(
        session.execute(
            select(UsageCount.agency_id, func.max(UsageCount.count))
            .where(_live(UsageCount, ids), UsageCount.category == "usage", UsageCount.measure.in_(IMAGE_MEASURES))
            .group_by(UsageCount.agency_id)
        ).all()
    )
    agency_documents = union(
        *(
            select(model.agency_id.label("agency_id"), Page.document_id.label("document_id"))
            .join(Page, Page.id == model.page_id)
            .where(_live(model, ids, copies=True))
            for model in FACT_TABLES
        ),
        select(Document.agency_id, Document.id).where(Document.agency_id.in_(ids)),
    ).subquery()
    moment = func.coalesce(Message.sent_at_local, Message.sent_at)
    activity = {
        agency_id: (documents, messages, first, last)
        for agency_id, documents, messages, first, last in session.execute(
            select(
                agency_documents.c.agency_id,
                func.count(distinct(agency_documents.c.document_id)),
                func.count(distinct(Message.id)),
                func.min(moment),
                func.max(moment),
            )
            .outerjoin(Message, and_(Message.document_id == agency_documents.c.document_id,
                                     Message.duplicate_of_id.is_(None)))
            .group_by(agency_documents.c.agency_id)
        )
    }
    quotable = _totals(session, ids)
    summaries = []
    for agency_id in ids:
        vendors, products = names[agency_id]
        low, high = money.get(agency_id, (None, None))
        documents, messages, first, last = activity.get(agency_id, (0, 0, None, None))
        summaries.append(
            {
                "agency_id": agency_id,
                "vendors": "; ".join(sorted(vendors)),
                "products": "; ".join(sorted(products)),
                "monthly_usd_min": low,
                "monthly_usd_max": high,
                "largest_image_count": images.get(agency_id),
                "first_record": _as_date(first),
                "last_record": _as_date(last),
                "documents": documents,
                "messages": messages,
                **quotable[agency_id],
            }
        )
    return summaries


def _totals(session: Session, ids: Sequence[int]) -> dict[int, dict[str, Any]]:
    """The figures a reporter can quote (foia.totals), as summary columns, for each of these agencies."""
    costs: dict[int, list[CostRow]] = {agency_id: [] for agency_id in ids}
    for row in session.execute(
        select(Cost.agency_id, Page.document_id, Document.file_name, Cost.amount_min, Cost.amount_max, Cost.currency,
               Cost.period, Cost.unit, Cost.kind, Cost.qualifier, Cost.extractor == TABLE_EXTRACTOR)
        .join(Page, Page.id == Cost.page_id)
        .join(Document, Document.id == Page.document_id)
        .where(_live(Cost, ids))
    ):
        agency_id, *values = row
        if agency_id is not None:  # excluded by _live; said again for the type checker
            costs[agency_id].append(CostRow(*values))
    columns = {}
    for agency_id, rows in costs.items():
        totals = agency_totals(rows)
        contract, annual = totals.contract, totals.annual
        columns[agency_id] = {
            "costs": totals.costs,
            "contract_usd_min": contract.low if contract else None,
            "contract_usd_max": contract.high if contract else None,
            "contract_document_id": contract.document_id if contract else None,
            "annual_usd_min": annual.low if annual else None,
            "annual_usd_max": annual.high if annual else None,
            "annual_document_id": annual.document_id if annual else None,
            "cost_note": totals.note,
        }
    return columns


def refresh(session: Session) -> int:
    """Recompute the summaries of every agency logged as changed; returns how many. Taking the log
    with DELETE ... RETURNING is the transaction's first write, so concurrent refreshes never both
    recompute an agency and a change logged meanwhile waits for the next refresh."""
    logged = set(session.scalars(delete(AgencySummaryChange).returning(AgencySummaryChange.agency_id)))
    documents = sorted(set(session.scalars(delete(DocumentSummaryChange).returning(DocumentSummaryChange.document_id))))
    for start in range(0, len(documents), BATCH):
        logged |= _agencies_of(session, documents[start : start + BATCH])
    existing = set(session.scalars(select(Agency.id).where(Agency.id.in_(logged)))) if logged else set()
    ids = sorted(existing)
    for start in range(0, len(ids), BATCH):
        chunk = ids[start : start + BATCH]
        session.execute(delete(AgencySummary).where(AgencySummary.agency_id.in_(chunk)))
        session.execute(insert(AgencySummary), compute(session, chunk))
    return len(ids)


def _agencies_of(session: Session, document_ids: Sequence[int]) -> set[int]:
    """Agencies these documents concern: the batch agency, and the agencies of facts on their pages."""
    found = union(
        select(Document.agency_id).where(Document.id.in_(document_ids), Document.agency_id.is_not(None)),
        *(select(model.agency_id).join(Page, Page.id == model.page_id)
          .where(Page.document_id.in_(document_ids), model.agency_id.is_not(None)) for model in FACT_TABLES),
    )
    return set(session.scalars(select(found.subquery().c.agency_id)))

