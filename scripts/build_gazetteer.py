"""Build foia's reference lists of US agencies from the public US-government lists in ../shared/data:

    python scripts/build_gazetteer.py [--source DIR] [--check]

writes foia/data/agencies.tsv.gz (the FBI's 18,702 law-enforcement agencies: ORI, name, type, county,
state, lookup key) and foia/data/dotgov.tsv.gz (CISA's .gov domains: domain, type, organisation, state), gzip'd
tab-separated text with a fixed header and no timestamp, so the same input gives the same bytes.
Quirks are fixed on the way: the FBI writes Nebraska as NB and Guam as GM, some names end in a colon or
say "Police Department" twice, statewide bodies are listed without their state ("State Police" in
Delaware becomes "Delaware State Police"), and CISA's organisations in capitals are title-cased.
`--check` compares instead of writing and exits 1 when the shipped files differ."""

from __future__ import annotations

import argparse
import csv
import gzip
import io
import re
import sys
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from foia.extract.agencies import agency_key  # noqa: E402
from foia.extract.places import FBI_STATE_CODES, STATES  # noqa: E402


def _default_source() -> Path:
    """../shared/data beside the checkout (or beside the folder of worktrees holding it)."""
    for folder in (ROOT.parent, ROOT.parent.parent):
        if (folder / "shared" / "data").is_dir():
            return folder / "shared" / "data"
    return ROOT.parent / "shared" / "data"


DEFAULT_SOURCE = _default_source()
DATA = ROOT / "foia" / "data"
AGENCY_HEADER = ("ori", "name", "type", "county", "state", "key")
DOMAIN_HEADER = ("domain", "type", "organization", "suborganization", "state")

# FBI agency types -> foia's, refined by the name.
_FBI_TYPES = {"City": "city police", "County": "county police", "State Police": "state police",
              "Other State Agency": "state agency", "University or College": "university", "Tribal": "tribal",
              "Other": "other"}
# Names of statewide bodies the FBI lists without the state ("State Police", "Department of Public Safety").
_STATEWIDE_START = re.compile(
    r"^(?:State\b|Highway Patrol|Department of|Division of|Bureau of|Office of|Attorney General|Commission|"
    r"Liquor|Alcohol|Fish and|Park Rangers|Environmental|Capitol Police|Animal|Secretary of State)"
)
_DOMAIN_TYPES = {"City": "city", "County": "county", "Federal - Executive": "federal", "Federal - Legislative": "federal",
                 "Federal - Judicial": "federal", "Federal": "federal", "Tribal": "tribal", "School district": "school district",
                 "Special district": "special district", "Interstate": "other", "State or territory": "state agency"}


def agency_rows(source: Path) -> list[tuple[str, ...]]:
    """The FBI's agencies as (ori, name, type, county, state, lookup key), sorted by ORI; the key is
    stored so that reading the list needs no regular expressions."""
    rows = []
    with (source / "us-law-enforcement-agencies.csv").open(encoding="utf-8", newline="") as handle:
        for record in csv.DictReader(handle):
            state = FBI_STATE_CODES.get(record["state_abbr"], record["state_abbr"])
            name = agency_display_name(record["agency_name"], state, record["agency_type_name"])
            agency_type = agency_type_for(name, record["agency_type_name"])
            county = "; ".join(_title(part.strip()) for part in record["county_name"].split(";") if part.strip())
            rows.append((record["ori"].strip(), name, agency_type, county, state, agency_key(name, state)))
    return sorted(rows)


def agency_display_name(name: str, state: str, fbi_type: str) -> str:
    """The FBI's name, mended: no trailing colon, no doubled words, the state before a statewide body."""
    name = " ".join(name.split()).strip().rstrip(":").strip()
    name = re.sub(r"\b(Police Department)(?: \1)+\b", r"\1", name)
    name = re.sub(r"\bCnty\b\.?", "County", name)
    name = re.sub(r"\bPd\b\.?", "Police Department", name)
    name = re.sub(r"\bDept\b\.?", "Department", name)
    name = re.sub(r"\bCo\b\.?(?= Sheriff)", "County", name)
    name = re.sub(r"\bSo\b\.?$", "Sheriff's Office", name)
    name = re.sub(r"\b([A-Z])([A-Z])([a-z]+)\b", lambda m: m.group(1) + m.group(2).lower() + m.group(3), name)  # MIddleton
    state_name = STATES.get(state, "")
    if fbi_type in ("State Police", "Other State Agency") and _STATEWIDE_START.match(name) and state_name \
            and not name.startswith(state_name):
        name = f"{state_name} {name}"
    return name


def agency_type_for(name: str, fbi_type: str) -> str:
    agency_type = _FBI_TYPES.get(fbi_type, "other")
    if re.search(r"\bSheriff", name) and fbi_type in ("City", "County", "Other"):
        return "county sheriff"
    if re.search(r"Motor Vehicle|Driver Services", name):
        return "dmv"
    if "Attorney General" in name:
        return "attorney general"
    if re.search(r"\bProsecutor|District Attorney|State's Attorney", name):
        return "prosecutor"
    if re.search(r"\bMarshal\b", name) and "Fire" not in name:
        return "marshal"
    return agency_type


def domain_rows(source: Path) -> list[tuple[str, ...]]:
    """CISA's .gov domains as (domain, type, organization, suborganization, state), sorted by domain;
    the suborganization is kept for federal domains only (ice.gov -> U.S. Immigration and Customs
    Enforcement), and a state's portal (michigan.gov, pa.gov) is held by "State of Michigan"."""
    rows = []
    with (source / "us-dotgov-domains.csv").open(encoding="utf-8", newline="") as handle:
        for record in csv.DictReader(handle):
            domain = record["domain"].strip().lower()
            base_type = record["domain_type"].split(" - Election")[0].strip()
            domain_type = _DOMAIN_TYPES.get(base_type, "other")
            state = record["state"].strip().upper()
            organization = _organisation_name(record["organization"], state)
            if organization in ("City", "County", "Town", "Village") and record["city"].strip():
                # A few rows print the kind of government for its name ("City" for littlerock.gov): its place's.
                place = " ".join(record["city"].split())
                organization = f"{place} County" if organization == "County" else f"{organization} of {place}"
            if base_type == "State or territory" and state in STATES:
                label = domain.rsplit(".", 1)[0]
                if (label in (state.lower(), STATES[state].lower().replace(" ", ""))
                        and not organization.startswith(("State of", "Commonwealth of"))):
                    organization = f"State of {STATES[state]}"
                if organization.startswith(("State of", "Commonwealth of")):
                    domain_type = "state"
            suborganization = _organisation_name(record["suborganization"], state) if domain_type == "federal" else ""
            rows.append((domain, domain_type, organization, suborganization, state))
    return sorted(rows)


def _organisation_name(name: str, state: str) -> str:
    name = " ".join(name.split())
    if name.isupper() and len(name) > 6:
        name = _title(name)
    name = re.sub(r"(?<=\w )(Of|And|The|For)\b(?= )", lambda m: m.group(1).lower(), name)
    if state in STATES:  # "Coweta County, GA" -> "Coweta County"; "State of Georgia" stays
        stripped = re.sub(rf",?\s+(?:{state}|{re.escape(STATES[state])})$", "", name)
        if not stripped.lower().endswith((" of", " the")):
            name = stripped
    return name.strip(" ,")


def _title(value: str) -> str:
    words: list[str] = []
    for word in value.lower().split(" "):
        if word in ("of", "and", "the", "for") and words:
            words.append(word)
        elif word.startswith("mc") and len(word) > 3:
            words.append("Mc" + word[2:].capitalize())
        else:
            words.append("-".join(part[:1].upper() + part[1:] for part in word.split("-")))
    return " ".join(words)


def gzip_tsv(header: tuple[str, ...], rows: Iterable[tuple[str, ...]]) -> bytes:
    """Tab-separated text, gzip'd without a name or timestamp so the bytes depend only on the rows."""
    text = io.StringIO()
    for row in (header, *rows):
        if any("\t" in value or "\n" in value for value in row):
            raise ValueError(f"a value holds a tab or a line break: {row!r}")
        text.write("\t".join(row) + "\n")
    buffer = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buffer, compresslevel=9, mtime=0) as packed:
        packed.write(text.getvalue().encode("utf-8"))
    return buffer.getvalue()


def build(source: Path) -> dict[str, bytes]:
    """File name -> bytes of every data file built from `source`."""
    return {
        "agencies.tsv.gz": gzip_tsv(AGENCY_HEADER, agency_rows(source)),
        "dotgov.tsv.gz": gzip_tsv(DOMAIN_HEADER, domain_rows(source)),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE, help="folder with the two CSV files")
    parser.add_argument("--check", action="store_true", help="compare with the shipped files instead of writing")
    options = parser.parse_args(argv)
    for name in ("us-law-enforcement-agencies.csv", "us-dotgov-domains.csv"):
        if not (options.source / name).is_file():
            print(f"{options.source / name}: not found", file=sys.stderr)
            return 2
    built = build(options.source)
    differing = [name for name, data in built.items() if not (DATA / name).is_file() or (DATA / name).read_bytes() != data]
    if options.check:
        for name in differing:
            print(f"{DATA / name}: differs from what {options.source} builds", file=sys.stderr)
        return 1 if differing else 0
    for name, data in built.items():
        (DATA / name).write_bytes(data)
        print(f"wrote {DATA / name} ({len(data):,} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
