"""Validate labels.json against the text files. Prints OK or a list of problems."""
import json, re, sys
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).parent
ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen " \
       "sixteen seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()

def words(n):
    n = int(n)
    if n < 20: return ONES[n]
    if n < 100: return TENS[n // 10] + ("" if n % 10 == 0 else "-" + ONES[n % 10])
    if n < 1000: return ONES[n // 100] + " hundred" + ("" if n % 100 == 0 else " " + words(n % 100))
    for size, name in ((10**9, "billion"), (10**6, "million"), (1000, "thousand")):
        if n >= size:
            return words(n // size) + " " + name + ("" if n % size == 0 else " " + words(n % size))

def forms(x):
    """Written forms a number may take in the text."""
    out = set()
    if x == int(x):
        i = int(x)
        out |= {str(i), f"{i:,}", words(i)}
        out |= {f"{i:,}.00", f"{i}.00"}
        for size, name in ((10**9, "billion"), (10**6, "million")):
            if i >= size and i % (size // 10) == 0:
                v = i / size
                out.add(f"{v:g} {name}")
    else:
        s = f"{x:.6f}".rstrip("0")
        out |= {s, f"{x:,.2f}", s.lstrip("0")}
        whole = int(x)
        out.add(words(whole) + " dollars and")
    return out

def appears(x, quote):
    q = " ".join(quote.lower().split())
    for f in forms(x):
        f = f.lower()
        if re.search(r"(?<![\d.,])" + re.escape(f) + r"(?![\d])", q) if f[0].isdigit() else f in q:
            return True
    return False

PERIODS = {"year", "month", "one-time", None}
QUALS = {"exact", "approximately", "at least", "at most", "up to"}
KINDS = {"prohibition", "requirement", "permission", "disclaimer", "consequence", None}

def main():
    labels = json.loads((HERE / "labels.json").read_text())
    bad = []
    states = set()
    if len(labels) != 12: bad.append(f"expected 12 records, got {len(labels)}")
    for r in labels:
        f = r["file"]; path = HERE / f
        if not path.exists(): bad.append(f"{f}: missing"); continue
        text = path.read_text()
        pages = text.split("\f")
        if not 1 <= len(pages) <= 3: bad.append(f"{f}: {len(pages)} pages")
        for i, line in enumerate(text.replace("\f", "\n").split("\n"), 1):
            if len(line) > 95: bad.append(f"{f}:{i}: line of {len(line)} chars")
            if not line.isascii(): bad.append(f"{f}:{i}: non-ASCII")
        if not (HERE / r["pdf"]).exists(): bad.append(f"{f}: no {r['pdf']} (run render.py)")
        if r["scan"] and not (HERE / r["scan"]).exists(): bad.append(f"{f}: no {r['scan']}")
        names = set(r["agencies"]) | {None}
        vendors = set(r["vendors"]) | {None}
        if r["request_agency"] not in names: bad.append(f"{f}: request_agency not in agencies")
        for c in r["costs"]:
            q = c["quote"]
            if q not in text: bad.append(f"{f}: cost quote not in text: {q!r}")
            if c["period"] not in PERIODS: bad.append(f"{f}: bad period {c['period']}")
            if c["currency"] != "USD": bad.append(f"{f}: currency")
            if c["amount_min"] is not None and c["amount_min"] > c["amount_max"]:
                bad.append(f"{f}: min > max {q!r}")
            for k in ("amount_min", "amount_max"):
                if c[k] is not None and not appears(c[k], q):
                    bad.append(f"{f}: {k} {c[k]} not in quote {q!r}")
            if c["agency"] not in names: bad.append(f"{f}: cost agency {c['agency']} not listed")
            if c["vendor"] not in vendors: bad.append(f"{f}: cost vendor {c['vendor']} not listed")
        for c in r["counts"]:
            q = c["quote"]
            if q not in text: bad.append(f"{f}: count quote not in text: {q!r}")
            if c["qualifier"] not in QUALS: bad.append(f"{f}: bad qualifier {c['qualifier']}")
            if not c["measure"]: bad.append(f"{f}: no measure")
            if c["per"] not in (None, "month", "year", "day", "week", "quarter"):
                bad.append(f"{f}: per {c['per']}")
            if not appears(c["count"], q): bad.append(f"{f}: count {c['count']} not in {q!r}")
            if c["agency"] not in names: bad.append(f"{f}: count agency {c['agency']} not listed")
            if c["vendor"] not in vendors: bad.append(f"{f}: count vendor {c['vendor']} not listed")
        want = [{"count": c["count"], "quote": c["quote"]} for c in r["counts"] if c["measure"] == "images"]
        if r["image_counts"] != want: bad.append(f"{f}: image_counts differ from image counts")
        for p in r["policies"]:
            if p["quote"] not in text: bad.append(f"{f}: policy quote not in text: {p['quote']!r}")
            if p["kind"] not in KINDS: bad.append(f"{f}: bad kind {p['kind']}")
            if p["agency"] not in names: bad.append(f"{f}: policy agency {p['agency']} not listed")
        for e in r["emails"]:
            ps, pe = e["page_start"], e["page_end"]
            if not 1 <= ps <= pe <= len(pages): bad.append(f"{f}: email pages {ps}-{pe}")
            span = "\n".join(pages[ps - 1:pe])
            for k in ("from", "from_address", "subject"):
                if e[k] is not None and e[k] not in span:
                    bad.append(f"{f}: email {k} {e[k]!r} not on pages {ps}-{pe}")
            d = datetime.strptime(e["date"], "%Y-%m-%d %H:%M")
            hm = f"{d.hour % 12 or 12}:{d.minute:02d}"
            ampm = "AM" if d.hour < 12 else "PM"
            day_forms = {f"{d:%B} {d.day}, {d.year}", f"{d:%b} {d.day}, {d.year}"}
            if not (any(x in span for x in day_forms) and re.search(re.escape(hm) + r"(:\d\d)? " + ampm, span)):
                bad.append(f"{f}: email date {e['date']} not printed on pages {ps}-{pe}")
        for dt in r["dates"]:
            if not re.fullmatch(r"\d{4}(-\d\d(-\d\d)?)?", dt): bad.append(f"{f}: date {dt}")
    print("\n".join(bad) if bad else "OK")
    return 1 if bad else 0

if __name__ == "__main__":
    sys.exit(main())
