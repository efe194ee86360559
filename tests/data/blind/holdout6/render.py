"""Renders pdf/*.pdf (born-digital) and pdf/*.scan.pdf (image-only scans) from docs/*.txt."""
import json, sys
from pathlib import Path
sys.path.insert(0, "/work/main")
from tests.pdfs import PrintedPage, write_print_pdf, write_text_pdf

ROOT = Path(__file__).parent
FOOTERS = {"01": "SALINA PD - KORA 24-0311 - 000143", "05": "ACSO PRR 25-1187   Page {n} of {t}"}
PHOTOCOPY = {"04", "11"}
for rec in json.loads((ROOT / "labels.json").read_text()):
    pages = [p.rstrip("\n") for p in (ROOT / rec["file"]).read_text().split("\f")]
    write_text_pdf(ROOT / rec["pdf"], pages)
    if rec["scan"]:
        key = Path(rec["file"]).name[:2]
        foot = FOOTERS.get(key)
        printed = [PrintedPage(text=p, footer=foot.format(n=i + 1, t=len(pages)) if foot else None)
                   for i, p in enumerate(pages)]
        write_print_pdf(ROOT / rec["scan"], printed, scanned=True, photocopy=key in PHOTOCOPY)
    print("rendered", rec["pdf"], rec["scan"] or "")
