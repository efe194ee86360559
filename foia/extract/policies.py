"""Policies: whole sentences stating a rule, restriction or justification for using face recognition.

A sentence counts only when it carries a rule cue ("not permitted", "prohibit", "required to", "only
images lawfully obtained") and is about the technology's use: the sentence names it or what it works on
(faces, photos, matches, searches), or the page does and the cue is a strong one. Merely containing the
word "policy", or a records request asking for policies, is not a policy."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from foia.extract.sentences import sentence_spans

EXTRACTOR = "policies.rules"

# (kind, cue, strong). Strong cues are rules on their own; weak ones need the topic in the same sentence.
_CUES: tuple[tuple[str, re.Pattern[str], bool], ...] = (
    ("disclaimer", re.compile(
        r"\b(?:(?:does|do|shall|will)\s+not\s+(?:establish|constitute|provide)\s+(?:probable\s+cause|positive\s+identification|"
        r"an?\s+identification)|(?:is|are)\s+(?:an?\s+)?(?:investigative\s+)?leads?\s+only|investigative\s+leads?\s+only|treated\s+as\s+(?:an?\s+)?(?:investigative\s+)?leads?|alone\s+(?:is|are|does)\s+not|"
        r"not\s+(?:a\s+)?positive\s+identification|not\s+used\s+in\s+an\s+investigative\s+capacity)\b", re.IGNORECASE), True),
    ("prohibition", re.compile(
        r"\b(?:(?:are|is|be|were)\s+not\s+(?:permitted|allowed|authori[sz]ed)|prohibit(?:s|ed|ion)?|forbid(?:s|den)?|"
        r"will\s+not\s+be\s+used|(?:is|are|was|were)\s+not\s+(?:to\s+be\s+)?used|"
        r"never\s+be\s+used|no\s+(?:[\w-]+\s+){0,4}?(?:may|shall|will|can)\s+(?:ever\s+)?be\s+(?:used|relied)|"
        r"(?:the\s+)?sole\s+basis|under\s+no\s+circumstances|no\s+(?:images?|photos?|photographs?|data)\s+(?:of\s+[\w\s]{1,40}?)?"
        r"(?:were|was|will\s+be|are|is|shall\s+be)\s+(?:used|retained|stored|shared|collected))\b", re.IGNORECASE), True),
    ("requirement", re.compile(
        r"\b(?:(?:are|is|be)\s+required\s+to|(?:are|is)\s+responsible\s+for\s+"
        r"(?:verifying|ensuring|confirming)|purpose\s+of\s+this\s+(?:general\s+order|policy|directive|procedure|order)|"
        r"in\s+accordance\s+with\s+(?:this|the)\s+(?:policy|general\s+order|directive)|per\s+policy|"
        r"(?:purposes?|use)\s+only|(?:may|can|shall|must)\s+only\b|only\s+(?:be\s+)?(?:used|use|accessed|granted|images?|photos?|photographs?|booking|"
        r"authori[sz]ed|trained|for)|lawfully\s+(?:obtained|acquired))\b", re.IGNORECASE), True),
    ("prohibition", re.compile(r"\b(?:shall|must|may)\s+not\b(?!\s+exceed)", re.IGNORECASE), False),
    ("requirement", re.compile(
        r"\b(?:requires?|restricts?|restricted\s+to|limited(?:\s+to)?|limits?|must|shall)\b", re.IGNORECASE), False),
    ("permission", re.compile(
        r"\b(?:(?:are|is)\s+(?:permitted|authori[sz]ed|allowed)\s+to|may\s+(?:be\s+)?(?:used|use|access|search|submit|request))\b",
        re.IGNORECASE), False),
)
# Face-recognition products whose name alone puts a sentence or page on topic.
_PRODUCTS = (r"Rekognition|Clearview|NeoFace|FaceVACS|Face-VACS|FACE\s?Plus|FaceFirst|Face\+\+|Azure\s+Face|Cognitec|IDEMIA|"
             r"Morpho\w*|DataWorks|Rank\s+One|ROC\s+SDK|Paravision|FaceSearch|MegaMatcher|VeriLook|IDentify|SAFR|\bFACES\w*")
_TOPIC = re.compile(
    r"\b(?:fac(?:e|ial)[\s-]+(?:recognition|matching|identification|comparison|search|images?)|biometric\w*|faces?|"
    r"photo(?:graph)?s?|images?|mug\s?shots?|booking|probe|matche?s?|match(?:ing)?|searche?s?|candidates?|"
    r"identification\s+leads?|leads?|FRS|FRT|FACES\w*|Rekognition|Clearview|algorithm|video\s+streams?|"
    r"the\s+(?:technology|system|software|tool|application))\b|" + _PRODUCTS,
    re.IGNORECASE,
)
_PAGE_TOPIC = re.compile(rf"\bfac(?:e|ial)[\s-]+recognition\b|\bFRS\b|{_PRODUCTS}", re.IGNORECASE)
# Sentences that ask for or talk about records, not rules: requests and their boilerplate.
_REQUEST_TALK = re.compile(
    r"\b(?:I|we)\s+(?:hereby\s+|further\s+|also\s+)?request|\brequested\s+documents\b|\bpublic\s+records\s+(?:act|request)|"
    r"\bcopies\s+of\b|^\W*(?:any|all)\s+(?:\w+\s+){0,2}(?:documents|records|policies|communications|e-?mails|contracts)\b|"
    r"\bredact|\bdocuments\s+sufficient\b|\bpursuant\s+to\b.*\brecords\s+act\b|\bplease\s+(?:provide|send)\b",
    re.IGNORECASE,
)
# Payment terms ("shall pay", "shall not exceed $100,000") are contract money, not rules of use.
_MONEY = re.compile(r"[$€£]\s?\d|\b(?:USD|EUR|GBP)\s?\d|\bpay(?:s|ment|able)?\b", re.IGNORECASE)
MAX_SENTENCE = 600  # longer runs are tables or run-on OCR, not one stated rule
MAX_WEAK_SENTENCE = 300  # a weak cue and a topic word far apart in a run-on are not one rule


@dataclass(frozen=True)
class PolicyFinding:
    char_start: int
    char_end: int
    quote: str
    statement: str
    kind: str  # prohibition | requirement | permission | disclaimer | other
    confidence: float


def find_policies(text: str) -> Iterator[PolicyFinding]:
    page_on_topic: list[bool] = []  # computed on first need: one scan of the page, not one per sentence
    for start, end in sentence_spans(text):
        sentence = text[start:end]
        if len(sentence) > MAX_SENTENCE or len(sentence) < 25 or _REQUEST_TALK.search(sentence):
            continue
        kind = _kind(sentence, lambda: _cached_page_topic(text, page_on_topic))
        if kind is not None:
            yield PolicyFinding(start, end, sentence, sentence, kind, confidence=0.75)


def _cached_page_topic(text: str, cache: list[bool]) -> bool:
    if not cache:
        cache.append(_PAGE_TOPIC.search(text) is not None)
    return cache[0]


# Any cue at all, in one pass: most sentences carry none, and then the per-kind searches are skipped.
_ANY_CUE = re.compile("|".join(f"(?:{cue.pattern})" for _, cue, _ in _CUES), re.IGNORECASE)


def _kind(sentence: str, page_on_topic: Callable[[], bool]) -> str | None:
    if _ANY_CUE.search(sentence) is None:
        return None
    on_topic = _TOPIC.search(sentence) is not None
    for kind, cue, strong in _CUES:
        if strong:
            matched = cue.search(sentence) is not None and (on_topic or page_on_topic())
        else:
            matched = (len(sentence) <= MAX_WEAK_SENTENCE and on_topic and not _MONEY.search(sentence)
                       and cue.search(sentence) is not None)
        if matched:
            return "other" if re.search(r"purpose\s+of\s+this", sentence, re.IGNORECASE) else kind
    return None
