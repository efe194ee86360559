"""Validates labels.json against docs/: quotes are exact substrings, every amount/count appears
in its quote in some written form, enum values are valid, email headers are in the text, and
pages/lines are within limits. Prints OK or the list of problems."""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).parent
PERIODS = {"year", "month", "one-time", None}
QUALS = {"exact", "approximately", "at least", "at most", "up to"}
KINDS = {"prohibition", "requirement", "permission", "disclaimer", "consequence", None}
WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
         "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
         "dozen": 12}
MULT = {"thousand": 1e3, "million": 1e6, "billion": 1e9}
problems = []


def numbers_in(quote):
    q = quote.replace(",", "")
    found = set()
    for m in re.finditer(r"(\d+(?:\.\d+)?)(?:\s+(thousand|million|billion))?", q):
        v = float(m.group(1))
        found.add(v)
        if m.group(2):
            found.add(v * MULT[m.group(2)])
    for w in re.findall(r"[a-z]+", q.lower()):
        if w in WORDS:
            found.add(float(WORDS[w]))
    return found


def has_number(value, quote):
    return any(abs(v - value) < 1e-9 * max(1, abs(value)) for v in numbers_in(quote))


def hm_forms(date):
    hh, mm = map(int, date[11:].split(":"))
    h12 = hh % 12 or 12
    return [f"{hh:02d}:{mm:02d}", f"{h12}:{mm:02d}", f"{h12:02d}:{mm:02d}"]


records = json.loads((HERE / "labels.json").read_text())
if len(records) != 14:
    problems.append(f"expected 14 records, got {len(records)}")
for r in records:
    f = r["file"]
    path = HERE / f
    if not path.exists():
        problems.append(f"{f}: missing")
        continue
    text = path.read_text()
    if not text.isascii():
        problems.append(f"{f}: non-ASCII")
    pages = text.split("\f")
    if not 1 <= len(pages) <= 3:
        problems.append(f"{f}: {len(pages)} pages")
    for n, page in enumerate(pages, 1):
        lines = page.strip("\n").split("\n")
        if len(lines) > 50:
            problems.append(f"{f}: page {n} has {len(lines)} lines")
        for line in lines:
            if len(line) > 95:
                problems.append(f"{f}: line over 95: {line[:40]!r}")
    for key in ("pdf", "scan"):
        if r.get(key) is not None and not r[key].startswith("pdf/"):
            problems.append(f"{f}: bad {key}")

    def quoted(kind, item):
        q = item["quote"]
        if not q or q not in text:
            problems.append(f"{f}: {kind} quote not in text: {q!r}")
        return q

    for c in r["costs"]:
        q = quoted("cost", c)
        if c["period"] not in PERIODS:
            problems.append(f"{f}: bad period {c['period']}")
        if c["currency"] != "USD":
            problems.append(f"{f}: currency {c['currency']}")
        for k in ("amount_min", "amount_max"):
            if c[k] is not None and not has_number(c[k], q):
                problems.append(f"{f}: {k} {c[k]} not in {q!r}")
        if c["amount_max"] is None:
            problems.append(f"{f}: amount_max missing")
        for k in ("agency", "vendor"):
            if c[k] is not None and c[k] not in (r["agencies"] if k == "agency" else r["vendors"]):
                problems.append(f"{f}: cost {k} {c[k]} not listed")
    for c in r["counts"]:
        q = quoted("count", c)
        if c["qualifier"] not in QUALS:
            problems.append(f"{f}: bad qualifier {c['qualifier']}")
        if not has_number(c["count"], q):
            problems.append(f"{f}: count {c['count']} not in {q!r}")
        if not c["measure"]:
            problems.append(f"{f}: count without measure")
        for k in ("agency", "vendor"):
            if c[k] is not None and c[k] not in (r["agencies"] if k == "agency" else r["vendors"]):
                problems.append(f"{f}: count {k} {c[k]} not listed")
    want = [{"count": c["count"], "quote": c["quote"]} for c in r["counts"] if c["measure"] == "images"]
    if want != r["image_counts"]:
        problems.append(f"{f}: image_counts out of step with counts")
    for p in r["policies"]:
        quoted("policy", p)
        if p["kind"] not in KINDS:
            problems.append(f"{f}: bad kind {p['kind']}")
        if p["agency"] is not None and p["agency"] not in r["agencies"]:
            problems.append(f"{f}: policy agency {p['agency']} not listed")
    for e in r["emails"]:
        if not re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d", e["date"]):
            problems.append(f"{f}: bad email date {e['date']}")
        span = "\f".join(pages[e["page_start"] - 1:e["page_end"]])
        for k in ("from", "from_address", "subject"):
            if e[k] is not None and e[k] not in pages[e["page_start"] - 1]:
                problems.append(f"{f}: email {k} {e[k]!r} not on page {e['page_start']}")
        if not any(h in span for h in hm_forms(e["date"])):
            problems.append(f"{f}: email time {e['date']} not in text")
    for d in r["dates"]:
        if not re.fullmatch(r"\d{4}(-\d\d(-\d\d)?)?", d):
            problems.append(f"{f}: bad date {d}")
    if r["request_agency"] is not None and r["request_agency"] not in r["agencies"]:
        problems.append(f"{f}: request_agency not listed")

if problems:
    print("\n".join(problems))
    sys.exit(1)
print("OK")
