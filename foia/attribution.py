"""Who paid whom: the agency and vendor of each fact, from the most specific evidence the document has.

A document context is built once per document: every agency, vendor and product mentioned (with
offsets), the state clues (addresses, area codes, email domains), each message's parties (the sender's
organisation from the address, the sender line or the signature; the recipients'), threads (messages
sharing a subject), and the document's own agency and vendor (its title or letterhead, or one named
far more than any other). Each fact is then attributed from the sentence, else its message, else its
thread, else the document; the request's agency is applied at storage as the weakest evidence.

Precision first: in a sentence an agency binds to the figure after it only when no other figure lies
between (so "ICE contracts summing up to $3 million, the company is being paid $30,000" gives ICE only
the $3 million); grantors and intermediaries ("a grant from the U.S. Department of Justice through the
State of Wisconsin") are not buyers; and where the evidence is split the field stays empty, with a note
saying why. A vendor's quote to an agency is the agency's cost; a vendor's own price list names no
agency."""

from __future__ import annotations

import bisect
import email.utils
import functools
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import Literal

from foia.extract import bid_columns, first_characters, reference
from foia.extract.agencies import is_statewide_body
from foia.extract.entities import Entity, Gazetteer, Mention
from foia.extract.sentences import sentence_spans, span_around
from foia.extract.topic import about_face_recognition
from foia.messages import SplitMessage
from foia.states import STATE_NAMES

CONFIDENCE = {"sentence": 0.9, "section": 0.85, "message": 0.85, "signature": 0.85, "thread": 0.75, "document": 0.65,
              "request": 0.6}
SIGNATURE_LINES = 8
_SOURCE_ROLE = re.compile(r"\b(?:from|through|via|thru)\s+(?:the\s+)?(?:[\w.,'’&-]+\s+){0,3}$", re.IGNORECASE)
_BENEFICIARY = re.compile(r"^[^.;$€£\n]{0,80}?\b(?:for|of|to|at|by|in)\s+(?:the\s+)?$", re.IGNORECASE)
# Between a count of searches and the agency they were run for: "37 searches for", "46 requests on behalf of the".
_RUN_FOR_AGENCY = re.compile(r"[ \t\n]*(?:(?:searches|requests|comparisons|queries)[ \t\n]+)?(?:for|on[ \t\n]+behalf[ \t\n]+of)"
                             r"[ \t\n]+(?:the[ \t\n]+)?$", re.IGNORECASE)
# "164 requests in 2023", "Requests sent to ROIC  12": searches asked of another agency, on its system.
_REQUESTS_COUNTED = re.compile(r"\brequests?\b", re.IGNORECASE)
_SEARCHES_COUNTED = re.compile(r"\b(?:searche?s?|requests?|comparisons?|quer(?:y|ies))\b[^\n]{0,12}$", re.IGNORECASE)
_ADDRESSEE = re.compile(
    r"\b(?:submit|send|sent|forward|report|request|refer|direct)\w*\b[^.;]{0,120}?\b(?:to|from|with)\s+(?:the\s+)?$",
    re.IGNORECASE)
# Within a count's own words, the point after which agencies are whom the requests went to: "174 requests to HCSO",
# "Requests sent to ROIC (MVC photos)".
_ADDRESSED_IN = re.compile(r"\b(?:requests?|submitted|sent|forwarded|referred)\b[^.;\n]{0,40}?\b(?:to|with)\b", re.IGNORECASE)
# The agency a count of requests was sent to, named as the verb's object: "we've sent Polk County SO 38 photo requests".
_SENT_BEFORE = re.compile(r"\b(?:send|sends|sent|submitted|forwarded)\s+(?:the\s+)?$", re.IGNORECASE)
_JOINED = re.compile(r"\s*(?:,\s*|\s+)(?:and|&)\s+(?:the\s+)?[A-Z]")
# A signature's lines are short and state no figures; a body's sentence is neither.
_SIGNATURE_LINE = 120
_SENTENCE_LINE = re.compile(r"[$€£]\s?\d|\b(?:is|are|was|were|came|comes|will|would|have|has)\b[^\n]*\.\s*$")
# A name inside a line of prose, not a signature's: a sentence ends before it on its line, or a verb follows
# it ("Not this year. The Monterey County Sheriff's Office told me they pay ...").
_SENTENCE_ENDS_BEFORE = re.compile(r"[a-z]{2,}[.!?][ \t]+(?:[Tt]he[ \t]+)?$")
_PROSE_AFTER = re.compile(r"[ \t]+(?!(?:of|and|at|in|for|the|de|du|la|del|y)\b)[a-z]{2,}\b")
# Where a message's own text ends and a message it forwards or quotes begins.
_FORWARDED = re.compile(
    r"^[ \t]*(?:-{3,}[ \t]*(?:Forwarded\s+(?:by|message)|Original\s+Message)|Begin\s+forwarded\s+message|"
    r">[ \t]*From:|On\s[^\n]{5,120}\bwrote:[ \t]*$)", re.IGNORECASE | re.MULTILINE)
_SIGN_OFF = re.compile(
    r"^[>\s]*(?:thanks|thank\s+you|many\s+thanks|regards|best(?:\s+regards)?|kind\s+regards|sincerely|respectfully"
    r"|cheers|v/r|r/)\b[^\n]{0,20}$", re.IGNORECASE | re.MULTILINE)
# "FBI FISWG-aligned", "NIST-tested", "CJIS-compliant": an agency named for its standard, not as a party.
_STANDARD_AFTER = re.compile(r"[ \t-]+(?:[\w]+[ \t-]+)?(?:aligned|certified|compliant|approved|conformant|tested|standards?)\b",
                             re.IGNORECASE)
# "the Linn County Sheriff's Office booking images": whose photos they are, not who pays to load them.
_DATA_OWNER = re.compile(
    r"(?:['’]s?)?\s+(?:jail\s+|county\s+|agency\s+)?(?:booking|mug\s?shot|arrest|jail|inmate)\s+"
    r"(?:images?|photos?|photographs?|gallery|galleries|database|records?|data)\b", re.IGNORECASE)
# "180,000 booking photos from the Sedgwick County Adult Detention Facility": where the photos come from.
_PHOTOS_FROM = re.compile(r"\b(?:images?|photos?|photographs?|mug\s?shots?|gallery)\b[^.;$€£\n]{0,30}?\bfrom\s+(?:the\s+)?$",
                          re.IGNORECASE)
_SYSTEM_OWNER = re.compile(r"(?:['’]s?)?\s+(?:face\s+recognition\s+|facial\s+recognition\s+)?(?:system|database|gallery|"
                           r"server|platform|network|repository|program|portal)\b", re.IGNORECASE)
# "all other agencies 238 searches": a figure for agencies the text does not name.
_OTHERS_BEFORE = re.compile(r"\b(?:all\s+)?(?:other|remaining|outside|partner)\s+(?:agencies|departments|jurisdictions|"
                            r"users|law\s+enforcement\s+agencies)\b[^.;\n]{0,20}$", re.IGNORECASE)
_PAYEE_BEFORE = re.compile(r"\b(?:reimburses?|reimbursed|pays?|paid|remits?|remitted|owes?|owed)\s+(?:to\s+)?(?:the\s+)?$",
                           re.IGNORECASE)
# A purchasing or procurement office places the order; the agency that uses face recognition buys it.
_INTERMEDIARY = re.compile(r"\b(?:Purchasing|Procurement)\b")
# "KSP bills participating agencies $2,400": an agency that sells access is not the one that pays.
_SELLER = re.compile(r"\s+(?:bills|charges|invoices|sells|resells|will\s+(?:bill|charge|invoice)|is\s+charging)\b",
                     re.IGNORECASE)
# "we would bill Metro Transit $1,150 per seat", "If you take the four seats": the writer's agency sells
# access and the one it writes to buys.
_WRITER_SELLS = re.compile(r"\bwe\s+(?:would|will|can|could|do|now)?\s*(?:bill|charge|invoice|sell)\b|"
                           r"\bif\s+(?:you|your\s+(?:agency|department|office))\s+(?:take|buy|order|want|need|add|purchase)\b",
                           re.IGNORECASE)
# "Attorney General Dave Yost": the office, by its holder's title.
_TITLED = re.compile(r"\bAttorney\s+General\s+(?=[A-Z][a-z]+\s+[A-Z])")
# A sentence about some other, unnamed seller ("our jail management vendor quoted ...") must not inherit
# the vendor of the email it sits in; "the company" alone is the vendor already spoken of.
_OTHER_SELLER = re.compile(
    r"\b(?:another|other|a\s+different|our|their|separate|third[\s-]party|local|[a-z]+\s+management)\s+"
    r"(?:[a-z]+\s+)?(?:vendor|contractor|company|provider|supplier|integrator)s?\b|\blicen[cs]e[\s-]+plate|\bA?LPR\b",
    re.IGNORECASE,
)
# "the Sheriff's Office", "State Police": a reference to the one agency of that kind the document names.
_REFERENCE_TAILS = ("Sheriff's Office", "Sheriff's Department", "Office of the Sheriff", "State Police", "Police Department",
                    "Highway Patrol", "State Patrol", "Department of Public Safety", "Attorney General's Office",
                    "Division of Police", "Police Bureau", "Department of Police")
_REFERENCE = re.compile(
    r"\b(?:[Tt]he\s+|THE\s+)?(Sheriff['’]s\s+(?:Office|Department)|Office\s+of\s+the\s+Sheriff|State\s+Police|Police\s+Department|Highway\s+Patrol|State\s+Patrol|"
    r"Department\s+of\s+Public\s+Safety|Attorney\s+General['’]s\s+Office|Division\s+of\s+Police|Police\s+Bureau|"
    r"Department\s+of\s+Police|"
    # in capitals, as an agenda item's heading prints it: "(POLICE DEPARTMENT)"
    r"SHERIFF['’]S\s+(?:OFFICE|DEPARTMENT)|OFFICE\s+OF\s+THE\s+SHERIFF|POLICE\s+DEPARTMENT|DEPARTMENT\s+OF\s+POLICE)\b"
)
_TAIL_BY_CAPITALS = {tail.upper(): tail for tail in _REFERENCE_TAILS}
# "Michigan State Police (MSP)", "... Fusion Exchange (LA-SAFE)": an abbreviation the document defines for a
# name it has just used.
_DEFINED = re.compile(r"\s*\(\s*(?:the\s+)?[\"“]?(?P<alias>[A-Z][A-Za-z&.]{1,7}(?:-[A-Za-z]{2,7})?)[\"”]?\s*\)")
_SMALL_WORDS = frozenset({"of", "the", "and", "for", "on", "in", "at", "to"})
_GOVERNMENT = re.compile(r"^(?:City|Town|Village|County|City-County)\s+of\s+(?P<place>.+)$|^(?P<county>.+\sCounty)$")
_SUBJECT_PREFIX = re.compile(r"^\s*(?:(?:re|fw|fwd|aw|wg|tr)\s*(?:\[\d+\])?\s*:\s*)+", re.IGNORECASE)
_POLICE_TITLE = re.compile(
    r"\b(?:Det|Detective|Sgt|Sergeant|Lt|Lieutenant|Capt|Captain|Officer|Ofc|Cpl|Corporal|Deputy|Dep|Sheriff|Chief|"
    r"Trooper|Investigator|Inv|Cmdr|Commander)\b\.?", re.IGNORECASE)
# "Bill To:", "Customer:", "Prepared for", "Subgrantee:": the field of a quote, invoice or award that
# names the buyer, on the same line or the next (after an "Attn:" line at most).
_BUYER_FIELD = re.compile(
    r"\b(?:Bill(?:ed)?\s+To|Sold\s+To|Ship\s+To|Customer(?:\s+Name)?|Prepared\s+For|Quoted?\s+For|Proposal\s+For|"
    r"Sub-?grantee|Grantee|Sub-?recipient|Recipient(?:\s+Agency)?|Applicant(?:\s+Agency)?|Purchaser|Buyer|Client|Licensee|"
    r"Requesting\s+Agency|Agency(?:\s+Name)?)"
    r"\s*:?[ \t]*(?:\n[ \t]*)?$",
    re.IGNORECASE,
)
# A buying document's own title ("CITY OF MESA    PURCHASE ORDER", a contract amendment on the city's
# letterhead): the government it is printed for is the buyer of record.
_BUYING_TITLE = re.compile(r"\b(?:purchase\s+order|invoice|statement\s+of\s+account|contract|amendment|agreement|"
                           r"blanket\s+order|requisition)\b", re.IGNORECASE)
# "between the City of Tulsa, a municipal corporation ("City"), and Rank One ...": a party that contracts.
_PARTY_BEFORE = re.compile(r"\b(?:between|by\s+and\s+between|entered\s+into\s+by)\s+(?:the\s+)?$", re.IGNORECASE)
_PAYS_AFTER = re.compile(r"[^.;\n]{0,40}?\b(?:shall|will|agrees\s+to|must)?\s*(?:pays?|paid|remits?|reimburses?)\b",
                         re.IGNORECASE)
# A reseller: the company that sells a maker's product to the agency, named by its letterhead over
# "Authorized Reseller" (an address line may come between), as "the reseller X", "X, an authorized
# reseller", "X (reseller for ...)", "X acts as authorized reseller", or on a "Remit to" or a purchase
# order's "Vendor:" line (a maker the gazetteer knows there is no reseller). Where
# the role word stands next to the name, the name needs no legal suffix ("via reseller SHI International").
_GAP = r"(?:[ \t]+|[ \t]*\n[ \t]*)"
# A word of a company's name: capitalised, and no reference number ("Quote ref. NSP Q-2024-0391 (authorized
# reseller ...)" names NSP, not "NSP Q-2024-0391").
_WORD = r"[A-Z](?![A-Za-z]*-?\d)[A-Za-z0-9&'’.-]*"
_COMPANY = (rf"(?P<name>{_WORD}(?:{_GAP}(?:{_WORD}|&|of|and)){{0,5}}?"
            rf"(?:,?{_GAP}(?:LLC|L\.L\.C\.|Inc\.?|INC\.?|Incorporated|Corp\.?|CORP\.?|Corporation|Ltd\.?)"
            rf"|{_GAP}(?:Solutions|SOLUTIONS|Systems|SYSTEMS|Integrators|INTEGRATORS|Technologies|TECHNOLOGIES|Group|GROUP)"
            r"(?:,?[ \t]+(?:LLC|Inc\.?|INC\.?|Corp\.?))?))")
_NAMED = rf"(?P<name>{_WORD}(?:[ \t]+(?:{_WORD}|&|of|and)){{0,4}})"
_NAMED_WRAPPED = rf"(?P<name>{_WORD}(?:{_GAP}(?:{_WORD}|&|of|and)){{0,4}})"
_RESELLER_WORD = (r"(?:[Rr]e-?seller|RESELLER|[Ii]ntegrator|INTEGRATOR|[Dd]istributor|DISTRIBUTOR|[Dd]ealer|"
                  r"[Cc]hannel\s+[Pp]artner)")
_AUTHORISED = r"(?:[Aa]uthori[sz]ed|AUTHORI[SZ]ED)[ \t]+(?:[Gg]overnment[ \t]+|GOVERNMENT[ \t]+)?"
# The title of a document a seller issues.
_ISSUED = r"\b(?:SALES[ \t]+)?(?:QUOTATION|QUOTE|INVOICE|PROPOSAL|ESTIMATE)\b"
# "Authorized Government Reseller", "Authorized public-sector reseller", "AUTHORIZED GSA DEALER", "Authorized
# BriefCam Partner".
_AUTHORISED_ROLE = rf"(?:[Aa]uthori[sz]ed|AUTHORI[SZ]ED)[ \t]+(?:[\w-]+[ \t]+){{0,2}}(?:{_RESELLER_WORD}|[Pp]artner|PARTNER)\b"


def _gated(*cues: tuple[str, str]) -> tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]:
    """Each cue behind a gate: a short pattern the text must hold somewhere for the cue to match at all.
    A cue that opens with a company name tries every capital letter of a document; on a 2,000-page
    release without the word "reseller" the gate answers in one quick scan instead."""
    return tuple((first_characters.compile(gate), re.compile(pattern, re.MULTILINE)) for gate, pattern in cues)


# Cues that name the seller of the document itself (its letterhead, its vendor or remit-to field), then
# cues in its prose ("bought through Carahsoft"), which decide only where the document names no seller.
_SELLER_CUES = _gated(
    (_AUTHORISED, rf"(?:^|\f)[ \t]*{_COMPANY}[ \t]*\n(?:[^\n]*\n){{0,2}}?[ \t]*{_AUTHORISED_ROLE}"),
    (r"\bRemit", rf"\bRemit(?:\s+payment)?\s+to:?\s+{_COMPANY}"),
    (r"Vendor|VENDOR|Supplier|SUPPLIER|Seller|SELLER|Payee|PAYEE|Contractor|CONTRACTOR",
     rf"^[ \t]*(?:Vendor|VENDOR|Supplier|SUPPLIER|Seller|SELLER|Payee|PAYEE|Contractor|CONTRACTOR)(?:[ \t]+(?:Name|NAME))?[ \t]*:"
     rf"[ \t]*{_COMPANY}"),
    # "Garden State Forensic Systems (NEC's reseller for NJ)"
    (_RESELLER_WORD, rf"\b{_NAMED}(?:,?[ \t]+(?:LLC|Inc\.?|Corp\.?|Corporation))?[ \t]*\((?:an?\s+|the\s+)?(?:authori[sz]ed\s+)?"
                     rf"(?:[A-Z][\w-]*['’]s\s+)?{_RESELLER_WORD}\b"),
    # "Trinity Bay\nIntegration is an authorized reseller": the name may wrap.
    (_RESELLER_WORD, rf"\b{_NAMED_WRAPPED}\s+(?:acts\s+as|serves\s+as|is)\s+(?:an?\s+|the\s+)?(?:authori[sz]ed\s+)?"
                     rf"(?:government\s+)?{_RESELLER_WORD}\b"),
    # A quote's or invoice's letterhead: the company that issues it ("CDW GOVERNMENT LLC      SALES QUOTATION",
    # or its name over an address line and "SALES QUOTATION").
    (_ISSUED, rf"(?:\A|\f)\s*{_COMPANY}[^\n]*(?:\n[^\n]*){{0,5}}?{_ISSUED}"),
    # "Aegis Integrated LLC | Authorized Cognitec Partner": a signature's company, a maker's partner.
    # The role on the signature's next line (a quoted reply's "> " before it): "Empire Public Safety Systems, Inc."
    # over "> Authorized NEC Partner".
    (_AUTHORISED, rf"{_COMPANY}[ \t]*(?:[|,–-]|\n[> \t]*)[ \t]*{_AUTHORISED}(?:[A-Z][\w-]*[ \t]+){{0,2}}"
                  rf"(?:[Pp]artner|PARTNER|{_RESELLER_WORD})\b"),
)
_PROSE_RESELLER_CUES = _gated(*((_RESELLER_WORD, pattern) for pattern in (
    rf"\b(?:through|via|from)\s+(?:the\s+|an?\s+)?(?:authori[sz]ed\s+)?{_RESELLER_WORD}\s+{_COMPANY}",
    rf"\b(?:through|via|from)\s+(?:the\s+|an?\s+)?(?:authori[sz]ed\s+)?{_RESELLER_WORD}\s+{_NAMED}",
    # "Diamond State Integrated Systems, LLC, a BriefCam reseller", with its short name or its address and
    # role between: "Pacific Coast Integrated Systems, Inc. (PCIS), an authorized BriefCam reseller", "Gulf
    # South Integrated Systems, LLC, 2210 Barrow Street, Houma, Louisiana 70360 ("Contractor"), an ...".
    rf"{_COMPANY}(?:\s*\([^()]{{1,20}}\)|,[^.;()]{{1,80}}?\s*\([^()]{{1,20}}\))?,?\s+(?:an?\s+|the\s+)?(?:authori[sz]ed\s+)?(?:government\s+)?(?:(?-i:[A-Z])[\w-]*\s+)?{_RESELLER_WORD}\b",
    # "Cascade Forensic Imaging Group, Inc. of Bellevue, Washington, an authorized Cognitec reseller"
    rf"{_COMPANY}\s+of\s+[A-Z][\w .'-]{{1,30}}?(?:,\s+[A-Z][\w .'-]{{1,20}}?)?,?\s+(?:an?\s+|the\s+)?(?:authori[sz]ed\s+)?"
    rf"(?:[A-Z][\w-]*\s+)?{_RESELLER_WORD}\b",
)))
# "Cognitec quote came back through Heartland Public Safety Integrators": who the quote or order came
# through is who sells it (a company by its name's last word: "Integrators", "LLC").
_PROSE_RESELLER_CUES += _gated((r"\b(?:through|via)\b",
                                rf"\b(?:quote|quotation|pricing|proposal|order|purchase|licen[cs]es?)\b[^.\n]{{0,40}}?"
                                rf"\b(?:through|via)\s+(?:the\s+)?{_COMPANY}"),
                               # "Enclosed are (1) invoice INV-240877 from Narragansett Public Safety Technology, Inc."
                               (r"\bfrom\b",
                                rf"\b(?:[Ii]nvoice|[Qq]uot(?:e|ation)|[Pp]roposal)\b[^.]{{0,40}}?\bfrom\s+{_COMPANY}"))
_OPERATED_BY = re.compile(r"\b(?:operated|run|managed|administered|staffed|hosted|housed)\s+(?:by|within|in)\s+(?:the\s+)?$|"
                          r"\ba\s+(?:unit|division|section|component)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
# A third-person subject that stands for someone named before: "Their chief told me they pay ...".
_THEY = re.compile(r"\b(?:they|their|them|They|Their)\b")
_WE = re.compile(r"\b(?:we|us|our|We|Our|Us)\b")
# A sentence that opens on "It" or "Its" (a subject pronoun), and one that opens on its subject's name.
_IT_FIRST = re.compile(r"\s*(?:It|Its)\s")
_SUBJECT_START = re.compile(r"\s*(?:The\s+)?")
# A heading over a paragraph: numbered ("4. Other agencies") or in capitals ("OTHER AGENCIES").
_LIST_NUMBER_BEFORE = re.compile(r"(?:^|\n)[ \t]*\d{1,2}[.)]$")
_HEADING_LINE = re.compile(r"\s*(?:\d{1,2}[.)][ \t]+[A-Z][^\n.!?]{0,60}|[A-Z][A-Z &/-]{3,60})\n")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]?(?=\s)")
# "purchased through Insight Public Sector": only a company the gazetteer knows as a reseller.
_THROUGH_KNOWN = re.compile(rf"\b(?:through|via|from)\s+(?:the\s+)?{_NAMED}")
_THROUGH_KNOWN_CUE = (re.compile(r"\b(?:through|via|from)\b"), _THROUGH_KNOWN)
# A purchase order's vendor block: "VENDOR                SHIP TO" over "Bluebonnet Public Safety     Plano Police
# Department" and "  Technologies, LLC": the company in the field's column, its name's second line too.
_VENDOR_COLUMN = re.compile(r"^(?P<indent>[ \t]*)(?:VENDOR|Vendor|SUPPLIER|Supplier|SELLER|Seller)"
                            # a vendor number beside the label only where the next field's label follows
                            r"(?:[ \t]*\([^()\n]{1,30}\)|[ \t]+(?:No\.|#)[ \t]*[\w-]{1,20}"
                            r"(?=[ \t]{2,}(?:SHIP|Ship|BILL|Bill|DELIVER|Deliver|SOLD|Sold)[ \t]+(?:TO|To)\b))?"
                            r"(?:[ \t]{2,}(?P<next>\S)[^\n]*)?[ \t]*$",
                            re.MULTILINE)
_COLUMN_CELL = re.compile(r"[A-Z][A-Za-z0-9&'’.,-]*(?:[ \t][A-Za-z0-9&'’.,-]+)*")
_COMPANY_END = re.compile(r"(?:LLC|L\.L\.C\.|Inc\.?|Corp\.?|Corporation|Ltd\.?|Technologies|Solutions|Systems|Integrators|"
                          r"Group)$")


def _abbreviates(short: str, long: str) -> bool:
    """"NSP Technologies" for "Natural State Public Safety Technologies": a first word in capitals that spells
    the initials of the long name's first words, and the rest of the short name the long name's last words."""
    first, *rest = short.split()
    words = long.split()
    if not (2 <= len(first) <= 5 and first.isupper() and first.isalpha()) or len(words) < len(first) + len(rest):
        return False
    initials = "".join(word[0] for word in words[: len(first)]).upper()
    return initials == first and (not rest or words[-len(rest):] == rest)


def _cut_at(line: str, width: int | None) -> str:
    """A line up to the next field's column, unless a word runs across it (a cell wider than its header)."""
    if width is None or len(line) <= width or (line[width - 1] not in " \t" and line[width] not in " \t"):
        return line
    return line[:width]


def _vendor_columns(text: str) -> Iterator[str]:
    """The company under each vendor field printed as a column header."""
    for label in _VENDOR_COLUMN.finditer(text):
        column = len(label["indent"])
        # The next field's column ends the cell: "Prairie Integrated Technologies, Inc. Papillion Police Department"
        # under "VENDOR                                SHIP TO" is two cells.
        width = label.start("next") - label.start() if label["next"] else None
        lines = [_cut_at(line, width) for line in text[label.end() + 1 :].split("\n", 2)[:2]]
        first = _COLUMN_CELL.match(lines[0], column) if lines else None
        if first is None:
            continue
        name = first.group().rstrip(",")
        if len(lines) > 1 and not _COMPANY_END.search(name):
            following = lines[1]
            indent = len(following) - len(following.lstrip())
            more = _COLUMN_CELL.match(following, indent) if indent >= column else None
            if more is not None and _COMPANY_END.search(more.group().rstrip(",")):
                name = f"{name} {more.group()}"
        yield name


# A signature's job title that a company's name, read across lines, took in: "... Account Manager Vulcan ...".
_JOB_TITLE = re.compile(r"^.*\b(?:Manager|Director|Representative|Executive|Specialist|Engineer|Coordinator|President|"
                        r"Consultant|Analyst|Associate|Officer)\s+(?=[A-Z])")
# A contract's other party, read with the company's name: "Parish and Delta Secure Systems".
_OTHER_PARTY = re.compile(r"^(?:[A-Z][\w.'’-]*\s+){0,3}?(?:Parish|County|City|Town|Village|Borough|State|Department|Agency|"
                          r"Office|District|Authority|Board|Commission|Sheriff|Police)\s+and\s+(?=[A-Z])")
_LEGAL_SUFFIX = re.compile(r",?[ \t]+(?:LLC|L\.L\.C\.|Inc\.?|Incorporated|Corp\.?|Corporation|Ltd\.?)$", re.IGNORECASE)
# A council's or commission's agenda or minutes that authorise a purchase: the government buys.
_GOVERNING_BODY = re.compile(r"\b(?:City|Town|Village|County)\s+(?:Council|Commission)\b|\bBoard\s+of\s+(?:County\s+)?"
                             r"(?:Commissioners|Supervisors)\b|\bCommissioners\s+Court\b", re.IGNORECASE)
_AUTHORISES_PURCHASE = re.compile(r"\bauthori[sz](?:e|es|ing|ation)\b[^.]{0,80}?\b(?:purchase|contract|agreement|"
                                  r"acquisition|procure)|\bfiscal\s+impact\b", re.IGNORECASE)
_PAYER_FIELD = re.compile(r"\bPayer(?:\s+account)?\s*:?[ \t]*$", re.IGNORECASE)
# A heading in capitals on a line of its own ("FISCAL IMPACT", "POLICY CONSIDERATIONS").
_CAPITALS_HEADING = re.compile(r"^[A-Z][A-Z&/ -]{3,60}$", re.MULTILINE)
# A numbered heading on a line of its own ("1. MIRS status (DPSCS)", "IV. Policy"): short, and no figures.
_SECTION_HEADING = re.compile(r"^[ \t]*(?:\d{1,2}|[A-Z]|[IVX]{1,4})[.)][ \t]+(?P<title>[A-Z][^\n]{1,70})[ \t]*$", re.MULTILINE)
_FIGURE = re.compile(r"\d[\d,.]*\s*(?:%|million|billion)|[$€£]|\d{3,}|[.:;]\s*$|[.;]\s")
# A numbered line whose sentence runs on to the next line ("3. Town of Pahrump code enforcement has asked
# whether we can run" over "   photos for them. Can we?"): a list's item, whose agency heads no section.
_RUNS_ON = re.compile(r"\n[ \t]+[a-z]")
_POLICE_WORDS = re.compile(r"\b(?:Police|[A-Z]{0,3}PD|Detective\s+(?:Bureau|Division|Unit))\b|(?<![A-Za-z])[A-Z][a-z]*_PD\b|"
                           r"\b(?:Lt|Sgt|Det)\.[ \t]+[A-Z]")  # "SPD Policy 345", "Salinas_PD_quote.pdf", "Lt. Arriaga"
_GOVERNMENT_PREFIX = re.compile(r"^(?:City|Town|Village|Borough|County|City-County)\s+of\s+", re.IGNORECASE)
# An agreement between agencies: one runs the system ("the host"), the other is let use it ("the user"),
# named by a defined role ("Otero County Sheriff's Office ("User Agency")") or by the grammar of its
# purpose clause ("the terms under which the Lexington Police Department ("LPD") may submit probe images to
# the ... system operated by the Kentucky State Police").
_AGREEMENT = re.compile(r"\b(?:memorandum\s+of\s+(?:understanding|agreement)|MOU|MOA|inter-?local\s+agreement|"
                        r"inter-?agency\s+agreement|inter-?governmental\s+agreement|(?:user|participation|access|"
                        r"data[\s-]+sharing|services?)\s+agreement)\b", re.IGNORECASE)
_AGREEMENT_REACH = 2000
_BETWEEN = re.compile(r"\b(?:between|among)\b", re.IGNORECASE)
_ROLE_ALIAS = r"(?:\s*\(\s*(?:hereinafter\s+(?:referred\s+to\s+as\s+)?)?(?:the\s+)?[\"“]?[^()\n]{1,30}?[\"”]?\s*\))?"
_USER_ROLE = re.compile(r"\s*\(\s*(?:hereinafter\s+(?:referred\s+to\s+as\s+)?)?(?:the\s+)?[\"“]?(?:User|Participating|Requesting|"
                        r"Member|Subscribing|Subscriber|Partner)\s+Agency[\"”]?\s*\)", re.IGNORECASE)
_HOST_ROLE = re.compile(r"\s*\(\s*(?:hereinafter\s+(?:referred\s+to\s+as\s+)?)?(?:the\s+)?[\"“]?(?:Host|Providing|Provider|"
                        r"Owner|Owning|Administering|Operating|Lead)\s+Agency[\"”]?\s*\)", re.IGNORECASE)
_USER_BEFORE = re.compile(r"\b(?:under\s+which|on\s+which|by\s+which|whereby|allow(?:s|ing)?|permit(?:s|ting)?|"
                          r"authori[sz]es?|grants?)\s+(?:the\s+)?$", re.IGNORECASE)
_USER_AFTER = re.compile(_ROLE_ALIAS + r"[,\s]+(?:(?:may|will|can|shall)\s+|to\s+)(?:be\s+(?:allowed|permitted)\s+to\s+)?"
                         r"(?:submit|access|use|query|search|request|run|obtain|participate)\b", re.IGNORECASE)
# "The Nebraska Department of Motor Vehicles (DMV) maintains a facial recognition system": the host.
_HOST_SYSTEM_AFTER = re.compile(
    _ROLE_ALIAS + r"[,\s]+(?:maintains|operates|hosts|administers|runs|owns)\s+(?:a|the|its)\s+"
    r"(?:[\w-]+\s+){0,2}?fac(?:e|ial)[\s-]+recognition\s+(?:system|service|gallery|database|platform)", re.IGNORECASE)
_REQUESTER_BEFORE = re.compile(r"\b(?:at\s+the\s+request\s+of|requested\s+by|on\s+request\s+from)\s+(?:the\s+)?$", re.IGNORECASE)
_HOST_BEFORE = re.compile(r"\b(?:operated|hosted|maintained|administered|owned|managed|run|licensed|provided|performed)\s+by\s+"
                          r"(?:the\s+)?$", re.IGNORECASE)
_HOST_AFTER = re.compile(_ROLE_ALIAS + r"[,\s]+(?:(?:shall|will)\s+)?(?:performs?|operates?|hosts?|maintains?|administers?|runs?|"
                         r"provides?)\s+(?:the\s+)?(?:face|facial|searches|search|access)\b", re.IGNORECASE)
# What a rule binds: the agency that is its subject ("KSP will audit ..."), not one named as a modifier or
# an agent ("the KSP face comparison course", "a candidate returned by OBCSO").
_RULE_VERB = re.compile(r"\b(?:shall|must|may|will|should|can(?:not)?|is|are|agrees?|retains?|maintains?)\b", re.IGNORECASE)
# After an agency's name in a rule: what it owns, not whom the rule binds ("LCSO's Lumen training", "the SIAC
# requester course", "MSP's SNAP user agreement", "the OHLEG Rules and Regulations").
_OWNER_OF_RULES = re.compile(r"(?:['’]s\b)?[ \t\n]+(?:[\w-]+[ \t\n]+){0,3}?(?:training|course|class|curriculum|rules|"
                             r"regulations|user[ \t\n]+agreement|exam|examination|certification|"
                             r"standards?|guidelines|procedures|protocols?)\b", re.IGNORECASE)
# The preposition may stand before a place the name took on its next line ("requests to the Arizona\n
# Department of Public Safety").
_NOT_SUBJECT_BEFORE = re.compile(r"\b(?:by|from|of|to|with|for|at|through|via|under|per|pursuant\s+to)\s+(?:the\s+)?"
                                 r"(?:(?-i:[A-Z][\w.'’-]*)\s+){0,2}$", re.IGNORECASE)
_NOT_SUBJECT_REACH = 40
_ROLE_NOUN = re.compile(r"\b(?P<user>(?:User|Participating|Requesting|Member|Subscribing|Subscriber|Partner)\s+Agency)\b|"
                        r"\b(?P<host>(?:Host|Providing|Provider|Owning|Administering|Operating|Lead)\s+Agency)\b")
_ENUMERATOR = re.compile(r"[\s>]*(?:\(?(?:\d{1,2}(?:\.\d{1,2})*|[a-zA-Z]|[ivxIVX]{1,4})[.)]\s+)?")


@dataclass(frozen=True)
class Evidence:
    entity: Entity
    source: str  # sentence | section | message | signature | thread | document | request
    note: str


@dataclass
class Attribution:
    agency: Evidence | None = None
    vendor: Evidence | None = None
    product: Entity | None = None
    notes: list[str] = field(default_factory=list)  # why a field was left empty
    withheld: bool = False  # the text says the figure is no one agency's: the request's must not stand in

    @property
    def confidence(self) -> float | None:
        sources = [e.source for e in (self.agency, self.vendor) if e is not None]
        return min(CONFIDENCE[s] for s in sources) if sources else None

    def note(self) -> str | None:
        parts = [f"agency from {self.agency.source}: {self.agency.note}"] if self.agency else []
        parts += [f"vendor from {self.vendor.source}: {self.vendor.note}"] if self.vendor else []
        parts += self.notes
        return "; ".join(parts) or None


@dataclass
class _Parties:
    """Who a message is from and to, as organisations."""

    sender: Evidence | None = None
    recipient_agencies: list[Evidence] = field(default_factory=list)
    recipient_vendors: list[Evidence] = field(default_factory=list)


def _distinct(evidence: Iterable[Evidence]) -> list[Evidence]:
    seen: list[Evidence] = []
    for item in evidence:
        if all(item.entity.name != other.entity.name for other in seen):
            seen.append(item)
    return seen


def thread_key(subject: str | None) -> str | None:
    """Messages of one thread share a subject once "Re:"/"Fwd:" prefixes are taken off."""
    if not subject:
        return None
    key = re.sub(r"\s+", " ", _SUBJECT_PREFIX.sub("", subject)).strip().casefold()
    return key or None


class DocumentContext:
    """Everything about one document that attribution needs, computed once."""

    def __init__(self, text: str, messages: Sequence[SplitMessage], gazetteer: Gazetteer) -> None:
        self.text = text
        self.gazetteer = gazetteer
        self.state_clues = gazetteer.state_clues(text)
        self.document_state = _single_state(Counter(clue.state for clue in self.state_clues))
        self._clue_starts = [clue.start for clue in self.state_clues]
        found = [*gazetteer.mentions(text), *_titled_officials(text)]
        found = [m for m in _without_foreign_initials(self._placed(found)) if not _INTERMEDIARY.search(m.entity.name)]
        states = {clue.state for clue in self.state_clues}
        self.mentions: list[Mention] = sorted([*found, *_document_aliases(text, found, gazetteer, states,
                                                                                     self.document_state)],
                                              key=lambda m: m.start)
        self.mentions = _spelled_out(text, self.mentions, gazetteer, states)
        self.agreement_user, self.agreement_host = self._agreement_parties()
        self.mentions = sorted([*self.mentions, *self._role_mentions()], key=lambda m: m.start)
        self.mentions = self._systems_as_products(self.mentions)
        self._starts = [mention.start for mention in self.mentions]
        self.unit_parents = self._parents_of_units()
        self._local_agencies = _local_agencies(self.mentions)
        self._sections = self._agency_sections()
        self._title_end = _title_end(text)
        self._lede_end = _lede_end(text, self._title_end)
        self._uncounted = _uncounted_lines(text)
        self._uncounted_starts = [start for start, _ in self._uncounted]
        self.messages = {message.position: message for message in messages}
        self._subjects: dict[str, list[Evidence]] = {}
        senders = {message.position: self._sender(message) for message in messages}
        self._address_book = _address_book(messages, senders)
        self.parties = {message.position: self._parties(message, senders[message.position]) for message in messages}
        self.threads: dict[str, list[int]] = {}
        for message in messages:
            key = thread_key(message.subject)
            if key is not None:
                self.threads.setdefault(key, []).append(message.position)
        self.document_agency, self._agency_note = self._dominant("agency")
        self.payer_of_record = self._payer_of_record()
        self.resold_makers: set[str] = set()  # the makers named beside the reseller's cue in prose
        self.sold_by_document = False  # the reseller is the document's own seller (letterhead, vendor field)
        self.reseller = self._reseller()
        self.document_vendor, self._vendor_note = self._dominant("vendor")
        # Counts compete with the government-run systems the document names too (searches of MIRS are no
        # vendor's); money is paid to vendors only.
        self.usage_vendor, self._usage_vendor_note = (
            self._dominant("vendor", with_systems=True) if any(m.entity.kind == "system" for m in self.mentions)
            else (self.document_vendor, self._vendor_note))
        # Money in a document that awards a contract among several vendors is the awarded vendor's; its counts
        # (the gallery, last year's searches) may be of the system it replaces.
        self.awarded, self._awarded_names = self._award()
        if self.document_vendor is None and self.awarded is not None:
            self.document_vendor, self._vendor_note = self.awarded, None

    # -- mentions -------------------------------------------------------------------------------
    def _placed(self, mentions: list[Mention]) -> list[Mention]:
        """A statewide body named without its state ("the State Police", "Attorney General Dave Yost") is
        the one the document names with its state, else the one of the document's state when its clues
        name one state; otherwise it cannot be placed and does not count."""
        placed: list[Mention] = []
        named = [m.entity for m in mentions if m.entity.kind == "agency" and m.entity.state]
        document_state = self.document_state
        for mention in mentions:
            entity = mention.entity
            if entity.kind != "agency" or entity.state or entity.ori or not is_statewide_body(entity.name):
                placed.append(mention)
                continue
            # The same kind of body ("State Police" for "Oregon State Police"); "state agency" says too little:
            # a Bureau of Criminal Investigation is no Department of Transportation.
            owners = {other for other in named if other.name.endswith(entity.name) or
                      (other.agency_type not in (None, "state agency") and other.agency_type == entity.agency_type)}
            if len(owners) == 1:
                placed.append(Mention(owners.pop(), mention.start, mention.end, mention.text))
            elif document_state is not None:
                resolved = self.gazetteer.resolve_agency(entity, {document_state})
                if resolved.state:
                    placed.append(Mention(resolved, mention.start, mention.end, mention.text))
        return placed


    def _agreement_parties(self) -> tuple[Entity | None, Entity | None]:
        """The user and the host agency of an agreement between agencies; (None, None) when the document is
        no such agreement or its roles are not plain (two users named, say)."""
        if not _AGREEMENT.search(self.text, 0, _AGREEMENT_REACH):
            return None, None
        users: dict[str, Entity] = {}
        hosts: dict[str, Entity] = {}
        for mention in self.mentions:
            entity = mention.entity
            if entity.kind != "agency" or mention.start > 2 * _AGREEMENT_REACH:
                continue
            before = self.text[max(0, mention.start - 40) : mention.start]
            if (_USER_ROLE.match(self.text, mention.end) or _REQUESTER_BEFORE.search(before)
                    or (_USER_BEFORE.search(before) and _USER_AFTER.match(self.text, mention.end))):
                users.setdefault(entity.name, entity)
            elif (_HOST_ROLE.match(self.text, mention.end) or _HOST_BEFORE.search(before)
                  or _HOST_SYSTEM_AFTER.match(self.text, mention.end)
                  or (_USER_BEFORE.search(before) and _HOST_AFTER.match(self.text, mention.end))):
                hosts.setdefault(entity.name, entity)
        user = next(iter(users.values())) if len(users) == 1 else None
        host = next(iter(hosts.values())) if len(hosts) == 1 else None
        if user is not None and host is not None and user.name == host.name:
            return None, None
        return user, host

    @functools.cached_property
    def _between_agencies(self) -> bool:
        """An agreement whose parties are agencies and governments only ("between the COUNTY OF ADAMS ... by and
        through the Adams County Sheriff's Office ..., and the CITY OF THORNTON"): what one pays the other is
        no vendor's price."""
        agreement = _AGREEMENT.search(self.text, 0, _AGREEMENT_REACH)
        parties = _BETWEEN.search(self.text, 0, _AGREEMENT_REACH) if agreement else None
        if parties is None:
            return False
        end = self.text.find(".", parties.end())
        named = self.mentions_in(parties.start(), end if end != -1 else len(self.text))
        organisations = {_organisation(m.entity).name for m in named}
        return (len(organisations) >= 2 and all(m.entity.kind == "agency" for m in named))

    def _parents_of_units(self) -> dict[str, Entity]:
        """A fusion centre or other unit the document shows as part of an agency: in a letterhead under the
        agency's line ("Chattanooga Police Department" / "Real Time Intelligence Center"), or in one name
        ("Utah Department of Public Safety, Statewide Information and Analysis Center", "the Iowa DPS's
        Fusion Center"). Its facts are the agency's, which holds the ORI. A unit shown under two agencies
        keeps its own name."""
        parents: dict[str, set[str]] = {}
        entities: dict[str, Entity] = {}
        agencies = [m for m in self.mentions if m.entity.kind == "agency"]
        for index, mention in enumerate(agencies):
            if not _is_unit(mention.entity):
                continue
            line_start = self.text.rfind("\n", 0, mention.start) + 1
            previous_line = self.text.rfind("\n", 0, max(0, line_start - 1)) + 1
            for other in agencies[max(0, index - 6) : index + 3]:
                if _is_unit(other.entity) or _GOVERNMENT.match(other.entity.name):
                    continue
                if other.end <= mention.start:
                    between = self.text[other.end : mention.start]
                    column = mention.start - line_start
                    joined = bool(_PARENT_THEN_UNIT.fullmatch(between)) or (
                        previous_line <= other.start < line_start  # the line above: at its start, or the same column
                        and (not self.text[line_start : mention.start].strip() or other.start - previous_line == column))
                else:
                    joined = bool(_UNIT_OF_PARENT.fullmatch(self.text[mention.end : other.start]))
                if joined:
                    parents.setdefault(mention.entity.name, set()).add(other.entity.name)
                    entities[other.entity.name] = other.entity
        for unit, operator in self._operated_units(agencies):
            parents.setdefault(unit.entity.name, set()).add(operator.entity.name)
            entities[operator.entity.name] = operator.entity
        return {unit: entities[next(iter(names))] for unit, names in parents.items() if len(names) == 1}

    def _operated_units(self, agencies: list[Mention]) -> Iterator[tuple[Mention, Mention]]:
        """A fusion centre or crime centre the document says an agency runs ("AUSTIN REGIONAL INTELLIGENCE
        CENTER (ARIC)" over "Operated by the Austin Police Department"), named for its place or not: its
        facts are that agency's. Said within two lines of the centre's name."""
        for index, mention in enumerate(agencies):
            if mention.entity.agency_type != "fusion center" and not _UNIT_NAME.search(mention.entity.name):
                continue
            reach = self.text[mention.end : mention.end + 160]
            stop = [i for i in (reach.find("\n\n"), reach.find(". ")) if i != -1]
            for other in agencies[index + 1 : index + 3]:
                if other.start - mention.end >= min([*stop, len(reach)]) or other.entity.agency_type == "fusion center":
                    break
                if _OPERATED_BY.search(self.text, mention.end, other.start):
                    yield mention, other
                    break

    def _payer_of_record(self) -> Evidence | None:
        """The city's or county's government that a buying document names as the buyer: on its "Bill to" or
        "Payer account" line (or under it, in a column), as a party to its contract, as the one that pays,
        or in the title of its purchase order, invoice or contract. It pays for its police, who use what it
        buys; None when no government, or two, are named so."""
        found: dict[str, tuple[Entity, str]] = {}
        for mention in self.mentions:
            entity = mention.entity
            if entity.kind != "agency" or entity.agency_type not in ("city", "county") or not _GOVERNMENT.match(entity.name):
                continue
            before = self.text[max(0, mention.start - 40) : mention.start]
            why = None
            if _BUYER_FIELD.search(before) or _PAYER_FIELD.search(before) or self._under_buyer_field(mention):
                why = f"named as the buyer: {mention.text!r}"
            elif _PARTY_BEFORE.search(before):
                why = f"a party to the contract: {mention.text!r}"
            elif _PAYS_AFTER.match(self.text, mention.end):
                why = f"named as the one that pays: {mention.text!r}"
            elif mention.start < self._title_end and _BUYING_TITLE.search(self.text, 0, self._title_end):
                why = f"the buying document's title: {mention.text!r}"
            elif mention.start < self._title_end and _GOVERNING_BODY.search(self.text, 0, self._title_end) and (
                    _AUTHORISES_PURCHASE.search(self.text)):
                why = f"the government whose council or commission authorises the purchase: {mention.text!r}"
            if why is not None:
                found.setdefault(entity.name, (entity, why))
        if len(found) != 1:
            return None
        ((entity, why),) = found.values()
        return Evidence(entity, "document", f"the payer of record, {why}")

    def _reseller(self) -> Evidence | None:
        """The one company the document names as the reseller that sells to the agency, when the gazetteer
        knows it as no maker: the seller of the document's costs ("Authorized Reseller - DataWorks Plus"
        under "TRI-STATE BIOMETRIC INTEGRATORS, LLC"). The document's own seller first (letterhead, vendor
        field), then its prose; None when none, or two, are named so."""
        names: list[str] = []
        opened = functools.cache(lambda gate: gate.search(self.text) is not None)  # cues share gates: one scan each
        for cues in (_SELLER_CUES, (*_PROSE_RESELLER_CUES, _THROUGH_KNOWN_CUE)):
            found: dict[str, str] = {}
            printed: list[tuple[str, bool, tuple[int, int] | None]] = [
                (match["name"], cue is _THROUGH_KNOWN, match.span()) for gate, cue in cues if opened(gate)
                for match in cue.finditer(self.text)]
            if cues is _SELLER_CUES:
                printed += [(column, False, None) for column in _vendor_columns(self.text)]
            for company, known_only, span in printed:
                name = self._reseller_name(company, known_only=known_only)
                if name is not None:
                    found.setdefault(name.casefold(), name)
                    if span is not None and cues is not _SELLER_CUES:
                        self.resold_makers |= self._makers_near(*span)
            # "Carahsoft" (its role) and "Carahsoft Technology" (its letterhead) are one company: the longer; and
            # "NSP Technologies" is "Natural State Public Safety Technologies" by its initials.
            names = [name for key, name in found.items()
                     if not any(other != key and (other.startswith(key + " ") or _abbreviates(name, found[other]))
                                for other in found)]
            if names:
                self.sold_by_document = cues is _SELLER_CUES
                break
        if len(names) != 1:
            return None
        (name,) = names
        return Evidence(Entity("vendor", name), "document", f"the reseller that sells it: {name!r}")

    def _makers_near(self, start: int, end: int) -> set[str]:
        """The makers named on the lines of a reseller's cue ("Authorized Cognitec Systems partner", "a
        BriefCam reseller", "Cognitec quote came back through ..."): what the reseller sells."""
        line_start = self.text.rfind("\n", 0, max(0, self.text.rfind("\n", 0, start))) + 1
        line_end = self.text.find("\n", self.text.find("\n", end) + 1)
        line_end = len(self.text) if line_end == -1 else line_end
        return {_organisation(m.entity).name for m in self.mentions
                if m.entity.kind in ("vendor", "product") and line_start <= m.start and m.end <= line_end}

    def _another_maker(self, vendor: Evidence | None) -> bool:
        """The sentence names a maker other than the one the reseller named in the prose sells, or than the
        document is about ("West Des Moines pays Clearview" in a thread about a Cognitec quote): not the
        reseller's sale. The reseller whose own document it is (its letterhead, its vendor field) sells it all."""
        if self.sold_by_document:
            return False
        if vendor is None or vendor.source != "sentence":
            # A memo weighing several makers ("Option D - Rank One Computing (through SHI International)"): a
            # price whose sentence names none may be another option's.
            return bool(self.resold_makers) and self.document_vendor is None and (
                vendor is None or _organisation(vendor.entity).name not in self.resold_makers)
        if self.resold_makers:
            return _organisation(vendor.entity).name not in self.resold_makers
        return self.document_vendor is not None and vendor.entity.name != self.document_vendor.entity.name

    def _reseller_name(self, printed: str, known_only: bool) -> str | None:
        """The company a cue names, unless the gazetteer knows it as a maker (or, with `known_only`,
        does not know it as a reseller)."""
        name = _LEGAL_SUFFIX.sub("", re.sub(r"\s+", " ", printed).strip()).strip(" ,")
        name = _JOB_TITLE.sub("", name)  # "Public Safety Account Manager" on the line above the company
        name = _OTHER_PARTY.sub("", name)  # "between the Parish and Delta Secure Systems, LLC"
        if name.isupper():
            name = name.title()  # a letterhead in capitals: "TRI-STATE BIOMETRIC" -> "Tri-State Biometric"
        known = self.gazetteer.canonical("vendor", name)
        if known is not None and known.name in self.gazetteer.resellers:
            return known.name
        if known_only or len(name) < 4 or known is not None or any(
                m.entity.kind in ("vendor", "product") for m in self.gazetteer.mentions(name)):
            return None  # a maker the gazetteer knows, or a name with one in it ("Clearview AI, Inc.")
        return name

    def _under_buyer_field(self, mention: Mention) -> bool:
        """"Bill to:        Account contact:" (or "BILL TO      END USER") over "City of Tulsa        Tulsa
        Police Department": the field printed above the name, in its column."""
        line_start = self.text.rfind("\n", 0, mention.start) + 1
        if line_start == 0:
            return False
        above_start = self.text.rfind("\n", 0, line_start - 1) + 1
        column = mention.start - line_start
        above = self.text[above_start + column : line_start - 1]
        label = re.match(r"[^\n]{0,30}?:|\S[^\n]{0,28}?(?=[ \t]{2,}|$)", above)  # "Bill to:", or "BILL TO" in its column
        return bool(label and (_BUYER_FIELD.search(label.group()) or _PAYER_FIELD.search(label.group())))

    def _paid_by_government(self, evidence: Evidence) -> str | None:
        """A note for a cost of a government's police in a document whose buyer of record is that
        government. The cost stays the police's, the agency that buys and uses the system (and has an ORI
        to join on); the note says which government's account pays it."""
        payer = self.payer_of_record
        if payer is None or evidence.entity.name == payer.entity.name:
            return None
        government = _GOVERNMENT.match(payer.entity.name)
        place = (government["place"] or government["county"]).strip() if government else ""
        acting = self._acting(payer.entity)
        local = (bool(place) and evidence.entity.name.startswith(f"{place} ")
                 and evidence.entity.state in (None, payer.entity.state))
        if not (evidence.entity.name == acting.name or local):
            return None
        return f"paid from the account of {payer.entity.name}, {payer.note.removeprefix('the payer of record, ')}"

    def _role_mentions(self) -> list[Mention]:
        """"The User Agency shall not submit ...": the agreement's defined role names its party."""
        found: list[Mention] = []
        taken = _Spans((m.start, m.end) for m in self.mentions)
        for match in _ROLE_NOUN.finditer(self.text):
            entity = self.agreement_user if match["user"] else self.agreement_host
            if entity is not None and not taken.overlaps(match.start(), match.end()):
                found.append(Mention(entity, match.start(), match.end(), match.group()))
        return found

    def _rule_subject(self, sentence: tuple[int, int]) -> Evidence | None:
        """The agency a rule is about, as its subject: the first agency named before the rule's verb, not
        after a preposition ("5.2 LPD shall not ...", "Only PHPD personnel ... may submit")."""
        lead = _ENUMERATOR.match(self.text, sentence[0]).end()  # type: ignore[union-attr]  # it matches "" too
        verb = _RULE_VERB.search(self.text, lead, sentence[1])
        for mention in self.mentions_in(lead, verb.start() if verb else lead):
            entity = _organisation(mention.entity)
            if entity.kind == "agency" and not self._after_a_preposition(mention):
                return Evidence(entity, "sentence", f"the rule's subject: {mention.text!r}")
        return None

    def _after_a_preposition(self, mention: Mention) -> bool:
        """"from SLED", "to the Arizona\nDepartment of Public Safety": a name no rule binds; nor one that only
        says whose training or rules they are ("completed LCSO's Lumen training", "the OHLEG Rules")."""
        return (_NOT_SUBJECT_BEFORE.search(self.text, max(0, mention.start - _NOT_SUBJECT_REACH), mention.start) is not None
                or _OWNER_OF_RULES.match(self.text, mention.end) is not None)

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        index = bisect.bisect_left(self._starts, start)
        found = []
        while index < len(self.mentions) and self.mentions[index].start < end:
            if self.mentions[index].end <= end:
                found.append(self.mentions[index])
            index += 1
        return found

    def states_near(self, start: int, end: int) -> Counter[str]:
        index = bisect.bisect_left(self._clue_starts, start)
        states: Counter[str] = Counter()
        while index < len(self.state_clues) and self.state_clues[index].start < end:
            states[self.state_clues[index].state] += 1
            index += 1
        return states

    # -- messages -------------------------------------------------------------------------------
    def _parties(self, message: SplitMessage, sender: Evidence | None) -> _Parties:
        """Who sent the message and whom it is addressed to: the To line's organisations, the Cc line's
        only when the To line names none (a vendor's quote to a lieutenant, copied to the state's IT
        office, is the lieutenant's agency's)."""
        parties = _Parties(sender=sender)
        for line in (message.recipients, message.cc):
            agencies, vendors = self._addressed(line or "")
            parties.recipient_agencies = parties.recipient_agencies or _distinct(agencies)
            parties.recipient_vendors = parties.recipient_vendors or _distinct(vendors)
        return parties

    def _addressed(self, line: str) -> tuple[list[Evidence], list[Evidence]]:
        agencies: list[Evidence] = []
        vendors: list[Evidence] = []
        for person, address in email.utils.getaddresses([line]):
            if "@" not in address:
                continue
            known = self._address_book.get(address.lower())
            domain = _specific(self.gazetteer.for_address(address)) if known is None else None
            if known is not None:
                entity, note = known.entity, f"recipient {address} (signs for {known.entity.name})"
            elif domain is not None:
                entity = self._acting(self._police_body(_organisation(domain), person))
                note = f"recipient {address}"
            else:
                continue
            (agencies if entity.kind == "agency" else vendors).append(Evidence(entity, "message", note))
        for mention in self.gazetteer.mentions(line):
            entity = self._acting(_organisation(mention.entity))
            (agencies if entity.kind == "agency" else vendors).append(
                Evidence(entity, "message", f"recipient named {mention.text!r}"))
        return agencies, vendors

    def _sender(self, message: SplitMessage) -> Evidence | None:
        """The organisation the sender speaks for: the signature's agency when it names one (more
        specific than a county's email domain), else the address's domain, else the sender line."""
        signature = self._signature(message)
        domain = _specific(self.gazetteer.for_address(message.sender_address)) if message.sender_address else None
        if domain is not None and _organisation(domain).kind == "vendor":
            # A vendor's address: an agency in its last lines is the customer it writes about, not who signs.
            return Evidence(_organisation(domain), "message", f"sender {message.sender_address}")
        if signature is not None and signature.entity.kind == "agency":
            acting = self._acting(signature.entity)  # "City of Yakima" under a detective's name: its police
            return signature if acting == signature.entity else Evidence(acting, signature.source, signature.note)
        if message.sender_address and (entity := domain) is not None:
            entity = self._acting(self._police_body(_organisation(entity), message.sender_name))
            return Evidence(entity, "message", f"sender {message.sender_address}")
        for mention in self.gazetteer.mentions(message.sender_name or ""):
            return Evidence(self._acting(_organisation(mention.entity)), "message", f"sender named {mention.text!r}")
        return signature

    def _police_body(self, entity: Entity, person: str | None) -> Entity:
        """A city's or county's email address on a detective, a sergeant or a deputy: the city's police
        department or the county's sheriff's office, when the FBI list knows it in that state."""
        if entity.kind != "agency" or entity.agency_type not in ("city", "county") or not _POLICE_TITLE.search(person or ""):
            return entity
        place = _GOVERNMENT_PREFIX.sub("", entity.name).strip()
        if entity.agency_type == "city":
            name = f"{place} Police Department"
        else:
            name = f"{place if place.endswith(' County') else place + ' County'} Sheriff's Office"
        resolved = self.gazetteer.resolve_agency(Entity("agency", name), {entity.state} if entity.state else set())
        return resolved if resolved.ori is not None else entity

    def _acting(self, entity: Entity) -> Entity:
        """A city's or county's government ("City of Mesa", a co.jefferson.wa.us address) in a document that
        names one police department or sheriff's office of that place: that agency, which acts for it. A
        unit the document shows as part of an agency: that agency."""
        if entity.kind == "agency" and entity.name in self.unit_parents:
            return self.unit_parents[entity.name]
        government = _GOVERNMENT.match(entity.name) if entity.kind == "agency" else None
        if government is None:
            return entity
        place = (government["place"] or government["county"]).strip()
        local = [agency for agency in self._local_agencies.get(place, [])
                 if (entity.state is None or agency.state in (None, entity.state)) and _acts_for(entity.name, place, agency.name)]
        state = entity.state or self.document_state
        if not local and state is not None and government["place"] and _POLICE_WORDS.search(self.text):
            # "CITY OF DANBURY ... Dept 0210 Police | Division 0214 Detective Bureau": the city's police, as the
            # FBI list knows it in that state, though the document never prints its full name
            police = self.gazetteer.resolve_agency(Entity("agency", f"{place} Police Department"), {state})
            return police if police.ori is not None else entity
        if len(local) != 1:
            return entity
        return local[0] if local[0].state or entity.state is None else replace(local[0], state=entity.state)

    def _signature(self, message: SplitMessage) -> Evidence | None:
        """The organisation the last lines of the message's own text name: above any message it forwards
        or quotes (a forwarded vendor's signature is not the forwarder's), below its sign-off."""
        end = message.char_end
        if end > message.char_start and (forwarded := _FORWARDED.search(self.text, message.char_start, end)):
            end = forwarded.start()
        body = self.text[message.char_start : end] if end > message.char_start else message.body
        lines = body.rstrip().split("\n")
        tail_start = message.char_start
        if len(lines) > SIGNATURE_LINES:
            tail_start += len("\n".join(lines[:-SIGNATURE_LINES]))
        if message.body_start is not None:
            tail_start = max(tail_start, message.body_start)  # the header's Subject line is no signature
        sign_offs = list(_SIGN_OFF.finditer(self.text, tail_start, end))
        if sign_offs:
            tail_start = sign_offs[-1].end()  # the body above "Thanks," names whom it speaks of, not who signs
        signed: list[tuple[Mention, int]] = []
        for mention in reversed(self.mentions_in(tail_start, end)):
            line_start = self.text.rfind("\n", 0, mention.start) + 1
            line_end = self.text.find("\n", mention.end)
            line = self.text[line_start : line_end if line_end != -1 else len(self.text)]
            if len(line.strip()) > _SIGNATURE_LINE or _SENTENCE_LINE.search(line):
                continue  # "Our Clearview quote came in at $19,800 ...": the body of a short message, not its signature
            if _SENTENCE_ENDS_BEFORE.search(self.text, line_start, mention.start) or _PROSE_AFTER.match(self.text, mention.end):
                continue  # "Not this year. The Monterey County Sheriff's Office told me ...": prose that names it
            if mention.entity.kind in ("agency", "vendor", "product"):
                signed.append((mention, line_start))
        if not signed:
            return None
        mention, line_start = signed[0]
        if len(signed) > 1 and mention.entity.kind == "agency":
            above, above_start = signed[1]
            if (above.entity.kind == "agency" and above.entity.agency_type == "fusion center"
                    and self.text.rfind("\n", 0, max(0, line_start - 1)) + 1 == above_start):
                mention = above  # "Analyst, Tennessee Fusion Center" over "Tennessee Bureau of Investigation | address"
        return Evidence(_organisation(mention.entity), "signature", f"signature {mention.text!r}")

    def _systems_as_products(self, mentions: list[Mention]) -> list[Mention]:
        """A government-run system the document says a vendor built or runs ("MIRS ... built and maintained by
        DataWorks Plus"): in this document, that vendor's product."""
        makers: dict[str, str] = {}
        for mention in mentions:
            if mention.entity.kind != "system" or mention.entity.name in makers:
                continue
            left, right = span_around(sentence_spans(self.text), mention.start, mention.end)
            if not _SYSTEM_MAKER_CUE.search(self.text, left, right):
                continue
            vendors = {_organisation(m.entity).name for m in mentions
                       if left <= m.start < right and m.entity.kind in ("vendor", "product")}
            if len(vendors) == 1:
                makers[mention.entity.name] = vendors.pop()
        if not makers:
            return mentions
        return [replace(m, entity=Entity("product", m.entity.name, makers[m.entity.name]))
                if m.entity.kind == "system" and m.entity.name in makers else m for m in mentions]

    # -- the document ---------------------------------------------------------------------------
    def _uncounted_at(self, position: int) -> bool:
        index = bisect.bisect_right(self._uncounted_starts, position) - 1
        return index >= 0 and position < self._uncounted[index][1]

    def _dominant(self, kind: str, with_systems: bool = False) -> tuple[Evidence | None, str | None]:
        """The document's own agency or vendor: named in its title or letterhead, or by its senders,
        or far more often than any other. None when two are close."""
        scores: Counter[str] = Counter()
        entities: dict[str, Entity] = {}
        lede = _byline_lede(self.text) if kind == "agency" else None
        subject = next((m for m in self.mentions if lede and lede[0] <= m.start < lede[1] and m.entity.kind == "agency"), None)
        for mention in self.mentions:
            entity = _organisation(mention.entity)
            entity = self.unit_parents.get(entity.name, entity) if kind == "agency" else entity
            # A government-run system (MIRS) competes with the vendors: a document about both is no one vendor's.
            if entity.kind not in (kind, "system" if with_systems else kind) or self._uncounted_at(mention.start):
                continue
            entities.setdefault(entity.name, entity)
            if kind == "agency" and _SOURCE_ROLE.search(self.text, max(0, mention.start - 60), mention.start):
                continue  # a grantor or an intermediary ("a grant from the U.S. Department of Justice") is not whose
            scores[entity.name] += self._weight(kind, mention, mention is subject)
        for parties in self.parties.values():
            if parties.sender is not None and parties.sender.entity.kind == kind:
                entities.setdefault(parties.sender.entity.name, parties.sender.entity)
                scores[parties.sender.entity.name] += 2
        if kind == "agency":
            self._count_references(scores, entities)
        if not scores:
            return None, None
        if kind == "agency":
            _fold_governments(scores)
        ranked = scores.most_common(2)
        top_name, top = ranked[0]
        second = ranked[1][1] if len(ranked) > 1 else 0
        if kind == "agency" and (unnamed := self._unnamed_own_initials(entities)) is not None:
            return None, f"the document speaks of {unnamed} throughout and never spells it out; {top_name} is another"
        if len(ranked) == 1 and top < (2 if kind == "agency" else 3):
            return None, f"the document names {top_name} only in passing"
        if top < (2 if kind == "agency" else 3) or top < 2 * second:
            plural = "agencies" if kind == "agency" else "vendors" if all(
                entities[name].kind == "vendor" for name, _ in ranked) else "vendors and government-run systems"
            return None, f"document names several {plural} ({', '.join(n for n, _ in ranked)})"
        if entities[top_name].kind == "system":
            return None, f"the document is about {top_name}, a government-run system, not a vendor's"
        return Evidence(entities[top_name], "document",
                        f"the document's {kind} ({top} of {sum(scores.values())} mentions weighted)"), None

    def _award(self) -> tuple[Evidence | None, frozenset[str]]:
        """The vendor the document awards a contract to or selects ("Award RFB 24-017 to DataWorks Plus, LLC"),
        where it names one, and the first words of every offeror it takes."""
        awarded: dict[str, Entity] = {}
        for match in bid_columns.AWARD.finditer(self.text):
            mention = next((m for m in self.mentions_in(match.start("name"), match.start("name") + _NAME_REACH)
                            if m.start == match.start("name") and m.entity.kind in ("vendor", "product")), None)
            if mention is not None:
                awarded.setdefault(_organisation(mention.entity).name, _organisation(mention.entity))
        evidence = None
        if len(awarded) == 1:
            entity = next(iter(awarded.values()))
            evidence = Evidence(entity, "document", f"the document awards the contract to {entity.name}")
        return evidence, bid_columns.awarded_names(self.text)

    def taken_offer(self, offeror: str) -> tuple[bool, Evidence | None]:
        """Whether the document takes the offer of the bid tabulation's column `offeror` heads (its award names
        the offeror), and then the vendor, where the gazetteer knows it. No award: no offer is taken."""
        named = {_organisation(m.entity).name for m in self.gazetteer.mentions(offeror) if m.entity.kind in ("vendor", "product")}
        if self.awarded is not None and self.awarded.entity.name in named:
            return True, Evidence(self.awarded.entity, "section",
                                  f"the awarded offeror's column of the bid tabulation ({offeror!r})")
        first = re.match(r"[A-Za-z][\w&'’-]*", offeror)
        return (not named and first is not None and first.group().lower() in self._awarded_names), None

    def _weight(self, kind: str, mention: Mention, subject: bool) -> int:
        """How much a mention says whose document it is: most in the title, a byline's lede, a buyer's field or
        a page's running footer; more in the lede than further on."""
        if mention.start < self._title_end or subject:
            return 4
        if kind == "agency" and (_BUYER_FIELD.search(self.text, max(0, mention.start - 40), mention.start)
                                 or _running_line(self.text, mention.start)):
            return 4  # the buyer an invoice, quote or award names; the publisher in "... Police Department | Page 31"
        if mention.start < self._lede_end:
            return 2
        if kind == "vendor" and _USE_DENIED.search(self._sentence_text(mention.start)):
            return 0  # "No member used Clearview AI", "The license does not include BriefCam's face recognition"
        if kind == "vendor" and about_face_recognition(self._sentence_text(mention.start)):
            return 2  # "an app from a facial recognition company, Vigilant Solutions": the supplier
        return 1

    def _unnamed_own_initials(self, named: dict[str, Entity]) -> str | None:
        """An agency's initials the document uses again and again ("TCSO Investigations", "an open TCSO
        case") that stand for none of the agencies it names: its own agency, unnamed, which a release's
        request names; the one agency it does name ("For comparison, the Natrona County Sheriff's Office
        ...") is another."""
        used = Counter(_AGENCY_INITIALS.findall(self.text))
        spelled = {_initials(entity.name) for entity in named.values()}
        return next((initials for initials, times in used.most_common() if times >= _OWN_INITIALS_TIMES
                     and initials not in spelled), None)

    def _count_references(self, scores: Counter[str], entities: dict[str, Entity]) -> None:
        """"the sheriff's office accounts", "Sheriff's Capt. Vang", "city police": a reference by kind to
        the one agency of that kind the document names counts as a mention of it."""
        for agency_type, pattern in _KIND_REFERENCES:
            of_kind = [name for name in scores if entities[name].agency_type == agency_type]
            if len(of_kind) != 1:
                continue
            found = sum(1 for match in pattern.finditer(self.text)
                        if not any(m.start <= match.start() < m.end for m in self.mentions_in(max(0, match.start() - 80),
                                                                                           match.end())))
            scores[of_kind[0]] += found
        for noun, pattern in _DEFINED_TERMS:
            bearing = [name for name in scores if re.search(rf"\b{noun}\b", name)]
            if len(bearing) == 1:
                scores[bearing[0]] += sum(1 for match in pattern.finditer(self.text) if not self._uncounted_at(match.start()))

    def _sentence_text(self, position: int) -> str:
        left = max(self.text.rfind(". ", 0, position), self.text.rfind("\n", 0, position), position - 300)
        stops = [i for i in (self.text.find(". ", position), self.text.find("\n", position)) if i != -1]
        return self.text[max(0, left) : min([*stops, position + 300])]

    # -- one fact -------------------------------------------------------------------------------
    def attribute(self, kind: str, start: int, end: int, sentence: tuple[int, int], figures: Sequence[tuple[int, int]],
                  message_position: int | None, columns: Sequence[str] = (), column: int | None = None) -> Attribution:
        """Agency, vendor and product of the fact at [start, end) (document offsets) in `sentence`;
        `figures` are the spans of the facts of the same kind read in that sentence; `columns`, the headers
        of the value columns of the table the figure was read from, and `column` its own."""
        result = Attribution()
        sentence_text = self.text[sentence[0] : sentence[1]]
        in_sentence = self.mentions_in(*sentence)
        sellers = {_organisation(m.entity).name for m in in_sentence
                   if m.entity.kind == "agency" and kind == "costs" and _SELLER.match(self.text, m.end)}
        if kind == "policies" and self.agreement_user is not None:
            result.agency = self._rule_subject(sentence) or Evidence(
                self.agreement_user, "document", "the agreement's user agency, whom its rules bind")
        else:
            result.agency = self._sentence_pick(in_sentence, "agency", start, end, figures, fact_kind=kind)
            antecedent = None if result.agency is not None or kind == "policies" else self._pronoun_antecedent(sentence)
            if antecedent is False:
                result.notes.append("agency left empty: 'they' may be an agency or a company named just before")
                result.agency = None
            else:
                result.agency = (result.agency or antecedent or self._section_agency(start) or self._agreement_payer(kind)
                                 or self._context_agency(message_position, result))
        sold_by_writer = (result.agency is not None and kind in ("costs", "usage")
                          and result.agency.source in ("message", "signature") and _WRITER_SELLS.search(sentence_text))
        if result.agency is not None and (result.agency.entity.name in sellers or sold_by_writer):
            result.agency = self._buyer_from_seller(result.agency, message_position, result)
        if result.agency is not None and result.agency.source != "sentence" and _OTHERS_BEFORE.search(
                self.text, max(sentence[0], start - 60), start):
            result.notes.append("agency left empty: the figure is for other agencies the text does not name")
            result.agency = None
            result.withheld = True
        vendor_allowed = not (_OTHER_SELLER.search(sentence_text)
                              and not any(m.entity.kind in ("vendor", "product") for m in in_sentence))
        if vendor_allowed:
            result.vendor, result.product = self._vendor(in_sentence, kind, start, end, figures, message_position, result,
                                                         columns, column)
        else:
            result.notes.append("vendor left empty: the sentence speaks of another, unnamed seller")
        resold_count = kind == "usage" and (self.sold_by_document or (result.vendor is not None
                                                                       and result.vendor.source != "sentence"))
        if self.reseller is not None and vendor_allowed and not self._another_maker(result.vendor) and (
                kind == "costs" or resold_count):
            # The reseller sells what the maker makes, and the seats it sold; on its own quote or order it is the
            # seller of every line, the maker's product named on it or not.
            result.vendor = self.reseller
        if (result.vendor is not None and kind == "usage" and result.vendor.source in ("document", "thread")
                and _REQUESTS_COUNTED.search(self.text, start, end)):
            result.notes.append("vendor left empty: requests go to another agency, whose system the text does not name")
            result.vendor = None
            result.product = None
        if (result.vendor is not None and kind in ("costs", "usage") and result.vendor.source != "sentence"
                and (self.agreement_user is not None and self.agreement_host is not None or self._between_agencies)):
            result.notes.append("vendor left empty: in an agreement between agencies the host agency provides the "
                                "service, not the maker of its system")
            result.vendor = None
            result.product = None
        if result.agency is not None and kind == "costs" and (paid := self._paid_by_government(result.agency)):
            result.notes.append(paid)
        if result.agency is not None:
            acting = self._acting(result.agency.entity)
            if acting is not result.agency.entity and result.agency.entity.name in self.unit_parents:
                result.agency = Evidence(acting, result.agency.source,
                                         f"{result.agency.note}, a unit of {acting.name} (as the document shows)")
            elif acting is not result.agency.entity:
                result.agency = Evidence(acting, result.agency.source, f"{result.agency.note}, whose {acting.name} acts for it")
            result.agency = self._with_state(result.agency, start, end, message_position)
        return result

    def _agreement_payer(self, kind: str) -> Evidence | None:
        """A cost in an agreement whose sentence names no agency ("Total reimbursement shall not exceed
        $12,750"): the user agency's, who pays for access."""
        if kind != "costs" or self.agreement_user is None:
            return None
        return Evidence(self.agreement_user, "document", "the agreement's user agency, who pays for access")

    def _buyer_from_seller(self, seller: Evidence, position: int | None, result: Attribution) -> Evidence | None:
        """The sentence's agency sells the thing ("KSP bills participating agencies $2,400"): the buyer is
        the one other agency the message is addressed to or comes from, else nobody."""
        parties = self.parties.get(position) if position is not None else None
        others = [] if parties is None else _distinct(
            [e for e in [parties.sender, *parties.recipient_agencies]
             if e is not None and e.entity.kind == "agency" and e.entity.name != seller.entity.name])
        if len(others) == 1:
            return Evidence(others[0].entity, others[0].source, f"{others[0].note}; {seller.entity.name} sells it")
        result.notes.append(f"agency left empty: {seller.entity.name} sells it and no one buyer is named")
        return None

    def _agency_not_bound_before(self, mention: Mention, fact_kind: str) -> bool:
        """An agency named before a figure in a role that does not make the figure its own."""
        text, start = self.text, mention.start
        return bool(
            _SOURCE_ROLE.search(text, max(0, start - 60), start)  # a grantor or an intermediary
            # "send probe photos to the Colorado Information Analysis Center ... sent 146 requests"
            or (fact_kind == "usage" and (_ADDRESSEE.search(text, max(0, start - 80), start)
                                          or _SENT_BEFORE.search(text, max(0, start - 20), start)))
            or (fact_kind == "costs" and _DATA_OWNER.match(text, mention.end))
            # "PPD shall reimburse CIAC a cost share of $3,600": CIAC is paid, PPD pays
            or _PAYEE_BEFORE.search(text, max(0, start - 30), start)
            # "FACES (Pinellas County SO)   23   1,418": the system's owner, not whose searches
            or (fact_kind in ("costs", "usage") and self._owner_in_brackets(mention)))

    def _served(self, candidates: list[Mention], end: int, figures: Sequence[tuple[int, int]]) -> Mention | None:
        """The agency searches were run for, named right after the count: "SIAC ran 37 searches for Layton
        in 2023" counts Layton's searches, not SIAC's."""
        if not _SEARCHES_COUNTED.search(self.text, max(0, end - 30), end):
            return None
        for mention in candidates:
            if (mention.start >= end and not _figure_between(figures, end, mention.start)
                    and _RUN_FOR_AGENCY.match(self.text, end, mention.start) and not _JOINED.match(self.text, mention.end)
                    and not _SYSTEM_OWNER.match(self.text, mention.end)):
                return mention
        return None

    def _source_of_photos(self, mention: Mention) -> bool:
        """The agency is named as where a gallery's photos come from ("the Black Hawk County Jail",
        "Davis County Jail booking photographs", "the Detention Center's booking photographs"), not as
        who searches them: a count of those photos is the searching agency's gallery."""
        return bool(_DATA_OWNER.match(self.text, mention.end)
                    or _PHOTOS_FROM.search(self.text, max(0, mention.start - 60), mention.start)
                    or _COUNTY_JAIL.fullmatch(mention.text))  # a jail takes and holds photos; it runs no search

    def _owner_in_brackets(self, mention: Mention) -> bool:
        """An agency in brackets right after a system's name ("FACES (Pinellas County SO)", "the gallery
        (DPS)"): whose the system is."""
        before = self.text[max(0, mention.start - 40) : mention.start]
        just_before = self.mentions_in(max(0, mention.start - 80), mention.start)  # "... Sheriff's Office (PCSO)"
        return bool(re.search(r"[A-Za-z][\w-]*[ \t]*\([ \t]*$", before)) and bool(
            re.match(r"[ \t]*\)", self.text[mention.end : mention.end + 3])) and not any(
            m.entity.kind == "agency" and mention.start - m.end < 4 for m in just_before)

    def _pronoun_antecedent(self, sentence: tuple[int, int]) -> Evidence | None | Literal[False]:
        """The agency that "they" or "their" stands for in a sentence that names none: the one agency the
        sentence before it (in its paragraph) names, when that sentence names no company ("That's more
        than Warren PD pays. Their chief told me they pay $12,000 a year"). False when it names a company
        as well (the pronoun may be either); None when there is no such pronoun or sentence. A sentence
        opening on "It" takes the agency that opens the sentence before (`_subject_before`)."""
        if self.mentions_in(*sentence):
            return None  # "Clearview said they would charge $9,000": the pronoun may be the name beside it
        if _IT_FIRST.match(self.text, sentence[0]) and not _WE.search(self.text, sentence[0], sentence[1]):
            return self._subject_before(sentence)
        if not _THEY.search(self.text, sentence[0], sentence[1]) or _WE.search(self.text, sentence[0], sentence[1]):
            return None  # "they quoted us $9,000": the writer's agency pays
        before = self._sentence_before(sentence)
        if before is None:
            return None
        named = self.mentions_in(before, sentence[0])
        agencies = {_organisation(m.entity).name: m for m in named if _organisation(m.entity).kind == "agency"}
        if len(agencies) != 1:
            return None
        if any(_organisation(m.entity).kind != "agency" for m in named):
            return False
        (mention,) = agencies.values()
        if _GOVERNMENT.match(mention.entity.name):
            return None
        return Evidence(_organisation(mention.entity), "sentence", f"'they' of the sentence before: {mention.text!r}")

    def _sentence_before(self, sentence: tuple[int, int]) -> int | None:
        """Where the sentence before `sentence` starts, within its paragraph; None at a paragraph's start."""
        window = max(0, sentence[0] - 400)
        ends = [end.end() for end in _SENTENCE_END.finditer(self.text, window, max(window, sentence[0] - 2))]
        before = max([*ends, self.text.rfind("\n\n", window, sentence[0]) + 2])
        return None if before <= 1 else before

    def _subject_before(self, sentence: tuple[int, int]) -> Evidence | None:
        """The agency a sentence-initial "It" stands for: the agency that opens the sentence before it, in its
        paragraph, as its subject ("The Cuyahoga County Sheriff's Office also has its own Clearview AI account.
        It reported 6 licences and about 420 searches in 2024")."""
        before = self._sentence_before(sentence)
        if before is None:
            return None
        if _LIST_NUMBER_BEFORE.search(self.text, max(0, before - 6), before):
            before = self.text.rfind("\n", 0, before) + 1  # "4." read as a sentence's end: the heading's line
        heading = _HEADING_LINE.match(self.text, before)
        before = heading.end() if heading is not None and heading.end() < sentence[0] else before
        opening = _SUBJECT_START.match(self.text, before)
        first = next(iter(self.mentions_in(before, sentence[0])), None)
        if opening is None or first is None or first.start != opening.end() or _organisation(first.entity).kind != "agency":
            return None
        if _GOVERNMENT.match(first.entity.name):
            return None
        return Evidence(_organisation(first.entity), "sentence", f"'It' of the sentence before: {first.text!r}")

    def _sentence_pick(self, mentions: list[Mention], kind: str, start: int, end: int,
                       figures: Sequence[tuple[int, int]], fact_kind: str = "") -> Evidence | None:
        """The mention bound to this figure: one inside a rule's own sentence; the nearest before it with
        no other figure between (and not a grantor or intermediary); or one right after it as its owner
        or beneficiary ("18 members of the San Mateo County Sheriff's Office", "$59,000 ... for the
        WFPD"), unless that phrase names two agencies."""
        candidates = [m for m in mentions if _organisation(m.entity).kind == kind
                      and not (kind == "agency" and _STANDARD_AFTER.match(self.text, m.end))]  # "FBI FISWG-aligned"
        if kind == "agency" and fact_kind == "usage":  # "143,000 Davis County Jail booking photographs": whose photos
            candidates = [m for m in candidates if not self._source_of_photos(m)]
        inside = [m for m in candidates if start <= m.start and m.end <= end
                  and not (kind == "agency" and fact_kind in ("costs", "usage") and self._owner_in_brackets(m))
                  and not (kind == "agency" and fact_kind == "usage" and _ADDRESSED_IN.search(self.text, start, m.start))]
        if kind == "agency" and fact_kind == "policies":  # "may request a search from SLED": SLED is not bound
            inside = [m for m in inside if not self._after_a_preposition(m)]
        if inside and len({m.entity.name for m in inside}) == 1:
            return Evidence(_organisation(inside[0].entity), "sentence", f"named in it: {inside[0].text!r}")
        if kind == "agency" and fact_kind == "policies" and inside:
            return self._rule_subject((start, end))  # "Henderson PD requests must ..., per the SNCTC policy"
        before = [m for m in candidates if m.end <= start and not _figure_between(figures, m.end, start)]
        if kind == "agency" and fact_kind == "usage" and (served := self._served(candidates, end, figures)) is not None:
            return Evidence(_organisation(served.entity), "sentence", f"run for it: {served.text!r}")
        for mention in reversed(before):
            if kind == "agency" and self._agency_not_bound_before(mention, fact_kind):
                continue
            return Evidence(_organisation(mention.entity), "sentence", f"named before it: {mention.text!r}")
        after = [m for m in candidates if m.start >= end and not _figure_between(figures, end, m.start)]
        for mention in after:
            between = self.text[end : mention.start]
            if kind == "agency" and _ADDRESSEE.search(self.text, max(0, start - 80), mention.start):
                continue  # "4 trained examiners to submit requests to SLED": whom they write to, not whose
            if kind == "agency" and not _BENEFICIARY.match(between):
                continue
            if kind == "agency" and _SYSTEM_OWNER.match(self.text, mention.end):
                continue  # "5 user accounts for the Champaign County system": whose system, not whose accounts
            if _JOINED.match(self.text, mention.end):
                return None  # "for Border Patrol and National Targeting Center": whose is it? Not one.
            return Evidence(_organisation(mention.entity), "sentence", f"named after it: {mention.text!r}")
        return None

    def _agency_sections(self) -> list[tuple[int, int, Evidence | None]]:
        """Numbered sections ("1. MIRS status (DPSCS)", "4. Policy reminders (DPSCS)"), each with the one
        agency its heading names (None when it names none or several), up to the next heading."""
        headings = [match for match in _SECTION_HEADING.finditer(self.text) if not _FIGURE.search(match["title"])]
        sections: list[tuple[int, int, Evidence | None]] = []
        for index, heading in enumerate(headings):
            end = headings[index + 1].start() if index + 1 < len(headings) else len(self.text)
            if (capitals := _CAPITALS_HEADING.search(self.text, heading.end(), end)) is not None:
                end = capitals.start()  # "FISCAL IMPACT": a heading of another kind ends the section
            named = {_organisation(m.entity).name: m for m in self.mentions_in(heading.start("title"), heading.end())
                     if m.entity.kind == "agency"}
            evidence = None
            if len(named) == 1 and not _RUNS_ON.match(self.text, heading.end()) and not self._hanging(heading):
                (mention,) = named.values()
                evidence = Evidence(mention.entity, "section", f"section heading {heading['title'].strip()!r}")
            sections.append((heading.start(), end, evidence))
        return sections

    def _hanging(self, heading: re.Match[str]) -> bool:
        """A numbered list item whose sentence goes on under its first word ("  3. Using the same service as
        the Sheriff's Office and the Salem" over "     Police Department lets ..."): no section heading."""
        column = heading.start("title") - (self.text.rfind("\n", 0, heading.start("title")) + 1)
        following = self.text[heading.end() + 1 : self.text.find("\n", heading.end() + 1) % (len(self.text) + 1)]
        return column > 0 and bool(following.strip()) and len(following) - len(following.lstrip()) == column

    def _section_agency(self, position: int) -> Evidence | None:
        for start, end, evidence in self._sections:
            if start <= position < end:
                return evidence
        return None

    def _context_agency(self, position: int | None, result: Attribution) -> Evidence | None:
        """The agency from the message (sender, else the recipients when a vendor writes), the thread,
        the document; empty, with a note, when the level that speaks is split."""
        parties = self.parties.get(position) if position is not None else None
        if parties is not None:
            sender = parties.sender
            if sender is not None and sender.entity.kind == "agency":
                return sender
            if sender is not None and len(parties.recipient_agencies) == 1:
                return parties.recipient_agencies[0]  # a vendor writes: its figures are its customer's
            if sender is not None and len(parties.recipient_agencies) > 1:
                result.notes.append("agency left empty: the message is addressed to several agencies")
                return None
        thread = self._thread_agencies(position)
        if len(thread) == 1 and parties is not None and parties.sender is None and any(
                thread[0].entity.name == recipient.entity.name for recipient in parties.recipient_agencies):
            result.notes.append("agency left empty: the writer is unknown, and the thread's agency is the one written to")
            return None
        if len(thread) == 1:
            return Evidence(thread[0].entity, "thread", thread[0].note)
        if len(thread) > 1:
            result.notes.append("agency left empty: the thread's messages come from several agencies")
            return None
        if self.document_agency is None and self._agency_note:
            result.notes.append(f"agency left empty: {self._agency_note}")
        return self.document_agency

    def _thread_agencies(self, position: int | None) -> list[Evidence]:
        message = self.messages.get(position) if position is not None else None
        key = thread_key(message.subject) if message is not None else None
        if key is None:
            return []
        found = []
        for other in self.threads.get(key, []):
            parties = self.parties[other]
            if parties.sender is not None and parties.sender.entity.kind == "agency":
                found.append(parties.sender)
            found.extend(parties.recipient_agencies)
        return _distinct(found)

    def _vendor(self, mentions: list[Mention], kind: str, start: int, end: int, figures: Sequence[tuple[int, int]],
                position: int | None, result: Attribution, columns: Sequence[str] = (),
                column: int | None = None) -> tuple[Evidence | None, Entity | None]:
        product_mentions = [m for m in mentions if m.entity.kind == "product"]
        named = self._sentence_vendor(mentions, start, end, figures) or self._caption_vendor(start)
        if named is None and column is not None:
            makers = [self._named_in_header(header) for header in columns]
            if len(makers[column]) == 1:
                named = Evidence(_organisation(makers[column][0]), "section",
                                 f"named in the column's header: {columns[column]!r}")
                if makers[column][0].kind == "product":
                    product_mentions = [Mention(makers[column][0], 0, 0, columns[column])]
            elif any(makers):
                result.notes.append(f"vendor left empty: the table's columns name what they count, and this one "
                                    f"({columns[column]!r}) names {'no one' if not makers[column] else 'several'}")
                return None, None
        if named is not None and named.entity.kind == "system":
            result.notes.append(f"vendor left empty: the figure is about {named.entity.name}, which "
                                f"{named.entity.vendor or 'a government body'} runs; no vendor sells it")
            return None, None
        product = next((m.entity for m in product_mentions
                        if named is None or m.entity.vendor == named.entity.name), None)
        if named is not None:
            return named, product
        if kind == "policies":
            return None, None
        parties = self.parties.get(position) if position is not None else None
        if parties is not None:
            if parties.sender is not None and parties.sender.entity.kind == "vendor":
                return parties.sender, product
            if len(parties.recipient_vendors) == 1:
                return parties.recipient_vendors[0], product
        thread_vendors = self._thread_vendors(position)
        if len(thread_vendors) == 1:
            return Evidence(thread_vendors[0].entity, "thread", thread_vendors[0].note), product
        vendor, note = (self.usage_vendor, self._usage_vendor_note) if kind == "usage" else (self.document_vendor,
                                                                                            self._vendor_note)
        if vendor is None and note:
            result.notes.append(f"vendor left empty: {note}")
        return vendor, product

    def _sentence_vendor(self, mentions: list[Mention], start: int, end: int,
                         figures: Sequence[tuple[int, int]]) -> Evidence | None:
        """Vendors bind either side of the figure ("paid $10,000 to Clearview", "a contract with
        Clearview AI for $18,000"), the nearer first, never across another figure."""
        best: tuple[bool, int, Mention] | None = None
        for mention in mentions:
            if mention.entity.kind not in ("vendor", "product", "system"):
                continue
            if mention.end <= start:
                distance, blocked = start - mention.end, _figure_between(figures, mention.end, start)
            elif mention.start >= end:
                distance, blocked = mention.start - end, _figure_between(figures, end, mention.start)
            else:
                distance, blocked = 0, False
            # A product names its maker: "FaceSearch (Vigilant Solutions, now part of Motorola Solutions)"
            # is Vigilant's, whichever company name sits nearer the price.
            rank = (mention.entity.kind != "product" or not mention.entity.vendor, distance, mention)
            if not blocked and (best is None or rank[:2] < best[:2]):
                best = rank
        if best is None:
            return None
        return Evidence(_organisation(best[2].entity), "sentence", f"named in the sentence: {best[2].text!r}")

    def _named_in_header(self, header: str) -> list[Entity]:
        """The vendors, products and systems a table's column header names, as the document names them
        ("SNAP", "Clearview" over columns of searches): each at most once."""
        named: dict[str, Entity] = {}
        for printed, entity in self._maker_names.items():
            if printed in header and re.search(rf"(?<!\w){re.escape(printed)}(?!\w)", header):
                named.setdefault(entity.name, entity)
        return list(named.values())

    @functools.cached_property
    def _maker_names(self) -> dict[str, Entity]:
        """Each vendor, product or system the document names, by the words it is printed as."""
        return {mention.text: mention.entity for mention in self.mentions
                if mention.entity.kind in ("vendor", "product", "system")}

    def _caption_vendor(self, position: int) -> Evidence | None:
        """The one vendor, product or system a table's title names ("Table 1. Clearview AI searches by month"),
        for a figure in the table's rows: read upwards over the rows, header and rules to the title."""
        line_start = self.text.rfind("\n", 0, position) + 1
        for _ in range(_CAPTION_REACH):
            if line_start == 0:
                return None
            above = self.text.rfind("\n", 0, line_start - 1) + 1
            line = self.text[above : line_start - 1]
            if _CAPTION.match(line):
                named = {_organisation(m.entity) for m in self.mentions_in(above, line_start - 1)
                         if m.entity.kind in ("vendor", "product", "system")}
                if len(named) != 1:
                    return None
                return Evidence(named.pop(), "section", f"named in the table's title: {line.strip()!r}")
            if line.strip() and not _TABLE_LINE.search(line):
                return None  # prose: the figure is in no titled table
            line_start = above
        return None

    def _thread_vendors(self, position: int | None) -> list[Evidence]:
        message = self.messages.get(position) if position is not None else None
        key = thread_key(message.subject) if message is not None else None
        if key is None or message is None:
            return []
        found = []
        for other in self.threads.get(key, []):
            parties = self.parties[other]
            if parties.sender is not None and parties.sender.entity.kind == "vendor":
                found.append(parties.sender)
            found.extend(parties.recipient_vendors)
        return _distinct([*found, *self._subject_vendors(message.subject or "")])

    def _subject_vendors(self, subject: str) -> list[Evidence]:
        """Vendors a thread's subject names, read once per subject."""
        if subject not in self._subjects:
            self._subjects[subject] = [Evidence(_organisation(m.entity), "thread", f"subject {m.text!r}")
                                       for m in self.gazetteer.mentions(subject) if m.entity.kind in ("vendor", "product")]
        return self._subjects[subject]

    # -- states ---------------------------------------------------------------------------------
    def _with_state(self, evidence: Evidence, start: int, end: int, position: int | None) -> Evidence:
        """Fill state and ORI from the clues nearest the fact: its sentence's surroundings, its
        message, then the whole document; a clue set that names several states decides nothing."""
        entity = evidence.entity
        if entity.ori is not None:
            return evidence
        scopes = [(max(0, start - 400), end + 400)]
        message = self.messages.get(position) if position is not None else None
        if message is not None:
            scopes.append((message.char_start, message.char_end))
        scopes.append((0, len(self.text)))
        for scope in scopes:
            states = self.states_near(*scope)
            if not states:
                continue
            ranked = states.most_common(2)
            if len(ranked) > 1 and ranked[1][1] * 2 > ranked[0][1]:
                continue
            resolved = self.gazetteer.resolve_agency(entity, [ranked[0][0]])
            if resolved != entity:
                return Evidence(resolved, evidence.source, evidence.note)
        return evidence


def _address_book(messages: Sequence[SplitMessage], senders: dict[int, Evidence | None]) -> dict[str, Evidence]:
    """Addresses whose sender signs for one agency in this document: what a reply addressed to them is
    about ("To: gwhitcomb@mta.maryland.gov" is the transit police when Whitcomb signs for it)."""
    signed: dict[str, set[str]] = {}
    evidence: dict[str, Evidence] = {}
    for message in messages:
        sender = senders.get(message.position)
        if message.sender_address and sender is not None and sender.entity.kind == "agency" and sender.source == "signature":
            address = message.sender_address.lower()
            signed.setdefault(address, set()).add(sender.entity.name)
            evidence[address] = sender
    return {address: evidence[address] for address, names in signed.items() if len(names) == 1}


def _titled_officials(text: str) -> list[Mention]:
    return [Mention(Entity("agency", "Attorney General's Office", agency_type="attorney general"), m.start(), m.end(),
                    m.group().strip())
            for m in _TITLED.finditer(text)]


def _single_state(states: Counter[str]) -> str | None:
    """The state a set of clues names, when one clearly dominates."""
    ranked = states.most_common(2)
    if not ranked or (len(ranked) > 1 and ranked[1][1] * 2 > ranked[0][1]):
        return None
    return ranked[0][0]


_TITLE_LINES = 3
_TITLE_LINE_CHARS = 80
_CREDIT_LINE = re.compile(r"^\s*(?:Credit|Photo|Image|Source|Courtesy|Caption)\s*[:|]", re.IGNORECASE | re.MULTILINE)


def _title_end(text: str) -> int:
    """Where the title or letterhead ends: the first few short lines before the prose starts."""
    end, lines = 0, 0
    for line in re.finditer(r"[^\n]*\n?", text):
        stripped = line.group().strip()
        if not stripped:
            end = line.end()
            if line.end() >= len(text):
                break
            continue
        if len(stripped) > _TITLE_LINE_CHARS or lines >= _TITLE_LINES:
            break
        end, lines = line.end(), lines + 1
    return end


def _lede_end(text: str, start: int) -> int:
    """The end of the first sentence after the title: a story's lede names whose story it is."""
    stop = re.compile(r"[.!?](?=\s)|\n\s*\n").search(text, start)
    return stop.end() if stop else len(text)


# A document's defined term for an agency: "the Department", "the Office" (and "the Department's"),
# capitalised and not followed by "of" ("the Department of Public Safety" names another), stands for the one
# agency whose name carries that noun.
_DEFINED_TERMS = tuple((noun, re.compile(rf"\b[Tt]he\s+{noun}\b(?!\s+of\b)"))
                       for noun in ("Department", "Office", "Division", "Bureau"))
# References by kind alone, to the one agency of that kind a document names.
_KIND_REFERENCES = (
    ("county sheriff", re.compile(r"\b(?:[Ss]heriff['’]s\s+(?:[Oo]ffice|[Dd]epartment)|[Ss]heriff['’]s|[Tt]he\s+[Ss]heriff)\b")),
    ("city police", re.compile(r"\b(?:city\s+police|police\s+department)\b", re.IGNORECASE)),
)
# A news story's byline ("By Priya Delacroix-Haugen, Staff Writer") near its top: its lede follows.
_BYLINE = re.compile(r"^[ \t]*By[ \t]+[A-Z][\w.'’-]+(?:[ \t]+[A-Z][\w.'’-]+){0,3}[ \t]*(?:,[^\n]{0,60}|\|[^\n]{0,60})?$",
                     re.MULTILINE)
_BYLINE_REACH = 1200


def _byline_lede(text: str) -> tuple[int, int] | None:
    """The first sentence under a news story's byline: its subject is whose story it is."""
    byline = _BYLINE.search(text, 0, min(len(text), _BYLINE_REACH))
    if byline is None:
        return None
    start = byline.end()
    while start < len(text) and text[start].isspace():
        start += 1
    stop = re.compile(r"[.!?](?=\s)|\n\s*\n").search(text, start)
    return start, stop.end() if stop else len(text)


# A sentence denying that a product is used, bought or included: its vendor is not the document's.
_USE_DENIED = re.compile(r"\b(?:no|not|never|(?:do|does|did)n['’]t|none\s+of)\b[^.;]{0,40}?\b"
                         r"(?:use[sd]?|using|includes?|included|install(?:s|ed)?|purchase[sd]?|buy|bought|acquired?|contract(?:s|ed)?\s+with|subscribe[sd]?|"
                         r"licen[cs]e[sd]?)\b", re.IGNORECASE)
# A page's running header or footer: a page number and a title set apart by bars or runs of spaces
# ("Martinsburg Police Department | 2023 Annual Report | Page 31").
_PAGE_NUMBER = re.compile(r"(?:^|[|•·]|[ \t]{3,})[ \t]*(?:Page|Pg\.?|p\.)[ \t]+\d{1,4}(?:[ \t]+of[ \t]+\d{1,4})?"
                          r"[ \t]*(?:$|[|•·])", re.IGNORECASE)


def _running_line(text: str, position: int) -> bool:
    """Whether the line at `position` is a page's running header or footer."""
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    line = text[start : len(text) if end == -1 else end]
    return len(line) <= 100 and _PAGE_NUMBER.search(line) is not None and ("|" in line or "  " in line.strip())


def _uncounted_lines(text: str) -> list[tuple[int, int]]:
    """Lines that do not say whose document it is: photo credits, and a line printed again word for
    word (a caption or running header repeated). Sorted and merged, to be looked up by bisection."""
    spans = [(m.start(), text.find("\n", m.start()) % (len(text) + 1)) for m in _CREDIT_LINE.finditer(text)]
    seen: set[str] = set()
    for line in re.finditer(r"[^\n]+", text):
        key = line.group().strip()
        if len(key) > 20 and key in seen:
            spans.append(line.span())
        seen.add(key)
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


# An agency's initials as documents print them: "TCSO", "NKPD", "WCSD" (not "SSO", "ISO" or a "CSO").
_AGENCY_INITIALS = re.compile(r"\b(?:[A-Z]{1,4}PD|[A-Z]{2,4}(?:SO|SD))\b")
_OWN_INITIALS_TIMES = 3


def _initials(name: str) -> str:
    return "".join(word[0] for word in re.findall(r"[A-Za-z][\w'’.]*", name.split(" (")[0])
                   if word.lower() not in _SMALL_WORDS and not word.lower().startswith(("'s", "’s"))).upper()


def _aliases(text: str, mentions: list[Mention]) -> tuple[dict[str, set[Entity]], list[Entity]]:
    """The short names a document may use for the organisations it names, and its agencies in order."""
    aliases: dict[str, set[Entity]] = {}
    agencies: list[Entity] = []
    for mention in mentions:
        entity = mention.entity
        if entity.kind != "agency":
            if entity.kind == "vendor" and (defined := _DEFINED.match(text, mention.end)):
                aliases.setdefault(defined["alias"], set()).add(entity)
            continue
        if entity not in agencies:
            agencies.append(entity)
        initials = _initials(entity.name)
        if defined := _DEFINED.match(text, mention.end):
            # "Fredericksburg PD (FPD-OUTSIDE)": the agency's initials with a qualifier is a code of a log's
            # column (its outside requests), not a name of the agency the log prints on every row.
            alias = defined["alias"]
            if "-" in alias and alias.split("-")[0].upper() == initials.upper():
                alias = alias.split("-")[0]
            aliases.setdefault(alias, set()).add(entity)
        if len(initials) >= 3:
            aliases.setdefault(initials.upper(), set()).add(entity)
        if body := _body_initials(entity):
            aliases.setdefault(body, set()).add(entity)
    return aliases, agencies


_LEADING_INITIALS = re.compile(r"^(?P<initials>[A-Z]{2,6})\s+(?P<body>(?:Police|Public\s+Safety|Department|Sheriff)\b.*)$")


def _spelled_out(text: str, mentions: list[Mention], gazetteer: Gazetteer, states: set[str]) -> list[Mention]:
    """"UNM Police Department" in a release whose letterhead prints "The University of New Mexico": the
    agency under the name its initials stand for (and the ORI the FBI list gives that name), when the
    document spells out exactly one name with those initials."""
    spelled: dict[str, Entity | None] = {}
    result: list[Mention] = []
    for mention in mentions:
        entity = mention.entity
        match = _LEADING_INITIALS.match(entity.name) if entity.kind == "agency" else None
        if match is None:
            result.append(mention)
            continue
        if entity.name not in spelled:
            spelled[entity.name] = _spelled_agency(text, match["initials"], match["body"], gazetteer, states)
        full = spelled[entity.name]
        result.append(mention if full is None else Mention(full, mention.start, mention.end, mention.text))
    return result


def _spelled_agency(text: str, initials: str, body: str, gazetteer: Gazetteer, states: set[str]) -> Entity | None:
    """The name the initials stand for, printed in title case or in a letterhead's capitals ("JEFFERSON
    COUNTY PUBLIC SCHOOLS" for "JCPS Police Department")."""
    titled = r"\s+(?:(?:of|the|and|for|&)\s+)*".join(rf"{letter}[a-z]+" for letter in initials)
    capitals = r"\s+(?:(?:OF|THE|AND|FOR|&)\s+)*".join(rf"{letter}[A-Z]+" for letter in initials)
    names = {_titled(re.sub(r"\s+", " ", found.group())) for words in (titled, capitals)
             for found in re.finditer(rf"\b{words}\b", text)}
    if len(names) != 1:
        return None
    name = f"{names.pop()} {body}"
    agency_type = "university" if re.search(r"\b(?:University|College)\b", name) else None
    return gazetteer.resolve_agency(Entity("agency", name, agency_type=agency_type), states)


def _titled(name: str) -> str:
    """A name printed in capitals, in title case with its small words in lower case."""
    if not name.isupper():
        return name
    return " ".join(word.lower() if word in ("OF", "THE", "AND", "FOR") else word.title() for word in name.split())


def _body_initials(entity: Entity) -> str | None:
    """"DPS" for the New Mexico Department of Public Safety: the initials of a state body's name without
    its state, when they are three letters or more."""
    state_name = STATE_NAMES.get(entity.state or "", "")
    if not state_name or not entity.name.startswith(f"{state_name} "):
        return None
    body = _initials(entity.name[len(state_name):])
    return body if len(body) >= 3 else None


def _without_foreign_initials(mentions: list[Mention]) -> list[Mention]:
    """A reference list's short alias ("WCSO" for Washington County's sheriff) means another agency in a
    document that names one with those initials in full (Washoe County Sheriff's Office): dropped there."""
    named: dict[str, set[str]] = {}
    for mention in mentions:
        if mention.entity.kind == "agency" and len(mention.text) > 8:
            named.setdefault(_initials(mention.entity.name), set()).add(mention.entity.name)
    return [mention for mention in mentions
            if not (mention.entity.kind == "agency" and mention.text.isupper() and len(mention.text) <= 6
                    and named.get(mention.text, {mention.entity.name}) - {mention.entity.name})]


class _Spans:
    """Spans of the text already taken by a mention, kept as sorted disjoint intervals (overlapping ones
    merged): whether a match overlaps one is a binary search, where a scan of every mention made the
    alias passes quadratic in a long release's length."""

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []
        for start, end in spans:
            self.add(start, end)

    def overlaps(self, start: int, end: int) -> bool:
        """Whether a taken span shares a character with [start, end)."""
        before = bisect.bisect_left(self._starts, end)  # the spans that start before `end`
        return before > 0 and self._ends[before - 1] > start

    def covers(self, position: int) -> bool:
        before = bisect.bisect_right(self._starts, position)
        return before > 0 and self._ends[before - 1] > position

    def add(self, start: int, end: int) -> None:
        low = bisect.bisect_left(self._starts, start)
        while low > 0 and self._ends[low - 1] > start:
            low -= 1
        high = bisect.bisect_left(self._starts, end, lo=low)
        if low < high:  # the spans it overlaps: one span with them
            start, end = min(start, self._starts[low]), max(end, self._ends[high - 1])
        self._starts[low:high] = [start]
        self._ends[low:high] = [end]


def _document_aliases(text: str, mentions: list[Mention], gazetteer: Gazetteer, states: set[str],
                      document_state: str | None) -> list[Mention]:
    """More mentions of the agencies a document names: the abbreviations it defines ("(MSP)"), the
    initials of their names ("DPD" for Detroit Police Department), and references such as "the
    Sheriff's Office" where the document names exactly one agency of that kind."""
    aliases, agencies = _aliases(text, mentions)
    taken = _Spans((m.start, m.end) for m in mentions)
    found: list[Mention] = []
    for alias, entities in aliases.items():
        if len(entities) != 1:
            continue  # two agencies with the same initials: the abbreviation decides nothing
        (entity,) = entities
        for match in re.finditer(rf"(?<![\w-]){re.escape(alias)}(?![\w-])", text):
            if not taken.overlaps(match.start(), match.end()):
                found.append(Mention(entity, match.start(), match.end(), match.group()))
                taken.add(*match.span())
    found.extend(_places_then_references(text, taken, gazetteer, states))
    found.extend(_place_initialisms(text, taken, gazetteer, states))
    found.extend(_bare_places(text, agencies, taken))
    found.extend(_county_jails(text, taken, gazetteer, states))
    governed: dict[str, Entity | None] = {}
    for match in _REFERENCE.finditer(text):
        tail = re.sub(r"\s+", " ", match.group(1)).replace("’", "'")
        tail = _TAIL_BY_CAPITALS.get(tail, tail)
        tail = {"Office of the Sheriff": "Sheriff's Office", "Department of Police": "Police Department"}.get(tail, tail)
        owners = [entity for entity in agencies if entity.name.replace("’", "'").split(" (")[0].endswith(tail)]
        if not owners or _GOVERNMENT_TITLE.search(text, 0, _TITLE_AREA):
            # A council's or commission's own minutes ("OGDEN CITY COUNCIL"): "the Police Department" is its
            # police, whatever other police the minutes name ("South Ogden police could send requests").
            if tail not in governed:
                governed[tail] = _governed_agency(text, tail, gazetteer, states, document_state, agencies)
            owners = [governor] if (governor := governed[tail]) is not None else owners
        if len(owners) == 1 and not taken.overlaps(match.start(), match.end()):
            found.append(Mention(owners[0], match.start(), match.end(), match.group()))
            taken.add(*match.span())
    return found


# "In Kenner, the Police Department pays ...": a news story's place, then "the Police Department" of it.
_IN_PLACE_REFERENCE = re.compile(
    r"\b[Ii]n\s+(?P<place>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}),\s+(?:the\s+)?"
    r"(?P<body>[Pp]olice\s+[Dd]epartment|[Ss]heriff['’]s\s+[Oo]ffice|[Pp]olice|[Ss]heriff(?:['’]s\s+[Dd]epartment)?)\b")


def _places_then_references(text: str, taken: _Spans, gazetteer: Gazetteer, states: set[str]) -> list[Mention]:
    """"In Kenner, the Police Department ...", "In Jefferson Parish, the Sheriff's Office ...": the agency of
    the place the sentence opens with, when its name is one the FBI list knows in the document's states."""
    found: list[Mention] = []
    for match in _IN_PLACE_REFERENCE.finditer(text):
        if taken.overlaps(match.start("body"), match.end("body")):
            continue
        sheriff = match["body"].lower().startswith("sheriff")
        place = match["place"]
        county_named = place.endswith(("County", "Parish"))
        if sheriff and not county_named:
            place = f"{place} County"
        name = f"{place} Sheriff's Office" if sheriff else f"{place} Police Department"
        entity = gazetteer.resolve_agency(Entity("agency", name, agency_type="county sheriff" if sheriff else None), states)
        if entity.ori is not None or (sheriff and county_named):  # "In March, the police": no place, no agency
            found.append(Mention(entity, match.start("body"), match.end("body"), match["body"]))
            taken.add(*match.span("body"))
    return found


# "the Ada County jail booking gallery", "the Sedgwick County Adult Detention Facility": a county's jail is
# its sheriff's, and so are the booking photos taken there.
_COUNTY_JAIL = re.compile(
    r"\b(?P<place>(?:[A-Z][a-z]+\s){1,2})County\s+(?:(?:Adult|Juvenile|Main)\s+)?(?:[Jj]ail|Detention\s+(?:Facility|Center|Centre)"
    r"|Correctional\s+(?:Facility|Center|Centre))\b")


def _county_jails(text: str, taken: _Spans, gazetteer: Gazetteer, states: set[str]) -> list[Mention]:
    """A county jail named where the FBI list knows that county's sheriff's office in exactly one of the
    document's states: a mention of that sheriff's office."""
    found: list[Mention] = []
    for match in _COUNTY_JAIL.finditer(text):
        if taken.overlaps(match.start(), match.end()):
            continue
        name = Entity("agency", f"{match['place'].strip()} County Sheriff's Office")
        sheriffs = [sheriff for state in sorted(states)
                    if (sheriff := gazetteer.resolve_agency(name, {state})).ori is not None and sheriff.state == state]
        if len(sheriffs) == 1:
            found.append(Mention(sheriffs[0], match.start(), match.end(), match.group()))
            taken.add(*match.span())
    return found


_COUNTY_AGENCY = re.compile(r"^(?P<place>(?:[A-Z][\w'’.-]*\s){1,3}(?:County|Parish))\s+(?:Police|Sheriff)")


def _bare_places(text: str, agencies: list[Entity], taken: _Spans) -> list[Mention]:
    """"Baltimore County reported ..." in notes that list "Baltimore County Police Department" among
    those present: the county named alone, where the document names one police or sheriff of it."""
    by_place: dict[str, set[Entity]] = {}
    for entity in agencies:
        if match := _COUNTY_AGENCY.match(entity.name):
            by_place.setdefault(match["place"], set()).add(entity)
    found: list[Mention] = []
    for place, entities in by_place.items():
        if len(entities) != 1:
            continue
        (entity,) = entities
        words = r"\s+".join(re.escape(word) for word in place.split())
        for match in re.finditer(rf"(?<![\w-]){words}(?![\w-])(?!\s+(?:[A-Z]|of\b))", text):
            if not taken.overlaps(match.start(), match.end()):
                found.append(Mention(entity, match.start(), match.end(), match.group()))
                taken.add(*match.span())
    return found


# "Members of the Jefferson County Commission", "City of Mesa", "the Tulsa City Council": the local
# government a document is written in, whose sheriff or police "the Sheriff's Office" means.
# "Linn County Board of Supervisors", or in a title's capitals "WAUKESHA COUNTY BOARD OF SUPERVISORS".
# An article is no part of the place ("The Dayton City Commission").
# A place's words, never a body's own ("BOARD OF COUNTY COMMISSIONERS" names no county).
_PLACE_TOKEN = (r"(?!(?:The|THE|Of|OF|Board|BOARD|Office|OFFICE|Clerk|CLERK|That|THAT|This|THIS|Regular|REGULAR|Special|SPECIAL|"
                r"Minutes|MINUTES|Meeting|MEETING|Agenda|AGENDA|Whereas|WHEREAS)\b)")
_PLACE_WORDS = rf"(?:(?:{_PLACE_TOKEN}[A-Z][a-z]+\s){{1,2}}|(?:{_PLACE_TOKEN}[A-Z]{{2,}}[ \t]){{1,2}})"
_COUNTY_BODY = re.compile(rf"\b(?P<place>{_PLACE_WORDS})(?:County|COUNTY)\s+"
                          r"(?i:Commission|Board|Commissioners|Council|Manager|Administrator|Executive|Government|Courthouse|Legislature|Attorney)")
_CITY_BODY = re.compile(r"\b(?:City\s+of\s+|CITY\s+OF\s+)(?P<place>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?|[A-Z]{2,}(?:[ \t][A-Z]{2,})?)\b|"
                        rf"\b(?P<council>{_PLACE_WORDS})(?:City|CITY)\s+"
                        r"(?i:Council|Manager|Hall|Commission)")
_COUNTY_REFERENCES = frozenset({"Sheriff's Office", "Sheriff's Department"})
_GOVERNMENT_TITLE = re.compile(r"\b(?:CITY|COUNTY|City|County)\s+(?i:council|commission|board|commissioners|legislature)\b")
_TITLE_AREA = 200
_CITY_REFERENCES = frozenset({"Police Department", "Division of Police", "Police Bureau"})


def _governed_agency(text: str, tail: str, gazetteer: Gazetteer, states: set[str], document_state: str | None,
                     agencies: Sequence[Entity] = ()) -> Entity | None:
    """The county's sheriff or the city's police the document's own local government implies, when the
    places it names (in running text, or as a government named in capitals: "CITY OF GRAND ISLAND") give
    exactly one such agency the FBI list knows in the document's state. A place the list does not know
    (a town too small for it, a name it spells otherwise) still gives its agency, unplaced by ORI, when
    the document names exactly one such government (placed in a state where its clues name one)."""
    governments = [match for entity in agencies if (match := _GOVERNMENT.match(entity.name))]
    if tail in _COUNTY_REFERENCES:
        names = {f"{m['place'].strip().title()} County Sheriff's Office" for m in _COUNTY_BODY.finditer(text)}
        names |= {f"{m['county']} Sheriff's Office" for m in governments if m["county"]}
    elif tail in _CITY_REFERENCES:
        names = {f"{(m['place'] or m['council']).strip().title()} Police Department" for m in _CITY_BODY.finditer(text)}
        names |= {f"{m['place'].strip()} Police Department" for m in governments if m["place"]}
    else:
        return None
    found = {}
    for name in sorted(names):  # one ORI may be spelled two ways: the same one wins on every run
        entity = gazetteer.resolve_agency(Entity("agency", name), states)
        if entity.ori is not None and entity.state in states:
            found[entity.ori] = entity
    if not found and len(names) == 1:
        (name,), state = names, document_state
        kind = "county sheriff" if tail in _COUNTY_REFERENCES else "city police"
        return Entity("agency", name, state=state, agency_type=kind)
    return next(iter(found.values())) if len(found) == 1 else None


# Not inside a document or account number ("PO 24-UPD-0193").
_INITIALISM = re.compile(r"(?<![\w-])(?P<place>[A-Z]{1,4})(?P<body>PD|SO|CSO|SD|DPS)(?![\w-])")
_BODIES = {"PD": "Police Department", "SO": "Sheriff's Office", "CSO": "County Sheriff's Office",
           "SD": "Sheriff's Department", "DPS": "Department of Public Safety"}


def _place_initialisms(text: str, taken: _Spans, gazetteer: Gazetteer, states: set[str]) -> list[Mention]:
    """"WFPD" in a story about Wichita Falls: the initials of a place the document names, plus a body,
    when that makes the name of an agency the FBI list knows in a state the document's clues name."""
    found: list[Mention] = []
    resolved: dict[str, Entity | None] = {}
    for match in _INITIALISM.finditer(text):
        if taken.overlaps(match.start(), match.end()):
            continue
        key = match.group()
        if key not in resolved:
            # One letter of a place ("UPD") is any university's or town's police: only a place the document names.
            resolved[key] = (_initialism_agency(text, match["place"], _BODIES[match["body"]], gazetteer, taken, states)
                             or (_state_initialism(key, gazetteer, states) if len(match["place"]) > 1 else None))
        entity = resolved[key]
        if entity is not None:
            found.append(Mention(entity, match.start(), match.end(), key))
            taken.add(*match.span())
    return found


def _initialism_agency(text: str, initials: str, body: str, gazetteer: Gazetteer, taken: _Spans,
                       states: set[str]) -> Entity | None:
    words = r"\s+".join(rf"{letter}[a-z]+" for letter in initials)
    places = {re.sub(r"\s+", " ", m.group()) for m in re.finditer(rf"\b{words}\b", text, re.IGNORECASE)
              if m.group()[0].isupper() and not taken.covers(m.start())}
    candidates = []
    for place in places:
        entity = gazetteer.resolve_agency(Entity("agency", f"{place.title()} {body}"), states)
        if entity.ori is not None and entity.state in states:
            candidates.append(entity)
    return candidates[0] if len({c.ori for c in candidates}) == 1 else None


def _state_initialism(initialism: str, gazetteer: Gazetteer, states: set[str]) -> Entity | None:
    """"LMPD" in a document placed in Kentucky: the one agency the FBI lists there with those initials
    (none where several share them, as "JCSO" does among Kentucky's sheriffs)."""
    listed = [agency for state in states for agency in reference.agencies().by_initials.get((state, initialism), ())]
    if len(listed) != 1:
        return None
    return gazetteer.agency_by_ori(listed[0].ori)


_LAW_ENFORCEMENT = re.compile(r"\b(?:Police|Sheriff|Marshal|Public\s+Safety|Constable|Law\s+Enforcement)", re.IGNORECASE)


def _local_agencies(mentions: Sequence[Mention]) -> dict[str, list[Entity]]:
    """The police departments and sheriff's offices a document names, by the place their name starts
    with ("Mesa" and "Mesa County" for "Mesa County Sheriff's Office")."""
    by_place: dict[str, list[Entity]] = {}
    for mention in mentions:
        entity = mention.entity
        if entity.kind != "agency" or _GOVERNMENT.match(entity.name) or not _LAW_ENFORCEMENT.search(entity.name):
            continue
        words = entity.name.split()
        for length in range(1, min(4, len(words))):
            place = " ".join(words[:length])
            agencies = by_place.setdefault(place, [])
            if all(entity.name != other.name for other in agencies):
                agencies.append(entity)
    return by_place


_COUNTY_WORD = re.compile(r"(?:County|Parish|Borough)\b")
_CITY_GOVERNMENT = re.compile(r"(?:City|Town|Village)\s+of\s")


def _acts_for(government: str, place: str, agency: str) -> bool:
    """Whether an agency named for a government's place ("Orlando Police Department" for "City of Orlando",
    "Henrico County Police Division" for "County of Henrico") acts for that government: any does, except a
    county's for a city ("City of Yankton" is not the Yankton County Sheriff's Office)."""
    return not (_CITY_GOVERNMENT.match(government) and _COUNTY_WORD.match(agency, len(place) + 1))


def _fold_governments(scores: Counter[str]) -> None:
    """"City of Orlando" and "Orlando Police Department" in one document: the city government's
    mentions count for its police department (or a county's for its sheriff), the agency that acts. A
    city's never count for its county's ("City of Yankton" and "Yankton County Sheriff's Office")."""
    for name in list(scores):
        government = _GOVERNMENT.match(name)
        if government is None:
            continue
        place = government["place"] or government["county"]
        agencies = [other for other in scores if other != name and other.startswith(f"{place} ")
                    and not _GOVERNMENT.match(other) and _acts_for(name, place, other)]
        if len(agencies) == 1:
            scores[agencies[0]] += scores.pop(name)


_UNIT_NAME = re.compile(r"\b(?:Cent(?:er|re)|Unit|Exchange|Section)$")
# "Utah Department of Public Safety, Statewide Information and Analysis Center", "Iowa DPS's Fusion Center",
# "Police Department - Real Time Crime Center"; "the Virginia Fusion Center of the Virginia State Police".
_PARENT_THEN_UNIT = re.compile(r"(?:\s*[,/|:–—-]\s*|['’]s\s+|\s+)(?:the\s+)?", re.IGNORECASE)
_UNIT_OF_PARENT = re.compile(r",?\s+(?:of|within|under|at|in)\s+(?:the\s+)?", re.IGNORECASE)


_PLACELESS_UNIT = re.compile(r"^(?:Real[\s-]Time|Statewide|Regional|State|Crime|Criminal|Intelligence|Information|Fusion|Joint|"
                             r"Investigative|Strategic|Tactical|Analysis|Source|Technology|Video)\b")


def _is_unit(entity: Entity) -> bool:
    """A unit whose name says no place ("Real Time Intelligence Center", "Statewide Information and Analysis
    Center"): only its agency identifies it. A fusion centre named for its place ("Maine Information and
    Analysis Center") is a body of its own, reported by that name."""
    return entity.kind == "agency" and entity.ori is None and bool(_PLACELESS_UNIT.match(entity.name)) and (
        entity.agency_type == "fusion center" or bool(_UNIT_NAME.search(entity.name)))


_STATE_GOVERNMENT = re.compile(r"^(?:State|Commonwealth|Territory)\s+of\s+", re.IGNORECASE)


def _specific(entity: Entity | None) -> Entity | None:
    """An email domain's organisation, unless it is a whole state's government (ky.gov is every Kentucky
    agency's): that names no agency."""
    return None if entity is not None and _STATE_GOVERNMENT.match(entity.name) else entity


# "MIRS is the State's central face recognition system, built and maintained by DataWorks Plus", "SNAP runs on
# NEC's NeoFace": a sentence that names who makes a government-run system.
_SYSTEM_MAKER_CUE = re.compile(r"\b(?:built|developed|maintained|provided|supplied|hosted|powered|designed|licensed|"
                               r"sold)\b[^.]{0,40}?\bby\b|\b(?:runs|built|based)\s+on\b|\b(?:vendor|contractor|"
                               r"manufacturer|maker)\b|\b(?:software|platform|engine|algorithm)\s+(?:from|by|of)\b",
                               re.IGNORECASE)


# A table's title line, and the lines a table is made of (cells apart by runs of spaces, or a rule).
_CAPTION = re.compile(r"[ \t]*(?:Table|TABLE|Exhibit|EXHIBIT|Figure|Chart)[ \t]+[\w.-]{1,6}[.:]?[ \t]+\S")
_TABLE_LINE = re.compile(r"\S(?: {3,}|\t)\S|^[ \t]*[-=_|+ ]{3,}[ \t]*$")
_CAPTION_REACH = 40  # lines
_NAME_REACH = 80  # characters of an awarded vendor's name


def _organisation(entity: Entity) -> Entity:
    """A product speaks for its vendor."""
    if entity.kind == "product" and entity.vendor:
        return Entity("vendor", entity.vendor)
    return entity


def _figure_between(figures: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    return any(start <= figure_start and figure_end <= end for figure_start, figure_end in figures)
