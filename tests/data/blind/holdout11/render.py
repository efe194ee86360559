"""Render holdout11 documents: a born-digital PDF of every document, and image-only scans of seven."""
import json
import sys
from pathlib import Path

sys.path.insert(0, "/work/main")
from tests.pdfs import PrintedPage, write_print_pdf, write_text_pdf  # noqa: E402

HERE = Path(__file__).parent
PHOTOCOPY = {"02", "06"}
FOOTERS = {"05": "BLOOMINGTON PRR 25-0388  BLM-{n:06d}", "10": "KSP ORR 13-114   KSP-FR-{n:06d}"}
START = {"05": 412, "10": 2141}

for rec in json.loads((HERE / "labels.json").read_text()):
    pages = (HERE / rec["file"]).read_text().split("\f")
    write_text_pdf(HERE / rec["pdf"], pages)
    if rec["scan"]:
        key = Path(rec["file"]).name[:2]
        footer = FOOTERS.get(key)
        printed = [PrintedPage(text=page, footer=footer.format(n=START[key] + i) if footer else None)
                   for i, page in enumerate(pages)]
        write_print_pdf(HERE / rec["scan"], printed, scanned=True, photocopy=key in PHOTOCOPY)
    print("rendered", rec["pdf"], rec["scan"] or "")
