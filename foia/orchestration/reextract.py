"""Re-run extraction over stored pages after an extractor change, without reading the files again.

Each document is redone in its own transaction. Unreviewed facts are replaced. A fact a person reviewed
(verified, rejected, corrected) is never dropped: it stays as judged while its quote is still on its page
at its offsets, and is kept but flagged `needs_rereview` when it is not; a new finding overlapping a
reviewed fact does not duplicate it. Stored messages are kept; facts are placed in them by finding each
message body in the page text."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, cast

from sqlalchemy import CursorResult, Engine, delete, or_, select
from sqlalchemy.orm import Session

from foia import EXTRACTOR_VERSION
from foia.aliases import gazetteer_for
from foia.analysis import Fact, analyse
from foia.db import transaction
from foia.extract.entities import Gazetteer
from foia.ingest import PageText
from foia.messages import SplitMessage
from foia.messages.printed import split_printed_thread
from foia.models import FACT_MODELS, Agency, Document, Message
from foia.pages import DocumentText
from foia.store import store_facts


@dataclass
class ReextractReport:
    documents: int = 0
    facts_added: int = 0
    facts_replaced: int = 0
    reviewed_kept: int = 0
    flagged: int = 0
    per_document: list[tuple[str, int]] = field(default_factory=list)


def reextract(engine: Engine, *, all_documents: bool = False,
              on_document: Callable[[str, int], None] | None = None) -> ReextractReport:
    """Re-extract documents whose extractor version is stale (or every imported document)."""
    report = ReextractReport()
    with transaction(engine) as session:
        query = select(Document.id).where(Document.status == "imported", Document.page_count.is_not(None))
        if not all_documents:
            query = query.where(or_(Document.extractor_version.is_(None), Document.extractor_version != EXTRACTOR_VERSION))
        ids = list(session.scalars(query.order_by(Document.id)))
        gazetteer = gazetteer_for(session)
    for document_id in ids:
        with transaction(engine) as session:
            document = session.get(Document, document_id)
            if document is None:
                continue
            added = reextract_document(session, document, gazetteer, report)
        report.documents += 1
        report.per_document.append((document.file_name, added))
        if on_document:
            on_document(document.file_name, added)
    return report


def reextract_document(session: Session, document: Document, gazetteer: Gazetteer, report: ReextractReport) -> int:
    """Redo one document's facts in the caller's transaction; returns how many facts were added."""
    pages = [PageText(page.number, page.text, page.text_source, page.ocr_confidence,
                      tables=json.loads(page.tables) if page.tables else []) for page in document.pages]
    page_by_id = {page.id: page for page in document.pages}
    analysis = analyse(pages, gazetteer, messages=_stored_messages(document, pages),
                       quoted_copies=_quoted_copies(document, pages))
    page_ids = list(page_by_id)
    reviewed: dict[tuple[str, int], list[tuple[int, int]]] = {}
    for kind, model in FACT_MODELS.items():
        result = session.execute(delete(model).where(model.page_id.in_(page_ids), model.review_status == "unreviewed"))
        report.facts_replaced += cast("CursorResult[Any]", result).rowcount or 0
        for fact in session.scalars(select(model).where(model.page_id.in_(page_ids))):
            page = page_by_id[fact.page_id]
            still_there = page.text[fact.char_start : fact.char_end] == fact.quote
            fact.needs_rereview = not still_there
            report.reviewed_kept += 1
            report.flagged += 0 if still_there else 1
            reviewed.setdefault((kind, page.number), []).append((fact.char_start, fact.char_end))
    fresh = [fact for fact in analysis.facts if not _overlaps_reviewed(fact, reviewed)]
    agency = session.get(Agency, document.agency_id) if document.agency_id else None
    store_facts(session, {page.number: page.id for page in document.pages},
                {message.position: message.id for message in document.messages}, fresh, agency)
    document.extractor_version = EXTRACTOR_VERSION
    session.flush()
    report.facts_added += len(fresh)
    return len(fresh)


def _overlaps_reviewed(fact: Fact, reviewed: dict[tuple[str, int], list[tuple[int, int]]]) -> bool:
    spans = reviewed.get((fact.kind, fact.page_number), [])
    return any(start < fact.char_end and fact.char_start < end for start, end in spans)


def _quoted_copies(document: Document, pages: list[PageText]) -> list[tuple[int, int]]:
    """Where a printed thread quotes a message printed earlier in it: found by splitting again, since
    only the messages themselves are stored."""
    if all(message.kind == "native" for message in document.messages):  # printed and quoted ones come from page text
        return []
    return [span for message in split_printed_thread(DocumentText.from_pages(pages).text) for span in message.copies]


def _stored_messages(document: Document, pages: list[PageText]) -> list[SplitMessage]:
    """The stored messages with spans in the joined page text: each message runs from the end of the
    previous message's body to the end of its own (so its header belongs to it). A message whose body
    cannot be found in the text is left out, and facts there get no message."""
    text = DocumentText.from_pages(pages).text
    located: list[tuple[Message, int]] = []
    cursor = 0
    for message in document.messages:
        body = message.body.strip()
        probe = body[:200]
        found = text.find(probe, cursor) if probe else -1
        if found == -1:
            continue
        end = found + len(probe)
        whole = text.find(body, found)
        if whole == found:
            end = found + len(body)
        located.append((message, end))
        cursor = end
    messages = []
    start = 0
    for message, end in located:
        messages.append(SplitMessage(
            position=message.position, char_start=start, char_end=end, sender_name=message.sender_name,
            sender_address=message.sender_address, recipients=message.recipients, cc=message.cc,
            sent_at=message.sent_at, sent_at_local=message.sent_at_local, sent_at_text=message.sent_at_text,
            subject=message.subject, body=message.body,
        ))
        start = end
    return messages
