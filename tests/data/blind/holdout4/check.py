"""Validate /work/holdout4/labels.json: quotes are exact substrings, numbers in quotes parse to the
labelled values, enums are valid, attributed names are listed, email headers appear on their pages,
text is ASCII with short lines and pages fit a printed page.    python3 check.py"""
import json, re, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
         "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20}
SCALE = {"thousand": 1e3, "k": 1e3, "million": 1e6, "billion": 1e9}
NUM = re.compile(r"(\d[\d,]*(?:\.\d+)?|\.\d+)\s*(thousand|million|billion|k\b|K\b)?", re.I)
MEASURES = {"images", "searches", "users", "matches", "arrests", "cameras"}
QUALS = {None, "approximately", "at least", "up to", "at most"}
PERS = {None, "day", "week", "month", "quarter", "year"}
PERIODS = {None, "one-time", "month", "year", "quarter"}
KINDS = {"prohibition", "requirement", "permission", "disclaimer", "consequence"}
MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]


def numbers(quote):
    out = set()
    for m in NUM.finditer(quote):
        raw = m.group(1).replace(",", "")
        if raw.endswith("."):
            raw = raw[:-1]
        v = float(raw)
        if m.group(2):
            v *= SCALE[m.group(2).lower()]
        out.add(round(v, 6))
    for w in re.findall(r"[a-z]+", quote.lower()):
        if w in WORDS:
            out.add(float(WORDS[w]))
    return out


def main():
    errors = []
    recs = json.loads((HERE / "labels.json").read_text("utf-8"))
    tot = dict(docs=len(recs), costs=0, counts=0, images=0, policies=0, emails=0, scans=0)
    for r in recs:
        f = r["file"]
        err = lambda m: errors.append(f"{f}: {m}")
        text = (HERE / f).read_text("utf-8")
        pages = text.split("\f")
        for k in ("pdf", "scan"):
            if r.get(k) and not (HERE / r[k]).exists():
                err(f"missing {k} {r[k]}")
        tot["scans"] += bool(r.get("scan"))
        if not text.isascii():
            err("non-ASCII text")
        for n, p in enumerate(pages, 1):
            lines = p.strip("\n").split("\n")
            if len(lines) > 54:
                err(f"page {n} has {len(lines)} lines")
            for line in lines:
                if len(line) > 96:
                    err(f"page {n} line too long ({len(line)}): {line[:40]}")
        names = set(r["agencies"]) | {None}
        for c in r["costs"]:
            tot["costs"] += 1
            q = c["quote"]
            if q not in text:
                err(f"cost quote not found: {q!r}")
            nums = numbers(q)
            for key in ("amount_min", "amount_max"):
                if c[key] is not None and round(float(c[key]), 6) not in nums:
                    err(f"cost {key}={c[key]} not in quote {q!r} ({sorted(nums)})")
            if c["period"] not in PERIODS:
                err(f"bad period {c['period']}")
            if c["agency"] not in names:
                err(f"cost agency {c['agency']} not in agencies")
            if c.get("vendor") not in set(r["vendors"]) | {None}:
                err(f"cost vendor {c['vendor']} not in vendors")
            if c.get("product") not in set(r["products"]) | {None}:
                err(f"cost product {c['product']} not in products")
            if c["currency"] != "USD":
                err("currency")
        for c in r["counts"]:
            tot["counts"] += 1
            q = c["quote"]
            if q not in text:
                err(f"count quote not found: {q!r}")
            if float(c["count"]) not in numbers(q):
                err(f"count {c['count']} not in quote {q!r}")
            if c.get("count_max") is not None and float(c["count_max"]) not in numbers(q):
                err(f"count_max not in quote {q!r}")
            if c["measure"] not in MEASURES or c["qualifier"] not in QUALS or c["per"] not in PERS:
                err(f"bad enum in count {c}")
            if c["agency"] not in names:
                err(f"count agency {c['agency']} not in agencies")
        for c in r["image_counts"]:
            tot["images"] += 1
            if c["quote"] not in text or float(c["count"]) not in numbers(c["quote"]):
                err(f"image count bad: {c}")
            if not any(k["quote"] == c["quote"] and k["count"] == c["count"] and k["measure"] == "images" for k in r["counts"]):
                err(f"image count not mirrored in counts: {c}")
        for c in r["counts"]:
            if c["measure"] == "images" and not any(i["quote"] == c["quote"] for i in r["image_counts"]):
                err(f"images count missing from image_counts: {c['quote']}")
        for p in r["policies"]:
            tot["policies"] += 1
            if p["quote"] not in text:
                err(f"policy quote not found: {p['quote']!r}")
            if p["kind"] not in KINDS or p["agency"] not in names:
                err(f"bad policy kind/agency {p}")
        for e in r["emails"]:
            tot["emails"] += 1
            span = "\f".join(pages[e["page_start"] - 1:e["page_end"]])
            for k in ("from", "from_address", "subject"):
                if e.get(k) and e[k] not in span:
                    err(f"email {k} {e[k]!r} not on pages {e['page_start']}-{e['page_end']}")
            if not re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d", e["date"] or ""):
                err(f"email date format {e['date']}")
            else:
                y, mo, d, hh, mm = map(int, re.findall(r"\d+", e["date"]))
                h12 = hh % 12 or 12
                cands = [f"{h12}:{mm:02d}", f"{hh:02d}:{mm:02d}"]
                mon = MONTHS[mo - 1]
                ok = any(c in span for c in cands) and (f"{mo}/{d}/{y}" in span or
                          re.search(rf"{mon}\w*\.? {d},? {y}", span, re.I) is not None)
                if not ok:
                    err(f"email date {e['date']} not printed on its pages")
        if r["request_agency"] not in r["agencies"]:
            err("request_agency not in agencies")
    for e in errors:
        print("ERROR", e)
    print(tot)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
