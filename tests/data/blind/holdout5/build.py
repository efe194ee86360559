"""Build the held-out set: write .txt, labels.json, born-digital and scanned PDFs from src/dNN.py."""
import importlib.util, json, sys
from pathlib import Path
sys.path.insert(0, "/work/main")
sys.dont_write_bytecode = True
from tests.pdfs import write_text_pdf, write_print_pdf, PrintedPage

ROOT = Path(__file__).parent
KEYS_COST = ["amount_min", "amount_max", "currency", "period", "unit", "quote", "agency", "vendor", "product"]
records = []
for src in sorted((ROOT / "src").glob("d*.py")):
    spec = importlib.util.spec_from_file_location(src.stem, src)
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    txt = ROOT / m.NAME
    txt.write_text("\f".join(p.strip("\n") + "\n" for p in m.PAGES), "utf-8")
    pages = txt.read_text("utf-8").split("\f")
    pdf = ROOT / "pdf" / m.NAME.replace(".txt", ".pdf")
    if m.STYLE == "print":
        write_print_pdf(pdf, [PrintedPage(p) for p in pages])
    else:
        write_text_pdf(pdf, pages)
    rec = {"file": m.NAME, "pdf": f"pdf/{pdf.name}"}
    if m.SCAN:
        scan = ROOT / "scan" / m.NAME.replace(".txt", ".scan.pdf")
        write_print_pdf(scan, [PrintedPage(p) for p in pages], scanned=True, photocopy=m.PHOTOCOPY)
        rec["scan"] = f"scan/{scan.name}"
    else:
        rec["scan"] = None
    L = dict(m.LABEL)
    traps = L.pop("traps", None)
    rec.update({k: L[k] for k in ["request_agency", "agencies", "vendors", "products"]})
    costs = []
    for c in L["costs"]:
        c = dict(c); c.setdefault("currency", "USD"); c.setdefault("unit", None)
        costs.append({k: c[k] for k in KEYS_COST})
    rec["costs"] = costs
    rec["counts"] = L["counts"]
    rec["image_counts"] = L["image_counts"]
    rec["policies"] = L["policies"]
    rec["emails"] = L["emails"]
    rec["traps"] = traps
    records.append(rec)
    print("built", m.NAME, "scan" if m.SCAN else "")
(ROOT / "labels.json").write_text(json.dumps(records, indent=1, ensure_ascii=False) + "\n", "utf-8")
