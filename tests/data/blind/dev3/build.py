"""Build /work/dev3: text files, born-digital PDFs, scans, labels.json."""
import json
import sys
sys.dont_write_bytecode = True  # write nothing into /work/main
from pathlib import Path

sys.path.insert(0, "/work/main")
sys.path.insert(0, str(Path(__file__).parent))
from tests.pdfs import PrintedPage, write_print_pdf, write_text_pdf  # noqa: E402

from build_lib import DOCS  # noqa: E402
import docs_a, docs_b, docs_c, docs_d, docs_e  # noqa: E402,F401

import re
import textwrap


MARKER = re.compile(r"^\s*(\d+(\.\d+)*\.?|[A-Za-z]\.|[a-z]\)|\d+\)|-|[IVX]+\.)\s")


def reflow_page(page):
    """Refill paragraphs that have a line over 95 characters so every line fits write_text_pdf's 95
    columns (the .txt and the PDF then have the same lines). Table rows (3+ spaces) stay as they are."""
    lines = page.split("\n")
    out, para = [], []

    def flush():
        if not para:
            return
        if max(len(l) for l in para) <= 95:
            out.extend(para)
        else:
            first = para[0]
            indent = para[1][:len(para[1]) - len(para[1].lstrip())] if len(para) > 1 else ""
            joined = " ".join(l.strip() for l in para)
            lead = first[:len(first) - len(first.lstrip())]
            out.extend(textwrap.wrap(joined, 95, initial_indent=lead, subsequent_indent=indent))
        para.clear()

    for line in lines:
        tabular = "   " in line.strip()
        if not line.strip() or tabular or MARKER.match(line) or (para and len(para[-1]) < 70):
            flush()
        if not line.strip() or tabular:
            out.append(line)
        else:
            para.append(line)
    flush()
    return "\n".join(out)


def rewrap(text):
    text = "\f".join(reflow_page(p) for p in text.split("\f"))
    return "\f".join("\n".join("\n".join(textwrap.wrap(line, 95)) or "" for line in page.split("\n"))
                      for page in text.split("\f"))


def fix_quotes(d, text):
    for key in ("costs", "counts", "policies"):
        for fact in d[key]:
            q = fact["quote"]
            if q in text:
                continue
            pattern = r"\s+".join(re.escape(w) for w in q.split())
            m = re.search(pattern, text)
            if not m:
                raise SystemExit(f"{d['name']}: quote lost in rewrap: {q!r}")
            fact["quote"] = m.group()


ROOT = Path(__file__).parent
OUT = ROOT / "docs"
OUT.mkdir(exist_ok=True)
labels = []
for d in DOCS:
    name, text = d["name"], d["text"]
    if not d["printed"]:
        text = rewrap(text)
        fix_quotes(d, text)
    pages = text.split("\f")
    for n, page in enumerate(pages, 1):
        lines = page.split("\n")
        if len(lines) > 50:
            print(f"WARN {name} p{n}: {len(lines)} lines")
        for line in lines:
            if len(line) > 100:
                print(f"WARN {name} p{n}: line {len(line)} chars: {line[:40]}")
    text.encode("latin-1")
    (OUT / f"{name}.txt").write_text(text, "utf-8")
    pdf = OUT / f"{name}.pdf"
    if d["printed"]:
        write_print_pdf(pdf, [PrintedPage(p) for p in pages])
    else:
        write_text_pdf(pdf, pages)
    scan = None
    if d["scan"]:
        scan = OUT / f"{name}-scan.pdf"
        write_print_pdf(scan, [PrintedPage(p) for p in pages], scanned=True)
    image_counts = [{"count": c["count"], "quote": c["quote"]} for c in d["counts"] if c["category"] == "usage"]
    labels.append({
        "file": f"docs/{name}.txt", "pdf": f"docs/{name}.pdf", "scan": f"docs/{name}-scan.pdf" if scan else None,
        "request_agency": d["request_agency"], "agencies": d["agencies"], "vendors": d["vendors"],
        "products": d["products"], "costs": d["costs"], "counts": d["counts"], "image_counts": image_counts,
        "policies": d["policies"], "emails": d["emails"],
    })
(ROOT / "labels.json").write_text(json.dumps(labels, indent=1) + "\n", "utf-8")
print(len(labels), "records;", sum(1 for l in labels if l["scan"]), "scans;", sum(1 for l in labels if l["emails"]), "threads")
