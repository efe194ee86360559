"""Validate labels.json against docs/: quotes, numbers, enums, email headers, layout."""
import datetime as dt
import json
import sys
from pathlib import Path

HERE = Path(__file__).parent
PERIODS = {"year", "month", "one-time", None}
QUALS = {"exact", "approximately", "at least", "at most", "up to"}
KINDS = {"prohibition", "requirement", "permission", "disclaimer", "consequence", None}
WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight",
         9: "nine", 10: "ten", 11: "eleven", 12: "twelve", 15: "fifteen", 20: "twenty"}
errors = []


def err(msg):
    errors.append(msg)


def forms(x):
    """Ways a number may be written."""
    out = set()
    if float(x).is_integer():
        n = int(x)
        out |= {f"{n:,}", str(n)}
        if n in WORDS:
            out |= {WORDS[n], WORDS[n].capitalize()}
        for div, word in ((1e9, "billion"), (1e6, "million")):
            if n >= div and n % (div / 10) == 0:
                v = n / div
                out.add(f"{v:g} {word}")
    else:
        out |= {f"{x:,.2f}", f"{x:g}", repr(x), f"{x:.5f}".rstrip("0")}
    return out


def has_number(quote, x):
    return any(f in quote for f in forms(x))


def date_forms(s):
    d = dt.datetime.strptime(s, "%Y-%m-%d %H:%M")
    h12 = d.strftime("%I").lstrip("0")
    ampm = d.strftime("%p")
    md = f"{d.strftime('%B')} {d.day}, {d.year}"
    short = f"{d.strftime('%b')} {d.day}, {d.year}"
    return [f"{md} {h12}:{d.strftime('%M')} {ampm}",
            f"{short} at {h12}:{d.strftime('%M')} {ampm}",
            f"{d.strftime('%m/%d/%Y')} {d.strftime('%I:%M')} {ampm}"]


labels = json.loads((HERE / "labels.json").read_text())
if len(labels) != 14:
    err(f"expected 14 records, got {len(labels)}")
for r in labels:
    f = r["file"]
    path = HERE / f
    if not path.exists():
        err(f"{f}: missing")
        continue
    text = path.read_text()
    pages = text.split("\f")
    if not 1 <= len(pages) <= 3:
        err(f"{f}: {len(pages)} pages")
    if not text.isascii():
        err(f"{f}: non-ASCII")
    for n, page in enumerate(pages, 1):
        lines = page.strip("\n").split("\n")
        if len(lines) > 50:
            err(f"{f}: page {n} has {len(lines)} lines")
        for line in lines:
            if len(line) > 95:
                err(f"{f}: line too long ({len(line)}): {line!r}")
    for key in ("request_agency", "agencies", "vendors", "products", "costs", "counts", "image_counts",
                "policies", "emails", "dates", "pdf", "scan"):
        if key not in r:
            err(f"{f}: missing key {key}")
    for c in r["costs"]:
        if c["quote"] not in text:
            err(f"{f}: cost quote not found: {c['quote']!r}")
        if c["period"] not in PERIODS:
            err(f"{f}: bad period {c['period']}")
        if c["currency"] != "USD":
            err(f"{f}: bad currency")
        for k in ("amount_min", "amount_max"):
            if c[k] is not None and not has_number(c["quote"], c[k]):
                err(f"{f}: {k} {c[k]} not in quote {c['quote']!r}")
        if c["amount_max"] is None:
            err(f"{f}: amount_max null")
        for k in ("agency", "vendor"):
            if c[k] is not None and c[k] not in r["agencies"] + r["vendors"]:
                err(f"{f}: cost {k} {c[k]!r} not listed")
    for c in r["counts"]:
        if c["quote"] not in text:
            err(f"{f}: count quote not found: {c['quote']!r}")
        if c["qualifier"] not in QUALS:
            err(f"{f}: bad qualifier {c['qualifier']}")
        if not has_number(c["quote"], c["count"]):
            err(f"{f}: count {c['count']} not in quote {c['quote']!r}")
        if c["agency"] is not None and c["agency"] not in r["agencies"]:
            err(f"{f}: count agency {c['agency']!r} not listed")
        if c["vendor"] is not None and c["vendor"] not in r["vendors"]:
            err(f"{f}: count vendor {c['vendor']!r} not listed")
    want = [{"count": c["count"], "quote": c["quote"]} for c in r["counts"] if c["measure"] == "images"]
    if want != r["image_counts"]:
        err(f"{f}: image_counts do not match counts with measure images")
    for p in r["policies"]:
        if p["quote"] not in text:
            err(f"{f}: policy quote not found: {p['quote']!r}")
        if p["kind"] not in KINDS:
            err(f"{f}: bad kind {p['kind']}")
        if p["agency"] is not None and p["agency"] not in r["agencies"]:
            err(f"{f}: policy agency {p['agency']!r} not listed")
    for e in r["emails"]:
        span = "\f".join(pages[e["page_start"] - 1:e["page_end"]])
        for k in ("from", "from_address", "subject"):
            if e[k] is not None and e[k] not in span:
                err(f"{f}: email {k} {e[k]!r} not on pages {e['page_start']}-{e['page_end']}")
        if not any(d in span for d in date_forms(e["date"])):
            err(f"{f}: email date {e['date']} not printed on its pages")
    for k in ("pdf", "scan"):
        if r[k] and not (HERE / r[k]).exists():
            err(f"{f}: {k} {r[k]} not rendered yet")

scans = [r for r in labels if r["scan"]]
if len(scans) != 7:
    err(f"expected 7 scans, got {len(scans)}")
if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK")
