"""Agencies, vendors and products named in text or email addresses, through the shipped gazetteer.

Short all-capital abbreviations (WCSO, AWS) match case-sensitively so "opd" in a word never counts."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cached_property
from importlib import resources


@dataclass(frozen=True)
class Entity:
    kind: str  # agency | vendor | product
    name: str
    vendor: str | None = None  # for products


@dataclass
class Gazetteer:
    entries: list[tuple[str, Entity]] = field(default_factory=list)  # (alias, entity)
    domains: dict[str, Entity] = field(default_factory=dict)

    @classmethod
    def load(cls, data: dict | None = None) -> Gazetteer:
        if data is None:
            data = json.loads(resources.files("foia.data").joinpath("gazetteer.json").read_text("utf-8"))
        gazetteer = cls()
        for agency in data.get("agencies", []):
            entity = Entity("agency", agency["name"])
            gazetteer._add(entity, [agency["name"], *agency.get("aliases", [])], agency.get("domains", []))
        for vendor in data.get("vendors", []):
            entity = Entity("vendor", vendor["name"])
            gazetteer._add(entity, [vendor["name"], *vendor.get("aliases", [])], vendor.get("domains", []))
            for product in vendor.get("products", []):
                gazetteer._add(
                    Entity("product", product["name"], vendor["name"]),
                    [product["name"], *product.get("aliases", [])],
                    [],
                )
        return gazetteer

    def _add(self, entity: Entity, aliases: list[str], domains: list[str]) -> None:
        self.entries.extend((alias, entity) for alias in aliases)
        self.domains.update((domain.lower(), entity) for domain in domains)

    @cached_property
    def _pattern(self) -> re.Pattern[str]:
        # Longest alias first, so "Amazon Rekognition" wins over "Amazon".
        parts = []
        for alias, _ in sorted(self.entries, key=lambda item: -len(item[0])):
            escaped = re.escape(alias).replace(r"\ ", r"\s+").replace("'", "['’]")
            parts.append(escaped if alias.isupper() and len(alias) <= 6 else f"(?i:{escaped})")
        return re.compile(r"(?<![\w@.])(?:" + "|".join(parts) + r")(?![\w@])")

    @cached_property
    def _by_alias(self) -> dict[str, Entity]:
        return {_key(alias): entity for alias, entity in self.entries}

    def find(self, text: str) -> list[Entity]:
        """Entities named in the text, in order of first mention, each once."""
        if not self.entries:
            return []
        found: list[Entity] = []
        for match in self._pattern.finditer(text):
            entity = self._by_alias.get(_key(match.group(0)))
            if entity and entity not in found:
                found.append(entity)
        return found

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


def _key(alias: str) -> str:
    return re.sub(r"\s+", " ", alias.replace("’", "'")).strip().casefold()
