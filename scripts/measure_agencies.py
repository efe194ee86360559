"""Measure agency recognition on labelled excerpts (../shared/corpus/real/labels.json by default): the
agencies the gazetteer finds in each text (names and sender/recipient email domains) against the
labelled `agencies`, as precision and recall, with every miss and extra listed.

    python scripts/measure_agencies.py [LABELS.json] [--resolve]

`--resolve` first places each agency with the document's own state clues (`Gazetteer.state_clues`,
`resolve_agency`), as attribution does, so "the State Police" in a Michigan record counts as the
Michigan State Police. Names compare case-folded, without parentheses ("(Oregon)", "(PennDOT)") and
with "Attorney General's Office" read as "Attorney General"."""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from foia.extract.entities import Gazetteer  # noqa: E402


def _default_labels() -> Path:
    for folder in (ROOT.parent, ROOT.parent.parent):
        if (folder / "shared" / "corpus" / "real" / "labels.json").is_file():
            return folder / "shared" / "corpus" / "real" / "labels.json"
    return ROOT.parent / "shared" / "corpus" / "real" / "labels.json"


def normalised(name: str) -> str:
    name = re.sub(r"\([^()]*\)", " ", name.replace("’", "'")).casefold()
    name = re.sub(r"\battorney general's office\b", "attorney general", name)
    return " ".join(name.replace("the ", " ").split())


def found_agencies(gazetteer: Gazetteer, text: str, resolve: bool) -> set[str]:
    found = gazetteer.find(text)
    found += [entity for address in re.findall(r"[\w.+-]+@[\w.-]+", text) if (entity := gazetteer.for_address(address))]
    agencies = [entity for entity in found if entity.kind == "agency"]
    if resolve:
        states = {clue.state for clue in gazetteer.state_clues(text)}
        agencies = [gazetteer.resolve_agency(entity, states) for entity in agencies]
    return {normalised(entity.name) for entity in agencies}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("labels", nargs="?", type=Path, default=_default_labels())
    parser.add_argument("--resolve", action="store_true", help="place agencies with the document's state clues first")
    options = parser.parse_args(argv)
    if not options.labels.is_file():
        print(f"{options.labels}: not found", file=sys.stderr)
        return 2
    gazetteer = Gazetteer.load()
    true_positives = false_positives = false_negatives = 0
    for record in json.loads(options.labels.read_text(encoding="utf-8")):
        text = (options.labels.parent / record["file"]).read_text(encoding="utf-8")
        wanted = {normalised(name) for name in record.get("agencies", [])}
        got = found_agencies(gazetteer, text, options.resolve)
        true_positives += len(got & wanted)
        false_positives += len(got - wanted)
        false_negatives += len(wanted - got)
        for name in sorted(got - wanted):
            print(f"FP {record['file']}: {name}")
        for name in sorted(wanted - got):
            print(f"FN {record['file']}: {name}")
    precision = true_positives / ((true_positives + false_positives) or 1)
    recall = true_positives / ((true_positives + false_negatives) or 1)
    print(f"agencies: precision {precision:.3f} recall {recall:.3f} "
          f"(tp {true_positives}, fp {false_positives}, fn {false_negatives})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
