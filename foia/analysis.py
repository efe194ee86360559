"""From pages to messages and attributed facts: the pure middle of the pipeline, shared by import
and by re-extraction over stored pages (`foia reextract`). Nothing here touches the database or the
file system."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from foia import EXTRACTOR_VERSION
from foia.extract import costs, counts, policies
from foia.extract.entities import Entity, Gazetteer
from foia.extract.sentences import sentence_spans, span_around
from foia.ingest import PageText
from foia.messages import SplitMessage
from foia.messages.organisations import sender_organisation
from foia.messages.printed import split_printed_thread
from foia.pages import DocumentText

# A sentence about some other, unnamed seller ("our jail management vendor quoted ...") must not
# inherit the vendor of the email it sits in.
_OTHER_SELLER = re.compile(
    r"\b(?:vendor|contractor|company|provider|supplier|integrator)s?\b|\blicen[cs]e[\s-]+plate|\bA?LPR\b", re.IGNORECASE
)


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
    agency_source: str | None = None  # sentence | message | request (strongest first)
    vendor: str | None = None
    product: str | None = None
    vendor_source: str | None = None
    extractor_version: str = EXTRACTOR_VERSION
    about_other_product: bool = False  # see foia.extract.costs.CostFinding.other_product; never stored


@dataclass
class Analysis:
    messages: list[SplitMessage] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    # The agency or vendor each message's sender speaks for, by message position (when known).
    sender_organisations: dict[int, Entity] = field(default_factory=dict)


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence holding text[start:end]."""
    left, right = span_around(sentence_spans(text), start, end)
    return text[left:right]


def _message_entities(message: SplitMessage | None, gazetteer: Gazetteer) -> list[Entity]:
    """Organisations behind the sender first, then the recipients: by email domain, then by name."""
    if message is None:
        return []
    found: list[Entity] = []
    for people in ([message.sender_address or "", message.sender_name or ""], [message.recipients or "", message.cc or ""]):
        addresses = re.findall(r"[\w.+-]+@[\w.-]+", " ".join(people))
        for entity in [*map(gazetteer.for_address, addresses), *gazetteer.find(" ; ".join(people))]:
            if entity is not None and entity not in found:
                found.append(entity)
    return found


def attribute(fact: Fact, sentence: str, message: SplitMessage | None, gazetteer: Gazetteer,
              participants: list[Entity] | None = None) -> None:
    """Name agency, vendor and product from the strongest evidence: the sentence, then the message's
    sender and recipients. The document's request agency is applied at storage, as the weakest evidence.
    Products come only from the sentence; a vendor comes from the message only for costs, and never
    when the sentence speaks of some other seller it does not name."""
    named = gazetteer.find(sentence)
    sources: list[tuple[str, list[Entity]]] = [("sentence", named)]
    sources.append(("message", participants if participants is not None else _message_entities(message, gazetteer)))
    vendor_from_message = fact.kind == "costs" and not (
        _OTHER_SELLER.search(sentence) and not any(e.kind in ("vendor", "product") for e in named)
    )
    for source, entities in sources:
        for entity in entities:
            if entity.kind == "agency" and fact.agency is None:
                fact.agency, fact.agency_source = entity.name, source
            elif source == "message" and not vendor_from_message:
                continue
            elif entity.kind == "product" and fact.product is None and source == "sentence":
                fact.product = entity.name
                if fact.vendor is None:
                    fact.vendor, fact.vendor_source = entity.vendor, source
            elif entity.kind == "vendor" and fact.vendor is None:
                fact.vendor, fact.vendor_source = entity.name, source


def analyse(pages: list[PageText], gazetteer: Gazetteer, messages: list[SplitMessage] | None = None,
            quoted_copies: Sequence[tuple[int, int]] = ()) -> Analysis:
    """Split (unless messages are given, their offsets in the joined page text) and extract. Nothing is
    read from quoted copies of messages (the split's, and `quoted_copies` for given messages)."""
    document = DocumentText.from_pages(pages)
    if messages is None:
        messages = split_printed_thread(document.text)
    for message in messages:
        message.page_start = document.page_at(message.char_start)
        message.page_end = document.page_at(max(message.char_end - 1, message.char_start))
    analysis = Analysis(messages=messages)
    for message in messages:
        if (organisation := sender_organisation(message, gazetteer)) is not None:
            analysis.sender_organisations[message.position] = organisation
    ordered = sorted(messages, key=lambda m: m.char_start)
    starts = [m.char_start for m in ordered]
    copies = sorted([*quoted_copies, *(span for message in messages for span in message.copies)])
    copy_starts = [start for start, _ in copies]
    participants: dict[int, list[Entity]] = {}
    for page, page_offset in zip(pages, document.page_starts, strict=True):
        spans = sentence_spans(page.text)
        for fact in extract_page(page):
            position = page_offset + fact.char_start
            copy = bisect.bisect_right(copy_starts, position) - 1
            if copy >= 0 and position < copies[copy][1]:
                continue  # a quoted copy of a message read already: its facts were taken from the original
            index = bisect.bisect_right(starts, position) - 1
            message = ordered[index] if index >= 0 and position < ordered[index].char_end else None
            fact.message_position = message.position if message else None
            if message is not None and message.position not in participants:
                participants[message.position] = _message_entities(message, gazetteer)
            left, right = span_around(spans, fact.char_start, fact.char_end)
            sentence = page.text[left:right]
            if fact.about_other_product and not any(e.kind == "product" for e in gazetteer.find(sentence)):
                continue  # money for an unnamed other product (radios, plate readers): not a cost of face recognition
            attribute(fact, sentence, message, gazetteer, participants.get(message.position) if message else None)
            analysis.facts.append(fact)
    return analysis


def extract_page(page: PageText) -> Iterable[Fact]:
    """Every fact on one page, unattributed, with offsets and quotes in that page's text."""
    cost_spans = []
    for cost in costs.find_costs(page.text):
        cost_spans.append((cost.char_start, cost.char_end))
        fact = _fact("costs", page, cost, costs.EXTRACTOR, _cost_values(cost))
        fact.about_other_product = cost.other_product
        yield fact
    for count in counts.find_counts(page.text):
        if any(start < count.char_end and count.char_start < end for start, end in cost_spans):
            continue  # "$1 per 1,000 images" is a price, not a count of images
        values = {"count": count.count, "qualifier": count.qualifier, "measure": count.measure, "per": count.per}
        yield _fact("usage", page, count, counts.EXTRACTOR, values)
    for policy in policies.find_policies(page.text):
        yield _fact("policies", page, policy, policies.EXTRACTOR, {"statement": policy.statement, "kind": policy.kind})


def _fact(kind: str, page: PageText, finding: Any, extractor: str, values: dict[str, Any]) -> Fact:
    return Fact(
        kind=kind,
        page_number=page.number,
        char_start=finding.char_start,
        char_end=finding.char_end,
        quote=finding.quote,
        extractor=extractor,
        confidence=finding.confidence,
        values=values,
    )


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
