"""Verify holdout18 labels: every quote is a substring of its document, every figure parses to its label."""
import json, re, sys
from pathlib import Path

HERE = Path(__file__).parent
WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
         "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "dozen": 12, "two dozen": 24}
MULT = {"million": 1_000_000, "billion": 1_000_000_000, "thousand": 1000}


def numbers(quote):
    out = set()
    for m in re.finditer(r"(\d[\d,]*(?:\.\d+)?)(?:\s+(million|billion|thousand))?", quote):
        v = float(m.group(1).replace(",", ""))
        if m.group(2):
            v *= MULT[m.group(2)]
        out.add(round(v, 2))
    low = quote.lower()
    for w, v in WORDS.items():
        if re.search(rf"\b{w}\b", low):
            out.add(v)
    return out


def money(quote):
    return {round(float(m.replace(",", "")), 2) for m in re.findall(r"\$([\d,]+(?:\.\d+)?)", quote)}


errors = []
labels = json.loads((HERE / "labels.json").read_text())
assert len(labels) == 10, len(labels)
for rec in labels:
    text = (HERE / rec["file"]).read_text(encoding="utf-8")
    name = rec["file"]
    for key in ("costs", "image_counts", "counts", "policies"):
        for f in rec[key]:
            if f["quote"] not in text:
                errors.append(f"{name} {key}: quote not in text: {f['quote']!r}")
            if text.count(f["quote"]) > 1:
                print(f"note: {name} {key}: quote occurs {text.count(f['quote'])} times: {f['quote']!r}")
    for c in rec["costs"]:
        amt = c["amount_max"] if c["amount_max"] is not None else c["amount_min"]
        if amt not in money(c["quote"]):
            errors.append(f"{name} cost {amt} not parsed from {c['quote']!r}")
        if c["period"] not in (None, "one-time", "month", "year"):
            errors.append(f"{name} bad period {c['period']}")
        if c.get("unit") and "per" not in c["unit"]:
            errors.append(f"{name} bad unit {c['unit']}")
    for k in rec["counts"] + rec["image_counts"]:
        if k["count"] not in numbers(k["quote"]):
            errors.append(f"{name} count {k['count']} not parsed from {k['quote']!r}")
    uc = [(k["count"], k["quote"]) for k in rec["image_counts"]]
    for k in rec["counts"]:
        if k["measure"] in ("arrests", "matches", "leads", "cameras") and (k["count"], k["quote"]) in uc:
            errors.append(f"{name} outcome count in image_counts: {k['quote']!r}")
    for ic in uc:
        if ic not in [(k["count"], k["quote"]) for k in rec["counts"]]:
            errors.append(f"{name} image_count missing from counts: {ic}")
    for e in rec["emails"]:
        for fld in ("date", "subject"):
            if e[fld] and e[fld] not in text:
                errors.append(f"{name} email {fld} not in text: {e[fld]!r}")
        if e["from"] and e["from"] not in text:
            errors.append(f"{name} email from not in text: {e['from']!r}")
    for dte in rec["dates"]:
        if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", dte):
            errors.append(f"{name} bad date {dte}")
    for key in ("pdf",):
        if not rec[key].startswith("pdf/"):
            errors.append(f"{name} bad pdf path")
print("\n".join(errors) if errors else "OK")
sys.exit(1 if errors else 0)
