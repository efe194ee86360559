"""Verify labels.json against docs/*.txt: every quote is an exact substring of its document, every
amount and count parses from its quote, dates/emails appear, and the text is plain ASCII with lines
short enough not to be re-wrapped when rendered. Prints OK or the problems."""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
         "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "dozen": 12}
SCALE = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
PERIODS = {None, "one-time", "month", "year"}
QUALIFIERS = {None, "over", "about", "up to"}
EMAIL_STYLE = ("03_", "06_", "08_", "10_", "11_", "12_")


def numbers(quote: str) -> set[float]:
    found: set[float] = set()
    for m in re.finditer(r"(\d[\d,]*(?:\.\d+)?)(\s+(hundred|thousand|million|billion))?", quote):
        value = float(m.group(1).replace(",", ""))
        if m.group(3):
            value *= SCALE[m.group(3)]
        found.add(round(value, 2))
    for m in re.finditer(r"\b(" + "|".join(WORDS) + r")(\s+(hundred|thousand|million|billion))?\b", quote, re.I):
        value = WORDS[m.group(1).lower()]
        if m.group(3):
            value *= SCALE[m.group(3).lower()]
        found.add(float(value))
    return found


def date_in_text(iso: str, text: str) -> bool:
    parts = iso.split("-")
    year = parts[0]
    if len(parts) == 1:
        return re.search(rf"\b{year}\b", text) is not None
    month = int(parts[1])
    if len(parts) == 2:
        return re.search(rf"{MONTHS[month - 1]}\s+{year}", text) is not None
    day = int(parts[2])
    forms = [rf"{MONTHS[month - 1]} {day}, {year}", rf"{MONTHS[month - 1][:3]}\.? {day}, {year}",
             rf"\b0?{month}/0?{day}/{year}\b", rf"\b0?{month}/0?{day}/{year[2:]}\b"]
    return any(re.search(f, text) for f in forms)


def main() -> int:
    labels = json.loads((HERE / "labels.json").read_text())
    problems: list[str] = []
    if len(labels) != 12:
        problems.append(f"expected 12 records, found {len(labels)}")
    for rec in labels:
        name = rec["file"]
        text = (HERE / name).read_text(encoding="ascii")
        base = Path(name).name
        limit = 100 if base.startswith(EMAIL_STYLE) else 95
        for i, line in enumerate(text.replace("\f", "\n").split("\n"), 1):
            if len(line) > limit:
                problems.append(f"{base}: line {i} has {len(line)} chars > {limit}")

        def need(quote: str, what: str) -> None:
            if quote not in text:
                problems.append(f"{base}: {what} quote not in text: {quote!r}")

        for c in rec["costs"]:
            need(c["quote"], "cost")
            got = numbers(c["quote"])
            for key in ("amount_min", "amount_max"):
                if c[key] is not None and round(float(c[key]), 2) not in got:
                    problems.append(f"{base}: {key} {c[key]} not parsed from {c['quote']!r} ({sorted(got)})")
            if c["amount_max"] is None:
                problems.append(f"{base}: cost without amount_max")
            if c["period"] not in PERIODS:
                problems.append(f"{base}: bad period {c['period']}")
            for key in ("agency", "vendor"):
                if key not in c:
                    problems.append(f"{base}: cost without {key}")
            if c["agency"] not in rec["agencies"]:
                problems.append(f"{base}: cost agency {c['agency']} not in agencies")
            if c["vendor"] is not None and c["vendor"] not in rec["vendors"]:
                problems.append(f"{base}: cost vendor {c['vendor']} not in vendors")
            if c.get("product") is not None and c["product"] not in rec["products"]:
                problems.append(f"{base}: cost product {c['product']} not in products")
        usage = {(c["count"], c["quote"]) for c in rec["image_counts"]}
        for c in rec["counts"]:
            need(c["quote"], "count")
            if float(c["count"]) not in numbers(c["quote"]):
                problems.append(f"{base}: count {c['count']} not parsed from {c['quote']!r}")
            if c["qualifier"] not in QUALIFIERS:
                problems.append(f"{base}: bad qualifier {c['qualifier']}")
            if c["agency"] is not None and c["agency"] not in rec["agencies"]:
                problems.append(f"{base}: count agency {c['agency']} not in agencies")
            if c["vendor"] is not None and c["vendor"] not in rec["vendors"]:
                problems.append(f"{base}: count vendor {c['vendor']} not in vendors")
            outcome = c["measure"] in {"arrests", "matches", "leads", "cameras"}
            if outcome and (c["count"], c["quote"]) in usage:
                problems.append(f"{base}: outcome/equipment count {c['count']} in image_counts")
        for c in rec["image_counts"]:
            need(c["quote"], "image_count")
            if not any(c["count"] == k["count"] and c["quote"] == k["quote"] for k in rec["counts"]):
                problems.append(f"{base}: image_count {c['count']} missing from counts")
        for p in rec["policies"]:
            need(p["quote"], "policy")
            if p["agency"] not in rec["agencies"]:
                problems.append(f"{base}: policy agency {p['agency']} not in agencies")
        for d in rec["dates"]:
            if not date_in_text(d, text):
                problems.append(f"{base}: date {d} not found in text")
        for e in rec["emails"]:
            for key in ("from", "to", "date", "subject"):
                if e[key] is not None and e[key] not in text:
                    problems.append(f"{base}: email {key} {e[key]!r} not in text")
        for n in rec["vendors"] + rec["products"]:
            short = " ".join(n.split(" (")[0].split()).lower()
            if short not in " ".join(text.split()).lower():
                problems.append(f"{base}: name {n!r} not in text")
        if rec["request_agency"] not in rec["agencies"]:
            problems.append(f"{base}: request_agency not in agencies")
        for key in ("pdf", "scan"):
            if rec[key] is not None and not rec[key].startswith("pdf/"):
                problems.append(f"{base}: bad {key} path")
    if problems:
        print("\n".join(problems))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
