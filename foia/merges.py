"""Merging two agencies or two vendors that are the same body under two names, and undoing it.

A merge re-points every row that named the merged entity (facts, documents, requests, messages,
aliases, and for vendors their products) to the one kept, makes the merged name an alias of it, and
records every row it moved in entity_merges, so `undo` puts exactly those rows back."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from foia.errors import InputError
from foia.models import (
    Agency,
    AgencyAlias,
    Document,
    EntityMerge,
    Message,
    Product,
    Request,
    Vendor,
    VendorAlias,
)
from foia.names import gazetteer, name_matches
from foia.summaries import FACT_TABLES

KINDS = ("agency", "vendor")


class MergeError(InputError):
    """The merge or undo cannot be done as asked; the message says why."""


@dataclass(frozen=True)
class Entities:
    """Where one kind of entity lives and which columns point at it."""

    table: type[Agency] | type[Vendor]
    alias_table: type[AgencyAlias] | type[VendorAlias]
    alias_owner: Any
    references: tuple[Any, ...]  # (model, column) pairs that name the entity

    @classmethod
    def of(cls, kind: str) -> Entities:
        if kind == "agency":
            refs = tuple((m, m.agency_id) for m in FACT_TABLES) + (
                (Document, Document.agency_id), (Request, Request.agency_id), (Message, Message.sender_agency_id))
            return cls(Agency, AgencyAlias, AgencyAlias.agency_id, refs)
        refs = tuple((m, m.vendor_id) for m in FACT_TABLES) + ((Message, Message.sender_vendor_id),)
        return cls(Vendor, VendorAlias, VendorAlias.vendor_id, refs)


def find(session: Session, kind: str, name: str) -> Agency | Vendor | None:
    """The agency or vendor with this name, shipped alias or database alias (case-insensitive)."""
    entities = Entities.of(kind)
    key = " ".join(name.split()).casefold()
    shipped = gazetteer().canonical(kind, name)  # "WCSO" names the agency the gazetteer knows it as
    keys = {key, shipped.name.casefold()} if shipped else {key}
    found_id = session.scalar(select(entities.table.id).where(func.lower(entities.table.name).in_(keys)))
    if found_id is None:
        placed = session.scalars(select(entities.table.id).where(name_matches(entities.table, keys))).all()
        found_id = placed[0] if len(placed) == 1 else None  # the one state's agency of that name
    if found_id is None:
        found_id = session.scalar(select(entities.alias_owner).where(func.lower(entities.alias_table.alias) == key))
    if found_id is None:
        return None
    return session.get(Agency, found_id) if kind == "agency" else session.get(Vendor, found_id)


def guess_kind(session: Session, merged: str, kept: str) -> str:
    kinds = [kind for kind in KINDS if find(session, kind, merged) and find(session, kind, kept)]
    if len(kinds) != 1:
        both = "both agencies and vendors" if kinds else "not both agencies or both vendors"
        raise MergeError(f"{merged!r} and {kept!r} are {both}: say --kind agency or --kind vendor")
    return kinds[0]


def merge(session: Session, kind: str, merged_name: str, kept_name: str) -> EntityMerge:
    entities = Entities.of(kind)
    merged, kept = find(session, kind, merged_name), find(session, kind, kept_name)
    if merged is None or kept is None:
        missing = merged_name if merged is None else kept_name
        raise MergeError(f"no {kind} named {missing!r}")
    if merged.id == kept.id:
        raise MergeError(f"{merged_name!r} and {kept_name!r} are already the same {kind}")
    moved: dict[str, Any] = {"references": {}, "aliases": [], "products_moved": [], "products_folded": []}
    for model, column in entities.references:
        ids = list(session.scalars(select(model.id).where(column == merged.id)))
        if ids:
            session.execute(update(model).where(model.id.in_(ids)).values({column.key: kept.id}))
        moved["references"][f"{model.__tablename__}.{column.key}"] = ids
    alias_ids = list(session.scalars(select(entities.alias_table.id).where(entities.alias_owner == merged.id)))
    session.execute(update(entities.alias_table).where(entities.alias_table.id.in_(alias_ids))
                    .values({entities.alias_owner.key: kept.id}))
    moved["aliases"] = alias_ids
    if kind == "vendor":
        _fold_products(session, merged.id, kept.id, moved)
    name = merged.name
    session.delete(merged)
    session.flush()
    alias = entities.alias_table(alias=name, **{entities.alias_owner.key: kept.id})
    session.add(alias)
    session.flush()
    moved["name_alias"] = alias.id
    record = EntityMerge(entity_kind=kind, merged_name=name, into_id=kept.id, moved=json.dumps(moved),
                         merged_at=dt.datetime.now(dt.UTC))
    session.add(record)
    session.flush()
    return record


def _fold_products(session: Session, merged_id: int, kept_id: int, moved: dict[str, Any]) -> None:
    """A product the kept vendor already has (same name) takes over the merged one's facts."""
    kept_products = {p.name: p.id for p in session.scalars(select(Product).where(Product.vendor_id == kept_id))}
    for product in session.scalars(select(Product).where(Product.vendor_id == merged_id)).all():
        if product.name not in kept_products:
            product.vendor_id = kept_id
            moved["products_moved"].append(product.id)
            continue
        facts = {}
        for model in FACT_TABLES:
            ids = list(session.scalars(select(model.id).where(model.product_id == product.id)))
            session.execute(update(model).where(model.id.in_(ids)).values(product_id=kept_products[product.name]))
            facts[model.__tablename__] = ids
        moved["products_folded"].append({"name": product.name, "facts": facts})
        session.delete(product)
    session.flush()


def undo(session: Session, merge_id: int) -> Agency | Vendor:
    record = session.get(EntityMerge, merge_id)
    if record is None:
        raise MergeError(f"no merge {merge_id}")
    if record.undone_at is not None:
        raise MergeError(f"merge {merge_id} was already undone")
    later = session.scalar(select(EntityMerge.id).where(
        EntityMerge.entity_kind == record.entity_kind, EntityMerge.id > record.id, EntityMerge.undone_at.is_(None),
        EntityMerge.into_id == record.into_id))
    if later is not None:
        raise MergeError(f"undo merge {later} first: it merged into the same {record.entity_kind} later")
    entities = Entities.of(record.entity_kind)
    moved = json.loads(record.moved)
    alias = session.get(entities.alias_table, moved["name_alias"])
    if alias is not None:
        session.delete(alias)
        session.flush()
    restored = entities.table(name=record.merged_name)
    session.add(restored)
    session.flush()
    by_key = {f"{model.__tablename__}.{column.key}": (model, column) for model, column in entities.references}
    for key, ids in moved["references"].items():
        model, column = by_key[key]
        session.execute(update(model).where(model.id.in_(ids), column == record.into_id)
                        .values({column.key: restored.id}))
    session.execute(update(entities.alias_table).where(entities.alias_table.id.in_(moved["aliases"]))
                    .values({entities.alias_owner.key: restored.id}))
    if record.entity_kind == "vendor":
        session.execute(update(Product).where(Product.id.in_(moved["products_moved"])).values(vendor_id=restored.id))
        for folded in moved["products_folded"]:
            product = Product(vendor_id=restored.id, name=folded["name"])
            session.add(product)
            session.flush()
            for model in FACT_TABLES:
                ids = folded["facts"].get(model.__tablename__, [])
                session.execute(update(model).where(model.id.in_(ids)).values(product_id=product.id))
    record.undone_at = dt.datetime.now(dt.UTC)
    session.flush()
    return restored


def fact_counts(session: Session, kind: str) -> dict[int, int]:
    """Facts naming each agency (or vendor), for `foia alias list`."""
    counts: dict[int, int] = {}
    for model in FACT_TABLES:
        column = model.agency_id if kind == "agency" else model.vendor_id
        for entity_id, count in session.execute(select(column, func.count()).where(column.is_not(None)).group_by(column)):
            if entity_id is not None:  # excluded by the query; said again for the type checker
                counts[entity_id] = counts.get(entity_id, 0) + count
    return counts

