"""Queries: every table and export a reporter sees, as documented columns and streamed rows.

All read-side SQL lives here. A query kind names its columns once (name, type, description): the CLI
table, the CSV header, JSON keys and the data package schema all come from that one list."""

from __future__ import annotations

import datetime as dt
import difflib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, Engine, Select, and_, distinct, func, literal, or_, select, union
from sqlalchemy.orm import Session, aliased

from foia.extract.entities import Gazetteer
from foia.models import (
    REVIEW_STATUSES,
    Agency,
    AgencyAlias,
    Cost,
    Document,
    FactMixin,
    Message,
    Page,
    Policy,
    Product,
    Redaction,
    Request,
    UsageCount,
    Vendor,
    VendorAlias,
)


class QueryError(Exception):
    """A filter the database cannot answer (unknown agency, bad search syntax); fit to show a user."""


@dataclass(frozen=True)
class Column:
    name: str
    type: str  # Frictionless table-schema type: integer, number, string, date, datetime
    description: str


@dataclass
class Filters:
    agency: str | None = None
    vendor: str | None = None
    product: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    status: str | None = None
    min_confidence: float | None = None
    request: str | None = None
    include_rejected: bool = True


@dataclass(frozen=True)
class QueryKind:
    name: str
    description: str
    columns: tuple[Column, ...]
    build: Callable[[Session, Filters], Select[Any]]
    to_row: Callable[[Any], Sequence[Any]]
    filters: frozenset[str] = field(default_factory=frozenset)


# --- columns shared by the fact kinds -------------------------------------------------------------

ID = Column("id", "integer", "The fact's id, as taken by `foia show` and `foia review`.")
DOCUMENT = Column("document", "string", "File name of the released document the fact was read from.")
PAGE = Column("page", "integer", "1-based page number in that document.")
BATES = Column("bates", "string", "Bates number stamped on that page, when there is one.")
AGENCY = Column("agency", "string", "Agency the fact is attributed to (canonical name).")
VENDOR = Column("vendor", "string", "Vendor the fact is attributed to (canonical name).")
PRODUCT = Column("product", "string", "Product the fact is about, when the text names one.")
DATE = Column("date", "date", "Date of the message the fact was read from, as printed (ISO 8601).")
QUOTE = Column("quote", "string", "The exact words on the page the fact was read from.")
CONFIDENCE = Column("confidence", "number", "Extractor's confidence, 0 to 1.")
STATUS = Column("status", "string", "Review status: unreviewed, verified, rejected or corrected.")


def _message_date(message: Message | None) -> dt.date | None:
    if message is None:
        return None
    moment = message.sent_at_local or message.sent_at
    return moment.date() if moment else None


def sent_at(message: Message) -> dt.datetime | None:
    """UTC with its offset when the source stated a zone, else the printed wall-clock time."""
    if message.sent_at is not None:
        return message.sent_at if message.sent_at.tzinfo else message.sent_at.replace(tzinfo=dt.UTC)
    return message.sent_at_local


def sender(message: Message) -> str | None:
    if message.sender_address:
        return f"{message.sender_name} <{message.sender_address}>" if message.sender_name else message.sender_address
    return message.sender_name


# --- name resolution ------------------------------------------------------------------------------


def _resolve(session: Session, table: type[Agency] | type[Vendor], alias_table: Any, name: str) -> list[int]:
    """Ids of the agencies (or vendors) whose name or alias matches, case-insensitively, including
    the shipped gazetteer's variants; an unknown name is an error with suggestions, not an empty result."""
    key = " ".join(name.split()).casefold()
    kind = "agency" if table is Agency else "vendor"
    wanted = {key} | {
        entity.name.casefold()
        for alias, entity in Gazetteer.load().entries
        if entity.kind == kind and " ".join(alias.split()).casefold() == key
    }
    by_name = select(table.id).where(func.lower(table.name).in_(wanted))
    link = alias_table.agency_id if table is Agency else alias_table.vendor_id
    by_alias = select(link).where(func.lower(alias_table.alias).in_(wanted))
    ids = list(session.scalars(union(by_name, by_alias)))
    if not ids:
        known = list(session.scalars(select(table.name)))
        close = difflib.get_close_matches(name, known, n=3, cutoff=0.5)
        hint = f"; did you mean {', '.join(repr(c) for c in close)}?" if close else ""
        raise QueryError(f"no {kind} named {name!r}{hint}")
    return ids


def _date_of(message: type[Message] | Any) -> ColumnElement[Any]:
    return func.coalesce(message.sent_at_local, message.sent_at)


def _apply_fact_filters(
    stmt: Select[Any], session: Session, model: type[FactMixin], filters: Filters, message: Any
) -> Select[Any]:
    if filters.agency:
        stmt = stmt.where(model.agency_id.in_(_resolve(session, Agency, AgencyAlias, filters.agency)))
    if filters.vendor:
        stmt = stmt.where(model.vendor_id.in_(_resolve(session, Vendor, VendorAlias, filters.vendor)))
    if filters.product:
        product_ids = list(session.scalars(select(Product.id).where(func.lower(Product.name).contains(filters.product.lower()))))
        if not product_ids:
            raise QueryError(f"no product named {filters.product!r}")
        stmt = stmt.where(model.product_id.in_(product_ids))
    if filters.status:
        if filters.status not in REVIEW_STATUSES:
            raise QueryError(f"unknown status {filters.status!r} (one of {', '.join(REVIEW_STATUSES)})")
        stmt = stmt.where(model.review_status == filters.status)
    elif not filters.include_rejected:
        stmt = stmt.where(model.review_status != "rejected")
    if filters.min_confidence is not None:
        stmt = stmt.where(model.confidence >= filters.min_confidence)
    if filters.since:
        stmt = stmt.where(_date_of(message) >= dt.datetime.combine(filters.since, dt.time.min))
    if filters.until:
        stmt = stmt.where(_date_of(message) < dt.datetime.combine(filters.until + dt.timedelta(days=1), dt.time.min))
    if filters.request:
        stmt = stmt.join(Request, Document.request_id == Request.id).where(Request.reference == filters.request)
    return stmt


def _fact_select(model: type[FactMixin]) -> Callable[[Session, Filters], Select[Any]]:
    def build(session: Session, filters: Filters) -> Select[Any]:
        message = aliased(Message)
        stmt = (
            select(model, Page.number, Page.bates, Document.file_name, Agency.name, Vendor.name, Product.name, message)
            .join(Page, model.page_id == Page.id)
            .join(Document, Page.document_id == Document.id)
            .outerjoin(Agency, model.agency_id == Agency.id)
            .outerjoin(Vendor, model.vendor_id == Vendor.id)
            .outerjoin(Product, model.product_id == Product.id)
            .outerjoin(message, model.message_id == message.id)
            .order_by(Document.file_name, Page.number, model.char_start, model.id)
        )
        return _apply_fact_filters(stmt, session, model, filters, message)

    return build


FACT_FILTERS = frozenset({"agency", "vendor", "product", "since", "until", "status", "min_confidence", "request"})


def _cost_row(result: Any) -> Sequence[Any]:
    cost, page, bates, document, agency, vendor, product, message = result
    return (
        cost.id, document, page, bates, agency, vendor, product, cost.amount_min, cost.amount_max, cost.currency,
        cost.period, cost.unit, cost.unit_quantity, cost.kind, cost.monthly_usd_min, cost.monthly_usd_max,
        _message_date(message), cost.quote, cost.confidence, cost.review_status,
    )


def _usage_row(result: Any) -> Sequence[Any]:
    usage, page, bates, document, agency, vendor, product, message = result
    return (
        usage.id, document, page, bates, agency, vendor, product, usage.count, usage.qualifier, usage.measure,
        usage.per, _message_date(message), usage.quote, usage.confidence, usage.review_status,
    )


def _policy_row(result: Any) -> Sequence[Any]:
    policy, page, bates, document, agency, _vendor, _product, message = result
    return (
        policy.id, document, page, bates, agency, policy.kind, policy.statement, _message_date(message),
        policy.quote, policy.confidence, policy.review_status,
    )


# --- messages, documents, redactions --------------------------------------------------------------


def _messages(session: Session, filters: Filters) -> Select[Any]:
    stmt = (
        select(Message, Document.file_name)
        .join(Document, Message.document_id == Document.id)
        .order_by(Document.file_name, Message.position)
    )
    if filters.since:
        stmt = stmt.where(_date_of(Message) >= dt.datetime.combine(filters.since, dt.time.min))
    if filters.until:
        stmt = stmt.where(_date_of(Message) < dt.datetime.combine(filters.until + dt.timedelta(days=1), dt.time.min))
    if filters.request:
        stmt = stmt.join(Request, Document.request_id == Request.id).where(Request.reference == filters.request)
    if filters.agency:
        ids = _resolve(session, Agency, AgencyAlias, filters.agency)
        stmt = stmt.where(or_(Message.sender_agency_id.in_(ids), Document.agency_id.in_(ids)))
    return stmt


def _message_row(result: Any) -> Sequence[Any]:
    message, file_name = result
    return (
        message.id, file_name, message.page_start, message.page_end, sender(message), message.recipients,
        message.cc, sent_at(message), message.sent_at_text, message.subject, message.duplicate_of_id,
    )


def _documents(session: Session, filters: Filters) -> Select[Any]:
    parent = aliased(Document)
    stmt = (
        select(Document, parent.file_name, Request.reference, Agency.name)
        .outerjoin(parent, Document.parent_id == parent.id)
        .outerjoin(Request, Document.request_id == Request.id)
        .outerjoin(Agency, Document.agency_id == Agency.id)
        .order_by(Document.file_name, Document.id)
    )
    if filters.status:
        stmt = stmt.where(Document.status == filters.status)
    if filters.request:
        stmt = stmt.where(Request.reference == filters.request)
    if filters.agency:
        stmt = stmt.where(Document.agency_id.in_(_resolve(session, Agency, AgencyAlias, filters.agency)))
    return stmt


def _document_row(result: Any) -> Sequence[Any]:
    document, parent_name, request, agency = result
    return (
        document.id, document.file_name, document.sha256, document.page_count, document.status, document.error,
        document.media_type, document.size_bytes, parent_name, request, agency, document.imported_at,
    )


def _redactions(session: Session, filters: Filters) -> Select[Any]:
    stmt = (
        select(Document.file_name, Page.number, Page.bates, Redaction.code, Redaction.count)
        .join(Page, Redaction.page_id == Page.id)
        .join(Document, Page.document_id == Document.id)
        .order_by(Document.file_name, Page.number, Redaction.code)
    )
    if filters.request:
        stmt = stmt.join(Request, Document.request_id == Request.id).where(Request.reference == filters.request)
    if filters.agency:
        stmt = stmt.where(Document.agency_id.in_(_resolve(session, Agency, AgencyAlias, filters.agency)))
    return stmt


# --- per-entity summaries -------------------------------------------------------------------------

FACT_TABLES: tuple[type[FactMixin], ...] = (Cost, UsageCount, Policy)
IMAGE_MEASURES = ("images", "image", "photos", "photo", "booking photos", "mugshots", "faces")


def _facts_union(columns: Callable[[type[FactMixin]], list[Any]], where: Callable[[type[FactMixin]], Any]) -> Any:
    return union(*(select(*columns(model)).where(where(model)) for model in FACT_TABLES)).subquery()


def _agencies(session: Session, filters: Filters) -> Select[Any]:
    """One row per agency: its vendors and products, monthly cost range, largest image count, first and
    last dated record, and how many documents and messages concern it. Rejected facts never count."""
    live = {model: model.review_status != "rejected" for model in FACT_TABLES}
    links = _facts_union(
        lambda m: [m.agency_id.label("agency_id"), m.vendor_id.label("vendor_id"), m.product_id.label("product_id")],
        lambda m: and_(live[m], m.agency_id.is_not(None)),
    )
    vendors = (
        select(links.c.agency_id, func.count(distinct(links.c.vendor_id)).label("n"))
        .group_by(links.c.agency_id)
        .subquery()
    )
    costs = (
        select(
            Cost.agency_id,
            func.min(Cost.monthly_usd_min).label("low"),
            func.max(Cost.monthly_usd_max).label("high"),
        )
        .where(live[Cost], Cost.agency_id.is_not(None))
        .group_by(Cost.agency_id)
        .subquery()
    )
    images = (
        select(UsageCount.agency_id, func.max(UsageCount.count).label("largest"))
        .where(live[UsageCount], UsageCount.measure.in_(IMAGE_MEASURES), UsageCount.agency_id.is_not(None))
        .group_by(UsageCount.agency_id)
        .subquery()
    )
    fact_documents = _facts_union(
        lambda m: [m.agency_id.label("agency_id"), Page.document_id.label("document_id")],
        lambda m: and_(live[m], m.agency_id.is_not(None), Page.id == m.page_id),
    )
    agency_documents = union(
        select(fact_documents.c.agency_id, fact_documents.c.document_id),
        select(Document.agency_id, Document.id).where(Document.agency_id.is_not(None)),
    ).subquery()
    activity = (
        select(
            agency_documents.c.agency_id,
            func.count(distinct(agency_documents.c.document_id)).label("documents"),
            func.count(distinct(Message.id)).label("messages"),
            func.min(_date_of(Message)).label("first"),
            func.max(_date_of(Message)).label("last"),
        )
        .outerjoin(Message, Message.document_id == agency_documents.c.document_id)
        .group_by(agency_documents.c.agency_id)
        .subquery()
    )
    stmt = (
        select(
            Agency,
            vendors.c.n,
            costs.c.low,
            costs.c.high,
            images.c.largest,
            activity.c.first,
            activity.c.last,
            activity.c.documents,
            activity.c.messages,
        )
        .outerjoin(vendors, vendors.c.agency_id == Agency.id)
        .outerjoin(costs, costs.c.agency_id == Agency.id)
        .outerjoin(images, images.c.agency_id == Agency.id)
        .outerjoin(activity, activity.c.agency_id == Agency.id)
        .order_by(Agency.name)
    )
    if filters.agency:
        stmt = stmt.where(Agency.id.in_(_resolve(session, Agency, AgencyAlias, filters.agency)))
    return stmt


def _names_by_agency(session: Session) -> dict[int, tuple[str, str]]:
    """Vendor and product names per agency, joined for display (`; `-separated, sorted)."""
    pairs: dict[int, tuple[set[str], set[str]]] = {}
    for model in FACT_TABLES:
        rows = session.execute(
            select(model.agency_id, Vendor.name, Product.name)
            .distinct()
            .join(Vendor, model.vendor_id == Vendor.id)
            .outerjoin(Product, model.product_id == Product.id)
            .where(model.agency_id.is_not(None), model.review_status != "rejected")
        )
        for agency_id, vendor, product in rows:
            vendors, products = pairs.setdefault(agency_id, (set(), set()))
            vendors.add(vendor)
            if product:
                products.add(product)
    return {key: ("; ".join(sorted(v)), "; ".join(sorted(p))) for key, (v, p) in pairs.items()}


def _vendors(session: Session, filters: Filters) -> Select[Any]:
    live_links = _facts_union(
        lambda m: [m.vendor_id.label("vendor_id"), m.agency_id.label("agency_id"), m.id.label("fact_id"),
                   literal(m.__tablename__).label("kind")],
        lambda m: and_(m.review_status != "rejected", m.vendor_id.is_not(None)),
    )
    counts = (
        select(
            live_links.c.vendor_id,
            func.count(distinct(live_links.c.agency_id)).label("agencies"),
            func.count().label("facts"),
        )
        .group_by(live_links.c.vendor_id)
        .subquery()
    )
    stmt = (
        select(Vendor, counts.c.agencies, counts.c.facts)
        .outerjoin(counts, counts.c.vendor_id == Vendor.id)
        .order_by(Vendor.name)
    )
    if filters.vendor:
        stmt = stmt.where(Vendor.id.in_(_resolve(session, Vendor, VendorAlias, filters.vendor)))
    return stmt


# --- the catalogue --------------------------------------------------------------------------------

KINDS: dict[str, QueryKind] = {
    kind.name: kind
    for kind in (
        QueryKind(
            "costs",
            "Prices, fees, grants and caps, each with its citation.",
            (
                ID, DOCUMENT, PAGE, BATES, AGENCY, VENDOR, PRODUCT,
                Column("amount_min", "number", "Lower end of the amount as written (equal to amount_max unless a range)."),
                Column("amount_max", "number", "Upper end of the amount as written; a range is never averaged."),
                Column("currency", "string", "ISO 4217 currency code."),
                Column("period", "string", "one-time, day, week, month, quarter or year; empty when the text does not say."),
                Column("unit", "string", "For per-unit prices, what is counted (image, search, user ...)."),
                Column("unit_quantity", "number", "How many units the price covers ($1 per 1,000 images: 1000)."),
                Column("kind", "string", "setup, subscription, license, maintenance, grant or cap, where stated."),
                Column("monthly_usd_min", "number", "Lower monthly USD figure, only where a flat recurring price allows it."),
                Column("monthly_usd_max", "number", "Upper monthly USD figure, only where a flat recurring price allows it."),
                DATE, QUOTE, CONFIDENCE, STATUS,
            ),
            _fact_select(Cost),
            _cost_row,
            FACT_FILTERS,
        ),
        QueryKind(
            "usage",
            "Counts of images, searches, users, cameras and the like.",
            (
                ID, DOCUMENT, PAGE, BATES, AGENCY, VENDOR, PRODUCT,
                Column("count", "integer", "The number as written."),
                Column("qualifier", "string", "exact, approximately, at least, at most or up to."),
                Column("measure", "string", "What is counted: images, searches, users, cameras, faces ..."),
                Column("per", "string", "For a rate, its period (day, month ...)."),
                DATE, QUOTE, CONFIDENCE, STATUS,
            ),
            _fact_select(UsageCount),
            _usage_row,
            FACT_FILTERS,
        ),
        QueryKind(
            "policies",
            "Stated rules, restrictions and justifications about the use of face recognition.",
            (
                ID, DOCUMENT, PAGE, BATES, AGENCY,
                Column("kind", "string", "prohibition, requirement, permission, disclaimer or other."),
                Column("statement", "string", "The whole sentence stating the policy."),
                DATE, QUOTE, CONFIDENCE, STATUS,
            ),
            _fact_select(Policy),
            _policy_row,
            FACT_FILTERS,
        ),
        QueryKind(
            "messages",
            "Email messages split from printed threads or read from native email files.",
            (
                Column("id", "integer", "The message's id, as taken by `foia show message`."),
                DOCUMENT,
                Column("page_start", "integer", "Page the message starts on."),
                Column("page_end", "integer", "Page the message ends on."),
                Column("sender", "string", "Sender name and address as printed (address empty when redacted)."),
                Column("recipients", "string", "To: line as printed."),
                Column("cc", "string", "Cc: line as printed."),
                Column("sent_at", "datetime", "ISO 8601: UTC with offset when the record states a zone, else the printed wall-clock time."),
                Column("sent_at_text", "string", "The date line exactly as printed."),
                Column("subject", "string", "Subject line."),
                Column("duplicate_of", "integer", "Id of the earlier copy of this same message, if any."),
            ),
            _messages,
            _message_row,
            frozenset({"agency", "since", "until", "request"}),
        ),
        QueryKind(
            "documents",
            "Every file imported or attempted, with its status and any error.",
            (
                Column("id", "integer", "The document's id, as taken by `foia show document`."),
                DOCUMENT,
                Column("sha256", "string", "SHA-256 of the file's bytes; identifies the document."),
                Column("pages", "integer", "Page count."),
                Column("status", "string", "imported or failed."),
                Column("error", "string", "Why the import failed."),
                Column("media_type", "string", "Detected format."),
                Column("size_bytes", "integer", "File size."),
                Column("parent", "string", "For an email attachment, the file that carried it."),
                Column("request", "string", "Public-records request reference."),
                AGENCY,
                Column("imported_at", "datetime", "When the document was imported."),
            ),
            _documents,
            _document_row,
            frozenset({"agency", "status", "request"}),
        ),
        QueryKind(
            "redactions",
            "Redactions per page: exemption codes and how often each appears.",
            (
                DOCUMENT, PAGE, BATES,
                Column("code", "string", "Exemption cited, e.g. (b)(6), or 'box' for a blacked-out area without a code."),
                Column("count", "integer", "How many times on that page."),
            ),
            _redactions,
            lambda result: tuple(result),
            frozenset({"agency", "request"}),
        ),
        QueryKind(
            "vendors",
            "Vendors with their products and how many agencies and facts name them.",
            (
                Column("id", "integer", "The vendor's id."),
                VENDOR,
                Column("products", "string", "The vendor's products seen in the records (; separated)."),
                Column("agencies", "integer", "Agencies with facts naming this vendor."),
                Column("facts", "integer", "Facts (costs, usage, policies) naming this vendor, rejected ones excluded."),
            ),
            _vendors,
            lambda result: (
                result[0].id, result[0].name, "; ".join(sorted(p.name for p in result[0].products)),
                result[1] or 0, result[2] or 0,
            ),
            frozenset({"vendor"}),
        ),
        QueryKind(
            "agencies",
            "Per agency: vendors and products, monthly cost range, largest image count, record dates and counts.",
            (
                Column("id", "integer", "The agency's id."),
                AGENCY,
                Column("vendors", "string", "Vendors named in facts about this agency (; separated)."),
                Column("products", "string", "Products named in facts about this agency (; separated)."),
                Column("monthly_usd_min", "number", "Lowest monthly USD figure among its costs."),
                Column("monthly_usd_max", "number", "Highest monthly USD figure among its costs."),
                Column("largest_image_count", "integer", "Largest count of images (photos, faces) stated."),
                Column("first_record", "date", "Date of the earliest dated message in its documents."),
                Column("last_record", "date", "Date of the latest dated message in its documents."),
                Column("documents", "integer", "Documents released by or with facts about this agency."),
                Column("messages", "integer", "Messages in those documents."),
            ),
            _agencies,
            lambda result: result,  # completed by rows() with the vendor and product names
            frozenset({"agency"}),
        ),
    )
}


def _as_date(value: Any) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, str):  # SQLite returns aggregated datetimes as text
        return dt.datetime.fromisoformat(value).date()
    return value  # type: ignore[no-any-return]


def rows(engine: Engine, kind: str, filters: Filters | None = None, limit: int | None = None) -> Iterator[Sequence[Any]]:
    """Stream the rows of one query kind; memory stays flat however many there are."""
    spec = KINDS[kind]
    filters = filters or Filters()
    with Session(engine) as session:
        stmt = spec.build(session, filters)
        if limit is not None:
            stmt = stmt.limit(limit)
        names = _names_by_agency(session) if kind == "agencies" else {}
        for result in session.execute(stmt.execution_options(yield_per=1000)):
            if kind == "agencies":
                agency, _n, low, high, largest, first, last, documents, messages = result
                vendors, products = names.get(agency.id, ("", ""))
                yield (
                    agency.id, agency.name, vendors, products, low, high, largest, _as_date(first), _as_date(last),
                    documents or 0, messages or 0,
                )
            else:
                yield spec.to_row(result)


def count_rows(engine: Engine, kind: str, filters: Filters | None = None) -> int:
    spec = KINDS[kind]
    with Session(engine) as session:
        stmt = spec.build(session, filters or Filters()).order_by(None)
        return int(session.scalar(select(func.count()).select_from(stmt.subquery())) or 0)

