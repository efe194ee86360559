"""Validate labels.json against docs/: quotes, numbers in quotes, enums, email headers, layout."""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).parent
PERIODS = {"year", "month", "one-time", None}
QUALS = {"exact", "approximately", "at least", "at most", "up to"}
KINDS = {"prohibition", "requirement", "permission", "disclaimer", "consequence", None}
WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight",
         9: "nine", 10: "ten", 11: "eleven", 12: "twelve", 15: "fifteen", 20: "twenty",
         40000: "forty thousand"}
errors = []


def err(msg):
    errors.append(msg)


def forms(x):
    out = set()
    if x is None:
        return out
    if float(x).is_integer():
        n = int(x)
        out |= {str(n), f"{n:,}", f"{n:,}.00", f"{n}.00"}
        if n in WORDS:
            out.add(WORDS[n])
        for div, word in ((10**9, "billion"), (10**6, "million"), (1000, "K")):
            if n >= div and n % (div // 10) == 0:
                v = n / div
                s = str(int(v)) if v.is_integer() else f"{v:g}"
                out |= {f"{s} {word}", f"{s}{word}"}
    else:
        out |= {f"{x:,.2f}", f"{x:.4f}", f"{x:.5f}", f"{x:g}", f"{x:.3f}"}
    return out


def has_number(quote, x):
    q = quote.lower().replace("\n", " ")
    for f in forms(x):
        f = f.lower()
        for m in re.finditer(re.escape(f), q):
            before = q[m.start() - 1] if m.start() else " "
            after = q[m.end()] if m.end() < len(q) else " "
            if not (before.isdigit() or before in ",.") and not (after.isdigit() or
                                                              (after in ",." and q[m.end() + 1:m.end() + 2].isdigit())):
                return True
    return False


labels = json.loads((HERE / "labels.json").read_text())
assert len(labels) == 12, len(labels)
for rec in labels:
    f = rec["file"]
    text = (HERE / f).read_text()
    if not text.isascii():
        err(f"{f}: non-ASCII")
    for pno, page in enumerate(text.split("\f"), 1):
        lines = page.rstrip("\n").split("\n")
        if len(lines) > 50:
            err(f"{f}: page {pno} has {len(lines)} lines")
        for i, line in enumerate(lines, 1):
            if len(line) > 95:
                err(f"{f}: page {pno} line {i} is {len(line)} chars")
    if not (HERE / rec["pdf"]).parent.exists():
        err(f"{f}: pdf dir")
    for key in ("request_agency", "agencies", "vendors", "products", "costs", "counts", "image_counts",
                "policies", "emails", "dates"):
        if key not in rec:
            err(f"{f}: missing {key}")
    known_ag = set(rec["agencies"])
    known_v = set(rec["vendors"])
    if rec["request_agency"] not in known_ag:
        err(f"{f}: request_agency not in agencies")
    for c in rec["costs"]:
        if c["quote"] not in text:
            err(f"{f}: cost quote not found: {c['quote']!r}")
        if c["period"] not in PERIODS:
            err(f"{f}: bad period {c['period']}")
        if c["currency"] != "USD":
            err(f"{f}: currency")
        for k in ("amount_min", "amount_max"):
            if c[k] is not None and not has_number(c["quote"], c[k]):
                err(f"{f}: {k} {c[k]} not in quote {c['quote']!r}")
        if c["amount_max"] is None:
            err(f"{f}: amount_max missing")
        if c["agency"] is not None and c["agency"] not in known_ag:
            err(f"{f}: cost agency {c['agency']} not listed")
        if c["vendor"] is not None and c["vendor"] not in known_v:
            err(f"{f}: cost vendor {c['vendor']} not listed")
    for c in rec["counts"]:
        if c["quote"] not in text:
            err(f"{f}: count quote not found: {c['quote']!r}")
        if c["qualifier"] not in QUALS:
            err(f"{f}: bad qualifier {c['qualifier']}")
        if not has_number(c["quote"], c["count"]):
            err(f"{f}: count {c['count']} not in quote {c['quote']!r}")
        if c["agency"] is not None and c["agency"] not in known_ag:
            err(f"{f}: count agency {c['agency']} not listed")
        if c["vendor"] is not None and c["vendor"] not in known_v:
            err(f"{f}: count vendor {c['vendor']} not listed")
    want = [{"count": c["count"], "quote": c["quote"]} for c in rec["counts"] if c["measure"] == "images"]
    if want != rec["image_counts"]:
        err(f"{f}: image_counts mismatch")
    for p in rec["policies"]:
        if p["quote"] not in text:
            err(f"{f}: policy quote not found: {p['quote']!r}")
        if p["kind"] not in KINDS:
            err(f"{f}: bad kind {p['kind']}")
        if p["agency"] is not None and p["agency"] not in known_ag:
            err(f"{f}: policy agency {p['agency']} not listed")
    pages = text.split("\f")
    for e in rec["emails"]:
        if not re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d", e["date"]):
            err(f"{f}: email date format {e['date']}")
        span = "\f".join(pages[e["page_start"] - 1:e["page_end"]])
        for k in ("from", "from_address", "subject"):
            if e[k] not in span:
                err(f"{f}: email {k} {e[k]!r} not on pages {e['page_start']}-{e['page_end']}")
        # the printed time (12-hour) must appear on those pages
        hh, mm = int(e["date"][11:13]), e["date"][14:16]
        h12 = hh % 12 or 12
        if not re.search(rf"\b{h12}:{mm}(:\d\d)?\s?[AP]M", span):
            err(f"{f}: email time {e['date']} not printed")
    for d in rec["dates"]:
        if not re.fullmatch(r"\d{4}(-\d\d(-\d\d)?)?", d):
            err(f"{f}: bad date {d}")

if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK")
