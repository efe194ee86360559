"""Fact references as users see them: one letter for the kind and the row id (C12 is cost 12, U5 usage
count 5, P3 policy 3), so an id copied from any export or table names exactly one fact."""

from __future__ import annotations

import re

from foia.errors import InputError
from foia.models import FACT_MODELS, FactMixin

PREFIXES = {"costs": "C", "usage": "U", "policies": "P"}
KIND_OF_PREFIX = {prefix: kind for kind, prefix in PREFIXES.items()}
_REF = re.compile(r"^\s*([CUPcup])-?(\d{1,12})\s*$")


class FactRefError(InputError):
    """Not a fact reference; the message says what one looks like."""


def fact_ref(kind: str, fact_id: int) -> str:
    return f"{PREFIXES[kind]}{fact_id}"


def parse_fact_ref(text: str) -> tuple[str, int]:
    """'C12' -> ('costs', 12)."""
    match = _REF.match(text)
    if not match:
        raise FactRefError(f"{text!r} is not a fact id (expected e.g. C12 for a cost, U5 for usage, P3 for a policy)")
    return KIND_OF_PREFIX[match[1].upper()], int(match[2])


def model_of(kind: str) -> type[FactMixin]:
    return FACT_MODELS[kind]
