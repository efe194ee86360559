"""Costs: amounts of money paid, quoted, budgeted or granted, read exactly as written.

The amount grammar (currencies, separators, scales, signs, ranges, qualifiers) lives in
`foia.extract.money`; the words that say what a price is (period, unit, billing, term, kind) in
`foia.extract.cost_terms`. This module joins them per sentence and leaves out money that is about
something else (parking, records fees, damages, insurance limits, salaries): a wrong number in print is
worse than a missing one. Whether the document is about face recognition at all is judged in
`foia.analysis`, which sees the whole document."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal

from foia.extract import cost_terms, first_characters
from foia.extract.bid_columns import TABULATION_HEADING, awarded_names, offer_cells
from foia.extract.cost_terms import singular_unit
from foia.extract.money import MoneyExpression, expressions, find_amounts
from foia.extract.money_columns import RULE_LINE, SECTION_LINE, ColumnCost, lines_above, read_column_tables
from foia.extract.sentences import sentence_spans, span_around
from foia.extract.topic import FACE_RECOGNITION, OTHER_HARDWARE

EXTRACTOR = "costs.grammar"

# "$10,000.00 = 5 x $2,000.00" or a quote/invoice row: description, quantity (with a unit code such as EA,
# YR, MO on a purchase order), unit price, line total. Without currency signs the amounts must show cents
# and the arithmetic must check, or the row is left to the prose reader.
_AMOUNT_CELL = r"(?P<{0}_neg>[-−])?(?P<{0}_cur>\$[ \t]?)?(?P<{0}>\d{{1,3}}(?:,\d{{3}}){{0,4}}(?:\.\d{{2,4}})?)"
_UNIT_CODES = (r"x|EA|EACH|YR|YRS|MO|MOS|MON|MONTHS?|MTHS?|HR|HRS|LS|LOTS?|UN|UNITS?|USR|LICS?|LICENSES?|LICENCES?|CH|CHN|SEATS?|"
               r"USERS?|DAYS?|WK|SET|SVC|JOB")
# What a unit price cell says it is per: "$14,500 / yr", "$600 each", "$1,150 per seat".
_UNIT_PRICE_NOTE = (r"[ \t]*(?:/[ \t]*(?:yr|year|mo|month|user|seat|license|licence|unit|ea)\b\.?|each\b|ea\b\.?|"
                    r"per[ \t]+(?:year|month|user|seat|license|licence|unit|camera|stream)\b)")
_PERIOD_NOTE = re.compile(r"/[ \t]*(?:yr|year|mo|month)", re.IGNORECASE)
# A Term column between the quantity and the unit price: "12  12 months  $2,000.00  $24,000.00".
_TERM_CELL = r"\d{1,3}[ \t]*(?:months?|mos?\.?|years?|yrs?\.?)|one[\s-]time|annual|monthly|yearly"
# A Basis column after the total: "15   $1,100.00   $16,500.00   one-time", "... $9,150.00   per year".
_BASIS_CELL = r"one[\s-]?time|per\s+(?:year|month)|annual(?:ly)?|monthly|yearly|recurring"
_BASIS_PERIODS = {"one": "one-time", "per year": "year", "annual": "year", "annually": "year", "yearly": "year",
                  "per month": "month", "monthly": "month"}
# What a budget line counts before its price: "25 users x $640   $16,000", "2 analysts x $1,475   $2,950",
# "4 named users x $1,650.00 ........ $6,600.00"; and the years or months it multiplies by: "5 users x $2,280
# x 1 yr   11,400.00" (each user's price is a year's).
_COUNTED = r"(?-i:[A-Za-z][a-z-]+(?:[ \t][A-Za-z][a-z-]+)?)"
_QTY_WORD = r"one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty"
_TIMES_UNIT = r"yrs?|years?|mos?|months?"
_LINE_ITEM = re.compile(
    rf"^(?P<description>[^\n$]{{3,120}}?)[ \t]+(?P<qty>\d{{1,6}}|{_QTY_WORD})[ \t]*"
    rf"(?:(?P<term>{_TERM_CELL})[ \t]{{2,}}|(?P<code>{_UNIT_CODES})[ \t]+|(?P<counted>{_COUNTED})[ \t]+(?:[x×@]|at)[ \t]+)?"
    + _AMOUNT_CELL.format("unit_price") + rf"(?P<per_unit>{_UNIT_PRICE_NOTE})?"
    + rf"(?:[ \t]+[x×][ \t]+(?P<times>\d{{1,2}})[ \t]*(?P<times_unit>{_TIMES_UNIT})\.?)?"
    + r"(?:[ \t]+(?:=[ \t]*)?|[ \t]*\.{3,}[ \t]*)" + _AMOUNT_CELL.format("total")
    + rf"(?:[ \t]{{2,}}(?P<basis>{_BASIS_CELL}))?[ \t]*$",
    re.MULTILINE | re.IGNORECASE,
)
# A purchase order's rows with the quantity and unit first: "001    1  EA   ROC Watch server license   21,500.000   21,500.00",
# or a quote's line and quantity columns before the description, with a Term column after it:
# "01  1  FaceVACS-DBScan LE server licence    One-time  38,500.00  38,500.00", or its quantity alone:
# "  5    FaceVACS-DBScan LE client license   $1,260.00    $6,300.00" (the arithmetic must check).
_LINE_ITEM_QUANTITY_FIRST = re.compile(
    rf"^[ \t]*(?:(?P<line>\d{{1,4}})[ \t]+)?(?P<qty>\d{{1,6}})"
    rf"(?:[ \t]*(?P<code>{_UNIT_CODES})|[ \t]+(?-i:[A-Z0-9]+(?:-[A-Z0-9]+)+)|(?=[ \t]{{2}}))[ \t]+"
    rf"(?P<description>[A-Za-z][^\n$]{{2,120}}?)(?:[ \t]+(?P<term>{_TERM_CELL}))?(?:[ \t]{{2,}}|[ \t]+(?=\$))"
    + _AMOUNT_CELL.format("unit_price") + r"[ \t]+" + _AMOUNT_CELL.format("total") + r"[ \t]*$",
    re.MULTILINE | re.IGNORECASE,
)
# A page with more amounts than this is not prose or a price list but noise (a garbled OCR run).
MAX_AMOUNTS_PER_PAGE = 2000
_DAYS_PER_MONTH = Decimal("30.436875")  # Gregorian average, so a per-day figure converts honestly.
_PER_MONTH = {"month": Decimal(1), "year": Decimal(1) / 12, "quarter": Decimal(1) / 3,
              "week": Decimal("4.348125"), "day": _DAYS_PER_MONTH}

# "a search fee of $1.10 per search request": a fee for face searches, not for a records request's search.
_NOT_PER_SEARCH = r"(?!(?:(?!\.\s)[^;\n]){0,60}\bper\s+(?:completed\s+|face\s+)?(?:search|request|query|queries|probe|image))"
# Money about something else: travel, food, the records request's own fees, rewards, savings, damages,
# insurance limits, pay.
_NOT_ABOUT_FR = re.compile(
    r"\b(?:parking|mileage|lunch|dinner|breakfast|meals?|hotel|lodging|airfare|postage|shipping\s+and\s+handling|"
    r"cop(?:y|ies|ying)\s+(?:fee|charge|cost)s?|per\s+page|records?\s+request|public\s+records\s+(?:act|fee)|"
    rf"(?:processing\s+fee|(?:research|(?<!per-)(?<!per\s)search|retrieval|redaction|review)"
    rf"(?:\s+and\s+(?:review|redaction|retrieval|copying))?\s+(?:fee|time)){_NOT_PER_SEARCH}|"
    r"hourly\s+rate\s+for\s+staff|"
    r"salary|salaries|wages?|overtime|bail|fine\s+of|fines|restitution|ticket|(?:this|my|our|your|the)\s+request|"
    r"fees?\s+up\s+to|rewards?|savings|damages|settlements?|lawsuits?|judgments?|verdict|penalt(?:y|ies)|"
    r"insurance|insured|liability|per\s+occurrence|aggregate\s+limit|indemnif\w*|bonds?|class[\s-]action|"
    r"not\s+(?:part\s+of|related\s+to|included\s+in|connected\s+to)|unrelated|separately|"
    r"(?:do|does|did|will)\s+not\s+(?:use|involve|include|require|support)\s+(?:any\s+|the\s+)?fac(?:e|ial)|"
    rf"waived?|waiver|staff\s+time|request\s+fees?{_NOT_PER_SEARCH}|this\s+response|"
    r"(?:locating|reviewing|redacting|duplicating|producing|copying)\s+(?:and\s+\w+\s+)?(?:these|the|responsive|requested)\s+(?:requested\s+|responsive\s+)?records)\b",
    re.IGNORECASE,
)
_NOT_ABOUT_FR_FIRST_WORDS = frozenset(
    ["parking", "mileage", "lunch", "dinner", "breakfast", "meal", "meals", "hotel", "lodging", "airfare", "postage",
     "shipping", "copy", "copies", "copying", "per", "records", "record", "public", "processing", "research", "search",
     "retrieval", "redaction", "hourly", "salary", "salaries", "wage", "wages", "overtime", "bail", "fine", "fines",
     "restitution", "ticket", "this", "my", "our", "your", "the", "fee", "fees", "reward", "rewards", "savings", "damages",
     "settlement", "settlements", "lawsuit", "lawsuits", "judgment", "judgments", "verdict", "penalty", "penalties",
     "insurance", "insured", "liability", "aggregate", "indemnify", "indemnification", "indemnified", "bond", "bonds",
     "class", "not", "do", "does", "did", "will", "unrelated", "separately", "waive", "waived", "waiver", "staff", "request",
     "locating", "reviewing",
     "redacting", "duplicating", "producing"]
)
_WORD = re.compile(r"[A-Za-z]+")

# Other products an agency buys; their prices are not face-recognition costs unless the sentence also
# speaks of face recognition. Such findings are marked; analysis keeps them only when the sentence
# names the product (Vigilant's LEARN), attributing the cost to it.
_OTHER_PRODUCT = re.compile(
    r"\b(?:licen[cs]e[\s-]+plate(?:\s+(?:readers?|recognition|cameras?))?|A?LPRs?|badge\s+readers?|body[\s-]+(?:worn[\s-]+)?(?:[A-Za-z0-9]+[\s-]+)?cameras?|body[\s-]?cams?|body-worn|"
    r"tasers?|radios?|vehicles?|fleet|printers?|copiers?|phones?(?![\s-]+support)|dash[\s-]?cams?|gunshot|ShotSpotter|drones?|in[\s-]car\s+video|"
    r"K-?9|canines?|(?:pole|surveillance|security|CCTV|traffic|booking)\s+cameras?|Cellebrite|UFED|GrayKey|Magnet\s+AXIOM|Flock|Accurint|"
    r"(?:mobile\s+)?(?:device|phone|digital)\s+forensics?|(?:server|computer)\s+hardware|live\s?scan|fingerprint\w*|AFIS|"
    r"Axon\s+(?:cameras?|camera\s+pilot|Fleet|Body|Taser|Fusus|Evidence)|"
    r"palm\s*prints?)\b",
    re.IGNORECASE,
)
_FACE_TERMS = re.compile(r"\bfac(?:e|ial)\b|\bbiometric|Rekognition|Clearview|NeoFace|FaceVACS|FaceFirst|FACE\s?Plus",
                         re.IGNORECASE)
_OTHER_PRODUCT_WORDS = ("licen", "lpr", "badge", "body", "taser", "radio", "vehicle", "fleet", "printer", "copier", "phone",
                        "dash", "gunshot", "shotspotter", "drone", "car video", "k-9", "k9", "canine", "camera", "cellebrite",
                        "ufed", "graykey", "axiom", "forensic", "flock", "accurint",
                        "hardware", "scan", "fingerprint", "afis", "palm")
# Procurement thresholds: "under the $50,000 threshold", "exceeds the $25,000 small purchase limit",
# "Purchases over $100,000 require Assembly approval".
_THRESHOLD_AFTER = re.compile(
    r"[ \t\u00a0]+(?:(?:[\w-]+[ \t\u00a0]+){0,2}?threshold|(?:small[ \t\u00a0]+)?(?:purchase|procurement|purchasing|bid|bidding|"
    r"signing|signature|approval|spending|competitive|quote|award|transaction|card|delegated)[ \t\u00a0]+"
    r"(?:threshold|limit|authority))\b", re.IGNORECASE)
# A limit named before its amount ("Single-transaction limit $5,000", "Card x4417 single-transaction limit:
# $7,500", a card statement's "Cycle limit:    $10,000.00"), or a condition on a future amount ("If the
# annual contract cost rises above $200,000, ...").
_LIMIT_BEFORE = re.compile(
    r"\b(?:(?:transaction|purchase|purchasing|spending|card|credit|approval|signing|award|delegated|dollar|cycle|"
    r"billing[ \t\u00a0]+cycle)[ \t\u00a0]+"
    r"(?:limit|threshold|authority|ceiling)[ \t\u00a0]*(?:of|is|:)?"
    r"|\bif\b[^.;:$\n]{0,60}\b(?:rises?|goes|grows?|increases?|climbs?|exceeds?|is|are)[ \t\u00a0]+"
    r"(?:above|over|beyond|past|more[ \t\u00a0]+than))[ \t\u00a0]*$", re.IGNORECASE)
# A tax is no price of face recognition (as the table reader's tax rows): "Sales tax, 7% on lines 4-5   $1,773.45",
# "The quote adds $1,215.00 Ohio sales tax". "$5,000 plus tax" and "Total before tax: $5,000" are prices.
_TAX_LABEL = re.compile(r"^[ \t]*(?:[-•*][ \t]+)?(?:(?:state|local|county|city|sales|use|estimated)[ \t]+)*(?:sales[ \t]+)?"
                        r"tax(?:es)?\b[^\n$]*$", re.IGNORECASE | re.MULTILINE)
_TAX_AFTER = re.compile(r"[ \t\u00a0]+(?:(?-i:[A-Z][a-z]+)[ \t\u00a0]+)?(?:state[ \t\u00a0]+)?(?:sales|use)[ \t\u00a0]+tax\b",
                        re.IGNORECASE)
_THRESHOLD_BEFORE = re.compile(
    r"\b(?:purchases?|contracts?|procurements?|expenditures?|awards?|acquisitions?|items?|anything|amounts?|funds|"
    r"spending|payments?|orders?|subscriptions?|renewals?|services?|value|cost|total)\s+"
    r"(?:over|above|exceeding|exceeds|under|below|(?:of\s+)?(?:more|greater|less)\s+than|in\s+excess\s+of)\s+$", re.IGNORECASE)
# What makes "orders over $50,000" a rule's threshold: an approval to get, or a discount to earn ("3% on
# orders over $50,000").
_NEEDS_APPROVAL = re.compile(r"\b(?:requires?|required|need|needs|must|approval|competitive|bid|bids|bidding|ha(?:s|ve)\s+to|"
                             r"go(?:es)?\s+through|sign-?off|controlled|vote|discounts?|discounted|rebates?|"
                             r"(?:purchasing|procurement)\s+(?:rules?|code|policy)|to\s+the\s+(?:Board|Council|Commission|Court)\b)\b",
                             re.IGNORECASE)
_OR_MORE = re.compile(r"[ \t\u00a0]+(?:or\s+(?:more|greater|higher|above|less|below|under)|and\s+(?:up|over|above))\b",
                      re.IGNORECASE)
_CAP_WORDS = re.compile(r"exceed|NTE|maximum|max\b|ceiling|cap\b|capped", re.IGNORECASE)
_COORDINATED = re.compile(r"[ \t\u00a0]*(?:,|/|,?[ \t\u00a0]*(?:and|or|plus|&))[ \t\u00a0]*$", re.IGNORECASE)


@dataclass(frozen=True)
class CostFinding:
    char_start: int
    char_end: int
    quote: str
    amount_min: Decimal | None  # None when only an upper bound is stated (a cap, "up to")
    amount_max: Decimal
    currency: str
    period: str | None
    unit: str | None
    unit_quantity: Decimal | None
    kind: str | None
    confidence: float
    qualifier: str = "exact"  # exact | range | approximately | at least | at most
    billing: str | None = None  # annually | monthly | quarterly | in advance ... ("billed annually")
    term: str | None = None  # what the price covers: "2 years", "12 months", "first year"
    # An invoice or quote row read from its line ("Onboarding  1  $2,500.00  $2,500.00"): its quantity and
    # description, for the count of seats it buys.
    line_item: bool = False
    quantity: Decimal | None = None
    description: str | None = None
    counted: str | None = None  # what the quantity counts, where the row says: "25 users x $640"
    # The sentence prices another kind of product (license-plate readers, radios) and never speaks of
    # face recognition: kept only when the sentence names that product, and attributed to it.
    other_product: bool = False


def monthly_usd(amount: Decimal | None, currency: str, period: str | None, unit: str | None) -> Decimal | None:
    """A monthly figure only where the text gives a recurring period and a flat (not per-unit) USD price."""
    if amount is None or currency != "USD" or unit is not None or period not in _PER_MONTH:
        return None
    return (amount * _PER_MONTH[period]).quantize(Decimal("0.000001"))


# "The face recognition add-on is billed separately at $16,800": what is apart is face recognition itself.
_FACE_RECOGNITION_SUBJECT = re.compile(
    r"\bfac(?:e|ial)[\s-]+(?:recognition|search|matching)\b[^.;,:()\n]*\b(?:is|are|will\s+be)\s+(?:\w+\s+)?$", re.IGNORECASE)


def _off_topic_positions(text: str) -> list[int]:
    """Where money-about-something-else words start: one pass over the words, then a bounded match."""
    return [
        word.start()
        for word in _WORD.finditer(text)
        if word.group().lower() in _NOT_ABOUT_FR_FIRST_WORDS and _NOT_ABOUT_FR.match(text, word.start())
        and not _FACE_RECOGNITION_SUBJECT.search(text, max(0, word.start() - 80), word.start())
    ]


# A budget's own figures ("amend its technology budget by $61,800", "the total technology line would be
# $1.2M", an account's balance) are not the price of face recognition unless the sentence says they are.
_BUDGET_AGGREGATE = re.compile(
    r"\b(?:budget|technology\s+line|line\s+items?|contingency|appropriations?|fund\s+balance|capital\s+plan)\b"
    r"(?:\s+(?:for|of|in|by|at|to|would\s+be|will\s+be|is|was|totals?|of\s+FY\s?\d+|FY\s?\d+|\w+)){0,4}\s*$|"
    # what is left of an account: "Balance left in the account for FY 2024-25 after this purchase: $14,500"
    r"\b(?:balance|remaining\s+funds?|funds?\s+remaining)\b[^.$]{0,60}?:?\s*$",
    re.IGNORECASE,
)


# "The FY 2023 Adopted Budget carries $83,000 for this purpose", "... carries $35,000 for the license": a
# budget line for the thing the document is about.
_FOR_THIS = re.compile(r"[ \t\n]+for[ \t\n]+(?:this[ \t\n]+(?:purpose|purchase|project|system|contract|subscription|licen[cs]e|"
                       r"renewal|service)|the[ \t\n]+(?:licen[cs]e|"
                       r"subscription|system|software|renewal|contract|agreement|service|program|module|platform))\b",
                       re.IGNORECASE)


def _budget_aggregate(text: str, sentence_start: int, sentence_end: int, amount_start: int, amount_end: int) -> bool:
    """The amount is the budget itself (a budget word just before it), in a sentence that never speaks of
    face recognition, and not set aside "for this purpose"."""
    before = text[max(sentence_start, amount_start - 80) : amount_start]
    return (_BUDGET_AGGREGATE.search(before) is not None and FACE_RECOGNITION.search(text, sentence_start, sentence_end) is None
            and _FOR_THIS.match(text, amount_end) is None and _FOR_THIS_BEFORE.search(before) is None)


# "My FY25 budget line for this is $9,500": the budget set aside for the thing the thread is about.
_FOR_THIS_BEFORE = re.compile(r"\bfor[ \t\n]+(?:this|it)[ \t\n]+(?:is|was|will\s+be|would\s+be)[ \t\n]*$", re.IGNORECASE)


def _about_other_product(sentence: str) -> bool:
    """A literal pre-check first: the regexes then run only on the few sentences that could match."""
    lowered = sentence.lower()
    if not any(word in lowered for word in _OTHER_PRODUCT_WORDS):
        return False
    return _OTHER_PRODUCT.search(sentence) is not None and _FACE_TERMS.search(sentence) is None


# The words a bracketed amount belongs to, back to the clause's start: "the Flock camera renewal ($27,500)",
# "the LPR portion of the same Motorola invoice ($21,750)".
_BRACKET_OWNER = re.compile(r"(?P<owner>[^,;:.()\n]{3,80})\([ \t]*$")


def _bracketed_after_other_product(text: str, clause_start: int, position: int) -> bool:
    """The amount opens a bracket after a noun phrase that names another product and no face recognition
    (not even a product's name: "the LPR and FaceSearch bundle ($30,000)" is face recognition's too)."""
    owner = _BRACKET_OWNER.search(text, max(clause_start, position - 82), position)
    return owner is not None and _about_other_product(owner["owner"]) and FACE_RECOGNITION.search(owner["owner"]) is None


# A numbered or lettered item's heading: "3) License plate readers. Two (2) cameras at $2,500 ...".
_ITEM_HEADING = re.compile(r"^[ \t]*(?:\(?\d{1,2}[.)]|\(?[A-Za-z][.)])[ \t]+(?P<heading>[^\n.:;$]{3,60}?)[.:]", re.MULTILINE)


_TOTAL_LABEL = re.compile(r"\b(?:sub-?)?total\b[^\n$]*?(?::|[ \t]{2,})[ \t]*(?:USD[ \t]*)?$", re.IGNORECASE)  # a labelled line


_MONEY_FIGURE = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})*\.\d{2}(?![\d%])|(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d,.])")


def _prices_something(row: str) -> bool:
    """A row with an amount other than zero ("Sales tax (0.0%):   $0.00" prices nothing)."""
    return any(Decimal(figure.replace(",", "")) for figure in _MONEY_FIGURE.findall(row))


def _a_total(text: str, finding: CostFinding) -> bool:
    """A total or a subtotal, by its kind or its line's label ("Equipment and software subtotal: $80,248",
    "Quote total        $36,597.00")."""
    return finding.kind in ("total", "subtotal") or bool(
        _TOTAL_LABEL.search(text, text.rfind("\n", 0, finding.char_start) + 1, finding.char_start))


def _under_other_product_item(text: str, position: int) -> bool:
    """The amount sits in a list item whose heading names another product ("2) Body-worn cameras."), in
    the same paragraph."""
    paragraph_start = text.rfind("\n\n", 0, position) + 1
    headings = list(_ITEM_HEADING.finditer(text, paragraph_start, position))
    return bool(headings) and _about_other_product(headings[-1]["heading"])


# An agenda item headed by a department and its subject: "13. Parks and Recreation - Barfield Crescent Park
# trail lighting, change order no. 2, $48,615", "3.3 Property Records - scanning services renewal, $14,400/year".
_DEPARTMENT_ITEM = re.compile(
    r"^[ \t]*\d{1,2}(?:\.\d{1,2})*\.?[ \t]+[A-Z][a-z][\w&'’.]*(?:[ \t]+(?:and|of|&|[A-Z][\w&'’.]*)){0,5}"
    r"[ \t]+[-–—][ \t]+\S", re.MULTILINE)


# Minutes' numbered items on lines of their own: "ITEM 3. CLAIMS DOCKET", "Item 4: Courthouse annex - HVAC".
_NUMBERED_ITEM = re.compile(r"^[ \t]*(?:AGENDA[ \t]+ITEM|ITEM|Agenda[ \t]+[Ii]tem|Item)[ \t]+(?:No\.[ \t]*)?\d{1,3}[A-Za-z]?"
                            r"[.:)]?[ \t]+[A-Z][^\n]{2,80}$", re.MULTILINE)


# Minutes' items under a heading in capitals ("4. FACILITIES. Motion by Comm. Marchand ... for $212,480. Vote
# 3-0."): read as items only in minutes, where a contract's "4. FEES." would be a section of its own subject.
_MINUTES = re.compile(r"\bminutes\b|\bmotion\s+(?:by|to|was)\b", re.IGNORECASE)
_MINUTES_ITEM = re.compile(r"^[ \t]*\d{1,2}\.[ \t]+[A-Z][A-Z&/'’ -]{2,50}\.(?=[ \t]|$)", re.MULTILINE)


_MONEY_ITEM = re.compile(r"\b(?:fiscal|costs?|budget|funding|financial|pric(?:e|es|ing)|purchase)\b", re.IGNORECASE)


def _another_item_of_the_agenda(context: _Context, position: int) -> bool:
    """The amount sits in an agenda item of some department whose paragraph never speaks of face
    recognition, in a list of several such items: a consent agenda's other business; or in a numbered
    item of minutes that never speaks of it, up to the next item."""
    text = context.text
    before = [item for item in context.numbered_items if item.start() < position]
    if before and not _MONEY_ITEM.search(before[-1].group()):  # a report's own "ITEM 4. FISCAL IMPACT" prices its subject
        next_item = next((item.start() for item in context.numbered_items if item.start() > position), len(text))
        return FACE_RECOGNITION.search(text, before[-1].start(), next_item) is None
    if _consent_item_without_face_recognition(text, position):
        return True
    if not context.agenda_of_items:
        return False
    paragraph_start = text.rfind("\n\n", 0, position) + 1
    headings = list(_DEPARTMENT_ITEM.finditer(text, paragraph_start, position))
    if not headings:
        return False
    paragraph_end = text.find("\n\n", position)
    item_end = paragraph_end if paragraph_end != -1 else len(text)
    if (following := _DEPARTMENT_ITEM.search(text, position, item_end)) is not None:
        item_end = following.start()
    return FACE_RECOGNITION.search(text, headings[-1].start(), item_end) is None


# A consent agenda's items: "4. CONSENT AGENDA" over "a. Approve the minutes ...", "b. Resolution 24-131, awarding a
# contract for the ... pavilion roof replacement in the amount of $86,400."
_CONSENT_HEADING = re.compile(r"\bconsent[ \t]+(?:agenda|calendar|items?)\b", re.IGNORECASE)
_ITEM_MARKER = r"[ \t]*(?:\(?[a-z]\)|[a-z]\.|\d{1,2}[.)])[ \t]+\S"
_LIST_ITEM = re.compile(_ITEM_MARKER)
_ITEM_OR_BLANK = re.compile(rf"^(?:{_ITEM_MARKER}|[ \t]*$)", re.MULTILINE)
_CONSENT_REACH = 30  # lines from an item up to its consent heading
_ITEM_REACH = 2000  # characters an item runs on for at most


def _consent_item_without_face_recognition(text: str, position: int) -> bool:
    """The amount sits in an item of a consent agenda that never speaks of face recognition: other business
    the council passed in one vote."""
    if not _CONSENT_HEADING.search(text, max(0, position - 80 * _CONSENT_REACH), position):
        return False  # most pages: no consent agenda near
    item_start: int | None = None
    line_start = text.rfind("\n", 0, position) + 1
    for _ in range(_CONSENT_REACH):
        line_end = text.find("\n", line_start)
        line = text[line_start : position if line_end == -1 or line_end > position else line_end]
        if _CONSENT_HEADING.search(line):
            break
        if not line.strip():
            return False  # a blank line before the heading: the amount is in no consent list
        if item_start is None and _LIST_ITEM.match(line):
            item_start = line_start
        if line_start == 0:
            return False
        line_start = text.rfind("\n", 0, line_start - 1) + 1
    else:
        return False
    if item_start is None:
        return False
    next_line = text.find("\n", position)
    following = _ITEM_OR_BLANK.search(text, next_line + 1, next_line + 1 + _ITEM_REACH) if next_line != -1 else None
    item_end = following.start() if following else min(len(text), position + _ITEM_REACH)
    return FACE_RECOGNITION.search(text, item_start, item_end) is None


@dataclass(frozen=True)
class _Context:
    """What every amount of a page is judged against, read once per page."""
    text: str
    spans: list[tuple[int, int]]
    off_topic: list[int]
    agenda_of_items: bool  # the page lists two or more departments' agenda items
    offer_headings: list[re.Match[str]]  # headings of offers passed over, in order
    awarded: frozenset[str]  # offerors the page says were chosen ("recommends the Tidewater quotation"), lower case
    numbered_items: list[re.Match[str]]  # minutes' numbered items ("ITEM 3. CLAIMS DOCKET"), where two or more

    @classmethod
    def of(cls, text: str) -> _Context:
        items = list(_NUMBERED_ITEM.finditer(text))
        if len(items) < 2 and _MINUTES.search(text):
            items = list(_MINUTES_ITEM.finditer(text))
        return cls(text, sentence_spans(text), _off_topic_positions(text),
                   len(_DEPARTMENT_ITEM.findall(text)) >= 2, list(_OFFERS_HEADING.finditer(text)), awarded_names(text),
                   items if len(items) >= 2 else [])


# A tabulation of bids or quotes: a header with a column of offerors or scores ("Offeror / solution   5-yr cost
# Tech  Price  Total", "Vendor / product   One-time   Yrs 2-5, each   5-yr total   Score"), or any header under
# a heading that says so ("Quotes received", "Bid tabulation").
_TABULATION_CELL = re.compile(r"^(?:offerors?|bidders?|proposers?|respondents?|score|points|rank(?:ing)?|result)\b",
                              re.IGNORECASE)
_TABULATION_HEADING_LINES = 3

# A result column's word for the offer taken ("Recommended", "Awarded"), not "Not selected".
_ROW_TAKEN = re.compile(r"(?<!not )(?<!non-)\b(?:recommended|selected|awarded|winner|accepted)\b", re.IGNORECASE)


# A sentence listing the offers received: "received three: Tidewater ... at $61,950; Rank One Computing at
# $71,250; and DataWorks Plus at $79,400".
_OFFERS_RECEIVED = re.compile(r"\b(?:received|obtained|solicited)\s+(?:(?:two|three|four|five|six|\d|several)\b|"
                              r"(?:\w+\s+){0,2}?(?:quot(?:es|ations)|bids|proposals|offers|responses)\b)", re.IGNORECASE)


def _an_offer_passed_over(context: _Context, sentence_start: int, sentence_end: int, position: int) -> bool:
    """An amount in a sentence listing the offers received, whose offeror (named between the last ";" or
    ":" and the amount) is not the one the page says was chosen. Nothing is left out where none was."""
    if not context.awarded or not _OFFERS_RECEIVED.search(context.text, sentence_start, sentence_end):
        return False
    cut = max((m.end() for m in re.finditer(r"[;:]", context.text[sentence_start:position])), default=0)
    offeror = context.text[sentence_start + cut : position].lower()
    return not any(re.search(rf"\b{re.escape(name)}\b", offeror) for name in context.awarded)


def bids_not_taken(text: str, awarded: frozenset[str] | None = None) -> list[tuple[int, int]]:
    """The rows of a bid or quote tabulation other than the awarded offeror's (all of them where the text
    names no award): offers, not money paid or budgeted. `awarded`, where the caller has read it already."""
    rows: list[tuple[int, int]] = []
    awarded = awarded_names(text) if awarded is None else awarded
    by_column = [cell.char_start for cell in offer_cells(text)]  # offers printed one offeror per column: see analysis
    for header in _tabulation_headers(text):
        position = header.end() + 1
        started = False  # a scan may put a blank line between the header and its first row
        while position < len(text):
            end = text.find("\n", position)
            end = len(text) if end == -1 else end
            line = text[position:end]
            if not line.strip() and not started and text.count("\n", header.end(), position) <= 1:
                position = end + 1
                continue
            started = True
            if not line.strip():
                break
            label = re.split(r"[ \t]{2,}|\$", line.strip(), maxsplit=1)[0].lower()
            taken = (any(re.search(rf"\b{re.escape(name)}\b", label) for name in awarded)
                     or _ROW_TAKEN.search(line) is not None)
            in_columns = any(position <= cell < end for cell in by_column)
            if re.search(r"\$\s?\d|\d,\d{3}", line) and not taken and not in_columns:
                rows.append((position, end))
            position = end + 1
    return rows


def _tabulation_headers(text: str) -> Iterator[re.Match[str]]:
    """Header lines of three or more columns, no amounts and no sentence, of a bid tabulation."""
    for header in re.finditer(r"^[^\n]*\S[ \t]{2,}\S[^\n]*$", text, re.MULTILINE):
        cells = re.split(r"[ \t]{2,}", header.group().strip())
        if len(cells) < 3 or re.search(r"\$\s?\d|\d\.\d\d\b|[a-z][.;:]\s", header.group()):
            continue  # a row or a sentence, not a header
        if any(_TABULATION_CELL.match(cell) for cell in cells) or _under_tabulation_heading(text, header.start()):
            yield header


def _under_tabulation_heading(text: str, position: int) -> bool:
    return any(TABULATION_HEADING.search(line) for line, _ in lines_above(text, position, _TABULATION_HEADING_LINES,
                                                                              over_gap=True))


def find_costs(text: str, claimed: Sequence[tuple[int, int]] = ()) -> Iterator[CostFinding]:
    """Costs in page text, in order: invoice and quote rows first claim their amounts, then prose.
    Amounts inside `claimed` spans (price-table rows read already) are left alone."""
    context = _Context.of(text)
    claimed = list(claimed) + bids_not_taken(text, context.awarded)
    rows = _line_items(text)
    findings = [item for item in rows.items if not any(start <= item.char_start < end for start, end in claimed)]
    line_items = [item for item in findings if item.line_item]
    findings += _unsigned_totals(text, line_items)
    claimed += [(item.char_start, item.char_end) for item in findings] + rows.other_products
    column_tables = read_column_tables(text, claimed)
    columns = [_column_cost(cost) for cost in column_tables.costs]
    findings += columns
    claimed += [(cost.char_start, cost.char_end) for cost in columns] + column_tables.passed_over + column_tables.read
    found = [expression for expression in expressions(text, find_amounts(text, MAX_AMOUNTS_PER_PAGE))
             if not any(start <= expression.start < end for start, end in claimed)]
    for group in _groups(text, found):
        previous_end = found[group[0] - 1].end if group[0] > 0 else 0
        next_start = found[group[-1] + 1].start if group[-1] + 1 < len(found) else len(text)
        findings.extend(_group_findings(context, [found[i] for i in group], previous_end, next_start))
    findings += _offer_costs(text, claimed, findings)
    findings = _totals_of_unit_prices(text, context, [_total_of_rows(text, finding, line_items) for finding in findings])
    bases = add_on_bases(text)
    base_rows = _base_product_rows(text, findings, bases)
    add_on_page = bool(bases) or _ADD_ON_SAID.search(text) is not None
    findings = [finding for finding in findings if not any(start <= finding.char_start < end for start, end in base_rows)
                and not (add_on_page and _base_product_sentence(context, finding, bases))]
    other_rows = rows.other_products + base_rows + [(start, end) for start, end in column_tables.passed_over
                                                    if not _TAX_LABEL.match(text, start) and _prices_something(text[start:end])]
    if other_rows:  # a total over rows that buy other things too is no price of face recognition
        first_row = min(start for start, _ in other_rows + [(i.char_start, i.char_end) for i in line_items])
        findings = [f for f in findings if not _a_total(text, f) or f.char_start < first_row]
    other_items = [f.char_start for f in findings if f.other_product]
    if other_items:  # "Equipment and software subtotal: $80,248" after a list item for body cameras
        findings = [f for f in findings if not _a_total(text, f) or f.char_start < min(other_items) or f.other_product
                    or _FACE_TERMS.search(text, *span_around(context.spans, f.char_start, f.char_end))]
    findings = [_fiscal_year_row(text, led) for finding in findings if (led := _after_leader(text, finding)) is not None]
    findings = [_first_year_total(text, _section_period(text, _column_header_period(text, finding))) for finding in findings
                if not _adjustment_row(text, finding)]
    findings = _compared_prices(text, context, sorted(findings, key=lambda finding: finding.char_start))
    yield from _with_bracketed_periods(text, _periods_from_notes(text, _worked_totals(text, findings)))


def _offer_costs(text: str, claimed: Sequence[tuple[int, int]], found: Sequence[CostFinding]) -> list[CostFinding]:
    """The amounts of a bid tabulation's offer columns that no other reader took ("1   Licence, 10 concurrent
    38,500.00   52,000.00"), each quoted from its row's start to the cell. Which offer was taken is decided
    with the whole document (`foia.analysis`): the others are left out there."""
    costs = []
    for cell in offer_cells(text):
        if any(start <= cell.char_start < end for start, end in claimed) or any(
                finding.char_start <= cell.char_start < finding.char_end for finding in found):
            continue
        row = text[cell.row_start : cell.char_start]
        start = cell.row_start + len(row) - len(row.lstrip())
        amount = Decimal(text[cell.char_start : cell.char_end].lstrip("$ ").replace(",", ""))
        stated = _PER_NOUN.search(cell.description)
        unit: str | None = _stated_unit(stated["noun"]) if stated else None
        period = cost_terms.row_period(cell.description, cell.description, cell.description)
        if unit in ("year", "month"):
            period, unit = unit, None  # "Maintenance and support, years 2-3 (price per year)"
        costs.append(CostFinding(char_start=start, char_end=cell.char_end, quote=text[start : cell.char_end],
                                 amount_min=amount, amount_max=amount, currency="USD",
                                 period=None if unit else period, unit=unit, unit_quantity=Decimal(1) if unit else None,
                                 kind=cost_terms.row_kind(cell.description), confidence=0.7, description=cell.description))
    return costs


# A money column's header that says what period its amounts cover: "Annual", "Annual fee", "Monthly total".
_PERIOD_HEADER = re.compile(r"(?:(?P<year>annual|yearly|per\s+year|/\s*yr|/\s*year)|(?P<month>monthly|per\s+month|/\s*mo)|"
                            r"(?P<once>one[\s-]time))(?:\s+(?:fee|fees|cost|costs|total|price|amount|charge|charges|"
                            r"subscription|rate|\(\$\)|\$))?", re.IGNORECASE)
_HEADER_CELL = re.compile(r"\S+(?: \S+)*")


def _column_header_period(text: str, finding: CostFinding) -> CostFinding:
    """A table cell's period from its own column's header ("Agency   Accounts   Annual fee" over "Monroe PD   8
    $9,200.00"), where the amount states none and no unit: the header cell over the amount, above the table's
    rows and rules. (An invoice row's period comes from its whole header line: `_header_period`.)"""
    if finding.period is not None or finding.unit is not None:
        return finding
    line_start = text.rfind("\n", 0, finding.char_start) + 1
    amount = _AMOUNT_IN_CELL.search(text, finding.char_start, finding.char_end)
    if amount is None or not re.search(r"(?:^|[ \t]{2,})$", text[line_start : amount.start()]):
        return finding  # not a cell of a table
    if re.search(r"\bprorat", text[line_start : amount.start()], re.IGNORECASE):
        return finding  # "2025 prorated FaceSearch (Feb 1 - Sep 30)   8,400.00" under "Annual": part of a year
    left, right = amount.start() - line_start, amount.end() - line_start
    position = line_start
    for _ in range(_HEADER_REACH_LINES):
        if position == 0:
            return finding
        above = text.rfind("\n", 0, position - 1) + 1
        line = text[above : position - 1]
        position = above
        if not line.strip():
            return finding  # a blank line: the table starts below it
        if RULE_LINE.match(line) or _AMOUNT_IN_CELL.search(line):
            continue  # a rule, or a row above
        cell = next((c for c in _HEADER_CELL.finditer(line) if c.start() < right + 2 and c.end() > left - 2), None)
        if cell is None:
            continue  # a row's wrapped description
        period = _PERIOD_HEADER.fullmatch(cell.group())
        if period is None:
            return finding
        return replace(finding, period="year" if period["year"] else "month" if period["month"] else "one-time")
    return finding


_AMOUNT_IN_CELL = re.compile(r"\$?\d{1,3}(?:,\d{3})+(?:\.\d{2})?|\$?\d+\.\d{2}")


# "7 x 1,890 = $13,230.00", "7 × $1,890 = $13,230": a total worked out from a count and a price.
_WORKED_OUT_BEFORE = re.compile(r"\b(?P<count>\d{1,5})[ \t]*[x×*][ \t]*\$?[ \t]*(?P<price>\d{1,3}(?:,\d{3})*(?:\.\d\d)?)"
                                r"[ \t]*=[ \t]*$")


def _worked_totals(text: str, findings: list[CostFinding]) -> list[CostFinding]:
    """A total worked out from a price the page states elsewhere with its period ("$1,890 per seat for the
    year" ... "7 x 1,890 = $13,230.00") is that period's total; the arithmetic must hold."""
    periods: dict[Decimal, set[str]] = {}  # the periods the page states each amount with, read once
    for finding in findings:
        if finding.amount_max is not None and finding.period is not None:
            periods.setdefault(finding.amount_max, set()).add(finding.period)
    worked = []
    for finding in findings:
        sum_of = _WORKED_OUT_BEFORE.search(text, max(0, finding.char_start - 40), finding.char_start)
        if finding.period is None and sum_of is not None and finding.amount_max is not None:
            price = Decimal(sum_of["price"].replace(",", ""))
            stated = periods.get(price, set())
            if len(stated) == 1 and price * int(sum_of["count"]) == finding.amount_max:
                finding = replace(finding, period=next(iter(stated)))
        worked.append(finding)
    return worked


# A note under a price table that gives its rows' periods by their line codes: "Lines B-1, B-3, B-7 and B-8
# are one-time charges. Line B-4 is billed annually", "Items 1-3 are annual".
_ROWS_NOTE = first_characters.compile(
    r"\b(?:Lines?|Items?|Rows?)[ \t\n]+(?P<codes>[A-Z]{0,2}-?\d{1,3}(?:[ \t\n]*(?:,|and|&|through|to|-|–)[ \t\n]*"
    r"(?:and[ \t\n]+)?[A-Z]{0,2}-?\d{1,3})*)[ \t\n]+(?:is|are)[ \t\n]+(?:(?:billed|charged|paid)[ \t\n]+)?"
    r"(?P<period>one[ -]time|non-?recurring|annual(?:ly)?|yearly|monthly|recurring[ \t\n]+annual(?:ly)?)\b")
_CODE_IN_NOTE = re.compile(r"(?P<prefix>(?:[A-Z]{1,2}-?)?)(?P<number>\d{1,3})")
_CODE_RANGE = re.compile(r"[ \t\n]*(?:through|to|-|–)[ \t\n]*")
_ROW_CODE = re.compile(r"[ \t]*(?P<code>[A-Z]{0,2}-?\d{1,3})[ \t]{2,}")
_NOTE_PERIODS = {"one": "one-time", "non": "one-time", "annual": "year", "yearly": "year", "monthly": "month",
                 "recurring": "year"}


def _periods_from_notes(text: str, findings: list[CostFinding]) -> list[CostFinding]:
    """Rows with no period of their own take the one a note under their table gives their line codes."""
    periods: dict[str, str] = {}
    for note in _ROWS_NOTE.finditer(text):
        found = list(_CODE_IN_NOTE.finditer(note["codes"]))
        codes = [code.group() for code in found]
        if len(found) == 2 and _CODE_RANGE.fullmatch(note["codes"], found[0].end(), found[1].start()):
            first, last = found[0], found[1]  # "C-1 through C-3", "Items 1-3": every code between
            if 0 < int(last["number"]) - int(first["number"]) < 30:
                codes = [f"{first['prefix']}{n}" for n in range(int(first["number"]), int(last["number"]) + 1)]
        word = note["period"].lower().replace("-", " ").split()[0]
        period = next(name for start, name in _NOTE_PERIODS.items() if word.startswith(start))
        for code in codes:
            periods.setdefault(code, period)
    if not periods:
        return findings
    noted = []
    for finding in findings:
        line_start = text.rfind("\n", 0, finding.char_start) + 1  # the row's line code may stand before its quote
        row_code = _ROW_CODE.match(text, line_start, finding.char_end)
        noted_period = periods.get(row_code["code"]) if row_code is not None else None
        noted.append(replace(finding, period=noted_period) if noted_period is not None and finding.period is None else finding)
    return noted



# "rose from $5,000 to $6,000 a year": the old price, then "to" and the new one.
_CHANGED_FROM = re.compile(r"\bfrom[ \t\n]+(?:the[ \t\n]+|its[ \t\n]+)?(?:[a-z]+[ \t\n]+){0,2}$", re.IGNORECASE)
_CHANGED_TO = re.compile(r"[ \t\n]+to[ \t\n]+")


def _compared_prices(text: str, context: _Context, findings: list[CostFinding]) -> list[CostFinding]:
    """An amount the sentence compares with another price, like for like, takes that price's unit and
    period when it states none of its own: the price before it ("up from", "vs"), or the new price after
    it ("from $5,000 to $6,000 a year")."""
    compared = list(findings)
    for index, finding in enumerate(findings):
        if finding.period is not None or finding.unit is not None or finding.line_item:
            continue
        sentence = span_around(context.spans, finding.char_start, finding.char_end)
        before = compared[index - 1] if index else None
        after = findings[index + 1] if index + 1 < len(findings) else None
        if (before is not None and (before.period or before.unit) and before.char_end <= finding.char_start
                and span_around(context.spans, before.char_start, before.char_end) == sentence
                and cost_terms.COMPARED_WITH.search(text, max(before.char_end, finding.char_start - 30), finding.char_start)):
            like = before
        elif (after is not None and (after.period or after.unit)
                and _CHANGED_TO.fullmatch(text, finding.char_end, after.char_start)
                and _CHANGED_FROM.search(text, max(0, finding.char_start - 30), finding.char_start)):
            like = after
        else:
            continue
        compared[index] = replace(finding, period=like.period, unit=like.unit, unit_quantity=like.unit_quantity,
                                  kind=finding.kind or like.kind)
    return compared


# A face-recognition option of another product, named as such in a price row: "Face Recognition add-on for
# BriefCam Investigate", "BriefCam Face Recognition add-on, per camera channel".
_ADD_ON_OF = re.compile(
    r"\bfac(?:e|ial)[ \t\n]+(?:recognition|search|matching)[ \t\n]+(?:add-?on|module|option|upgrade)[ \t\n]+(?:for|to|of)[ \t\n]+"
    r"(?P<after>(?-i:[A-Z][A-Za-z0-9]{2,}))|"
    r"(?P<before>(?-i:(?!(?:The|This|That|Its|Our|Their|New|Optional|Annual|And)\b)[A-Z][A-Za-z0-9]{2,}))"
    r"(?:[ \t\n]+(?-i:[A-Z][A-Za-z0-9]+))?[ \t\n]+fac(?:e|ial)[ \t\n]+"
    r"(?:recognition|search|matching)[ \t\n]+(?:add-?on|module|option|upgrade)\b", re.IGNORECASE)


# What an add-on names, found first (one fast pass) before the product around it is looked for.
_ADD_ON_WORDS = first_characters.compile(
    r"\bfac(?:e|ial)[ \t\n]+(?:recognition|search|matching)[ \t\n]+(?:add-?on|module|option|upgrade)\b", re.IGNORECASE)


def add_on_bases(text: str) -> set[str]:
    """The products a page names a face-recognition add-on of ("BriefCam" of "Face Recognition add-on for
    BriefCam Investigate"), lower case."""
    if _ADD_ON_WORDS.search(text) is None:
        return set()
    return {(found["after"] or found["before"]).lower() for found in _ADD_ON_OF.finditer(text)}


def buys_base_product(description: str, bases: set[str]) -> bool:
    """A price row that buys the product an add-on is for and never speaks of faces ("BriefCam Investigate
    camera channel license" beside "Face Recognition add-on for BriefCam"): the video product, not face
    recognition. A row naming neither stays."""
    described = _DENIED_FACE_TERMS.sub(" ", description.lower())  # "(video synopsis; no face matching)" speaks of none
    return any(re.search(rf"\b{re.escape(base)}\b", described) for base in bases) and not _FACE_TERMS.search(described)


_DENIED_FACE_TERMS = re.compile(r"\b(?:no|not|non|without)[\s-]+(?:fac(?:e|ial)|FR)\b[\w \t-]{0,24}", re.IGNORECASE)


# "The City bought the base BriefCam license (...) for $41,600": the product a face-recognition add-on is for.
_BASE_WORD = re.compile(r"\bbase\b", re.IGNORECASE)
# "Facial recognition is an add-on module priced on its own": an add-on whose base product goes unnamed.
_ADD_ON_SAID = re.compile(r"\bfac(?:e|ial)[ \t\n]+(?:recognition|search|matching)\b[^.]{0,40}?\badd-?on\b", re.IGNORECASE)
_BASE_PRODUCT = re.compile(r"\bbase\s+(?:[\w-]+\s+){0,5}?(?:subscription|licen[cs]e|system|platform|product|package)\b",
                           re.IGNORECASE)


def _base_product_sentence(context: _Context, finding: CostFinding, bases: set[str]) -> bool:
    """An amount in prose whose sentence buys one of the `bases` (the products a face-recognition add-on
    the page names is for), or a "base ... subscription" where the page's add-on names none, and never speaks
    of faces (`buys_base_product`)."""
    if finding.line_item:
        return False
    sentence = context.text[slice(*span_around(context.spans, finding.char_start, finding.char_end))]
    if bases:
        return _BASE_WORD.search(sentence) is not None and buys_base_product(sentence, bases)
    return _BASE_PRODUCT.search(sentence) is not None and _FACE_TERMS.search(sentence) is None


def _base_product_rows(text: str, findings: list[CostFinding], bases: set[str]) -> list[tuple[int, int]]:
    """The lines of the rows that buy one of the page's add-on `bases` (`buys_base_product`)."""
    rows = [finding for finding in findings if finding.line_item and finding.description]
    spans = []
    for row in rows:
        if buys_base_product(row.description or "", bases):
            line_end = text.find("\n", row.char_start)
            spans.append((text.rfind("\n", 0, row.char_start) + 1, line_end if line_end != -1 else len(text)))
    return spans


# "Implementation, configuration and training (one-time) ........ $4,800": a label joined to its amount by
# dot leaders, as budget lines and staff reports print them.
_LEADER_LINE = re.compile(r"^[ \t]*(?:>[ \t]?)*[ \t]*(?P<label>[^\n]*?\S)[ \t]*\.{3,}[ \t]*(?:USD[ \t]*)?$", re.MULTILINE)
# "  - BriefCam Face Recognition add-on, annual, per camera channel:   $16,640.00": a listed item's label
# and a colon, then its amount after column space.
_COLON_LABEL_LINE = re.compile(r"^[ \t]*(?:>[ \t]?)*[ \t]*(?:[-•*][ \t]+)?(?P<label>[^\n:$]*?[A-Za-z][^\n:$]*?):[ \t]{2,}"
                               r"(?:USD[ \t]*)?$",
                               re.MULTILINE)


# "FY 2021-22    Motorola Solutions (Vigilant)   FaceSearch, 10 users   $9,900.00": a row for one fiscal year.
_FISCAL_YEAR_ROW = re.compile(r"[ \t]*(?:FY|CY|Fiscal\s+year)[ \t]?'?\d{2}(?:\d{2})?(?:[-–/]\d{2})?(?![-–/]?\d)[ \t]{2,}\S",
                              re.IGNORECASE)  # matched at a line's start


def _column_cost(cost: ColumnCost) -> CostFinding:
    return CostFinding(char_start=cost.char_start, char_end=cost.char_end, quote=cost.quote, amount_min=cost.amount,
                       amount_max=cost.amount, currency="USD", period=cost.period, unit=cost.unit,
                       unit_quantity=Decimal(1) if cost.unit else None, kind=cost.kind, confidence=0.7,
                       line_item=True, description=cost.description)  # a row: the counts in its description stand


# A price table's section heading that names its rows' period: "A. ONE-TIME CHARGES", "ANNUAL FEES".
# ... or "PART 2 - ONE-TIME FEES", "PART 1 - RECURRING FEES (per year, billed each October 1)", "ANNUAL
# CHARGES (from year 2)", in a quoted reply too ("> ONE-TIME CHARGES").
_CHARGES_HEADING = re.compile(
    r"^[> \t]*(?:(?:PART|SECTION|SCHEDULE|TABLE)[ \t]+[A-Z0-9]{1,3}[ \t]*[-–—:.][ \t]*|(?:[A-Z]|\d{1,2}|[IVX]{1,4})[.)][ \t]+)?"
    r"(?:(?P<period>ONE[- ]TIME|NON-?RECURRING|ANNUAL|YEARLY|MONTHLY)(?:[ \t]+[A-Z]+)?[ \t]+"
    r"(?:CHARGES?|COSTS?|FEES?|ITEMS?|PRICING)(?:[ \t]*\([^()\n]{1,30}\))?"
    r"|RECURRING[ \t]+(?:CHARGES?|COSTS?|FEES?)[ \t]*"
    r"\((?P<recurring>per[ \t]+year|annual|yearly|per[ \t]+month|monthly)\b[^)\n]*\))"
    r"[ \t]*:?[ \t]*$")
_SECTION_PERIODS = {"ONE-TIME": "one-time", "NON-RECURRING": "one-time", "NONRECURRING": "one-time", "ANNUAL": "year",
                    "YEARLY": "year", "MONTHLY": "month"}


def _heading_period(heading: re.Match[str]) -> str:
    if heading["period"] is not None:
        return _SECTION_PERIODS[heading["period"].replace(" ", "-")]
    return "month" if "month" in heading["recurring"] else "year"
_SECTION_REACH = 20  # lines above a row where its section's heading may stand


def _section_period(text: str, finding: CostFinding) -> CostFinding:
    """A table row with no period of its own under a section heading that names one ("A. ONE-TIME CHARGES"
    over "A2  FaceVACS-Examiner client licence  6  3,150.00  18,900.00"): that period. The nearest
    heading in capitals above decides; a total, or another section's heading, between them ends it."""
    line_start = text.rfind("\n", 0, finding.char_start) + 1
    if finding.period is not None or not re.fullmatch(r"[> \t]*(?:[A-Za-z]?\d{1,3}[A-Za-z]?[.)]?[ \t]+)?",
                                                          text[line_start : finding.char_start]):
        return finding  # stated already, or an amount inside a sentence, not a row (an item code may lead it)
    for line, _ in lines_above(text, line_start, _SECTION_REACH):
        if re.search(r"\btotal\b", line, re.IGNORECASE):
            return finding
        if (heading := _CHARGES_HEADING.match(line)) is not None:
            return replace(finding, period=_heading_period(heading))
        if SECTION_LINE.match(line):
            return finding  # another section's heading: "C. OPTIONAL - NOT SELECTED BY CUSTOMER"
    return finding


def _adjustment_row(text: str, finding: CostFinding) -> bool:
    """A discount or credit printed as a row of a quote or invoice ("Public sector discount (10%)  -$7,990.00",
    "7  Trade-in credit, legacy server  1  -2,500.00  -2,500.00"): an adjustment the total already nets, no
    money paid for anything. A credit stated in a sentence ("a credit of -$250") stays."""
    if finding.amount_max is None or finding.amount_max >= 0:
        return False
    line_start = text.rfind("\n", 0, finding.char_start) + 1
    return finding.line_item or bool(re.search(r"\S(?:[ \t]{2,}|\t)", text[line_start : finding.char_start + 1]))


# "Year one costs $38,400", "The first-year cost is therefore $63,000", "the Year 1 share of $4,600",
# "First-year cost to the City ....... $31,200": what the first year costs in all.
_FIRST_YEARS_COST_BEFORE = re.compile(
    r"(?:first[\s-]+year|year[\s-]+(?:one|1)|1st[\s-]+year)(?:['’]s)?(?:\s+of\s+the\s+\w+)?\s+(?:costs?|share|outlay|"
    r"comes\s+to|will\s+cost)\b[^$\n]{0,40}$", re.IGNORECASE)


def _first_year_total(text: str, finding: CostFinding) -> CostFinding:
    """A total or cost of the first year ("First-year total  $7,000.00", "Year 1 costs total $92,300", "Year
    one costs $38,400") sums what that year costs, one-time charges included: no price that recurs each
    year. Its term says which year."""
    if finding.period != "year":
        return finding
    line_start = text.rfind("\n", 0, finding.char_start) + 1
    if _FIRST_YEARS_COST_BEFORE.search(text, max(0, finding.char_start - 80), finding.char_start) or (
            _a_total(text, finding) and (finding.term == "first year"
                                         or cost_terms.FIRST_YEAR.search(text, line_start, finding.char_end))):
        return replace(finding, period=None, term="first year")
    return finding


def _fiscal_year_row(text: str, finding: CostFinding) -> CostFinding:
    """An amount on a table row labelled with one fiscal or calendar year is that year's."""
    if finding.period is not None:
        return finding
    line_start = text.rfind("\n", 0, finding.char_start) + 1
    if _FISCAL_YEAR_ROW.match(text, line_start) and "\n" not in text[line_start : finding.char_start]:
        return replace(finding, period="year")
    return finding


# A price sheet's two columns: "ROC Mobile (iOS/Android), per device per year          $420.00".
# In a quoted reply too ("> Vigilant FaceSearch, named user    12 months    $1,150.00"), and in a later column
# of the same row ("Price per seat, per year     $1,800.00     $1,650.00": two offers side by side).
_GAP_LABEL_LINE = re.compile(r"^[ \t]*(?:>[ \t]?)*[ \t]*(?:[-•*][ \t]+)?(?P<label>[A-Za-z][^\n$:]*?[A-Za-z)])[ \t]{4,}"
                             r"(?:(?:USD[ \t]*)?\$\d{1,3}(?:,\d{3})*(?:\.\d\d)?[ \t]{2,})*(?:USD[ \t]*)?$",
                             re.MULTILINE)
_LABEL_UNIT = re.compile(r"\bper\s+(?:(?P<qty>\d{1,3}(?:,\d{3})*)\s+)?(?P<noun>(?!year\b|month\b|annum\b|week\b|day\b)[a-z]+)\b",
                         re.IGNORECASE)


def _after_leader(text: str, finding: CostFinding) -> CostFinding | None:
    """A cost after dot leaders, after a listed item's label and colon, or in a price sheet's column after
    its label, takes what its label says: the label's period and its unit ("ROC Mobile, per device per year
    $420.00", "Each additional user account, per year ...... $650.00"), and nothing at all when the label
    names another product ("Body-worn camera storage ...... $118,000")."""
    line_start = text.rfind("\n", 0, finding.char_start) + 1
    columns = _GAP_LABEL_LINE.fullmatch(text, line_start, finding.char_start)
    leader = _LEADER_LINE.fullmatch(text, line_start, finding.char_start)
    led = leader or _COLON_LABEL_LINE.fullmatch(text, line_start, finding.char_start) or columns
    if led is None or finding.line_item:
        return finding
    label = led["label"]
    if _OTHER_ROW.search(label) and not _FACE_TERMS.search(label):
        return None
    if finding.period is None:
        finding = replace(finding, period=cost_terms.row_period(label, label))
    # The unit a price sheet's or a leader line's label names; not a colon's label ("add-on, annual, per camera
    # channel:   $16,640.00" prices the channels together), nor a label pricing the unit itself ("4 users x
    # $2,000.00 per user per year ........ $8,000.00": the amount after it is their total).
    unit_in_label = (columns is not None or leader is not None) and not re.search(r"\$|\d\.\d\d\b", label)
    if finding.unit is None and unit_in_label and (per := _LABEL_UNIT.search(label)) is not None:
        finding = replace(finding, unit=singular_unit(per["noun"]), unit_quantity=Decimal(per["qty"].replace(",", "")
                                                                                            if per["qty"] else 1))
    if finding.unit is None and unit_in_label and (each := _EACH_OF_LABEL.search(label)) is not None:
        finding = replace(finding, unit=singular_unit(each["noun"].lower()), unit_quantity=Decimal(1))
    if finding.unit is None and (one := _ONE_OF_LABEL.fullmatch(label)) is not None:
        finding = replace(finding, unit=singular_unit(one["noun"]), unit_quantity=Decimal(1))  # "1 user ...... $2,499"
    return finding


# "Each additional user account, per year ........ $650.00": the label prices one of what it names.
_EACH_OF_LABEL = re.compile(r"\beach\s+(?:additional\s+|extra\s+|new\s+)?(?:[\w-]+\s+)?"
                            r"(?P<noun>user|seat|account|licen[cs]e|camera|device)s?\b", re.IGNORECASE)


# A label that is one of what the price buys: "1 user ..................... $2,499 per year" prices a user.
_ONE_OF_LABEL = re.compile(r"[ \t]*(?:[-•*][ \t]+)?(?:1|one|a\s+single)\s+(?:named\s+|concurrent\s+|investigator\s+)?"
                           r"(?P<noun>user|seat|licen[cs]e|account|camera|device)[ \t]*", re.IGNORECASE)


def _shared_period(items: list[CostFinding]) -> str | None:
    """The period every priced row (credits aside) states, when they all state the same one."""
    periods = {item.period for item in items if item.kind != "credit"}
    return periods.pop() if len(periods) == 1 else None


def _total_of_rows(text: str, finding: CostFinding, items: list[CostFinding]) -> CostFinding:
    """"Total due: $19,740.00" under rows all billed per year is a yearly total too; under rows of mixed
    periods it has none, whatever the row printed above it says ("delivered remotely, one-time")."""
    if finding.kind != "total" or not items or finding.char_start < items[0].char_end:
        return finding
    line = text[text.rfind("\n", 0, finding.char_start) + 1 : finding.char_end]
    own = cost_terms.Terms(end=0)
    cost_terms.read_before(line, 0, len(line), own)
    return replace(finding, period=own.period or _shared_period(items))


_BRACKET_GAP = re.compile(r"[^()\n$€£.;]{0,60}\(\s*(?:about|roughly|approximately|or|i\.e\.,?|that\s+is|which\s+is)?\s*$",
                          re.IGNORECASE)


def _with_bracketed_periods(text: str, findings: list[CostFinding]) -> list[CostFinding]:
    """"$24,600 per year for 15 users ($1,640 per user)": a breakdown in brackets right after a price is
    priced over the same period. "$900 per user, or $24,300 annually" and "$24,300 annually, $900 per
    user": a unit price and the total it makes, side by side in one clause, share the total's period."""
    result: list[CostFinding] = []
    for finding in findings:
        previous = result[-1] if result else None
        if (previous is not None and finding.period is None and previous.period is not None
                and previous.char_end <= finding.char_start
                and _BRACKET_GAP.fullmatch(text, previous.char_end, finding.char_start)):
            finding = replace(finding, period=previous.period)
        elif previous is not None and _unit_and_its_total(text, previous, finding):
            if finding.period is None:
                finding = replace(finding, period=previous.period)
            else:
                result[-1] = replace(previous, period=finding.period)
        result.append(finding)
    return result


_SIDE_BY_SIDE = re.compile(r"[ \t\n]*(?:,|;|—|–|-)?[ \t\n]*(?:or|i\.e\.,?|that\s+is|which\s+is|so)?[ \t\n]*$", re.IGNORECASE)


def _unit_and_its_total(text: str, first: CostFinding, second: CostFinding) -> bool:
    """One of two prices next to each other is per unit with no period, the other a period's total that is
    a whole number (two or more) of it."""
    if first.char_end > second.char_start or not _SIDE_BY_SIDE.fullmatch(text, first.char_end, second.char_start):
        return False
    unit, total = (first, second) if first.unit else (second, first)
    if not unit.unit or total.unit or unit.period is not None or total.period is None:
        return False
    if not unit.amount_max or not total.amount_max or unit.amount_max <= 0:
        return False
    times = total.amount_max / unit.amount_max
    return times >= 2 and times == times.to_integral_value()


def _groups(text: str, found: list[MoneyExpression]) -> list[list[int]]:
    """Amounts joined only by "and", "or" or commas ("$6 and $12 a month") share the words after the last."""
    groups: list[list[int]] = []
    for index, expression in enumerate(found):
        if groups and _COORDINATED.match(text[found[index - 1].end : expression.start]):
            groups[-1].append(index)
        else:
            groups.append([index])
    return groups


_PREVIOUS_AMOUNTS_TERMS = re.compile(r"[ \t]*(?:per[\s-]+[a-z]+(?:[\s-]+(?:rate|price|fee|charge))?|each|/[ \t]*[a-z]+|"
                                    r"a[ \t]+(?:month|year|seat|user|license))\b", re.IGNORECASE)


# A price sheet's row: a description, a column gap, the amount ("  Booking photo ingest and setup (one-time)
# $4,500.00"). Its own line says what it prices, not the rows around it (the "Veritone Redact" row below).
_ROW_BEFORE_AMOUNT = re.compile(r"^[ \t]*[A-Za-z][^\n$]*?\S[ \t]{3,}$")


def _row_of(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The line of an amount that ends a price sheet's row, or None when the amount stands in prose."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end == -1 else line_end
    if not _ROW_BEFORE_AMOUNT.match(text[line_start:start]) or len(text[end:line_end].strip()) > 12:
        return None
    return line_start, line_end


def _group_findings(context: _Context, group: list[MoneyExpression], previous_end: int, next_start: int) -> list[CostFinding]:
    text = context.text
    first, last = group[0], group[-1]
    sentence_start, sentence_end = span_around(context.spans, first.start, last.end)
    if _off_topic(context, sentence_start, sentence_end, first.start, last.end) or _budget_aggregate(
            text, sentence_start, sentence_end, first.start, first.end):
        return []
    if (_offer_not_taken(text, sentence_start, sentence_end) or _another_item_of_the_agenda(context, first.start)
            or _in_a_section_of_offers_not_taken(context, first.start)
            or _an_offer_passed_over(context, sentence_start, sentence_end, first.start)):
        return []
    if _bracketed_after_other_product(text, max(sentence_start, previous_end), first.start):
        return []
    if _RECORDS_FEE.search(text, max(sentence_start, first.start - _RECORDS_FEE_REACH),
                           min(sentence_end, last.end + _RECORDS_FEE_REACH)):  # bounded: a megabyte "sentence" stays linear
        return []  # what answering the records request costs, not what the agency paid for face recognition
    # A price sheet's row in a table that prices face recognition too is judged by its own line; elsewhere by
    # its sentence (a consent agenda's "Street tree pruning" under a plate-reader purchase).
    row = _row_of(text, first.start, last.end)
    sentence = text[sentence_start:sentence_end]
    judged = text[row[0] : row[1]] if row is not None and FACE_RECOGNITION.search(sentence) else sentence
    other_product = _about_other_product(judged) or _under_other_product_item(text, first.start)
    shared = cost_terms.read_after(text, last.end, min(sentence_end, next_start))
    clause_start = max(sentence_start, previous_end)
    if previous_end > sentence_start and (owned := _PREVIOUS_AMOUNTS_TERMS.match(text, clause_start)):
        clause_start = owned.end()  # "$1,250 per-user rate, which I make $12,500": "per-user" is the $1,250's
    findings = []
    for position, expression in enumerate(group):
        following = group[position + 1].start if position + 1 < len(group) else min(sentence_end, next_start)
        terms = cost_terms.read_after(text, expression.end, following) if expression is not last else shared
        if expression is not last and terms.end == expression.end:
            terms = shared  # nothing of its own: the modifiers after the last amount apply ("$6 and $12 a month")
        said_after = terms.period
        cost_terms.read_before(text, clause_start, first.start, terms)
        clause_end = min(sentence_end, following)
        if (colon := text.find(": ", expression.end, clause_end)) != -1:
            clause_end = colon  # "$21,300 in 2025: a one-time $14,800 ...": what follows the colon breaks it down
        finding = _finding(text, expression, terms, clause_start, clause_end, other_product)
        if (finding is not None and finding.kind == "setup" and said_after is None and finding.period not in (None, "one-time")
                and not _FIRST_YEARS_COST_BEFORE.search(text, clause_start, expression.start)):
            # "The first year, and the $3,360 setup fee, were paid ...": the year is the other subject's
            finding = replace(finding, period="one-time", term=None)
        if finding is not None:
            findings.append(finding)
    return findings


# One user's access, whichever word prices it: "6 FaceSearch licenses at $1,600 per seat".
_ACCESS_UNITS = ("seat", "user", "license", "licence", "account")


_NUMBER_NAMES = dict(enumerate(("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                                 "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
                                 "twenty")))


def _totals_of_unit_prices(text: str, context: _Context, findings: list[CostFinding]) -> list[CostFinding]:
    """A total and its per-unit price, stated together, share one period: "$14,250 for the 10 users, which
    works out to $1,425 per user per year" is $14,250 a year; "Year 1  $18,600.00" over "12 user seats
    at $1,550.00 per seat" is $1,550 a seat a year. Together: the same sentence, or the line above; the
    total is the price times the number of units the text names ("10 users", "6 named examiner licenses")."""
    priced = [finding for finding in findings if finding.unit and finding.amount_max and finding.amount_min == finding.amount_max]
    if not priced:
        return findings
    totals = [finding for finding in findings if finding.unit is None and finding.amount_max
              and finding.amount_min == finding.amount_max and finding.kind not in ("cap", "credit")]
    periods: dict[int, str] = {}  # id of a finding -> the period it takes
    for each in priced:
        for total in totals:
            if (total.period is None) == (each.period is None):
                continue  # both stated, or neither: nothing to share
            units = total.amount_max / each.amount_max
            if units < 2 or units != units.to_integral_value():
                continue
            first, last = sorted((total, each), key=lambda finding: finding.char_start)
            same_sentence = (span_around(context.spans, first.char_start, first.char_end)
                             == span_around(context.spans, last.char_start, last.char_end))
            next_line = text.count("\n", first.char_end, last.char_start) == 1 and not re.search(
                r"[.!?]\s", text[first.char_end : last.char_start])
            line_end = text.find("\n", last.char_end)
            around = text[text.rfind("\n", 0, first.char_start) + 1 : line_end if line_end != -1 else len(text)]
            nouns = "|".join(_ACCESS_UNITS) if each.unit in _ACCESS_UNITS else re.escape(each.unit or "")
            count = f"(?:{int(units)}|{_NUMBER_NAMES[int(units)]})" if int(units) in _NUMBER_NAMES else str(int(units))
            if (same_sentence or next_line) and re.search(
                    rf"\b{count}\s+(?:[\w-]+\s+){{0,2}}(?:{nouns})s?\b", around, re.IGNORECASE):
                target = total if total.period is None else each
                periods[id(target)] = each.period or total.period  # type: ignore[assignment]
    return [replace(finding, period=periods[id(finding)]) if id(finding) in periods else finding for finding in findings]


# An offer the agency did not take: "Clearview quoted us $12,500 ..., which we are not pursuing", "Their
# 2023 quote was $27,900 ... and we passed on it", "The vendor quoted $54,000 per year; the proposal was
# not adopted", a motion to amend "at a cost not to exceed $11,900. Amendment failed 7-16." Said in the
# offer's sentence or the next one; no money was paid or budgeted.
_OFFER = re.compile(r"\b(?:quot(?:e|es|ed|ing)|offer(?:s|ed)?|propos(?:al|als|ed)|bids?|priced|estimated?|option|motion|"
                    r"amend(?:ment)?|request|award|grant)\b", re.IGNORECASE)
_NOT_TAKEN = re.compile(
    r"\bnot\s+(?:be\s+)?(?:pursu\w*|adopt\w*|accept\w*|select\w*|purchas\w*|buy\w*|fund\w*|approv\w*|award\w*|recommend\w*|"
    r"mov\w+\s+forward|proceed\w*|consider\w*\s+(?:(?:it|them|the\s+\w+)\s+)?(?:further|any\s+further))|\bpass(?:ed|ing)?\s+on\s+(?:it|this|that|them|the\s+\w+)\b|\b(?:declined|rejected|"
    r"turned\s+down)\b|\bno\s+(?:[\w-]+\s+){0,3}(?:account|contract|purchase\s+order|order|agreement)\s+was\s+(?:opened|"
    r"signed|issued|placed|executed)|\btook\s+no\s+(?:further\s+)?action\b|\b(?:was|were)\s+(?:withdrawn|cancell?ed)\b|"
    r"\b(?:motion|amendment|item|ordinance|resolution)\s+(?:failed|was\s+(?:defeated|tabled))\b|"
    r"\bfailed\s+(?:on\s+a\s+vote\s+of\s+)?\d{1,2}\s*[-–]\s*\d{1,2}\b|"
    r"\bnot\s+(?:be\s+)?(?:used|applied|spent)\s+(?:for|on|toward)\b",
    re.IGNORECASE)
_NEXT_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n[ \t]*\n")
# An offer's sentence that says it was taken: "We accepted the proposal at $8,500", "... and awarded the contract".
_TAKEN = re.compile(r"(?<!not\s)(?<!never\s)\b(?:accept(?:ed|s)|approv(?:ed|es)|award(?:ed|s)|select(?:ed|s)|signed|"
                    r"purchased|bought|paid|pays|chose|went\s+with|renewed)\b")  # lower case: "the Approved Budget" is a title


# A section of offers passed over: "3. Proposals not recommended", "Alternatives considered", "REJECTED OPTIONS".
_OFFERS_HEADING = re.compile(
    r"^[ \t]*(?:\d{1,2}(?:\.\d{1,2})*\.?[ \t]+|[A-Z][.)][ \t]+)?(?:(?:other|rejected|losing|unsuccessful)[ \t]+)?"
    r"(?:proposals?|bids?|quotes?|quotations?|options?|alternatives?|offers?|responses?)[ \t]+"
    r"(?:not[ \t]+(?:recommended|selected|chosen|accepted|funded|pursued)|rejected|considered|declined|eliminated)\b[^\n]*$",
    re.IGNORECASE | re.MULTILINE)
_NUMBERED_HEADING = re.compile(r"^[ \t]*(?:\d{1,2}(?:\.\d{1,2})*\.?|[A-Z][.)])[ \t]+[A-Z][^\n]{0,80}$", re.MULTILINE)


def _in_a_section_of_offers_not_taken(context: _Context, position: int) -> bool:
    """The amount sits under a heading of offers passed over (or on its line), before the next numbered
    heading."""
    before = bisect.bisect_left([heading.start() for heading in context.offer_headings], position)
    if before == 0:
        return False
    heading_end = min(context.offer_headings[before - 1].end(), position)
    return _NUMBERED_HEADING.search(context.text, heading_end, position) is None


def _offer_not_taken(text: str, sentence_start: int, sentence_end: int) -> bool:
    """The sentence makes an offer that it, or the next sentence of its paragraph, says was not taken."""
    if not _OFFER.search(text, sentence_start, sentence_end) or _TAKEN.search(text, sentence_start, sentence_end):
        return False
    following = _NEXT_SENTENCE_END.search(text, min(len(text), sentence_end + 1), sentence_end + 300)
    paragraph_end = text.find("\n\n", sentence_end - 1)
    end = following.end() if following is not None else sentence_end + 300
    end = min(end, paragraph_end) if paragraph_end != -1 and paragraph_end >= sentence_end else end
    return _NOT_TAKEN.search(text, sentence_start, max(sentence_end, end)) is not None


def _off_topic(context: _Context, start: int, end: int, amount_start: int, amount_end: int) -> bool:
    """A word of money about something else in the amount's sentence; "waived" only on the amount's own
    lines ("6 licenses at $1,600 per seat = $9,600" over "Onboarding fee waived" is still a price)."""
    text = context.text
    lines_start = text.rfind("\n", 0, amount_start) + 1
    lines_end = text.find("\n", amount_end)
    lines_end = len(text) if lines_end == -1 else lines_end
    nearest = bisect.bisect_left(context.off_topic, start)
    for position in context.off_topic[nearest:]:
        if position >= end:
            return False
        if not _WAIVED.match(text, position) or lines_start <= position < lines_end:
            return True
    return False


_WAIVED = re.compile(r"waive", re.IGNORECASE)


# Said of the amount just before, in its clause: "The per-credential production price of $8.92 covers card
# stock ... and is not a facial recognition charge", "($14,200 per year, which is not a facial recognition
# cost)", "the body-worn camera renewal is $412,600 over five years and has nothing to do with Clearview",
# "two booking capture stations ($11,960), is not facial recognition equipment".
_NOT_FR_AFTER = re.compile(r"\)?[^.;(]{0,90}?\b(?:(?:is|are|was|were)\s+not\s+(?:an?\s+)?(?:fac(?:e|ial)[\s-]+recognition|FR)\s+"
                           r"(?:charges?|costs?|expenses?|items?|purchases?|products?|fees?|equipment|hardware|software|"
                           r"services?|systems?)|"
                           r"(?:has|have|had)\s+nothing\s+to\s+do\s+with|"
                           # "The existing BriefCam license ($19,750 per year) is separate from this purchase."
                           r"(?:is|are|was|were)\s+separate\s+from\s+(?:this|the)\s+(?:purchase|contract|agreement|request|item|"
                           r"order|quote|proposal)|"
                           # "The interview room camera upgrade ($4,600) is on a separate requisition", "Genetec VMS
                           # maintenance is $8,240 but that's a separate PO, don't mix them", "($38,750 ...) is separate."
                           r"(?:is|are|was|were|['’]s)\s+(?:on\s+)?(?:a\s+)?separate\s+(?:[\w-]+\s+){0,2}?(?:purchase|PO|requisition|"
                           r"quote|request|order|item)|(?:is|are|was|were)\s+separate(?=\s*[.;])|"
                           # "($38,600 a year) is a records search tool with no facial recognition function",
                           # "$425/month for CLEAR, but that's a people and records search, no face matching"
                           r"(?:has|have|had|with)\s+no\s+(?:[\w-]+\s+)?fac(?:e|ial)[\s-]+(?:recognition|matching|search)|"
                           r",\s+no\s+fac(?:e|ial)[\s-]+(?:recognition|matching|search)|"
                           r"(?:is|are|was|were)\s+not\s+(?:an?\s+)?(?:FRU|FRT|FRS)\s+(?:costs?|expenses?|charges?))\b",
                           re.IGNORECASE)


# The same said in brackets: "$14,200 a year for Accurint itself (person search, not face recognition)".
_NOT_FR_BRACKET_AFTER = re.compile(r"(?:[ \t\n]+(?:a|an|per|each)[ \t\n]+\w+)?(?:[ \t\n]+for[ \t\n]+[\w'’ \t\n-]{1,30}?)?[ \t\n]*"
                                   r"\([^()]{0,40}?\bnot\s+(?:an?\s+)?(?:fac(?:e|ial)[\s-]+recognition|FR)\b[^()]{0,20}\)",
                                   re.IGNORECASE)


# An amount that sums more than face recognition: "$52,000 budgeted, all Police software", "$24,000 (all Police
# software subscriptions)", "$41,526.50 (all requisition lines)".
_AGGREGATE_AFTER = re.compile(r"[ \t\n]*\(?[ \t\n]*(?:budgeted,?[ \t\n]+)?all[ \t\n]+(?:[\w-]+[ \t\n]+){0,2}?"
                              r"(?:software|subscriptions|technology|equipment|purchases|requisition[ \t\n]+lines|"
                              r"line[ \t\n]+items|expenses)\b",
                              re.IGNORECASE)


# A line's amount said to be outside the purchase ("(separate agreement, shown for reference) ... $3,900.00/yr"),
# and an offence's threshold in a case log ("Larceny over $1200").
_REFERENCE_ONLY_BEFORE = re.compile(r"\([^()\n]{0,40}?\b(?:separate\s+(?:agreement|contract|purchase)|shown\s+for\s+reference|"
                                    r"for\s+reference\s+only|not\s+part\s+of\s+this\s+(?:quote|order|purchase|agreement))"
                                    r"[^()\n]{0,40}\)[ \t.:]*(?:USD[ \t]*)?$", re.IGNORECASE)
# A public-records office's fees for its response: "Copies of 37 pages at $0.15 a page", "charged at $15.00 an
# hour", "could charge $63.75 ... but has waived the fee", "no charge to the requester".
_RECORDS_FEE = re.compile(r"\bcop(?:y|ies)\b[^.\n]{0,40}\b(?:pages?|records?|free)\b|\b(?:per|a|each)\s+page\b|"
                          r"\b(?:the|to\s+the)\s+requester\b|\bwaived\s+(?:the|its|all)\s+fees?\b|"
                          r"\b(?:hours?|time)\s+(?:beyond\s+[\w\s]{1,20}\s+)?(?:is|are)\s+(?:free|charged)\b", re.IGNORECASE)
_RECORDS_FEE_REACH = 300
_OFFENSE_BEFORE = re.compile(r"\b(?:larceny|theft|fraud|embezzlement|shoplifting|forgery|damage|vandalism|burglary)\s+"
                             r"(?:(?:over|under|above|below|exceeding|of\s+(?:more|less)\s+than|>|<)\s*)?$", re.IGNORECASE)


def _period_of_its_kind(text: str, expression: MoneyExpression, terms: cost_terms.Terms, kind: str | None,
                        clause: tuple[int, int], end: int) -> str | None:
    """The period an amount with none of its own takes from what it pays for and the year its clause names."""
    if kind == "setup" or (kind == "grant" and terms.unit is None):
        return "one-time"  # a setup fee or a grant award is paid once for its project period
    if (kind in ("subscription", "maintenance") and terms.unit is None
            and cost_terms.one_year_after(text, expression.end) is not None):
        return "year"  # "The FaceSearch subscription cost $7,600 in 2023": that year's subscription
    if terms.term is not None or kind in ("grant", "credit"):
        return None
    if kind == "maintenance" and cost_terms.maintenance_of_a_year(text[clause[0] : clause[1]]):
        return "year"
    if cost_terms.year_named(text, clause[0], expression.start, end, clause[1]) or _A_YEAR_AGO_AFTER.match(text, end):
        return "year"  # "... cost $9,150 for 2023", "We paid $8,400 last year for 8 seats": a year's price
    if _paid_in_a_year(text, clause, end):
        return "year"
    return None


_A_YEAR_AGO_AFTER = re.compile(r"[ \t\n]+(?:for\s+|in\s+)?(?:last|this)\s+year\b(?!['’]s)", re.IGNORECASE)
# The year an amount is paid in, said elsewhere in its clause: "We paid $4,500 for the three seats last year",
# "the $9,600 we paid this year", "my budget line for Clearview this fiscal year is $5,000", "$27,600 for 10
# seats, same price as this year", "appropriate $20,500 from the Asset Forfeiture Fund for the first year".
_THIS_YEAR = re.compile(r"\b(?:this|last|next|the\s+current|the\s+coming)\s+(?:fiscal\s+|budget\s+|calendar\s+)?year\b"
                        r"(?!['’]s|\s+(?:and|or|through|to)\b)", re.IGNORECASE)
_PAID_IN = re.compile(r"\b(?:paid|pay|pays|paying|spent|spend|budget(?:ed)?|billed|invoiced|charged|renew(?:al|ed|s)?)\b|"
                      r"\bsame\s+(?:price|rate|cost|amount)\s+as\b", re.IGNORECASE)
_FOR_THE_FIRST_YEAR = re.compile(r"[^.;$\n]{0,60}?\bfor\s+(?:the|its)\s+first\s+year\b", re.IGNORECASE)


def _paid_in_a_year(text: str, clause: tuple[int, int], end: int) -> bool:
    """The amount's clause says which one year it is paid in or for (`_THIS_YEAR` with a verb of paying, or
    "for the first year" after it), and speaks of no longer term, total or unit price."""
    words = text[clause[0] : clause[1]]
    if cost_terms.NOT_ONE_YEAR.search(words):
        return False
    sentence_start = max(text.rfind(". ", 0, clause[0]) + 1, clause[0] - 200)
    return (bool(_THIS_YEAR.search(words) and _PAID_IN.search(words)
                 and _PAID_YEARLY.search(text, sentence_start, clause[1]))
            or bool(_FOR_THE_FIRST_YEAR.match(text, end, clause[1])))


# What is paid for by the year ("Last year the county paid $12,000 for the server" is no yearly price).
_PAID_YEARLY = re.compile(r"\b(?:seats?|subscriptions?|renew(?:al|als|ed|s)?|licen[cs]es?|accounts?|users?|logins?|maintenance|"
                          r"support|budget\s+line)\b", re.IGNORECASE)


# What is left of an account, not a price: "The CID software line only has $6,200 left".
_BALANCE_AFTER = re.compile(r"[ \t\n]+(?:left|remaining)\b(?![ \t\n]+(?:to\s+pay|due|owed|owing|on\s+the))", re.IGNORECASE)


# A difference between offers, not a price: "its three-year cost is $19,500 above Veritone's".
_DIFFERENCE_AFTER = re.compile(r"[ \t\n]+(?:above|below|more\s+than|less\s+than|higher\s+than|lower\s+than|over|under)[ \t\n]+"
                               r"(?:the\s+)?(?:(?-i:[A-Z])[\w.&-]*['’]s\b|(?:other|next|lowest|highest|winning|current)\b)|"
                               # "That is $100 over your line", "$2,000 under budget": the gap to a budget, not a price
                               r"[ \t\n]+(?:over|under|above|below)[ \t\n]+(?:(?:your|our|my|their|its|the)[ \t\n]+)?"
                               r"(?:[\w-]+[ \t\n]+)?(?:budget(?:ed)?|line|allocation|appropriation|estimate)\b",
                               re.IGNORECASE)


def _finding(text: str, expression: MoneyExpression, terms: cost_terms.Terms, clause_start: int, clause_end: int,
             other_product: bool) -> CostFinding | None:
    if expression.amount_max == 0 and not expression.amount_min:
        return None  # $0 is no price ("a city share of $0")
    if _THRESHOLD_AFTER.match(text, expression.end) or _LIMIT_BEFORE.search(
            text, max(clause_start, expression.start - 90), expression.start) or (
            (_THRESHOLD_BEFORE.search(text, max(clause_start, expression.start - 60), expression.figures[0].start)
             or _OR_MORE.match(text, expression.end))
            and _NEEDS_APPROVAL.search(text, clause_start, max(clause_end, expression.end))):
        return None  # a procurement rule's threshold ("the $25,000 small purchase limit"), not a price
    line_start = text.rfind("\n", 0, expression.start) + 1
    if _REFERENCE_ONLY_BEFORE.search(text, max(line_start, expression.start - 120), expression.start) or _OFFENSE_BEFORE.search(
            text, max(line_start, expression.start - 40), expression.start):
        return None  # "(separate agreement, shown for reference) ... $3,900.00/yr", "Larceny over $1200"
    if (_NOT_FR_AFTER.match(text, expression.end) or _NOT_FR_BRACKET_AFTER.match(text, expression.end)
            or _AGGREGATE_AFTER.match(text, expression.end)
            or _TAX_AFTER.match(text, expression.end)
            or _DIFFERENCE_AFTER.match(text, expression.end) or _BALANCE_AFTER.match(text, expression.end)
            or _TAX_LABEL.match(text, text.rfind("\n", 0, expression.start) + 1, expression.start)):
        return None  # said to be no face-recognition charge, or a tax
    end = max(expression.end, terms.end)
    kind = cost_terms.read_kind(text, expression.start, expression.end, clause_start, max(clause_end, end))
    period = terms.period
    if expression.qualifier == "at most" and _CAP_WORDS.search(text, expression.start, expression.figures[0].start):
        kind = "cap"
    if terms.unit is None and (unit := _each_unit(text, clause_start, expression.start, expression.end)) is not None:
        terms.unit, terms.unit_quantity = unit, Decimal(1)
        if each := _EACH_AFTER.match(text, end):
            end = each.end()
    if kind is None and terms.unit in ("license", "seat", "user"):
        kind = "license"
    if period is None:
        period = _period_of_its_kind(text, expression, terms, kind, (clause_start, max(clause_end, end)), end)
    low, high = expression.amount_min, expression.amount_max
    if kind == "credit" and high > 0:
        low, high = -high, (-low if low is not None else -high)  # a credit reduces the bill
    quote = text[expression.start:end].rstrip(" ,\t\n")
    confidence = 0.9 if (period or terms.unit or expression.qualifier == "range" or kind) else 0.8
    if any(figure.number.words for figure in expression.figures):
        confidence -= 0.1
    return CostFinding(
        char_start=expression.start,
        char_end=expression.start + len(quote),
        quote=quote,
        amount_min=low,
        amount_max=high,
        currency=expression.currency,
        period=period,
        unit=terms.unit,
        unit_quantity=terms.unit_quantity if terms.unit else None,
        kind=kind,
        confidence=confidence,
        qualifier=expression.qualifier,
        billing=terms.billing,
        term=terms.term,
        other_product=other_product,
    )


@dataclass
class _Rows:
    items: list[CostFinding]
    other_products: list[tuple[int, int]]  # rows that price something else (fingerprint stations, radios)


# "15 officer licenses @ $300.00 each", "Each additional account above 10 is $360 per year": the price of one.
_EACH_AFTER = re.compile(r"[ \t\u00a0]*\n?[ \t\u00a0]*(?:each|apiece|per\s+unit)\b", re.IGNORECASE)  # a line may break before it
_UNIT_NOUNS = r"(?P<noun>licen[cs]e|user|seat|account|client|camera|device|server|workstation|site|officer|analyst|search)"
_PRICED = (r"(?:@|at|costs?|are|is|run|priced\s+at|billed\s+at|(?:would|will|shall|may)\s+be\s+(?:billed|charged|priced)\s+at|"
           r"will\s+(?:be|cost))")
_AT_PRICE = re.compile(rf"\b{_UNIT_NOUNS}(?:es|s)?\s*{_PRICED}[ \t\u00a0]*$", re.IGNORECASE)  # a line may wrap before "at"
_EACH_NOUN = re.compile(rf"\b[Ee]ach\s+(?:additional\s+|extra\s+|new\s+|further\s+)?(?:[\w-]+\s+){{0,2}}?{_UNIT_NOUNS}\b"
                        rf"[^;:.$\n]{{0,40}}\b{_PRICED}\s+$", re.IGNORECASE)


def _each_unit(text: str, clause_start: int, start: int, end: int) -> str | None:
    """The unit a price is "each" of: the noun right before "@"/"at" when "each" follows the amount, or the
    noun of an "Each additional account ..." subject before it."""
    if _EACH_AFTER.match(text, end) and (at := _AT_PRICE.search(text, max(clause_start, start - 60), start)):
        return singular_unit(at["noun"].lower())
    if each := _EACH_NOUN.search(text, max(clause_start, start - 80), start):
        return singular_unit(each["noun"].lower())
    return None


def checked_row_total(text: str, start: int, end: int) -> Decimal | None:
    """The total of the price row printed from `start` to `end` on one line, when the line-item reader
    reads it whole and its arithmetic checks (quantity, unit code, unit price, total); else None."""
    if "\n" in text[start : max(start, end - 1)]:
        return None
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end - 1)
    match = _LINE_ITEM.fullmatch(text, line_start, line_end if line_end != -1 else len(text))
    row = _checked_row(match) if match is not None else None
    return row.total if row is not None else None


@dataclass(frozen=True)
class _CheckedRow:
    quantity: Decimal
    unit_price: Decimal
    total: Decimal
    signed: bool  # both amounts printed with a currency sign


def _checked_row(match: re.Match[str]) -> _CheckedRow | None:
    """A line item's figures when quantity x unit price = total (without currency signs, both amounts
    must show cents), else None."""
    signed = bool(match["unit_price_cur"] and match["total_cur"])
    # A written-out formula ("3 officers x $450   1,350.00") shows its arithmetic: one currency sign will do.
    formula = bool(match.groupdict().get("counted")) and bool(match["unit_price_cur"] or match["total_cur"])
    if not signed and not formula and not ("." in match["unit_price"] and "." in match["total"]):
        return None
    quantity = cost_terms.quantity_of(match["qty"])
    unit_price = Decimal(match["unit_price"].replace(",", "")) * (-1 if match["unit_price_neg"] else 1)
    total = Decimal(match["total"].replace(",", "")) * (-1 if match["total_neg"] else 1)
    times = Decimal(match.groupdict().get("times") or 1)
    if quantity == 0 or total == 0 or times == 0 or quantity * unit_price * times != total:
        return None
    return _CheckedRow(quantity, unit_price, total, signed)


_CELL_RULES = str.maketrans({"|": " ", "\\": " "})
_PRICE_CELL = r"-?\$?\d{1,3}(?:,\d{3})*\.\d{2}"
_WRAPPED_PRICES = re.compile(
    rf"([ \t](?:\d{{1,4}}|{_PRICE_CELL}))([ \t]*\n)([ \t]*{_PRICE_CELL}(?:[ \t]+{_PRICE_CELL})?[ \t]*)(?=\n|$)")


def _line_items(text: str) -> _Rows:
    """Rows of a quote or invoice whose arithmetic checks (quantity x unit price = total): the total,
    quoted with its whole row, and for more than one unit the unit price too. A row that does not add up,
    or prices nothing ("$0.00, included"), is left to the prose reader; a row for another product is
    no cost of face recognition. Cell rules ("|", or "\\" as a scan may read one) count as gaps, as a scan of
    a pipe table reads with a rule lost here and there; the quote is the row as printed."""
    rows = _Rows([], [])
    # A scan reads a cell rule as "|" or "\\" ("\\5     |$1,999.00"): both are gaps. Same length: offsets hold.
    ruled = text.translate(_CELL_RULES) if "|" in text or "\\" in text else text
    # A row wrapped before its price cells ("... named   6" / "$1,850.00 $11,100.00", or "... 1 yr $145.00" /
    # "$5,800.00"), as a page reflowed by a scan may print it: read as one line.
    ruled = _WRAPPED_PRICES.sub(lambda m: m[1] + " " * len(m[2]) + m[3], ruled)
    # Where both read a row, the quantity column first wins ("1    Software maintenance, year 1   ..." is one
    # of a year's maintenance, not "year" bought once).
    matches = sorted([*_LINE_ITEM_QUANTITY_FIRST.finditer(ruled), *_LINE_ITEM.finditer(ruled)], key=lambda m: m.start())
    read_to = -1
    for match in matches:
        row = _checked_row(match)
        if row is None or match.start("total") < read_to:
            continue  # no row, or one read already (item number first and quantity first both fit it)
        description = _row_description(text, match)
        # "... and phone" over "support, 12 months": the row's words go on below it (not a formula's heading's)
        described = description + _continued(text, match) if match["description"].strip() else description
        if _NOT_ABOUT_FR.search(described):
            continue
        read_to = match.end("total")
        if _OTHER_ROW.search(described) and not _FACE_TERMS.search(description):
            rows.other_products.append((match.start(), match.end()))
            continue
        item = _line_item(text, match, description, row.quantity, row.total, row.signed)
        if item.period is None and _RECURRING_ROW.search(described) and _yearlong_service(text, match.start()):
            item = replace(item, period="year")
        if item.period is None and (period := _header_period(text, match.start())) is not None:
            item = replace(item, period=period)  # "Item  Product / service  Qty  Unit price  Annual fee"
        rows.items.append(item)
        if row.quantity > 1 and row.unit_price > 0:
            rows.items.append(_unit_price(text, match, item, row.unit_price))
    return rows


# An invoice's or quote's service period of one year, above its rows: "Service Period 07/01/2024 through
# 06/30/2025". Its licence, maintenance and subscription rows are that year's (not its training days).
# A line of its own too: "Term: 12 months, 08/01/2024 through 07/31/2025".
_SERVICE_PERIOD = re.compile(
    r"(?:\b(?:service|subscription|coverage|contract|license|licence|maintenance|support|billing)\s+(?:period|term)\b|"
    r"^[ \t>]*(?:period|term)[ \t]*:)[^\n]{0,20}?"
    r"(?P<m1>\d{1,2})/(?P<d1>\d{1,2})/(?P<y1>\d{4})\s*(?:through|thru|to|-|–)\s*(?P<m2>\d{1,2})/(?P<d2>\d{1,2})/(?P<y2>\d{4})",
    re.IGNORECASE | re.MULTILINE)
_RECURRING_ROW = re.compile(r"\b(?:licen[cs]e|maint\w*|subscription|support|hosting|renewal|seat|user)s?\b", re.IGNORECASE)


# A price table's header naming its total column's period: "... Qty   Unit price   Annual fee".
_HEADER_LINE = re.compile(r"\b(?:qty|quantity|unit\s+(?:price|cost))\b", re.IGNORECASE)
_HEADER_PERIODS = (("year", re.compile(r"\b(?:annual|yearly)\s+(?:fee|cost|price|total|amount|charge)s?\b|\bper\s+(?:year|yr)\b|"
                                       r"\b(?:annual|yearly)[ \t]*$", re.IGNORECASE)),
                   ("month", re.compile(r"\bmonthly\s+(?:fee|cost|price|total|amount|charge)s?\b|\bper\s+(?:month|mo)\b|"
                                        r"\bmonthly[ \t]*$", re.IGNORECASE)))
_HEADER_REACH_LINES = 12


def _header_period(text: str, row_start: int) -> str | None:
    """The period the header above a row gives its amounts, if the header names one."""
    for line, _ in lines_above(text, row_start, _HEADER_REACH_LINES):
        if _HEADER_LINE.search(line):
            return next((period for period, pattern in _HEADER_PERIODS if pattern.search(line)), None)
    return None


# "Term: July 1, 2024 - June 30, 2025" over a quote's rows, in the words of its dates.
_TERM_LINE = re.compile(
    r"^[ \t>]*(?:(?:service|subscription|coverage|contract|license|licence|maintenance|support|billing|renewal)\s+)?"
    r"(?:period|term)\s*:\s*" + cost_terms.DATES_IN_WORDS, re.IGNORECASE | re.MULTILINE)


def _yearlong_service(text: str, row_start: int) -> bool:
    """An invoice's or quote's service period or term above the row spans one year (numeric dates, or
    dates in words after "Term:")."""
    return (any(cost_terms.dates_span_one_year(found) for found in _TERM_LINE.finditer(text, 0, row_start))
            or any(cost_terms.numeric_span_is_a_year(found) for found in _SERVICE_PERIOD.finditer(text, 0, row_start)))


# Row descriptions of things other than face recognition that a purchase order or a grant budget buys
# alongside it (equipment, staff, travel to a conference).
_OTHER_ROW = re.compile(_OTHER_PRODUCT.pattern + r"|\b(?:live\s?scan|fingerprint\w*|AFIS|ABIS\s+fingerprint|palm\s*print\w*|"
                        r"FTE|fringe(?:\s+benefits)?|salar(?:y|ies)|overtime|personnel|conference|travel|airfare|lodging|freight|shipping|"
                        r"hotel|per\s+diem|mileage|forensic\s+video|video\s+forensics?|transcription|redact(?:ion)?|mug\s?shot\s+(?:capture|system)|"
                        rf"booking\s+(?:photo\s+)?(?:capture|system)|{OTHER_HARDWARE})\b", re.IGNORECASE)
# What a row's unit price buys one of, most specific first: "user license" is priced per user.
_ROW_UNITS = ("user", "seat", "account", "license", "licence", "client", "channel", "stream", "camera", "device", "server",
              "workstation", "site",
              "agency", "officer", "investigator", "analyst", "search", "image", "day", "hour")


_ABBREVIATED_UNITS = {"lic": "license", "lics": "license", "usr": "user"}
_PEOPLE_UNITS = frozenset({"investigator", "officer", "analyst", "examiner", "detective", "deputy", "agent"})
# A row's unit-of-measure code that names what one unit is: "40  CH  1,150.00" is priced per channel.
_CODE_UNITS = {"CH": "channel", "CHN": "channel", "SEAT": "seat", "SEATS": "seat", "USR": "user", "USER": "user",
               "USERS": "user", "LIC": "license", "LICS": "license", "LICENSE": "license", "LICENSES": "license",
               "LICENCE": "license", "LICENCES": "license", "DAY": "day", "DAYS": "day"}
_PER_NOUN = re.compile(r"\bper[ \t]+(?P<noun>[A-Za-z]{2,20}(?:[ \t]+[A-Za-z]{2,20}){0,2})\b")


def _stated_unit(phrase: str) -> str:
    """"named user" -> user, "day" -> day: the unit noun of a row's "per ..." phrase."""
    nouns = [singular_unit(word) for word in phrase.lower().split()]
    return next((unit for unit in _ROW_UNITS if unit in nouns), nouns[0])


def _row_unit(described: str, code: str = "") -> str:
    """The unit one of a row's several is priced per: its unit code ("USR"), its "per ..." phrase ("On-site
    installation, per day": per day, not per site), else a unit noun among its words, else "unit"."""
    unit = _CODE_UNITS.get(code)
    if unit is None:
        stated = _PER_NOUN.search(described)
        words = [_ABBREVIATED_UNITS.get(word, singular_unit(word)) for word in re.findall(r"[A-Za-z]+", described.lower())]
        unit = _stated_unit(stated["noun"]) if stated else next((noun for noun in _ROW_UNITS if noun in words), "unit")
        if unit == "unit" and _SOLD_PER_USER.search(described):
            unit = "user"  # "Clearview Mobile app add-on, 12-month   9 EA": an app's add-on or a subscription, per user
    return "user" if unit in _PEOPLE_UNITS else unit  # "named investigator", "per officer": a seat for one person


_SOLD_PER_USER = re.compile(r"\b(?:add-?ons?|subscriptions?|mobile\s+(?:app|client|access)|apps?)\b", re.IGNORECASE)


def _unit_price(text: str, match: re.Match[str], item: CostFinding, unit_price: Decimal) -> CostFinding:
    """The price of one unit of a row of several ("6 investigator clients at $2,750.00"): per month on a row
    of months, else per the row's unit noun, over the row's period."""
    described = match["description"] + _continued(text, match)  # "annual user seat" on the row's second line
    code = (match["code"] or "").upper()
    note = match.groupdict().get("per_unit") or ""
    monthly = code.startswith(("MO", "MT")) or bool(re.search(r"/[ \t]*mo", note, re.IGNORECASE))
    yearly = bool(re.search(r"/[ \t]*y", note, re.IGNORECASE))
    counted = match.groupdict().get("counted")
    unit = None if monthly or yearly else _stated_unit(counted.split()[-1]) if counted else _row_unit(described, code)
    end = match.end("times_unit") if match.groupdict().get("times_unit") else match.end("unit_price")
    period = "month" if monthly else "year" if yearly else _times_period(match)[0] or item.period
    return replace(item, char_end=end, quote=text[item.char_start : end], amount_min=unit_price, amount_max=unit_price,
                   period=period, unit=unit, unit_quantity=Decimal(1) if unit else None,
                   kind=None if item.kind == "total" else item.kind, line_item=False, quantity=None,
                   confidence=item.confidence - 0.1)


# "PO Total   87,700.00" under rows read as line items: the total, though printed without a currency sign.
_UNSIGNED_TOTAL = re.compile(r"^[ \t]*(?P<label>(?:(?:PO|P\.O\.|Order|Grand|Invoice|Quote|Contract)[ \t]+)?"
                             r"Total(?:[ \t]+(?:Due|Amount))?)"
                             r"[ \t]*:?[ \t]+(?P<amount>\d{1,3}(?:,\d{3})*\.\d{2})[ \t]*$", re.MULTILINE | re.IGNORECASE)


def _unsigned_totals(text: str, items: list[CostFinding]) -> list[CostFinding]:
    """Total lines after a page's line items, with the period the priced rows share (if all have one)."""
    if not items:
        return []
    period = _shared_period(items)
    found = []
    for match in _UNSIGNED_TOTAL.finditer(text, items[0].char_end):
        amount = Decimal(match["amount"].replace(",", ""))
        if amount:
            found.append(CostFinding(
                char_start=match.start("label"), char_end=match.end("amount"),
                quote=text[match.start("label") : match.end("amount")],
                amount_min=amount, amount_max=amount, currency="USD", period=period, unit=None, unit_quantity=None,
                kind="total", confidence=0.85))
    return found


_AMOUNT_ON_LINE = re.compile(r"[$€£]\s?\d|\d\.\d{2}\b")
_CONTINUED_LINES = 3


def _continued(text: str, match: re.Match[str]) -> str:
    """The lines under a row that go on with its description ("      delivered remotely, one-time"):
    indented to the description's column, with no amount of their own, up to a blank line or a new row."""
    row_start = text.rfind("\n", 0, match.start("description")) + 1
    column = match.start("description") - row_start
    column += len(match["description"]) - len(match["description"].lstrip())
    # Under a row that opens with its part code ("2   6 CGT-DBSID-WS FaceVACS-DBScan ID"), the words go on in
    # the code's column ("       investigator workstation license, perpetual").
    if (first_word := re.search(r"[A-Za-z]", text[row_start : match.start("total")])) is not None:
        column = min(column, first_word.start())
    lines: list[str] = []
    position = match.end()
    for _ in range(_CONTINUED_LINES):
        if position >= len(text) or text[position] != "\n":
            break
        end = text.find("\n", position + 1)
        line = text[position + 1 : end if end != -1 else len(text)]
        indent = len(line) - len(line.lstrip())
        if not line.strip() or indent < max(1, column - 2) or _AMOUNT_ON_LINE.search(line):
            break
        lines.append(line.strip())
        position = end if end != -1 else len(text)
    return " " + " ".join(lines) if lines else ""


_NOT_FACE_RECOGNITION = re.compile(r"\bnot\s+(?:for\s+|part\s+of\s+)?(?:the\s+)?fac(?:e|ial)[\s-]+recognition", re.IGNORECASE)


def other_product_row(description: str) -> bool:
    """A price row for something other than face recognition (a fingerprint station, "not face recognition")."""
    return bool(_NOT_FACE_RECOGNITION.search(description)) or (
        bool(_OTHER_ROW.search(description)) and not _FACE_TERMS.search(description))


def priced_row(text: str, description: str, span: tuple[int, int], quantity: Decimal, unit_price: Decimal,
               total: Decimal, other_cells: str = "") -> list[CostFinding]:
    """A price row another reader has split into cells (a pipe table): its total and, for several units,
    its unit price, when quantity x unit price = total and the row buys face recognition. `other_cells`
    are the row's other words (a "Term" column's "12 mo"), read for its period."""
    if quantity <= 0 or not total or quantity * unit_price != total:
        return []
    if _NOT_ABOUT_FR.search(description) or other_product_row(description):
        return []
    period = cost_terms.row_period(f"{description} {other_cells}", f"{description} {other_cells}", description)
    kind = cost_terms.row_kind(description)
    period = _setup_once(kind, period, description)
    start, end = span
    item = CostFinding(char_start=start, char_end=end, quote=text[start:end], amount_min=total, amount_max=total,
                       currency="USD", period=period, unit=None, unit_quantity=None, kind=kind, confidence=0.85,
                       line_item=True, quantity=quantity, description=description.strip())
    if quantity == 1:
        return [item]
    unit = _row_unit(description)
    return [item, replace(item, amount_min=unit_price, amount_max=unit_price, unit=unit, unit_quantity=Decimal(1),
                          kind=None if kind == "total" else kind, line_item=False, quantity=None, confidence=0.75)]


def _setup_once(kind: str | None, period: str | None, description: str) -> str | None:
    """A set-up row of no stated period is paid once (not one priced "per day")."""
    return "one-time" if kind == "setup" and period is None and not _PER_NOUN.search(description) else period


_FORMULA_HEADING = re.compile(r"[ \t]*(?P<heading>[A-Za-z][^\n$]{2,120}?)[ \t]*\n[ \t]*$")


def _row_description(text: str, match: re.Match[str]) -> str:
    """A row's description, or for a formula line that has none ("    4 named users x $1,650.00 ... $6,600.00")
    the heading on the line right above it ("  FaceSearch Investigative, annual subscription")."""
    if match["description"].strip():
        return match["description"]
    line_start = text.rfind("\n", 0, match.start()) + 1
    above = _FORMULA_HEADING.search(text, max(0, line_start - 160), line_start) if line_start else None
    return above["heading"] if above is not None and not _AMOUNT_ON_LINE.search(above["heading"]) else ""


def _times_period(match: re.Match[str]) -> tuple[str | None, str | None, str | None]:
    """What a formula's "x 1 yr" says: the period of one unit's price, and the total's period or term
    ("x 1 yr": both a year; "x 3 yrs": a year each, three years in all)."""
    times_unit = (match.groupdict().get("times_unit") or "").lower()
    if not times_unit:
        return None, None, None
    times = int(match["times"])
    each = "year" if times_unit.startswith("y") else "month"
    months = times * (12 if each == "year" else 1)
    if months in (1, 12):
        return each, "month" if months == 1 else "year", None
    return each, None, f"{months // 12} years" if months % 12 == 0 else f"{months} months"


def _line_item(text: str, match: re.Match[str], description: str, quantity: Decimal, total: Decimal,
               signed: bool) -> CostFinding:
    start = (match.start("description") + len(match["description"]) - len(match["description"].lstrip())
             if match["description"].strip() else match.start("qty"))
    described = description + _continued(text, match)  # "(one-time)" may stand on the line below the row
    period = cost_terms.row_period(match.group(), described, description)
    kind = cost_terms.row_kind(description)
    if total < 0:
        kind = "credit"
    period = _setup_once(kind, period, description)
    term = None
    if match.groupdict().get("times_unit"):
        _, period, term = _times_period(match)
    if (cell := match.groupdict().get("term")) is not None:
        period, term = _term_cell(cell, period)
    if (basis := match.groupdict().get("basis")) is not None:
        period = _BASIS_PERIODS.get(re.sub(r"[\s-]+", " ", basis.lower()).split(" time")[0], period)
    if _PERIOD_NOTE.search(match.groupdict().get("per_unit") or "") and quantity > 1:
        period = None  # "2  $14,500 / yr  $29,000": two of a yearly price may be two years, not one's cost
    return CostFinding(
        char_start=start,
        char_end=match.end("total"),
        quote=text[start : match.end("total")],
        amount_min=total,
        amount_max=total,
        currency="USD",
        period=period,
        unit=None,
        unit_quantity=None,
        kind=kind,
        confidence=0.95 if signed else 0.85,
        line_item=True,
        quantity=quantity,
        description=" ".join(described.split()),  # with the words the row goes on with below it
        term=term,
        counted=match.groupdict().get("counted"),
    )


def _term_cell(cell: str, period: str | None) -> tuple[str | None, str | None]:
    """A row's Term column: the period it bills ("12 months", "annual": a year; "1 month"), else what the
    price covers ("36 months": no period, that term)."""
    words = re.sub(r"\s+", " ", cell.strip().lower())
    if re.fullmatch(r"one[ -]time", words):
        return "one-time", None
    if words in ("annual", "yearly"):
        return "year", None
    if words == "monthly":
        return "month", None
    number, noun = re.fullmatch(r"(\d+) ?([a-z]+)\.?", words).groups()  # type: ignore[union-attr]  # _TERM_CELL's form
    months = int(number) * (12 if noun.startswith(("y", "yr")) else 1)
    if months == 12:
        return "year", None
    if months == 1:
        return "month", None
    return None, f"{number} {'years' if noun.startswith('y') else 'months'}"
