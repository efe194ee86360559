"""Build holdout4: write .txt files, labels.json, born-digital and scanned PDFs.
    PYTHONDONTWRITEBYTECODE=1 python3 build.py [--no-pdf]"""
import json, sys
from pathlib import Path
sys.path.insert(0, "/work/main")
sys.dont_write_bytecode = True
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import docs_a, docs_b, docs_c

DOCS = docs_a.DOCS + docs_b.DOCS + docs_c.DOCS


def main():
    records = []
    for d in DOCS:
        name = d["name"]
        text = "\f".join(p.rstrip("\n") + "\n" for p in d["pages"])
        (HERE / "docs" / f"{name}.txt").write_text(text, "utf-8")
        rec = {"file": f"docs/{name}.txt", "pdf": f"pdf/{name}.pdf", "scan": f"scan/{name}.pdf" if d["scan"] else None}
        rec.update(d["labels"])
        records.append(rec)
    (HERE / "labels.json").write_text(json.dumps(records, indent=1, ensure_ascii=False) + "\n", "utf-8")
    if "--no-pdf" in sys.argv:
        return
    from tests.pdfs import write_text_pdf, write_print_pdf, PrintedPage
    for d in DOCS:
        name = d["name"]
        pages = [p.rstrip("\n") for p in d["pages"]]
        if d["kind"] == "email":
            write_print_pdf(HERE / "pdf" / f"{name}.pdf", [PrintedPage(p) for p in pages])
        else:
            write_text_pdf(HERE / "pdf" / f"{name}.pdf", pages)
        if d["scan"]:
            write_print_pdf(HERE / "scan" / f"{name}.pdf", [PrintedPage(p) for p in pages], scanned=True,
                            photocopy=d.get("photocopy", False))
        print("rendered", name)


if __name__ == "__main__":
    main()
