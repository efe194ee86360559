"""Sender and recipient values as printed: "Name <addr>", "Name [mailto:addr]", a bare address, a
Lotus Notes "Name/OU/ORG@DOMAIN" name, a redacted address "(b)(6)", or OCR-spaced "analyst@ co.x.us"."""

from __future__ import annotations

import re

_BRACKETED = re.compile(r"^\s*\"?(?P<name>[^\"<\[(]*?)\"?\s*[<\[(](?:mailto:)?(?P<inside>[^>\]]*)[>\]]?\s*$")
_ADDRESS = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
_OCR_SPACED = re.compile(r"\s*([@.])\s*")
# A FOIA exemption code standing where the address was: the address is unknown, not missing.
_REDACTION = re.compile(r"\(?\s*b\s*\)\s*\(\s*\d\s*\)|redacted|\[?withheld\]?", re.I)
_LOTUS = re.compile(r"^(?P<name>[^/@<>]+?)/[^/<>]+(?:/[^/<>]+)*$")


def find_address(value: str) -> str | None:
    """The first email address in a value, with OCR spaces around '@' and '.' removed."""
    match = _ADDRESS.search(_OCR_SPACED.sub(r"\1", value))
    return match[0].lower().strip(".") if match else None


def split_sender(value: str) -> tuple[str | None, str | None]:
    """(name, address) from a printed sender; the address is None when redacted or absent."""
    value = re.sub(r"\s+", " ", value).strip().strip(";,")
    if not value:
        return None, None
    if match := _BRACKETED.match(value):
        name = match["name"].strip().strip(",").strip() or None
        inside = match["inside"]
        address = None if _REDACTION.search(inside) else find_address(inside)
        if address or _REDACTION.search(inside) or name:
            return _lotus_name(name) if name else None, address
    if _REDACTION.fullmatch(value.strip()):
        return None, None
    if "@" in value and " " not in _OCR_SPACED.sub(r"\1", value).strip() and not _LOTUS.match(value):
        return None, find_address(value)
    return _lotus_name(_REDACTION.sub("", value).strip(" ,;")) or None, None


def _lotus_name(name: str) -> str:
    match = _LOTUS.match(name)
    return match["name"].strip() if match else name.strip('"').strip()
