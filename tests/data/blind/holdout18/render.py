"""Render holdout18 docs to PDF through /work/main/tests/pdfs.py (born-digital, and scans where labelled)."""
import json, sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, "/work/main/tests")
from pdfs import PdfPage, PrintedPage, write_pdf, write_print_pdf  # noqa: E402

BATES = {"h18_02": "RCPD-PRR-26-014  {n:06d}", "h18_03": "HCSO PRR 25-0311  {n:06d}",
         "h18_04": "WPD-DIAC-MOU  {n:06d}", "h18_06": "WCOIA 2025-07  p. {n}",
         "h18_09": "SDSO PRA 25-118  {n:06d}", "h18_10": "ACSO-FOIL-24-1187-{n:04d}"}
PHOTOCOPY = {"h18_03", "h18_06"}
PAGE_SCANS: set[str] = set()   # (write_pdf scans re-wrap long lines; all scans go through write_print_pdf)

OUT = HERE / "pdf"
OUT.mkdir(exist_ok=True)
for rec in json.loads((HERE / "labels.json").read_text()):
    text = (HERE / rec["file"]).read_text(encoding="utf-8")
    pages = text.split("\f")
    key = Path(rec["file"]).stem[:6]
    # born-digital: placed in columns as printed (no re-wrapping, so lines match the .txt)
    write_print_pdf(HERE / rec["pdf"], [PrintedPage(p, None, f"Page {i} of {len(pages)}") for i, p in enumerate(pages, 1)])
    if rec["scan"]:
        bates = BATES.get(key)
        if key in PAGE_SCANS:
            write_pdf(HERE / rec["scan"], [PdfPage(p, True, bates.format(n=100 + i) if bates else None)
                                           for i, p in enumerate(pages, 1)])
        else:
            write_print_pdf(HERE / rec["scan"],
                            [PrintedPage(p, None, bates.format(n=40 + i) if bates else None) for i, p in enumerate(pages, 1)],
                            scanned=True, photocopy=key in PHOTOCOPY)
    print("rendered", rec["pdf"], rec["scan"] or "")
