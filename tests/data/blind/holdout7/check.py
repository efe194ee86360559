"""Validate labels.json against docs/: quotes, numbers, enums, email headers, line lengths."""
import datetime as dt
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).parent
KINDS = {"prohibition", "requirement", "permission", "disclaimer", "retention", "training", "audit",
         "consequence", None}
QUALS = {"exact", "approximately", "at least", "at most", "up to"}
PERIODS = {"one-time", "month", "year", "week", "day", "quarter", None}
WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight",
         9: "nine", 10: "ten", 11: "eleven", 12: "twelve", 15: "fifteen", 18: "eighteen", 20: "twenty"}
errors = []


def err(msg):
    errors.append(msg)


def forms(n):
    out = set()
    if n is None:
        return out
    if float(n).is_integer():
        i = int(n)
        out |= {str(i), f"{i:,}", f"{i:,}.00", f"{i}.00"}
        if i in WORDS:
            out |= {WORDS[i], WORDS[i].capitalize()}
        for scale, name in ((10**9, "billion"), (10**6, "million")):
            if i >= scale and i % (scale // 10) == 0:
                v = i / scale
                out.add(f"{v:g} {name}")
    else:
        out |= {f"{n:,.2f}", f"{n:.2f}"}
    return out


def has_number(quote, n):
    q = quote
    for f in forms(n):
        if re.search(r"(?<![\d,.])" + re.escape(f) + r"(?![\d])", q) or (f.isalpha() and f.lower() in q.lower()):
            return True
    return False


def printed_time(d):
    t = dt.datetime.strptime(d, "%Y-%m-%d %H:%M")
    h12 = t.hour % 12 or 12
    ampm = "PM" if t.hour >= 12 else "AM"
    return t, {f"{h12}:{t.minute:02d} {ampm}", f"{h12:02d}:{t.minute:02d} {ampm}", f"{t.hour:02d}:{t.minute:02d}"}


labels = json.loads((HERE / "labels.json").read_text())
if len(labels) != 12:
    err(f"expected 12 records, got {len(labels)}")
for r in labels:
    path = HERE / r["file"]
    text = path.read_text()
    pages = text.split("\f")
    name = r["file"]
    if not text.isascii():
        err(f"{name}: not ASCII")
    if not 1 <= len(pages) <= 3:
        err(f"{name}: {len(pages)} pages")
    for i, line in enumerate(text.split("\n"), 1):
        if len(line.replace("\f", "")) > 95:
            err(f"{name}:{i}: line of {len(line)} chars")
    for p in pages:
        if p.strip("\n").count("\n") + 1 > 52:
            err(f"{name}: page of more than 52 lines (would not fit a printed scan)")
    for key in ("pdf",):
        if not r[key].startswith("pdf/"):
            err(f"{name}: bad {key}")
    for k in ("agencies", "vendors", "products", "costs", "counts", "image_counts", "policies", "emails", "dates"):
        if not isinstance(r.get(k), list):
            err(f"{name}: {k} missing")
    if r["request_agency"] is not None and r["request_agency"] not in r["agencies"]:
        err(f"{name}: request_agency not in agencies")
    for c in r["costs"]:
        if c["quote"] not in text:
            err(f"{name}: cost quote not found: {c['quote']!r}")
        if c["period"] not in PERIODS:
            err(f"{name}: bad period {c['period']}")
        if c["amount_max"] is None:
            err(f"{name}: amount_max missing")
        for n in (c["amount_min"], c["amount_max"]):
            if n is not None and not has_number(c["quote"], n):
                err(f"{name}: amount {n} not in quote {c['quote']!r}")
        if c["amount_min"] is not None and c["amount_min"] > c["amount_max"]:
            err(f"{name}: min > max")
        for k in ("agency", "vendor"):
            lst = r["agencies"] if k == "agency" else r["vendors"]
            if c[k] is not None and c[k] not in lst:
                err(f"{name}: cost {k} {c[k]!r} not listed")
    for c in r["counts"]:
        if c["quote"] not in text:
            err(f"{name}: count quote not found: {c['quote']!r}")
        if c["qualifier"] not in QUALS:
            err(f"{name}: bad qualifier {c['qualifier']}")
        if not has_number(c["quote"], c["count"]):
            err(f"{name}: count {c['count']} not in quote {c['quote']!r}")
        if c["measure"] in ("arrests", "matches"):
            err(f"{name}: outcome counts are not labelled under the corpus rules")
        if c["agency"] is not None and c["agency"] not in r["agencies"]:
            err(f"{name}: count agency {c['agency']!r} not listed")
        if c["vendor"] is not None and c["vendor"] not in r["vendors"]:
            err(f"{name}: count vendor {c['vendor']!r} not listed")
    want = [{"count": c["count"], "quote": c["quote"]} for c in r["counts"] if c["measure"] == "images"]
    if want != r["image_counts"]:
        err(f"{name}: image_counts disagree with counts")
    for p in r["policies"]:
        if p["quote"] not in text:
            err(f"{name}: policy quote not found: {p['quote']!r}")
        if p["kind"] not in KINDS:
            err(f"{name}: bad kind {p['kind']}")
        if p["agency"] is not None and p["agency"] not in r["agencies"]:
            err(f"{name}: policy agency {p['agency']!r} not listed")
    for e in r["emails"]:
        pg = "\f".join(pages[e["page_start"] - 1:e["page_end"]])
        if e["from"] not in pg:
            err(f"{name}: email from {e['from']!r} not on its pages")
        if e["from_address"] and e["from_address"] not in pg:
            err(f"{name}: from_address {e['from_address']!r} not on its pages")
        if e["subject"] and e["subject"] not in pg:
            err(f"{name}: subject {e['subject']!r} not on its pages")
        t, times = printed_time(e["date"])
        dates = {f"{t.month:02d}/{t.day:02d}/{t.year}", f"{t.month}/{t.day}/{t.year}",
                 f"{t.strftime('%B')} {t.day}, {t.year}", f"{t.strftime('%b')} {t.day}, {t.year}"}
        ok = any(d + sep + tm in pg for d in dates for tm in times for sep in (" ", " at "))
        if not ok:
            err(f"{name}: email date {e['date']} not printed on its pages")
    for d in r["dates"]:
        if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", d):
            err(f"{name}: bad date {d}")
    for k in ("pdf", "scan"):
        if r[k] and "--pdf" in sys.argv and not (HERE / r[k]).exists():
            err(f"{name}: {r[k]} missing")

if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK")
