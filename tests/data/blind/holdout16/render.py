"""Render every holdout16 document to pdf/<name>.pdf (born-digital) and, where the document has a
scan mode, to pdf/<name>.scan.pdf (image-only), using ../main/tests/pdfs.py.

Modes (see build.py):  render = print | pdfpage | text ;  scan = print | print-photocopy | pdfpage | None
  print            write_print_pdf: text placed in its columns (email prints, tables, forms)
  pdfpage          write_pdf with PdfPage (stamp printed at the page foot; text_stamp on born-digital)
  text             write_text_pdf: plain flowing born-digital text
  print-photocopy  write_print_pdf(scanned=True, photocopy=True): a scanned photocopy
Run after build.py and check.py.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "main" / "tests"))
sys.path.insert(0, str(HERE))

import pdfs  # noqa: E402
from build import DOCS  # noqa: E402


def printed(d: dict) -> list:
    # a stamp (Bates / clerk stamp) is printed where a footer goes
    return [pdfs.PrintedPage(text=p["body"], header=p["header"], footer=p["footer"] or p["stamp"])
            for p in d["pages"]]


def render_born(d: dict, out: Path) -> None:
    mode = d["render"]
    if mode == "print":
        pdfs.write_print_pdf(out, printed(d), scanned=False)
    elif mode == "pdfpage":
        pdfs.write_pdf(out, [pdfs.PdfPage(text=p["body"], stamp=p["stamp"], text_stamp=True) for p in d["pages"]])
    elif mode == "text":
        pdfs.write_text_pdf(out, [p["body"] for p in d["pages"]])
    else:
        raise ValueError(mode)


def render_scan(d: dict, out: Path) -> None:
    mode = d["scan"]
    if mode == "print":
        pdfs.write_print_pdf(out, printed(d), scanned=True)
    elif mode == "print-photocopy":
        pdfs.write_print_pdf(out, printed(d), scanned=True, photocopy=True)
    elif mode == "pdfpage":
        pdfs.write_pdf(out, [pdfs.PdfPage(text=p["body"], scanned=True, stamp=p["stamp"]) for p in d["pages"]])
    else:
        raise ValueError(mode)


def main() -> None:
    outdir = HERE / "pdf"
    outdir.mkdir(exist_ok=True)
    for d in DOCS:
        name = f"{d['id']}_{d['name']}"
        render_born(d, outdir / f"{name}.pdf")
        if d["scan"]:
            render_scan(d, outdir / f"{name}.scan.pdf")
        print("rendered", name, "(+ scan)" if d["scan"] else "")


if __name__ == "__main__":
    main()
