"""Score fact extraction against labelled records: precision, recall and F1 per fact kind, entity
recognition per document, and attribution accuracy.

    python scripts/eval_extraction.py LABELS.json [--json]

LABELS.json is a list of records in the format of ../shared/corpus/real/labels.json: `file` (a text
file next to the labels; a form feed separates pages), `agencies`, `vendors`, `products`, `costs`
[{amount_min, amount_max, period, quote}], `image_counts` [{count, quote}], `policies` [{quote}].
Labelled entity names are compared through the gazetteer ("Face-VACS" and "FaceVACS" are one product).
Attribution: where a fact is labelled with `agency`/`vendor`/`product`, the attributed name (the request
agency standing in when nothing closer names one) must equal it; elsewhere an attributed name must be one
the record lists. Optional, for sets written with attribution in mind: `counts` [{count, qualifier, measure, per,
quote}] (then every count is scored, not only image counts), `request_agency`, and per fact `agency`,
`vendor`, `product`, `kind`. Text goes through the same `analyse()` path an import uses.

Matching: a predicted fact is a true positive when its quote overlaps the labelled quote and its values
agree (costs: amount_min, amount_max, period, and unit, a seat, a licence and an account being one user's;
counts: count, and measure, qualifier and per where labelled; policies: the overlap covers at least half of
the shorter quote, and the kind where labelled). A prediction that repeats a labelled fact elsewhere in the
same record, its values all agreeing (the same grant amount in a summary table), is a repeat, counted apart, not
an error (one that agrees on the number only, a wrong period or measure, is a false positive); a label
quoting a later printing of a figure foia lists once (marked as restating the first) is found through it.
Counts of things other than images are unscored on records that label only `image_counts`; on records
that label `counts`, an outcome or equipment count (arrests, matches, cameras: `foia usage` lists them
apart, under --category) that matches no label is unscored too, and listed as UNSCORED with --errors. A price row of
several units is labelled twice, as written: its extended total and its unit price (with `unit`)."""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import textwrap
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from foia.analysis import Fact, analyse
from foia.extract.agencies import agency_key
from foia.extract.counts import QUALIFIERS, measure_of
from foia.extract.entities import Gazetteer
from foia.extract.policies import KINDS as POLICY_KINDS
from foia.ingest import PageText

KINDS = ("costs", "usage", "policies")


class LabelError(Exception):
    """The labels file cannot be used; the message names the file and the reason."""


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    repeats: int = 0
    unscored: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "repeats": self.repeats, "unscored": self.unscored,
                "precision": round(self.precision, 3), "recall": round(self.recall, 3), "f1": round(self.f1, 3)}


@dataclass
class Attribution:
    """Of the correctly extracted facts whose agency (or vendor) is labelled: named right, named wrong,
    or left empty. An empty field where the label says the text names none is right."""

    right: int = 0
    wrong: int = 0
    empty: int = 0
    state_right: int = 0  # of the agencies named right whose state is labelled
    state_checked: int = 0

    @property
    def checked(self) -> int:
        return self.right + self.wrong + self.empty

    def share(self, count: int) -> float:
        return count / self.checked if self.checked else 1.0

    def as_dict(self) -> dict[str, Any]:
        return {"right": self.right, "wrong": self.wrong, "empty": self.empty,
                "right_share": round(self.share(self.right), 3), "wrong_share": round(self.share(self.wrong), 3),
                "state_right": self.state_right, "state_checked": self.state_checked}


def _attribution_table() -> dict[str, dict[str, Attribution]]:
    return {kind: {"agency": Attribution(), "vendor": Attribution()} for kind in KINDS}


@dataclass
class Evaluation:
    facts: dict[str, Score] = field(default_factory=lambda: {kind: Score() for kind in KINDS})
    entities: dict[str, Score] = field(default_factory=lambda: {kind: Score() for kind in ("agency", "vendor", "product")})
    attribution: dict[str, dict[str, Attribution]] = field(default_factory=_attribution_table)
    # (field, the evidence that decided it, right | wrong | empty) -> facts: which evidence to trust.
    by_source: Counter[tuple[str, str, str]] = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)  # one line per false positive / negative, for reading

    def attribution_total(self, field_name: str) -> Attribution:
        total = Attribution()
        for by_field in self.attribution.values():
            part = by_field[field_name]
            total.right, total.wrong, total.empty = total.right + part.right, total.wrong + part.wrong, total.empty + part.empty
            total.state_right += part.state_right
            total.state_checked += part.state_checked
        return total

    def as_dict(self) -> dict[str, Any]:
        return {
            "facts": {kind: score.as_dict() for kind, score in self.facts.items()},
            "entities": {kind: score.as_dict() for kind, score in self.entities.items()},
            "attribution": {kind: {name: part.as_dict() for name, part in parts.items()}
                            for kind, parts in self.attribution.items()},
            "attribution_by_source": {f"{name} {source} {outcome}": count
                                      for (name, source, outcome), count in sorted(self.by_source.items())},
        }


# Characters the PDF core fonts cannot draw, replaced the same way in the text and the labels.
_PLAIN = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "•": "*", "‐": "-", "–": "-", "—": "-", "…": "..."})
_LINES_PER_PDF_PAGE = 40


def _pdf_pages(text: str, name: str, workdir: Path) -> tuple[list[PageText], str]:
    """Render the text to a born-digital PDF (tests/pdfs.py) and read it back through the import path."""
    from foia.ingest import ingest_file
    from tests.pdfs import write_text_pdf

    lines = [wrapped for line in text.translate(_PLAIN).replace("\f", "\n").split("\n")
             for wrapped in (textwrap.wrap(line, 95) or [""])]
    chunks = ["\n".join(lines[i : i + _LINES_PER_PDF_PAGE]) for i in range(0, len(lines), _LINES_PER_PDF_PAGE)]
    pages = ingest_file(write_text_pdf(workdir / f"{Path(name).stem}.pdf", chunks)).pages
    return pages, "\n".join(page.text for page in pages)


_OCR_FOLD = str.maketrans({"|": "l", "i": "l", "1": "l", "!": "l", "0": "o"})


def _ocr_span(text: str, quote: str, where: str) -> tuple[int, int]:
    """Where a labelled quote landed in OCR text: compared as letters and digits only, with OCR's usual
    confusions folded (I/l/1/|, O/0); a quote OCR garbled beyond that cannot be located."""
    kept = [(index, char) for index, char in enumerate(text.lower().translate(_OCR_FOLD)) if char.isalnum()]
    folded = "".join(char for _, char in kept)
    wanted = "".join(char for char in quote.lower().translate(_OCR_FOLD) if char.isalnum())
    found = folded.find(wanted) if wanted else -1
    if found == -1:
        raise _Unlocated(f"{where}: labelled quote not found in the OCR text: {quote[:60]!r}")
    return kept[found][0], kept[found + len(wanted) - 1][0] + 1


class _Unlocated(LabelError):
    """A labelled quote the reading of a scan lost: a miss of the reader, not an error in the labels."""


def _flexible_span(text: str, quote: str, where: str) -> tuple[int, int]:
    """Where a labelled quote landed in PDF text: any whitespace, and a break after a hyphen, may differ."""
    words = quote.translate(_PLAIN).split()
    pattern = r"\s+".join(re.escape(word).replace(r"\-", r"\-\s*") for word in words)
    match = re.search(pattern, text)
    if match is None:
        raise LabelError(f"{where}: labelled quote not found in the PDF text: {quote[:60]!r}")
    return match.span()


def _pages(text: str) -> tuple[list[PageText], list[int]]:
    parts = text.split("\f")
    starts, offset = [], 0
    for part in parts:
        starts.append(offset)
        offset += len(part) + 1
    return [PageText(number, part, "layer") for number, part in enumerate(parts, start=1)], starts


def _span(text: str, quote: str, where: str) -> tuple[int, int]:
    start = text.find(quote)
    if start == -1:
        raise LabelError(f"{where}: labelled quote is not in the text: {quote[:60]!r}")
    return start, start + len(quote)


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _decimal(value: Any) -> Decimal | None:
    return None if value is None else Decimal(str(value))


def _unit(value: str | None) -> str | None:
    """'per user' (as the corpus labels write it) and 'user' (as foia stores it) are one unit, and so are
    'per camera stream' and 'stream': the head noun, singular, is compared. A seat, a licence and an
    account are each one user's access, as foia's count vocabulary (`measure_of`) counts them: labels write
    "per user" for what a quote prints "per seat"."""
    if value is None:
        return None
    words = value.lower().removeprefix("per ").split()
    head = words[-1] if words else ""
    head = head[:-1] if head.endswith("s") and not head.endswith("ss") else head
    measured = measure_of(head)
    return "user" if measured is not None and measured[0] == "users" else head


def _measure(labelled: str | None) -> str | None:
    """A label's measure in foia's vocabulary: "licenses" counts users, "streams" cameras, as the count
    grammar maps the nouns themselves."""
    if labelled is None:
        return None
    words = labelled.lower().split()
    measured = measure_of(" ".join(words)) or (measure_of(words[-1]) if words else None)  # "possible matches"
    return measured[0] if measured is not None else labelled


def _qualifier(printed: str | None, ranged: bool = False) -> str | None:
    """A label's qualifier as printed ("more than", "roughly") in foia's vocabulary ("at least",
    "approximately"); a label already in that vocabulary is kept. No qualifier means an exact count, or
    a range where the label gives the top of one."""
    if printed is None:
        return "range" if ranged else "exact"
    return QUALIFIERS.get(printed.lower(), printed.lower())


def _values_agree(kind: str, fact: Fact, label: dict[str, Any]) -> bool:
    values = fact.values
    if kind == "costs":
        return (values["amount_min"] == _decimal(label["amount_min"])
                and values["amount_max"] == _decimal(label["amount_max"])
                and values["period"] == label.get("period")
                and _unit(values["unit"]) == _unit(label.get("unit"))
                and ("currency" not in label or values["currency"] == label["currency"]))
    if kind == "usage":
        # Labels in the corpus format (image_counts) name no measure vocabulary: the count (and the top of a
        # range) is compared; labels in foia's own format (counts) are compared on every field they give.
        keys = ("measure", "qualifier", "per", "count_max", "category") if label.get("_own_format") else ("count_max",)
        wanted = {**label, "qualifier": _qualifier(label.get("qualifier"), ranged=label.get("count_max") is not None),
                  "measure": _measure(label.get("measure"))}
        return values["count"] == label["count"] and all(values[key] == wanted[key] for key in keys if key in label)
    # A set that names its own policy topics ("lead-only", "no live video") labels no kind foia knows.
    return label.get("kind") not in POLICY_KINDS or values["kind"] == label["kind"]


def _with_attribution(records: list[dict[str, Any]], path: Path) -> None:
    """Merge per-fact attribution labels kept apart from the records (by file, list and position)."""
    try:
        supplement = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError) as exc:
        raise LabelError(f"{path}: cannot read attribution labels ({exc})") from None
    for record in records:
        for key, extra in supplement.get(record["file"], {}).items():
            facts = record.get(key, [])
            if len(extra) != len(facts):
                raise LabelError(f"{path}: {record['file']} {key}: {len(extra)} attributions for {len(facts)} facts")
            for fact, attribution in zip(facts, extra, strict=True):
                fact.update(attribution)


def evaluate(labels_path: Path, gazetteer: Gazetteer | None = None, *, via_pdf: bool = False,
             attribution: Path | None = None, source: str = "text") -> Evaluation:
    """Score every labelled record; with `via_pdf`, each text is first rendered to PDF and imported;
    `attribution` adds per-fact agency and vendor labels kept in a separate file."""
    try:
        records = json.loads(labels_path.read_text("utf-8"))
    except (OSError, ValueError) as exc:
        raise LabelError(f"{labels_path}: cannot read labels ({exc})") from None
    if attribution is not None:
        _with_attribution(records, attribution)
    gazetteer = gazetteer or Gazetteer.load()
    evaluation = Evaluation()
    for record in records:
        path = labels_path.parent / record["file"]
        try:
            text = path.read_text("utf-8")
        except OSError as exc:
            raise LabelError(f"{path}: cannot read ({exc.strerror})") from None
        if source in ("pdf", "scan"):
            if not record.get(source):
                continue  # a record without a scan is left out of the scan measurement
            pages = _ingested_pages(labels_path.parent / record[source])
            joined = "\n".join(page.text for page in pages)
            _evaluate_record(evaluation, record, joined, gazetteer, pages=pages,
                             find_span=_ocr_span if source == "scan" else _flexible_span)
        elif via_pdf:
            with tempfile.TemporaryDirectory() as workdir:
                pages, joined = _pdf_pages(text, record["file"], Path(workdir))
            _evaluate_record(evaluation, record, joined, gazetteer, pages=pages)
        else:
            _evaluate_record(evaluation, record, text, gazetteer)
    return evaluation


def _ingested_pages(path: Path) -> list[PageText]:
    """The file read as `foia import` reads it (text layer, or Tesseract for scanned pages)."""
    from foia.ingest import ingest_file

    try:
        return ingest_file(path).pages
    except (OSError, ValueError) as exc:
        raise LabelError(f"{path}: cannot read ({exc})") from None


def _evaluate_record(evaluation: Evaluation, record: dict[str, Any], text: str, gazetteer: Gazetteer,
                     pages: list[PageText] | None = None, find_span: Any = None) -> None:
    name = record["file"]
    if pages is None:
        pages, starts = _pages(text)
        find_span = _span
    else:
        starts, offset = [], 0
        for page in pages:
            starts.append(offset)
            offset += len(page.text) + 1
        find_span = find_span or _flexible_span
    analysis = analyse(pages, gazetteer)
    request_agency = record.get("request_agency")
    counts_labelled = "counts" in record
    labelled = {
        "costs": record.get("costs", []),
        "usage": [dict(c, _own_format=True) for c in record["counts"]] if counts_labelled else record.get("image_counts", []),
        "policies": record.get("policies", []),
    }
    for kind in KINDS:
        score = evaluation.facts[kind]
        labels = []
        for label in labelled[kind]:
            try:
                labels.append((label, find_span(text, label["quote"], name)))
            except _Unlocated:
                score.fn += 1
                evaluation.errors.append(f"FN {kind} {name}: {label['quote'][:90]!r} (lost in OCR)")
        matched: set[int] = set()
        for fact in (f for f in analysis.facts if f.kind == kind and f.restates is None):  # as listings show them
            start = starts[fact.page_number - 1] + fact.char_start
            span = (start, start + len(fact.quote))
            if text[span[0] : span[1]] != fact.quote:
                raise LabelError(f"{name}: extracted quote is not the text at its offsets: {fact.quote[:60]!r}")
            if kind == "usage" and fact.values.get("category") != "usage" and not counts_labelled:
                score.unscored += 1  # outcomes (arrests, matches) and equipment (cameras): the corpus labels neither
                continue
            hit = next((index for index, (label, label_span) in enumerate(labels)
                        if index not in matched and _matches(kind, fact, span, label, label_span)), None)
            if hit is not None:
                matched.add(hit)
                score.tp += 1
                _check_attribution(evaluation, kind, fact, labels[hit][0], record, request_agency, gazetteer)
            elif kind != "policies" and any(_values_agree(kind, fact, label) for label, _ in labels):
                score.repeats += 1
            elif kind == "usage" and fact.values.get("category") != "usage":
                score.unscored += 1  # an outcome or equipment count no label names: foia keeps it apart from usage
                evaluation.errors.append(f"UNSCORED {kind} {name}: {fact.quote[:90]!r} {_brief(fact)}")
            else:
                score.fp += 1
                evaluation.errors.append(f"FP {kind} {name}: {fact.quote[:90]!r} {_brief(fact)}")
        restatements = [(fact, starts[fact.page_number - 1] + fact.char_start)
                        for fact in analysis.facts if fact.kind == kind and fact.restates is not None]
        for index, (label, label_span) in enumerate(labels):
            if index in matched:
                continue
            # One entry per distinct amount: the labeller may have quoted another printing of a figure foia lists once.
            restating = next((fact for fact, start in restatements
                              if _matches(kind, fact, (start, start + len(fact.quote)), label, label_span)), None)
            if restating is not None and restating.restates is not None and _values_agree(kind, restating.restates, label):
                score.tp += 1
                _check_attribution(evaluation, kind, restating.restates, label, record, request_agency, gazetteer)
                continue
            score.fn += 1
            evaluation.errors.append(f"FN {kind} {name}: {label['quote'][:90]!r}")
    _score_entities(evaluation, record, text, gazetteer)


def _matches(kind: str, fact: Fact, span: tuple[int, int], label: dict[str, Any], label_span: tuple[int, int]) -> bool:
    overlap = _overlap(span, label_span)
    if not overlap:
        return False
    if kind == "policies" and overlap * 2 < min(span[1] - span[0], label_span[1] - label_span[0]):
        return False
    return _values_agree(kind, fact, label)


def _check_attribution(evaluation: Evaluation, kind: str, fact: Fact, label: dict[str, Any], record: dict[str, Any],
                       request_agency: str | None, gazetteer: Gazetteer) -> None:
    """Right / wrong / empty for the agency (every kind) and the vendor (costs and counts), where labelled."""
    fields = ("agency", "vendor") if kind != "policies" else ("agency",)
    for key in fields:
        if key not in label:
            continue
        got = getattr(fact, key) or (request_agency if key == "agency" and not fact.agency_withheld else None)
        source = getattr(fact, f"{key}_source") or ("request" if key == "agency" and got is not None else "none")
        wanted = label[key] if isinstance(label[key], list) else [label[key]]
        tally = evaluation.attribution[kind][key]
        if got is None:
            if None in wanted:
                tally.right += 1
                evaluation.by_source[key, source, "right"] += 1
            else:
                tally.empty += 1
                evaluation.by_source[key, source, "empty"] += 1
                evaluation.errors.append(f"EMPTY {key} {record['file']}: {fact.quote[:60]!r}, labelled {label[key]!r}")
            continue
        if any(name is not None and _same_name(key, got, name, gazetteer) for name in wanted):
            tally.right += 1
            evaluation.by_source[key, source, "right"] += 1
            if key == "agency" and label.get("agency_state"):
                tally.state_checked += 1
                state = fact.agency_entity.state if fact.agency_entity is not None else None
                tally.state_right += state == label["agency_state"]
        else:
            tally.wrong += 1
            evaluation.by_source[key, source, "wrong"] += 1
            evaluation.errors.append(f"WRONG {key} {record['file']}: {fact.quote[:60]!r} {got!r} (by {source}), "
                                     f"labelled {label[key]!r}")


_STATE_SUFFIX = re.compile(r"\s*\((?:[A-Z]{2}|[A-Z][a-z]+(?: [A-Z][a-z]+)?)\)$")


def _same_name(kind: str, got: str, wanted: str, gazetteer: Gazetteer) -> bool:
    """Names agree once a state suffix ("(OR)"), case, apostrophes, "&" for "and", gazetteer aliases and (for
    agencies) the spellings an agency's lookup key folds ("Sheriff's Department" and "Sheriff's Office") are set aside, and
    a vendor bought by another is its owner ("Vigilant Solutions" is Motorola Solutions'), a product
    labelled as a vendor is its maker ("SAFR" is RealNetworks'), and an agency's acronym stands for its words."""
    def key(name: str) -> str:
        name = _STATE_SUFFIX.sub("", name).replace("’", "'")
        entity = gazetteer.canonical(kind, name)
        if entity is None and kind == "vendor":  # a product line labelled as the seller ("SAFR"): its vendor's
            product = gazetteer.canonical("product", name)
            entity = gazetteer.canonical("vendor", product.vendor) if product is not None and product.vendor else None
        canonical = entity.name if entity is not None else name
        canonical = gazetteer.successors.get(canonical, canonical) if kind == "vendor" else canonical
        canonical = _STATE_SUFFIX.sub("", canonical)
        return agency_key(canonical) if kind == "agency" else " ".join(canonical.casefold().replace("&", " and ").split())
    return key(got) == key(wanted) or (kind == "agency" and (_acronym_of(got, wanted) or _acronym_of(wanted, got)))


def _acronym_of(short: str, long: str) -> bool:
    """"MARTA Police Department" for "Metropolitan Atlanta Rapid Transit Authority Police Department": the
    short name's leading acronym is the initials of the words the long name has in its place."""
    match = re.match(r"([A-Z]{3,})\s+(.+)$", short)
    if match is None or not long.endswith(" " + match.group(2)):
        return False
    words = long[: -len(match.group(2)) - 1].split()
    return "".join(word[0] for word in words if word[0].isupper()) == match.group(1)


def _score_entities(evaluation: Evaluation, record: dict[str, Any], text: str, gazetteer: Gazetteer) -> None:
    found = gazetteer.find(text.replace("\f", "\n"))
    addresses = re.findall(r"[\w.+-]+@[\w.-]+", text)  # as attribution reads senders and recipients
    found += [entity for entity in map(gazetteer.for_address, addresses) if entity is not None]
    predicted = {
        "agency": {e.name for e in found if e.kind == "agency"},
        "vendor": {e.name for e in found if e.kind == "vendor"} | {e.vendor for e in found if e.kind == "product" and e.vendor},
        "product": {e.name for e in found if e.kind == "product"},
    }
    for kind, key in (("agency", "agencies"), ("vendor", "vendors"), ("product", "products")):
        wanted = {(gazetteer.canonical(kind, name) or _Named(name)).name for name in record.get(key, [])}
        score = evaluation.entities[kind]
        score.tp += len(predicted[kind] & wanted)
        score.fp += len(predicted[kind] - wanted)
        score.fn += len(wanted - predicted[kind])
        evaluation.errors.extend(f"FP {kind} {record['file']}: {n!r}" for n in sorted(predicted[kind] - wanted))
        evaluation.errors.extend(f"FN {kind} {record['file']}: {n!r}" for n in sorted(wanted - predicted[kind]))


@dataclass(frozen=True)
class _Named:
    name: str


def _brief(fact: Fact) -> str:
    return json.dumps({k: str(v) for k, v in fact.values.items() if v is not None and k != "statement"})


def render(evaluation: Evaluation) -> str:
    lines = [f"{'kind':<10} {'P':>6} {'R':>6} {'F1':>6} {'tp':>4} {'fp':>4} {'fn':>4} {'repeat':>6} {'unscored':>8}"]
    for group in (evaluation.facts, evaluation.entities):
        for kind, s in group.items():
            lines.append(f"{kind:<10} {s.precision:>6.3f} {s.recall:>6.3f} {s.f1:>6.3f} {s.tp:>4} {s.fp:>4} {s.fn:>4} "
                         f"{s.repeats:>6} {s.unscored:>8}")
    lines.append("")
    lines.append(f"{'attribution':<12} {'field':<7} {'right':>6} {'wrong':>6} {'empty':>6} "
                 f"{'right%':>7} {'wrong%':>7} {'state':>7}")
    rows = [(kind, name, part) for kind, parts in evaluation.attribution.items() for name, part in parts.items()]
    rows += [("all", name, evaluation.attribution_total(name)) for name in ("agency", "vendor")]
    for kind, name, part in rows:
        if not part.checked:
            continue
        state = f"{part.state_right}/{part.state_checked}" if part.state_checked else "-"
        lines.append(f"{kind:<12} {name:<7} {part.right:>6} {part.wrong:>6} {part.empty:>6} "
                     f"{100 * part.share(part.right):>6.1f}% {100 * part.share(part.wrong):>6.1f}% {state:>7}")
    lines.append("")
    lines.append(f"{'decided by':<12} {'field':<7} {'right':>6} {'wrong':>6} {'empty':>6}")
    for name, source in sorted({(name, source) for name, source, _ in evaluation.by_source}):
        counts = [evaluation.by_source[name, source, outcome] for outcome in ("right", "wrong", "empty")]
        lines.append(f"{source:<12} {name:<7} {counts[0]:>6} {counts[1]:>6} {counts[2]:>6}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("labels", type=Path)
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    parser.add_argument("--source", choices=("text", "pdf", "scan"), default="text",
                        help="read each record's text file, its 'pdf', or its 'scan' (OCR) through the import path")
    parser.add_argument("--via-pdf", action="store_true",
                        help="render each text to PDF (tests/pdfs.py, needs the test extra) and import it first")
    parser.add_argument("--errors", action="store_true", help="also list every false positive and negative")
    parser.add_argument("--attribution", type=Path, help="per-fact agency/vendor labels kept apart from LABELS.json "
                        "(tests/data/corpus_attribution.json for the shared corpus)")
    args = parser.parse_args(argv)
    try:
        evaluation = evaluate(args.labels, via_pdf=args.via_pdf, attribution=args.attribution, source=args.source)
    except LabelError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    try:
        print(json.dumps(evaluation.as_dict(), indent=2) if args.json else render(evaluation))
        if args.errors:
            print("\n".join(evaluation.errors))
    except BrokenPipeError:  # `... | head`: the reader left
        return 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
