"""Placing agencies in a state: the clues a record prints (address, ZIP, area code, email and web
domains, state names), domains read through the curated list, state-coded domains and CISA's .gov
registry, and "Washington County Sheriff's Office" told apart in three states by three kinds of clue."""

from __future__ import annotations

import pytest

from foia.extract.entities import Entity, Gazetteer

GAZETTEER = Gazetteer.load()
WCSO = "Washington County Sheriff's Office"


def clue_kinds(text: str) -> list[tuple[str, str, str]]:
    return [(clue.kind, clue.state, clue.text) for clue in GAZETTEER.state_clues(text)]


def placed(text: str) -> Entity:
    """The document's Washington County Sheriff's Office, placed with the document's own clues."""
    (agency,) = [entity for entity in GAZETTEER.find(text) if entity.kind == "agency"]
    return GAZETTEER.resolve_agency(agency, {clue.state for clue in GAZETTEER.state_clues(text)})


def test_three_washington_county_sheriffs_told_apart_by_address_area_code_and_email() -> None:
    by_address = placed(f"{WCSO}\n215 SW Adams Avenue\nHillsboro, OR 97124\n\nRe: face recognition pilot")
    assert (by_address.state, by_address.ori, by_address.county) == ("OR", "OR0340000", "Washington")
    by_phone = placed(f"Questions? Call the {WCSO} records unit at (651) 430-6000.")
    assert (by_phone.state, by_phone.ori) == ("MN", "MN0820000")
    by_email = placed(f"From: Deputy Lee <dlee@co.washington.wi.us>\nSubject: Records\n\nThe {WCSO} has no contract.")
    assert (by_email.state, by_email.ori) == ("WI", "WI0670000")
    unplaced = placed(f"The {WCSO} bought software.")
    assert (unplaced.state, unplaced.ori, unplaced.name) == (None, None, WCSO)


def test_resolve_agency_needs_exactly_one_candidate() -> None:
    (wcso,) = GAZETTEER.find(WCSO)
    assert GAZETTEER.resolve_agency(wcso, {"OR"}).ori == "OR0340000"
    assert GAZETTEER.resolve_agency(wcso, {"OR", "WA"}).ori == "OR0340000"  # Washington state has no Washington County
    assert GAZETTEER.resolve_agency(wcso, {"OR", "WI"}) == wcso  # still two: no guess
    assert GAZETTEER.resolve_agency(wcso, ()) == wcso
    assert GAZETTEER.resolve_agency(wcso, {"CA"}) == wcso  # California has none
    (mead,) = GAZETTEER.find("Mead Police Department")
    assert GAZETTEER.resolve_agency(mead, ()).ori == "CO0622600"  # one Mead Police Department in the country
    (dmv,) = GAZETTEER.find("From: Department of Motor Vehicles")
    vermont = GAZETTEER.resolve_agency(dmv, {"VT"})
    assert (vermont.name, vermont.ori, vermont.state) == ("Vermont Department of Motor Vehicles", "VTDMV0000", "VT")
    georgia = GAZETTEER.resolve_agency(GAZETTEER.find("the Department of Driver Services")[0], {"GA"})
    assert (georgia.name, georgia.state, georgia.ori) == ("Georgia Department of Driver Services", "GA", None)
    assert GAZETTEER.resolve_agency(dmv, {"VT", "NH"}) == dmv
    (vendor,) = GAZETTEER.find("Clearview AI")
    assert GAZETTEER.resolve_agency(vendor, {"OR"}) == vendor


def test_curated_agencies_carry_state_and_ori() -> None:
    placed_wcso = GAZETTEER.for_address("pkim@co.washington.or.us")
    assert placed_wcso == Entity("agency", WCSO, ori="OR0340000", state="OR", agency_type="county sheriff", county="Washington")
    assert GAZETTEER.canonical("agency",
                               "Washington County Sheriff's Office (Oregon)") == placed_wcso  # the old name still names it
    assert GAZETTEER.agency_by_ori("or0340000") == placed_wcso
    (orlando,) = GAZETTEER.find("Orlando Police Department")  # one in the country: the name places it
    assert (orlando.state, orlando.ori) == ("FL", "FL0480400")
    (monroe,) = GAZETTEER.find("Monroe County Sheriff's Office")
    assert (monroe.state, monroe.ori) == (None, None)
    assert GAZETTEER.resolve_agency(monroe, {"FL"}).ori == "FL0440000"
    (sample,) = GAZETTEER.find("CCSO") or [GAZETTEER.for_address("dreyes@cedarcounty-so.example.gov")]
    assert sample is not None and sample.name == "Cedar County Sheriff's Office (sample)"


def test_agency_by_ori_from_the_fbi_list() -> None:
    delaware = GAZETTEER.agency_by_ori("DEDSP0000")
    assert delaware == Entity("agency", "Delaware State Police", ori="DEDSP0000", state="DE", agency_type="state police")
    assert GAZETTEER.agency_by_ori("XX0000000") is None


@pytest.mark.parametrize(("address", "name", "state", "agency_type"), [
    ("clerk@arvadaco.gov", "City of Arvada", "CO", "city"),  # CISA
    ("a@cowetaga.gov", "Coweta County", "GA", "county"),  # CISA, ", GA" dropped from the name
    ("b@michigan.gov", "State of Michigan", "MI", "state"),  # a state's portal
    ("c@ice.gov", "U.S. Immigration and Customs Enforcement", None, "federal"),  # CISA sub-organisation -> curated
    ("d@osha.gov", "Department of Labor", None, "federal"),
    ("e@dps.texas.gov", "Texas Department of Public Safety", "TX", "state agency"),  # a body label below a portal; the FBI's type
    ("f@ci.hillsboro.or.us", "City of Hillsboro", "OR", "city"),  # state-coded, not .gov
    ("g@police.ci.hillsboro.or.us", "Hillsboro Police Department", "OR", "city police"),
    ("h@sheriff.co.washington.or.us", WCSO, "OR", "county sheriff"),
    ("i@co.benton.wa.us", "Benton County", "WA", "county"),
    ("j@dmv.state.or.us", "Oregon Department of Motor Vehicles", "OR", "dmv"),
    ("k@state.or.us", "State of Oregon", "OR", "state"),
])
def test_domains(address: str, name: str, state: str | None, agency_type: str) -> None:
    entity = GAZETTEER.for_address(address)
    assert entity is not None
    assert (entity.name, entity.state, entity.agency_type) == (name, state, agency_type)


def test_unknown_child_of_a_state_portal_names_nobody_but_places_the_record() -> None:
    assert GAZETTEER.for_address("x@records.in.gov") is None  # not the State of Indiana itself
    assert clue_kinds("x@records.in.gov") == [("email_domain", "IN", "records.in.gov")]
    assert GAZETTEER.for_address("nobody@example.com") is None
    assert GAZETTEER.for_address("no address") is None


def test_state_clues_of_every_kind() -> None:
    text = ("Washington County Sheriff's Office, 215 SW Adams Ave, Hillsboro, OR 97124. Tel 503.846.2700.\n"
            "Copy: Evansville, Indiana; www.keysso.net; pkim@co.washington.or.us; the Oregon State Police; Kansas City; "
            "Delaware County; 1-800-555-0100")
    assert clue_kinds(text) == [
        ("address", "OR", "Hillsboro, OR 97124"),
        ("zip", "OR", "97124"),
        ("area_code", "OR", "503.846.2700"),
        ("address", "IN", "Evansville, Indiana"),
        ("web_domain", "FL", "www.keysso.net"),
        ("email_domain", "OR", "co.washington.or.us"),
        ("state_name", "OR", "Oregon"),
        ("agency_name", "OR", "Oregon State Police"),
    ]


@pytest.mark.parametrize("text", [
    "Yes, OK.", "Pat, OR Sam", "Kansas City police", "Delaware County", "Michigan Avenue", "Washington said",
    "call 1-800-555-0100", "case 123-45-6789", "amount 97124", "x@fbi.gov",
])
def test_no_clue_from_words_that_only_look_like_states(text: str) -> None:
    assert clue_kinds(text) == []
