"""Agencies, vendors and products named in text or email addresses, through the gazetteer: the shipped
`foia/data/gazetteer.json` plus aliases users add to the database (`foia alias add`).

Short all-capital abbreviations (WCSO, AWS) and aliases listed as exact match case-sensitively, so "opd"
in a word never counts. Agencies the gazetteer does not know are still recognised by the shape of their
name ("Anaheim Police Department", "Monroe County Sheriff's Office", "City of Denver", "Oregon State
Police"), also when printed in capitals ("CITY OF TUCSON POLICE DEPARTMENT")."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cached_property
from importlib import resources
from typing import Any


@dataclass(frozen=True)
class Entity:
    kind: str  # agency | vendor | product
    name: str
    vendor: str | None = None  # for products
    ori: str | None = None
    state: str | None = None
    agency_type: str | None = None
    county: str | None = None
    domain: str | None = None


# A capitalised place or body name (after "City of" and the like, when printed) followed by a police or
# sheriff body, or "City/County of Place" alone, whose place is not a body's name ("City of Tucson
# Police" is a cut-off "City of Tucson Police Department", not a city).
_PLACE = r"(?:(?!The\b|Our\b|Your\b|This\b|That\b|Dear\b|From\b|To\b|And\b|Notably\b)[A-Z][a-z]+[ \t]+){1,3}"
_MUNICIPALITY = r"(?:City|County|Town|Village)[ \t]+of[ \t]+"
_BODY_WORD = r"(?!(?:Police|Sheriff|Sherriff|Department|Office|State|Highway|Public)\b)"
_AGENCY_SHAPE = re.compile(
    rf"\b(?:{_MUNICIPALITY})?{_PLACE}(?:Police[ \t]+Department|Sherr?iff['’]s[ \t]+(?:Office|Department)"
    r"|Department[ \t]+of[ \t]+Public[ \t]+Safety|State[ \t]+Police|Highway[ \t]+Patrol)\b"
    rf"|\b{_MUNICIPALITY}{_BODY_WORD}[A-Z][a-z]+(?:[ \t]+{_BODY_WORD}[A-Z][a-z]+)?\b"
)
# A run of three or more all-capital words (a letterhead, a caption): matched as if title-cased.
_CAPITALS_RUN = re.compile(r"\b[A-Z][A-Z'’]+(?:[ \t]+[A-Z][A-Z'’]+){2,}\b")
_SMALL_WORDS = frozenset({"OF", "THE", "AND", "FOR"})


def _title_cased(run: str) -> str:
    """An all-capital run as a name is usually written: same length, so offsets still hold."""
    return re.sub(r"[A-Z'’]+", lambda word: word.group().lower() if word.group() in _SMALL_WORDS
                  else word.group()[0] + word.group()[1:].lower(), run)


@dataclass
class Gazetteer:
    entries: list[tuple[str, Entity, bool]] = field(default_factory=list)  # (alias, entity, case-sensitive)
    domains: dict[str, Entity] = field(default_factory=dict)

    @classmethod
    def load(cls, data: dict[str, Any] | None = None, extra_aliases: list[tuple[str, str, str]] | None = None) -> Gazetteer:
        """The shipped gazetteer (or `data`), plus (kind, alias, canonical name) rows from the database;
        an alias starting with "@" is an email domain."""
        if data is None:
            data = json.loads(resources.files("foia.data").joinpath("gazetteer.json").read_text("utf-8"))
        gazetteer = cls()
        for agency in data.get("agencies", []):
            gazetteer._add(Entity("agency", agency["name"]), agency)
        for vendor in data.get("vendors", []):
            gazetteer._add(Entity("vendor", vendor["name"]), vendor)
            for product in vendor.get("products", []):
                gazetteer._add(Entity("product", product["name"], vendor["name"]), product)
        for kind, alias, name in extra_aliases or []:
            entity = gazetteer.canonical(kind, name) or Entity(kind, name)
            if alias.startswith("@"):
                gazetteer.domains[alias[1:].lower()] = entity
            else:
                gazetteer.entries.append((alias, entity, _case_sensitive(alias)))
        for cached in ("_by_alias", "_pattern"):  # canonical() above filled them before the extra aliases
            gazetteer.__dict__.pop(cached, None)
        return gazetteer

    def _add(self, entity: Entity, record: dict[str, Any]) -> None:
        names = [record["name"], *record.get("aliases", [])]
        self.entries.extend((alias, entity, _case_sensitive(alias)) for alias in names)
        self.entries.extend((alias, entity, True) for alias in record.get("exact_aliases", []))
        self.domains.update((domain.lower(), entity) for domain in record.get("domains", []))

    def canonical(self, kind: str, name: str) -> Entity | None:
        """The entity of this kind that `name` names (its canonical name or any alias)."""
        entity = self._by_alias.get(_key(name))
        return entity if entity is not None and entity.kind == kind else None

    @cached_property
    def _pattern(self) -> re.Pattern[str]:
        # Longest alias first, so "Amazon Rekognition" wins over "Amazon".
        parts = []
        for alias, _, exact in sorted(self.entries, key=lambda item: -len(item[0])):
            escaped = re.escape(alias).replace(r"\ ", r"\s+").replace("'", "['’]").replace("’", "['’]")
            escaped = escaped.replace("Sheriff", "Sherr?iff")
            parts.append(escaped if exact else f"(?i:{escaped})")
        return re.compile(r"(?<![\w@.])(?:" + "|".join(parts) + r")(?![\w@]|\+)")

    @cached_property
    def _by_alias(self) -> dict[str, Entity]:
        return {_key(alias): entity for alias, entity, _ in self.entries}

    def find(self, text: str) -> list[Entity]:
        """Entities named in the text, in order of first mention, each once."""
        found: list[tuple[int, Entity]] = []
        covered: list[tuple[int, int]] = []
        if self.entries:
            for match in self._pattern.finditer(text):
                entity = self._by_alias.get(_key(match.group(0)))
                if entity is not None:
                    found.append((match.start(), entity))
                    covered.append(match.span())
        shaped = _CAPITALS_RUN.sub(lambda run: _title_cased(run.group()), text) if _CAPITALS_RUN.search(text) else text
        for match in _AGENCY_SHAPE.finditer(shaped):
            if any(start < match.end() and match.start() < end for start, end in covered):
                continue
            name = re.sub(r"\s+", " ", match.group(0)).replace("’", "'").replace("Sherriff", "Sheriff")
            found.append((match.start(), self.canonical("agency", name) or Entity("agency", name)))
        ordered: list[Entity] = []
        for _, entity in sorted(found, key=lambda item: item[0]):
            if entity not in ordered:
                ordered.append(entity)
        return ordered

    def for_address(self, address: str | None) -> Entity | None:
        """The organisation behind an email address, matching the domain or any parent domain."""
        if not address or "@" not in address:
            return None
        domain = address.rsplit("@", 1)[1].lower().strip(">. ")
        while domain:
            if domain in self.domains:
                return self.domains[domain]
            domain = domain.partition(".")[2]
        return None


def _case_sensitive(alias: str) -> bool:
    return alias.isupper() and len(alias) <= 6


def _key(alias: str) -> str:
    key = re.sub(r"\s+", " ", alias.replace("’", "'")).strip().casefold()
    return key.replace("sherriff", "sheriff")


# --- interim: the gazetteer branch provides the real versions of these ---
@dataclass(frozen=True)
class Mention:
    entity: Entity
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class StateClue:
    state: str
    kind: str
    start: int
    end: int
    text: str


def _mentions(self: Gazetteer, text: str) -> list[Mention]:
    found: list[Mention] = []
    covered: list[tuple[int, int]] = []
    if self.entries:
        for match in self._pattern.finditer(text):
            entity = self._by_alias.get(_key(match.group(0)))
            if entity is not None:
                found.append(Mention(entity, match.start(), match.end(), match.group(0)))
                covered.append(match.span())
    shaped = _CAPITALS_RUN.sub(lambda run: _title_cased(run.group()), text) if _CAPITALS_RUN.search(text) else text
    for match in _AGENCY_SHAPE.finditer(shaped):
        if any(start < match.end() and match.start() < end for start, end in covered):
            continue
        name = re.sub(r"\s+", " ", match.group(0)).replace("’", "'").replace("Sherriff", "Sheriff")
        found.append(Mention(self.canonical("agency", name) or Entity("agency", name), match.start(), match.end(),
                             text[match.start():match.end()]))
    return sorted(found, key=lambda m: m.start)


Gazetteer.mentions = _mentions  # type: ignore[attr-defined]
Gazetteer.state_clues = lambda self, text: []  # type: ignore[attr-defined]
Gazetteer.resolve_agency = lambda self, entity, states: entity  # type: ignore[attr-defined]
