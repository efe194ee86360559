"""Renders every document to a born-digital PDF, and 7 of them to image-only scans."""
import json
import sys
from pathlib import Path

sys.path.insert(0, "/work/main")
from tests.pdfs import PrintedPage, write_print_pdf, write_text_pdf  # noqa: E402

HERE = Path(__file__).parent
# scan options per document number: (photocopy, footer template or None)
SCANS = {
    3: (False, "SCSO-KORA-{:06d}", 114),       # Bates stamp
    5: (True, None, 0),                        # photocopy
    6: (False, None, 0),
    8: (False, "WVSP-FOIA-25-0093 {:05d}", 231),  # Bates stamp
    10: (True, None, 0),                       # photocopy
    13: (False, None, 0),
    14: (False, None, 0),
}

labels = json.loads((HERE / "labels.json").read_text())
for rec in labels:
    text = (HERE / rec["file"]).read_text()
    pages = text.split("\f")
    write_text_pdf(HERE / rec["pdf"], pages)
    number = int(Path(rec["file"]).name[:2])
    if rec["scan"]:
        photocopy, footer, start = SCANS[number]
        printed = [PrintedPage(text=page, footer=footer.format(start + i) if footer else None)
                   for i, page in enumerate(pages)]
        write_print_pdf(HERE / rec["scan"], printed, scanned=True, photocopy=photocopy)
    else:
        assert number not in SCANS
print("rendered", len(labels), "PDFs and", sum(1 for r in labels if r["scan"]), "scans")
