"""Renders each document to pdf/NAME.pdf (born-digital) and, where labelled, pdf/NAME.scan.pdf (image
only), through /work/main/tests/pdfs.py. Run build.py and check.py first."""
import sys
sys.dont_write_bytecode = True  # noqa: E402  (nothing is written next to pdfs.py or build.py)

import importlib.util  # noqa: E402
from pathlib import Path  # noqa: E402

HERE = Path("/work/holdout112")
PDFS = Path("/work/main/tests/pdfs.py")


def _load(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


pdfs = _load("pdfs", PDFS)
DOCS = _load("holdout112_build", HERE / "build.py").DOCS


def joined(h, b, f, with_footer):
    parts = ([h, ""] if h else []) + [b.strip("\n")] + (["", f] if (f and with_footer) else [])
    return "\n".join(parts) + "\n"


def main():
    out = HERE / "pdf"
    out.mkdir(exist_ok=True)
    for d in DOCS:
        stem = d["file"][:-4]
        if d["render"] == "print":
            pdfs.write_print_pdf(out / f"{stem}.pdf", [pdfs.PrintedPage(b.strip("\n"), h, f) for h, b, f in d["pages"]])
        else:
            pdfs.write_pdf(out / f"{stem}.pdf", [pdfs.PdfPage(joined(h, b, f, False), stamp=f) for h, b, f in d["pages"]])
        if d["scan"] == "pdf":
            pdfs.write_pdf(out / f"{stem}.scan.pdf",
                           [pdfs.PdfPage(joined(h, b, f, False), scanned=True, stamp=f) for h, b, f in d["pages"]])
        elif d["scan"] in ("print", "photocopy"):
            pdfs.write_print_pdf(out / f"{stem}.scan.pdf", [pdfs.PrintedPage(b.strip("\n"), h, f) for h, b, f in d["pages"]],
                                 scanned=True, photocopy=d["scan"] == "photocopy")
        print("rendered", stem, "+ scan" if d["scan"] else "")


if __name__ == "__main__":
    main()
