"""The few reads the web pages need beyond foia.query, foia.show and foia.search: looking a row up by
id for a link or a heading, and a window of a listing (foia.query's catalogue builds the statement;
only OFFSET and LIMIT are added here)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, func, or_, select, union
from sqlalchemy.orm import Session

from foia import summaries
from foia.facts import fact_ref, model_of
from foia.models import FACT_MODELS, Agency, Attachment, Document, Message, Page, Request
from foia.query import KINDS, Filters, sender, sent_at


def agency_name(engine: Engine, agency_id: int) -> str | None:
    with Session(engine) as session:
        return session.scalar(select(Agency.name).where(Agency.id == agency_id))


def agency_ids_by_name(engine: Engine) -> dict[str, int]:
    with Session(engine) as session:
        return {name: agency_id for agency_id, name in session.execute(select(Agency.id, Agency.name))}


def refresh_summaries(engine: Engine) -> None:
    """Bring the agency summaries up to date before they are listed (as `foia agencies` does)."""
    with Session(engine) as session, session.begin():
        summaries.refresh(session)


def window(engine: Engine, kind: str, filters: Filters, offset: int, limit: int) -> tuple[list[tuple[Any, ...]], bool]:
    """Rows `offset` to `offset + limit` of a listing, and whether more follow."""
    spec = KINDS[kind]
    with Session(engine) as session:
        result = session.execute(spec.build(session, filters).offset(offset).limit(limit + 1)).all()
        rows = [tuple(spec.to_row(row)) for row in result]
    return rows[:limit], len(rows) > limit


def count_upto(engine: Engine, kind: str, filters: Filters, cap: int) -> int:
    """How many rows a listing has, counting no further than cap + 1: an exact count of a million
    joined rows takes seconds, and "more than 10,000" tells a reader as much."""
    with Session(engine) as session:
        stmt = KINDS[kind].build(session, filters).order_by(None).limit(cap + 1)
        return int(session.scalar(select(func.count()).select_from(stmt.subquery())) or 0)


def fact_offsets(session: Session, kind: str, fact_id: int) -> tuple[int, int]:
    fact = session.get(model_of(kind), fact_id)
    if fact is None:
        raise LookupError(kind, fact_id)
    return fact.char_start, fact.char_end


@dataclass(frozen=True)
class PageRow:
    number: int
    text: str
    bates: str | None
    text_source: str


def page(session: Session, document_id: int, number: int) -> PageRow | None:
    row = session.execute(
        select(Page.number, Page.text, Page.bates, Page.text_source)
        .where(Page.document_id == document_id, Page.number == number)
    ).first()
    return PageRow(*row) if row else None


@dataclass(frozen=True)
class MessageRow:
    id: int
    page_start: int | None
    sender: str | None
    sent: dt.datetime | None
    sent_text: str | None
    subject: str | None
    duplicate_of: int | None


def document_messages(session: Session, document_id: int) -> list[MessageRow]:
    messages = session.scalars(select(Message).where(Message.document_id == document_id).order_by(Message.position))
    return [MessageRow(m.id, m.page_start, sender(m), sent_at(m), m.sent_at_text, m.subject, m.duplicate_of_id)
            for m in messages]


def attachments(session: Session, document_id: int) -> list[tuple[int, str, str]]:
    """(document id, file name, status) of the documents made from this document's attachments."""
    rows = session.execute(
        select(Document.id, Attachment.file_name, Document.status)
        .join(Attachment, Attachment.document_id == Document.id)
        .join(Message, Message.id == Attachment.message_id)
        .where(Message.document_id == document_id)
        .order_by(Message.position, Attachment.id)
    )
    return [(doc_id, name, status) for doc_id, name, status in rows]


@dataclass(frozen=True)
class DocumentRow:
    id: int
    file_name: str
    pages: int | None
    status: str
    request: str | None
    imported_at: dt.datetime | None


def agency_documents(engine: Engine, agency_id: int, limit: int) -> tuple[list[DocumentRow], int]:
    """Documents released for the agency or holding facts about it (as its summary counts them), the
    first `limit` by name, and how many there are."""
    cited = union(
        *(select(Page.document_id.label("document_id")).join(model, model.page_id == Page.id)
          .where(model.agency_id == agency_id, model.review_status != "rejected") for model in FACT_MODELS.values()),
        select(Document.id).where(Document.agency_id == agency_id),
    ).subquery()
    with Session(engine) as session:
        total = session.scalar(select(func.count()).select_from(cited)) or 0
        rows = session.execute(
            select(Document.id, Document.file_name, Document.page_count, Document.status, Request.reference,
                   Document.imported_at)
            .outerjoin(Request, Request.id == Document.request_id)
            .where(Document.id.in_(select(cited.c.document_id)))
            .order_by(Document.file_name, Document.id).limit(limit)
        )
        return [DocumentRow(*row) for row in rows], total


def agency_requests(engine: Engine, agency_id: int) -> list[tuple[str, int]]:
    """Request references of the agency's requests and of the documents released for it, with how many
    documents each holds."""
    with Session(engine) as session:
        rows = session.execute(
            select(Request.reference, func.count(Document.id))
            .outerjoin(Document, Document.request_id == Request.id)
            .where(or_(Request.agency_id == agency_id, Document.agency_id == agency_id))
            .group_by(Request.reference).order_by(Request.reference)
        )
        return [(reference, count) for reference, count in rows]


def page_facts(session: Session, document_id: int, number: int) -> list[tuple[str, str, str, str]]:
    """(fact id, kind, quote, review status) of the facts read from one page, in reading order."""
    found = []
    for kind, model in FACT_MODELS.items():
        rows = session.execute(
            select(model.id, model.quote, model.review_status, model.char_start)
            .join(Page, Page.id == model.page_id).where(Page.document_id == document_id, Page.number == number)
        )
        found += [(start, fact_ref(kind, fact_id), kind, quote, status) for fact_id, quote, status, start in rows]
    return [item[1:] for item in sorted(found)]
