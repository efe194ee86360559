"""US states and the printed clues that place a record in one: "Hillsboro, OR 97124", "Evansville,
Indiana", a ZIP code's first three digits, a phone number's area code ((503) 846-2700), a state-coded
domain (co.washington.or.us, dmv.nv.gov).

The ZIP3 table below was written by hand from the USPS's public list of 3-digit ZIP prefixes (it is
small and stable); area codes are looked up with Google's libphonenumber data (the `phonenumbers`
package), imported only when a text holds a phone number, since importing it costs a quarter second."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from foia.extract import first_characters

STATES: dict[str, str] = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California", "CO": "Colorado",
    "CT": "Connecticut", "DE": "Delaware", "DC": "District of Columbia", "FL": "Florida", "GA": "Georgia",
    "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois", "IN": "Indiana", "IA": "Iowa", "KS": "Kansas",
    "KY": "Kentucky", "LA": "Louisiana", "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts",
    "MI": "Michigan", "MN": "Minnesota", "MS": "Mississippi", "MO": "Missouri", "MT": "Montana",
    "NE": "Nebraska", "NV": "Nevada", "NH": "New Hampshire", "NJ": "New Jersey", "NM": "New Mexico",
    "NY": "New York", "NC": "North Carolina", "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma",
    "OR": "Oregon", "PA": "Pennsylvania", "RI": "Rhode Island", "SC": "South Carolina", "SD": "South Dakota",
    "TN": "Tennessee", "TX": "Texas", "UT": "Utah", "VT": "Vermont", "VA": "Virginia", "WA": "Washington",
    "WV": "West Virginia", "WI": "Wisconsin", "WY": "Wyoming", "PR": "Puerto Rico", "GU": "Guam",
    "VI": "U.S. Virgin Islands", "AS": "American Samoa", "MP": "Northern Mariana Islands",
}
_BY_NAME = {name.casefold(): code for code, name in STATES.items()}
_BY_NAME.update({"washington d.c.": "DC", "washington dc": "DC", "d.c.": "DC", "virgin islands": "VI"})
# The abbreviations newspapers print ("N.C. State Highway Patrol", "Tenn."), AP style.
STATE_ABBREVIATIONS = {
    "ala.": "AL", "ariz.": "AZ", "ark.": "AR", "calif.": "CA", "colo.": "CO", "conn.": "CT", "fla.": "FL", "ga.": "GA",
    "ill.": "IL", "ind.": "IN", "kan.": "KS", "ky.": "KY", "md.": "MD", "mass.": "MA", "mich.": "MI", "minn.": "MN",
    "miss.": "MS", "mont.": "MT", "neb.": "NE", "nev.": "NV", "n.h.": "NH", "n.j.": "NJ", "n.m.": "NM", "n.y.": "NY",
    "n.c.": "NC", "n.d.": "ND", "okla.": "OK", "ore.": "OR", "pa.": "PA", "r.i.": "RI", "s.c.": "SC", "s.d.": "SD",
    "tenn.": "TN", "tex.": "TX", "vt.": "VT", "va.": "VA", "wash.": "WA", "w.va.": "WV", "wis.": "WI", "wyo.": "WY",
}
_BY_NAME.update(STATE_ABBREVIATIONS)
# The FBI's own codes that differ from the USPS's.
FBI_STATE_CODES = {"NB": "NE", "GM": "GU"}
# Codes that are also everyday words or abbreviations ("OR", "IN", "OK", "LA" for Los Angeles): printed
# after a city they count only when a ZIP code follows.
_WORDLIKE_CODES = frozenset({"OR", "IN", "ME", "OK", "HI", "AS", "LA", "CO", "MA", "ID", "AL", "DE", "PA", "MD", "GA"})

# First three ZIP digits -> state, as (first, last, state) ranges.
_ZIP3_RANGES: tuple[tuple[int, int, str], ...] = (
    (5, 5, "NY"), (6, 7, "PR"), (8, 8, "VI"), (9, 9, "PR"), (10, 27, "MA"), (28, 29, "RI"), (30, 38, "NH"),
    (39, 49, "ME"), (50, 54, "VT"), (55, 55, "MA"), (56, 59, "VT"), (60, 69, "CT"), (70, 89, "NJ"),
    (100, 149, "NY"), (150, 196, "PA"), (197, 199, "DE"), (200, 200, "DC"), (201, 201, "VA"), (202, 205, "DC"),
    (206, 219, "MD"), (220, 246, "VA"), (247, 268, "WV"), (270, 289, "NC"), (290, 299, "SC"), (300, 319, "GA"),
    (320, 339, "FL"), (341, 349, "FL"), (350, 369, "AL"), (370, 385, "TN"), (386, 397, "MS"), (398, 399, "GA"),
    (400, 427, "KY"), (430, 459, "OH"), (460, 479, "IN"), (480, 499, "MI"), (500, 528, "IA"), (530, 549, "WI"),
    (550, 567, "MN"), (569, 569, "DC"), (570, 577, "SD"), (580, 588, "ND"), (590, 599, "MT"), (600, 629, "IL"),
    (630, 658, "MO"), (660, 679, "KS"), (680, 693, "NE"), (700, 714, "LA"), (716, 729, "AR"), (730, 732, "OK"),
    (733, 733, "TX"), (734, 749, "OK"), (750, 799, "TX"), (800, 816, "CO"), (820, 831, "WY"), (832, 838, "ID"),
    (840, 847, "UT"), (850, 865, "AZ"), (870, 884, "NM"), (885, 885, "TX"), (889, 898, "NV"), (900, 961, "CA"),
    (967, 968, "HI"), (969, 969, "GU"), (970, 979, "OR"), (980, 994, "WA"), (995, 999, "AK"),
)


@dataclass(frozen=True)
class PlaceClue:
    state: str
    kind: str  # address | zip | area_code | state_name
    start: int
    end: int


def state_code(value: str) -> str | None:
    """The two-letter code for a state's name or code ("Oregon", "OR", "NB" as the FBI writes
    Nebraska), or None."""
    value = " ".join(value.split())
    upper = value.upper()
    if len(value) == 2 and upper == value:
        upper = FBI_STATE_CODES.get(upper, upper)
        return upper if upper in STATES else None
    return _BY_NAME.get(value.casefold())


def state_name(code: str) -> str:
    return STATES[code]


def zip_state(zip_code: str) -> str | None:
    """The state a 5-digit ZIP code (or ZIP+4) belongs to, from its first three digits."""
    if len(zip_code) < 5 or not zip_code[:5].isdigit():
        return None
    prefix = int(zip_code[:3])
    for first, last, state in _ZIP3_RANGES:
        if first <= prefix <= last:
            return state
    return None


def area_code_state(number: str) -> str | None:
    """The state of a US phone number's area code, through libphonenumber's geocoder ("Hillsboro, OR",
    "Oregon", "Washington D.C."); None for toll-free and unknown numbers."""
    digits = re.sub(r"\D", "", number)
    if len(digits) == 11 and digits.startswith("1"):
        digits = digits[1:]
    if len(digits) != 10:
        return None
    return _area_code_state(digits[:6])


@cache
def _area_code_state(npa_nxx: str) -> str | None:
    phonenumbers, geocoder = _phonenumbers()
    try:
        number = phonenumbers.parse(f"+1{npa_nxx}0000", None)
    except phonenumbers.NumberParseException:
        return None
    if phonenumbers.region_code_for_number(number) not in ("US", "PR", "GU", "VI", "AS", "MP"):
        return None
    description = geocoder.description_for_number(number, "en")
    if not description:
        return None
    place, _, last = description.rpartition(", ")
    return state_code(last) if place and len(last) == 2 else state_code(description)


@cache
def _phonenumbers() -> tuple[Any, Any]:
    import phonenumbers
    from phonenumbers import geocoder

    return phonenumbers, geocoder


_SPACE = r"[ \t\u00a0]"


def _alternation(names: list[str]) -> str:
    ordered = sorted(names, key=len, reverse=True)
    return "(?i:" + "|".join(re.escape(name).replace(r"\ ", rf"{_SPACE}+") for name in ordered) + ")"


_STATE_NAME = _alternation([name for code, name in STATES.items() if code != "VI"] + ["Virgin Islands"])
_STATE_NAME_NOT_WASHINGTON = _alternation([name for code, name in STATES.items() if code not in ("VI", "WA")])
_CITY_WORD = r"(?:St\.|Ft\.|Mt\.|[A-Z][A-Za-z'’-]+)"
_CITY = rf"{_CITY_WORD}(?:{_SPACE}+{_CITY_WORD}){{0,3}}"
_ZIP = r"\d{5}(?:-\d{4})?"


@cache
def _address() -> re.Pattern[str]:
    """ "Hillsboro, OR 97124", "Hillsboro, Oregon 97124", "Anaheim, CA." (the ZIP is a second clue);
    compiled on first use, as are the other long patterns here, so importing foia stays cheap."""
    return first_characters.compile(
        rf"\b{_CITY}(?P<comma>,)?{_SPACE}+(?:(?P<code>[A-Z]{{2}})|(?P<dc>D\.C\.)|(?P<name>{_STATE_NAME}))"
        rf"(?:,?{_SPACE}+(?P<zip>{_ZIP}))?(?![A-Za-z0-9])"
    )


@cache
def _state_word() -> re.Pattern[str]:
    """A state's name in running text: not "Washington" alone (a person, a county, the capital), not
    "Kansas City", "Delaware County" or "Michigan Avenue" (a place in another state, or a street), not
    inside a domain (dps.texas.gov)."""
    return first_characters.compile(
        rf"(?<![.@/])\b(?:State{_SPACE}+of{_SPACE}+(?P<of>Washington)|(?P<ws>Washington){_SPACE}+[Ss]tate\b"
        rf"|(?P<name>{_STATE_NAME_NOT_WASHINGTON}))"
        rf"(?!{_SPACE}*(?:City|County|Parish|Street|St\.|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Drive|Dr\.|Way|Lane|Ln\.?)\b)"
        r"(?![\w'’])"
    )


_PHONE = first_characters.compile(
    r"(?<![\d-])(?:\+?1[ .-]?)?\(?(?P<npa>[2-9]\d{2})\)?[ .-]?(?P<nxx>[2-9]\d{2})[ .-](?P<line>\d{4})(?![\d-])")


def place_clues(text: str) -> list[PlaceClue]:
    """Addresses, ZIP codes, phone area codes and state names in the text, in order."""
    clues: list[PlaceClue] = []
    covered: list[tuple[int, int]] = []
    for match in _address().finditer(text):
        found = _address_clues(match)
        if found:
            clues.extend(found)
            covered.append(match.span())
    cursor = 0
    for match in _state_word().finditer(text):
        while cursor < len(covered) and covered[cursor][1] <= match.start():
            cursor += 1
        if cursor < len(covered) and covered[cursor][0] <= match.start():
            continue  # already read as part of an address
        name = match.group("of") or match.group("ws") or match.group("name")
        state = state_code(name)
        if state is not None:
            clues.append(PlaceClue(state, "state_name", match.start(), match.end()))
    for match in _PHONE.finditer(text):
        state = area_code_state(match.group("npa") + match.group("nxx") + match.group("line"))
        if state is not None:
            clues.append(PlaceClue(state, "area_code", match.start(), match.end()))
    return sorted(clues, key=lambda clue: (clue.start, clue.end))


def _address_clues(match: re.Match[str]) -> list[PlaceClue]:
    """A city, a state and perhaps a ZIP: the comma or the ZIP must be there ("West Virginia" is no
    city West), and a state code that is also a word ("OR", "IN") needs the ZIP."""
    zip_code, code = match.group("zip"), match.group("code")
    if match.group("comma") is None and zip_code is None:
        return []
    if match.group("dc") is not None:
        state: str | None = "DC"
    elif code is not None:
        state = state_code(code)
        if code in _WORDLIKE_CODES and zip_code is None:
            return []
    else:
        state = state_code(match.group("name"))
    if state is None:
        return []
    clues = [PlaceClue(state, "address", match.start(), match.end())]
    if zip_code is not None and (zip_state_found := zip_state(zip_code)) is not None:
        clues.append(PlaceClue(zip_state_found, "zip", match.start("zip"), match.end("zip")))
    return clues


def domain_state(domain: str) -> str | None:
    """The state a state-coded domain names: co.washington.or.us, ci.hillsboro.or.us, dmv.nv.gov
    (a state code right before .us, or before .gov under it)."""
    labels = domain.lower().rstrip(".").split(".")
    if len(labels) >= 2 and labels[-1] == "us" and len(labels[-2]) == 2:
        return state_code(labels[-2].upper())
    if len(labels) >= 3 and labels[-1] == "gov" and len(labels[-2]) == 2:
        return state_code(labels[-2].upper())
    return None
