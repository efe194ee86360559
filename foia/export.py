"""Query rows for export and write them as CSV a newsroom can open safely.

Rows stream from the database (`yield_per`), so memory stays flat however many rows there are."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Callable, Iterator, Sequence
from decimal import Decimal
from typing import Any, TextIO

from sqlalchemy import Engine, Select, select
from sqlalchemy.orm import Session, aliased

from foia.models import Agency, Cost, Document, Message, Page, Product, Vendor

# OWASP CSV-injection guidance: a text cell starting with one of these is made inert with a leading quote.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def format_value(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        text = format(value.normalize(), "f")
        return text[:-2] if text.endswith(".0") else text
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, bool | int | float):
        return str(value)
    text = str(value)
    return "'" + text if text.startswith(FORMULA_TRIGGERS) else text


def _message_date(message_sent_at: dt.datetime | None, message_local: dt.datetime | None) -> dt.date | None:
    moment = message_local or message_sent_at
    return moment.date() if moment else None


def _sent_at(sent_at: dt.datetime | None, local: dt.datetime | None) -> dt.datetime | None:
    """UTC with its offset when the source stated a zone, else the printed wall-clock time."""
    if sent_at is not None:
        return sent_at if sent_at.tzinfo else sent_at.replace(tzinfo=dt.UTC)
    return local


def _costs_query() -> tuple[Select[Any], Callable[[Any], Sequence[Any]]]:
    stmt = (
        select(Cost, Page, Document, Agency.name, Vendor.name, Product.name, Message)
        .join(Page, Cost.page_id == Page.id)
        .join(Document, Page.document_id == Document.id)
        .outerjoin(Agency, Cost.agency_id == Agency.id)
        .outerjoin(Vendor, Cost.vendor_id == Vendor.id)
        .outerjoin(Product, Cost.product_id == Product.id)
        .outerjoin(Message, Cost.message_id == Message.id)
        .order_by(Document.file_name, Page.number, Cost.char_start, Cost.id)
    )

    def row(result: Any) -> Sequence[Any]:
        cost, page, document, agency, vendor, product, message = result
        date = _message_date(message.sent_at, message.sent_at_local) if message else None
        return (
            cost.id, document.file_name, page.number, page.bates, agency, vendor, product,
            cost.amount_min, cost.amount_max, cost.currency, cost.period, cost.unit, cost.unit_quantity,
            cost.kind, cost.monthly_usd_min, cost.monthly_usd_max, date, cost.quote, cost.confidence,
            cost.review_status,
        )

    return stmt, row


def _messages_query() -> tuple[Select[Any], Callable[[Any], Sequence[Any]]]:
    stmt = (
        select(Message, Document.file_name)
        .join(Document, Message.document_id == Document.id)
        .order_by(Document.file_name, Message.position)
    )

    def row(result: Any) -> Sequence[Any]:
        message, file_name = result
        sender = message.sender_name
        if message.sender_address:
            sender = f"{sender} <{message.sender_address}>" if sender else message.sender_address
        return (
            message.id, file_name, message.page_start, message.page_end, sender, message.recipients,
            message.cc, _sent_at(message.sent_at, message.sent_at_local), message.sent_at_text, message.subject,
        )

    return stmt, row


def _documents_query() -> tuple[Select[Any], Callable[[Any], Sequence[Any]]]:
    parent = aliased(Document)
    stmt = (
        select(Document, parent.file_name)
        .outerjoin(parent, Document.parent_id == parent.id)
        .order_by(Document.file_name, Document.id)
    )

    def row(result: Any) -> Sequence[Any]:
        document, parent_name = result
        return (
            document.id, document.file_name, document.sha256, document.page_count, document.status,
            document.error, document.media_type, document.size_bytes, parent_name, document.imported_at,
        )

    return stmt, row


EXPORTS: dict[str, tuple[tuple[str, ...], Callable[[], tuple[Select[Any], Callable[[Any], Sequence[Any]]]]]] = {
    "costs": (
        ("id", "document", "page", "bates", "agency", "vendor", "product", "amount_min", "amount_max",
         "currency", "period", "unit", "unit_quantity", "kind", "monthly_usd_min", "monthly_usd_max", "date",
         "quote", "confidence", "status"),
        _costs_query,
    ),
    "messages": (
        ("id", "document", "page_start", "page_end", "sender", "recipients", "cc", "sent_at", "sent_at_text",
         "subject"),
        _messages_query,
    ),
    "documents": (
        ("id", "document", "sha256", "pages", "status", "error", "media_type", "size_bytes", "parent",
         "imported_at"),
        _documents_query,
    ),
}


def export_rows(engine: Engine, kind: str) -> Iterator[Sequence[Any]]:
    _, query = EXPORTS[kind]
    stmt, to_row = query()
    with Session(engine) as session:
        for result in session.execute(stmt.execution_options(yield_per=1000)):
            yield to_row(result)


def write_csv(engine: Engine, kind: str, out: TextIO) -> int:
    """Write one export as RFC 4180 CSV; returns the number of data rows."""
    columns, _ = EXPORTS[kind]
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(columns)
    count = 0
    for row in export_rows(engine, kind):
        writer.writerow([format_value(value) for value in row])
        count += 1
    return count
