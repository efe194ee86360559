"""Metadata for Datasette (https://datasette.io), the tool data journalists open SQLite files with:
`datasette foia.db -m metadata.json` then shows what each table and column holds, offers the cited
views first, labels links by name instead of by id, and hides foia's bookkeeping tables.

The cited views and their columns are described from foia.query's catalogue (the columns the exports
write); the tables from the descriptions below."""

from __future__ import annotations

from typing import Any

from foia.query import KINDS

# The views of migration 0014, each holding what `foia export KIND` writes (with its citations).
CITED_VIEWS = {"costs_cited": "costs", "usage_cited": "usage", "policies_cited": "policies",
               "messages_cited": "messages"}
VIEW_NOTES = {
    "costs_cited": "Rejected costs and copies left out, as in `foia export costs`.",
    "usage_cited": "Every category (usage, outcome, equipment): facet on category, and never add up counts of "
                   "different categories or measures. Rejected counts and copies left out.",
    "policies_cited": "Rejected policies and copies left out.",
    "messages_cited": "Later copies of a message left out.",
}
VIEW_FACETS = {"costs_cited": ["agency", "vendor", "currency", "period", "kind", "status"],
               "usage_cited": ["agency", "category", "measure", "status"],
               "policies_cited": ["agency", "kind", "status"]}
TABLES: dict[str, dict[str, Any]] = {
    "costs": {"description": "Every cost extracted, with ids: see costs_cited for the same with names and citations. "
                             "duplicate_of_id marks copies; review_status rejected ones.", "label_column": "quote"},
    "usage_counts": {"description": "Every usage count extracted, with ids: see usage_cited.", "label_column": "quote"},
    "policies": {"description": "Every policy statement extracted, with ids: see policies_cited.",
                 "label_column": "statement"},
    "documents": {"description": "Every file imported or attempted, with its SHA-256, status and error.",
                  "label_column": "file_name"},
    "pages": {"description": "Page text as extracted (searchable), its source (text layer or OCR) and Bates number.",
              "label_column": "bates"},
    "messages": {"description": "Email messages split from printed threads or read from email files (searchable); "
                                "duplicate_of_id links later copies of a message.", "label_column": "subject"},
    "agencies": {"description": "Public bodies named in the records, with state and FBI ORI where known."},
    "vendors": {"description": "Companies selling face recognition, with their web domain where known."},
    "products": {"description": "Products of each vendor seen in the records."},
    "requests": {"description": "Public-records requests the documents were released under.", "label_column": "reference"},
    "agency_summaries": {"description": "Per agency: the figures `foia agencies` shows, with cost_note saying how the "
                                        "contract and annual values were reached."},
    "redactions": {"description": "Redaction codes per page and how often each appears."},
    "attachments": {"description": "Which message carried which attached document.", "label_column": "file_name"},
    "review_decisions": {"description": "Every verify, reject, correct and note decision, with reviewer and time."},
    "agency_aliases": {"description": "Other names for agencies, added with `foia alias add`.", "label_column": "alias"},
    "vendor_aliases": {"description": "Other names for vendors, added with `foia alias add`.", "label_column": "alias"},
}
# foia's bookkeeping: logs the summaries read, schema version, merges, accounts. (Datasette opens SQLite
# files; the job queue lives only in PostgreSQL.)
HIDDEN = ("alembic_version", "agency_summary_changes", "document_summary_changes", "entity_merges", "users")


def metadata(database: str) -> dict[str, Any]:
    """Datasette metadata (its metadata.json) for a foia SQLite file that Datasette names `database`
    (the file name without .db)."""
    tables: dict[str, Any] = {}
    for view, kind in CITED_VIEWS.items():
        spec = KINDS[kind]
        tables[view] = {
            "description": f"{spec.description} {VIEW_NOTES[view]}",
            "columns": {column.name: column.description for column in spec.columns},
        }
        if view in VIEW_FACETS:
            tables[view]["facets"] = VIEW_FACETS[view]
    tables.update({name: dict(settings) for name, settings in TABLES.items()})
    for name in HIDDEN:
        tables[name] = {"hidden": True}
    # Team-mode accounts hold password hashes: not browsable (custom SQL can still read every table).
    tables["users"]["allow"] = False
    return {
        "title": "foia: face-recognition procurement records",
        "description": "Facts read from released public records, each citing document, page, Bates number and "
                       "quote. Start with costs_cited, usage_cited, policies_cited and messages_cited; unreviewed "
                       "facts are machine readings to check against the page before publication.",
        "databases": {database: {"tables": tables}},
    }
