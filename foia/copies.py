"""Copies of facts: the same record arrives several times (a re-saved PDF, a scanned printout of an email
already in the release, a thread quoted in a later one), and each copy must count once.

A fact's fingerprint hashes its kind, its values and its quote, normalised so that OCR's usual slips
(`Al`/`AI`, `|`/`I`/`l`/`1`, `0`/`O`, `rn`/`m`, spacing and punctuation) do not tell copies apart.
Within one document the same fingerprint is the same fact said again. Across documents the words
around the quote must agree too (most of them, so OCR noise is tolerated), and the agencies must not
differ, so two agencies paying the same "$5,000 per year" stay two facts."""

from __future__ import annotations

import difflib
import hashlib
import re
from collections.abc import Mapping
from typing import Any

# OCR confusions folded to one character each, after lower-casing.
_CONFUSABLE = str.maketrans({"|": "l", "i": "l", "1": "l", "!": "l", "0": "o"})
_NOT_WORD = re.compile(r"[^a-z0-9]+")
CONTEXT_CHARS = 80
SAME_CONTEXT = 0.75
_VALUE_KEYS = {
    "costs": ("amount_min", "amount_max", "currency", "period", "unit"),
    "usage": ("count", "count_max", "measure", "category"),
    "policies": ("kind",),
}


def normalised(text: str) -> str:
    """Lower case, OCR confusions folded, hyphenation across lines undone, only letters and digits."""
    text = re.sub(r"-\s*\n\s*", "", text.lower()).replace("rn", "m")
    return _NOT_WORD.sub("", text.translate(_CONFUSABLE))


def fact_fingerprint(kind: str, quote: str, values: Mapping[str, Any]) -> str:
    parts = [kind, normalised(quote), *(_value(values.get(key)) for key in _VALUE_KEYS[kind])]
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()


def _value(value: object) -> str:
    if value is None:
        return ""
    text = str(value)
    return text.rstrip("0").rstrip(".") if "." in text else text


def context(page_text: str, start: int, end: int) -> str:
    """The normalised words around a quote: what says that two findings are one record's copies."""
    return normalised(page_text[max(0, start - CONTEXT_CHARS) : end + CONTEXT_CHARS])


def same_context(a: str, b: str) -> bool:
    if a == b:
        return True
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio() >= SAME_CONTEXT
