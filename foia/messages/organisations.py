"""The organisation a message's sender speaks for: the gazetteer's entity for the address's domain,
else one named with the sender ("Records Unit, Orlando Police"), else one named in the signature
(the last lines of the body)."""

from __future__ import annotations

from foia.extract.entities import Entity, Gazetteer
from foia.messages import SplitMessage

SIGNATURE_LINES = 6


def sender_organisation(message: SplitMessage, gazetteer: Gazetteer) -> Entity | None:
    """An agency or vendor (a named product counts for its vendor), or None when nothing says."""
    entity = gazetteer.for_address(message.sender_address)
    if entity is not None:
        return entity
    signature = "\n".join(message.body.strip().split("\n")[-SIGNATURE_LINES:])
    for text in (message.sender_name or "", signature):
        for found in gazetteer.find(text):
            if found.kind in ("agency", "vendor"):
                return found
    return None
