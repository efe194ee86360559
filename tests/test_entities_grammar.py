"""Agency names read by their grammar: every form the brief lists, in capitals, with OCR slips and line
breaks; the places cut from titles; and the phrases that name no agency."""

from __future__ import annotations

import pytest

from foia.extract.entities import Entity, Gazetteer

GAZETTEER = Gazetteer.load()


def agency_names(text: str) -> list[str]:
    return [mention.entity.name for mention in GAZETTEER.mentions(text) if mention.entity.kind == "agency"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Records from the Harbor County Sheriff's Office arrived.", "Harbor County Sheriff's Office"),
    ("Sent by the Ashford County Sheriff's Department today", "Ashford County Sheriff's Department"),
    ("Ashford County Sheriff's Dept. records unit", "Ashford County Sheriff's Department"),
    ("Invoice to Ashford Co. Sheriff's Office", "Ashford County Sheriff's Office"),
    ("Filed with the Office of the Ashford County Sheriff on Monday", "Ashford County Sheriff's Office"),
    ("A letter from the Sheriff of Ashford County", "Ashford County Sheriff's Office"),
    ("St. Tammany Parish Sheriff's Office", "St. Tammany Parish Sheriff's Office"),
    ("Prince George's County Police Department", "Prince George's County Police Department"),
    ("Lewis and Clark County Sheriff's Office", "Lewis and Clark County Sheriff's Office"),
    ("the City of Red Hill Police Department", "Red Hill Police Department"),
    ("Millbrook Police Dept. detectives", "Millbrook Police Department"),
    ("Columbus Division of Police", "Columbus Division of Police"),
    ("Portland Police Bureau", "Portland Police Bureau"),
    # a district attorney by the initials everyone writes
    ("for comparison the Blair County DA's detectives pay about $12,000", "Blair County District Attorney's Office"),
    # a name as the agency prints it, not folded into "Police Department"
    ("Deputy Chief Lee, Chesterfield County Police Division", "Chesterfield County Police Division"),
    ("Loveland Police Services records unit", "Loveland Police Services"),
    ("Pittsburgh Bureau of Police", "Pittsburgh Bureau of Police"),
    ("Sunnyvale Department of Public Safety", "Sunnyvale Department of Public Safety"),
    ("the Oregon State Police crime lab", "Oregon State Police"),
    ("Washington State Patrol troopers", "Washington State Patrol"),
    ("California Highway Patrol", "California Highway Patrol"),
    ("Ohio State Highway Patrol", "Ohio State Highway Patrol"),
    ("the Georgia Bureau of Investigation", "Georgia Bureau of Investigation"),
    ("Ohio Bureau of Criminal Investigation agents", "Ohio Bureau of Criminal Investigation"),
    ("Nevada Department of Motor Vehicles", "Nevada Department of Motor Vehicles"),
    ("filed with the Department of Motor Vehicles of Vermont.", "Vermont Department of Motor Vehicles"),
    ("Georgia Department of Driver Services", "Georgia Department of Driver Services"),
    ("Ohio Bureau of Motor Vehicles", "Ohio Bureau of Motor Vehicles"),
    ("Maryland Motor Vehicle Administration", "Maryland Motor Vehicle Administration"),
    ("a request to the Michigan Secretary of State", "Michigan Secretary of State"),
    ("Ohio Attorney General Dave Yost said", "Ohio Attorney General's Office"),
    ("the attorney general of Vermont wrote", "Vermont Attorney General's Office"),
    ("Kings County District Attorney's Office", "Kings County District Attorney's Office"),
    ("Fulton County Marshal", "Fulton County Marshal's Office"),
    ("Northern California Regional Intelligence Center", "Northern California Regional Intelligence Center"),
    ("Delaware Information and Analysis Center", "Delaware Information and Analysis Center"),
    ("Millbrook Real Time Crime Center", "Millbrook Real Time Crime Center"),
    ("Arizona Department of Transportation employee", "Arizona Department of Transportation"),
    ("State of Wisconsin, Department of Military Affairs", "Wisconsin Department of Military Affairs"),
    ("Maryland Department of Public Safety and Correctional Services",
     "Maryland Department of Public Safety and Correctional Services"),
])
def test_agency_forms(text: str, expected: str) -> None:
    assert agency_names(text) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("ASHFORD COUNTY SHERIFF'S OFFICE\n100 Main Street", "Ashford County Sheriff's Office"),
    ("CITY OF MILLBROOK POLICE DEPARTMENT", "Millbrook Police Department"),
    ("Ashford County Sherif's Offce", "Ashford County Sheriff's Office"),
    ("Ashford County Sheriffs Office", "Ashford County Sheriff's Office"),
    ("Ashford County Sherriff’s Office", "Ashford County Sheriff's Office"),
    ("Millbrook Police Departrnent", "Millbrook Police Department"),
    ("Millbrook P0lice Department", "Millbrook Police Department"),
    ("Millbrook Polite Department", "Millbrook Police Department"),
    ("Millbrook Police Depart-\nment", "Millbrook Police Department"),
    ("Ashford County Sheriff's\nOffice", "Ashford County Sheriff's Office"),
    ("Ashford County\nSheriff's Office", "Ashford County Sheriff's Office"),
    ("UCLA Police Department", "UCLA Police Department"),  # capitals kept where the line is not all capitals
    ("NEW MEXICO ALL SOURCE INTELLIGENCE CENTER (NMASIC)", "New Mexico All Source Intelligence Center"),
    ("the Florida All Source Fusion Center", "Florida All Source Fusion Center"),
    ("Applicant: University of Alabama at Birmingham Police Department", "University of Alabama at Birmingham Police Department"),
    ("UNIVERSITY OF ILLINOIS AT CHICAGO POLICE DEPARTMENT", "University of Illinois at Chicago Police Department"),
    ("We met officers at Birmingham Police Department", "Birmingham Police Department"),
    ("Kansas City Missouri Police Department", "Kansas City Missouri Police Department"),
    ("Salt Lake City Police Department", "Salt Lake City Police Department"),
])
def test_capitals_ocr_slips_and_line_breaks(text: str, expected: str) -> None:
    assert agency_names(text) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("Lori Hall Records Clerk Parking Clerk East Longmeadow Police Department 160 Somers Road",
     "East Longmeadow Police Department"),
    ("the Chief of the Mead Police Department", "Mead Police Department"),
    ("Sgt. Jane Doe Anaheim Police Department", "Anaheim Police Department"),  # a name before a known place
    ("Yesterday Denver Police Department officials said", "Denver Police Department"),
    ("Metro Falls Police Department", "Metro Falls Police Department"),  # a qualifier stays with its place
])
def test_titles_and_names_are_cut_from_the_place(text: str, expected: str) -> None:
    assert agency_names(text) == [expected]


@pytest.mark.parametrize("text", [
    "Dear Police Department,",
    "I called the police department and the sheriff's office.",
    "The Police Department responded.",
    "Our Sheriff's Office has no records.",
    "Transit Police and Capitol Police Department officers",
    "State Fire Marshal inspections",
    "Attorney General Dave Yost said",  # a person, no office named
    "Oregon police said",  # a state's police, not the town of Oregon's
    "Federal Bureau of Prisoners is not a thing; the County Sheriff's Office either",
    "WE ARE PLEASED TO CONFIRM THE ORDER",
    "the police officer met the sheriff",
])
def test_phrases_that_name_no_agency(text: str) -> None:
    assert agency_names(text) == []


def test_weak_forms_need_a_listed_agency() -> None:
    assert agency_names("Akron police led with 185 searches, Stow police with 85") == [
        "Akron Police Department", "Stow Police Department"]
    assert agency_names("Zzyzxville police said") == []  # no such force anywhere
    assert agency_names("Orlando PD detectives") == ["Orlando Police Department"]


def test_statewide_bodies_printed_alone_wait_for_a_state() -> None:
    (dmv,) = GAZETTEER.find("From: Department of Motor Vehicles\nYour request was received.")
    assert (dmv.name, dmv.state, dmv.agency_type) == ("Department of Motor Vehicles", None, "dmv")
    (police,) = GAZETTEER.find("the State Police has their photos")
    assert (police.name, police.state) == ("State Police", None)


def test_state_in_the_name_places_the_agency_by_itself() -> None:
    (police,) = GAZETTEER.find("the Oregon State Police")
    assert (police.state, police.ori, police.agency_type) == ("OR", "OROSP1000", "state police")
    (dps,) = GAZETTEER.find("Texas Department of Public Safety")
    assert (dps.state, dps.ori) == ("TX", "TX0000000")
    (nebraska,) = GAZETTEER.find("Nebraska State Patrol")
    assert (nebraska.state, nebraska.ori) == ("NE", "NBNSP0000")  # the FBI writes Nebraska NB; its ORI keeps it


def test_federal_components_and_abbreviations() -> None:
    text = ("The FBI, DHS, ICE, HSI, CBP and the U.S. Border Patrol met the DEA, ATF, U.S. Marshals Service, "
            "Secret Service, TSA and the State Department.")
    assert agency_names(text) == [
        "Federal Bureau of Investigation", "U.S. Department of Homeland Security", "U.S. Immigration and Customs Enforcement",
        "Homeland Security Investigations", "U.S. Customs and Border Protection", "U.S. Border Patrol",
        "Drug Enforcement Administration", "Bureau of Alcohol, Tobacco, Firearms and Explosives", "U.S. Marshals Service",
        "U.S. Secret Service", "Transportation Security Administration", "U.S. Department of State"]
    assert all(entity.agency_type == "federal" and entity.state is None for entity in GAZETTEER.find(text))
    assert agency_names("we ice the cake and dea is not a word") == []
    # a state's department outranks the federal alias inside it
    assert agency_names("the California Department of Justice") == ["California Department of Justice"]


def test_vendors_keep_case_rules_and_domains() -> None:
    found = GAZETTEER.find("Rank One Computing and Vigilant Solutions; be vigilant; rank one priority; fell face first; "
                           "the ROC curve; we are aware of it")
    assert [(entity.kind, entity.name) for entity in found] == [("vendor", "Rank One Computing"), ("vendor",
                                                                                                   "Vigilant Solutions")]
    (clearview,) = GAZETTEER.find("Clearview AI, Inc.")
    assert clearview == Entity("vendor", "Clearview AI", domain="clearview.ai")
    assert [entity.name for entity in GAZETTEER.find("Pangiam, PimEyes and CyberLink FaceMe")] == ["Pangiam", "PimEyes",
                                                                                                   "CyberLink", "FaceMe"]


def test_mentions_keep_every_occurrence_and_its_printed_text() -> None:
    text = "WCSO asked the Washington County Sherif's Offce; WCSO again."
    mentions = GAZETTEER.mentions(text)
    assert [mention.text for mention in mentions] == ["WCSO", "Washington County Sherif's Offce", "WCSO"]
    assert len({mention.entity for mention in mentions}) == 1
    assert [entity.name for entity in GAZETTEER.find(text)] == ["Washington County Sheriff's Office"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Customer:      Arizona Department of Transportation          Customer No.   AZ-4471",
     ["Arizona Department of Transportation"]),
    ("Ship to:  Tulsa Police Department\tInvoice Date  03/02/2025", ["Tulsa Police Department"]),
    ("CITY OF COLUMBIA PURCHASE ORDER P2400781", ["City of Columbia"]),
])
def test_a_column_gap_or_a_document_word_ends_a_name(text: str, expected: list[str]) -> None:
    assert agency_names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("CITY OF READING, PENNSYLVANIA\nPOLICE DEPARTMENT\n815 Washington Street", ("Reading Police Department", "PA")),
    ("COUNTY OF MAUI\nPOLICE DEPARTMENT\n55 Mahalani Street", ("Maui Police Department", None)),
    ("COUNTY OF LAKE\nOFFICE OF THE SHERIFF\n", ("Lake County Sheriff's Office", None)),
])
def test_a_letterhead_of_a_government_over_its_police_names_the_police(text: str, expected: tuple[str, str | None]) -> None:
    found = [(mention.entity.name, mention.entity.state) for mention in GAZETTEER.mentions(text)
             if mention.entity.kind == "agency"]
    assert found == [expected]


def test_a_government_over_another_line_keeps_its_own_name() -> None:
    assert agency_names("CITY OF READING, PENNSYLVANIA\nHUMAN RESOURCES DEPARTMENT\n") == ["City of Reading"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Lt. Okafor said the Grand Chute\n             Police Department pays about $4,000 a year",
     "Grand Chute Police Department"),
    ("used by members of the Utah\nTransit Authority Police Department under the order",
     "Utah Transit Authority Police Department"),
    ("Lt. Kainoa Medeiros\nHawaii Police Department, Area I Criminal Investigations Section", "Hawaii Police Department"),
])
def test_a_name_that_wraps_in_running_text_keeps_the_words_of_the_line_above(text: str, expected: str) -> None:
    assert agency_names(text) == [expected]


def test_a_police_division_or_police_services_is_the_listed_police_department() -> None:
    """The FBI lists "Henrico County Police Department"; the agency calls itself "... Police Division": the
    printed name is kept, and the ORI found."""
    mention = next(m for m in GAZETTEER.mentions("Henrico County Police Division, Henrico, Virginia 23273")
                   if m.entity.kind == "agency")
    placed = GAZETTEER.resolve_agency(mention.entity, {"VA"})
    assert (placed.name, placed.ori) == ("Henrico County Police Division", "VA0430100")
