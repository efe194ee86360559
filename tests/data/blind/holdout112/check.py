"""Checks labels.json against docs/: every quote is an exact substring of its text, and every labelled
figure is a number the quote carries (digits, $ amounts, number words, 'N million/billion')."""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).parent
WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
         "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20}
SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9}


def numbers(quote):
    out = set()
    for m in re.finditer(r"(\d[\d,]*(?:\.\d+)?)(?:\s+(thousand|million|billion))?", quote):
        v = float(m.group(1).replace(",", ""))
        if m.group(2):
            v *= SCALE[m.group(2)]
        out.add(round(v, 2))
    for w in re.findall(r"[A-Za-z]+", quote):
        if w.lower() in WORDS:
            out.add(float(WORDS[w.lower()]))
    return out


def main():
    labels = json.loads((HERE / "labels.json").read_text())
    bad = []
    for rec in labels:
        text = (HERE / rec["file"]).read_text(encoding="utf-8")
        if rec.get("pdf") and not rec["pdf"].startswith("pdf/"):
            bad.append(f"{rec['file']}: pdf path")
        for kind in ("costs", "image_counts", "counts", "policies"):
            for f in rec.get(kind, []):
                if f["quote"] not in text:
                    bad.append(f"{rec['file']} {kind}: quote not in text: {f['quote']!r}")
                if kind == "costs":
                    nums = numbers(f["quote"])
                    for key in ("amount_min", "amount_max"):
                        if f[key] is not None and float(f[key]) not in nums:
                            bad.append(f"{rec['file']} cost {key}={f[key]} not in {f['quote']!r}")
                    if f["amount_max"] is None:
                        bad.append(f"{rec['file']} cost without amount_max")
                    if f["period"] not in (None, "one-time", "month", "year"):
                        bad.append(f"{rec['file']} period {f['period']}")
                elif kind in ("image_counts", "counts"):
                    if float(f["count"]) not in numbers(f["quote"]):
                        bad.append(f"{rec['file']} {kind} {f['count']} not in {f['quote']!r}")
        for c in rec.get("counts", []):
            if c["measure"] in ("arrests", "matches", "leads", "identifications") and any(
                    i["quote"] == c["quote"] and i["count"] == c["count"] for i in rec["image_counts"]):
                bad.append(f"{rec['file']}: outcome in image_counts: {c['quote']!r}")
        for d in rec.get("dates", []):
            if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", d):
                bad.append(f"{rec['file']}: date {d}")
        for e in rec.get("emails", []):
            for k in ("from", "to", "date", "subject"):
                if e.get(k) and k in ("date", "subject") and e[k] not in text:
                    bad.append(f"{rec['file']}: email {k} {e[k]!r} not in text")
    for b in bad:
        print(b)
    print("OK" if not bad else f"{len(bad)} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
