"""Write docs/*.txt and labels.json from build_a.py / build_b.py (labels written from intent)."""
import json
from pathlib import Path

from build_a import DOCS as A
from build_b import DOCS as B

HERE = Path(__file__).parent
SCANS = {"02": {"photocopy": True, "footer": None},
         "05": {"photocopy": False, "footer": "OP-PRR-24-0031   000017"},
         "06": {"photocopy": True, "footer": None},
         "08": {"photocopy": False, "footer": "HCAO-DC-000114"},
         "09": {"photocopy": False, "footer": None},
         "12": {"photocopy": False, "footer": None}}

records = []
for doc in A + B:
    d = dict(doc)
    text = d.pop("text")
    (HERE / d["file"]).parent.mkdir(parents=True, exist_ok=True)
    (HERE / d["file"]).write_text(text)
    stem = Path(d["file"]).stem
    num = stem[:2]
    d["pdf"] = f"pdf/{stem}.pdf"
    d["scan"] = f"pdf/{stem}.scan.pdf" if num in SCANS else None
    d["image_counts"] = [{"count": c["count"], "quote": c["quote"]} for c in d["counts"]
                         if c["measure"] == "images"]
    order = ["file", "pdf", "scan", "request_agency", "agencies", "vendors", "products", "costs",
             "counts", "image_counts", "policies", "emails", "dates"]
    records.append({k: d[k] for k in order})
(HERE / "labels.json").write_text(json.dumps(records, indent=1) + "\n")
print(len(records), "records")
