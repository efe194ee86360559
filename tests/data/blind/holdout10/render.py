"""Renders docs/*.txt to pdf/: a born-digital PDF of every document, and an image-only scan of
seven of them (two photocopies, two with a Bates/print footer)."""
import sys
from pathlib import Path

sys.path.insert(0, "/work/main")
from tests.pdfs import PrintedPage, write_print_pdf, write_text_pdf  # noqa: E402

HERE = Path(__file__).parent
# number -> (photocopy, footer pattern or None)
SCANS = {
    "02": (False, None),
    "05": (True, None),
    "07": (False, None),
    "08": (False, "KPD-FR-{n:06d}"),
    "10": (False, None),
    "13": (True, None),
    "14": (False, "HCSO DPR-2024-00917 {n:04d}"),
}
BATES_START = {"08": 112, "14": 31}

for doc in sorted((HERE / "docs").glob("*.txt")):
    pages = doc.read_text().split("\f")
    write_text_pdf(HERE / "pdf" / (doc.stem + ".pdf"), pages)
    num = doc.name[:2]
    if num in SCANS:
        photocopy, footer = SCANS[num]
        printed = [PrintedPage(text=p, footer=footer.format(n=BATES_START[num] + i) if footer else None)
                   for i, p in enumerate(pages)]
        write_print_pdf(HERE / "pdf" / (doc.stem + ".scan.pdf"), printed, scanned=True,
                        photocopy=photocopy)
print("rendered", len(list((HERE / "pdf").glob("*.pdf"))), "PDFs")
