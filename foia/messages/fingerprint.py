"""Message fingerprints: the same email printed in several releases, or quoted inside a thread,
gets the same fingerprint, so duplicates can be linked and counted once.

The fingerprint hashes the normalised sender (name words in any order, so "Reyes, Dana" is "Dana
Reyes"; the address's local part when no name is printed), the sent minute as printed, the subject
without reply and forward prefixes, and the first words of the body."""

from __future__ import annotations

import functools
import hashlib
import re

from foia.messages import SplitMessage

_REPLY_PREFIX = re.compile(r"^\s*(?:(?:re|fw|fwd|aw|wg|tr)\s*(?:\[\d+\])?\s*:\s*)+", re.I)
_TITLES = {"mr", "mrs", "ms", "dr", "lt", "sgt", "det", "capt", "chief", "officer"}
BODY_START_CHARS = 80


def name_words(name: str | None) -> frozenset[str]:
    """A person's name as a set of words without titles: "Reyes, Dana" is "Lt. Dana Reyes"."""
    plain = re.sub(r"\([^()]*\)", " ", name or "")  # "Reyes, Dana (Sheriff's Office)"
    return frozenset(word for word in re.findall(r"[a-z]{2,}", plain.lower()) if word not in _TITLES)


def normalised_sender(name: str | None, address: str | None) -> str:
    words = sorted(name_words(name))
    if words:
        return " ".join(words)
    return (address or "").lower().split("@")[0]


@functools.lru_cache(maxsize=4096)  # grouping copies compares each message's subject with its neighbours'
def normalised_subject(subject: str | None) -> str:
    return re.sub(r"\s+", " ", _REPLY_PREFIX.sub("", subject or "")).strip().casefold()


def body_start(body: str) -> str:
    return "".join(re.findall(r"\w", body.casefold()))[:BODY_START_CHARS]


def fingerprint(message: SplitMessage) -> str | None:
    """A 64-hex-digit fingerprint, or None when the message has neither a time nor a body to tell it by."""
    minute = message.sent_at_local.strftime("%Y-%m-%dT%H:%M") if message.sent_at_local else ""
    body = body_start(message.body)
    if not minute and not body:
        return None
    key = "\x1f".join([normalised_sender(message.sender_name, message.sender_address), minute,
                       normalised_subject(message.subject), body])
    return hashlib.sha256(key.encode("utf-8")).hexdigest()
