"""User-editable names: aliases for agencies and vendors kept in the database (agency_aliases,
vendor_aliases), added to the shipped gazetteer wherever text is matched. An alias starting with "@"
is an email domain ("@sheriff.example.gov")."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from foia.errors import InputError
from foia.extract.entities import Gazetteer
from foia.models import Agency, AgencyAlias, Vendor, VendorAlias
from foia.store import agency_named, vendor_named

KINDS = ("agency", "vendor")


class AliasError(InputError):
    """The alias cannot be added or removed; the message is fit to show a user."""


@dataclass(frozen=True)
class AliasRow:
    kind: str
    alias: str
    name: str


def list_aliases(session: Session, kind: str | None = None) -> list[AliasRow]:
    rows: list[AliasRow] = []
    if kind in (None, "agency"):
        query = select(AgencyAlias.alias, Agency.name).join(Agency, AgencyAlias.agency_id == Agency.id)
        rows += [AliasRow("agency", alias, name) for alias, name in session.execute(query)]
    if kind in (None, "vendor"):
        query = select(VendorAlias.alias, Vendor.name).join(Vendor, VendorAlias.vendor_id == Vendor.id)
        rows += [AliasRow("vendor", alias, name) for alias, name in session.execute(query)]
    return sorted(rows, key=lambda row: (row.kind, row.name.casefold(), row.alias.casefold()))


@dataclass(frozen=True)
class EntitySummary:
    kind: str
    name: str
    facts: int
    aliases: tuple[str, ...]


def summarise(session: Session, kind: str | None = None) -> list[EntitySummary]:
    """Every agency and vendor in the database with its fact count and the aliases added here."""
    from foia.merges import fact_counts

    aliases: dict[tuple[str, str], list[str]] = {}
    for row in list_aliases(session, kind):
        aliases.setdefault((row.kind, row.name), []).append(row.alias)
    found = []
    for entity_kind, table in (("agency", Agency), ("vendor", Vendor)):
        if kind not in (None, entity_kind):
            continue
        counts = fact_counts(session, entity_kind)
        for entity_id, name in session.execute(select(table.id, table.name).order_by(table.name)):
            found.append(EntitySummary(entity_kind, name, counts.get(entity_id, 0),
                                       tuple(aliases.get((entity_kind, name), ()))))
    return found


def gazetteer_for(session: Session) -> Gazetteer:
    """The shipped gazetteer plus every alias users added to this database."""
    return Gazetteer.load(extra_aliases=[(row.kind, row.alias, row.name) for row in list_aliases(session)])


def add_alias(session: Session, kind: str, alias: str, name: str) -> AliasRow:
    """Make `alias` name `name` (canonicalised through the gazetteer, created when new)."""
    alias, name = " ".join(alias.split()), " ".join(name.split())
    if kind not in KINDS:
        raise AliasError(f"kind must be one of {', '.join(KINDS)}, not {kind!r}")
    if not alias or not name:
        raise AliasError("alias and name must not be empty")
    canonical = Gazetteer.load().canonical(kind, name)
    name = canonical.name if canonical else name
    table, owner_of = (AgencyAlias, "agency") if kind == "agency" else (VendorAlias, "vendor")
    existing = session.scalar(select(table).where(table.alias == alias))
    if existing is not None:
        owner = getattr(existing, owner_of)
        if owner.name == name:
            return AliasRow(kind, alias, name)
        raise AliasError(f"alias {alias!r} already names the {kind} {owner.name!r}; remove it first")
    if kind == "agency":
        session.add(AgencyAlias(agency_id=agency_named(session, name).id, alias=alias))
    else:
        session.add(VendorAlias(vendor_id=vendor_named(session, name).id, alias=alias))
    session.flush()
    return AliasRow(kind, alias, name)


def remove_alias(session: Session, kind: str, alias: str) -> None:
    if kind not in KINDS:
        raise AliasError(f"kind must be one of {', '.join(KINDS)}, not {kind!r}")
    table = AgencyAlias if kind == "agency" else VendorAlias
    existing = session.scalar(select(table).where(table.alias == " ".join(alias.split())))
    if existing is None:
        raise AliasError(f"no {kind} alias {alias!r}")
    session.delete(existing)
    session.flush()
