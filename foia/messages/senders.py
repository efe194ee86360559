"""Sender and recipient values as printed: "Name <addr>", "Name [mailto:addr]", a bare address, a
Lotus Notes "Name/OU/ORG@DOMAIN" or "CN=Name/O=ORG" name, Outlook's "Assistant on behalf of Name", a
redacted address "(b)(6)", or OCR-spaced "analyst@ co.x.us"; and whether a piece of text looks like a
sender at all (a name or an address, not a sentence), which is how unlabelled headers are told from
prose."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

# "Pruett, Colleen (DA) <cpruett@...>": an office in brackets is part of the name; "Ann (ann@x.gov)" is not.
_BRACKETED = re.compile(
    r"^\s*\"?(?P<name>(?:[^\"<\[(]|\([^()<>@\[\]]{1,40}\)(?=\s*\S))*?)\"?\s*(?:[<\[]|\((?=[^)]*(?:@|\bb\s*\)|mailto)))"
    r"(?:mailto:)?(?P<inside>[^>\]]*)[>\]]?\s*$")
_ADDRESS = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
_OCR_SPACED = re.compile(r"\s*([@.])\s*")
# A FOIA exemption code standing where the address was: the address is unknown, not missing.
_REDACTION = re.compile(r"\(?\s*b\s*\)\s*\(\s*\d\s*\)(?:\s*\(\s*[A-Fa-f]\s*\))?|redacted|\[?withheld\]?", re.I)
# A web archive's stand-in for an address it hid ("[email protected]", Cloudflare's): unknown too.
_HIDDEN = re.compile(r"\[email\s*(?:&#160;|\s)?protected\]", re.I)
_LOTUS = re.compile(r"^(?:CN=)?(?P<name>[^/@<>=]+?)/[^/<>]+(?:/[^/<>]+)*$", re.I)
_ON_BEHALF = re.compile(r"^.{1,120}?\bon\s+behalf\s+of\s+", re.I)


_CURLY = str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'"})


def _plain(value: str) -> str:
    """Whitespace collapsed, curly quotes made straight (OCR reads straight quotes as curly ones), a
    hidden address marked as withheld."""
    return _HIDDEN.sub("withheld", re.sub(r"\s+", " ", value.translate(_CURLY))).strip().strip(";,")


def _unaccented(address: str) -> str:
    """An address as its mailbox spells it: agencies' addresses are ASCII, and an accent on one
    ("grég.lindqvist@") is OCR's."""
    if address.isascii():
        return address
    folded = "".join(c for c in unicodedata.normalize("NFKD", address) if not unicodedata.combining(c))
    return folded if folded.isascii() else address


def find_address(value: str) -> str | None:
    """The first email address in a value, with OCR spaces around '@' and '.' removed."""
    match = _ADDRESS.search(_OCR_SPACED.sub(r"\1", value))
    return _unaccented(match[0].lower().strip(".")) if match else None


def is_redacted(value: str) -> bool:
    """Whether a printed value hides something (an exemption code, "redacted", a hidden address)."""
    return bool(_REDACTION.search(value) or _HIDDEN.search(value))


def split_sender(value: str) -> tuple[str | None, str | None]:
    """(name, address) from a printed sender; the address is None when redacted or absent. "A on
    behalf of B" is B's message, sent by A."""
    value = _ON_BEHALF.sub("", _plain(value))
    if not value:
        return None, None
    if match := _BRACKETED.match(value):
        name = match["name"].strip().strip(",").strip() or None
        inside = match["inside"]
        hidden = _REDACTION.search(inside)
        address = None if hidden else find_address(inside)
        if address or hidden or name:
            return _lotus_name(name) if name else None, address
    if _REDACTION.fullmatch(value.strip()):
        return None, None
    if "@" in value and " " not in _OCR_SPACED.sub(r"\1", value).strip() and not _LOTUS.match(value):
        return None, find_address(value)
    return _lotus_name(_REDACTION.sub("", value).strip(" ,;<>")) or None, None


def _lotus_name(name: str) -> str:
    match = _LOTUS.match(name)
    return match["name"].strip() if match else name.strip('"').strip()


# One word of a person's or an office's name: capitalised in any alphabet ("Ólafur", "Núñez"), an
# initial, an all-capitals word, or a particle ("de", "van"); "&" and "-" join office names.
_NAME_WORD = re.compile(r"(?:[^\W\d_][\w'’.-]*|de|del|della|da|di|du|la|le|van|von|der|den|bin|al|&|-|of|the|and|for)")
_PARTICLES = {"de", "del", "della", "da", "di", "du", "la", "le", "van", "von", "der", "den", "bin", "al", "&", "-", "of",
              "the", "and", "for"}
_TITLE_END = re.compile(r"(?:Mr|Mrs|Ms|Dr|Lt|Sgt|Det|Capt|Cpl|Ofc|Jr|Sr|St|Insp|Cmdr|Supt|Asst|Dept|Co|Inc)\.$")
_LABEL_WORDS = {"from", "sent", "date", "to", "cc", "bcc", "subject", "re", "on", "wrote", "page", "attachments"}
MAX_NAME_WORDS = 7
MAX_SENDER = 160


_OFFICE_IN_BRACKETS = re.compile(r"\s*\([A-Za-z][\w .&'’-]{0,38}\)\s*$")


def _name_like(name: str) -> bool:
    name = _OFFICE_IN_BRACKETS.sub("", name)  # "Pruett, Colleen (DA)": the office does not make it less a name
    words = name.replace(",", " , ").split()
    words = [word for word in words if word != ","]
    if not words or len(words) > MAX_NAME_WORDS or name.count(",") > 1:
        return False
    if words[0].lower().strip(".:") in _LABEL_WORDS and len(words) <= 2:
        return False
    for number, word in enumerate(words):
        if not _NAME_WORD.fullmatch(word) or word.endswith(":") or (word not in _PARTICLES and not word[0].isupper()):
            return False
        if word.endswith(".") and len(word) > 2 and not _TITLE_END.search(word) and number < len(words) - 1:
            return False
    if words[-1] in _PARTICLES:  # "Thanks for the"
        return False
    return words[-1][-1:] != "." or len(words[-1]) <= 2 or bool(_TITLE_END.search(words[-1]))


_LEADING = re.compile(
    r"^(?:\"?[^\"<>@]{0,80}\"?\s*<[^<>\s]+@[^<>\s]+>|(?:CN=)?[^/@<>\s][^/@<>]{0,60}(?:/[^/\s<>]{1,40})+(?:@\w+)?"
    r"|\"[^\"<>@]{2,80}\")"
)
# A speck OCR put before a sender: a mark glued to it ("*Mark Dunn/...") or a lone character ("3 Rosa").
_LEADING_SPECK = re.compile(r"^(?:[^\w\s\"“<(\[]{1,3}[ \t]*|\w[ \t]+)(?=[\w\"“<])")


def leading_sender(value: str) -> str | None:
    """A sender at the start of a line that runs on into something else ("Name <addr> TRosa ...", a
    column label OCR glued to its value): a name and address, a Lotus Notes name, or a quoted name
    whose address OCR could not read."""
    match = _LEADING.match(_plain(value))
    return match[0] if match and looks_like_sender(match[0]) else None


def without_speck(value: str) -> str:
    """A sender candidate without a speck OCR put before it."""
    return _LEADING_SPECK.sub("", value, count=1)


def looks_like_sender(value: str) -> bool:
    """A name, an address, or both, as a header prints a sender; not a sentence, a date or a label."""
    value = _plain(value)
    if not value or len(value) > MAX_SENDER:
        return False
    if _REDACTION.fullmatch(value):
        return True
    value = _ON_BEHALF.sub("", value)
    if (lotus := _LOTUS.match(value)) and _name_like(lotus["name"].strip('" ')):
        return True
    bracketed = _BRACKETED.match(value)
    if bracketed and (find_address(bracketed["inside"]) or _REDACTION.search(bracketed["inside"])):
        return not bracketed["name"].strip() or _name_like(bracketed["name"].strip().strip('"'))
    if "@" in value and " " not in _OCR_SPACED.sub(r"\1", value) and find_address(value):
        return True
    name = re.sub(r"\s*\([^()]{1,60}\)$", "", value.strip('"'))  # "Reyes, Dana (Sheriff's Office)"
    office = re.search(r"\s+-\s+([\w .&'-]{1,60})$", name)  # "Ortiz, Lee - Records Unit"
    if office and _name_like(office[1]):
        name = name[: office.start()]
    return _name_like(name)


_NAMED_ADDRESS = re.compile(
    r"(?P<name>\"[^\"<>]{1,80}\"|[^;<>\"\[\]]{1,80}?)\s*[<\[](?:mailto:)?(?P<address>[^<>\[\]\s]+@[^<>\[\]\s]+)[>\]]"
)


def named_addresses(value: str) -> Iterator[tuple[str, str]]:
    """(name, address) for every "Name <addr>" (or "Name [mailto:addr]") in a header value."""
    for match in _NAMED_ADDRESS.finditer(_plain(value)):
        name, address = _lotus_name(match["name"].strip(" ,;'")), find_address(match["address"])
        if address and name:
            yield name, address
