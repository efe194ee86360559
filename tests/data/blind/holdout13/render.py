"""Render every document as a born-digital PDF, and 7 of them as image-only scans."""
import json, sys
from pathlib import Path

sys.path.insert(0, "/work/main")
from tests.pdfs import PrintedPage, write_print_pdf, write_text_pdf  # noqa: E402

HERE = Path(__file__).parent
# scan options: file stem prefix -> (photocopy, footer template or None)
SCANS = {
    "02": (False, None),
    "05": (True, None),
    "06": (False, None),
    "08": (False, "BCPO-OPRA-W118902-{n:06d}"),
    "09": (False, "Printed 9/3/24 by kdominguez@rrnm.gov   {p}/{t}"),
    "13": (False, None),
    "14": (True, None),
}

def main():
    labels = json.loads((HERE / "labels.json").read_text())
    for rec in labels:
        text = (HERE / rec["file"]).read_text()
        pages = text.split("\f")
        write_text_pdf(HERE / rec["pdf"], pages)
        key = Path(rec["file"]).name[:2]
        if key in SCANS:
            assert rec["scan"], rec["file"]
            photocopy, footer = SCANS[key]
            printed = [PrintedPage(text=p, footer=footer.format(n=411 + i, p=i, t=len(pages)) if footer else None)
                       for i, p in enumerate(pages, 1)]
            write_print_pdf(HERE / rec["scan"], printed, scanned=True, photocopy=photocopy)
        else:
            assert rec["scan"] is None, rec["file"]
    print("rendered", len(labels), "documents,", len(SCANS), "scans")

if __name__ == "__main__":
    main()
