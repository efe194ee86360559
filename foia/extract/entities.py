"""Agencies, vendors and products named in text or email addresses, and the clues that place a record
in a state.

Three sources, cheapest first: the curated names in `foia/data/gazetteer.json` (with the aliases users
add to the database, `foia alias add`); the grammar of agency names (`foia.extract.agencies`: "Monroe
County Sheriff's Office", "Oregon State Police", also in capitals and with OCR slips); and the FBI's
and CISA's lists (`foia.extract.reference`), read only when a name or a domain must be looked up.

A name does not always say which agency it is: "Washington County Sheriff's Office" exists in thirty
states. `mentions` gives it without a state; `state_clues` reads the document's addresses, ZIP codes,
phone area codes and domains; `resolve_agency` fills ORI, state, county and type when the name and the
candidate states identify exactly one agency, and leaves it unplaced otherwise.

Short all-capital abbreviations (WCSO, AWS) and aliases listed as exact match case-sensitively, so "opd"
in a word never counts."""

from __future__ import annotations

import bisect
import json
import re
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from importlib import resources
from typing import Any, TypeVar

from foia.extract import agencies as grammar
from foia.extract import reference
from foia.extract.places import STATES, domain_state, place_clues, state_code


@dataclass(frozen=True)
class Entity:
    kind: str  # agency | vendor | product | system (a government-run face search, "MIRS": no vendor's)
    name: str  # display name, without a state suffix ("Washington County Sheriff's Office")
    vendor: str | None = None  # products: the vendor's name; systems: the agency that runs it
    ori: str | None = None  # agencies: FBI ORI when the agency is identified unambiguously
    state: str | None = None  # agencies: two-letter state when known
    agency_type: str | None = None  # one of foia.extract.agencies.AGENCY_TYPES
    county: str | None = None
    domain: str | None = None  # vendors: canonical web/email domain


@dataclass(frozen=True)
class Mention:
    entity: Entity
    start: int  # offsets in the text searched
    end: int
    text: str  # the text as printed


@dataclass(frozen=True)
class StateClue:
    state: str  # two-letter
    kind: str  # address | zip | area_code | email_domain | web_domain | state_name | agency_name
    start: int
    end: int
    text: str


# The label below a state's portal domain that names a state body (dps.texas.gov, dmv.nv.gov), or below
# a county or city (sheriff.co.washington.or.us).
_STATE_BODY_LABELS = {
    "dmv": ("Department of Motor Vehicles", "dmv"), "dps": ("Department of Public Safety", "state police"),
    "isp": ("State Police", "state police"), "msp": ("State Police", "state police"), "osp": ("State Police", "state police"),
    "statepolice": ("State Police", "state police"), "oag": ("Attorney General's Office", "attorney general"),
    "ag": ("Attorney General's Office", "attorney general"), "attorneygeneral": ("Attorney General's Office", "attorney general"),
    "dot": ("Department of Transportation", "state agency"), "doj": ("Department of Justice", "state agency"),
}
_LOCAL_BODY_LABELS = {"sheriff": "sheriff", "so": "sheriff", "police": "police", "pd": "police"}
_EMAIL_DOMAIN = re.compile(r"(?<=[\w.+-])@(?P<domain>[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")  # starts at the @: linear
_HOST = re.compile(r"(?<![\w@.-])(?:https?://)?(?P<host>(?:[A-Za-z0-9-]+\.)+(?:gov|us|org|com|net|mil))(?![\w-])")


# Texts at least this long (a document, not a sender's name) have their mentions and state clues remembered.
_REMEMBERED_LENGTH = 10_000
_Found = TypeVar("_Found")


# "State Department" in "Washington State Department of Licensing": a state's department of something, not
# the U.S. Department of State. An alias ending in "Department" followed by "of ..." heads a longer name.
_HEAD_OF_LONGER_NAME = re.compile(r"(?<=Department|DEPARTMENT|department)[ \t]+(?:of|OF)[ \t\n]+[A-Z]")


@dataclass
class Gazetteer:
    entries: list[tuple[str, Entity, bool]] = field(default_factory=list)  # (alias, entity, case-sensitive)
    domains: dict[str, Entity] = field(default_factory=dict)
    curated_agencies: list[Entity] = field(default_factory=list)  # placed (state, perhaps ORI)
    # A vendor bought by another ("Vigilant Solutions" -> "Motorola Solutions"). Facts keep the maker's
    # name, one name for one seller whatever a document calls it; a comparison with labels that name the
    # owner counts the two as one (scripts/eval_extraction.py).
    successors: dict[str, str] = field(default_factory=dict)
    # Companies that sell other makers' products (Carahsoft, SHI): named as a seller, the vendor of costs.
    resellers: set[str] = field(default_factory=set)

    @classmethod
    def load(cls, data: dict[str, Any] | None = None, extra_aliases: list[tuple[str, str, str]] | None = None) -> Gazetteer:
        """The shipped gazetteer (or `data`), plus (kind, alias, canonical name) rows from the database;
        an alias starting with "@" is an email domain."""
        if data is None:
            data = json.loads(resources.files("foia.data").joinpath("gazetteer.json").read_text("utf-8"))
        gazetteer = cls()
        for agency in data.get("agencies", []):
            gazetteer._add_agency(agency)
        for vendor in data.get("vendors", []):
            domains = vendor.get("domains", [])
            gazetteer._add(Entity("vendor", vendor["name"], domain=domains[0] if domains else None), vendor)
            if vendor.get("successor"):
                gazetteer.successors[vendor["name"]] = vendor["successor"]
            if vendor.get("reseller"):
                gazetteer.resellers.add(vendor["name"])
            for product in vendor.get("products", []):
                gazetteer._add(Entity("product", product["name"], vendor["name"]), product)
        for system in data.get("systems", []):
            gazetteer._add(Entity("system", system["name"], system.get("operator"), state=system.get("state")), system)
        for kind, alias, name in extra_aliases or []:
            entity = gazetteer.canonical(kind, name) or Entity(kind, name)
            if alias.startswith("@"):
                gazetteer.domains[alias[1:].lower()] = entity
            else:
                gazetteer.entries.append((alias, entity, _case_sensitive(alias)))
        # canonical() above filled some before the extra aliases
        for cached in ("_by_alias", "_parts", "_pattern", "_by_first_character", "_last_mentions", "_last_state_clues"):
            gazetteer.__dict__.pop(cached, None)
        return gazetteer

    def _add_agency(self, record: dict[str, Any]) -> None:
        placed = Entity("agency", record["name"], ori=record.get("ori"), state=record.get("state"),
                        agency_type=record.get("type"), county=record.get("county"))
        named = replace(placed, ori=None, state=None) if record.get("shared_name") else placed
        self._add(named, record, domain_entity=placed)
        self.entries.extend((alias, placed, False) for alias in record.get("placed_aliases", []))  # "... (Oregon)"
        if placed.state is not None:
            self.curated_agencies.append(placed)

    def _add(self, entity: Entity, record: dict[str, Any], domain_entity: Entity | None = None) -> None:
        names = [record["name"], *record.get("aliases", [])]
        self.entries.extend((alias, entity, _case_sensitive(alias)) for alias in names)
        self.entries.extend((alias, entity, True) for alias in record.get("exact_aliases", []))
        self.domains.update((domain.lower(), domain_entity or entity) for domain in record.get("domains", []))

    def canonical(self, kind: str, name: str) -> Entity | None:
        """The entity of this kind that `name` names (its canonical name or any alias)."""
        entity = self._by_alias.get(_key(name))
        return entity if entity is not None and entity.kind == kind else None

    @cached_property
    def _parts(self) -> list[tuple[str, str]]:
        """(alias, its pattern), longest alias first, so "Amazon Rekognition" wins over "Amazon"."""
        parts = []
        for alias, _, exact in sorted(self.entries, key=lambda item: -len(item[0])):
            escaped = re.escape(alias).replace(r"\ ", r"\s+").replace("'", "['’]").replace("’", "['’]")
            escaped = escaped.replace("Sheriff", "Sherr?iff")
            parts.append((alias, escaped if exact else f"(?i:{escaped})"))
        return parts

    @cached_property
    def _pattern(self) -> re.Pattern[str]:
        return re.compile(r"(?<![\w@.])(?:" + "|".join(part for _, part in self._parts) + r")(?![\w@]|\+)")

    @cached_property
    def _by_first_character(self) -> tuple[re.Pattern[str], dict[str, re.Pattern[str]]] | None:
        """Where an alias may start (a word starting with a first character of one), and the aliases of
        each first character (ASCII letters folded), in `_pattern`'s order; None when an alias starts
        with something else. Trying only those at each word start finds what `_pattern` finds, five
        times faster: Python's regex engine tries all 300 alternatives at every word."""
        if not all(alias[:1].isascii() and alias[:1].isalnum() for alias, _ in self._parts):
            return None
        groups: dict[str, list[str]] = {}
        for alias, part in self._parts:
            groups.setdefault(alias[0].lower(), []).append(part)
        firsts = "".join(sorted({c for first in groups for c in (first, first.upper())}))
        # Any non-ASCII character may fold to an ASCII letter (the Kelvin sign to k): `_pattern` decides there.
        where = re.compile(r"(?<![\w@.])[" + re.escape(firsts) + r"\x80-\U0010ffff]")
        return where, {first: re.compile("(?:" + "|".join(parts) + r")(?![\w@]|\+)") for first, parts in groups.items()}

    def _alias_matches(self, text: str) -> Iterator[re.Match[str]]:
        """What `_pattern.finditer(text)` gives."""
        if (indexed := self._by_first_character) is None:
            yield from self._pattern.finditer(text)
            return
        where, patterns = indexed
        position = 0
        for start in where.finditer(text):
            at = start.start()
            if at < position:
                continue
            character = text[at]
            pattern = patterns[character.lower()] if character.isascii() else self._pattern
            if (match := pattern.match(text, at)) is not None:
                yield match
                position = match.end()

    @cached_property
    def _by_alias(self) -> dict[str, Entity]:
        found: dict[str, Entity] = {}
        for alias, entity, _ in self.entries:
            found.setdefault(_key(alias), entity)  # the first record to claim an alias keeps it
        return found

    @cached_property
    def _curated_by_ori(self) -> dict[str, Entity]:
        return {entity.ori: entity for entity in self.curated_agencies if entity.ori}

    def mentions(self, text: str) -> list[Mention]:
        """Every agency, vendor and product named in the text, in order; where two overlap the longer
        wins, and at equal length the curated name."""
        # A document's whole text is searched twice (its state clues, then attribution's context): the
        # last long text's mentions are kept (a tenth of an import's time).
        return self._remembered("_last_mentions", text, self._mentions)

    def forget_text(self) -> None:
        """Drop the mentions and state clues remembered for the last long text (a document analysed)."""
        self.__dict__.pop("_last_mentions", None)
        self.__dict__.pop("_last_state_clues", None)

    def _remembered(self, slot: str, text: str, find: Callable[[str], list[_Found]]) -> list[_Found]:
        """`find(text)`, kept for the last long text searched (a copy of the list each time)."""
        last = self.__dict__.get(slot)
        if last is not None and last[0] == text:
            return list(last[1])
        found = find(text)
        if len(text) >= _REMEMBERED_LENGTH:
            self.__dict__[slot] = (text, found)
        return list(found)

    def _mentions(self, text: str) -> list[Mention]:
        candidates: list[tuple[int, int, int, Entity]] = []  # start, end, rank (0 curated), entity
        if self.entries:
            for match in self._alias_matches(text):
                entity = self._by_alias.get(_key(match.group(0)))
                if entity is not None and not _HEAD_OF_LONGER_NAME.match(text, match.end()):
                    candidates.append((match.start(), match.end(), 0, entity))
        for named in grammar.find_agency_names(text, self._knows):
            candidates.append((named.start, named.end, 1, self._grammar_entity(named)))
        chosen = _longest_first(candidates)
        return [Mention(entity, start, end, text[start:end]) for start, end, _, entity in chosen]

    def find(self, text: str) -> list[Entity]:
        """Entities named in the text, in order of first mention, each once."""
        ordered: list[Entity] = []
        for mention in self.mentions(text):
            if mention.entity not in ordered:
                ordered.append(mention.entity)
        return ordered

    def _knows(self, name: str) -> bool:
        return self.canonical("agency", name) is not None or reference.agencies().knows(name)

    def _grammar_entity(self, named: grammar.AgencyName) -> Entity:
        curated = self.canonical("agency", named.name)
        if curated is not None:
            return curated
        entity = Entity("agency", named.name, state=named.state, agency_type=named.agency_type, county=named.county)
        return self.resolve_agency(entity, ()) if entity.state is not None else entity

    def for_address(self, address: str | None) -> Entity | None:
        """The organisation behind an email address (see `for_domain`)."""
        if not address or "@" not in address:
            return None
        return self.for_domain(address.rsplit("@", 1)[1])

    def for_domain(self, domain: str) -> Entity | None:
        """The organisation holding a web or email domain: curated and user-added domains, then
        state-coded domains (co.washington.or.us, ci.hillsboro.or.us, dps.texas.gov), then CISA's .gov
        registry, each matching the domain or a parent domain."""
        domain = domain.lower().strip("<>.,;:()[] \t\"'")
        if not domain:
            return None
        labels = domain.split(".")
        for first in range(len(labels)):
            if (entity := self.domains.get(".".join(labels[first:]))) is not None:
                return entity
        return self._state_coded(labels) or self._registered(labels)

    def _state_coded(self, labels: list[str]) -> Entity | None:
        """co.X.ST.us -> X County, ci.X.ST.us -> City of X, state.ST.us -> State of Y, and a body label
        before them (sheriff.co.X.ST.us, dmv.state.ST.us)."""
        if len(labels) < 3 or labels[-1] != "us" or (state := state_code(labels[-2].upper())) is None:
            return None
        head = labels[:-2]
        for position, level in enumerate(head):
            body = head[position - 1] if position > 0 else None
            if level in ("co", "ci") and position + 1 < len(head):
                place = head[position + 1].replace("-", " ").title()
                return self._local_body(place, "county" if level == "co" else "city", body, state)
            if level == "state" and position + 1 == len(head):
                return self._state_body(body, state)
        return None

    def _local_body(self, place: str, level: str, body: str | None, state: str) -> Entity:
        government = Entity("agency", f"{place} County" if level == "county" else f"City of {place}", state=state,
                            agency_type=level)
        kind = _LOCAL_BODY_LABELS.get(body or "")
        if kind is None:
            return government
        if kind == "sheriff":
            name = f"{place} County Sheriff's Office" if level == "county" else f"{place} Sheriff's Office"
            entity = Entity("agency", name, state=state, agency_type="county sheriff",
                            county=place if level == "county" else None)
        else:
            entity = Entity("agency", f"{place} Police Department", state=state,
                            agency_type="county police" if level == "county" else "city police")
        return self.resolve_agency(entity, (state,))

    def _state_body(self, label: str | None, state: str) -> Entity:
        body = _STATE_BODY_LABELS.get(label or "")
        if body is None:
            return Entity("agency", f"State of {STATES[state]}", state=state, agency_type="state")
        return self.resolve_agency(Entity("agency", f"{STATES[state]} {body[0]}", state=state, agency_type=body[1]), (state,))

    def _registered(self, labels: list[str]) -> Entity | None:
        """The holder of the domain or its nearest registered parent in CISA's list. Below a state's
        portal only a body label counts (dps.texas.gov): carmel.in.gov is not the State of Indiana."""
        listed = reference.domains()
        for first in range(len(labels) - 1):
            record = listed.get(".".join(labels[first:]))
            if record is None:
                continue
            if record.domain_type == "state" and first > 0 and record.state in STATES:
                return self._state_body(labels[first - 1], record.state) if labels[first - 1] in _STATE_BODY_LABELS else None
            return self._listed_entity(record)
        return None

    def _listed_entity(self, record: reference.ListedDomain) -> Entity:
        if record.domain_type == "federal":
            for name in (record.suborganization, record.organization):
                if name and (curated := self.canonical("agency", name)) is not None:
                    return curated
            return Entity("agency", record.organization, agency_type="federal")
        curated = self.canonical("agency", record.organization)
        if curated is not None:
            return curated
        return Entity("agency", record.organization, state=record.state, agency_type=record.domain_type)

    def state_clues(self, text: str) -> list[StateClue]:
        """Everything in the text that says which state it comes from, in order: addresses, ZIP codes,
        phone area codes, email and web domains, state names, and agencies whose name or listing places
        them. Federal bodies place nothing (their domains say "Washington, DC")."""
        # Remembered too: an import with a page pool finds them while a worker splits the document, and
        # attribution's context asks again.
        return self._remembered("_last_state_clues", text, self._state_clues)

    def _state_clues(self, text: str) -> list[StateClue]:
        clues = [StateClue(clue.state, clue.kind, clue.start, clue.end, text[clue.start:clue.end]) for clue in place_clues(text)]
        # A release prints the same few addresses on every page: each domain is placed once.
        domain_clue = lru_cache(maxsize=None)(self._domain_clue)
        for match in _EMAIL_DOMAIN.finditer(text):
            if (state := domain_clue(match.group("domain"))) is not None:
                clues.append(StateClue(state, "email_domain", match.start("domain"), match.end("domain"), match.group("domain")))
        for match in _HOST.finditer(text):
            if (state := domain_clue(match.group("host"))) is not None:
                clues.append(StateClue(state, "web_domain", match.start("host"), match.end("host"), match.group("host")))
        for mention in self.mentions(text):
            entity = mention.entity
            if entity.kind == "agency" and entity.state is not None and entity.agency_type != "federal":
                clues.append(StateClue(entity.state, "agency_name", mention.start, mention.end, mention.text))
        return sorted(clues, key=lambda clue: (clue.start, clue.end, clue.kind))

    def _domain_clue(self, domain: str) -> str | None:
        entity = self.for_domain(domain)
        if entity is not None and entity.agency_type != "federal" and entity.state is not None:
            return entity.state
        return domain_state(domain)

    def resolve_agency(self, entity: Entity, states: Collection[str]) -> Entity:
        """The same agency with ORI, state, county and type filled when its name and the candidate
        states (its own state when the name has one) identify exactly one listed agency; a statewide
        body printed alone ("Department of Motor Vehicles") takes its state's name. Unchanged when
        still ambiguous, or when no state and the name belongs to several agencies."""
        if entity.kind != "agency" or entity.ori is not None or entity.agency_type == "federal":
            return entity
        candidates = [entity.state] if entity.state else sorted({state for state in states if state in STATES})
        statewide = entity.state is None and grammar.is_statewide_body(entity.name)
        if statewide and len(candidates) != 1:
            return entity
        found: dict[str, Entity] = {}
        for state in candidates or sorted(reference.agencies().states_with(entity.name)):
            for match in self._placed_matches(entity, state, statewide):
                found[match.ori or f"{match.state}:{match.name}"] = match
        if len(found) == 1:
            return next(iter(found.values()))
        if not found and statewide:
            state = candidates[0]
            return replace(entity, name=f"{STATES[state]} {entity.name}", state=state)
        return entity

    def _placed_matches(self, entity: Entity, state: str, statewide: bool) -> list[Entity]:
        name = f"{STATES[state]} {entity.name}" if statewide else entity.name
        key = grammar.agency_key(name, state)
        curated = [agency for agency in self.curated_agencies
                   if agency.state == state and grammar.agency_key(agency.name, state) == key]
        if curated:
            return curated
        return [self._from_listing(listed, name if not statewide else listed.name)
                for listed in reference.agencies().matching(name, state)]

    def _from_listing(self, listed: reference.ListedAgency, name: str) -> Entity:
        curated = self._curated_by_ori.get(listed.ori)
        if curated is not None:
            return curated
        return Entity("agency", name, ori=listed.ori, state=listed.state, agency_type=listed.agency_type, county=listed.county)

    def agency_by_ori(self, ori: str) -> Entity | None:
        """The agency the FBI lists under this ORI (the curated entry when there is one)."""
        ori = ori.strip().upper()
        if (curated := self._curated_by_ori.get(ori)) is not None:
            return curated
        listed = reference.agencies().by_ori.get(ori)
        return None if listed is None else self._from_listing(listed, listed.name)


def _longest_first(candidates: list[tuple[int, int, int, Entity]]) -> list[tuple[int, int, int, Entity]]:
    """The candidates that survive overlaps, longest (then curated, then earliest) first, in text
    order; the kept spans stay sorted, so each check is a binary search."""
    starts: list[int] = []
    kept: list[tuple[int, int, int, Entity]] = []
    for candidate in sorted(candidates, key=lambda item: (item[0] - item[1], item[2], item[0])):
        start, end = candidate[0], candidate[1]
        index = bisect.bisect_left(starts, start)
        if index < len(kept) and kept[index][0] < end:
            continue  # a kept span starts inside this one
        if index > 0 and kept[index - 1][1] > start:
            continue  # the kept span before this one reaches into it
        starts.insert(index, start)
        kept.insert(index, candidate)
    return kept


def _case_sensitive(alias: str) -> bool:
    return alias.isupper() and len(alias) <= 6


def _key(alias: str) -> str:
    key = re.sub(r"\s+", " ", alias.replace("’", "'")).strip().casefold()
    return key.replace("sherriff", "sheriff")
