"""Check labels.json against docs/*.txt.

* every quote (costs, counts, image_counts, policies) is an exact, single-line substring of its
  document and occurs there exactly once;
* every cost figure parses from its quote (amount_min / amount_max), every count figure parses from
  its quote (digits, "1.1 million", number words, "eight (8)"), and count qualifiers agree with
  the quote's wording;
* image_counts are exactly the usage subset of counts;
* fact agencies/vendors/products are ones the record lists; request_agency is listed;
* email from/to/date/subject are printed in the document;
* every labelled date is printed in some form, and every printed full date with a year is labelled;
* lines are at most 95 characters and the text is ASCII.

python check.py [-v]   (-v also lists every dollar amount and bare year not covered by a label)
Prints OK when nothing is wrong.
"""
from __future__ import annotations

import json
import re
import sys
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
VERBOSE = "-v" in sys.argv

PERIODS = {None, "year", "month", "one-time"}
QUALIFIERS = {None, "over", "about", "up to"}
MEASURES = {"images", "searches", "users", "licenses", "accounts", "leads", "arrests", "matches"}
USAGE_MEASURES = {"images", "searches", "users", "licenses", "accounts"}

WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
         "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20}
SCALE = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]

errors: list[str] = []


def err(msg: str) -> None:
    errors.append(msg)


def money_values(quote: str) -> set[float]:
    vals = set()
    for m in re.finditer(r"\$\s?(\d[\d,]*(?:\.\d+)?)(?:\s+(million|billion))?", quote):
        v = float(m.group(1).replace(",", ""))
        if m.group(2):
            v *= SCALE[m.group(2)]
        vals.add(round(v, 2))
    return vals


def count_values(quote: str) -> set[float]:
    vals = set()
    for m in re.finditer(r"(?<![\w$.,])(\d[\d,]*(?:\.\d+)?)(?:\s+(thousand|million|billion))?", quote):
        v = float(m.group(1).replace(",", ""))
        if m.group(2):
            v *= SCALE[m.group(2)]
        vals.add(round(v, 2))
    for m in re.finditer(r"\b([A-Za-z]+)\b", quote):
        w = m.group(1).lower()
        if w in WORDS:
            vals.add(float(WORDS[w]))
    return vals


def expected_qualifier(quote: str) -> str | None:
    q = quote.lower()
    if re.search(r"\b(up to|no more than|not to exceed|maximum)\b", q):
        return "up to"
    if re.search(r"\b(more than|over|exceeds?|in excess of)\b", q):
        return "over"
    if re.search(r"\b(about|approximately|roughly|around|some)\b", q):
        return "about"
    return None


def date_forms(iso: str) -> list[str]:
    parts = iso.split("-")
    y = int(parts[0])
    if len(parts) == 1:
        return [parts[0]]
    mo = int(parts[1])
    name = MONTHS[mo - 1]
    if len(parts) == 2:
        return [f"{name} {y}"]
    d = int(parts[2])
    yy = f"{y % 100:02d}"
    wd = date(y, mo, d).strftime("%a")
    return [f"{name} {d}, {y}", f"{name[:3]} {d}, {y}", f"{name[:3]}. {d}, {y}", f"{mo}/{d}/{y}",
            f"{mo:02d}/{d:02d}/{y}", f"{mo}/{d}/{yy}", f"{mo:02d}/{d:02d}/{yy}", f"{mo}-{d}-{yy}",
            f"{wd}, {name[:3]} {d}, {y}", f"-{d}, {y}", f"{name} {d}-"]


def printed_dates(text: str) -> set[str]:
    """ISO forms of the full dates (with a year) printed in the text."""
    found = set()
    for m in re.finditer(r"\b(\d{1,2})[/-](\d{1,2})[/-](\d{2}|\d{4})\b", text):
        mo, d, y = int(m.group(1)), int(m.group(2)), m.group(3)
        y = int(y) + (2000 if len(y) == 2 else 0)
        if 1 <= mo <= 12 and 1 <= d <= 31:
            found.add(f"{y:04d}-{mo:02d}-{d:02d}")
    names = "|".join(MONTHS) + "|" + "|".join(m[:3] for m in MONTHS)
    for m in re.finditer(rf"\b({names})\.? (\d{{1,2}})(?:-(\d{{1,2}}))?, (\d{{4}})", text, re.I):
        mo = [x[:3].lower() for x in MONTHS].index(m.group(1)[:3].lower()) + 1
        y = int(m.group(4))
        found.add(f"{y:04d}-{mo:02d}-{int(m.group(2)):02d}")
        if m.group(3):
            found.add(f"{y:04d}-{mo:02d}-{int(m.group(3)):02d}")
    for m in re.finditer(rf"\b({'|'.join(MONTHS)}) (\d{{4}})\b", text, re.I):
        mo = [x.lower() for x in MONTHS].index(m.group(1).lower()) + 1
        found.add(f"{m.group(2)}-{mo:02d}")
    return found


def occurrences(text: str, s: str) -> int:
    return text.count(s)


def check_quote(text: str, quote: str, where: str) -> None:
    if "\n" in quote or "\f" in quote:
        err(f"{where}: quote spans lines: {quote!r}")
    n = occurrences(text, quote)
    if n == 0:
        err(f"{where}: quote not in text: {quote!r}")
    elif n > 1:
        err(f"{where}: quote occurs {n} times: {quote!r}")


def main() -> None:
    labels = json.loads((HERE / "labels.json").read_text())
    if len(labels) != 12:
        err(f"expected 12 records, found {len(labels)}")
    for rec in labels:
        f = rec["file"]
        path = HERE / f
        if not path.exists():
            err(f"{f}: missing")
            continue
        raw = path.read_bytes()
        try:
            text = raw.decode("ascii")
        except UnicodeDecodeError:
            err(f"{f}: not ASCII")
            text = raw.decode("utf-8", "replace")
        for i, line in enumerate(text.replace("\f", "\n").split("\n"), 1):
            if len(line) > 95:
                err(f"{f}: line {i} is {len(line)} characters")
        agencies, vendors, products = set(rec["agencies"]), set(rec["vendors"]), set(rec["products"])
        if rec["request_agency"] not in agencies:
            err(f"{f}: request_agency {rec['request_agency']!r} not in agencies")
        for key in ("file", "agencies", "vendors", "products", "costs", "image_counts", "counts", "policies",
                    "emails", "dates", "request_agency", "pdf", "scan"):
            if key not in rec:
                err(f"{f}: missing key {key}")

        for i, c in enumerate(rec["costs"]):
            w = f"{f} cost[{i}]"
            check_quote(text, c["quote"], w)
            vals = money_values(c["quote"])
            if c["amount_max"] is None or float(c["amount_max"]) not in vals:
                err(f"{w}: amount_max {c['amount_max']} not parsed from {c['quote']!r} ({vals})")
            if c["amount_min"] is not None and float(c["amount_min"]) not in vals:
                err(f"{w}: amount_min {c['amount_min']} not parsed from {c['quote']!r}")
            if c["period"] not in PERIODS:
                err(f"{w}: period {c['period']!r}")
            if c.get("unit") is not None and not c["unit"].startswith("per "):
                err(f"{w}: unit {c['unit']!r}")
            if c.get("currency") != "USD":
                err(f"{w}: currency")
            if c["agency"] not in agencies:
                err(f"{w}: agency {c['agency']!r} not listed")
            if c["vendor"] is not None and c["vendor"] not in vendors:
                err(f"{w}: vendor {c['vendor']!r} not listed")
            if c.get("product") is not None and c["product"] not in products:
                err(f"{w}: product {c['product']!r} not listed")

        usage_expected = []
        for i, c in enumerate(rec["counts"]):
            w = f"{f} count[{i}]"
            if c["quote"] not in text:
                err(f"{w}: quote not in text: {c['quote']!r}")
            elif text.count(c["quote"]) > 1:
                err(f"{w}: quote occurs {text.count(c['quote'])} times: {c['quote']!r}")
            if "\n" in c["quote"]:
                err(f"{w}: quote spans lines")
            if float(c["count"]) not in count_values(c["quote"]):
                err(f"{w}: count {c['count']} not parsed from {c['quote']!r} ({count_values(c['quote'])})")
            if c["qualifier"] not in QUALIFIERS:
                err(f"{w}: qualifier {c['qualifier']!r}")
            elif c["qualifier"] != expected_qualifier(c["quote"]):
                err(f"{w}: qualifier {c['qualifier']!r} but quote suggests {expected_qualifier(c['quote'])!r}")
            if c["measure"] not in MEASURES:
                err(f"{w}: measure {c['measure']!r}")
            if c["per"] is not None:
                err(f"{w}: per {c['per']!r} (no rate counts in this set)")
            if c["agency"] is not None and c["agency"] not in agencies:
                err(f"{w}: agency {c['agency']!r} not listed")
            if c["vendor"] is not None and c["vendor"] not in vendors:
                err(f"{w}: vendor {c['vendor']!r} not listed")
            if c["measure"] in USAGE_MEASURES:
                usage_expected.append({"count": c["count"], "quote": c["quote"]})
        if rec["image_counts"] != usage_expected:
            err(f"{f}: image_counts are not the usage subset of counts")

        for i, p in enumerate(rec["policies"]):
            w = f"{f} policy[{i}]"
            check_quote(text, p["quote"], w)
            if p["agency"] not in agencies:
                err(f"{w}: agency {p['agency']!r} not listed")

        for i, e in enumerate(rec["emails"]):
            for k in ("from", "to", "date", "subject"):
                if e[k] is not None and e[k] not in text:
                    err(f"{f} email[{i}].{k} not printed: {e[k]!r}")

        labelled = set(rec["dates"])
        if len(labelled) != len(rec["dates"]):
            err(f"{f}: duplicate dates")
        for d in rec["dates"]:
            if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", d):
                err(f"{f}: date {d!r} not ISO")
                continue
            if not any(form.lower() in text.lower() for form in date_forms(d)):
                err(f"{f}: date {d} not printed in a known form")
        for d in printed_dates(text):
            if d not in labelled:
                err(f"{f}: printed date {d} not labelled")

        for name in sorted(agencies | vendors | products):
            if name not in text:
                # canonical names may differ from the printed form; report for review only
                if VERBOSE:
                    print(f"  note {f}: canonical name not printed verbatim: {name}")

        if VERBOSE:
            spans = []
            for c in rec["costs"]:
                s = text.find(c["quote"])
                spans.append((s, s + len(c["quote"])))
            print(f"== {f}")
            for m in re.finditer(r"\$\s?\d[\d,]*(?:\.\d+)?(?:\s+(?:million|billion))?", text):
                covered = any(a <= m.start() < b for a, b in spans)
                if not covered:
                    print(f"   unlabelled money: {m.group(0)!r}  ...{text[max(0, m.start()-40):m.start()].splitlines()[-1] if text[max(0, m.start()-40):m.start()].splitlines() else ''}")
            for m in re.finditer(r"(?<![\w/-])(19\d\d|20\d\d)(?![\w/-])", text):
                if m.group(1) not in labelled and not any(x.startswith(m.group(1)) for x in labelled):
                    print(f"   bare year not labelled: {m.group(1)} in {text[max(0, m.start()-30):m.end()+10]!r}")

        for key in ("pdf", "scan"):
            if rec[key] is not None and not rec[key].startswith("pdf/"):
                err(f"{f}: {key} path {rec[key]!r}")

    if errors:
        for e in errors:
            print("ERROR", e)
        print(f"{len(errors)} problem(s)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
