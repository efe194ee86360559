"""Validate labels.json: files exist, every quote is an exact substring of its .txt, the numbers
in cost/count quotes parse to the labelled values, emails have sane fields and pages."""
import json, re, sys
from pathlib import Path

ROOT = Path(__file__).parent
WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
         "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40,
         "fifty": 50, "hundred": 100, "thousand": 1000}
SCALE = {"million": 1e6, "billion": 1e9, "k": 1e3, "thousand": 1e3}
NUM = re.compile(r"(\d[\d,]*(?:\.\d+)?|\.\d+)\s*(million|billion|thousand|K\b)?", re.I)

def numbers(quote):
    out = set()
    for m in NUM.finditer(quote):
        v = float(m.group(1).replace(",", ""))
        if m.group(2):
            v *= SCALE[m.group(2).lower()]
        out.add(round(v, 6))
    for w, v in WORDS.items():
        if re.search(rf"\b{w}\b", quote, re.I):
            out.add(float(v))
    return out

def main():
    records = json.loads((ROOT / "labels.json").read_text("utf-8"))
    errors = 0
    def err(rec, msg):
        nonlocal errors; errors += 1; print(f"{rec['file']}: {msg}")
    for rec in records:
        for k in ("file", "pdf", "scan"):
            if rec.get(k) and not (ROOT / rec[k]).exists():
                err(rec, f"missing {k} {rec[k]}")
        text = (ROOT / rec["file"]).read_text("utf-8")
        pages = text.split("\f")
        if not 1 <= len(pages) <= 3:
            err(rec, f"{len(pages)} pages")
        names = set(rec["agencies"])
        if rec["request_agency"] not in names:
            err(rec, "request_agency not in agencies")
        for c in rec["costs"]:
            if c["quote"] not in text:
                err(rec, f"cost quote not found: {c['quote']!r}")
            if c["currency"] != "USD" or c["period"] not in ("one-time", "month", "year", "quarter", None):
                err(rec, f"bad currency/period {c}")
            nums = numbers(c["quote"])
            for k in ("amount_min", "amount_max"):
                if c[k] is not None and round(float(c[k]), 6) not in nums:
                    err(rec, f"{k}={c[k]} not in quote {c['quote']!r} ({sorted(nums)})")
            if c["amount_max"] is None:
                err(rec, "amount_max null")
            if c["agency"] is not None and c["agency"] not in names:
                err(rec, f"cost agency {c['agency']} not in agencies")
            if c["vendor"] is not None and c["vendor"] not in rec["vendors"]:
                err(rec, f"cost vendor {c['vendor']} not in vendors")
            if c["product"] is not None and c["product"] not in rec["products"]:
                err(rec, f"cost product {c['product']} not in products")
        for c in rec["counts"]:
            if c["quote"] not in text:
                err(rec, f"count quote not found: {c['quote']!r}")
            if c["measure"] not in ("images", "searches", "users", "matches", "arrests"):
                err(rec, f"bad measure {c}")
            if c["qualifier"] not in (None, "approximately", "at least", "up to", "at most"):
                err(rec, f"bad qualifier {c}")
            if c["per"] not in (None, "day", "week", "month", "quarter", "year"):
                err(rec, f"bad per {c}")
            if float(c["count"]) not in numbers(c["quote"]):
                err(rec, f"count {c['count']} not in quote {c['quote']!r}")
            if c.get("agency") is not None and c["agency"] not in names:
                err(rec, f"count agency {c['agency']} not in agencies")
            if c.get("vendor") is not None and c["vendor"] not in rec["vendors"]:
                err(rec, f"count vendor {c['vendor']} not in vendors")
        image_counts = {(c["count"], c["quote"]) for c in rec["counts"] if c["measure"] == "images"}
        if image_counts != {(c["count"], c["quote"]) for c in rec["image_counts"]}:
            err(rec, "image_counts differ from image measures in counts")
        for p in rec["policies"]:
            if p["quote"] not in text:
                err(rec, f"policy quote not found: {p['quote']!r}")
            if p["kind"] not in ("prohibition", "requirement", "permission", "disclaimer", "consequence"):
                err(rec, f"bad kind {p}")
            if p["agency"] is not None and p["agency"] not in names:
                err(rec, f"policy agency {p['agency']} not in agencies")
        for e in rec["emails"]:
            if not re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d", e["date"] or ""):
                err(rec, f"bad email date {e}")
            if not 1 <= e["page_start"] <= e["page_end"] <= len(pages):
                err(rec, f"bad pages {e}")
            if e["from"] not in pages[e["page_start"] - 1]:
                err(rec, f"from not on page_start: {e['from']}")
            if e.get("from_address") and e["from_address"] not in pages[e["page_start"] - 1]:
                err(rec, f"from_address not on page: {e['from_address']}")
            if e["subject"] not in pages[e["page_start"] - 1]:
                err(rec, f"subject not on page: {e['subject']}")
    n = lambda k: sum(len(r[k]) for r in records)
    print(f"{len(records)} docs, {n('costs')} costs, {n('counts')} counts ({n('image_counts')} image), "
          f"{n('policies')} policies, {n('emails')} emails, {sum(1 for r in records if r['scan'])} scans; {errors} errors")
    return 1 if errors else 0

if __name__ == "__main__":
    sys.exit(main())
