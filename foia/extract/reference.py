"""The shipped reference lists (foia/data/agencies.tsv.gz from the FBI's list of law-enforcement
agencies, foia/data/dotgov.tsv.gz from CISA's .gov registry; see foia/data/README.md), read once per
process and only when a name or a domain has to be looked up, so importing foia stays cheap."""

from __future__ import annotations

import gzip
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import NamedTuple

from foia.extract.agencies import agency_key, loose_key


class ListedAgency(NamedTuple):
    ori: str
    name: str
    agency_type: str
    county: str | None
    state: str


class ListedDomain(NamedTuple):
    domain: str
    domain_type: str
    organization: str
    suborganization: str | None
    state: str | None


@dataclass
class AgencyIndex:
    by_ori: dict[str, ListedAgency] = field(default_factory=dict)
    by_key: dict[str, list[ListedAgency]] = field(default_factory=dict)
    by_loose_key: dict[str, list[ListedAgency]] = field(default_factory=dict)
    # (state, initials) -> agencies: "LMPD" in Kentucky is the Louisville Metro Police Department.
    by_initials: dict[tuple[str, str], list[ListedAgency]] = field(default_factory=dict)

    def add(self, agency: ListedAgency, key: str) -> None:
        self.by_ori[agency.ori] = agency
        self.by_initials.setdefault((agency.state, initials(agency.name)), []).append(agency)
        self.by_key.setdefault(key, []).append(agency)
        self.by_loose_key.setdefault(loose_key(key), []).append(agency)
        if agency.agency_type == "city police" and " " not in key:
            self.by_key.setdefault(f"{key} police", []).append(agency)  # the FBI lists some town forces by the town alone

    def knows(self, name: str) -> bool:
        """Whether some state has an agency of this name (spelling variants and "Township" aside)."""
        key = agency_key(name)
        return key in self.by_key or loose_key(key) in self.by_loose_key

    def matching(self, name: str, state: str) -> list[ListedAgency]:
        """The agencies of this name in this state: exact key first, then the loose one."""
        key = agency_key(name, state)
        exact = [agency for agency in self.by_key.get(key, ()) if agency.state == state]
        return exact or [agency for agency in self.by_loose_key.get(loose_key(key), ()) if agency.state == state]

    def states_with(self, name: str) -> set[str]:
        key = agency_key(name)
        listed = self.by_key.get(key) or self.by_loose_key.get(loose_key(key), [])
        return {agency.state for agency in listed}


_MINOR_WORDS = frozenset({"of", "the", "and", "&"})


def initials(name: str) -> str:
    """"Charlotte-Mecklenburg Police Department" -> "CMPD", "Jefferson County Sheriff's Office" -> "JCSO"."""
    return "".join(word[0].upper() for word in re.split(r"[\s-]+", name)
                   if word and word[0].isalpha() and word.lower() not in _MINOR_WORDS)


def _rows(file_name: str) -> Iterator[list[str]]:
    with resources.files("foia.data").joinpath(file_name).open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as text:
        next(text)  # header
        for line in text:
            yield line.rstrip("\n").split("\t")


@cache
def agencies() -> AgencyIndex:
    """The FBI's agencies, indexed by ORI and by (state, name key)."""
    index = AgencyIndex()
    for ori, name, agency_type, county, state, key in _rows("agencies.tsv.gz"):
        index.add(ListedAgency(ori, name, agency_type, county or None, state), key)
    return index


@cache
def domains() -> dict[str, ListedDomain]:
    """CISA's .gov domains by domain name."""
    return {
        domain: ListedDomain(domain, domain_type, organization, suborganization or None, state or None)
        for domain, domain_type, organization, suborganization, state in _rows("dotgov.tsv.gz")
    }
