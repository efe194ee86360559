"""Checks labels.json against docs/: quotes are exact substrings, numbers appear in their quotes,
enums are valid, email headers appear in the text, ASCII, line lengths <= 95, <= 50 lines a page."""
import json, re, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
PERIODS = {"year", "month", "one-time", None}
QUALS = {"exact", "approximately", "at least", "at most", "up to"}
KINDS = {"prohibition", "requirement", "permission", "disclaimer", "consequence", None}
WORDS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
         "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15,
         "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "hundred": 100}
SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9}
errors = []

def err(msg):
    errors.append(msg)

def numbers_in(quote):
    q = " ".join(quote.split()).lower()
    found = set()
    for m in re.finditer(r"(\d[\d,]*(?:\.\d+)?)(?:\s+(thousand|million|billion))?", q):
        v = float(m.group(1).replace(",", ""))
        found.add(v)
        if m.group(2):
            found.add(v * SCALE[m.group(2)])
    for w, v in WORDS.items():
        if re.search(r"\b%s\b" % w, q):
            found.add(float(v))
    return found

def num_ok(value, quote):
    return any(abs(v - value) <= 1e-9 * max(1, abs(value)) for v in numbers_in(quote))

labels = json.loads((HERE / "labels.json").read_text())
if len(labels) != 14:
    err(f"expected 14 records, got {len(labels)}")
for r in labels:
    path = HERE / r["file"]
    text = path.read_text()
    name = r["file"]
    if not all(ord(c) < 128 for c in text):
        err(f"{name}: non-ASCII")
    for i, page in enumerate(text.split("\f"), 1):
        lines = page.split("\n")
        if len(lines) > 50:
            err(f"{name}: page {i} has {len(lines)} lines")
        for j, line in enumerate(lines, 1):
            if len(line) > 95:
                err(f"{name}: page {i} line {j} is {len(line)} chars")
    for key in ("pdf", "scan"):
        if r.get(key) and not r[key].startswith("pdf/" + Path(name).stem):
            err(f"{name}: bad {key} path")
    for c in r["costs"]:
        if c["quote"] not in text:
            err(f"{name}: cost quote not found: {c['quote']!r}")
        if c["period"] not in PERIODS:
            err(f"{name}: bad period {c['period']}")
        if c["currency"] != "USD":
            err(f"{name}: currency")
        for k in ("amount_min", "amount_max"):
            if c[k] is not None and not num_ok(c[k], c["quote"]):
                err(f"{name}: {k} {c[k]} not in quote {c['quote']!r}")
        if c["amount_min"] is None and c["amount_max"] is None:
            err(f"{name}: empty cost")
        for a in ("agency",):
            if c[a] is not None and c[a] not in r["agencies"]:
                err(f"{name}: cost agency {c[a]} not listed")
        if c["vendor"] is not None and c["vendor"] not in r["vendors"]:
            err(f"{name}: cost vendor {c['vendor']} not listed")
    for c in r["counts"]:
        if c["quote"] not in text:
            err(f"{name}: count quote not found: {c['quote']!r}")
        if not num_ok(c["count"], c["quote"]):
            err(f"{name}: count {c['count']} not in quote {c['quote']!r}")
        if c["qualifier"] not in QUALS:
            err(f"{name}: bad qualifier {c['qualifier']}")
        if c["per"] not in (None, "month", "year"):
            err(f"{name}: bad per {c['per']}")
        if c["agency"] is not None and c["agency"] not in r["agencies"]:
            err(f"{name}: count agency {c['agency']} not listed")
        if c["vendor"] is not None and c["vendor"] not in r["vendors"]:
            err(f"{name}: count vendor {c['vendor']} not listed")
    want = [{"count": c["count"], "quote": c["quote"]} for c in r["counts"] if c["measure"] == "images"]
    if r["image_counts"] != want:
        err(f"{name}: image_counts out of step with counts")
    for p in r["policies"]:
        if p["quote"] not in text:
            err(f"{name}: policy quote not found: {p['quote']!r}")
        if p["kind"] not in KINDS:
            err(f"{name}: bad kind {p['kind']}")
        if p["agency"] is not None and p["agency"] not in r["agencies"]:
            err(f"{name}: policy agency {p['agency']} not listed")
    pages = text.split("\f")
    for e in r["emails"]:
        if not re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d", e["date"]):
            err(f"{name}: bad email date {e['date']}")
        if not 1 <= e["page_start"] <= e["page_end"] <= len(pages):
            err(f"{name}: bad email pages")
        page = pages[e["page_start"] - 1]
        for k in ("from", "from_address", "subject"):
            if e[k] is not None and e[k] not in text:
                err(f"{name}: email {k} not in text: {e[k]!r}")
        if e["from"] not in page:
            err(f"{name}: email sender not on page {e['page_start']}")
        h, m = map(int, e["date"][11:].split(":"))
        clock = f"{(h % 12) or 12}:{m:02d}"
        if clock not in page:
            err(f"{name}: email time {clock} not on page {e['page_start']}")
    for d in r["dates"]:
        if not re.fullmatch(r"\d{4}(-\d\d(-\d\d)?)?", d):
            err(f"{name}: bad date {d}")
    for key in ("agencies", "vendors", "products"):
        if not isinstance(r[key], list):
            err(f"{name}: {key} not a list")

if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK")
