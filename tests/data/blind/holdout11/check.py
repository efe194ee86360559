"""Validate holdout11/labels.json against the documents. Prints OK or the list of problems."""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).parent
WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
         "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
         "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100}
SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9}
NUM = re.compile(r"(\d[\d,]*(?:\.\d+)?|\.\d+)(?:\s+(thousand|million|billion))?", re.I)
PERIODS = {"year", "month", "one-time", None}
QUALS = {"exact", "approximately", "at least", "at most", "up to"}
KINDS = {"prohibition", "requirement", "permission", "disclaimer", "consequence", None}
DATE = re.compile(r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$")
ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def numbers_in(quote):
    found = set()
    for m in NUM.finditer(quote):
        value = float(m.group(1).replace(",", ""))
        if m.group(2):
            value *= SCALE[m.group(2).lower()]
        found.add(round(value, 6))
    for word in re.findall(r"[A-Za-z]+", quote):
        if word.lower() in WORDS:
            found.add(float(WORDS[word.lower()]))
    return found


def main():
    problems = []
    records = json.loads((HERE / "labels.json").read_text())
    if len(records) != 14:
        problems.append(f"expected 14 records, found {len(records)}")
    for rec in records:
        name = rec["file"]
        path = HERE / name
        if not path.exists():
            problems.append(f"{name}: missing")
            continue
        text = path.read_text()
        if not text.isascii():
            problems.append(f"{name}: non-ASCII characters")
        pages = text.split("\f")
        if not 1 <= len(pages) <= 3:
            problems.append(f"{name}: {len(pages)} pages")
        for number, page in enumerate(pages, 1):
            lines = page.split("\n")
            if len(lines) > 50:
                problems.append(f"{name}: page {number} has {len(lines)} lines")
            for line in lines:
                if len(line) > 95:
                    problems.append(f"{name}: line longer than 95: {line[:40]!r}")
        for key in ("pdf", "scan", "request_agency", "agencies", "vendors", "products", "costs",
                    "counts", "image_counts", "policies", "emails", "dates"):
            if key not in rec:
                problems.append(f"{name}: no {key}")
        for cost in rec["costs"]:
            q = cost["quote"]
            if q not in text:
                problems.append(f"{name}: cost quote not found: {q!r}")
            if cost["period"] not in PERIODS:
                problems.append(f"{name}: bad period {cost['period']}")
            if cost["currency"] != "USD":
                problems.append(f"{name}: currency {cost['currency']}")
            for field in ("amount_min", "amount_max"):
                value = cost[field]
                if value is not None and round(float(value), 6) not in numbers_in(q):
                    problems.append(f"{name}: {field} {value} not in quote {q!r}")
            if cost["amount_min"] is None and cost["amount_max"] is None:
                problems.append(f"{name}: cost without amount")
            if cost.get("agency") is not None and cost["agency"] not in rec["agencies"]:
                problems.append(f"{name}: cost agency {cost['agency']} not in agencies")
            if cost.get("vendor") is not None and cost["vendor"] not in rec["vendors"]:
                problems.append(f"{name}: cost vendor {cost['vendor']} not in vendors")
        for count in rec["counts"]:
            q = count["quote"]
            if q not in text:
                problems.append(f"{name}: count quote not found: {q!r}")
            if count["qualifier"] not in QUALS:
                problems.append(f"{name}: bad qualifier {count['qualifier']}")
            if not count["measure"]:
                problems.append(f"{name}: count without measure")
            if float(count["count"]) not in numbers_in(q):
                problems.append(f"{name}: count {count['count']} not in quote {q!r}")
            if count.get("agency") is not None and count["agency"] not in rec["agencies"]:
                problems.append(f"{name}: count agency {count['agency']} not in agencies")
            if count.get("vendor") is not None and count["vendor"] not in rec["vendors"]:
                problems.append(f"{name}: count vendor {count['vendor']} not in vendors")
        images = [{"count": c["count"], "quote": c["quote"]} for c in rec["counts"]
                  if c["measure"] == "images"]
        if images != rec["image_counts"]:
            problems.append(f"{name}: image_counts differ from counts with measure images")
        for policy in rec["policies"]:
            if policy["quote"] not in text:
                problems.append(f"{name}: policy quote not found: {policy['quote']!r}")
            if policy["kind"] not in KINDS:
                problems.append(f"{name}: bad kind {policy['kind']}")
            if policy.get("agency") is not None and policy["agency"] not in rec["agencies"]:
                problems.append(f"{name}: policy agency {policy['agency']} not in agencies")
        for email in rec["emails"]:
            for field in ("from", "from_address", "subject"):
                if email[field] is not None and email[field] not in text:
                    problems.append(f"{name}: email {field} not in text: {email[field]!r}")
            if not DATE.match(email["date"]):
                problems.append(f"{name}: bad email date {email['date']}")
            if not 1 <= email["page_start"] <= email["page_end"] <= len(pages):
                problems.append(f"{name}: bad email pages")
            else:
                span = "\f".join(pages[email["page_start"] - 1:email["page_end"]])
                if email["from"] not in span or email["subject"] not in span:
                    problems.append(f"{name}: email header not on its pages: {email['date']}")
        for date in rec["dates"]:
            if not ISO.match(date):
                problems.append(f"{name}: bad date {date}")
        if rec["request_agency"] is not None and rec["request_agency"] not in rec["agencies"]:
            problems.append(f"{name}: request_agency not in agencies")
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
