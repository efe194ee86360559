"""Names a user types (agency, vendor, request reference) resolved to database ids, with the shipped
gazetteer's variants and aliases added here; an unknown name is an error with suggestions, never an
empty result."""

from __future__ import annotations

import difflib
import functools
from collections.abc import Iterable
from typing import Any

from sqlalchemy import ColumnElement, func, or_, select, union
from sqlalchemy.orm import Session

from foia.errors import QueryError
from foia.extract.entities import Gazetteer
from foia.models import Agency, Request, Vendor


@functools.cache
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


def name_matches(table: type[Agency] | type[Vendor], wanted: set[str]) -> ColumnElement[bool]:
    """Names equal to one of `wanted` (case-folded), or one of them with a state after it: "Washington
    County Sheriff's Office" also finds "Washington County Sheriff's Office (OR)" and the same name in
    other states, since agencies that share a name carry their state in it."""
    placed = [func.lower(table.name).like(_like_prefix(each) + " (%", escape="\\") for each in wanted]
    return or_(func.lower(table.name).in_(wanted), *placed)


def _like_prefix(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def resolve(session: Session, table: type[Agency] | type[Vendor], alias_table: Any, name: str) -> list[int]:
    """Ids of the agencies (or vendors) whose name or alias matches, case-insensitively, including
    the shipped gazetteer's variants; an unknown name is an error with suggestions, not an empty result."""
    kind = "agency" if table is Agency else "vendor"
    wanted = {" ".join(name.split()).casefold()}
    if (entity := gazetteer().canonical(kind, name)) is not None:
        wanted.add(entity.name.casefold())
    by_name = select(table.id).where(name_matches(table, wanted))
    link = alias_table.agency_id if table is Agency else alias_table.vendor_id
    by_alias = select(link).where(func.lower(alias_table.alias).in_(wanted))
    ids = list(session.scalars(union(by_name, by_alias)))
    if not ids:
        raise QueryError(f"no {kind} named {name!r}{_did_you_mean(name, session.scalars(select(table.name)))}")
    return ids


def _did_you_mean(wanted: str, known: Iterable[str]) -> str:
    close = difflib.get_close_matches(wanted, list(known), n=3, cutoff=0.5)
    return f"; did you mean {', '.join(repr(c) for c in close)}?" if close else ""


def request_id(session: Session, reference: str) -> int:
    """The id of the request with this reference; an unknown one is an error with suggestions, not an
    empty result (a mistyped reference would otherwise look like a request with no records)."""
    found = session.scalar(select(Request.id).where(Request.reference == reference.strip()))
    if found is None:
        hint = _did_you_mean(reference, session.scalars(select(Request.reference)))
        raise QueryError(f"no request with reference {reference!r}{hint}")
    return found
