"""Redactions on a page: FOIA exemption markers, "[REDACTED]", state-law cites standing in for
withheld text, and solid black boxes drawn over text.

An exemption code in running text ("withheld under 5 U.S.C. 552(b)(1)", "exemptions (b)(6) and
(b)(7)(C) apply") is a citation, not a redaction: a marker counts only when no citation wording leads
up to it in its sentence."""

from __future__ import annotations

import re
from collections import Counter

BLACK_BOX = "black box"
REDACTED = "[REDACTED]"

# (b)(6), (b) (7)(C), (b)(7)(c): the federal FOIA exemptions of 5 U.S.C. 552(b).
_EXEMPTION = re.compile(r"\(b\)\s?\((?P<number>[1-9])\)(?:\s?\((?P<letter>[A-Fa-f])\))?")
# The short forms stamped on released pages: b6, B7C, (b6), b7(C).
_SHORT_EXEMPTION = re.compile(r"(?<![\w(/])\(?(?P<all>[bB](?P<number>[1-9])(?:\(?(?P<letter>[A-Fa-f])\)?)?)\)?(?![\w)])")
_REDACTED_WORD = re.compile(r"\[\s*redacted\s*\]|<\s*redacted\s*>|\bredacted\b(?=\s*[\])>])", re.IGNORECASE)
# State public-records cites standing alone where text was withheld: "RCW 42.56.240(1)", "NRS 481.063",
# "Gov. Code § 6254(f)", "ORS 192.345(3)", "5 ILCS 140/7(1)(c)".
_STATE_CITE = re.compile(
    r"(?:\b(?:RCW|NRS|ORS|MCL|ARS|A\.R\.S\.|G\.S\.|F\.S\.|Fla\.\s?Stat\.)\s?[\d.]+(?:\(\w{1,3}\))*"
    r"|\b(?:Gov(?:ernment|\.)?\s?Code\s?)?§\s?\d[\d.-]*(?:\(\w{1,3}\))*"
    r"|\b\d{1,3}\s?ILCS\s?\d+/[\d.-]+(?:\(\w{1,3}\))*)"
)
_BRACKETED_CITE = re.compile(r"\[\s*(?P<cite>" + _STATE_CITE.pattern + r")\s*\]")
# Words that turn a following exemption code into a citation in running text.
_CITATION_LEAD = re.compile(
    r"(?:552|U\.?\s?S\.?\s?C\.?|§|section|sections|subsection|exemptions?|paragraph|pursuant\s+to|under|"
    r"statute|FOIA|withheld|withholding|applies|apply|cites?|citing)\b[^.;:\n]*$",
    re.IGNORECASE,
)
_MAX_CITE_LINE = 40  # a state cite alone on a line this short stands in for withheld text
_MAX_SHORT_LINE = 30  # "b6" counts only on short lines, where it cannot be part of a sentence


def _exemption_code(number: str, letter: str | None) -> str:
    return f"(b)({number})" + (f"({letter.upper()})" if letter else "")


def _is_citation(line: str, start: int) -> bool:
    return _CITATION_LEAD.search(line[:start]) is not None


# What every marker contains, as written: "(b)", a state cite's statute or section sign, "redacted" in any
# case, a short code's b and digit. A page with none of them (most pages) is not read line by line: the
# pages stage reads every page in the importer, while a page pool's workers wait.
_MARKER_WORDS = ("(b)", "RCW", "NRS", "ORS", "MCL", "ARS", "A.R.S.", "G.S.", "F.S.", "Fla.", "§", "ILCS")
_SHORT_CODE_START = re.compile(r"[bB][1-9]")


def markers_in_text(text: str) -> Counter[str]:
    """Redaction codes on a page's text and how many times each appears."""
    if (not any(word in text for word in _MARKER_WORDS) and "redacted" not in text.lower()
            and _SHORT_CODE_START.search(text) is None):
        return Counter()
    return _markers(text)


def _markers(text: str) -> Counter[str]:
    found: Counter[str] = Counter()
    for line in text.split("\n"):
        spans = []
        for match in _EXEMPTION.finditer(line):
            spans.append(match.span())
            if not _is_citation(line, match.start()):
                found[_exemption_code(match["number"], match["letter"])] += 1
        if len(line.strip()) <= _MAX_SHORT_LINE or line.strip().startswith(("(", "[")):
            for match in _SHORT_EXEMPTION.finditer(line):
                inside = any(start <= match.start() < end for start, end in spans)
                if not inside and not _is_citation(line, match.start()):
                    found[_exemption_code(match["number"], match["letter"])] += 1
        found[REDACTED] += len(_REDACTED_WORD.findall(line))
        stripped = line.strip()
        cite = _STATE_CITE.fullmatch(stripped) if len(stripped) <= _MAX_CITE_LINE else None
        cites = [cite] if cite else [match for match in _BRACKETED_CITE.finditer(line)]
        for match in cites:
            found[_SPACES.sub(" ", match.group("cite") if match.re is _BRACKETED_CITE else match.group(0))[:64]] += 1
    return +found


_SPACES = re.compile(r"\s+")
