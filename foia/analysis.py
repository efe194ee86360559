"""From pages to messages and attributed facts: the pure middle of the pipeline, shared by import
and (later) re-extraction over stored pages. Nothing here touches the database or the file system."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from foia import EXTRACTOR_VERSION
from foia.extract import costs
from foia.extract.entities import Entity, Gazetteer
from foia.ingest import PageText
from foia.messages import SplitMessage
from foia.messages.printed import split_printed_thread
from foia.pages import DocumentText

_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n\s*\n")


@dataclass
class Fact:
    kind: str  # costs | usage | policies (keys of foia.models.FACT_MODELS)
    page_number: int
    char_start: int  # offsets within the page's stored text
    char_end: int
    quote: str
    extractor: str
    confidence: float
    values: dict[str, Any]
    message_position: int | None = None
    agency: str | None = None
    agency_source: str | None = None
    vendor: str | None = None
    product: str | None = None
    vendor_source: str | None = None
    extractor_version: str = EXTRACTOR_VERSION


@dataclass
class Analysis:
    messages: list[SplitMessage] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence holding text[start:end], cut at sentence ends and blank lines."""
    left = 0
    for match in _SENTENCE_END.finditer(text, 0, start):
        left = match.end()
    right_match = _SENTENCE_END.search(text, end)
    right = right_match.end() if right_match else len(text)
    return text[left:right]


def _message_entities(message: SplitMessage | None, gazetteer: Gazetteer) -> list[Entity]:
    if message is None:
        return []
    addresses = [message.sender_address or "", *re.findall(r"[\w.+-]+@[\w.-]+", (message.recipients or "") + " " + (message.cc or ""))]
    found = [entity for entity in map(gazetteer.for_address, addresses) if entity is not None]
    names = " ; ".join(filter(None, [message.sender_name, message.recipients, message.cc]))
    return found + gazetteer.find(names)


def attribute(fact: Fact, sentence: str, message: SplitMessage | None, gazetteer: Gazetteer) -> None:
    """Name agency, vendor and product from the strongest evidence: the sentence, then the message's
    participants. The document's request agency is applied at storage, as the weakest evidence."""
    sources = (("sentence", gazetteer.find(sentence)), ("message", _message_entities(message, gazetteer)))
    for source, entities in sources:
        for entity in entities:
            if entity.kind == "agency" and fact.agency is None:
                fact.agency, fact.agency_source = entity.name, source
            elif entity.kind == "product" and fact.product is None and source == "sentence":
                fact.product = entity.name
                if fact.vendor is None:
                    fact.vendor, fact.vendor_source = entity.vendor, source
            elif entity.kind == "vendor" and fact.vendor is None:
                fact.vendor, fact.vendor_source = entity.name, source


def analyse(pages: list[PageText], gazetteer: Gazetteer, messages: list[SplitMessage] | None = None) -> Analysis:
    """Split (unless native messages are given, their offsets in the joined page text) and extract."""
    document = DocumentText.from_pages(pages)
    if messages is None:
        messages = split_printed_thread(document.text)
    for message in messages:
        message.page_start = document.page_at(message.char_start)
        message.page_end = document.page_at(max(message.char_end - 1, message.char_start))
    analysis = Analysis(messages=messages)
    for page, page_offset in zip(pages, document.page_starts, strict=True):
        for finding in costs.find_costs(page.text):
            position = page_offset + finding.char_start
            message = next((m for m in messages if m.char_start <= position < m.char_end), None)
            fact = Fact(
                kind="costs",
                page_number=page.number,
                char_start=finding.char_start,
                char_end=finding.char_end,
                quote=finding.quote,
                extractor=costs.EXTRACTOR,
                confidence=finding.confidence,
                message_position=message.position if message else None,
                values=_cost_values(finding),
            )
            attribute(fact, sentence_around(page.text, finding.char_start, finding.char_end), message, gazetteer)
            analysis.facts.append(fact)
    return analysis


def _cost_values(finding: costs.CostFinding) -> dict[str, Any]:
    monthly_min = costs.monthly_usd(finding.amount_min, finding.currency, finding.period, finding.unit)
    monthly_max = costs.monthly_usd(finding.amount_max, finding.currency, finding.period, finding.unit)
    values: dict[str, Decimal | str | None] = {
        "amount_min": finding.amount_min,
        "amount_max": finding.amount_max,
        "currency": finding.currency,
        "period": finding.period,
        "unit": finding.unit,
        "unit_quantity": finding.unit_quantity,
        "kind": finding.kind,
        "monthly_usd_min": monthly_min,
        "monthly_usd_max": monthly_max,
    }
    return values
