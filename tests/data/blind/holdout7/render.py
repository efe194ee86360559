"""Render docs/*.txt to pdf/: a born-digital PDF of every document, and image-only scans of six."""
import sys
from pathlib import Path

sys.path.insert(0, "/work/main")
from tests.pdfs import PrintedPage, write_print_pdf, write_text_pdf  # noqa: E402

HERE = Path(__file__).parent
# stem prefix -> (photocopy, last line of each page printed as the footer)
SCANS = {"01": (False, False), "03": (True, False), "06": (False, True), "07": (False, True),
         "08": (True, False), "11": (False, False)}

for doc in sorted((HERE / "docs").glob("*.txt")):
    pages = doc.read_text().split("\f")
    write_text_pdf(HERE / "pdf" / (doc.stem + ".pdf"), pages)
    key = doc.name[:2]
    if key in SCANS:
        photocopy, footer = SCANS[key]
        printed = []
        for page in pages:
            if footer:
                lines = page.rstrip("\n").split("\n")
                printed.append(PrintedPage(text="\n".join(lines[:-1]), footer=lines[-1].strip()))
            else:
                printed.append(PrintedPage(text=page))
        write_print_pdf(HERE / "pdf" / (doc.stem + ".scan.pdf"), printed, scanned=True, photocopy=photocopy)
    print("rendered", doc.name)
