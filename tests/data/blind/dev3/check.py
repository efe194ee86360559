"""Check /work/dev3/labels.json: every quote is an exact substring of its .txt (within one page), the
numbers in each cost/count quote parse to the labelled values, files exist, emails point at real pages
whose text shows the sender and subject. Exit status 1 on any problem."""
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).parent
SCALE = {"thousand": 1e3, "k": 1e3, "million": 1e6, "billion": 1e9}
NUM = re.compile(r"(-?)\$?\s?(\d[\d,]*(?:\.\d+)?)(?:\s*(million|billion|thousand)|([kK])\b)?")
PERIODS = {"one-time", "month", "year", "quarter", "week", "day", None}
problems = []


def numbers(quote):
    out = set()
    for sign, digits, word, k in NUM.findall(quote):
        value = float(digits.replace(",", ""))
        scale = SCALE.get((word or k).lower(), 1) if (word or k) else 1
        value *= scale
        out.add(round(-value if sign else value, 6))
        out.add(round(value, 6))
    return out


def where(record, quote):
    text = (ROOT / record["file"]).read_text("utf-8")
    start = text.find(quote)
    if start == -1:
        return None
    if text.count(quote) > 1:
        print(f"note: {record['file']}: quote occurs {text.count(quote)} times: {quote[:50]!r}")
    return text[:start].count("\f") + 1


labels = json.loads((ROOT / "labels.json").read_text("utf-8"))
for r in labels:
    f = r["file"]
    for key in ("file", "pdf", "scan"):
        if r.get(key) and not (ROOT / r[key]).exists():
            problems.append(f"{f}: missing {key} {r[key]}")
    text = (ROOT / f).read_text("utf-8")
    pages = text.split("\f")
    for kind in ("costs", "counts", "image_counts", "policies"):
        for fact in r.get(kind, []):
            q = fact["quote"]
            if where(r, q) is None:
                problems.append(f"{f}: {kind} quote not in text: {q!r}")
                continue
            if "\f" in q:
                problems.append(f"{f}: {kind} quote crosses a page: {q!r}")
            if kind == "costs":
                got = numbers(q)
                for bound in ("amount_min", "amount_max"):
                    v = fact[bound]
                    if v is not None and round(float(v), 6) not in got:
                        problems.append(f"{f}: cost {bound}={v} not in quote {q!r} (parsed {sorted(got)})")
                if fact["period"] not in PERIODS:
                    problems.append(f"{f}: odd period {fact['period']!r}")
                if fact["amount_min"] is not None and fact["amount_min"] > fact["amount_max"]:
                    problems.append(f"{f}: min > max in {q!r}")
                if fact.get("currency") != "USD":
                    problems.append(f"{f}: currency {fact.get('currency')}")
            elif kind in ("counts", "image_counts"):
                got = numbers(q)
                if float(fact["count"]) not in got:
                    problems.append(f"{f}: count {fact['count']} not in quote {q!r} (parsed {sorted(got)})")
                if "count_max" in fact and float(fact["count_max"]) not in got:
                    problems.append(f"{f}: count_max {fact['count_max']} not in quote {q!r}")
    usage = [(c["count"], c["quote"]) for c in r.get("counts", []) if c.get("category") == "usage"]
    if usage != [(c["count"], c["quote"]) for c in r.get("image_counts", [])]:
        problems.append(f"{f}: image_counts do not mirror the usage counts")
    for e in r.get("emails", []):
        if not re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d", e["date"]):
            problems.append(f"{f}: email date format {e['date']!r}")
        if not (1 <= e["page_start"] <= e["page_end"] <= len(pages)):
            problems.append(f"{f}: email pages {e['page_start']}-{e['page_end']} of {len(pages)}")
            continue
        page = pages[e["page_start"] - 1]
        for field in ("from", "from_address", "subject"):
            if e.get(field) and e[field] not in page:
                problems.append(f"{f}: email {field} {e[field]!r} not on page {e['page_start']}")
    for name in r["agencies"] + r["vendors"]:
        pass
    for fact in r.get("costs", []) + r.get("counts", []) + r.get("policies", []):
        if fact.get("agency") and fact["agency"] not in r["agencies"]:
            problems.append(f"{f}: fact agency {fact['agency']!r} not in agencies")
        if fact.get("vendor") and fact["vendor"] not in r["vendors"]:
            problems.append(f"{f}: fact vendor {fact['vendor']!r} not in vendors")
    if r["request_agency"] not in r["agencies"]:
        problems.append(f"{f}: request_agency not in agencies")

for p in problems:
    print("PROBLEM", p)
print(f"{len(labels)} records, {sum(len(r['costs']) for r in labels)} costs, "
      f"{sum(len(r['counts']) for r in labels)} counts ({sum(len(r['image_counts']) for r in labels)} usage), "
      f"{sum(len(r['policies']) for r in labels)} policies, {sum(len(r['emails']) for r in labels)} emails; "
      f"{len(problems)} problems")
sys.exit(1 if problems else 0)
