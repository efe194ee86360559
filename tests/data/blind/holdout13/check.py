"""Validate labels.json against docs/: exact quotes, numbers present in quotes, enums, email
headers, ASCII, line length <= 95, at most 50 lines per page. Prints OK or the problems."""
import json, re, sys
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).parent
PERIODS = {"year", "month", "one-time", None}
QUALS = {"exact", "approximately", "at least", "at most", "up to"}
KINDS = {"prohibition", "requirement", "permission", "disclaimer", "consequence", None}
WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight",
         9: "nine", 10: "ten", 12: "twelve", 15: "fifteen", 20: "twenty", 24: "twenty-four",
         73: "seventy-three", 62400: "sixty-two thousand four hundred", 250000: "quarter of a million"}

def forms(n):
    out = set()
    if n == int(n):
        i = int(n)
        out |= {f"{i:,}", str(i)}
        if i in WORDS:
            out.add(WORDS[i])
        for scale, word in ((10**9, "billion"), (10**6, "million")):
            if i >= scale and i % (scale // 10) == 0:
                out.add(f"{i / scale:g} {word}")
    else:
        out |= {f"{n:,.2f}", f"{n:g}", f"{n:.5f}".rstrip("0"), format(n, "f").rstrip("0")}
    return out

def num_in(n, quote):
    low = " ".join(quote.lower().split())
    for f in forms(n):
        f = f.lower()
        if re.search(r"(?<![\d,.])" + re.escape(f) + r"(?![\d])", low) or (not f[0].isdigit() and f in low):
            return True
    return False

def main():
    errs = []
    recs = json.loads((HERE / "labels.json").read_text())
    if len(recs) != 14:
        errs.append(f"expected 14 records, got {len(recs)}")
    for r in recs:
        f = r["file"]
        path = HERE / f
        t = path.read_text()
        if not t.isascii():
            errs.append(f"{f}: non-ASCII")
        for i, page in enumerate(t.split("\f"), 1):
            lines = page.rstrip("\n").split("\n")
            if len(lines) > 50:
                errs.append(f"{f}: page {i} has {len(lines)} lines")
            for ln in lines:
                if len(ln) > 95:
                    errs.append(f"{f}: line over 95: {ln[:40]}")
        if not (HERE / r["pdf"]).parent.exists():
            errs.append(f"{f}: pdf dir missing")
        for key in ("request_agency", "agencies", "vendors", "products", "costs", "counts",
                    "image_counts", "policies", "emails", "dates"):
            if key not in r:
                errs.append(f"{f}: missing {key}")
        known = set(r["agencies"]) | {None}
        for c in r["costs"]:
            if c["quote"] not in t: errs.append(f"{f}: cost quote not in text: {c['quote']!r}")
            if c["period"] not in PERIODS: errs.append(f"{f}: bad period {c['period']}")
            if not c.get("currency"): errs.append(f"{f}: no currency")
            for k in ("amount_min", "amount_max"):
                if c[k] is not None and not num_in(c[k], c["quote"]):
                    errs.append(f"{f}: {k} {c[k]} not in quote {c['quote']!r}")
            if c["amount_min"] is None and c["amount_max"] is None: errs.append(f"{f}: empty cost")
            if c["agency"] not in known: errs.append(f"{f}: cost agency not listed {c['agency']}")
            if c["vendor"] not in set(r["vendors"]) | {None}: errs.append(f"{f}: vendor not listed {c['vendor']}")
        for c in r["counts"]:
            if c["quote"] not in t: errs.append(f"{f}: count quote not in text: {c['quote']!r}")
            if c["qualifier"] not in QUALS: errs.append(f"{f}: bad qualifier {c['qualifier']}")
            if not num_in(c["count"], c["quote"]): errs.append(f"{f}: count {c['count']} not in {c['quote']!r}")
            if c["agency"] not in known: errs.append(f"{f}: count agency not listed {c['agency']}")
            if c["vendor"] not in set(r["vendors"]) | {None}: errs.append(f"{f}: vendor not listed {c['vendor']}")
        ic = [{"count": c["count"], "quote": c["quote"]} for c in r["counts"] if c["measure"] == "images"]
        if ic != r["image_counts"]: errs.append(f"{f}: image_counts disagree with counts")
        for p in r["policies"]:
            if p["quote"] not in t: errs.append(f"{f}: policy quote not in text: {p['quote'][:50]!r}")
            if p["kind"] not in KINDS: errs.append(f"{f}: bad kind {p['kind']}")
            if p["agency"] not in known: errs.append(f"{f}: policy agency not listed {p['agency']}")
        pages = t.split("\f")
        for e in r["emails"]:
            span = "\f".join(pages[e["page_start"] - 1:e["page_end"]])
            if e["from"] not in span: errs.append(f"{f}: email from not on its pages {e['from']}")
            if e["from_address"] and e["from_address"] not in span: errs.append(f"{f}: address missing {e['from_address']}")
            if e["subject"] and e["subject"] not in span: errs.append(f"{f}: subject missing {e['subject']}")
            d = datetime.strptime(e["date"], "%Y-%m-%d %H:%M")
            hm = f"{d.hour % 12 or 12}:{d.minute:02d}"
            if not re.search(re.escape(hm) + r"(:\d\d)? [AP]M", span) and d.strftime("%H:%M") not in span:
                errs.append(f"{f}: email time {e['date']} not printed")
            if str(d.day) not in span or d.strftime("%b") not in span and d.strftime("%B") not in span:
                errs.append(f"{f}: email date {e['date']} not printed")
        for dt in r["dates"]:
            if not re.fullmatch(r"\d{4}(-\d\d(-\d\d)?)?", dt): errs.append(f"{f}: bad date {dt}")
    if errs:
        print("\n".join(errs)); sys.exit(1)
    print("OK")

if __name__ == "__main__":
    main()
