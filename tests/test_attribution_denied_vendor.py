"""A vendor the document says was not used, bought or included is not the document's vendor: an audit of
requests sent to another agency counts them for no company it names only to deny using it."""

from __future__ import annotations

from foia.analysis import Fact, analyse
from foia.extract.entities import Gazetteer
from foia.ingest import PageText

GAZETTEER = Gazetteer.load()

AUDIT = """\
BRATTLEBORO POLICE DEPARTMENT
Compliance Review CR-24-03: Face Recognition Requests, 2024

Vermont law bars local police from using face recognition themselves.
Detectives may ask the Vermont State Police to compare a probe photo on
the Department's behalf.

Quarter         Requests sent
-------         -------------
Q1                          3
Q2                          5
Q3                          2
Q4                          4
Total                      14

Findings. No detective used Clearview AI or any other commercial
service during 2024. An officer who signed up for a Clearview AI trial
in 2021 never used it. The Department's video management software
does not include a face matching module.
"""


def facts_of(text: str) -> list[Fact]:
    return [fact for fact in analyse([PageText(1, text, "layer")], GAZETTEER).facts if fact.restates is None]


def test_counts_are_not_given_a_vendor_the_document_names_only_to_deny_its_use() -> None:
    counts = [fact for fact in facts_of(AUDIT) if fact.kind == "usage"]
    assert {fact.values["count"] for fact in counts} >= {3, 5, 2, 4}
    assert {fact.vendor for fact in counts} == {None}


def test_a_vendor_the_document_says_it_uses_stays_its_vendor() -> None:
    used = AUDIT.replace("Requests sent", "Searches run ").replace(
        "No detective used Clearview AI or any other commercial\nservice during 2024.",
        "Detectives ran every search with Clearview AI, which the\nDepartment licenses for four users.")
    used = used.replace("never used it", "still uses it")
    counts = [fact for fact in facts_of(used) if fact.kind == "usage" and fact.values["count"] in (3, 5, 2, 4)]
    assert counts and {fact.vendor for fact in counts} == {"Clearview AI"}
