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

from foia import EXTRACTOR_VERSION, copies
from foia.attribution import DocumentContext, Evidence, thread_key
from foia.extract import bid_columns, cloud_bills, cost_terms, costs, counts, money_columns, pipe_tables, policies, tables
from foia.extract.entities import Entity, Gazetteer
from foia.extract.sentences import sentence_spans, span_around
from foia.extract.topic import about_face_recognition, names_face_recognition
from foia.ingest import PageText
from foia.messages import SplitMessage
from foia.messages.printed import split_printed_thread
from foia.pages import DocumentText

# A restated figure ("more than 4,500 officers" after "4,549 officers") within this share below the
# figure it rounds is the same fact, not a second one.
_ROUNDING = Decimal("0.05")


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
    agency_entity: Entity | None = None  # with state, ORI, type and county where known
    agency_source: str | None = None  # sentence | message | signature | thread | document | request
    vendor: str | None = None
    product: str | None = None
    vendor_source: str | None = None
    attribution_confidence: float | None = None
    attribution_note: str | None = None
    extractor_version: str = EXTRACTOR_VERSION
    about_other_product: bool = False  # see foia.extract.costs.CostFinding.other_product; never stored
    # foia.copies: what finds an earlier copy of this fact (the fingerprint is stored, the context is not).
    fingerprint: str | None = None
    copy_context: str = ""
    # The fact of this document that states the same figure or rule (see _mark_restatements): stored as
    # its duplicate.
    restates: Fact | None = None
    # The page's table row or sentence holding the fact (offsets in the page): its attribution's sentence.
    sentence: tuple[int, int] = (0, 0)
    # The text says the fact is no one agency's (a vendor's own gallery, "all other agencies 238
    # searches"): the request's agency must not stand in.
    agency_withheld: bool = False
    # The offeror heading the bid tabulation's column the amount stands in (foia.extract.bid_columns): an
    # offer, kept only where the document awards it. Never stored.
    offeror: str | None = None
    # The headers of the value columns of the table the count was read from by column, and the figure's
    # column (foia.extract.counts.CountFinding): a header may name the product counted. Never stored.
    columns: tuple[str, ...] = ()
    column: int | None = None


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


# "The Department is NOT purchasing FaceSearch or any facial recognition capability": a staff report for
# plate readers and body cameras that names face recognition only to say it is not bought. Not what an
# agency does not buy "itself": "NOPD does not license facial recognition software itself" in a report on
# the searches a city office runs for it.
_NOT_BUYING_FR = re.compile(
    r"\b(?:is|are|was|were|will\s+be|will|does|do|did)\s+not\s+(?:be\s+)?(?:own\w*,?\s+(?:or\s+)?)?(?:purchas\w*|buy\w*|acquir\w*|"
    r"procur\w*|licens\w*|includ\w*|enabl\w*|activat\w*)\b[^.]{0,80}\b(?:fac(?:e|ial)[\s-]+recognition|FaceSearch|facial\s+comparison)\b",
    re.IGNORECASE)
# "(BriefCam ..., which does not include the face recognition module)": another product's option left out,
# not the document saying it buys no face recognition ("is NOT purchasing ... any facial recognition
# capability" still says so).
_LEFT_OUT = re.compile(r"\bnot\s+(?:be\s+)?(?:includ|enabl|activat)", re.IGNORECASE)
_A_PRODUCTS_MODULE = re.compile(r"\s+(?:module|feature|add-?on|component|option|capabilit(?:y|ies)|function)", re.IGNORECASE)
# "The Department did not buy any other facial recognition product in 2024": it bought one.
_ANOTHER = re.compile(r"\b(?:any\s+other|another|other|additional|further|more)\b", re.IGNORECASE)
_THROUGH_OTHERS = re.compile(r"[^.]{0,40}?\b(?:itself|themselves|directly|on\s+(?:its|their)\s+own)\b", re.IGNORECASE)


@dataclass
class _Scopes:
    """Which parts of the document speak of face recognition: each thread (by subject) and the whole."""

    document: bool
    threads: dict[str, bool]
    messages: dict[int, SplitMessage]
    # The document says face recognition is not bought ("The Department is NOT purchasing FaceSearch"): no
    # money, users or images in it are face recognition's, though its searches asked of others still are.
    disclaimed: bool = False

    @classmethod
    def build(cls, context: DocumentContext, messages: Sequence[SplitMessage]) -> _Scopes:
        text = context.text

        def on_topic(start: int, end: int, subject: str = "") -> bool:
            return (about_face_recognition(f"{subject}\n{text[start:end]}")
                    or any(names_face_recognition(m.entity) for m in context.mentions_in(start, end)))

        threads: dict[str, bool] = {}
        for message in messages:
            key = thread_key(message.subject)
            if key is not None and not threads.get(key):
                threads[key] = on_topic(message.char_start, message.char_end, message.subject or "")
        disclaimed = any(not _THROUGH_OTHERS.match(text, denial.end()) and not _ANOTHER.search(denial.group())
                         and not (_A_PRODUCTS_MODULE.match(text, denial.end()) and _LEFT_OUT.search(denial.group()))
                         for denial in _NOT_BUYING_FR.finditer(text))
        return cls(on_topic(0, len(text)), threads, {m.position: m for m in messages}, disclaimed)

    def on_topic(self, position: int | None) -> bool:
        message = self.messages.get(position) if position is not None else None
        key = thread_key(message.subject) if message is not None else None
        if key is not None and key in self.threads:
            return self.threads[key]
        return self.document


def analyse(pages: list[PageText], gazetteer: Gazetteer, messages: list[SplitMessage] | None = None,
            quoted_copies: Sequence[tuple[int, int]] = (), extracted: Iterable[list[Fact]] | None = None) -> Analysis:
    """Split (unless messages are given, their offsets in the joined page text) and extract. Nothing is
    read from quoted copies of messages (the split's, and `quoted_copies` for given messages).
    `extracted`, when given, yields `page_facts` of each page in order (worked out elsewhere, and
    taken only once the document's context is ready)."""
    document = DocumentText.from_pages(pages)
    if messages is None:
        messages = split_printed_thread(document.text)
    for message in messages:
        message.page_start = document.page_at(message.char_start)
        message.page_end = document.page_at(max(message.char_end - 1, message.char_start))
    analysis = Analysis(messages=messages)
    context = DocumentContext(document.text, messages, gazetteer)
    for position, parties in context.parties.items():
        if parties.sender is not None:
            analysis.sender_organisations[position] = parties.sender.entity
    scopes = _Scopes.build(context, messages)
    ordered = sorted(messages, key=lambda m: m.char_start)
    starts = [m.char_start for m in ordered]
    quoted = sorted([*quoted_copies, *(span for message in messages for span in message.copies)])
    quoted_starts = [start for start, _ in quoted]
    by_page = (page_facts(page) for page in pages) if extracted is None else extracted
    for page, page_offset, found in zip(pages, document.page_starts, by_page, strict=True):
        open_price_list = _open_price_list(page.text)
        kept = [fact for fact in found if not _in_copy(quoted, quoted_starts, page_offset + fact.char_start)]
        for fact in kept:
            index = bisect.bisect_right(starts, page_offset + fact.char_start) - 1
            within = ordered[index] if index >= 0 and page_offset + fact.char_start < ordered[index].char_end else None
            fact.message_position = within.position if within else None
            if within is not None and within.body_start is not None and page_offset + fact.char_start < within.body_start:
                continue  # header text ("Sent: ... 10:15 AM bcc: ...") is no fact
            if fact.kind != "policies" and not scopes.on_topic(fact.message_position):
                continue  # money or counts in a thread or document that never speaks of face recognition
            if scopes.disclaimed and (fact.kind == "costs"
                                      or (fact.kind == "usage" and fact.values["measure"] not in counts.FLOWS)):
                continue  # money, users or images in a document that says face recognition is not bought
            taken, offered_by = context.taken_offer(fact.offeror) if fact.offeror is not None else (True, None)
            if not taken:
                continue  # a bid tabulation's column for an offer the document does not award
            left, right = fact.sentence
            if fact.about_other_product and not any(
                    names_face_recognition(m.entity) for m in context.mentions_in(page_offset + left, page_offset + right)):
                continue  # money for another product (radios, plate readers, LEARN): not a cost of face recognition
            figures = [(page_offset + f.char_start, page_offset + f.char_end) for f in kept
                       if f is not fact and f.kind == fact.kind != "policies" and left <= f.char_start < right]
            _attribute(fact, context, page_offset, (page_offset + left, page_offset + right), figures, offered_by)
            if open_price_list and fact.kind == "costs" and fact.agency_source not in ("sentence", "section"):
                _no_buyer(fact)
            analysis.facts.append(fact)
    _mark_restatements(analysis.facts)
    return analysis


def page_facts(page: PageText) -> list[Fact]:
    """`extract_page`, with what needs only the page worked out too (each fact's sentence, fingerprint
    and copy context), so that a page pool's workers do it and not the process attributing the facts."""
    facts = list(extract_page(page))
    spans: list[tuple[int, int]] | None = None
    offers = bid_columns.offer_cells(page.text)
    for fact in facts:
        if fact.kind == "costs":
            fact.offeror = next((cell.offeror for cell in offers if cell.char_start <= fact.char_start < cell.char_end
                                 or fact.char_end == cell.char_end), None)
        row = _table_row(page.text, fact.char_start, fact.char_end)
        if row is None:
            spans = sentence_spans(page.text) if spans is None else spans
            row = span_around(spans, fact.char_start, fact.char_end)
        fact.sentence = row
        fact.fingerprint = copies.fact_fingerprint(fact.kind, fact.quote, fact.values)
        fact.copy_context = copies.context(page.text, fact.char_start, fact.char_end)
    return facts


# A row of a table printed as text: cells apart by runs of spaces, ending in a figure; or a spreadsheet's
# row printed as quoted comma-separated cells ('  6 | "2024-05","77","14","6 of these run for Owensboro PD"').
_TABLE_LINE = re.compile(r"^[^\n]*\S(?: {3,}|\t)[^\n]*\S(?: {3,}|\t)[^\n]*\d[^\n]*$|^[^\n]*\S(?: {3,}|\t)[$]?\d[\d,.]*[ \t]*$|"
                         r'^[^\n"]*"[^"\n]*"(?:,"[^"\n]*"){2,}[ \t]*$', re.MULTILINE)


def _table_row(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The line of a fact read from one row of a table ("Rutherford Co. SO    4    6"): the row is its own
    sentence, so the agency of the row above it never carries down."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line_end = len(text) if line_end == -1 else line_end
    if end > line_end or not _TABLE_LINE.match(text, line_start, line_end):
        return None
    return line_start, line_end


def _in_copy(copies: list[tuple[int, int]], copy_starts: list[int], position: int) -> bool:
    """A quoted copy of a message read already: its facts were taken from the original."""
    copy = bisect.bisect_right(copy_starts, position) - 1
    return copy >= 0 and position < copies[copy][1]


# "40 billion publicly available images", "a shared gallery of booking photos from participating
# agencies": the vendor's own collection, not a count of anything the agency holds or did.
_VENDOR_GALLERY = re.compile(
    r"\b(?:publicly[\s-]+available|scraped|(?:open|public)\s+(?:web|internet)|from\s+the\s+(?:open\s+)?(?:internet|web)|"
    r"social\s+media|(?:shared|national|nationwide|vendor['’]s|company['’]s)\s+(?:gallery|database|repository)|"
    r"participating\s+agencies|(?:collected|gathered|harvested)\s+from\s+(?:the\s+)?(?:public|open)|public\s+websites|"
    # "its FaceSearch gallery holds more than 20 million booking photographs contributed by agencies nationwide"
    r"(?:contributed|shared|submitted|pooled)\s+by\s+(?:(?:other|member|subscribing|customer)\s+)?agencies(?:\s+nationwide)?)\b",
    re.IGNORECASE,
)


# A price list any agency may buy from (a state contract's, a cooperative contract's, a GSA schedule): its
# prices are offers, no one agency's cost, whoever released the list.
_PRICE_LIST_TITLE = re.compile(r"\bpric(?:e|ing)\s+(?:list|schedule|sheet)\b|\brate\s+(?:card|schedule)\b", re.IGNORECASE)
_OPEN_TO_ALL = re.compile(
    r"\b(?:available\s+to\s+(?:all\s+|any\s+)?(?:authori[sz]ed|eligible|participating)\s+(?:purchasers|users|entities|agencies|"
    r"buyers)|(?:authori[sz]ed|eligible)\s+purchasers|(?:for\s+use\s+by|open\s+to)\s+(?:any|all)\s+(?:state\s+)?(?:agenc|"
    r"political|public|eligible|governmental)|cooperative\s+(?:purchasing\s+)?(?:contract|agreement)|GSA\s+(?:schedule|advantage))",
    re.IGNORECASE)
_NAMED_BUYER = re.compile(r"^[ \t]*(?:Bill(?:ed)?\s+To|Sold\s+To|Ship\s+To|Customer|Prepared\s+For|Quoted?\s+For|Purchaser)\b",
                          re.IGNORECASE | re.MULTILINE)


def _open_price_list(text: str) -> bool:
    """The page is a price list open to every eligible buyer, naming none."""
    return (_PRICE_LIST_TITLE.search(text) is not None and _OPEN_TO_ALL.search(text) is not None
            and _NAMED_BUYER.search(text) is None)


def _no_buyer(fact: Fact) -> None:
    if fact.agency is not None:
        note = f"agency left empty: the page is a price list open to any buyer, not {fact.agency}'s cost"
        fact.attribution_note = f"{fact.attribution_note}; {note}" if fact.attribution_note else note
    fact.agency = fact.agency_entity = fact.agency_source = None
    fact.agency_withheld = True


# No agency holds a billion photos: a gallery that size is a vendor's (scraped from the web), whoever mentions it.
_NO_AGENCY_HOLDS = 1_000_000_000


def _attribute(fact: Fact, context: DocumentContext, page_offset: int, sentence: tuple[int, int],
               figures: list[tuple[int, int]], offered_by: Evidence | None = None) -> None:
    """`offered_by`: the awarded offeror whose column of a bid tabulation the amount stands in."""
    found = context.attribute(fact.kind, page_offset + fact.char_start, page_offset + fact.char_end, sentence, figures,
                              fact.message_position, fact.columns, fact.column)
    if offered_by is not None and (found.vendor is None or found.vendor.entity.name != offered_by.entity.name):
        found.vendor, found.product = offered_by, None
    if (fact.kind == "usage" and fact.values["measure"] in ("images", "faces")
            and (_VENDOR_GALLERY.search(context.text, *sentence) or fact.values["count"] >= _NO_AGENCY_HOLDS)):
        if found.agency is not None:
            found.notes.append("agency left empty: the count is the vendor's own gallery")
        found.agency = None
        fact.agency_withheld = True
    fact.agency_withheld = fact.agency_withheld or found.withheld
    if found.agency is not None:
        fact.agency_entity = found.agency.entity
        fact.agency, fact.agency_source = found.agency.entity.name, found.agency.source
    if found.vendor is not None:
        fact.vendor, fact.vendor_source = found.vendor.entity.name, found.vendor.source
        fact.product = found.product.name if found.product is not None else None
    fact.attribution_confidence = found.confidence
    fact.attribution_note = found.note()


_CONTENT_WORD = re.compile(r"[a-z]{4,}")
_REPORTED = re.compile(r"\b(?:said|says|told|according\s+to|stated|explained|added)\b", re.IGNORECASE)


@dataclass
class _Rules:
    """The rules of a document seen so far, indexed by content word: a restatement shares a word with
    its original, so only rules sharing one are compared (all of them made the check quadratic)."""

    rules: list[tuple[set[str], Fact]] = field(default_factory=list)
    by_word: dict[str, list[int]] = field(default_factory=dict)  # every rule's positions
    reported_by_word: dict[str, list[int]] = field(default_factory=dict)  # reported speech only

    def add(self, words: set[str], reported: bool, fact: Fact) -> None:
        position = len(self.rules)
        self.rules.append((words, fact))
        for word in words:
            self.by_word.setdefault(word, []).append(position)
            if reported:
                self.reported_by_word.setdefault(word, []).append(position)


def _restated_policy(fact: Fact, earlier: _Rules) -> Fact | None:
    """A rule reported again in other words ("Yost said he is yanking back access ... until they can be
    trained", after "revoking access ... until they can be trained"): most content words shared, and one
    of the two is reported speech."""
    words = set(_CONTENT_WORD.findall(fact.quote.lower()))
    reported = _REPORTED.search(fact.quote) is not None
    index = earlier.by_word if reported else earlier.reported_by_word
    candidates = sorted({position for word in words for position in index.get(word, ())})
    for position in candidates:  # the earliest that qualifies, as when every earlier rule was tried in order
        other, original = earlier.rules[position]
        smaller = min(len(words), len(other)) or 1
        if len(words & other) >= 0.4 * smaller:
            return original
    earlier.add(words, reported, fact)
    return None


_ROUNDED_MONEY = re.compile(r"\d[KkMm]\b|\d\s*(?:thousand|million|mil)\b")


def _rounded_cost(fact: Fact, amounts: list[Fact]) -> Fact | None:
    """"$86K" after "$86,400": a figure restated in round numbers (a scale letter or word, or "about"),
    within 5% of an amount the document already gave and equal to it rounded to its own last figure
    ("about $131,300" is no restatement of "$127,480")."""
    value = fact.values["amount_max"]
    if value is None or not (fact.values["qualifier"] == "approximately" or _ROUNDED_MONEY.search(fact.quote)):
        return None
    return next((other for other in amounts if (amount := other.values["amount_max"]) != value
                 and abs(amount - value) <= abs(amount) * _ROUNDING and _rounds_to(amount, value)), None)


def _rounds_to(amount: Decimal, rounded: Decimal) -> bool:
    """`amount` rounded, up or down, to the last non-zero figure of `rounded` gives `rounded`."""
    if rounded != rounded.to_integral_value() or rounded == 0:
        return False
    step = 1
    while int(rounded) % (step * 10) == 0 and step < 10**9:
        step *= 10
    return rounded in ((amount // step) * step, -((-amount) // step) * step)


def _rounded_count(fact: Fact, exact: list[Fact]) -> Fact | None:
    """"more than 4,500 Ohio officers" after "4,549 ... officers": the same measure, a little lower."""
    if fact.values["qualifier"] not in ("approximately", "at least"):
        return None
    value = int(fact.values["count"])
    return next((other for other in exact if other.values["measure"] == fact.values["measure"]
                 and value <= (earlier := int(other.values["count"])) and earlier - value <= earlier * _ROUNDING), None)


def _figure_key(fact: Fact) -> tuple[Any, ...] | None:
    """What makes two figures of a document the same figure: the amount (with its currency and unit) or
    the count (with what it counts)."""
    values = fact.values
    if fact.kind == "costs":
        return ("costs", values["amount_min"], values["amount_max"], values["currency"], values["unit"], _period_row(fact))
    if fact.kind == "usage":
        bound = values["qualifier"] if values["qualifier"] in ("at most", "at least") else None  # a cap is another figure
        return ("usage", int(values["count"]), values["count_max"], values["measure"], values["category"], bound,
                _period_row(fact))
    return None


_ROW_CELLS = re.compile(r"[ \t]{3,}|\t|,")
_TOTAL_ROW = re.compile(r"[ \t]*(?:grand[ \t]+)?totals?\b", re.IGNORECASE)
_SHORT_PERIODS = ("day", "week", "month", "quarter")


def _period_row(fact: Fact) -> tuple[int, int] | None:
    """Where the table row of a count, or of a month's or a quarter's price, stands ("Keene Police
    Department   22   22", "September   9", "2024-04,Amazon Rekognition,0.96"): the same figure in another
    row, or another column, is another figure, not a restatement. (A total row has none: "Total  119"
    restates "119 searches in 2023", and a price row restates the sentence that prices it.)"""
    if _ROW_CELLS.search(fact.quote) is None or _TOTAL_ROW.match(fact.quote):
        return None
    if fact.kind == "costs" and fact.values.get("period") not in _SHORT_PERIODS:
        return None
    return fact.page_number, fact.char_end


def _told_most(fact: Fact) -> int:
    """How much a statement of a figure says beyond the number: its period, term, billing, what it is
    (an approximation says less than the exact figure). Between statements that say as much, the first
    is the figure's fact, as a reader cites it."""
    values = fact.values
    approximate = values.get("qualifier") == "approximately"  # "about 5 users" says less than "5 concurrent users"
    return (sum(2 if name == "period" else 1 for name in ("period", "term", "billing", "kind", "per", "qualifier")
                if values.get(name) not in (None, "exact", "approximately"))
            - approximate + (fact.agency is not None) + (fact.vendor is not None))


def _mark_restatements(facts: list[Fact]) -> None:
    """One fact per distinct figure in a document; the others point at it (`restates`) and are stored as
    its duplicates, kept for their citation but left out of listings and sums. The figure's fact is the
    statement that says most about it ("$225,000 contract for one year" over a headline's "$225,000"),
    the first of equals; a figure repeated ("Subtotal $19,990.00" under the one row it sums, a quote's
    price in the email that forwards it) restates it, as does a count or price restated in round figures
    ("more than 4,500 Ohio officers" after "4,549 ... officers", "$86K" after "$86,400") and a rule
    reported again."""
    best: dict[tuple[Any, ...], Fact] = {}
    for fact in facts:
        key = _figure_key(fact)
        if key is not None and (key not in best or _told_most(fact) > _told_most(best[key])):
            best[key] = fact
    amounts: list[Fact] = []
    counts: list[Fact] = []
    rules = _Rules()
    for fact in facts:
        key = _figure_key(fact)
        if key is not None and best[key] is not fact:
            fact.restates = best[key]
        elif fact.kind == "policies":
            fact.restates = _restated_policy(fact, rules)
        elif fact.kind == "costs":
            fact.restates = _rounded_cost(fact, amounts)
            if fact.restates is None and fact.values["qualifier"] == "exact" and fact.values["amount_max"] is not None:
                amounts.append(fact)
        elif fact.kind == "usage":
            fact.restates = _rounded_count(fact, counts)
            if fact.restates is None and fact.values["qualifier"] == "exact":
                counts.append(fact)


_TERM_PERIOD = re.compile(r"^(?P<n>\d+)\s+(?P<unit>year|month)s?$")


# A row that buys seats, licences or accounts says how many people may use the system: a usage count.
# A workstation or device is a seat only as a licence ("investigator workstation license"), not as hardware.
_SEATS = re.compile(r"\b(?:licen[cs]es?|seats?|users?|accounts?|logins?)\b|"
                    r"\b(?:devices?|workstations?)\b(?=[^\n]{0,40}\blicen[cs]e)", re.IGNORECASE)
_NOT_SEATS = re.compile(r"\b(?:server|site|enterprise|agency|department|unlimited|county-?wide|city-?wide|statewide|"
                        r"enrollment|enrolment|gallery|storage|maintenance|support)\b|\bper\s+[\d,]+\b|\ball\s+(?:licen|seats|users)",
                        re.IGNORECASE)  # "annual maintenance (all licenses)   1": one maintenance plan, no one seat


# A row's description that states its own number of seats: its quantity column counts something else.
_SEATS_OF_ITS_OWN = re.compile(r"\b(?:includes?|including|covers?|for|with)\s+(?:up\s+to\s+)?\d+\s+(?:[\w-]+\s+)?"
                               r"(?:users?|seats?|licen[cs]es?|accounts?)\b", re.IGNORECASE)
_MONEY_IN_WORDS = re.compile(r"[$€£]\s?\d")
_PRICE_ON_LINE = re.compile(r"[$€£]\s?\d|\b\d{1,3}(?:,\d{3})*\.\d{2}\b")


def _table_facts(page: PageText, read_by_section: list[tuple[int, int]], claimed: list[tuple[int, int]]) -> Iterable[Fact]:
    """The costs of the page's price-table rows (pdfplumber, word boxes); the rows read are added to
    `claimed` for the text readers to leave alone."""
    other_product_from: int | None = None  # where the first row buying something else starts
    price_lists = money_columns.read_column_tables(page.text)
    price_list_rows = [(cost.char_start, cost.char_end) for cost in price_lists.costs] + price_lists.passed_over
    rows = tables.find_table_costs(page)
    if not rows:
        return
    add_on_bases = costs.add_on_bases(page.text)
    offers = costs.bids_not_taken(page.text)
    for row in rows:
        if any(start < row.char_end and row.char_start < end for start, end in read_by_section):
            continue  # a cloud bill's charge line or a pipe table's row, read already with its section
        if any(start < row.char_end and row.char_start < end for start, end in price_list_rows):
            continue  # a price list's or budget's row: its unit column and section are read with the page text
        if any(start < row.char_end and row.char_start < end for start, end in offers):
            continue  # a bid tabulation's row for an offer not taken
        if _MONEY_IN_WORDS.search(row.description or ""):
            continue  # "Annual maintenance, years 2 and 3 ($9,750 each year):   $19,500": a line of prose to read
        if row.row_kind == tables.LINE_ITEM and (costs.other_product_row(row.description or "")
                                                 or costs.buys_base_product(row.description or "", add_on_bases)):
            claimed.append((row.char_start, row.char_end))
            other_product_from = row.char_start if other_product_from is None else other_product_from
            continue  # a row for another product (plate readers, fingerprint stations, an analyst's salary)
        if row.row_kind == tables.TAX or (row.row_kind in (tables.SUBTOTAL, tables.TOTAL) and other_product_from is not None
                                          and row.char_start > other_product_from):
            claimed.append((row.char_start, row.char_end))
            continue  # a tax, or a total over rows that buy other things too: no price of face recognition
        if row.line_total is None and row.unit_price is None:
            continue  # no amount read in its cells (an OCR'd column lost): left to the text readers
        claimed.append((row.char_start, row.char_end))
        values = _table_cost_values(row)
        if values["amount_max"]:  # "$0.00 (included)" is no price
            yield _fact("costs", page, row, tables.EXTRACTOR, values)
        if row.row_kind == "line_item":
            yield from _seat_count(page, row, row.quantity, row.description, tables.EXTRACTOR)


def extract_page(page: PageText) -> Iterable[Fact]:
    """Every fact on one page, unattributed, with offsets and quotes in that page's text: table rows
    first (they claim their amounts), then prose."""
    claimed: list[tuple[int, int]] = []
    read_by_section: list[tuple[int, int]] = []  # lines a cloud bill or a pipe table has read, figures and all
    yield from _section_facts(page, read_by_section)
    claimed.extend(read_by_section)
    if page.text_source != "ocr":
        # On an OCR'd page the row readers of the text below read a price table better than its word boxes
        # do (measured on the scans of the blind sets); the word-box tables are still stored with the page.
        yield from _table_facts(page, read_by_section, claimed)
    prose_spans: list[tuple[int, int, bool]] = []
    for cost in costs.find_costs(page.text, claimed=claimed):
        if cost.line_item:
            yield from _seat_count(page, cost, cost.quantity, cost.description, costs.EXTRACTOR, cost.counted)
        else:
            prose_spans.append((cost.char_start, cost.char_end, cost.unit is not None))
        fact = _fact("costs", page, cost, costs.EXTRACTOR, _cost_values(cost))
        fact.about_other_product = cost.other_product
        yield fact
    unit_lines = {_line_of(page.text, start) for start, _, unit in prose_spans if unit}
    for count in counts.find_counts(page.text):
        if any(start < count.char_end and count.char_start < end for start, end, _ in prose_spans):
            continue  # "$1 per 1,000 images" is a price, not a count of images
        if any(start < count.char_end and count.char_start < end for start, end in read_by_section):
            continue  # a cloud bill's usage lines and a pipe table's cells are read with their section or column
        if count.qualifier == "range":
            line = _line_of(page.text, count.char_start)
            if line in unit_lines or _PRICE_ON_LINE.search(page.text, line + 1, _line_end(page.text, line)):
                continue  # "Starter  1 - 10 users  $15 per user per month", "2  6-15 seats  $1,950.00": a price tier
        fact = _fact("usage", page, count, counts.EXTRACTOR, _count_values(count))
        fact.columns, fact.column = count.columns, count.column
        yield fact
    for policy in policies.find_policies(page.text):
        yield _fact("policies", page, policy, policies.EXTRACTOR, {"statement": policy.statement, "kind": policy.kind})


def _section_facts(page: PageText, read: list[tuple[int, int]]) -> Iterable[Fact]:
    """The facts of a cloud bill's sections and of pipe tables, read by column; the lines they read are
    added to `read`, for the prose readers to leave alone."""
    bill = cloud_bills.read_cloud_bill(page.text)
    readers: list[tuple[cloud_bills.CloudBill | pipe_tables.PipeTables, str]] = [
        (bill, cloud_bills.EXTRACTOR)] if bill is not None else []
    readers.append((pipe_tables.read_pipe_tables(page.text), pipe_tables.EXTRACTOR))
    for found, extractor in readers:
        read.extend(found.claimed)
        for cost in found.costs:
            yield _fact("costs", page, cost, extractor, _cost_values(cost))
            if cost.line_item:
                yield from _seat_count(page, cost, cost.quantity, cost.description, extractor)
        for usage in found.counts:
            yield _fact("usage", page, usage, extractor, _count_values(usage))


def _count_values(count: counts.CountFinding) -> dict[str, Any]:
    return {"count": count.count, "count_max": count.count_max, "qualifier": count.qualifier, "measure": count.measure,
            "per": count.per, "category": count.category}


def _line_of(text: str, position: int) -> int:
    return text.rfind("\n", 0, position)


def _line_end(text: str, line: int) -> int:
    """Where the line that starts after offset `line` (a `_line_of`) ends."""
    end = text.find("\n", line + 1)
    return end if end != -1 else len(text)


def _seat_count(page: PageText, row: Any, quantity: Decimal | None, description: str | None, extractor: str,
                counted: str | None = None) -> Iterable[Fact]:
    """The quantity of a price row that buys licences, seats or accounts (or says it counts users or
    analysts: "25 users x $640"), as a count of users."""
    if quantity is None or quantity <= 0 or quantity != quantity.to_integral_value():
        return
    if counted is not None and counts.measure_of(counted.split()[-1]) == ("users", "usage"):
        description = counted  # the row names what its quantity counts
    elif not _SEATS.search(description or ""):
        return
    if _NOT_SEATS.search(description or ""):
        return  # a server, site or agency licence is not a count of people
    if _SEATS_OF_ITS_OWN.search(description or ""):
        return  # "subscription, 12-month term  1  EA ... (includes up to 8 named users)": the row counts subscriptions
    values = {"count": int(quantity), "count_max": None, "qualifier": "exact", "measure": "users", "per": None,
              "category": "usage"}
    yield _fact("usage", page, row, extractor, values)


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


_ROW_KINDS = {"subtotal": "total", "total": "total", "tax": "tax", "discount": "credit", "credit": "credit"}


def _table_cost_values(row: tables.TableCost) -> dict[str, Any]:
    """A price-table row as a cost: its line total (a flat amount for its quantity), or its unit price
    when the row gives no total; subtotals and totals are kind "total", never summed with their rows."""
    per_unit = row.line_total is None and row.unit_price is not None and row.unit is not None
    amount = row.line_total if row.line_total is not None else row.unit_price
    period, term = row.period, row.term
    if period is not None and (multi := _TERM_PERIOD.match(period)):
        months = int(multi["n"]) * (12 if multi["unit"] == "year" else 1)
        period, term = ("year" if months == 12 else "month" if months == 1 else None), term or period
    kind = _ROW_KINDS.get(row.row_kind) or (
        cost_terms.read_kind(row.description, len(row.description), len(row.description), 0, len(row.description))
        if row.description else None)
    if kind == "setup" and period is None:
        period = "one-time"
    unit = row.unit if per_unit else None
    values: dict[str, Any] = {
        "amount_min": amount, "amount_max": amount, "qualifier": "exact", "currency": row.currency,
        "period": period, "billing": None, "term": term, "unit": unit, "unit_quantity": Decimal(1) if unit else None,
        "kind": kind,
    }
    values["monthly_usd_min"] = values["monthly_usd_max"] = (
        costs.monthly_usd(amount, row.currency, period, unit) if row.row_kind == "line_item" else None)
    return values


def _cost_values(finding: costs.CostFinding) -> dict[str, Any]:
    values: dict[str, Decimal | str | None] = {
        "amount_min": finding.amount_min,
        "amount_max": finding.amount_max,
        "qualifier": finding.qualifier,
        "currency": finding.currency,
        "period": finding.period,
        "billing": finding.billing,
        "term": finding.term,
        "unit": finding.unit,
        "unit_quantity": finding.unit_quantity,
        "kind": finding.kind,
        "monthly_usd_min": costs.monthly_usd(finding.amount_min, finding.currency, finding.period, finding.unit),
        "monthly_usd_max": costs.monthly_usd(finding.amount_max, finding.currency, finding.period, finding.unit),
    }
    return values
