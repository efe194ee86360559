"""Agency names recognised by their grammar, not by a list: "Monroe County Sheriff's Office", "Office of
the Washington County Sheriff", "City of Tucson Police Department", "Columbus Division of Police",
"Oregon State Police", "Department of Motor Vehicles of Vermont", "Ohio Attorney General", "Northern
California Regional Intelligence Center", also in capitals and with OCR slips ("Sherif's Offce",
"P0lice Departrnent", a name broken over two lines).

One regular-expression pass finds the body of a name (Police Department, County Sheriff's Office, ...);
its place is read backwards from the few words before it on the same line, so the scan stays linear.
Weak forms ("Akron police", "Orlando PD") count only when the reference list (the FBI's agencies,
`known`) has the name, and a place that runs into a title ("Records Clerk East Longmeadow Police
Department") is cut to the longest tail the reference list knows. Names are keyed for lookup by
`agency_key`, which folds spelling variants ("Sheriff's Dept." = "Sheriff's Office", "PD" = "Police
Department", "Saint" = "St")."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from foia.extract import first_characters
from foia.extract.places import STATE_ABBREVIATIONS, STATES, state_code

AGENCY_TYPES = (
    "county sheriff", "city police", "county police", "state police", "state agency", "federal", "dmv",
    "fusion center", "university", "tribal", "attorney general", "prosecutor", "marshal", "city", "county",
    "state", "special district", "school district", "other",
)
# Secretaries of state who run driver licensing (and so hold the licence photos).
SECRETARY_OF_STATE_LICENSING = frozenset({"MI", "IL"})

_SP = r"[ \u00a0]{1,2}"  # a name's words; a wider gap or a tab is a column gap, which ends a name
_SEP = rf"(?:[ \t\u00a0]*\r?\n[ \t\u00a0]*|{_SP})"  # one line break may fall inside a name
_APOS = r"['’`]"
_POLICE = r"P[o0][l1][i1l][ct]e"  # "Polite Department": OCR reads c as t
_DEPARTMENT = r"(?:[Dd]ep(?:ar)?t?(?:-[ \t]*\r?\n?[ \t]*)?(?:rn|m)[eo]nt|[Dd]ept\.?|[Dd]ep['’]t\.?)"
_SHERIFF = rf"Sh[e]r{{1,2}}[i1l]f{{1,2}}(?:{_APOS}?s\b|s{_APOS})?"
_OFFICE = rf"(?:[O0]f{{1,2}}[i1l]?ce|{_DEPARTMENT})"
_COUNTY = r"(?:C[o0]unty|Cnty\.?|Co\.|Parish)"

_BODIES: tuple[tuple[str, str], ...] = (
    ("county_sheriff", rf"{_COUNTY}{_SEP}{_SHERIFF}(?:{_SEP}{_OFFICE})?|(?:County|Co\.|Parish){_SP}SO"),
    ("sheriff", rf"{_SHERIFF}{_SEP}{_OFFICE}"),
    ("state_police", rf"(?:(?:Department|Division){_SEP}of{_SEP})?State{_SEP}(?:{_POLICE}|Patrol)"
                     rf"|(?:State{_SEP})?Highway{_SEP}Patrol"),
    ("police", rf"(?:Metropolitan{_SEP})?{_POLICE}{_SEP}(?:{_DEPARTMENT}|Bureau|Services?|Force|Division)"
               rf"|(?:Division|Bureau|Department){_SEP}of{_SEP}{_POLICE}"
               rf"|Law{_SEP}Enforcement{_SEP}(?:{_DEPARTMENT}|Agency|Bureau)"),
    ("public_safety", rf"(?:Department|Dept\.?){_SEP}of{_SEP}Public{_SEP}Safety"
                      rf"(?:{_SP}and{_SP}(?:Correction(?:al|s)(?:{_SP}Services)?|Homeland{_SP}Security|Emergency{_SP}Management))?"
                      rf"|Public{_SEP}Safety{_SEP}{_DEPARTMENT}"),
    ("investigation", rf"(?:State{_SEP})?Bureau{_SEP}of{_SEP}(?:Criminal{_SEP})?"
                      rf"(?:Investigations?|Apprehension|Identification(?:{_SEP}and{_SEP}Investigation)?)"),
    ("law_enforcement", rf"Department{_SEP}of{_SEP}Law{_SEP}Enforcement|Law{_SEP}Enforcement{_SEP}Division"),
    ("dmv", rf"(?:Department|Division|Bureau){_SEP}[Oo]f{_SEP}Motor{_SEP}Vehicles?"
            rf"|Motor{_SEP}Vehicles?{_SEP}(?:Division|Administration|Commission|Department)"
            rf"|(?:Department|Division){_SEP}[Oo]f{_SEP}(?:Driver{_SEP}(?:Services|Licens(?:e|ing))|Licensing)"
            rf"|Secretary{_SEP}of{_SEP}State(?:{_APOS}s{_SEP}Office)?"),
    ("attorney_general",
     rf"Office{_SEP}of{_SEP}the{_SEP}Attorney{_SEP}General|[Aa]ttorney{_SEP}[Gg]eneral(?:{_APOS}s{_SEP}Office)?"),
    ("prosecutor", rf"District{_SEP}Attorney(?:{_APOS}s{_SEP}Office)?|(?-i:DA)(?:{_APOS}s{_SEP}Office)?"
                   rf"|(?:Prosecuting{_SEP})?Attorney{_APOS}s{_SEP}Office"
                   rf"|Prosecutor{_APOS}s{_SEP}Office|State{_APOS}s{_SEP}Attorney(?:{_APOS}s{_SEP}Office)?"),
    ("marshal", rf"Marshal{_APOS}?s?{_SEP}(?:Office|Service)|Marshal\b"),
    ("fusion", rf"Fusion{_SEP}Cent(?:er|re)|Real[- ]?[Tt]ime{_SEP}(?:Crime|Intelligence|Information){_SEP}Cent(?:er|re)"
               rf"|(?:Regional{_SEP})?Intelligence{_SEP}Cent(?:er|re)"
               rf"|(?:Regional{_SEP})?Information{_SEP}(?:Sharing{_SEP}(?:and{_SEP}Analysis{_SEP})?|and{_SEP}Analysis{_SEP})Cent(?:er|re)"
               rf"|Coordination{_SEP}and{_SEP}Analysis{_SEP}Cent(?:er|re)"
               rf"|(?:Crime{_SEP})?Information{_SEP}Analysis{_SEP}Cent(?:er|re)|Crime{_SEP}Information{_SEP}Cent(?:er|re)"
               rf"|Analytic(?:al)?{_SEP}(?:&|and){_SEP}Fusion{_SEP}Exchange|Fusion{_SEP}Exchange"
               rf"|Counter[- ]?[Tt]errorism{_SEP}Cent(?:er|re)|Threat{_SEP}(?:Assessment|Intelligence){_SEP}Cent(?:er|re)"),
    ("state_department", rf"(?:Department|Office|Bureau|Division|Commission|Agency){_SP}(?:of|for){_SP}(?:the{_SP})?"
                         rf"[A-Z][a-z]+(?:{_SP}(?:and{_SP}|&{_SP})?[A-Z][a-z]+){{0,4}}"),
    ("municipality", rf"(?:City(?:-County)?|Town|Village|Township|Borough|County){_SP}of{_SP}"
                     rf"(?!(?:Police|Sheriff|Department|Office|State|Highway|Public)\b)[A-Z][a-z]+(?:-[A-Z][a-z]+)*"
                     rf"(?:{_SP}[A-Z][a-z]+)?"),
    ("pd", r"PD"),
    ("police_word", rf"{_POLICE}|police(?:{_SP}department)?"),
)


@cache
def _body() -> re.Pattern[str]:
    """The bodies as one pattern, compiled on first use (importing foia must stay cheap)."""
    return first_characters.compile("|".join(rf"(?P<{name}>\b(?:{pattern})\b)" for name, pattern in _BODIES))


# Bodies that, printed without a place, still name one body in each state ("the State Police", "From:
# Department of Motor Vehicles"): kept, without a state, for the document's clues to place.
STATEWIDE_BODIES = frozenset({"state_police", "public_safety", "investigation", "law_enforcement", "dmv", "attorney_general"})
_WEAK_BODIES = frozenset({"pd", "police_word"})
# Bodies whose place must be a state ("Oregon State Police"; "Arizona Department of Transportation").
_STATE_ONLY_BODIES = frozenset({"state_police", "investigation", "law_enforcement", "dmv", "attorney_general",
                                "state_department"})

_PLACE_WORD = re.compile(r"(?:St|Ste|Ft|Mt|Pt|ST|FT|MT)\.|[A-Z][A-Za-z'’]*(?:-[A-Z][A-Za-z'’]*)*")
# "N.C. State Highway Patrol", "the Tenn. Bureau of Investigation": a state body after a state's abbreviation.
_STATE_ABBREVIATION_BEFORE = re.compile(r"(?<![\w.])(?P<abbreviation>(?:[A-Z]\.){2}|W\.Va\.|[A-Z][a-z]{1,4}\.)[ \t\u00a0]+$")
_CONNECTORS = frozenset({"and", "&", "of", "de", "la", "du", "del", "y"})
# Capitalised words that are never part of a place: titles and roles, salutations, determiners, words
# that open a sentence or a header line, and body words.
_STOP_WORDS = frozenset("""
A An The This That These Those Our Your Their His Her Its My We I You He She They It Any All Each Every Both
Some Several Many Other Another No Not Dear To From Cc Bcc Re Fw Fwd Subject Sent Date Attn Attention Memo
Memorandum And Or But If When While As At By For In On Of Per Via With Within Without Under Through Since
After Before Between During Into Onto Upon About Against Among Also Then Thus So Yet Because Although
Clerk Chief Officer Officers Sergeant Sgt Lieutenant Lt Captain Capt Commander Cmdr Detective Det Deputy
Deputies Sheriff Undersheriff Agent Agents Trooper Troopers Corporal Cpl Patrolman Patrol Dispatcher
Director Manager Supervisor Analyst Specialist Coordinator Assistant Asst Secretary Administrator
Technician Investigator Investigators Custodian Attorney Counsel Spokesperson Spokesman Spokeswoman
Records Record Parking Information Communication Communications Public Media Relations Administrative
Mr Mrs Ms Miss Dr Hon Honorable Sir Madam President Mayor Governor Councilman Councilwoman Councilmember
Commissioner Commissioners Council Board Committee Staff Employee Employees Member Members Contact
Contacting Call Email Phone Fax Tel Please Thank Thanks Sincerely Regards Respectfully Cordially Ask Notify
Visit Join Today Yesterday Tomorrow Recently Currently Meanwhile However Moreover Additionally Finally
Monday Tuesday Wednesday Thursday Friday Saturday Sunday Police Department Dept Office Division Bureau Unit
Section Agency Service Services Headquarters Fire Marshal Court Judge Justice Program Project Grant Report
Policy Order General Manual Page Copy Division Unit Team Task Force Street Avenue Road Box Suite Room
Purchase Invoice Customer Account Agenda Minutes Quote Quotation Requisition
Facial Face Recognition Technology System Systems Software Vendor Contract Agreement Request Requests
Response Letter Note Notice Resolution Item Exhibit Attachment Appendix Re Ref Inc Corp LLC Ltd
Mail Email Webmail Outlook Website Web Portal Hall Accounts Payable Receivable Procurement Purchasing Finance
Code Charter Ordinance Ordinances Statute Statutes
""".split())
# Words that make a place only together with a proper name ("Transit Police", "the County Sheriff's
# Office" name no one).
_GENERIC_WORDS = frozenset("""
City County Town Village Township Borough Parish Local Municipal Campus University College School Tribal
Transit Airport Park Parks Capitol Metro Metropolitan Regional Region State Federal National Military
Railroad Port Housing Harbor Area Community Neighboring Nearby District Central North South East West
Northern Southern Eastern Western Upper Lower New U.S. US United States Mobile Special Joint Combined
""".split())
_POSSESSIVE = re.compile(r"['’]s$")
_SMALL_WORDS = frozenset({"OF", "THE", "AND", "FOR", "DE", "LA"})
# The last word of a place that is an institution's name, which runs longer than a town's.
_INSTITUTION_WORDS = frozenset({"Airport", "Authority", "University", "College", "District", "Port", "Commission"})
_CAPITALS = re.compile(r"\b[A-Z][A-Z01'’]*[A-Z]\b")


@dataclass(frozen=True)
class AgencyName:
    """An agency name as the text prints it: the span, a display name, and what the grammar tells."""

    start: int
    end: int
    name: str
    agency_type: str
    state: str | None = None
    county: str | None = None
    statewide: bool = False  # a statewide body printed without its state ("the State Police")


def shadow(text: str) -> str:
    """The text with words in capitals title-cased (SHERIFF'S -> Sheriff's, OF -> of), same length, so
    letterheads read like running text and offsets still hold. Two-letter words (PD, NY) stay."""
    if not _CAPITALS.search(text):
        return text
    return _CAPITALS.sub(_title_word, text)


def _title_word(match: re.Match[str]) -> str:
    word = match.group()
    if word in _SMALL_WORDS:
        return word.lower()
    if len(word) < 3:
        return word
    return word[0] + word[1:].lower()


def find_agency_names(text: str, known: Callable[[str], bool]) -> list[AgencyName]:
    """Agency names in the text, in order, not overlapping. `known(name)` says whether a reference list
    holds the name (in any state); weak forms need it, and places are trimmed to what it knows."""
    shadowed = shadow(text)
    found: list[AgencyName] = []
    position = 0
    while (match := _body().search(shadowed, position)) is not None:
        kind = match.lastgroup
        assert kind is not None
        floor = found[-1].end if found else 0
        named = _name_for(kind, match, text, shadowed, known, floor)
        if named is None:
            position = match.start() + 1  # a body inside a longer non-name ("Office of the Cedar County Sheriff")
            continue
        found.append(named)
        position = named.end
    found.extend(_sheriffs_of(text, shadowed, found))
    found = _letterhead_bodies(shadowed, found)
    return sorted(found, key=lambda name: name.start)


# A letterhead that prints the government on one line and its police or sheriff on the next:
# "CITY OF READING, PENNSYLVANIA" over "POLICE DEPARTMENT", "COUNTY OF MAUI" over "POLICE DEPARTMENT".
_LETTERHEAD_BODY = re.compile(
    r"^[ \t]*(?P<government>(?P<level>City|Town|Village|Borough|Township|County)[ \t]+of[ \t]+"
    r"(?P<place>[A-Z][a-z]+(?:[- ][A-Z][a-z]+){0,2}))(?:,[ \t]+(?P<state>[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?))?[ \t]*\n"
    r"[ \t]*(?P<body>Police[ \t]+Department|Department[ \t]+of[ \t]+Police|Bureau[ \t]+of[ \t]+Police|Police[ \t]+Bureau|"
    r"Sheriff'?s[ \t]+Office|Office[ \t]+of[ \t]+the[ \t]+Sheriff|Sheriff'?s[ \t]+Department)[ \t]*$",
    re.MULTILINE)


def _letterhead_bodies(shadowed: str, found: list[AgencyName]) -> list[AgencyName]:
    """Each government name of such a letterhead replaced by the body under it, which is what the letter
    comes from: "Reading Police Department", not the City of Reading that it belongs to."""
    if "\n" not in shadowed or not any(name.agency_type in ("city", "county") for name in found):
        return found
    for letterhead in _LETTERHEAD_BODY.finditer(shadowed):
        state = state_code(letterhead["state"]) if letterhead["state"] else None
        if letterhead["state"] and state is None:
            continue  # "City of Reading, Human Resources": not a state
        sheriff = "Sheriff" in letterhead["body"]
        place = letterhead["place"] + (" County" if letterhead["level"] == "County" and sheriff else "")
        name = f"{place} Sheriff's Office" if sheriff else f"{place} Police Department"
        agency_type = "county sheriff" if sheriff else ("county police" if letterhead["level"] == "County" else "city police")
        start, end = letterhead.start("government"), letterhead.end("body")
        found = [other for other in found if not (other.start < end and start < other.end)]
        found.append(AgencyName(start, end, name, agency_type, state=state))
    return found


@dataclass(frozen=True)
class _Place:
    start: int  # where the place (with any "City of" prefix) starts
    words: tuple[str, ...]
    prefix: str  # "City of", "Town of", ... or ""
    state: str | None  # the place is a state ("Oregon", "State of Wisconsin,")
    generic_only: bool  # only words like "Transit", "County"
    own_line_words: int | None = None  # when the place was taken across a line break: how many words are on the body's line


def _name_for(kind: str, match: re.Match[str], text: str, shadowed: str, known: Callable[[str], bool],
              floor: int) -> AgencyName | None:
    if kind == "municipality":
        return _municipality(match, text, shadowed)
    body, end = _body_words(match.group(), kind), match.end()
    if kind == "state_department":
        body, end = _department_subject(match)
        if not body:
            return None
    if kind == "police_word" and match.group()[0] == "p" and _BODY_FOLLOWS.match(shadowed, match.end()):
        return None
    place = _place_before(text, shadowed, match.start(), match.end(), floor)
    if not place.words and (kind in STATEWIDE_BODIES or kind in _STATE_ONLY_BODIES) and (
            abbreviated := _STATE_ABBREVIATION_BEFORE.search(text, max(floor, match.start() - 8), match.start())):
        state = STATE_ABBREVIATIONS.get(abbreviated["abbreviation"].lower())
        if state is not None:
            return _statewide(kind, body, state, abbreviated.start(), end, prefix="")
    after_state, after_end = _state_after(shadowed, match.end(), kind)
    if place.state is None and after_state is not None:
        return _statewide(kind, body, after_state, match.start(), after_end, prefix="")
    if kind == "attorney_general" and match.group()[0] == "a":
        return None  # "the attorney general" names one only with "of Vermont"
    if (state := _statewide_place(place, kind)) is not None:
        return _statewide(kind, body, state, place.start, end, prefix=place.prefix)
    if not place.words:
        if kind == "attorney_general" and "Office" not in body:
            return None  # "Attorney General Dave Yost" is a person
        if kind in STATEWIDE_BODIES and not _secretary_of_state(body):
            return AgencyName(match.start(), match.end(), _clean(body), _type_for(kind, body, None, None), statewide=True)
        return None
    if (place.generic_only and kind != "county_sheriff") or kind in _STATE_ONLY_BODIES:
        return None
    if kind in _WEAK_BODIES and place.state is not None:
        return None
    return _placed(kind, body, place, match, known)


def _statewide_place(place: _Place, kind: str) -> str | None:
    """The state a body before it is the state's own ("Oregon State Police", "Washington State Department
    of Licensing"), or None."""
    if place.state is not None and not _more_than_state(place) and kind not in ("police", "pd", "police_word",
                                                                                  "county_sheriff", "sheriff"):
        return place.state
    if kind in STATEWIDE_BODIES and len(place.words) > 1 and place.words[-1].lower() == "state":
        return state_code(" ".join(place.words[:-1]))
    return None


def _more_than_state(place: _Place) -> bool:
    """"Cedar Falls" is more than a state; "New Mexico" and "North Dakota" are two words of one."""
    return len(place.words) > 1 and state_code(" ".join(place.words)) is None


def _statewide(kind: str, body: str, state: str, start: int, end: int, prefix: str) -> AgencyName | None:
    if kind in ("pd", "police_word", "county_sheriff", "sheriff", "prosecutor", "marshal", "municipality"):
        return None
    name = f"{STATES[state]} {_clean(body)}"
    if kind == "attorney_general":
        name = f"{STATES[state]} Attorney General's Office"
    return AgencyName(start, end, name, _type_for(kind, body, state, None), state=state)


def _placed(kind: str, body: str, place: _Place, match: re.Match[str], known: Callable[[str], bool]) -> AgencyName | None:
    """A local body: try the place's words from the longest tail to the shortest, keeping the first name
    the reference knows ("Jane Doe Anaheim" -> "Anaheim"); a strong form keeps the longest when none
    is known, and a place of one or two words whole."""
    words = place.words
    candidates = []
    for first in range(len(words)):
        tail = words[first:]
        if tail[0] in _CONNECTORS or (kind != "county_sheriff"
                                      and all(word in _GENERIC_WORDS or word in _CONNECTORS for word in tail)):
            continue
        if first > 0 and (words[first - 1] in _GENERIC_WORDS or "-" in words[first - 1]):
            continue  # "Metro Falls", "East Longmeadow", "Butte-Silver Bow": a qualifier stays with its name
        if first > 1 and words[first - 1] == "of" and words[first - 2] in _GENERIC_WORDS:
            continue  # "Port of Seattle", "University of Utah": the place is the port's or the university's
        if first > 1 and words[first - 1].lower() == "at" and "University" in words[: first - 1]:
            continue  # "University of Alabama at Birmingham": Birmingham is the campus's, not a city's police
        if first > 0 and tail[0] in ("City", "Town", "Village", "Township", "Borough"):
            continue  # "Kansas City Missouri": "City Missouri" is no place (a loose key would know Missouri City)
        candidates.append((first, _display(kind, body, tail)))
    if not candidates:
        return None
    chosen = next(((first, name) for first, name in candidates if known(name)), None)
    if (chosen is None and place.own_line_words is not None and place.own_line_words >= 2 and kind not in _WEAK_BODIES
            and state_code(" ".join(words[: len(words) - place.own_line_words])) is None):
        # "Kristen Olson\nMetro Transit Police Department": a signature's name line above an agency no list
        # knows is no part of its name; the words on the body's own line are. A state there is part of it
        # ("... members of the Utah\nTransit Authority Police Department").
        first = len(words) - place.own_line_words
        return AgencyName(_word_start(match.string, match.start(), place.own_line_words), match.end(),
                          _display(kind, body, words[first:]), _type_for(kind, body, None, words[first:]))
    if chosen is not None and chosen[0] > 0 and len(words) < 3 and kind not in _WEAK_BODIES:
        chosen = candidates[0]  # "Red Hill Police Department" is not "Hill Police Department"
    if chosen is None:
        limit = 6 if words[-1] in _INSTITUTION_WORDS else 4  # "Dallas Fort Worth International Airport"
        if kind in _WEAK_BODIES or len([word for word in words if word not in _CONNECTORS]) > limit:
            return None  # "Port of New Orleans Harbor Police Department" has four place words, not five
        chosen = candidates[0]
    first, name = chosen
    start = place.start if first == 0 else _word_start(match.string, match.start(), len(words) - first)
    county = " ".join(words[first:]) if kind in ("county_sheriff",) else None
    if kind == "county_sheriff" and county is not None:
        county = re.sub(r"\s+(?:County|Parish)$", "", county)
    return AgencyName(start, match.end(), name, _type_for(kind, body, None, words[first:]), county=county)


def _word_start(shadowed: str, end: int, count: int) -> int:
    """Where the last `count` words before `end` (on its line) start."""
    position = end
    for _ in range(count):
        position = _skip_back_space(shadowed, position)
        while position > 0 and not shadowed[position - 1].isspace():
            position -= 1
    return position


def _skip_back_space(text: str, position: int) -> int:
    while position > 0 and text[position - 1] in " \t\u00a0":
        position -= 1
    return position


_BODY_FOLLOWS = re.compile(rf"{_SP}(?:department|dept)\b")
_COLUMN_GAP = re.compile(r"[ \u00a0]{3,}|\t")  # between the columns of a two-column letterhead or form
_GOVERNMENT_DASH = re.compile(
    r"(?P<government>\b(?:City|Town|Village|Borough|Township)[ \t]+of[ \t]+[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)[ \t]+[-–—,][ \t]+$")
_STATE_OF = re.compile(r"(?:State|Commonwealth)[ \t\u00a0]+of[ \t\u00a0]+"
                       r"(?P<state>[A-Z][a-z]+(?:[ \t\u00a0]+[A-Z][a-z]+)?),?[ \t\u00a0]*$")


_UNIVERSITY_OF = re.compile(r"\b(?:University|UNIVERSITY)[ \t]+(?:of|OF)[ \t]+(?:[A-Z][A-Za-z]+[ \t]+){1,3}$")


def _place_before(text: str, shadowed: str, start: int, end: int, floor: int) -> _Place:
    """The run of place words right before a body, on its line, cut after the last word that is no
    part of a place ("Records Clerk East Longmeadow" -> "East Longmeadow")."""
    line_start, own_line_words = _place_line_start(shadowed, start, floor)
    segment_start = max(line_start, start - 120, floor)
    gaps = [gap.end() for gap in _COLUMN_GAP.finditer(shadowed, segment_start, start)
            if shadowed[gap.start() - 1 : gap.start()] != "\n"]  # a line's indent is no column gap
    if gaps:  # "City of Chattanooga        Chattanooga Police Department": the next column's name starts there
        segment_start = gaps[-1]
    segment = shadowed[segment_start:start].replace("\n", " ")
    if _GOVERNMENT_DASH.search(segment):  # "CITY OF PITTSBURGH - BUREAU OF POLICE": the city's bureau
        segment = _GOVERNMENT_DASH.sub(r"\g<government> ", segment)
    if segment and not segment[-1].isspace():
        return _Place(start, (), "", None, False)
    stated = _STATE_OF.search(segment)
    if stated and (state := state_code(stated.group("state"))) is not None:
        return _Place(segment_start + stated.start(), (stated.group("state"),), "", state, False)
    tokens = _last_words(segment, segment_start, 8)
    taken: list[tuple[str, int]] = []
    for word, position in reversed(tokens):
        if word in _CONNECTORS and taken and len(taken) < 6:
            taken.append((word, position))
            continue
        opened = word.lstrip("(\"“‘[")
        if opened != word:  # "(Texas Department of Public Safety)": the place starts after the bracket
            if opened and opened not in _STOP_WORDS and _PLACE_WORD.fullmatch(opened) and len(taken) < 6:
                taken.append((opened, position + len(word) - len(opened)))
            break
        # "All Source Intelligence Center": a name's word, not a determiner.
        all_source = word.lower() == "all" and bool(taken) and taken[-1][0].lower() == "source"
        if word in ("at", "AT") and taken and _UNIVERSITY_OF.search(shadowed, segment_start, position):
            taken.append(("at", position))  # "University of Alabama at Birmingham Police Department"
            continue
        # "the Police Department's Real Time Crime Center": a body word's possessive is no place either.
        if ((_POSSESSIVE.sub("", word) in _STOP_WORDS and not all_source) or not _PLACE_WORD.fullmatch(word)
                or len(taken) >= 6):
            break
        taken.append((word, position))
    while taken and taken[-1][0] in _CONNECTORS:
        taken.pop()
    taken.reverse()
    if not taken:
        return _Place(start, (), "", None, False)
    place_start, prefix = taken[0][1], ""
    if len(taken) >= 3 and taken[1][0] == "of" and taken[0][0] in ("City", "Town", "Village", "Township", "Borough"):
        prefix, taken = f"{taken[0][0]} of", taken[2:]
    words = tuple(word for word, _ in taken)
    printed = tuple(text[position:position + len(word)] for word, position in taken)
    if any(character.islower() for character in text[place_start:end]):
        words = printed  # "NYPD Real Time Crime Center" keeps its capitals; a letterhead is title-cased
    state = state_code(" ".join(words)) if not prefix and len(words) <= 3 else None
    generic_only = all(word in _GENERIC_WORDS or word in _CONNECTORS for word in words)
    own = own_line_words if own_line_words is not None and own_line_words < len(words) else None
    return _Place(place_start, words, prefix, state, generic_only, own)


def _place_line_start(shadowed: str, start: int, floor: int) -> tuple[int, int | None]:
    """Where a body's place may start: its own line, or the line above when the name wraps ("Montgomery" /
    "County Police Department") or a letterhead prints the institution above the body; and, when the name
    wraps, how many of its words are on the body's line."""
    line_start = shadowed.rfind("\n", max(0, start - 120), start) + 1
    before = shadowed[max(line_start, start - 120) : start].split()
    if line_start > max(0, start - 120) and before and (
            all(word in _GENERIC_WORDS for word in before)
            or (all(_PLACE_WORD.fullmatch(word) and word not in _STOP_WORDS for word in before)
                and _prose_wrapped(shadowed, line_start))):
        return shadowed.rfind("\n", max(0, start - 120), line_start - 1) + 1, len(before)
    if line_start > 0 and not before and floor < line_start:
        above = _institution_above(shadowed, line_start)
        if above == line_start and _prose_wrapped(shadowed, line_start):
            return shadowed.rfind("\n", 0, line_start - 1) + 1, None  # "said the Grand Chute" / "Police Department pays"
        return above, None
    return line_start, None


# A line of running text that breaks inside a name: lowercase words, then the place's capitalised words
# at the line's end ("... Lt. Okafor said the Grand Chute").
_PROSE_WRAPPED_PLACE = re.compile(r"(?<![A-Za-z])[a-z][a-z,]*[ \t]+(?:[A-Z][a-z]+[ \t]+){0,2}[A-Z][a-z]+[ \t]*\n$")
_RUNNING_WORD = re.compile(r"(?<![A-Za-z'’])(?!(?:of|the|and|for|de|la)\b)[a-z]{3,}\b")


def _prose_wrapped(shadowed: str, line_start: int) -> bool:
    """The line above `line_start` is running text that ends in a place's capitalised words: a word of
    its own in lowercase ("said", "members"), which a letterhead title-cased by `shadow` never has
    ("Memorandum of Understanding")."""
    above = shadowed[shadowed.rfind("\n", 0, line_start - 1) + 1 : line_start]
    return bool(_PROSE_WRAPPED_PLACE.search(above)) and bool(_RUNNING_WORD.search(above))


def _institution_above(shadowed: str, line_start: int) -> int:
    """"DALLAS FORT WORTH INTERNATIONAL AIRPORT" / "DEPARTMENT OF PUBLIC SAFETY": a body starting its line
    under an institution's name takes that name as its place (where the place starts, else the line's)."""
    above_start = shadowed.rfind("\n", 0, line_start - 1) + 1
    above = shadowed[above_start : line_start - 1].split()
    if above and above[-1] in _INSTITUTION_WORDS and all(_PLACE_WORD.fullmatch(word) for word in above):
        return above_start
    return line_start


def _last_words(segment: str, offset: int, count: int) -> list[tuple[str, int]]:
    """The last `count` words of the segment with their offsets, first to last."""
    words = segment.split()[-count:]
    found: list[tuple[str, int]] = []
    position = len(segment)
    for word in reversed(words):
        position = segment.rfind(word, 0, position)
        found.append((word, offset + position))
    found.reverse()
    return found


_STATE_AFTER = re.compile(r"[ \t\u00a0]+[Oo]f[ \t\u00a0]+(?:the[ \t\u00a0]+State[ \t\u00a0]+of[ \t\u00a0]+)?"
                          r"(?P<state>[A-Z][a-z]+(?:[ \t\u00a0]+[A-Z][a-z]+)?)\b")


def _state_after(shadowed: str, end: int, kind: str) -> tuple[str | None, int]:
    """ "Department of Motor Vehicles of Vermont", "attorney general of Vermont": the state after."""
    if kind not in STATEWIDE_BODIES:
        return None, end
    match = _STATE_AFTER.match(shadowed, end)
    if match is None:
        return None, end
    state = state_code(match.group("state"))
    if state is None and " " in match.group("state"):
        state = state_code(match.group("state").split()[0])
        return (state, match.start("state") + len(match.group("state").split()[0])) if state else (None, end)
    return (state, match.end()) if state else (None, end)


def _municipality(match: re.Match[str], text: str, shadowed: str) -> AgencyName | None:
    """ "City of New Orleans", "Town of Paradise Valley": a government, unless a body follows (then it
    is the place of "City of Tucson Police Department")."""
    words = _COLUMN_GAP.split(match.group())[0].split()  # a column gap ends the name
    if words[-1] in _STOP_WORDS:
        words = words[:-1]
        if len(words) < 3:
            return None
    end = match.start() + _span_of_words(match.group(), len(words))
    following = shadowed[end:end + 40]
    after_dash = re.sub(r"^[ \t]+[-–—,][ \t]+", "", following)  # "CITY OF PITTSBURGH - BUREAU OF POLICE"
    if (_body().match(following.lstrip(" \t")) or re.match(r"[ \t]+(?:Police|Sheriff|P[o0]lice)", following)
            or (after_dash != following and re.match(r"(?:Bureau|Department|Division) of Police|Police", after_dash))):
        return None
    agency_type = "county" if words[0] == "County" else "city"
    return AgencyName(match.start(), end, _clean(" ".join(words)), agency_type)


def _span_of_words(value: str, count: int) -> int:
    spans = [token.end() for token in re.finditer(r"\S+", value)]
    return spans[count - 1]


_SHERIFF_OF = re.compile(
    rf"\b(?:Office{_SEP}of{_SEP}the{_SEP})?{_SHERIFF}{_SEP}of{_SEP}(?:the{_SP})?"
    r"(?P<county>[A-Z][a-z]+(?:[ \t\u00a0]+[A-Z][a-z]+){0,2})[ \t\u00a0]+(?P<unit>County|Parish)\b"
)


def _sheriffs_of(text: str, shadowed: str, found: list[AgencyName]) -> list[AgencyName]:
    """ "Sheriff of Monroe County", "Office of the Sheriff of Cedar County"."""
    if "her" not in shadowed:
        return []
    names = []
    for match in _SHERIFF_OF.finditer(shadowed):
        if any(name.start < match.end() and match.start() < name.end for name in found):
            continue
        county = match.group("county")
        if county.split()[0] in _STOP_WORDS or all(word in _GENERIC_WORDS for word in county.split()):
            continue
        name = f"{county} {match.group('unit')} Sheriff's Office"
        names.append(AgencyName(match.start(), match.end(), name, "county sheriff", county=county))
    return names


def _body_words(printed: str, kind: str) -> str:
    return " ".join(printed.split())


@cache
def _fixes() -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple((re.compile(pattern), replacement) for pattern, replacement in _FIX_PATTERNS)


_FIX_PATTERNS: tuple[tuple[str, str], ...] = (
    (rf"\b{_SHERIFF}", "Sheriff's"),
    (rf"\b{_POLICE}\b", "Police"),
    (rf"\b{_DEPARTMENT}(?!\w)", "Department"),
    (r"\b[O0]f{1,2}[i1l]?ce\b", "Office"),
    (r"\b(?:C[o0]unty|Cnty\.?|Co\.)(?!\w)", "County"),
    (r"['’`]", "'"),
    (r"\bOf\b", "of"),
    (r"\bDA\b", "District Attorney"),  # "Blair County DA's detectives"
    (r"^(?:Department|Division) of (State (?:Police|Patrol))$", r"\1"),  # Virginia's "Department of State Police"
)


def _clean(printed: str) -> str:
    """A printed body or name as a display name: one space between words, OCR slips and abbreviations
    mended ("Sherif's Offce" -> "Sheriff's Office", "Dept." -> "Department")."""
    value = " ".join(printed.split())
    for pattern, replacement in _fixes():
        value = pattern.sub(replacement, value)
    value = re.sub(r"\bSheriff's\s+(?=Sheriff's)", "", value)
    return value


def _display(kind: str, body: str, place: tuple[str, ...]) -> str:
    """The display name: the place (without "City of", as the FBI writes it) and the mended body."""
    place_text = " ".join(place)
    cleaned = _clean(body)
    if kind == "county_sheriff":
        unit = "Parish" if "Parish" in body else "County"
        office = "Department" if re.search(rf"{_DEPARTMENT}\s*$", body) else "Office"
        return f"{place_text} {unit} Sheriff's {office}"
    if kind == "sheriff":
        office = "Department" if re.search(rf"{_DEPARTMENT}\s*$", body) else "Office"
        return f"{place_text} Sheriff's {office}"
    if kind in ("pd", "police_word") or (kind == "police" and re.fullmatch(rf"(?:Metropolitan )?Police {_DEPARTMENT}",
                                                                           " ".join(body.split()))):
        metropolitan = "Metropolitan " if body.startswith("Metropolitan") else ""
        return f"{place_text} {metropolitan}Police Department"
    if kind == "prosecutor" and not cleaned.endswith("Office"):
        return f"{place_text} {cleaned}'s Office"
    if kind == "marshal" and not cleaned.endswith(("Office", "Service")):
        return f"{place_text} Marshal's Office"
    return f"{place_text} {cleaned}"


_DEPARTMENT_SUBJECT_ENDS = frozenset({"Motor", "Police", "Division", "Department", "Office", "Bureau", "Unit", "Section",
                                      "Driver", "Drivers"})


def _department_subject(match: re.Match[str]) -> tuple[str, int]:
    """ "Department of Revenue" out of "Department of Revenue Motor Vehicle Driver's license": the
    subject stops before another body's word, a title, or a possessive."""
    printed = match.group()
    words = list(re.finditer(r"\S+", printed))
    kept = 2 + (words[2].group() == "the")
    for word in words[kept:]:
        following = match.string[match.start() + word.end():match.start() + word.end() + 1]
        if word.group() in _DEPARTMENT_SUBJECT_ENDS or word.group() in _TITLES or (following and following in "'’"):
            break
        kept += 1
    if kept <= 2 + (words[2].group() == "the"):
        return "", match.end()
    while words[kept - 1].group() in ("and", "&"):
        kept -= 1
    end = words[kept - 1].end()
    return printed[:end], match.start() + end


_TITLES = frozenset("""
Director Manager Chief Officer Officers Commissioner Deputy Spokesperson Spokesman Spokeswoman Employee Employees
Staff Agent Agents Investigator Investigators Analyst Supervisor Administrator Coordinator Specialist Attorney
Counsel Secretary Mr Ms Mrs Dr Monday Tuesday Wednesday Thursday Friday Saturday Sunday
""".split())


def _secretary_of_state(body: str) -> bool:
    return body.startswith("Secretary")


def _type_for(kind: str, body: str, state: str | None, place: tuple[str, ...] | None) -> str:
    place_words = set(place or ())
    if kind in ("county_sheriff", "sheriff"):
        return "county sheriff"
    if kind in ("police", "pd", "police_word", "public_safety") and place is not None:
        if place_words & {"University", "College"}:
            return "university"
        if "Tribal" in place_words:
            return "tribal"
        return "county police" if place and place[-1] in ("County", "Parish") else "city police"
    if kind == "dmv":
        if _secretary_of_state(body):
            return "dmv" if state in SECRETARY_OF_STATE_LICENSING else "state agency"
        return "dmv"
    return {
        "state_police": "state police", "public_safety": "state police", "investigation": "state agency",
        "law_enforcement": "state agency", "attorney_general": "attorney general", "prosecutor": "prosecutor",
        "marshal": "marshal", "fusion": "fusion center", "state_department": "state agency",
    }.get(kind, "other")


# Lookup keys: spelling variants folded, so the printed name meets the FBI's.
_KEY_FOLD_PATTERNS: tuple[tuple[str, str], ...] = (
    (r"&", " and "),
    (r"[’`]", "'"),
    (r"\((?:[^()]*)\)", " "),
    (r"[.,;\"]", " "),
    (r":", " : "),
    (r"\bsh[e]r{1,2}[i1l]f{1,2}(?:'?s\b|s')?(?:\s+(?:office|department|dept|ofice|offce))?", "sheriff"),
    (r"\boffice of the (.+?) sheriff\b", r"\1 sheriff"),
    (r"\b(?:metropolitan\s+)?p[o0]l[i1l]ce\s+(?:department|dept|bureau|services?|division|force)\b"
     r"|\b(?:division|bureau|department) of police\b|\bpd\b", "police"),
    (r"\bdept\b", "department"),
    (r"\bstate\s+(?=(?:department|division)\s+of\b)", ""),  # "Washington State Department of Licensing"
    (r"\b(?:cnty|co)\b(?=\s+sheriff)", "county"),
    (r"\b(?:state highway patrol|highway patrol|state patrol|state police)\b", "state police"),
    (r"\battorney general's office\b|\boffice of the attorney general\b", "attorney general"),
    (r"\bdistrict attorney's office\b", "district attorney"),
    (r"\bsaint\b", "st"), (r"\bmount\b", "mt"), (r"\bfort\b", "ft"),
    (r"\bheadquarters\b", " "),
    (r"^(?:the|city of|town of|village of|township of|borough of)\s+(?=\S+.*\b(?:police|sheriff)\b)", ""),
)


@cache
def _key_folds() -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple((re.compile(pattern), replacement) for pattern, replacement in _KEY_FOLD_PATTERNS)


_LOOSE_WORDS = frozenset({"township", "town", "village", "city", "borough", "metropolitan", "twp"})


def agency_key(name: str, state: str | None = None) -> str:
    """The lookup key of an agency name: case, punctuation and spelling variants folded, and the
    state's own name dropped from its front ("Michigan State Police" in MI -> "state police")."""
    key = name.casefold()
    for pattern, replacement in _key_folds():
        key = pattern.sub(replacement, key)
    key = " ".join(key.split()).strip(" :")
    if state is not None and state in STATES:
        own = STATES[state].casefold() + " "
        if key.startswith(own) and len(key) > len(own):
            key = key[len(own):]
    return key


def loose_key(key: str) -> str:
    """A key with place qualifiers dropped: "copley township police" -> "copley police"."""
    return " ".join(word for word in key.split() if word not in _LOOSE_WORDS)


def is_statewide_body(name: str) -> bool:
    """Whether the name is a statewide body without its state ("State Police", "Department of Motor
    Vehicles", "Office of the Attorney General"): one that a state clue can place."""
    match = _body().fullmatch(" ".join(name.split()))
    return match is not None and match.lastgroup in STATEWIDE_BODIES and not _secretary_of_state(name)
