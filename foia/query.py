"""Queries: every table and export a reporter sees, as documented columns and streamed rows.

All read-side SQL lives here. A query kind names its columns once (name, type, description): the CLI
table, the CSV header, JSON keys and the data package schema all come from that one list."""

from __future__ import annotations

import datetime as dt
import difflib
import functools
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Date,
    Engine,
    Float,
    Integer,
    Select,
    String,
    and_,
    case,
    cast,
    distinct,
    func,
    literal,
    or_,
    select,
    union,
)
from sqlalchemy.orm import Session, aliased

from foia import summaries
from foia.extract.entities import Gazetteer
from foia.facts import PREFIXES
from foia.models import (
    FACT_MODELS,
    REVIEW_STATUSES,
    Agency,
    AgencyAlias,
    AgencySummary,
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
    include_duplicates: bool = False  # messages: also list later copies of the same message


@dataclass(frozen=True)
class QueryKind:
    name: str
    description: str
    columns: tuple[Column, ...]
    build: Callable[[Session, Filters], Select[Any]]
    to_row: Callable[[Any], Sequence[Any]]
    filters: frozenset[str] = field(default_factory=frozenset)
    # Whether every column is a plain SQL expression the database can render as CSV text itself.
    csv_in_sql: bool = False


# --- columns shared by the fact kinds -------------------------------------------------------------

ID = Column("id", "string", "The fact's id (C12 is cost 12, U5 usage count 5, P3 policy 3), as taken by `foia show fact` and `foia review`.")
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


@functools.cache
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


def name_matches(table: type[Agency] | type[Vendor], wanted: set[str]) -> ColumnElement[bool]:
    """Names equal to one of `wanted` (case-folded), or one of them with a state after it: "Washington
    County Sheriff's Office" also finds "Washington County Sheriff's Office (OR)" and the same name in
    other states, since agencies that share a name carry their state in it."""
    placed = [func.lower(table.name).like(_like_prefix(each) + " (%", escape="\\") for each in wanted]
    return or_(func.lower(table.name).in_(wanted), *placed)


def _like_prefix(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def resolve(session: Session, table: type[Agency] | type[Vendor], alias_table: Any, name: str) -> list[int]:
    """Ids of the agencies (or vendors) whose name or alias matches, case-insensitively, including
    the shipped gazetteer's variants; an unknown name is an error with suggestions, not an empty result."""
    kind = "agency" if table is Agency else "vendor"
    wanted = {" ".join(name.split()).casefold()}
    if (entity := gazetteer().canonical(kind, name)) is not None:
        wanted.add(entity.name.casefold())
    by_name = select(table.id).where(name_matches(table, wanted))
    link = alias_table.agency_id if table is Agency else alias_table.vendor_id
    by_alias = select(link).where(func.lower(alias_table.alias).in_(wanted))
    ids = list(session.scalars(union(by_name, by_alias)))
    if not ids:
        raise QueryError(f"no {kind} named {name!r}{_did_you_mean(name, session.scalars(select(table.name)))}")
    return ids


def _did_you_mean(wanted: str, known: Iterable[str]) -> str:
    close = difflib.get_close_matches(wanted, list(known), n=3, cutoff=0.5)
    return f"; did you mean {', '.join(repr(c) for c in close)}?" if close else ""


def request_id(session: Session, reference: str) -> int:
    """The id of the request with this reference; an unknown one is an error with suggestions, not an
    empty result (a mistyped reference would otherwise look like a request with no records)."""
    found = session.scalar(select(Request.id).where(Request.reference == reference.strip()))
    if found is None:
        hint = _did_you_mean(reference, session.scalars(select(Request.reference)))
        raise QueryError(f"no request with reference {reference!r}{hint}")
    return found


def _date_of(message: type[Message] | Any) -> ColumnElement[Any]:
    return func.coalesce(message.sent_at_local, message.sent_at)


def _apply_fact_filters(
    stmt: Select[Any], session: Session, model: type[FactMixin], filters: Filters, message: Any
) -> Select[Any]:
    if filters.agency:
        stmt = stmt.where(model.agency_id.in_(resolve(session, Agency, AgencyAlias, filters.agency)))
    if filters.vendor:
        stmt = stmt.where(model.vendor_id.in_(resolve(session, Vendor, VendorAlias, filters.vendor)))
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
        stmt = stmt.where(Document.request_id == request_id(session, filters.request))
    return stmt


FACT_VALUES: dict[type[FactMixin], tuple[str, ...]] = {
    Cost: ("amount_min", "amount_max", "currency", "period", "unit", "unit_quantity", "kind", "monthly_usd_min",
           "monthly_usd_max"),
    UsageCount: ("count", "qualifier", "measure", "per"),
    Policy: ("kind", "statement"),
}
FACT_CITATION = ("id", "document", "page", "bates", "agency", "vendor", "product")


def _fact_select(kind: str) -> Callable[[Session, Filters], Select[Any]]:
    """Exactly the export columns, computed in SQL (the C12 reference, the message's date), so rows
    stream from the driver untouched: a million of them must export fast."""
    model = FACT_MODELS[kind]

    def build(session: Session, filters: Filters) -> Select[Any]:
        message = aliased(Message)
        entities = () if kind == "policies" else (Vendor.name, Product.name)
        stmt = (
            select(
                (literal(PREFIXES[kind], String) + cast(model.id, String)).label("id"),
                Document.file_name, Page.number, Page.bates, Agency.name, *entities,
                *(getattr(model, name) for name in FACT_VALUES[model]),
                func.date(_date_of(message), type_=Date), model.quote, model.confidence, model.review_status,
            )
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


# --- messages, documents, redactions --------------------------------------------------------------


def _messages(session: Session, filters: Filters) -> Select[Any]:
    stmt = (
        select(Message, Document.file_name)
        .join(Document, Message.document_id == Document.id)
        .order_by(Document.file_name, Message.position)
    )
    if not filters.include_duplicates:
        stmt = stmt.where(Message.duplicate_of_id.is_(None))
    if filters.since:
        stmt = stmt.where(_date_of(Message) >= dt.datetime.combine(filters.since, dt.time.min))
    if filters.until:
        stmt = stmt.where(_date_of(Message) < dt.datetime.combine(filters.until + dt.timedelta(days=1), dt.time.min))
    if filters.request:
        stmt = stmt.where(Document.request_id == request_id(session, filters.request))
    if filters.agency:
        ids = resolve(session, Agency, AgencyAlias, filters.agency)
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
        stmt = stmt.where(Document.request_id == request_id(session, filters.request))
    if filters.agency:
        stmt = stmt.where(Document.agency_id.in_(resolve(session, Agency, AgencyAlias, filters.agency)))
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
        stmt = stmt.where(Document.request_id == request_id(session, filters.request))
    if filters.agency:
        stmt = stmt.where(Document.agency_id.in_(resolve(session, Agency, AgencyAlias, filters.agency)))
    return stmt


# --- per-entity summaries -------------------------------------------------------------------------



def _facts_union(columns: Callable[[type[FactMixin]], list[Any]], where: Callable[[type[FactMixin]], Any]) -> Any:
    return union(*(select(*columns(model)).where(where(model)) for model in summaries.FACT_TABLES)).subquery()


def _agencies(session: Session, filters: Filters) -> Select[Any]:
    """One row per agency from the precomputed summaries (foia.summaries), refreshed by `rows`."""
    stmt = (
        select(
            Agency.id, Agency.name, AgencySummary.vendors, AgencySummary.products, AgencySummary.monthly_usd_min,
            AgencySummary.monthly_usd_max, AgencySummary.largest_image_count, AgencySummary.first_record,
            AgencySummary.last_record, func.coalesce(AgencySummary.documents, 0),
            func.coalesce(AgencySummary.messages, 0),
        )
        .outerjoin(AgencySummary, AgencySummary.agency_id == Agency.id)
        .order_by(Agency.name)
    )
    if filters.agency:
        stmt = stmt.where(Agency.id.in_(resolve(session, Agency, AgencyAlias, filters.agency)))
    return stmt


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
        stmt = stmt.where(Vendor.id.in_(resolve(session, Vendor, VendorAlias, filters.vendor)))
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
            _fact_select("costs"),
            tuple,
            FACT_FILTERS,
            csv_in_sql=True,
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
            _fact_select("usage"),
            tuple,
            FACT_FILTERS,
            csv_in_sql=True,
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
            _fact_select("policies"),
            tuple,
            FACT_FILTERS,
            csv_in_sql=True,
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
            frozenset({"agency", "since", "until", "request", "include_duplicates"}),
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
            tuple,
            frozenset({"agency"}),
        ),
    )
}


# OWASP CSV-injection guidance: a text cell starting with one of these is made inert with a leading quote.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
BATCH_ROWS = 5000


def _csv_cell(expression: Any, kind: str, dialect: str) -> ColumnElement[Any]:
    """One column rendered as its CSV text by the database itself: numbers in plain notation without
    trailing zeros, ISO dates, and text that a spreadsheet would run as a formula made inert with a
    leading quote (OWASP). Numbers are never prefixed, so a negative amount stays a number."""
    if kind == "string":
        if dialect == "postgresql":
            # COPY writes an empty string as "" and NULL as nothing; the csv module writes both as nothing.
            expression = func.nullif(expression, "")
        return case((func.substr(expression, 1, 1).in_(FORMULA_TRIGGERS), literal("'", String) + expression),
                    else_=expression)
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


# A range of document file names, [first, past): the slices a parallel export splits a fact kind into.
NameRange = tuple[str | None, str | None]


def _statement(session: Session, spec: QueryKind, filters: Filters, limit: int | None, csv: bool,
               names: NameRange = (None, None)) -> Select[Any]:
    stmt = spec.build(session, filters)
    if names[0] is not None:
        stmt = stmt.where(Document.file_name >= names[0])
    if names[1] is not None:
        stmt = stmt.where(Document.file_name < names[1])
    if limit is not None:
        stmt = stmt.limit(limit)
    if csv and spec.csv_in_sql:
        dialect = session.get_bind().dialect.name
        stmt = stmt.with_only_columns(
            *(_csv_cell(expression, column.type, dialect)
              for expression, column in zip(stmt.selected_columns, spec.columns, strict=True)),
            maintain_column_froms=True,
        )
    return stmt


def batches(engine: Engine, kind: str, filters: Filters | None = None, limit: int | None = None, *,
            csv: bool = False, names: NameRange = (None, None)) -> Iterator[Sequence[Sequence[Any]]]:
    """Stream the rows of one query kind in batches; memory stays flat however many there are. With
    csv=True, kinds that allow it come with every cell already rendered as CSV text by the database
    (see `_csv_cell`); `names` narrows those kinds to documents whose file names fall in the range."""
    spec = KINDS[kind]
    filters = filters or Filters()
    if names != (None, None) and not spec.csv_in_sql:
        raise ValueError(f"{kind} cannot be read by ranges of document names")
    if kind == "agencies":
        with Session(engine) as session, session.begin():
            summaries.refresh(session)
    with Session(engine) as session:
        stmt = _statement(session, spec, filters, limit, csv, names)
        if spec.csv_in_sql:  # plain columns: Core rows from a streaming cursor, no per-row Python work
            yield from session.connection().execution_options(yield_per=BATCH_ROWS).execute(stmt).partitions()
            return
        for batch in session.execute(stmt.execution_options(yield_per=1000)).partitions():
            yield [spec.to_row(row) for row in batch]


def postgres_csv(engine: Engine, kind: str, filters: Filters | None = None, limit: int | None = None) -> Iterator[bytes]:
    """The CSV body (no header) of a kind whose cells the database renders (see `_csv_cell`), written
    by PostgreSQL's own COPY ... TO STDOUT and streamed in the chunks the server sends: about three
    times faster than fetching rows into Python. Rows end in a bare newline, as COPY writes them."""
    spec = KINDS[kind]
    if not spec.csv_in_sql or engine.dialect.name != "postgresql":
        raise ValueError(f"{kind} cannot be copied as CSV by {engine.dialect.name}")
    with Session(engine) as session:
        stmt = _statement(session, spec, filters or Filters(), limit, csv=True)
        compiled = stmt.compile(dialect=engine.dialect, compile_kwargs={"render_postcompile": True})
        raw = session.connection().connection.dbapi_connection
        with raw.cursor() as cursor, cursor.copy(f"COPY ({compiled}) TO STDOUT (FORMAT csv)", compiled.params) as copy:
            for chunk in copy:
                yield bytes(chunk)


def check(engine: Engine, kind: str, filters: Filters | None = None) -> None:
    """Raise QueryError now for filters that name nothing (an unknown agency, vendor or request), so a
    writer can fail before its header row rather than after it."""
    with Session(engine) as session:
        KINDS[kind].build(session, filters or Filters())


def name_ranges(engine: Engine, parts: int) -> list[NameRange]:
    """Up to `parts` consecutive ranges of document file names, each holding about as many documents,
    covering every name: slices of a fact export that keep its row order when written one after another."""
    with engine.connect() as connection:
        total = connection.scalar(select(func.count()).select_from(Document)) or 0
        cuts = sorted({
            name for part in range(1, parts)
            if (name := connection.scalar(select(Document.file_name).order_by(Document.file_name)
                                          .limit(1).offset(total * part // parts))) is not None
        })
    edges: list[str | None] = [None, *cuts, None]
    return list(zip(edges[:-1], edges[1:], strict=True))


def rows(engine: Engine, kind: str, filters: Filters | None = None, limit: int | None = None) -> Iterator[Sequence[Any]]:
    """The rows of one query kind, one at a time (see `batches`)."""
    for batch in batches(engine, kind, filters, limit):
        yield from batch


def count_rows(engine: Engine, kind: str, filters: Filters | None = None) -> int:
    spec = KINDS[kind]
    with Session(engine) as session:
        stmt = spec.build(session, filters or Filters()).order_by(None)
        return int(session.scalar(select(func.count()).select_from(stmt.subquery())) or 0)

