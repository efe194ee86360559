"""Check labels.json against the .txt files: every quote is an exact substring, every labelled amount or count
is a number the quote states, email pages and senders exist, paths exist, no repeated cost amounts per file.

    python check.py [--no-pdf]
"""
import json, re, sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
         "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30}
MULT = {"thousand": 1e3, "k": 1e3, "million": 1e6, "billion": 1e9}
NUM = re.compile(r"(\d[\d,]*(?:\.\d+)?|\.\d+)\s*(million|billion|thousand|K\b)?", re.I)


def numbers(quote):
    found = set()
    for m in NUM.finditer(quote):
        value = float(m.group(1).replace(",", ""))
        if m.group(2):
            value *= MULT[m.group(2).lower()]
        found.add(round(value, 6))
    for word, value in WORDS.items():
        if re.search(rf"\b{word}\b", quote, re.I):
            found.add(float(value))
    return found


def main():
    errors = []
    records = json.loads((ROOT / "labels.json").read_text("utf-8"))
    check_pdf = "--no-pdf" not in sys.argv
    totals = dict(docs=0, costs=0, counts=0, image_counts=0, policies=0, emails=0, scans=0)
    for rec in records:
        name = rec["file"]
        text = (ROOT / name).read_text("utf-8")
        pages = text.split("\f")
        totals["docs"] += 1
        for key in ("pdf", "scan"):
            if key in rec and check_pdf and not (ROOT / rec[key]).exists():
                errors.append(f"{name}: missing {rec[key]}")
        totals["scans"] += "scan" in rec
        if not text.isascii():
            errors.append(f"{name}: non-ASCII text")
        for line in text.split("\n"):
            if len(line) > 100:
                errors.append(f"{name}: line over 100 chars: {line[:40]}...")
        for n, page in enumerate(pages, 1):
            if page.count("\n") > 52:
                errors.append(f"{name}: page {n} has {page.count(chr(10))} lines")
        seen = set()
        for c in rec["costs"]:
            q = c["quote"]
            if q not in text:
                errors.append(f"{name}: cost quote not in text: {q!r}")
            nums = numbers(q)
            for k in ("amount_min", "amount_max"):
                if c[k] is not None and round(float(c[k]), 6) not in nums:
                    errors.append(f"{name}: {k}={c[k]} not stated in {q!r} ({sorted(nums)})")
            if c["period"] not in ("year", "month", "one-time", None):
                errors.append(f"{name}: bad period {c['period']}")
            key = (c["amount_min"], c["amount_max"])
            if key in seen:
                errors.append(f"{name}: repeated cost {key}")
            seen.add(key)
            if "\n" in q:
                print(f"note {name}: multi-line cost quote {q!r}")
            totals["costs"] += 1
        for c in rec["counts"]:
            q = c["quote"]
            if q not in text:
                errors.append(f"{name}: count quote not in text: {q!r}")
            if round(float(c["count"]), 6) not in numbers(q):
                errors.append(f"{name}: count {c['count']} not stated in {q!r}")
            if "\n" in q:
                print(f"note {name}: multi-line count quote {q!r}")
            totals["counts"] += 1
        for c in rec["image_counts"]:
            if c["quote"] not in text:
                errors.append(f"{name}: image_count quote not in text")
            totals["image_counts"] += 1
        for p in rec["policies"]:
            if p["quote"] not in text:
                errors.append(f"{name}: policy quote not in text: {p['quote']!r}")
            totals["policies"] += 1
        for e in rec["emails"]:
            totals["emails"] += 1
            if not (1 <= e["page_start"] <= e["page_end"] <= len(pages)):
                errors.append(f"{name}: bad pages {e}")
            elif e["from"] not in pages[e["page_start"] - 1]:
                errors.append(f"{name}: sender {e['from']!r} not on page {e['page_start']}")
            if not re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d", e["date"]):
                errors.append(f"{name}: bad date {e['date']}")
            if e["subject"] and e["subject"] not in text:
                errors.append(f"{name}: subject not in text {e['subject']!r}")
            if e.get("from_address") and e["from_address"] not in pages[e["page_start"] - 1]:
                errors.append(f"{name}: address {e['from_address']!r} not on page {e['page_start']}")
        if name.endswith("-DISTRACTOR.txt") and (rec["costs"] or rec["image_counts"]):
            errors.append(f"{name}: distractor with facts")
    for err in errors:
        print("ERROR", err)
    print(totals)
    print("OK" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
