"""Checks labels.json: every quote is an exact substring; amounts/counts in quotes parse to the labels."""
import json, re, sys
from pathlib import Path
ROOT = Path(__file__).parent
WORDS = {"million": 1e6, "billion": 1e9, "thousand": 1e3}
def numbers(q):
    out = []
    for m in re.finditer(r"\$?(\d[\d,]*(?:\.\d+)?)(?:\s+(million|billion|thousand))?", q):
        v = float(m.group(1).replace(",", ""))
        if m.group(2): v *= WORDS[m.group(2)]
        out.append(v)
    return out
bad = 0
labels = json.loads((ROOT / "labels.json").read_text())
for r in labels:
    text = (ROOT / r["file"]).read_text()
    assert (ROOT / r["pdf"]).exists() or "--nopdf" in sys.argv, r["pdf"]
    if r.get("scan"): assert (ROOT / r["scan"]).exists() or "--nopdf" in sys.argv, r["scan"]
    for kind in ("costs", "counts", "image_counts", "policies"):
        for f in r[kind]:
            q = f["quote"]
            if q not in text:
                print("NOT SUBSTRING", r["file"], kind, repr(q)); bad += 1; continue
            if text.count(q) > 1: print("note: quote occurs twice", r["file"], repr(q))
            if "\n" in q: print("note: multi-line quote", r["file"], repr(q))
            if kind == "costs":
                for v in {f["amount_min"], f["amount_max"]} - {None}:
                    if not any(abs(n - v) < 1e-9 for n in numbers(q)):
                        print("AMOUNT NOT IN QUOTE", r["file"], v, repr(q)); bad += 1
            if kind in ("counts", "image_counts"):
                if not any(abs(n - f["count"]) < 1e-9 for n in numbers(q)):
                    print("COUNT NOT IN QUOTE", r["file"], f["count"], repr(q)); bad += 1
            if kind == "counts":
                assert f["measure"] in ("images", "searches", "users", "matches", "arrests"), f
                assert f["qualifier"] in (None, "approximately", "at least", "up to", "at most"), f
            if kind == "costs":
                assert f["period"] in (None, "one-time", "month", "year", "quarter"), f
            if kind == "policies":
                assert f["kind"] in ("prohibition", "requirement", "permission", "disclaimer", "consequence"), f
    pages = text.split("\f")
    for e in r.get("emails", []):
        assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d", e["date"]), e
        assert 1 <= e["page_start"] <= e["page_end"] <= len(pages), e
        if e["from"] not in text: print("FROM NOT IN TEXT", e); bad += 1
        if e.get("from_address") and e["from_address"] not in text: print("ADDR NOT IN TEXT", e); bad += 1
        if e.get("subject") and e["subject"] not in text: print("SUBJECT NOT IN TEXT", e); bad += 1
    for p in pages:
        for line in p.split("\n"):
            if len(line) > 100: print("long line", r["file"], len(line))
            if any(ord(c) > 127 for c in line): print("non-ascii", r["file"], line)
print(len(labels), "records;", "OK" if not bad else f"{bad} problems")
sys.exit(1 if bad else 0)
