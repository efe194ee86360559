"""Store: the only code that writes documents, pages, messages and facts."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, func, insert, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from foia import EXTRACTOR_VERSION
from foia.analysis import Analysis, Fact
from foia.ingest import PageText
from foia.messages.fingerprint import fingerprint
from foia.models import (
    FACT_MODELS,
    Agency,
    AgencyAlias,
    Attachment,
    Document,
    Message,
    Page,
    Product,
    Redaction,
    Request,
    Vendor,
    VendorAlias,
)

if TYPE_CHECKING:
    from foia.importer import ProcessedDocument


FACT_ROWS_PER_INSERT = 1000


@dataclass(frozen=True)
class FileInfo:
    name: str  # base name as released (or the attachment's display name)
    source: str  # where it was read from: a path, or "parent path#attachment name"
    sha256: str
    size_bytes: int


def imported_document(session: Session, sha256: str) -> Document | None:
    """The already imported document with this content, if any (failed attempts do not count)."""
    return session.scalar(select(Document).where(Document.sha256 == sha256, Document.status == "imported"))


def _insert_if_missing(session: Session, model: type, **values: object) -> None:
    """INSERT ... ON CONFLICT DO NOTHING: two importers creating the same name at once both succeed
    (on PostgreSQL the second waits for the first to commit, then finds its row)."""
    insert = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    session.execute(insert(model).values(**values).on_conflict_do_nothing())


def agency_named(session: Session, name: str) -> Agency:
    """The agency with this name or alias, created when first seen."""
    agency = session.scalar(select(Agency).where(Agency.name == name))
    if agency is None:
        alias = session.scalar(select(AgencyAlias).where(AgencyAlias.alias == name))
        agency = alias.agency if alias else None
    if agency is None:
        _insert_if_missing(session, Agency, name=name)
        agency = session.scalars(select(Agency).where(Agency.name == name)).one()
    return agency


def vendor_named(session: Session, name: str) -> Vendor:
    vendor = session.scalar(select(Vendor).where(Vendor.name == name))
    if vendor is None:
        alias = session.scalar(select(VendorAlias).where(VendorAlias.alias == name))
        vendor = alias.vendor if alias else None
    if vendor is None:
        _insert_if_missing(session, Vendor, name=name)
        vendor = session.scalars(select(Vendor).where(Vendor.name == name)).one()
    return vendor


def product_named(session: Session, vendor: Vendor, name: str) -> Product:
    product = session.scalar(select(Product).where(Product.vendor_id == vendor.id, Product.name == name))
    if product is None:
        _insert_if_missing(session, Product, vendor_id=vendor.id, name=name)
        product = session.scalars(select(Product).where(Product.vendor_id == vendor.id, Product.name == name)).one()
    return product


def request_with_reference(session: Session, reference: str, agency: Agency | None) -> Request:
    request = session.scalar(select(Request).where(Request.reference == reference))
    if request is None:
        _insert_if_missing(session, Request, reference=reference, agency_id=agency.id if agency else None)
        request = session.scalars(select(Request).where(Request.reference == reference)).one()
    return request


def _replace_failed_attempt(session: Session, sha256: str) -> None:
    session.execute(delete(Document).where(Document.sha256 == sha256, Document.status == "failed"))


def store_processed(
    session: Session,
    processed: ProcessedDocument,
    *,
    agency_name: str | None = None,
    request_reference: str | None = None,
) -> Document:
    """Write a processed file and its attachments (as child documents) in the caller's transaction."""
    batch_agency = agency_named(session, agency_name) if agency_name else None
    request = request_with_reference(session, request_reference, batch_agency) if request_reference else None
    if batch_agency is None and request is not None and request.agency_id is not None:
        batch_agency = session.get(Agency, request.agency_id)
    return _store_tree(session, processed, batch_agency, request, parent=None)


def _store_tree(
    session: Session,
    processed: ProcessedDocument,
    batch_agency: Agency | None,
    request: Request | None,
    parent: Document | None,
) -> Document:
    info = processed.info
    _replace_failed_attempt(session, info.sha256)
    document = Document(
        sha256=info.sha256,
        file_name=info.name,
        source_path=info.source,
        media_type=processed.media_type,
        size_bytes=info.size_bytes,
        status="failed" if processed.failure else "imported",
        error=processed.failure,
        request_id=request.id if request else None,
        agency_id=batch_agency.id if batch_agency else None,
        parent_id=parent.id if parent else None,
    )
    if processed.ingested is not None and processed.analysis is not None:
        document.page_count = len(processed.ingested.pages)
        document.extractor_version = EXTRACTOR_VERSION
        document.pages = [
            Page(
                number=page.number,
                text=page.text,
                text_source=page.text_source,
                ocr_confidence=page.ocr_confidence,
                needs_ocr=page.needs_ocr,
                bates=page.bates,
                redactions=[Redaction(code=code, count=count) for code, count in sorted(page.redactions.items())],
            )
            for page in processed.ingested.pages
        ]
        document.messages = [
            Message(
                position=m.position,
                page_start=m.page_start,
                page_end=m.page_end,
                sender_name=m.sender_name,
                sender_address=m.sender_address,
                recipients=m.recipients,
                cc=m.cc,
                sent_at=m.sent_at,
                sent_at_local=m.sent_at_local,
                sent_at_text=m.sent_at_text,
                subject=m.subject,
                body=m.body,
                kind=m.kind,
                notes=m.notes,
                header_message_id=m.header_message_id,
                fingerprint=fingerprint(m),
            )
            for m in processed.analysis.messages
        ]
    session.add(document)
    session.flush()
    if processed.analysis is not None:
        link_messages(session, document, processed.analysis)
        store_facts(session, document, processed.analysis.facts, batch_agency)
    messages = {message.position: message for message in document.messages}
    for position, file_name, child in processed.children:
        existing = session.scalar(select(Document).where(Document.sha256 == child.info.sha256))
        if existing is None or existing.status == "failed":
            existing = _store_tree(session, child, batch_agency, request, parent=document)
        session.add(Attachment(message_id=messages[position].id, document_id=existing.id, file_name=file_name))
    session.flush()
    return document


def link_messages(session: Session, document: Document, analysis: Analysis) -> None:
    """Name each sender's organisation (found by analysis, with the batch's gazetteer), and point each
    message that repeats an earlier stored one (same Message-ID, or same fingerprint: another release
    or a quoted copy) at the earliest. A thread names the same few organisations hundreds of times:
    each is looked up once, and earlier copies are found with one query per thousand messages."""
    organisation_ids: dict[tuple[str, str], int] = {}
    for stored, message in zip(document.messages, analysis.messages, strict=True):
        organisation = analysis.sender_organisations.get(message.position)
        if organisation is None:
            continue
        key = (organisation.kind, organisation.name)
        if key not in organisation_ids:
            named = agency_named if organisation.kind == "agency" else vendor_named
            organisation_ids[key] = named(session, organisation.name).id
        if organisation.kind == "agency":
            stored.sender_agency_id = organisation_ids[key]
        else:
            stored.sender_vendor_id = organisation_ids[key]
    first_with_fingerprint = _first_copies(session, Message.fingerprint, {m.fingerprint for m in document.messages})
    first_with_header = _first_copies(session, Message.header_message_id,
                                      {m.header_message_id for m in document.messages})
    for stored in document.messages:
        earlier = [first for first in (first_with_fingerprint.get(stored.fingerprint),
                                       first_with_header.get(stored.header_message_id))
                   if first is not None and first < stored.id]
        stored.duplicate_of_id = min(earlier, default=None)
    session.flush()


def _first_copies(session: Session, column: Any, values: set[str | None]) -> dict[str | None, int]:
    """For each value, the id of the earliest message carrying it that is not itself a copy."""
    wanted = sorted(value for value in values if value)
    first: dict[str | None, int] = {}
    for start in range(0, len(wanted), 1000):  # bounded IN lists (SQLite caps bound parameters)
        rows = session.execute(select(column, func.min(Message.id))
                               .where(column.in_(wanted[start : start + 1000]), Message.duplicate_of_id.is_(None))
                               .group_by(column))
        first.update({value: message_id for value, message_id in rows})
    return first


def store_facts(session: Session, document: Document, facts: Iterable[Fact], batch_agency: Agency | None) -> None:
    """Write facts for a stored document; the batch agency is the weakest attribution evidence.
    A release names the same few agencies and vendors thousands of times: each name is looked up once,
    and the rows go in as bulk INSERTs of up to FACT_ROWS_PER_INSERT rows per fact kind, not one ORM
    object each."""
    page_ids = {page.number: page.id for page in document.pages}
    message_ids = {message.position: message.id for message in document.messages}
    agency_ids: dict[str, int] = {}
    vendor_ids: dict[str, int] = {}
    product_ids: dict[tuple[int, str], int] = {}
    rows: dict[str, list[dict[str, object]]] = {kind: [] for kind in FACT_MODELS}

    def insert_rows(kind: str) -> None:
        session.execute(insert(FACT_MODELS[kind]), rows[kind])
        rows[kind] = []

    for fact in facts:
        if fact.agency and fact.agency not in agency_ids:
            agency_ids[fact.agency] = agency_named(session, fact.agency).id
        if fact.vendor and fact.vendor not in vendor_ids:
            vendor_ids[fact.vendor] = vendor_named(session, fact.vendor).id
        agency_id = agency_ids[fact.agency] if fact.agency else batch_agency.id if batch_agency else None
        vendor_id = vendor_ids[fact.vendor] if fact.vendor else None
        product_id = None
        if vendor_id is not None and fact.product:
            key = (vendor_id, fact.product)
            if key not in product_ids:
                product_ids[key] = product_named(session, session.get_one(Vendor, vendor_id), fact.product).id
            product_id = product_ids[key]
        rows[fact.kind].append(dict(
            page_id=page_ids[fact.page_number],
            message_id=message_ids[fact.message_position] if fact.message_position is not None else None,
            char_start=fact.char_start,
            char_end=fact.char_end,
            quote=fact.quote,
            extractor=fact.extractor,
            extractor_version=fact.extractor_version,
            confidence=fact.confidence,
            review_status="unreviewed",
            agency_id=agency_id,
            agency_source=fact.agency_source or ("request" if agency_id is not None else None),
            vendor_id=vendor_id,
            vendor_source=fact.vendor_source,
            product_id=product_id,
            **fact.values,
        ))
        if len(rows[fact.kind]) == FACT_ROWS_PER_INSERT:  # memory stays flat on a 10,000-page release
            insert_rows(fact.kind)
    for kind in FACT_MODELS:
        if rows[kind]:
            insert_rows(kind)


def refill_pages(session: Session, document: Document, pages: Iterable[PageText], analysis: Analysis,
                 *, replace_messages: bool) -> None:
    """After OCR: rewrite the given pages (matched by number) and replace the document's messages (when
    they were split from page text) and its unreviewed facts, in the caller's transaction. Reviewed
    facts stay, and an identical new finding does not duplicate one."""
    stored = {page.number: page for page in document.pages}
    for new in pages:
        page = stored[new.number]
        page.text, page.text_source, page.ocr_confidence = new.text, new.text_source, new.ocr_confidence
        page.needs_ocr, page.bates = new.needs_ocr, new.bates
        page.redactions = [Redaction(code=code, count=count) for code, count in sorted(new.redactions.items())]
    page_ids = [page.id for page in document.pages]
    kept: set[tuple[str, int, int, int]] = set()
    for kind, model in FACT_MODELS.items():
        session.execute(delete(model).where(model.page_id.in_(page_ids), model.review_status == "unreviewed"))
        rows = session.execute(select(model.page_id, model.char_start, model.char_end).where(model.page_id.in_(page_ids)))
        kept.update((kind, *row) for row in rows)
    if replace_messages:
        session.execute(delete(Message).where(Message.document_id == document.id))
        session.expire(document, ["messages"])
        columns = set(Message.__table__.columns.keys()) - {"id", "document_id"}
        document.messages = [
            Message(**{name: value for name, value in vars(message).items() if name in columns},
                    fingerprint=fingerprint(message))
            for message in analysis.messages
        ]
    session.flush()
    if replace_messages:
        link_messages(session, document, analysis)
    page_id = {page.number: page.id for page in document.pages}
    fresh = [f for f in analysis.facts if (f.kind, page_id[f.page_number], f.char_start, f.char_end) not in kept]
    agency = session.get(Agency, document.agency_id) if document.agency_id else None
    store_facts(session, document, fresh, agency)
