"""Store: the only code that writes documents, pages, messages and facts."""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from foia import EXTRACTOR_VERSION, copies
from foia.analysis import Analysis, Fact
from foia.extract.entities import Entity, Gazetteer
from foia.ingest import PageText
from foia.messages.fingerprint import fingerprint
from foia.models import (
    FACT_MODELS,
    Agency,
    AgencyAlias,
    Attachment,
    Document,
    FactMixin,
    Message,
    Page,
    Product,
    Redaction,
    Request,
    Vendor,
    VendorAlias,
)
from foia.processed import ProcessedDocument
from foia.states import STATE_NAMES

# Rows per bulk INSERT: large releases are written in slices, so memory does not grow with them.
ROWS_PER_INSERT = 1000


def imported_document(session: Session, sha256: str) -> Document | None:
    """The already imported document with this content, if any (failed attempts do not count)."""
    return session.scalar(select(Document).where(Document.sha256 == sha256, Document.status == "imported"))


def _insert_if_missing(session: Session, model: type, **values: object) -> None:
    """INSERT ... ON CONFLICT DO NOTHING: two importers creating the same name at once both succeed
    (on PostgreSQL the second waits for the first to commit, then finds its row)."""
    if session.get_bind().dialect.name == "postgresql":
        # Imported here: loading the PostgreSQL dialect took 0.1 s of every import's start-up on SQLite.
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        session.execute(pg_insert(model).values(**values).on_conflict_do_nothing())
    else:
        session.execute(sqlite_insert(model).values(**values).on_conflict_do_nothing())


def agency_named(session: Session, name: str) -> Agency:
    """The agency with this name or alias, created when first seen."""
    agency = session.scalar(select(Agency).where(Agency.name == name))
    if agency is None:
        alias = session.scalar(select(AgencyAlias).where(AgencyAlias.alias == name))
        agency = alias.agency if alias else _created(session, Agency, name)
    return agency


def agency_for(session: Session, entity: Entity) -> Agency:
    """The agency an attributed entity names: by its FBI ORI when known, else by its name (with the state
    when the records say which, since many states have a "Washington County Sheriff's Office"). What the
    entity knows and the row lacks (ORI, state, type, county) is filled in."""
    if entity.ori is not None:
        agency = session.scalar(select(Agency).where(Agency.ori == entity.ori))
        if agency is not None:
            return agency
    agency = agency_named(session, stored_agency_name(entity))
    for column, value in (("ori", entity.ori), ("state", entity.state), ("agency_type", entity.agency_type),
                          ("county", entity.county)):
        if value is not None and getattr(agency, column) is None:
            setattr(agency, column, value)
    return agency


_STATE_SUFFIX = re.compile(r"^(?P<name>.+?)(?:\s*\((?P<paren>[A-Za-z .]+)\)|,\s*(?P<comma>[A-Za-z .]+))$")


@functools.cache
def _shipped_gazetteer() -> Gazetteer:
    return Gazetteer.load()


def request_agency(session: Session, name: str) -> Agency:
    """The agency a user names for a release (`--agency`): a stored name or alias; else the gazetteer's
    ("WCSO"); else the name with a state written after it ("Washington County Sheriff's Office, OR");
    else an agency name the FBI list knows in one state only; else a new agency of that name."""
    existing = session.scalar(select(Agency).where(Agency.name == name))
    alias = session.scalar(select(AgencyAlias).where(AgencyAlias.alias == name)) if existing is None else None
    if existing is not None or alias is not None:
        return existing or alias.agency  # type: ignore[union-attr]
    gazetteer = _shipped_gazetteer()
    entity = gazetteer.canonical("agency", name)
    if entity is None and (written := _STATE_SUFFIX.match(name.strip())) is not None:
        state = _state_code(written["paren"] or written["comma"])
        if state is not None:
            entity = gazetteer.resolve_agency(gazetteer.canonical("agency", written["name"]) or
                                              Entity("agency", written["name"].strip()), {state})
            entity = entity if entity.state == state else replace(entity, state=state)
    if entity is None:
        mentions = [m for m in gazetteer.mentions(name) if m.entity.kind == "agency"]
        if len(mentions) == 1 and mentions[0].end - mentions[0].start >= 0.9 * len(name.strip()):
            entity = gazetteer.resolve_agency(mentions[0].entity, set())
    return agency_for(session, entity) if entity is not None else agency_named(session, name)


def _state_code(written: str) -> str | None:
    written = written.strip().rstrip(".")
    if written.upper() in STATE_NAMES:
        return written.upper()
    return next((code for code, state in STATE_NAMES.items() if state.lower() == written.lower()), None)


def stored_agency_name(entity: Entity) -> str:
    """"Washington County Sheriff's Office (OR)": where agencies of several states share a name, the state
    is part of the name people see and search; a name only one agency has ("Orlando Police Department"),
    or one that says its state ("Oregon State Police"), stands alone."""
    if entity.state is None or entity.name.endswith(")") or STATE_NAMES.get(entity.state, "?") in entity.name:
        return entity.name
    if _shipped_gazetteer().resolve_agency(replace(entity, state=None, ori=None), set()).ori is not None:
        return entity.name
    return f"{entity.name} ({entity.state})"


def vendor_named(session: Session, name: str) -> Vendor:
    """The vendor with this name or alias, created when first seen (with the gazetteer's web domain)."""
    vendor = session.scalar(select(Vendor).where(Vendor.name == name))
    if vendor is None:
        alias = session.scalar(select(VendorAlias).where(VendorAlias.alias == name))
        vendor = alias.vendor if alias else _created(session, Vendor, name)
    if vendor.domain is None and (known := _shipped_gazetteer().canonical("vendor", vendor.name)) is not None:
        vendor.domain = known.domain
    return vendor


def _created(session: Session, model: type[Agency] | type[Vendor], name: str) -> Any:
    _insert_if_missing(session, model, name=name)
    return session.scalars(select(model).where(model.name == name)).one()


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


def _replace_failed_attempt(session: Session, sha256: str) -> list[tuple[int, str]]:
    """Delete an earlier failed attempt at this content; returns the (message, file name) links other
    emails had to it, so the new document keeps them (the same attachment can ride on many emails)."""
    failed = session.scalar(select(Document.id).where(Document.sha256 == sha256, Document.status == "failed"))
    if failed is None:
        return []
    links = session.execute(select(Attachment.message_id, Attachment.file_name).where(Attachment.document_id == failed))
    kept = [(message_id, file_name) for message_id, file_name in links]
    session.execute(delete(Document).where(Document.id == failed))
    return kept


def store_processed(
    session: Session,
    processed: ProcessedDocument,
    *,
    agency_name: str | None = None,
    request_reference: str | None = None,
) -> Document:
    """Write a processed file and its attachments (as child documents) in the caller's transaction."""
    batch_agency = request_agency(session, agency_name) if agency_name else None
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
    links = _replace_failed_attempt(session, info.sha256)
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
    session.add(document)
    session.flush()
    session.add_all(Attachment(message_id=message_id, document_id=document.id, file_name=name) for message_id, name in links)
    message_ids: dict[int, int] = {}
    if processed.ingested is not None and processed.analysis is not None:
        page_ids = insert_pages(session, document.id, processed.ingested.pages)
        message_ids = insert_messages(session, document.id, processed.analysis)
        store_facts(session, page_ids, message_ids, processed.analysis.facts, batch_agency)
    for position, file_name, child in processed.children:
        existing = session.scalar(select(Document).where(Document.sha256 == child.info.sha256))
        # A failed copy is replaced when this one reads (its links move over), kept when this one fails too.
        if existing is None or (existing.status == "failed" and not child.failure):
            existing = _store_tree(session, child, batch_agency, request, parent=document)
        if position is not None:  # archive members belong to their archive (parent_id), not to a message
            session.add(Attachment(message_id=message_ids[position], document_id=existing.id, file_name=file_name))
    session.flush()
    return document


def inserted_ids(session: Session, model: type[Page | Message | FactMixin], rows: list[dict[str, Any]],
                 key: tuple[str, ...]) -> list[int]:
    """Insert `rows` in their order and return their ids in that order. RETURNING sorted by parameter
    order makes SQLAlchemy send one INSERT per row on SQLite (it knows no sentinel there to sort by),
    which was a third of storing a large release; so the rows go in as multi-row INSERTs and each id is
    matched to its row by the `key` columns. Rows whose keys repeat go in the sorted way."""
    keys = [tuple(row[name] for name in key) for row in rows]
    if len(set(keys)) < len(keys):
        return list(session.scalars(insert(model).returning(model.id, sort_by_parameter_order=True), rows).all())
    returned = session.execute(insert(model).returning(model.id, *(getattr(model, name) for name in key)), rows)
    ids = {tuple(found[1:]): found[0] for found in returned}
    return [ids[row_key] for row_key in keys]


def insert_pages(session: Session, document_id: int, pages: Sequence[PageText]) -> dict[int, int]:
    """Write a document's pages and their redactions; returns page ids by page number. Rows go in as
    bulk INSERTs of ROWS_PER_INSERT with RETURNING, not as ORM objects: a 10,000-page release kept
    tens of megabytes of object state alive until its transaction ended."""
    ids: dict[int, int] = {}
    for start in range(0, len(pages), ROWS_PER_INSERT):
        chunk = pages[start : start + ROWS_PER_INSERT]
        new_ids = inserted_ids(session, Page, [
            dict(document_id=document_id, number=page.number, text=page.text, text_source=page.text_source,
                 ocr_confidence=page.ocr_confidence, needs_ocr=page.needs_ocr, bates=page.bates,
                 problem=page.problem, tables=json.dumps(page.tables) if page.tables else None)
            for page in chunk
        ], ("number",))
        ids.update(zip((page.number for page in chunk), new_ids, strict=True))
        redactions = [dict(page_id=ids[page.number], code=code, count=count)
                      for page in chunk for code, count in sorted(page.redactions.items())]
        if redactions:
            session.execute(insert(Redaction), redactions)
    return ids


def insert_messages(session: Session, document_id: int, analysis: Analysis) -> dict[int, int]:
    """Write a document's messages; returns message ids by position. Each sender's organisation (found
    by analysis, with the batch's gazetteer) is named, and a message that repeats an earlier one (same
    Message-ID, or same fingerprint: another release or a quoted copy) points at the earliest that is
    not itself a copy. Organisations are looked up once each and earlier copies found with a query per
    thousand messages, before the rows go in as bulk INSERTs."""
    rows = _message_rows(session, document_id, analysis)
    for row in rows:  # every stored message is older than these, so its id is smaller
        row["duplicate_of_id"] = None
    for column in _COPY_KEYS:
        firsts = _first_copies(session, getattr(Message, column), {row[column] for row in rows})
        for row in rows:
            if (first := firsts.get(row[column])) is not None:
                row["duplicate_of_id"] = min(first, row["duplicate_of_id"] or first)
    ids: dict[int, int] = {}
    first_here: dict[tuple[str, str], int] = {}
    copies_here = []
    for start in range(0, len(rows), ROWS_PER_INSERT):
        chunk = rows[start : start + ROWS_PER_INSERT]
        new_ids = inserted_ids(session, Message, chunk, ("position",))
        for row, message_id in zip(chunk, new_ids, strict=True):
            ids[row["position"]] = message_id
            if row["duplicate_of_id"] is None and (earlier := _copy_here(row, message_id, first_here)) is not None:
                copies_here.append(dict(id=message_id, duplicate_of_id=earlier))
    if copies_here:
        session.execute(update(Message), copies_here)
    return ids


# What makes two stored messages the same one: a fingerprint (sender, minute, subject, opening words) or a Message-ID.
_COPY_KEYS = ("fingerprint", "header_message_id")


def _message_rows(session: Session, document_id: int, analysis: Analysis) -> list[dict[str, Any]]:
    """A row per message, with its sender's organisation named (each looked up once)."""
    organisation_ids: dict[tuple[str, str], int] = {}
    rows = []
    for message in analysis.messages:
        row: dict[str, Any] = dict(
            document_id=document_id, position=message.position, page_start=message.page_start,
            page_end=message.page_end, sender_name=message.sender_name, sender_address=message.sender_address,
            recipients=message.recipients, cc=message.cc, sent_at=message.sent_at,
            sent_at_local=message.sent_at_local, sent_at_text=message.sent_at_text, subject=message.subject,
            body=message.body, kind=message.kind, notes=message.notes,
            header_message_id=message.header_message_id, fingerprint=fingerprint(message),
            sender_agency_id=None, sender_vendor_id=None,
        )
        organisation = analysis.sender_organisations.get(message.position)
        if organisation is not None:
            key = (organisation.kind, stored_agency_name(organisation) if organisation.kind == "agency" else organisation.name)
            if key not in organisation_ids:
                organisation_ids[key] = (agency_for(session, organisation) if organisation.kind == "agency"
                                         else vendor_named(session, organisation.name)).id
            row["sender_agency_id" if organisation.kind == "agency" else "sender_vendor_id"] = organisation_ids[key]
        rows.append(row)
    return rows


def _copy_here(row: dict[str, Any], message_id: int, first_here: dict[tuple[str, str], int]) -> int | None:
    """The id of an earlier message in this same document that this one copies, else None (and this
    message becomes the first of its keys)."""
    keys = [(column, row[column]) for column in _COPY_KEYS if row[column]]
    earlier = [first_here[key] for key in keys if key in first_here]
    if earlier:
        return min(earlier)
    for key in keys:
        first_here.setdefault(key, message_id)
    return None


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


def store_facts(session: Session, page_ids: dict[int, int], message_ids: dict[int, int], facts: Iterable[Fact],
                batch_agency: Agency | None) -> None:
    """Write facts for a stored document; the batch agency is the weakest attribution evidence.
    A release names the same few agencies and vendors thousands of times: each name is looked up once,
    and the rows go in as bulk INSERTs of up to ROWS_PER_INSERT rows per fact kind, not one ORM
    object each. Copies of facts already stored are then linked to them (foia.copies)."""
    names = _EntityIds(session)
    rows: dict[str, list[dict[str, Any]]] = {kind: [] for kind in FACT_MODELS}
    stored: dict[str, list[tuple[int, Fact, int | None]]] = {kind: [] for kind in FACT_MODELS}

    def insert_rows(kind: str) -> None:
        model = FACT_MODELS[kind]
        ids = inserted_ids(session, model, rows[kind], ("page_id", "char_start", "char_end"))
        stored[kind].extend((fact_id, row.pop("_fact"), row["agency_id"]) for fact_id, row in zip(ids, rows[kind], strict=True))
        rows[kind] = []

    for fact in facts:
        agency = fact.agency_entity or fact.agency
        agency_id = (names.agency(agency) if agency
                     else batch_agency.id if batch_agency and not fact.agency_withheld else None)
        vendor_id = names.vendor(fact.vendor) if fact.vendor else None
        product_id = names.product(vendor_id, fact.product) if vendor_id is not None and fact.product else None
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
            attribution_confidence=fact.attribution_confidence,
            attribution_note=fact.attribution_note,
            fingerprint=fact.fingerprint,
            _fact=fact,
            **fact.values,
        ))
        if len(rows[fact.kind]) == ROWS_PER_INSERT:  # memory stays flat on a 10,000-page release
            insert_rows(fact.kind)
    for kind in FACT_MODELS:
        if rows[kind]:
            insert_rows(kind)
        _link_copies(session, kind, stored[kind], set(page_ids.values()))


def _link_copies(session: Session, kind: str, new: list[tuple[int, Fact, int | None]], pages: set[int]) -> None:
    """Point each new fact that repeats one already stored at the earliest such fact: the same finding
    said again in this document, or a copy in an earlier document (the words around it agree and the
    agencies do not differ)."""
    if not new:
        return
    model = FACT_MODELS[kind]
    first_here: dict[str, int] = {}
    links: list[dict[str, int]] = []
    fingerprints = sorted({fact.fingerprint for _, fact, _ in new if fact.fingerprint})
    earlier = _earlier_facts(session, model, fingerprints, min(fact_id for fact_id, _, _ in new), pages)
    stored_as = {id(fact): fact_id for fact_id, fact, _ in new}
    for fact_id, fact, agency_id in new:
        said_first = _restated(fact)
        if said_first is not None and id(said_first) in stored_as:
            links.append(dict(id=fact_id, duplicate_of_id=stored_as[id(said_first)]))
            continue
        if not fact.fingerprint:
            continue
        original = first_here.get(fact.fingerprint)
        if original is None:
            original = next((other_id for other_id, other_agency, other_context in earlier.get(fact.fingerprint, [])
                             if (agency_id is None or other_agency is None or agency_id == other_agency)
                             and copies.same_context(fact.copy_context, other_context)), None)
        if original is None:
            first_here[fact.fingerprint] = fact_id
        else:
            links.append(dict(id=fact_id, duplicate_of_id=original))
    if links:
        session.execute(update(model), links)


def _restated(fact: Fact) -> Fact | None:
    """The fact of the same document that this one restates, followed to the one that restates none."""
    original = fact.restates
    while original is not None and original.restates is not None:
        original = original.restates
    return original


def _earlier_facts(session: Session, model: type[FactMixin], fingerprints: list[str], before: int,
                   pages: set[int]) -> dict[str, list[tuple[int, int | None, str]]]:
    """Stored originals with these fingerprints in other documents: (id, agency id, normalised context)."""
    found: dict[str, list[tuple[int, int | None, str]]] = {}
    for start in range(0, len(fingerprints), 1000):  # bounded IN lists (SQLite caps bound parameters)
        rows = session.execute(
            select(model.id, model.fingerprint, model.agency_id, model.page_id, model.char_start, model.char_end, Page.text)
            .join(Page, Page.id == model.page_id)
            .where(model.fingerprint.in_(fingerprints[start : start + 1000]), model.duplicate_of_id.is_(None),
                   model.id < before)
            .order_by(model.id))
        for fact_id, fact_print, agency_id, page_id, char_start, char_end, text in rows:
            if page_id not in pages and fact_print is not None:
                found.setdefault(fact_print, []).append((fact_id, agency_id, copies.context(text, char_start, char_end)))
    return found


class _EntityIds:
    """Agency, vendor and product ids by name, each looked up (or created) once."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.agencies: dict[Entity | str, int] = {}
        self.vendors: dict[str, int] = {}
        self.products: dict[tuple[int, str], int] = {}

    def agency(self, agency: Entity | str) -> int:
        """An attributed entity (with its state and ORI when known), or a plain name."""
        if agency not in self.agencies:
            found = agency_for(self.session, agency) if isinstance(agency, Entity) else agency_named(self.session, agency)
            self.agencies[agency] = found.id
        return self.agencies[agency]

    def vendor(self, name: str) -> int:
        if name not in self.vendors:
            self.vendors[name] = vendor_named(self.session, name).id
        return self.vendors[name]

    def product(self, vendor_id: int, name: str) -> int:
        key = (vendor_id, name)
        if key not in self.products:
            self.products[key] = product_named(self.session, self.session.get_one(Vendor, vendor_id), name).id
        return self.products[key]


def refill_pages(session: Session, document: Document, pages: Iterable[PageText], analysis: Analysis,
                 *, replace_messages: bool) -> None:
    """After OCR or a new reading of the original: rewrite the given pages (matched by number) and
    replace the document's messages (when they were split from page text) and its unreviewed facts,
    in the caller's transaction. Reviewed facts stay (flagged for another look when their quote is no
    longer at their place on the page), and an identical new finding does not duplicate one."""
    stored = {page.number: page for page in document.pages}
    pages = list(pages)
    for new in pages:
        stored[new.number].redactions.clear()
    session.flush()  # the old redactions go before the new ones (one row per page and code) come in
    for new in pages:
        page = stored[new.number]
        page.text, page.text_source, page.ocr_confidence = new.text, new.text_source, new.ocr_confidence
        page.needs_ocr, page.bates, page.problem = new.needs_ocr, new.bates, new.problem
        page.tables = json.dumps(new.tables) if new.tables else None
        page.redactions = [Redaction(code=code, count=count) for code, count in sorted(new.redactions.items())]
    page_ids = [page.id for page in document.pages]
    text_of = {page.id: page.text for page in document.pages}
    kept: set[tuple[str, int, int, int]] = set()
    for kind, model in FACT_MODELS.items():
        session.execute(delete(model).where(model.page_id.in_(page_ids), model.review_status == "unreviewed"))
        for fact in session.scalars(select(model).where(model.page_id.in_(page_ids))):
            fact.needs_rereview = fact.needs_rereview or text_of[fact.page_id][fact.char_start : fact.char_end] != fact.quote
            kept.add((kind, fact.page_id, fact.char_start, fact.char_end))
    if replace_messages:
        session.execute(delete(Message).where(Message.document_id == document.id))
        session.expire(document, ["messages"])
        message_ids = insert_messages(session, document.id, analysis)
    else:
        message_ids = {message.position: message.id for message in document.messages}
    session.flush()
    page_id = {page.number: page.id for page in document.pages}
    fresh = [f for f in analysis.facts if (f.kind, page_id[f.page_number], f.char_start, f.char_end) not in kept]
    agency = session.get(Agency, document.agency_id) if document.agency_id else None
    store_facts(session, page_id, message_ids, fresh, agency)
