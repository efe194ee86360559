"""The gazetteer (shipped and user-added names, domains, OCR slips) and attribution of every fact to
agency, vendor and product from sentence, then message, then request, with the evidence recorded."""

from __future__ import annotations

import sys
from pathlib import Path

from foia.analysis import analyse
from foia.extract.entities import Entity, Gazetteer
from foia.ingest import PageText

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from scripts.make_sample_records import THREAD  # noqa: E402 - after the path insert


def names(found: list[Entity]) -> list[tuple[str, str]]:
    return [(entity.kind, entity.name) for entity in found]


def test_gazetteer_reads_variants_abbreviations_slips_and_agency_shapes() -> None:
    gazetteer = Gazetteer.load()
    text = ("Clearview Al and Face++ met the WCSO, the Harbor County Sherriff's Office and NEC NeoFace; "
            "the opd in a word like 'hopd' and lowercase wcso do not count.")
    assert names(gazetteer.find(text)) == [
        ("vendor", "Clearview AI"),
        ("product", "Face++"),
        ("agency", "Washington County Sheriff's Office"),  # WCSO names no state: thirty states have one
        ("agency", "Harbor County Sheriff's Office"),
        ("product", "NeoFace"),
    ]
    assert gazetteer.for_address("Pat <pkim@co.washington.or.us>") == Entity(
        "agency", "Washington County Sheriff's Office", ori="OR0340000", state="OR", agency_type="county sheriff",
        county="Washington")
    assert gazetteer.for_address("x@mail.dataworksplus.com") == Entity("vendor", "DataWorks Plus", domain="dataworksplus.com")
    assert gazetteer.canonical("vendor", "face-vacs") is None
    assert gazetteer.canonical("product", "Face-VACS") == Entity("product", "FaceVACS", "Cognitec Systems")
    # the product's name without its brand, as officers write it: "the face search add-on for Virtual Crime Center"
    assert gazetteer.canonical("product", "Virtual Crime Center") == Entity(
        "product", "Accurint Virtual Crime Center", "LexisNexis Risk Solutions")


def test_agency_shapes_in_capitals_after_city_of_and_state_bodies() -> None:
    gazetteer = Gazetteer.load()
    found = gazetteer.find("CITY OF TUCSON POLICE DEPARTMENT\nMemo from the City of Tucson Police Department to the "
                           "Oregon State Police, the Arizona Highway Patrol and PIMA COUNTY SHERIFF'S DEPARTMENT; "
                           "copied to the Town of Paradise Valley Police and the City of New Orleans.")
    assert names(found) == [
        ("agency", "Tucson Police Department"),  # not the cut-off "City of Tucson Police"; named as the FBI does
        ("agency", "Oregon State Police"),
        ("agency", "Arizona Highway Patrol"),
        ("agency", "Pima County Sheriff's Department"),
        ("agency", "Paradise Valley Police Department"),  # a town's police, known to the FBI's list
        ("agency", "City of New Orleans"),
    ]
    assert gazetteer.find("WE ARE PLEASED TO CONFIRM THE ORDER") == []


def test_gazetteer_adds_database_aliases_and_domains() -> None:
    gazetteer = Gazetteer.load(extra_aliases=[("agency", "Harbor SO", "Harbor County Sheriff's Office"),
                                              ("agency", "@harbor-so.example.gov", "Harbor County Sheriff's Office"),
                                              ("vendor", "CV AI", "Clearview")])
    assert names(gazetteer.find("Harbor SO bought from CV AI")) == [
        ("agency", "Harbor County Sheriff's Office"), ("vendor", "Clearview AI")]
    assert gazetteer.for_address("a@harbor-so.example.gov") == Entity("agency", "Harbor County Sheriff's Office")


def test_sample_release_traps_and_evidence() -> None:
    pages = [PageText(number, text, "layer") for number, text in enumerate(THREAD, start=1)]
    analysis = analyse(pages, Gazetteer.load())
    costs = {fact.quote: fact for fact in analysis.facts if fact.kind == "costs"}
    assert set(costs) == {"between $6 and $12 a month", "$1 per 1,000 images", "$400", "$6-$12 per month"}  # no parking
    estimate = costs["between $6 and $12 a month"]
    assert (estimate.agency, estimate.agency_source) == ("Cedar County Sheriff's Office (sample)", "message")
    assert (estimate.vendor, estimate.vendor_source) == ("Amazon Web Services", "message")
    per_image = costs["$1 per 1,000 images"]
    assert (per_image.product, per_image.vendor, per_image.vendor_source) == ("Amazon Rekognition", "Amazon Web Services",
                                                                              "sentence")
    setup = costs["$400"]  # the jail management vendor's charge, sent to Amazon: not Amazon's
    assert (setup.vendor, setup.product, setup.values["kind"]) == (None, None, "setup")
    usage = {fact.quote: fact.values for fact in analysis.facts if fact.kind == "usage"}
    assert usage == {
        "approximately 305,000 booking photos": {"count": 305000, "count_max": None, "qualifier": "approximately",
                                                     "measure": "images", "per": None, "category": "usage"},
        "about 20 deputies": {"count": 20, "count_max": None, "qualifier": "approximately", "measure": "users", "per": None,
                              "category": "usage"},
    }
    policies = [(fact.values["kind"], fact.agency) for fact in analysis.facts if fact.kind == "policies"]
    assert policies == [("disclaimer", "Cedar County Sheriff's Office (sample)"),
                        ("prohibition", "Cedar County Sheriff's Office (sample)"),
                        ("requirement", "Cedar County Sheriff's Office (sample)")]
    for fact in analysis.facts:
        assert pages[fact.page_number - 1].text[fact.char_start : fact.char_end] == fact.quote


def test_the_sentence_outranks_the_message() -> None:
    page = PageText(1, (
        "From: Morgan Lee <mlee@amazon.com>\nSent: Tuesday, March 6, 2018 9:14 AM\n"
        "To: Sgt. Pat Kim <pkim@co.washington.or.us>\nSubject: Quotes\n\n"
        "For comparison, the Orlando Police Department pays Clearview AI $12,000 per year.\n"), "layer")
    (fact,) = analyse([page], Gazetteer.load()).facts
    assert (fact.agency, fact.agency_source, fact.vendor, fact.vendor_source) == (
        "Orlando Police Department", "sentence", "Clearview AI", "sentence")
