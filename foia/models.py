"""Typed SQLAlchemy models. The schema itself comes only from the Alembic migrations in `migrations/`;
a test keeps the two in agreement on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import TYPE_CHECKING, Annotated

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    Numeric,
    String,
    Text,
    UniqueConstraint,
    false,
    func,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# Stable constraint names across SQLite and PostgreSQL (Alembic batch mode needs names to alter).
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

intpk = Annotated[int, mapped_column(Integer, primary_key=True)]
money = Annotated[Decimal, mapped_column(Numeric(20, 6))]
short_str = Annotated[str, mapped_column(String(64))]
name_str = Annotated[str, mapped_column(String(300))]
timestamp = Annotated[dt.datetime, mapped_column(DateTime(timezone=True), server_default=func.now())]

REVIEW_STATUSES = ("unreviewed", "verified", "rejected", "corrected")
DOCUMENT_STATUSES = ("imported", "failed")
USER_ROLES = ("viewer", "reviewer", "admin")
TEXT_SOURCES = ("layer", "ocr", "none")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Agency(Base):
    """A public body. `name` carries the state ("Washington County Sheriff's Office (OR)") when the
    records say which, since several states have an agency of that name; `ori` is the FBI's identifier
    where the name and state pick out exactly one agency, so rows join to FBI crime data."""

    __tablename__ = "agencies"
    id: Mapped[intpk]
    name: Mapped[name_str] = mapped_column(unique=True)
    ori: Mapped[str | None] = mapped_column(String(9), unique=True)
    state: Mapped[str | None] = mapped_column(String(2), index=True)
    agency_type: Mapped[str | None] = mapped_column(String(32))
    county: Mapped[str | None] = mapped_column(String(100))
    aliases: Mapped[list[AgencyAlias]] = relationship(back_populates="agency", cascade="all, delete-orphan")


class AgencySummary(Base):
    """The per-agency summary `foia agencies` shows, kept precomputed: aggregating a million facts on
    every call would take seconds. Rows are refreshed for stale agencies just before they are read."""

    __tablename__ = "agency_summaries"
    agency_id: Mapped[int] = mapped_column(ForeignKey("agencies.id", ondelete="CASCADE"), primary_key=True)
    vendors: Mapped[str] = mapped_column(Text)
    products: Mapped[str] = mapped_column(Text)
    monthly_usd_min: Mapped[Decimal | None] = mapped_column(Numeric(20, 6))
    monthly_usd_max: Mapped[Decimal | None] = mapped_column(Numeric(20, 6))
    largest_image_count: Mapped[int | None] = mapped_column(BigInteger)
    first_record: Mapped[dt.date | None] = mapped_column(Date)
    last_record: Mapped[dt.date | None] = mapped_column(Date)
    documents: Mapped[int]
    messages: Mapped[int]
    # What a reporter can quote (foia.totals): costs counted, the largest one-document contract value and
    # yearly value in US dollars with the document each is read from, and what was and was not added up.
    costs: Mapped[int] = mapped_column(Integer, server_default="0")
    contract_usd_min: Mapped[Decimal | None] = mapped_column(Numeric(20, 6))
    contract_usd_max: Mapped[Decimal | None] = mapped_column(Numeric(20, 6))
    contract_document_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id", ondelete="SET NULL"))
    annual_usd_min: Mapped[Decimal | None] = mapped_column(Numeric(20, 6))
    annual_usd_max: Mapped[Decimal | None] = mapped_column(Numeric(20, 6))
    annual_document_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id", ondelete="SET NULL"))
    cost_note: Mapped[str] = mapped_column(Text, server_default="")


class AgencySummaryChange(Base):
    """Agencies whose summary must be recomputed, appended by database triggers whenever a fact,
    document or message concerning them changes (so bulk statements and every writer are covered).
    An append-only log rather than a flag on agencies: concurrent importers never wait on each other."""

    __tablename__ = "agency_summary_changes"
    id: Mapped[intpk]
    agency_id: Mapped[int] = mapped_column(index=True)


class DocumentSummaryChange(Base):
    """Documents whose messages changed, appended by triggers on messages: the summaries of the agencies
    such a document concerns count its messages. Logged by document because working out a document's
    agencies in a trigger on each of its thousands of messages grew with the square of its size; the
    refresh resolves each logged document once."""

    __tablename__ = "document_summary_changes"
    id: Mapped[intpk]
    document_id: Mapped[int] = mapped_column(index=True)


class AgencyAlias(Base):
    """A variant spelling, abbreviation or email domain that names an agency."""

    __tablename__ = "agency_aliases"
    id: Mapped[intpk]
    agency_id: Mapped[int] = mapped_column(ForeignKey("agencies.id", ondelete="CASCADE"), index=True)
    alias: Mapped[name_str] = mapped_column(unique=True)
    agency: Mapped[Agency] = relationship(back_populates="aliases")


class Vendor(Base):
    __tablename__ = "vendors"
    id: Mapped[intpk]
    name: Mapped[name_str] = mapped_column(unique=True)
    domain: Mapped[str | None] = mapped_column(String(253))
    aliases: Mapped[list[VendorAlias]] = relationship(back_populates="vendor", cascade="all, delete-orphan")
    products: Mapped[list[Product]] = relationship(back_populates="vendor")


class VendorAlias(Base):
    __tablename__ = "vendor_aliases"
    id: Mapped[intpk]
    vendor_id: Mapped[int] = mapped_column(ForeignKey("vendors.id", ondelete="CASCADE"), index=True)
    alias: Mapped[name_str] = mapped_column(unique=True)
    vendor: Mapped[Vendor] = relationship(back_populates="aliases")


class Product(Base):
    __tablename__ = "products"
    __table_args__ = (UniqueConstraint("vendor_id", "name", name="uq_products_vendor_id_name"),)
    id: Mapped[intpk]
    vendor_id: Mapped[int] = mapped_column(ForeignKey("vendors.id", ondelete="CASCADE"), index=True)
    name: Mapped[name_str]
    vendor: Mapped[Vendor] = relationship(back_populates="products")


class Request(Base):
    """A public-records request: what was asked, of whom, and when the release came back."""

    __tablename__ = "requests"
    id: Mapped[intpk]
    reference: Mapped[name_str] = mapped_column(unique=True)
    agency_id: Mapped[int | None] = mapped_column(ForeignKey("agencies.id"), index=True)
    requester: Mapped[str | None] = mapped_column(String(300))
    filed_on: Mapped[dt.date | None] = mapped_column(Date)
    received_on: Mapped[dt.date | None] = mapped_column(Date)


class Document(Base):
    __tablename__ = "documents"
    __table_args__ = (
        CheckConstraint("status IN ('imported', 'failed')", name="status"),
        # Listings are ordered by file name: with this index a page of a million facts is read in
        # order (milliseconds) instead of sorting them all (seconds).
        Index("ix_documents_file_name_id", "file_name", "id"),
    )
    id: Mapped[intpk]
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    file_name: Mapped[str] = mapped_column(String(1000))
    source_path: Mapped[str | None] = mapped_column(Text)
    media_type: Mapped[str | None] = mapped_column(String(200))
    size_bytes: Mapped[int] = mapped_column(BigInteger)
    page_count: Mapped[int | None]
    status: Mapped[str] = mapped_column(String(16))
    error: Mapped[str | None] = mapped_column(Text)
    request_id: Mapped[int | None] = mapped_column(ForeignKey("requests.id"), index=True)
    agency_id: Mapped[int | None] = mapped_column(ForeignKey("agencies.id"), index=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    imported_at: Mapped[timestamp]
    extractor_version: Mapped[str | None] = mapped_column(String(32))
    pages: Mapped[list[Page]] = relationship(
        back_populates="document", cascade="all, delete-orphan", order_by="Page.number"
    )
    messages: Mapped[list[Message]] = relationship(
        back_populates="document", cascade="all, delete-orphan", order_by="Message.position"
    )


class Page(Base):
    __tablename__ = "pages"
    __table_args__ = (
        UniqueConstraint("document_id", "number", name="uq_pages_document_id_number"),
        CheckConstraint("text_source IN ('layer', 'ocr', 'none')", name="text_source"),
    )
    id: Mapped[intpk]
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    number: Mapped[int]
    # The cleaned text extraction and email splitting see; every fact quote is a substring of it.
    text: Mapped[str] = mapped_column(Text)
    text_source: Mapped[str] = mapped_column(String(8))
    ocr_confidence: Mapped[float | None] = mapped_column(Float)
    needs_ocr: Mapped[bool] = mapped_column(Boolean, default=False, index=True)
    bates: Mapped[str | None] = mapped_column(String(100), index=True)
    # The page's tables as JSON (a list of tables, each a list of rows of cell strings): table costs are
    # read from them again by `foia reextract`.
    tables: Mapped[str | None] = mapped_column(Text)
    # Why the page's text may be missing or incomplete (a page PDFium cannot render, OCR that failed).
    problem: Mapped[str | None] = mapped_column(Text)
    document: Mapped[Document] = relationship(back_populates="pages")
    redactions: Mapped[list[Redaction]] = relationship(cascade="all, delete-orphan", order_by="Redaction.code")


class Message(Base):
    __tablename__ = "messages"
    id: Mapped[intpk]
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    position: Mapped[int]
    page_start: Mapped[int | None]
    page_end: Mapped[int | None]
    sender_name: Mapped[str | None] = mapped_column(String(500))
    sender_address: Mapped[str | None] = mapped_column(String(500))
    recipients: Mapped[str | None] = mapped_column(Text)
    cc: Mapped[str | None] = mapped_column(Text)
    # sent_at is UTC and set only when the text states a zone; sent_at_local is the wall-clock time as
    # printed. Printed emails rarely state a zone, and guessing one would shift times by hours.
    sent_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True), index=True)
    sent_at_local: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=False), index=True)
    sent_at_text: Mapped[str | None] = mapped_column(String(200))
    subject: Mapped[str | None] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text)
    header_message_id: Mapped[str | None] = mapped_column(String(998))
    fingerprint: Mapped[str | None] = mapped_column(String(64), index=True)
    # The earliest stored message with the same fingerprint: counts and exports skip duplicates.
    duplicate_of_id: Mapped[int | None] = mapped_column(ForeignKey("messages.id", ondelete="SET NULL"), index=True)
    sender_agency_id: Mapped[int | None] = mapped_column(ForeignKey("agencies.id"))
    sender_vendor_id: Mapped[int | None] = mapped_column(ForeignKey("vendors.id"))
    kind: Mapped[str | None] = mapped_column(String(16))  # printed | quoted (known only from a quote) | native
    notes: Mapped[str | None] = mapped_column(Text)  # what was repaired while reading it
    document: Mapped[Document] = relationship(back_populates="messages")


class Attachment(Base):
    """Links a message to the child document made from one of its attachments."""

    __tablename__ = "attachments"
    id: Mapped[intpk]
    message_id: Mapped[int] = mapped_column(ForeignKey("messages.id", ondelete="CASCADE"), index=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    file_name: Mapped[str] = mapped_column(String(1000))


class Redaction(Base):
    __tablename__ = "redactions"
    __table_args__ = (UniqueConstraint("page_id", "code", name="uq_redactions_page_id_code"),)
    id: Mapped[intpk]
    page_id: Mapped[int] = mapped_column(ForeignKey("pages.id", ondelete="CASCADE"))
    code: Mapped[str] = mapped_column(String(64))
    count: Mapped[int]


class FactMixin:
    """Provenance every fact carries: where it was read, the exact words, and who judged it."""

    if TYPE_CHECKING:
        __tablename__: str  # set by each fact model
        duplicate_of_id: Mapped[int | None]  # each fact model's own, pointing into its own table

    id: Mapped[intpk]
    page_id: Mapped[int] = mapped_column(ForeignKey("pages.id", ondelete="CASCADE"), index=True)
    message_id: Mapped[int | None] = mapped_column(ForeignKey("messages.id", ondelete="SET NULL"), index=True)
    char_start: Mapped[int]
    char_end: Mapped[int]
    quote: Mapped[str] = mapped_column(Text)
    extractor: Mapped[short_str]
    extractor_version: Mapped[str] = mapped_column(String(32))
    confidence: Mapped[float] = mapped_column(Float)
    review_status: Mapped[str] = mapped_column(String(16), default="unreviewed", index=True)
    agency_id: Mapped[int | None] = mapped_column(ForeignKey("agencies.id"), index=True)
    vendor_id: Mapped[int | None] = mapped_column(ForeignKey("vendors.id"), index=True)
    product_id: Mapped[int | None] = mapped_column(ForeignKey("products.id"), index=True)
    # Which evidence named the agency or vendor, strongest first: sentence | message | signature |
    # thread | document | request (see foia.attribution).
    agency_source: Mapped[str | None] = mapped_column(String(16))
    vendor_source: Mapped[str | None] = mapped_column(String(16))
    attribution_confidence: Mapped[float | None] = mapped_column(Float)
    # The evidence in words, or why the agency or vendor was left empty (evidence disagreed, too weak).
    attribution_note: Mapped[str | None] = mapped_column(Text)
    # Kind, values and OCR-normalised quote (foia.copies): finds the earlier fact a copy repeats.
    fingerprint: Mapped[str | None] = mapped_column(String(40), index=True)
    # Set by `foia reextract` when a reviewed fact's quote is no longer found: kept, never dropped.
    needs_rereview: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


def _review_check(table: str) -> CheckConstraint:
    statuses = ", ".join(f"'{s}'" for s in REVIEW_STATUSES)
    return CheckConstraint(f"review_status IN ({statuses})", name="review_status")


class Cost(FactMixin, Base):
    __tablename__ = "costs"
    __table_args__ = (_review_check("costs"),)
    # The first stored cost this one repeats (a re-saved or scanned copy of the same record).
    duplicate_of_id: Mapped[int | None] = mapped_column(ForeignKey("costs.id", ondelete="SET NULL"), index=True)
    amount_min: Mapped[Decimal | None] = mapped_column(Numeric(20, 6))  # empty for "up to" / caps
    amount_max: Mapped[money]
    qualifier: Mapped[str] = mapped_column(String(16), server_default="exact")  # exact|range|approximately|at least|at most
    currency: Mapped[str] = mapped_column(String(3))
    billing: Mapped[str | None] = mapped_column(String(32))  # "billed annually": how often invoiced, not the period
    term: Mapped[str | None] = mapped_column(String(32))  # what the price covers: "2 years", "first year"
    # one-time | day | week | month | quarter | year, or NULL when the text does not say.
    period: Mapped[str | None] = mapped_column(String(16))
    unit: Mapped[str | None] = mapped_column(String(64))
    unit_quantity: Mapped[Decimal | None] = mapped_column(Numeric(20, 6))
    kind: Mapped[str | None] = mapped_column(String(32))
    monthly_usd_min: Mapped[Decimal | None] = mapped_column(Numeric(20, 6))
    monthly_usd_max: Mapped[Decimal | None] = mapped_column(Numeric(20, 6))


class UsageCount(FactMixin, Base):
    __tablename__ = "usage_counts"
    __table_args__ = (_review_check("usage_counts"),)
    duplicate_of_id: Mapped[int | None] = mapped_column(ForeignKey("usage_counts.id", ondelete="SET NULL"), index=True)
    count: Mapped[int] = mapped_column(BigInteger)
    count_max: Mapped[int | None] = mapped_column(BigInteger)  # the top of a range ("10 to 20 searches")
    # usage (gallery size, searches, accounts) | outcome (arrests, matches, leads): never summed together.
    category: Mapped[str] = mapped_column(String(16), server_default="usage")
    qualifier: Mapped[str] = mapped_column(String(16))
    measure: Mapped[str] = mapped_column(String(64))
    per: Mapped[str | None] = mapped_column(String(16))


class Policy(FactMixin, Base):
    __tablename__ = "policies"
    __table_args__ = (_review_check("policies"),)
    duplicate_of_id: Mapped[int | None] = mapped_column(ForeignKey("policies.id", ondelete="SET NULL"), index=True)
    statement: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(16))


FACT_MODELS: dict[str, type[FactMixin]] = {"costs": Cost, "usage": UsageCount, "policies": Policy}


class ReviewDecision(Base):
    """One human judgement on one fact. A correction keeps the extracted values in `original` (JSON)
    beside the corrected ones, which are written onto the fact so every query and export uses them."""

    __tablename__ = "review_decisions"
    __table_args__ = (Index("ix_review_decisions_fact", "fact_kind", "fact_id"),)
    id: Mapped[intpk]
    fact_kind: Mapped[str] = mapped_column(String(16))  # a key of FACT_MODELS
    fact_id: Mapped[int]
    action: Mapped[str] = mapped_column(String(16))  # verify | reject | correct | note
    reviewer: Mapped[str] = mapped_column(String(200))
    decided_at: Mapped[timestamp]
    note: Mapped[str | None] = mapped_column(Text)
    original: Mapped[str | None] = mapped_column(Text)
    corrected: Mapped[str | None] = mapped_column(Text)


class EntityMerge(Base):
    """`foia alias merge`: which agency or vendor was folded into which, and every row it re-pointed
    (JSON), so the merge can be undone exactly."""

    __tablename__ = "entity_merges"
    id: Mapped[intpk]
    entity_kind: Mapped[str] = mapped_column(String(16))  # agency | vendor
    merged_name: Mapped[name_str]
    into_id: Mapped[int]
    moved: Mapped[str] = mapped_column(Text)
    merged_at: Mapped[timestamp]
    undone_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))



class User(Base):
    """A `foia serve` team-mode account: who may read (viewer), review (reviewer) or manage accounts
    (admin). Only an Argon2 hash of the password is kept; review decisions record the user's name."""

    __tablename__ = "users"
    __table_args__ = (CheckConstraint("role IN ('viewer', 'reviewer', 'admin')", name="role"),)
    id: Mapped[intpk]
    name: Mapped[str] = mapped_column(String(200), unique=True)
    role: Mapped[str] = mapped_column(String(16))
    password_hash: Mapped[str] = mapped_column(String(300))
    created_at: Mapped[timestamp]
    last_login_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
