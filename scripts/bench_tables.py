"""Benchmark reading price tables: what it costs on table pages, and that other pages pay almost nothing.

    python scripts/bench_tables.py                      # 200 table pages, 500 text pages, 2 scanned pages
    python scripts/bench_tables.py --table-pages 1000 --ocr-pages 0

Reads generated PDFs with foia's PDF handler (PDFium text, cleanup, and, where a table is likely,
pdfplumber or column alignment) with table reading on, and off (the "is a table likely?" test
answering no), best of 5 runs each in the same process, and prints pages/s and their ratio; then
the same on a plain text release (printed emails with a few amounts in prose), where no page
should be read as a table; then `find_table_costs` over the table pages; then seconds per scanned
table page with and without the table pass of the OCR (a second Tesseract reading). Needs the
test extra (fpdf2) to generate the PDFs."""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import foia.ingest.ocr as ocr_module  # noqa: E402
import foia.ingest.pdf as pdf_module  # noqa: E402
from foia.extract.tables import find_table_costs  # noqa: E402
from foia.ingest import PageText, ingest_file  # noqa: E402
from foia.ingest.ocr import RENDER_DPI, OcrSettings, ocr_image  # noqa: E402
from scripts.bench_import import text_pages  # noqa: E402
from tests.pdfs import write_text_pdf  # noqa: E402
from tests.price_tables import (  # noqa: E402
    EURO_QUOTE,
    INVOICE_WRAPPED,
    PRICE_SHEET,
    PURCHASE_ORDER,
    QUOTE,
    scan_of,
    write_table_pdf,
)

LAYOUTS = [QUOTE, INVOICE_WRAPPED, PURCHASE_ORDER, PRICE_SHEET, EURO_QUOTE]


@contextmanager
def tables_off() -> Iterator[None]:
    """Table reading off: the likely-table test answers no, as it does for a page of prose."""
    modules = (pdf_module, ocr_module)  # each imported the test by name
    saved = [module.likely_table for module in modules]
    for module in modules:
        module.likely_table = lambda text, rulings=None: False
    try:
        yield
    finally:
        for module, test in zip(modules, saved, strict=True):
            module.likely_table = test


def best(work: Callable[[], object], runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def compare(label: str, path: Path, pages: int) -> list[PageText]:
    read: list[PageText] = []
    with_tables = best(lambda: read.extend(ingest_file(path).pages) if not read else ingest_file(path))
    with tables_off():
        without = best(lambda: ingest_file(path))
    flagged = sum(bool(page.tables) for page in read)
    print(f"{label}, {pages} pages ({flagged} with tables read)")
    print(f"  tables off:  {without:6.2f} s  {pages / without:7.0f} pages/s")
    print(f"  tables on:   {with_tables:6.2f} s  {pages / with_tables:7.0f} pages/s  "
          f"({with_tables / without:.2f}x the time without)")
    return read


def bench_extraction(pages: list[PageText]) -> None:
    costs: list[int] = []
    seconds = best(lambda: costs.append(sum(len(find_table_costs(page)) for page in pages)))
    print(f"  find_table_costs: {seconds:6.3f} s  {len(pages) / seconds:7.0f} pages/s  ({costs[0]} costs)")


def bench_ocr(work: Path, pages: int) -> None:
    import pypdfium2 as pdfium

    source = write_table_pdf(work / "ocr-tables.pdf", [LAYOUTS[n % len(LAYOUTS)] for n in range(pages)])
    scan = scan_of(source, work / "ocr-tables-scan.pdf", dpi=200)
    document = pdfium.PdfDocument(str(scan))
    images = [document[n].render(scale=RENDER_DPI / 72, grayscale=True).to_pil() for n in range(pages)]
    document.close()
    settings = OcrSettings()
    found: list[int] = []
    with_tables = best(lambda: found.append(sum(len(ocr_image(image, settings).tables) for image in images)), runs=1)
    with tables_off():
        without = best(lambda: [ocr_image(image, settings) for image in images], runs=1)
    print(f"scanned table pages, {pages} at {RENDER_DPI} dpi ({found[0]} tables read)")
    print(f"  OCR, tables off:  {without / pages:6.2f} s/page")
    print(f"  OCR, tables on:   {with_tables / pages:6.2f} s/page  ({with_tables / without:.2f}x: the table pass is a "
          f"second Tesseract reading, on table pages only)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--table-pages", type=int, default=200, help="pages of the table release (default 200)")
    parser.add_argument("--text-pages", type=int, default=500, help="pages of the text release (default 500)")
    parser.add_argument("--ocr-pages", type=int, default=2, help="scanned table pages (0 skips OCR)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="foia-bench-tables-") as directory:
        work = Path(directory)
        tables = write_table_pdf(work / "tables.pdf", [LAYOUTS[n % len(LAYOUTS)] for n in range(args.table_pages)])
        table_pages = compare("price tables (quotes, invoices, purchase orders, price sheets)", tables, args.table_pages)
        bench_extraction(table_pages)
        text = write_text_pdf(work / "text.pdf", text_pages(args.text_pages, 0), footer="WCSO {page:06d}")
        compare("text release (printed emails)", text, args.text_pages)
        if args.ocr_pages:
            bench_ocr(work, args.ocr_pages)


if __name__ == "__main__":
    main()
