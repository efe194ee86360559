"""Render docs/*.txt to pdf/: a born-digital PDF of each, and image-only scans of seven."""
import json
import sys
from pathlib import Path

sys.path.insert(0, "/work/main")
from tests.pdfs import PrintedPage, write_print_pdf, write_text_pdf  # noqa: E402

HERE = Path(__file__).resolve().parent
# scan options per document number: (photocopy, footer format or None)
SCANS = {
    "01": (False, "MCSO-PRR-25-0117  {bates:06d}"),
    "04": (True, None),
    "05": (False, None),
    "07": (False, "AACPD-PIA-26-004  Printed 2/2/2026  Page {page} of {pages}"),
    "09": (False, None),
    "12": (True, None),
    "13": (False, None),
}

labels = json.loads((HERE / "labels.json").read_text())
for record in labels:
    text = (HERE / record["file"]).read_text()
    pages = text.split("\f")
    number = Path(record["file"]).name[:2]
    write_text_pdf(HERE / record["pdf"], pages)
    if number in SCANS:
        assert record["scan"], record["file"]
        photocopy, footer = SCANS[number]
        printed = [PrintedPage(text=page, footer=footer.format(page=i, pages=len(pages), bates=40 + i)
                               if footer else None) for i, page in enumerate(pages, 1)]
        write_print_pdf(HERE / record["scan"], printed, scanned=True, photocopy=photocopy)
    else:
        assert record["scan"] is None, record["file"]
    print("rendered", record["pdf"], record["scan"] or "")
