"""Names a user types (agency, vendor, request reference) resolved to database ids, with the shipped
gazetteer's variants and aliases added here; an unknown name is an error with suggestions, never an
empty result."""

from __future__ import annotations

import difflib
import functools
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, func, or_, select, union
from sqlalchemy.orm import Session

from foia.errors import QueryError
from foia.models import Agency, Product, Request, Vendor

if TYPE_CHECKING:
    from foia.extract.entities import Gazetteer


@functools.cache
def gazetteer() -> Gazetteer:
    # Imported on first use: the entity extractor's word lists and patterns cost every listing's start-up
    # (foia.query imports this module), and only a name to resolve needs them.
    from foia.extract.entities import Gazetteer

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
        aliases = session.execute(select(alias_table.alias, table.name).join(table, table.id == link))
        known = [(each, each) for each in session.scalars(select(table.name))] + [(a, n) for a, n in aliases]
        raise QueryError(f"no {kind} named {name!r}{_did_you_mean(name, known)}")
    return ids


def _closeness(wanted: str, candidate: str) -> float:
    """How likely a user typing `wanted` meant `candidate` (0 to 1): the start of a longer name ("Cedar
    County" for "Cedar County Sheriff's Office"), a slip in the whole name, its start or one of its
    words ("amazn" for "Amazon Web Services")."""
    wanted, candidate = " ".join(wanted.casefold().split()), candidate.casefold()
    if not wanted:
        return 0.0
    if candidate.startswith(wanted) or f" {wanted}" in candidate:
        return 0.95
    def ratio(other: str) -> float:
        return difflib.SequenceMatcher(None, wanted, other).ratio()

    words = [word for word in candidate.replace("(", " ").replace(")", " ").split() if len(word) > 2]
    return max(ratio(candidate), ratio(candidate[: len(wanted)]) - 0.05, *(ratio(word) - 0.05 for word in words))


def _did_you_mean(wanted: str, known: Iterable[tuple[str, str]], cutoff: float = 0.75) -> str:
    """"; did you mean 'X'?" naming up to three canonical names whose name or alias is close to `wanted`."""
    best: dict[str, float] = {}
    for text, name in known:
        score = _closeness(wanted, text)
        if score >= cutoff and score > best.get(name, 0.0):
            best[name] = score
    close = sorted(best, key=lambda name: (-best[name], name))[:3]
    return f"; did you mean {', '.join(repr(c) for c in close)}?" if close else ""


def product_ids(session: Session, name: str) -> list[int]:
    """Products whose name contains `name` (case-insensitive); none is an error with suggestions."""
    found = list(session.scalars(select(Product.id).where(func.lower(Product.name).contains(name.lower()))))
    if not found:
        known = [(each, each) for each in session.scalars(select(Product.name))]
        raise QueryError(f"no product named {name!r}{_did_you_mean(name, known)}")
    return found


def request_id(session: Session, reference: str) -> int:
    """The id of the request with this reference; an unknown one is an error with suggestions, not an
    empty result (a mistyped reference would otherwise look like a request with no records)."""
    found = session.scalar(select(Request.id).where(Request.reference == reference.strip()))
    if found is None:
        hint = _did_you_mean(reference, [(each, each) for each in session.scalars(select(Request.reference))])
        raise QueryError(f"no request with reference {reference!r}{hint}")
    return found
