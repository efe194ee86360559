"""The evidence behind one fact, message or document, gathered for `foia show` and `foia review`."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from foia.errors import InputError
from foia.facts import fact_ref, model_of
from foia.models import (
    FACT_MODELS,
    Agency,
    Attachment,
    Document,
    Message,
    Page,
    Product,
    Redaction,
    Request,
    ReviewDecision,
    Vendor,
)
from foia.query import sender, sent_at
from foia.review import CORRECTABLE, decisions

CONTEXT_CHARS = 400


class NotFound(InputError):
    """No such fact, message or document; the message names what was asked for."""


@dataclass
class FactEvidence:
    ref: str
    kind: str
    values: dict[str, Any]
    status: str
    needs_rereview: bool
    confidence: float
    extractor: str
    document: str
    document_id: int
    page: int
    bates: str | None
    quote: str
    before: str  # page text just before the quote
    after: str  # and just after it
    agency: str | None
    agency_source: str | None
    vendor: str | None
    vendor_source: str | None
    product: str | None
    agency_state: str | None
    agency_ori: str | None
    attribution_note: str | None  # the evidence, or why the agency or vendor was left empty
    duplicate_of: str | None  # the fact this one copies (a re-saved or scanned copy of its record)
    message: dict[str, Any] | None
    history: list[ReviewDecision] = field(default_factory=list)


def fact_evidence(session: Session, kind: str, fact_id: int) -> FactEvidence:
    fact = session.get(model_of(kind), fact_id)
    if fact is None:
        raise NotFound(f"no fact {fact_ref(kind, fact_id)}")
    page = session.get(Page, fact.page_id)
    assert page is not None  # a foreign key guarantees it
    document = session.get(Document, page.document_id)
    assert document is not None
    message = session.get(Message, fact.message_id) if fact.message_id else None

    def name(model: type[Agency] | type[Vendor] | type[Product], key: int | None) -> str | None:
        return session.scalar(select(model.name).where(model.id == key)) if key else None

    agency = session.get(Agency, fact.agency_id) if fact.agency_id else None
    return FactEvidence(
        ref=fact_ref(kind, fact_id),
        kind=kind,
        values={column: getattr(fact, column) for column in CORRECTABLE[kind]},
        status=fact.review_status,
        needs_rereview=fact.needs_rereview,
        confidence=fact.confidence,
        extractor=f"{fact.extractor} {fact.extractor_version}",
        document=document.file_name,
        document_id=document.id,
        page=page.number,
        bates=page.bates,
        quote=page.text[fact.char_start : fact.char_end],
        before=context_before(page.text, fact.char_start),
        after=context_after(page.text, fact.char_end),
        agency=name(Agency, fact.agency_id),
        agency_source=fact.agency_source,
        vendor=name(Vendor, fact.vendor_id),
        vendor_source=fact.vendor_source,
        product=name(Product, fact.product_id),
        agency_state=agency.state if agency else None,
        agency_ori=agency.ori if agency else None,
        attribution_note=fact.attribution_note,
        duplicate_of=fact_ref(kind, fact.duplicate_of_id) if fact.duplicate_of_id else None,
        message=_message_headers(message) if message else None,
        history=decisions(session, kind, fact_id),
    )


def context_before(text: str, start: int, chars: int = CONTEXT_CHARS) -> str:
    """About `chars` characters of page text before `start`, beginning at a whole word ("..." marks a
    cut): a reader should never see half a word and take it for what the page says."""
    begin = max(0, start - chars)
    if begin == 0:
        return text[:start]
    if not text[begin - 1].isspace():  # the cut falls inside a word: start after it
        begin = next((i for i in range(begin, start) if text[i].isspace()), start)
    return "…" + text[begin:start].lstrip(" \t")


def context_after(text: str, end: int, chars: int = CONTEXT_CHARS) -> str:
    """About `chars` characters of page text after `end`, ending at a whole word ("..." marks a cut)."""
    stop = end + chars
    if stop >= len(text):
        return text[end:]
    if not text[stop].isspace():  # the cut falls inside a word: end before it
        stop = next((i for i in range(stop, end, -1) if text[i - 1].isspace()), end)
    return text[end:stop].rstrip(" \t") + "…"


def _message_headers(message: Message) -> dict[str, Any]:
    return {
        "id": message.id,
        "from": sender(message),
        "to": message.recipients,
        "cc": message.cc,
        "sent": message.sent_at_text or (moment.isoformat() if (moment := sent_at(message)) else None),
        "subject": message.subject,
    }


def message_evidence(session: Session, message_id: int) -> dict[str, Any]:
    message = session.get(Message, message_id)
    if message is None:
        raise NotFound(f"no message {message_id}")
    document = session.get(Document, message.document_id)
    assert document is not None
    attachments = session.execute(
        select(Attachment.file_name, Attachment.document_id).where(Attachment.message_id == message_id)
    ).all()
    copies = session.scalars(select(Message.id).where(Message.duplicate_of_id == message_id)).all()
    return {
        **_message_headers(message),
        "document": document.file_name,
        "document_id": document.id,
        "pages": (message.page_start, message.page_end),
        "sent_at": sent_at(message),
        "duplicate_of": message.duplicate_of_id,
        "copies": list(copies),
        "attachments": [(name, doc_id) for name, doc_id in attachments],
        "body": message.body,
    }


def document_evidence(session: Session, document_id: int) -> dict[str, Any]:
    document = session.get(Document, document_id)
    if document is None:
        raise NotFound(f"no document {document_id}")
    facts = {
        kind: session.scalar(
            select(func.count()).select_from(model).join(Page, Page.id == model.page_id)
            .where(Page.document_id == document_id)
        )
        for kind, model in FACT_MODELS.items()
    }
    pages = session.execute(
        select(Page.number, Page.bates, Page.text_source, Page.ocr_confidence, Page.needs_ocr, func.length(Page.text))
        .where(Page.document_id == document_id)
        .order_by(Page.number)
    ).all()
    redactions = session.scalar(
        select(func.coalesce(func.sum(Redaction.count), 0)).join(Page, Page.id == Redaction.page_id)
        .where(Page.document_id == document_id)
    )
    request = session.get(Request, document.request_id) if document.request_id else None
    agency = session.get(Agency, document.agency_id) if document.agency_id else None
    parent = session.get(Document, document.parent_id) if document.parent_id else None
    return {
        "id": document.id,
        "document": document.file_name,
        "source": document.source_path,
        "sha256": document.sha256,
        "media_type": document.media_type,
        "size_bytes": document.size_bytes,
        "status": document.status,
        "error": document.error,
        "imported_at": document.imported_at,
        "extractor_version": document.extractor_version,
        "request": request.reference if request else None,
        "agency": agency.name if agency else None,
        "parent": parent.file_name if parent else None,
        "messages": session.scalar(select(func.count()).where(Message.document_id == document_id)),
        "facts": facts,
        "redactions": redactions,
        "pages": [
            {"number": n, "bates": b, "source": s, "ocr_confidence": c, "needs_ocr": o, "chars": length}
            for n, b, s, c, o, length in pages
        ],
    }
