"""Checks labels.json against the documents: quotes are exact substrings, numbers appear in their
quotes, enum values are valid, email headers appear in the text, pages and lines fit the limits."""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).parent
PERIODS = {"year", "month", "one-time", None}
QUALS = {"exact", "approximately", "at least", "at most", "up to"}
KINDS = {"prohibition", "requirement", "permission", "disclaimer", "consequence", None}
WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight",
         9: "nine", 10: "ten", 11: "eleven", 12: "twelve", 15: "fifteen", 20: "twenty"}
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
errors = []


def err(msg):
    errors.append(msg)


def forms(x):
    """Written forms a number may take in a quote."""
    out = set()
    if x is None:
        return out
    if float(x) == int(x):
        n = int(x)
        out |= {str(n), f"{n:,}", f"{n:,}.00", f"{n}.00"}
        if n in WORDS:
            out |= {WORDS[n], WORDS[n].capitalize()}
        for div, word in ((10**9, "billion"), (10**6, "million"), (1000, "thousand")):
            if n >= div and n % (div // 10) == 0:
                v = n / div
                out.add(f"{v:g} {word}")
    else:
        out |= {f"{x:,.2f}", f"{x:g}", f"{x:.5f}".rstrip("0"), repr(x)}
    return out


def num_in(x, quote):
    flat = quote.replace("\n", " ")
    for f in forms(x):
        if re.search(r"(?<![\d,.])" + re.escape(f) + r"(?![\d])", flat) or (not f[0].isdigit() and f in flat):
            return True
    return False


labels = json.loads((HERE / "labels.json").read_text())
if len(labels) != 14:
    err(f"expected 14 records, got {len(labels)}")
for rec in labels:
    name = rec["file"]
    path = HERE / name
    text = path.read_text()
    if not all(ord(c) < 128 for c in text):
        err(f"{name}: non-ASCII")
    pages = text.split("\f")
    if not 1 <= len(pages) <= 3:
        err(f"{name}: {len(pages)} pages")
    for i, page in enumerate(pages, 1):
        lines = page.split("\n")
        if len(lines) > 50:
            err(f"{name}: page {i} has {len(lines)} lines")
        for j, line in enumerate(lines, 1):
            if len(line) > 95:
                err(f"{name}: page {i} line {j} has {len(line)} chars")
    for key in ("pdf",):
        if not rec[key].startswith("pdf/"):
            err(f"{name}: bad {key}")
    for k in ("agencies", "vendors", "products", "costs", "counts", "image_counts", "policies", "emails", "dates"):
        if not isinstance(rec.get(k), list):
            err(f"{name}: {k} missing")
    for c in rec["costs"]:
        if c["quote"] not in text:
            err(f"{name}: cost quote not found: {c['quote']!r}")
        if c["period"] not in PERIODS:
            err(f"{name}: bad period {c['period']}")
        if c["currency"] != "USD":
            err(f"{name}: currency {c['currency']}")
        for a in ("amount_min", "amount_max"):
            if c[a] is not None and not num_in(c[a], c["quote"]):
                err(f"{name}: {a} {c[a]} not in quote {c['quote']!r}")
        if c["amount_max"] is None:
            err(f"{name}: amount_max null")
        for who in ("agency", "vendor"):
            if c[who] is not None and c[who] not in rec["agencies" if who == "agency" else "vendors"]:
                err(f"{name}: cost {who} {c[who]!r} not listed")
    for c in rec["counts"]:
        if c["quote"] not in text:
            err(f"{name}: count quote not found: {c['quote']!r}")
        if c["qualifier"] not in QUALS:
            err(f"{name}: bad qualifier {c['qualifier']}")
        if not num_in(c["count"], c["quote"]):
            err(f"{name}: count {c['count']} not in quote {c['quote']!r}")
        if c["per"] not in (None, "year", "month", "week", "day"):
            err(f"{name}: bad per {c['per']}")
        for who in ("agency", "vendor"):
            if c[who] is not None and c[who] not in rec["agencies" if who == "agency" else "vendors"]:
                err(f"{name}: count {who} {c[who]!r} not listed")
    want = [{"count": c["count"], "quote": c["quote"]} for c in rec["counts"] if c["measure"] == "images"]
    if want != rec["image_counts"]:
        err(f"{name}: image_counts do not match counts")
    for p in rec["policies"]:
        if p["quote"] not in text:
            err(f"{name}: policy quote not found: {p['quote']!r}")
        if p["kind"] not in KINDS:
            err(f"{name}: bad kind {p['kind']}")
        if p["agency"] is not None and p["agency"] not in rec["agencies"]:
            err(f"{name}: policy agency {p['agency']!r} not listed")
    for e in rec["emails"]:
        m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d)", e["date"])
        if not m:
            err(f"{name}: bad email date {e['date']}")
            continue
        y, mo, d, hh, mm = map(int, m.groups())
        h12 = hh % 12 or 12
        ampm = "AM" if hh < 12 else "PM"
        page_text = "\f".join(pages[e["page_start"] - 1:e["page_end"]])
        if e["from"] not in page_text:
            err(f"{name}: email from {e['from']!r} not on its pages")
        if e["from_address"] and e["from_address"] not in page_text:
            err(f"{name}: email address {e['from_address']!r} not on its pages")
        if e["subject"] and e["subject"] not in page_text:
            err(f"{name}: subject {e['subject']!r} not on its pages")
        times = [f"{h12}:{mm:02d} {ampm}", f"{h12:02d}:{mm:02d} {ampm}"]
        dates = [f"{MONTHS[mo-1]} {d}, {y}", f"{mo:02d}/{d:02d}/{y}", f"{mo}/{d}/{y}",
                 f"{['January','February','March','April','May','June','July','August','September','October','November','December'][mo-1]} {d}, {y}"]
        if not any(t in page_text for t in times) or not any(dt in page_text for dt in dates):
            err(f"{name}: email date {e['date']} not printed on its pages")
    for d in rec["dates"]:
        if not re.fullmatch(r"\d{4}(-\d\d(-\d\d)?)?", d):
            err(f"{name}: bad date {d}")
    for k in ("pdf", "scan"):
        if rec[k] and not (HERE / rec[k]).exists():
            err(f"{name}: {rec[k]} not rendered")

if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK")
