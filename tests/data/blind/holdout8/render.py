"""Render every document to a born-digital PDF, and six of them to image-only scans."""
import json, sys
from pathlib import Path

sys.path.insert(0, "/work/main")
from tests.pdfs import PrintedPage, write_print_pdf, write_text_pdf  # noqa: E402

HERE = Path(__file__).parent
# scan settings: doc number -> (photocopy, footer per page or None)
SCANS = {
    "01": (False, None),
    "04": (True, None),
    "06": (False, None),
    "07": (False, "LPSO PRR 24-0113                                    LPSO-FR-{n:06d}"),
    "08": (False, "https://outlook.office.com/mail/          Printed 3/11/2024 9:02 AM          Page {p} of {k}"),
    "10": (True, None),
}

def main():
    labels = json.loads((HERE / "labels.json").read_text())
    for r in labels:
        text = (HERE / r["file"]).read_text()
        pages = text.split("\f")
        write_text_pdf(HERE / r["pdf"], pages)
        num = Path(r["file"]).name[:2]
        if num in SCANS:
            assert r["scan"], num
            photocopy, footer = SCANS[num]
            printed = [PrintedPage(text=p, footer=footer.format(n=41 + i, p=i + 1, k=len(pages)) if footer else None)
                       for i, p in enumerate(pages)]
            write_print_pdf(HERE / r["scan"], printed, scanned=True, photocopy=photocopy)
        else:
            assert r["scan"] is None, num
    print("rendered", len(labels), "documents,", len(SCANS), "scans")

if __name__ == "__main__":
    main()
