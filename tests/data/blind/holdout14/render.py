"""Render every document to a born-digital PDF, and 7 of them to image-only scans."""
import json
import sys
from pathlib import Path

sys.path.insert(0, "/work/main")
from tests.pdfs import PrintedPage, write_print_pdf, write_text_pdf  # noqa: E402

HERE = Path(__file__).parent
# scan settings: photocopy flag and a Bates / print footer pattern ({n} = page number)
SCANS = {
    "02": (False, "PORTSEA-PRR-23-1187-{n:06d}"),
    "05": (False, None),
    "08": (True, None),
    "09": (False, None),
    "10": (True, None),
    "11": (False, None),
    "13": (False, "Printed 01/14/2025 10:22 AM   MPIA R-24-0688   DPSCS-{n:05d}"),
}

labels = json.loads((HERE / "labels.json").read_text())
for r in labels:
    pages = (HERE / r["file"]).read_text().split("\f")
    write_text_pdf(HERE / r["pdf"], pages)
    num = Path(r["file"]).name[:2]
    if num in SCANS:
        assert r["scan"], r["file"]
        photocopy, footer = SCANS[num]
        printed = [PrintedPage(text=p, footer=footer.format(n=412 + i) if footer else None)
                   for i, p in enumerate(pages)]
        write_print_pdf(HERE / r["scan"], printed, scanned=True, photocopy=photocopy)
    else:
        assert r["scan"] is None, r["file"]
    print("rendered", r["pdf"], r["scan"] or "")
