"""Render docs/*.txt to pdf/ with /work/main/tests/pdfs.py: a born-digital PDF for every document
(email prints through write_print_pdf, the rest through write_text_pdf) and an image-only scan for
the documents whose label has `scan` set."""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, "/work/main/tests")
from pdfs import PdfPage, PrintedPage, write_pdf, write_print_pdf, write_text_pdf  # noqa: E402

PRINTS = {"03", "06", "11", "12"}          # email-client prints: columns kept as printed
SCANS = {
    # prefix: (how, stamp or footer, photocopy)
    "01": ("print", None, True),
    "03": ("print", "KCPD-CV-{n:06d}", False),
    "05": ("page", "TPD-PRR-23-1187-{n:04d}", False),
    "06": ("print", None, True),
    "08": ("page", "JC-OPRA-{n:04d}", False),
    "10": ("page", None, False),
    "12": ("print", "NHPD FOI 24-0012 - {n:05d}", False),
}


def main() -> None:
    labels = json.loads((HERE / "labels.json").read_text())
    (HERE / "pdf").mkdir(exist_ok=True)
    for rec in labels:
        text = (HERE / rec["file"]).read_text()
        pages = [p.rstrip("\n") for p in text.split("\f")]
        prefix = Path(rec["file"]).name[:2]
        pdf = HERE / rec["pdf"]
        if prefix in PRINTS:
            write_print_pdf(pdf, [PrintedPage(text=p) for p in pages])
        else:
            write_text_pdf(pdf, pages)
        if rec["scan"]:
            how, stamp, photocopy = SCANS[prefix]
            scan = HERE / rec["scan"]
            if how == "print":
                start = 412 if prefix == "03" else 14
                printed = [PrintedPage(text=p, footer=stamp.format(n=start + i) if stamp else None)
                           for i, p in enumerate(pages)]
                write_print_pdf(scan, printed, scanned=True, photocopy=photocopy)
            else:
                start = 31 if prefix == "08" else 1
                write_pdf(scan, [PdfPage(text=p, scanned=True,
                                         stamp=stamp.format(n=start + i) if stamp else None,
                                         text_stamp=prefix == "08")
                                 for i, p in enumerate(pages)])
        print(rec["pdf"], rec["scan"] or "")


if __name__ == "__main__":
    main()
