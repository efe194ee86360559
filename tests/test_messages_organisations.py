"""A sender's organisation comes from the address's domain, else from the signature."""

from __future__ import annotations

from foia.extract.entities import Gazetteer
from foia.messages.organisations import sender_organisation
from foia.messages.printed import split_printed_thread

SIGNED = """From: Pat Kim <(b)(6)>
Sent: Tuesday, March 6, 2018 2:40 PM
To: Morgan Lee
Subject: RE: estimate

Thanks, we will review it.

Sgt. Pat Kim
Washington County Sheriff's Office
"""


def test_organisation_from_domain_then_signature() -> None:
    gazetteer = Gazetteer.load()
    (signed,) = split_printed_thread(SIGNED)
    assert signed.sender_address is None
    found = sender_organisation(signed, gazetteer)
    assert found is not None and (found.kind, found.name) == ("agency", "Washington County Sheriff's Office (Oregon)")
    (vendor,) = split_printed_thread(SIGNED.replace("<(b)(6)>", "<mlee@aws.amazon.com>"))
    found = sender_organisation(vendor, gazetteer)
    assert found is not None and found.name == "Amazon Web Services"
    (unknown,) = split_printed_thread(SIGNED.replace("Washington County Sheriff's Office", "Records Unit"))
    assert sender_organisation(unknown, gazetteer) is None


def test_organisation_named_with_the_sender() -> None:
    (message,) = split_printed_thread(SIGNED.replace("Pat Kim <(b)(6)>", "Records Unit, Orlando Police <(b)(6)>")
                                      .replace("Washington County Sheriff's Office", "Records"))
    found = sender_organisation(message, Gazetteer.load())
    assert found is not None and found.name == "Orlando Police Department"
