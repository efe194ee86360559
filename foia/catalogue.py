"""The query kinds as a reporter sees them: each kind's name, description and documented columns, and the
filters a listing takes. No SQL here (that is foia.query, which builds every kind's statement from this
catalogue): the command line's help lists the kinds and their columns without importing SQLAlchemy."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


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
    include_copies: bool = False  # facts: also list copies of another fact (left out of listings and sums)
    category: str | None = "usage"  # usage counts: usage | outcome | equipment; None for all
    sort: str | None = None  # a column name, "-name" for descending; None: by document and page


@dataclass(frozen=True)
class Listing:
    name: str
    description: str
    columns: tuple[Column, ...]


# --- columns shared by the fact kinds -------------------------------------------------------------

ID = Column("id", "string",
            "The fact's id (C12 is cost 12, U5 usage count 5, P3 policy 3), as taken by `foia show fact` and `foia review`.")
DOCUMENT = Column("document", "string", "File name of the released document the fact was read from.")
PAGE = Column("page", "integer", "1-based page number in that document.")
BATES = Column("bates", "string", "Bates number stamped on that page, when there is one.")
AGENCY = Column("agency", "string", "Agency the fact is attributed to (canonical name).")
VENDOR = Column("vendor", "string", "Vendor the fact is attributed to (canonical name).")
PRODUCT = Column("product", "string", "Product the fact is about, when the text names one.")
AGENCY_ORI = Column("agency_ori", "string",
                    "The agency's FBI ORI code, when its name and state pick out one agency (joins to FBI crime data).")
AGENCY_STATE = Column("agency_state", "string", "The agency's US state (two letters), when known.")
DATE = Column("date", "date",
              "Date of the message the fact was read from, as printed, or for an attachment the date of the email it "
              "came with (ISO 8601).")
QUOTE = Column("quote", "string", "The exact words on the page the fact was read from.")
CONFIDENCE = Column("confidence", "number", "Extractor's confidence, 0 to 1.")
STATUS = Column("status", "string", "Review status: unreviewed, verified, rejected or corrected.")
DUPLICATE_OF = Column("duplicate_of", "string",
                      "The fact this one repeats (a re-saved or scanned copy of a record, or the same figure said again); "
                      "copies are left out of listings, exports and sums unless asked for.")
AGENCY_SOURCE = Column("agency_source", "string",
                       "Which evidence named the agency: sentence, message, signature, thread, document or request.")
VENDOR_SOURCE = Column("vendor_source", "string",
                       "Which evidence named the vendor: sentence, message, signature, thread, document or request.")


# --- the catalogue --------------------------------------------------------------------------------

LISTINGS: dict[str, Listing] = {
    listing.name: listing
    for listing in (
        Listing(
            "costs",
            "Prices, fees, grants and caps, each with its citation.",
            (
                ID, DOCUMENT, PAGE, BATES, AGENCY, AGENCY_ORI, AGENCY_STATE, VENDOR, PRODUCT,
                Column("amount_min", "number",
                       "Lower end of the amount as written (equal to amount_max unless a range); empty for a cap or "
                       "\"up to\", which give only an upper bound. Credits are negative."),
                Column("amount_max", "number", "Upper end of the amount as written; a range is never averaged."),
                Column("qualifier", "string", "exact, range, approximately, at least or at most (caps, \"up to\")."),
                Column("currency", "string", "ISO 4217 currency code, as written (never converted)."),
                Column("period", "string", "one-time, day, week, month, quarter or year; empty when the text does not say."),
                Column("unit", "string", "For per-unit prices, what is counted (image, search, user, camera ...)."),
                Column("unit_quantity", "number", "How many units the price covers ($1 per 1,000 images: 1000)."),
                Column("billing", "string", "How it is invoiced (\"annually\" for billed annually), not the period."),
                Column("term", "string", "What the price covers, where stated: \"2 years\", \"first year\", \"Year 1\"."),
                Column("kind", "string",
                       "setup, subscription, license, maintenance, grant, cap, total, tax or credit, where stated."),
                Column("monthly_usd_min", "number", "Lower monthly USD figure, only where a flat recurring USD price allows it."),
                Column("monthly_usd_max", "number", "Upper monthly USD figure, only where a flat recurring USD price allows it."),
                DATE, QUOTE, CONFIDENCE, STATUS, DUPLICATE_OF, AGENCY_SOURCE, VENDOR_SOURCE,
            ),
        ),
        Listing(
            "usage",
            "Counts of images, searches, users and the like (usage); arrests and matches (outcome) and cameras "
            "(equipment) on request.",
            (
                ID, DOCUMENT, PAGE, BATES, AGENCY, AGENCY_ORI, AGENCY_STATE, VENDOR, PRODUCT,
                Column("count", "integer", "The number as written (the low end of a range)."),
                Column("count_max", "integer", "The top of a range (\"10 to 20 searches\"); empty otherwise."),
                Column("qualifier", "string", "exact, range, approximately, at least, at most or up to."),
                Column("measure", "string", "What is counted: images, searches, users, cameras, arrests, matches ..."),
                Column("per", "string", "For a rate, its period (day, month ...)."),
                Column("category", "string",
                       "usage (gallery size, searches, accounts), outcome (arrests, matches, leads) or equipment "
                       "(cameras): never add up counts of different categories."),
                DATE, QUOTE, CONFIDENCE, STATUS, DUPLICATE_OF, AGENCY_SOURCE, VENDOR_SOURCE,
            ),
        ),
        Listing(
            "policies",
            "Stated rules, restrictions and justifications about the use of face recognition.",
            (
                ID, DOCUMENT, PAGE, BATES, AGENCY, AGENCY_ORI, AGENCY_STATE,
                Column("kind", "string", "prohibition, requirement, permission, disclaimer or other."),
                Column("statement", "string", "The whole sentence stating the policy."),
                DATE, QUOTE, CONFIDENCE, STATUS, DUPLICATE_OF, AGENCY_SOURCE,
            ),
        ),
        Listing(
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
                Column("sent_at", "datetime",
                       "ISO 8601: UTC with offset when the record states a zone, else the printed wall-clock time."),
                Column("sent_at_text", "string", "The date line exactly as printed."),
                Column("subject", "string", "Subject line."),
                Column("duplicate_of", "integer", "Id of the earlier copy of this same message, if any."),
            ),
        ),
        Listing(
            "documents",
            "Every file imported or attempted, with its status and any error.",
            (
                Column("id", "integer", "The document's id, as taken by `foia show document`."),
                DOCUMENT,
                Column("sha256", "string", "SHA-256 of the file's bytes; identifies the document."),
                Column("pages", "integer", "Page count."),
                Column("first_date", "date",
                       "Date of the earliest message in the document, or of the email it was attached to."),
                Column("last_date", "date", "Date of the latest message in the document, or of the email it was attached to."),
                Column("status", "string", "imported or failed."),
                Column("error", "string", "Why the import failed."),
                Column("media_type", "string", "Detected format."),
                Column("size_bytes", "integer", "File size."),
                Column("parent", "string", "For an email attachment, the file that carried it."),
                Column("request", "string", "Public-records request reference."),
                AGENCY,
                Column("imported_at", "datetime", "When the document was imported."),
            ),
        ),
        Listing(
            "redactions",
            "Redactions per page: exemption codes and how often each appears.",
            (
                DOCUMENT, PAGE, BATES,
                Column("code", "string", "Exemption cited, e.g. (b)(6), or 'box' for a blacked-out area without a code."),
                Column("count", "integer", "How many times on that page."),
            ),
        ),
        Listing(
            "vendors",
            "Vendors with their products and how many agencies and facts name them.",
            (
                Column("id", "integer", "The vendor's id."),
                VENDOR,
                Column("domain", "string", "The vendor's web and email domain, where known."),
                Column("products", "string", "The vendor's products seen in the records (; separated)."),
                Column("agencies", "integer", "Agencies with facts naming this vendor."),
                Column("facts", "integer",
                       "Facts (costs, usage, policies) naming this vendor; rejected facts and copies not counted."),
            ),
        ),
        Listing(
            "agencies",
            "Per agency: state and ORI, vendors and products, the cost figures a reporter can quote and how they were "
            "reached, monthly cost range, largest image count, record dates and counts.",
            (
                Column("id", "integer", "The agency's id."),
                AGENCY,
                Column("state", "string", "US state (two letters), when known."),
                Column("ori", "string", "FBI ORI code, when the name and state pick out one agency."),
                Column("vendors", "string", "Vendors named in facts about this agency (; separated)."),
                Column("products", "string", "Products named in facts about this agency (; separated)."),
                Column("costs", "integer", "Costs attributed to this agency (rejected costs and copies not counted)."),
                Column("contract_usd_min", "number",
                       "Contract value, low end: the largest one-document value of one-time and unperiodised USD amounts "
                       "(the document's stated total, else its amounts added up); see cost_note."),
                Column("contract_usd_max", "number", "Contract value, high end (differs from the low end for ranges)."),
                Column("contract_document", "string", "The document the contract value is read from."),
                Column("annual_usd_min", "number",
                       "Annual value, low end: the largest one-document value of recurring flat USD prices, each "
                       "converted to a year (a month x 12); see cost_note."),
                Column("annual_usd_max", "number", "Annual value, high end."),
                Column("annual_document", "string", "The document the annual value is read from."),
                Column("cost_note", "string",
                       "How the contract and annual values were reached and what was not added: per-unit prices, caps, "
                       "grants, other currencies; figures from different documents are never added together."),
                Column("monthly_usd_min", "number", "Lowest monthly USD figure among its flat recurring costs."),
                Column("monthly_usd_max", "number", "Highest monthly USD figure among its flat recurring costs."),
                Column("largest_image_count", "integer",
                       "Largest count of images (photos, faces) stated as usage (gallery sizes, not outcomes)."),
                Column("first_record", "date", "Date of the earliest dated message in its documents."),
                Column("last_record", "date", "Date of the latest dated message in its documents."),
                Column("documents", "integer", "Documents released by or with facts about this agency."),
                Column("messages", "integer", "Messages in those documents."),
            ),
        ),
    )
}
