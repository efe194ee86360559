"""The shipped reference data: rebuilt from ../shared/data it is byte for byte what ships (skipped on a
fresh clone without it), its quirks are fixed, and the curated agencies agree with the FBI's list."""

from __future__ import annotations

import json
import sys
from importlib import resources
from pathlib import Path

import pytest

from foia.extract import reference
from foia.extract.agencies import agency_key
from foia.extract.entities import Gazetteer
from foia.extract.places import STATES

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from scripts.build_gazetteer import DEFAULT_SOURCE, build  # noqa: E402

SOURCE_PRESENT = (DEFAULT_SOURCE / "us-law-enforcement-agencies.csv").is_file()


@pytest.mark.skipif(not SOURCE_PRESENT, reason="../shared/data is not beside this checkout")
def test_shipped_data_is_what_the_script_builds() -> None:
    built = build(DEFAULT_SOURCE)
    for name, data in built.items():
        shipped = resources.files("foia.data").joinpath(name).read_bytes()
        assert shipped == data, f"foia/data/{name} is stale: run python scripts/build_gazetteer.py"
    assert build(DEFAULT_SOURCE) == built  # deterministic


def test_reference_lists_are_whole_and_mended() -> None:
    agencies = reference.agencies()
    assert len(agencies.by_ori) == 18702
    assert {agency.state for agency in agencies.by_ori.values()} <= set(STATES)  # no NB, no GM
    assert agencies.by_ori["NBNSP0000"].state == "NE"
    assert not any(agency.name.endswith(":") or "Police Department Police Department" in agency.name
                   for agency in agencies.by_ori.values())
    assert agencies.by_ori["DEDSP0000"].name == "Delaware State Police"
    assert agencies.by_ori["TX0000000"].name == "Texas Department of Public Safety"
    domains = reference.domains()
    assert len(domains) == 16539
    assert domains["pa.gov"].organization == "Commonwealth of Pennsylvania"
    assert domains["fbi.gov"].suborganization == "Federal Bureau of Investigation"


def test_a_domain_whose_organisation_is_printed_as_its_kind_is_its_places_government() -> None:
    """CISA prints "City" as the organisation of littlerock.gov: the sender is the City of Little Rock."""
    entity = Gazetteer.load().for_domain("littlerock.gov")
    assert entity is not None and (entity.name, entity.state) == ("City of Little Rock", "AR")


def test_shipped_files_stay_small() -> None:
    for name in ("agencies.tsv.gz", "dotgov.tsv.gz"):
        assert len(resources.files("foia.data").joinpath(name).read_bytes()) < 400_000


def test_curated_agencies_agree_with_the_fbi_list() -> None:
    """Every curated ORI is the FBI's for that state and name; a name the FBI lists in other states too
    is marked shared_name (so text alone does not place it), and one it lists only there is not."""
    data = json.loads(resources.files("foia.data").joinpath("gazetteer.json").read_text("utf-8"))
    agencies = reference.agencies()
    for record in data["agencies"]:
        if "ori" not in record:
            continue
        listed = agencies.by_ori[record["ori"]]
        assert listed.state == record["state"], record["name"]
        assert agency_key(listed.name, listed.state) == agency_key(record["name"], record["state"]) or \
            record["ori"] in ("DCMPD0000", "CA0190000"), record["name"]  # MPD is "Washington Police Department" to the FBI
        others = agencies.states_with(record["name"]) - {record["state"]}
        assert bool(others) == bool(record.get("shared_name")), (record["name"], sorted(others))


def test_numericas_lumen_is_known_by_its_full_name_and_not_by_the_common_word() -> None:
    gazetteer = Gazetteer.load()
    found = {(mention.text, mention.entity.kind, mention.entity.name)
             for mention in gazetteer.mentions("The Lumen facial recognition module from Numerica Corporation; "
                                               "the lumen output of the lights; Lumen Technologies circuits.")}
    assert found == {("Lumen facial recognition", "product", "Numerica Lumen"),
                     ("Numerica Corporation", "vendor", "Numerica Corporation")}
