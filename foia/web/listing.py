"""Listing filters as a page's query string: parsed into foia.query's Filters with the same meaning as
`foia export`'s options (rejected facts left out unless asked for), so the CSV a page offers is byte for
byte what `foia export KIND` writes with the same filters."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from foia.errors import QueryError
from foia.models import DOCUMENT_STATUSES, REVIEW_STATUSES
from foia.query import KINDS, Filters

FACT_KINDS = ("costs", "usage", "policies")
PAGE_SIZE = 50
MAX_OFFSET = 1_000_000
# The query-string names of the filters, in the order the form shows them.
FILTER_FIELDS = ("agency", "vendor", "product", "request", "status", "since", "until", "min_confidence")


@dataclass
class ListingRequest:
    kind: str
    filters: Filters
    values: dict[str, str] = field(default_factory=dict)  # as typed, to fill the form again
    offset: int = 0

    def params(self, **overrides: Any) -> dict[str, Any]:
        """The query-string parameters that reproduce this listing (for links and the CSV)."""
        return {**self.values, **overrides}


def _date(value: str, name: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise QueryError(f"{name} {value!r}: expected a date as YYYY-MM-DD") from None


def statuses(kind: str) -> tuple[str, ...]:
    return DOCUMENT_STATUSES if kind == "documents" else REVIEW_STATUSES


def parse(kind: str, params: dict[str, str]) -> ListingRequest:
    """Filters from a query string; raises QueryError (shown on the page) for a value that cannot be
    one. Filters the kind does not take are ignored, as the command line has no such options."""
    allowed = KINDS[kind].filters
    values = {name: params[name].strip() for name in FILTER_FIELDS if name in allowed and params.get(name, "").strip()}
    filters = Filters(include_rejected=False)
    for name, value in values.items():
        if name in ("since", "until"):
            setattr(filters, name, _date(value, name))
        elif name == "min_confidence":
            try:
                filters.min_confidence = float(value)
            except ValueError:
                raise QueryError(f"min_confidence {value!r}: expected a number from 0 to 1") from None
        elif name == "status" and value not in statuses(kind):
            raise QueryError(f"status {value!r}: one of {', '.join(statuses(kind))}")
        else:
            setattr(filters, name, value)
    if kind in FACT_KINDS and params.get("include_rejected"):
        filters.include_rejected = True
        values["include_rejected"] = "1"
    if "include_duplicates" in allowed and params.get("include_duplicates"):
        filters.include_duplicates = True
        values["include_duplicates"] = "1"
    try:
        offset = min(max(int(params.get("offset", "0")), 0), MAX_OFFSET)
    except ValueError:
        offset = 0
    return ListingRequest(kind, filters, values, offset)
