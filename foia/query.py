"""Queries: every table and export a reporter sees, as documented columns and streamed rows.

All read-side SQL lives here. A query kind names its columns once (name, type, description, in
foia.catalogue): the CLI table, the CSV header, JSON keys and the data package schema all come from that one list."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeAlias

from sqlalchemy import (
    ColumnElement,
    Date,
    Engine,
    Select,
    String,
    and_,
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
from foia.catalogue import LISTINGS
from foia.catalogue import Column as Column  # the catalogue's, still found here by importers of foia.query
from foia.catalogue import Filters as Filters
from foia.csv_cells import csv_cell_sql
from foia.errors import QueryError
from foia.facts import PREFIXES
from foia.models import (
    FACT_MODELS,
    REVIEW_STATUSES,
    Agency,
    AgencyAlias,
    AgencySummary,
    Attachment,
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
from foia.names import product_ids, request_id, resolve

if TYPE_CHECKING:
    Statement: TypeAlias = Select[*tuple[Any, ...]]  # a SELECT of any columns


@dataclass(frozen=True)
class QueryKind:
    name: str
    description: str
    columns: tuple[Column, ...]
    build: Callable[[Session, Filters], Statement]
    to_row: Callable[[Any], Sequence[Any]]
    filters: frozenset[str] = field(default_factory=frozenset)
    # Whether every column is a plain SQL expression the database can render as CSV text itself.
    csv_in_sql: bool = False
    # What `--sort NAME` orders by, for columns that are not simply the statement's column at their place;
    # `aligned`: the statement selects exactly the columns, in order (else only sort_keys can be sorted by).
    sort_keys: Callable[[Statement], dict[str, Any]] = lambda stmt: {}
    aligned: bool = True


def sent_at(message: Message) -> dt.datetime | None:
    """UTC with its offset when the source stated a zone, else the printed wall-clock time."""
    if message.sent_at is not None:
        return message.sent_at if message.sent_at.tzinfo else message.sent_at.replace(tzinfo=dt.UTC)
    return message.sent_at_local


def sender(message: Message) -> str | None:
    if message.sender_address:
        return f"{message.sender_name} <{message.sender_address}>" if message.sender_name else message.sender_address
    return message.sender_name


def _date_of(message: type[Message] | Any) -> ColumnElement[Any]:
    return func.coalesce(message.sent_at_local, message.sent_at)


def _parent_email_date(document_id: Any) -> ColumnElement[Any]:
    """For an attachment, the date of the email it came with (the earliest, if several carried it)."""
    parent = aliased(Message)
    return (
        select(func.min(_date_of(parent)))
        .join(Attachment, Attachment.message_id == parent.id)
        .where(Attachment.document_id == document_id)
        .scalar_subquery()
    )


def _fact_date(message: Any) -> ColumnElement[Any]:
    """A fact's date: its message's, else (a fact in an attachment) the email's it came with."""
    return func.coalesce(_date_of(message), _parent_email_date(Document.id))


def _in_dates(moment: ColumnElement[Any], filters: Filters) -> list[ColumnElement[bool]]:
    conditions = []
    if filters.since:
        conditions.append(moment >= dt.datetime.combine(filters.since, dt.time.min))
    if filters.until:
        conditions.append(moment < dt.datetime.combine(filters.until + dt.timedelta(days=1), dt.time.min))
    return conditions


def _apply_fact_filters(
    stmt: Statement, session: Session, model: type[FactMixin], filters: Filters, message: Any
) -> Statement:
    if filters.agency:
        stmt = stmt.where(model.agency_id.in_(resolve(session, Agency, AgencyAlias, filters.agency)))
    if filters.vendor:
        stmt = stmt.where(model.vendor_id.in_(resolve(session, Vendor, VendorAlias, filters.vendor)))
    if filters.product:
        stmt = stmt.where(model.product_id.in_(product_ids(session, filters.product)))
    if filters.status:
        if filters.status not in REVIEW_STATUSES:
            raise QueryError(f"unknown status {filters.status!r} (one of {', '.join(REVIEW_STATUSES)})")
        stmt = stmt.where(model.review_status == filters.status)
    elif not filters.include_rejected:
        stmt = stmt.where(model.review_status != "rejected")
    if filters.min_confidence is not None:
        stmt = stmt.where(model.confidence >= filters.min_confidence)
    if not filters.include_copies:
        stmt = stmt.where(model.duplicate_of_id.is_(None))
    if model is UsageCount and filters.category:
        if filters.category not in USAGE_CATEGORIES:
            raise QueryError(f"unknown category {filters.category!r} (one of {', '.join(USAGE_CATEGORIES)} or all)")
        stmt = stmt.where(UsageCount.category == filters.category)
    stmt = stmt.where(*_in_dates(_fact_date(message), filters))
    if filters.request:
        stmt = stmt.where(Document.request_id == request_id(session, filters.request))
    return stmt


FACT_VALUES: dict[type[FactMixin], tuple[str, ...]] = {
    Cost: ("amount_min", "amount_max", "qualifier", "currency", "period", "unit", "unit_quantity", "billing", "term",
           "kind", "monthly_usd_min", "monthly_usd_max"),
    UsageCount: ("count", "count_max", "qualifier", "measure", "per", "category"),
    Policy: ("kind", "statement"),
}
USAGE_CATEGORIES = ("usage", "outcome", "equipment")


def _fact_select(kind: str) -> Callable[[Session, Filters], Statement]:
    """Exactly the export columns, computed in SQL (the C12 reference, the message's date), so rows
    stream from the driver untouched: a million of them must export fast."""
    model = FACT_MODELS[kind]

    def build(session: Session, filters: Filters) -> Statement:
        message = aliased(Message)
        prefix = literal(PREFIXES[kind], String)
        entities = () if kind == "policies" else (Vendor.name, Product.name)
        vendor_source = () if kind == "policies" else (model.vendor_source,)
        stmt = (
            select(
                (prefix + cast(model.id, String)).label("id"),
                Document.file_name, Page.number, Page.bates, Agency.name, Agency.ori, Agency.state, *entities,
                *(getattr(model, name) for name in FACT_VALUES[model]),
                func.date(_fact_date(message), type_=Date), model.quote, model.confidence, model.review_status,
                (prefix + cast(model.duplicate_of_id, String)).label("duplicate_of"), model.agency_source, *vendor_source,
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


def _fact_sort_keys(kind: str) -> Callable[[Statement], dict[str, Any]]:
    """C12 sorts after C9: by the number, not the text."""
    model = FACT_MODELS[kind]
    return lambda stmt: {"id": model.id, "duplicate_of": model.duplicate_of_id}


def _message_sort_keys(stmt: Statement) -> dict[str, Any]:
    return {
        "id": Message.id, "document": Document.file_name, "page_start": Message.page_start,
        "page_end": Message.page_end, "sender": func.coalesce(Message.sender_name, Message.sender_address),
        "recipients": Message.recipients, "cc": Message.cc, "sent_at": _date_of(Message),
        "sent_at_text": Message.sent_at_text, "subject": Message.subject, "duplicate_of": Message.duplicate_of_id,
    }


def _document_sort_keys(stmt: Statement) -> dict[str, Any]:
    parent, request, agency, first_date, last_date = list(stmt.selected_columns)[-5:]
    return {
        "id": Document.id, "document": Document.file_name, "sha256": Document.sha256, "pages": Document.page_count,
        "first_date": first_date, "last_date": last_date, "status": Document.status, "error": Document.error,
        "media_type": Document.media_type, "size_bytes": Document.size_bytes, "parent": parent, "request": request,
        "agency": agency, "imported_at": Document.imported_at,
    }


# --- messages, documents, redactions --------------------------------------------------------------


def _messages(session: Session, filters: Filters) -> Statement:
    stmt = (
        select(Message, Document.file_name)
        .join(Document, Message.document_id == Document.id)
        .order_by(Document.file_name, Message.position)
    )
    if not filters.include_duplicates:
        stmt = stmt.where(Message.duplicate_of_id.is_(None))
    stmt = stmt.where(*_in_dates(_date_of(Message), filters))
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


def _message_dates(document_id: Any, aggregate: Callable[[Any], Any]) -> ColumnElement[Any]:
    """The first (func.min) or last (func.max) date of a document's messages, else of the email it
    was attached to."""
    own = aliased(Message)
    dates = select(aggregate(_date_of(own))).where(own.document_id == document_id).scalar_subquery()
    return func.date(func.coalesce(dates, _parent_email_date(document_id)), type_=Date)


def _dated_in(document_id: Any, filters: Filters) -> ColumnElement[bool]:
    """A document holds a message dated in the range, or was attached to an email dated in it."""
    own, parent = aliased(Message), aliased(Message)
    return or_(
        select(own.id).where(own.document_id == document_id, *_in_dates(_date_of(own), filters)).exists(),
        select(Attachment.id).join(parent, parent.id == Attachment.message_id)
        .where(Attachment.document_id == document_id, *_in_dates(_date_of(parent), filters)).exists(),
    )


def _documents(session: Session, filters: Filters) -> Statement:
    parent = aliased(Document)
    stmt = (
        select(Document, parent.file_name, Request.reference, Agency.name, _message_dates(Document.id, func.min),
               _message_dates(Document.id, func.max))
        .outerjoin(parent, Document.parent_id == parent.id)
        .outerjoin(Request, Document.request_id == Request.id)
        .outerjoin(Agency, Document.agency_id == Agency.id)
        .order_by(Document.file_name, Document.id)
    )
    if filters.since or filters.until:
        stmt = stmt.where(_dated_in(Document.id, filters))
    if filters.status:
        stmt = stmt.where(Document.status == filters.status)
    if filters.request:
        stmt = stmt.where(Document.request_id == request_id(session, filters.request))
    if filters.agency:
        stmt = stmt.where(Document.agency_id.in_(resolve(session, Agency, AgencyAlias, filters.agency)))
    return stmt


def _document_row(result: Any) -> Sequence[Any]:
    document, parent_name, request, agency, first_date, last_date = result
    return (
        document.id, document.file_name, document.sha256, document.page_count, _as_date(first_date), _as_date(last_date),
        document.status, document.error, document.media_type, document.size_bytes, parent_name, request, agency,
        document.imported_at,
    )


def _as_date(value: Any) -> dt.date | None:
    """SQLite's date() gives text; PostgreSQL's a date."""
    return dt.date.fromisoformat(value) if isinstance(value, str) else value


def _redactions(session: Session, filters: Filters) -> Statement:
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


def _agencies(session: Session, filters: Filters) -> Statement:
    """One row per agency from the precomputed summaries (foia.summaries), refreshed by `rows`."""
    contract, annual = aliased(Document), aliased(Document)
    stmt = (
        select(
            Agency.id, Agency.name, Agency.state, Agency.ori, AgencySummary.vendors, AgencySummary.products,
            func.coalesce(AgencySummary.costs, 0), AgencySummary.contract_usd_min, AgencySummary.contract_usd_max,
            contract.file_name, AgencySummary.annual_usd_min, AgencySummary.annual_usd_max, annual.file_name,
            AgencySummary.cost_note, AgencySummary.monthly_usd_min, AgencySummary.monthly_usd_max,
            AgencySummary.largest_image_count, AgencySummary.first_record, AgencySummary.last_record,
            func.coalesce(AgencySummary.documents, 0), func.coalesce(AgencySummary.messages, 0),
        )
        .outerjoin(AgencySummary, AgencySummary.agency_id == Agency.id)
        .outerjoin(contract, contract.id == AgencySummary.contract_document_id)
        .outerjoin(annual, annual.id == AgencySummary.annual_document_id)
        .order_by(Agency.name)
    )
    if filters.agency:
        stmt = stmt.where(Agency.id.in_(resolve(session, Agency, AgencyAlias, filters.agency)))
    return stmt


def _vendors(session: Session, filters: Filters) -> Statement:
    live_links = _facts_union(
        lambda m: [m.vendor_id.label("vendor_id"), m.agency_id.label("agency_id"), m.id.label("fact_id"),
                   literal(m.__tablename__).label("kind")],
        lambda m: and_(m.review_status != "rejected", m.vendor_id.is_not(None), m.duplicate_of_id.is_(None)),
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

def _kind(name: str, build: Callable[[Session, Filters], Statement], to_row: Callable[[Any], Sequence[Any]],
          filters: frozenset[str] = frozenset(), **options: Any) -> QueryKind:
    """A kind of the catalogue (foia.catalogue: its description and columns) with the SQL that lists it."""
    listing = LISTINGS[name]
    return QueryKind(name, listing.description, listing.columns, build, to_row, filters, **options)


KINDS: dict[str, QueryKind] = {
    kind.name: kind
    for kind in (
        _kind(
            "costs",
            _fact_select("costs"),
            tuple,
            FACT_FILTERS,
            csv_in_sql=True,
            sort_keys=_fact_sort_keys("costs"),
        ),
        _kind(
            "usage",
            _fact_select("usage"),
            tuple,
            FACT_FILTERS | {"category"},
            csv_in_sql=True,
            sort_keys=_fact_sort_keys("usage"),
        ),
        _kind(
            "policies",
            _fact_select("policies"),
            tuple,
            FACT_FILTERS,
            csv_in_sql=True,
            sort_keys=_fact_sort_keys("policies"),
        ),
        _kind(
            "messages",
            _messages,
            _message_row,
            frozenset({"agency", "since", "until", "request", "include_duplicates"}),
            sort_keys=_message_sort_keys,
            aligned=False,
        ),
        _kind(
            "documents",
            _documents,
            _document_row,
            frozenset({"agency", "status", "request", "since", "until"}),
            sort_keys=_document_sort_keys,
            aligned=False,
        ),
        _kind(
            "redactions",
            _redactions,
            lambda result: tuple(result),
            frozenset({"agency", "request"}),
        ),
        _kind(
            "vendors",
            _vendors,
            lambda result: (
                result[0].id, result[0].name, result[0].domain, "; ".join(sorted(p.name for p in result[0].products)),
                result[1] or 0, result[2] or 0,
            ),
            frozenset({"vendor"}),
            sort_keys=lambda stmt: {"id": Vendor.id, "vendor": Vendor.name, "domain": Vendor.domain,
                                    "agencies": list(stmt.selected_columns)[-2], "facts": list(stmt.selected_columns)[-1]},
            aligned=False,
        ),
        _kind(
            "agencies",
            _agencies,
            tuple,
            frozenset({"agency"}),
        ),
    )
}


BATCH_ROWS = 5000


# A range of document file names, [first, past): the slices a parallel export splits a fact kind into.
NameRange = tuple[str | None, str | None]


def build(session: Session, kind: str, filters: Filters) -> Statement:
    """The statement of one query kind with these filters, in the order asked for (`Filters.sort`)."""
    spec = KINDS[kind]
    stmt = spec.build(session, filters)
    if not filters.sort:
        return stmt
    name = filters.sort.strip()
    descending = name.startswith("-")
    name = name.lstrip("-").strip()
    names = [column.name for column in spec.columns]
    if name not in names:
        raise QueryError(f"cannot sort {kind} by {name!r}: one of {', '.join(names)} (-NAME for descending)")
    key = spec.sort_keys(stmt).get(name)
    if key is None:
        if not spec.aligned:
            raise QueryError(f"cannot sort {kind} by {name!r}")
        key = list(stmt.selected_columns)[names.index(name)]
    order = key.desc() if descending else key.asc()
    return stmt.order_by(None).order_by(order.nulls_last(), *stmt._order_by_clauses)


def _statement(session: Session, spec: QueryKind, filters: Filters, limit: int | None, csv: bool,
               names: NameRange = (None, None)) -> Statement:
    stmt = build(session, spec.name, filters)
    if names[0] is not None:
        stmt = stmt.where(Document.file_name >= names[0])
    if names[1] is not None:
        stmt = stmt.where(Document.file_name < names[1])
    if limit is not None:
        stmt = stmt.limit(limit)
    if csv and spec.csv_in_sql:
        dialect = session.get_bind().dialect.name
        stmt = stmt.with_only_columns(
            *(csv_cell_sql(expression, column.type, dialect)
              for expression, column in zip(stmt.selected_columns, spec.columns, strict=True)),
            maintain_column_froms=True,
        )
    return stmt


def batches(engine: Engine, kind: str, filters: Filters | None = None, limit: int | None = None, *,
            csv: bool = False, names: NameRange = (None, None)) -> Iterator[Sequence[Sequence[Any]]]:
    """Stream the rows of one query kind in batches; memory stays flat however many there are. With
    csv=True, kinds that allow it come with every cell already rendered as CSV text by the database
    (see `csv_cell_sql`); `names` narrows those kinds to documents whose file names fall in the range."""
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
    """The CSV body (no header) of a kind whose cells the database renders (see `csv_cell_sql`), written
    by PostgreSQL's own COPY ... TO STDOUT and streamed in the chunks the server sends: about three
    times faster than fetching rows into Python. Rows end in a bare newline, as COPY writes them."""
    spec = KINDS[kind]
    if not spec.csv_in_sql or engine.dialect.name != "postgresql":
        raise ValueError(f"{kind} cannot be copied as CSV by {engine.dialect.name}")
    with Session(engine) as session:
        stmt = _statement(session, spec, filters or Filters(), limit, csv=True)
        compiled = stmt.compile(dialect=engine.dialect, compile_kwargs={"render_postcompile": True})
        driver = session.connection().connection.driver_connection  # psycopg's own connection
        assert driver is not None
        with driver.cursor() as cursor, cursor.copy(f"COPY ({compiled}) TO STDOUT (FORMAT csv)", compiled.params) as copy:
            for chunk in copy:
                yield bytes(chunk)


def check(engine: Engine, kind: str, filters: Filters | None = None) -> None:
    """Raise QueryError now for filters that name nothing (an unknown agency, vendor or request), so a
    writer can fail before its header row rather than after it."""
    with Session(engine) as session:
        build(session, kind, filters or Filters())


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

