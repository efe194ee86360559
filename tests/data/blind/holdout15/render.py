"""Render every document to a born-digital PDF, and 6 of them to image-only scans."""
import json
import sys
from pathlib import Path

sys.path.insert(0, "/work/main")
from tests.pdfs import PrintedPage, write_print_pdf, write_text_pdf  # noqa: E402

HERE = Path(__file__).parent
SCANS = {"02": {"photocopy": True, "footer": None},
         "05": {"photocopy": False, "footer": "OP-PRR-24-0031   000017"},
         "06": {"photocopy": True, "footer": None},
         "08": {"photocopy": False, "footer": "HCAO-DC-000114"},
         "09": {"photocopy": False, "footer": None},
         "12": {"photocopy": False, "footer": None}}

for rec in json.loads((HERE / "labels.json").read_text()):
    pages = (HERE / rec["file"]).read_text().split("\f")
    write_text_pdf(HERE / rec["pdf"], pages)
    if rec["scan"]:
        opts = SCANS[Path(rec["file"]).name[:2]]
        footer = opts["footer"]
        printed = []
        for n, page in enumerate(pages, 1):
            # Bates numbers run on per page
            f = None
            if footer:
                base = footer[:-6], int(footer[-6:])
                f = f"{base[0]}{base[1] + n - 1:06d}"
            printed.append(PrintedPage(text=page, footer=f))
        write_print_pdf(HERE / rec["scan"], printed, scanned=True, photocopy=opts["photocopy"])
    print("rendered", rec["pdf"], rec["scan"] or "")
