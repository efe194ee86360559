"""Price tables as a vendor or a purchasing office prints them, generated with fpdf2: quotes,
invoices, purchase orders and price sheets in several layouts (ruled grid, borderless aligned
columns, horizontal rules only, wrapped descriptions, per-year columns), and scanned copies."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
from fpdf import FPDF

from tests.pdfs import FIXED_DATE

Row = Sequence[str]


@dataclass(frozen=True)
class PriceTable:
    """A page: lines of text above the table, the table, lines below it."""

    before: Sequence[str]
    rows: Sequence[Row]
    widths: Sequence[float]
    after: Sequence[str] = ()
    borders: str = "ALL"  # fpdf2 borders_layout: ALL | NONE | HORIZONTAL_LINES | ...
    align: Sequence[str] | None = None


def write_table_pdf(path: Path, pages: Sequence[PriceTable]) -> Path:
    pdf = FPDF(format="letter")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_auto_page_break(False)
    pdf.set_font("Helvetica", size=10)
    for page in pages:
        pdf.add_page()
        for line in page.before:
            pdf.multi_cell(w=0, h=5, text=line, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
        align = page.align or ["LEFT"] * (len(page.widths) - 3) + ["RIGHT"] * 3
        with pdf.table(col_widths=tuple(page.widths), text_align=tuple(align), borders_layout=page.borders,
                       first_row_as_headings=True, line_height=5) as table:
            for row in page.rows:
                table.row(row)
        pdf.ln(4)
        for line in page.after:
            pdf.multi_cell(w=0, h=5, text=line, new_x="LMARGIN", new_y="NEXT")
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))
    return path


def scan_of(pdf_path: Path, path: Path, dpi: int = 200) -> Path:
    """An image-only copy: each page rendered at `dpi` and placed as a picture, no text layer."""
    document = pdfium.PdfDocument(str(pdf_path))
    pdf = FPDF(format="letter")
    pdf.set_creation_date(FIXED_DATE)
    try:
        for index in range(len(document)):
            image = document[index].render(scale=dpi / 72, grayscale=True).to_pil()
            pdf.add_page()
            pdf.image(image, x=0, y=0, w=pdf.w, h=pdf.h)
    finally:
        document.close()
    pdf.output(str(path))
    return path


QUOTE = PriceTable(
    before=["QUOTATION Q-2019-044", "Vendor: Northwind Vision Systems, 400 Harbor Way, Tacoma WA",
            "Prepared for: Cedar County Sheriff's Office. Prices valid for 60 days."],
    rows=[("Item", "Description", "Qty", "Unit Price", "Extended"),
          ("1", "FaceSearch named user license, annual subscription", "10", "$1,200.00", "$12,000.00"),
          ("2", "Onboarding and training (one-time)", "1", "$2,500.00", "$2,500.00"),
          ("3", "Mobile app seat", "25", "$99.00", "$2,475.00"),
          ("", "Subtotal", "", "", "$16,975.00"),
          ("", "Sales tax 8.25%", "", "", "$1,400.44"),
          ("", "Total", "", "", "$18,375.44")],
    widths=(12, 88, 15, 30, 30),
    align=("LEFT", "LEFT", "RIGHT", "RIGHT", "RIGHT"),
    after=["Payment terms: net 30. Please reference the quote number on your purchase order; the total of "
           "$18,375.44 above includes sales tax."],
)

INVOICE_WRAPPED = PriceTable(
    before=["INVOICE 2020-0117", "Bill to: City of Lakeside Police Department, Attn: Records Unit",
            "Invoice date: March 4, 2020"],
    rows=[("Description", "Quantity", "Unit Cost", "Amount"),
          ("Face recognition server software, perpetual license including installation at the records center", "1",
           "$45,000.00", "$45,000.00"),
          ("Camera integration module for existing booking stations, per camera", "12", "$350.00", "$4,200.00"),
          ("First-year maintenance and support", "1", "$6,750.00", "$6,750.00"),
          ("Public safety discount 10%", "", "", "($5,595.00)"),
          ("Amount due", "", "", "$50,355.00")],
    widths=(95, 20, 30, 30),
    borders="NONE",
    after=["Thank you for your business. Remit to Northwind Vision Systems within 30 days."],
)

PURCHASE_ORDER = PriceTable(
    before=["PURCHASE ORDER PO-88213", "Ship to: Metro Transit Police, 12 Depot Street"],
    rows=[("Line", "Item", "Qty", "Unit", "Unit Price", "Total"),
          ("1", "Watchlist alert service", "40", "camera", "$30.00", "$1,200.00"),
          ("2", "Analyst console", "5", "user", "$480.00", "$2,400.00"),
          ("3", "Pilot credit", "1", "", "$250.00", "-$250.00"),
          ("", "Order total", "", "", "", "$3,350.00")],
    widths=(12, 70, 15, 20, 30, 30),
    borders="HORIZONTAL_LINES",
    align=("LEFT", "LEFT", "RIGHT", "LEFT", "RIGHT", "RIGHT"),
)

PRICE_SHEET = PriceTable(
    before=["ATTACHMENT B - PRICE SHEET", "Three-year pricing for the provincial pilot."],
    rows=[("Component", "Year 1 (CAD)", "Year 2 (CAD)", "Year 3 (CAD)", "Total (CAD)"),
          ("Cloud matching service", "24,000.00", "24,000.00", "24,000.00", "72,000.00"),
          ("Gallery hosting (up to 2 million images)", "6,000.00", "6,600.00", "7,260.00", "19,860.00"),
          ("Annual total", "30,000.00", "30,600.00", "31,260.00", "91,860.00")],
    widths=(70, 28, 28, 28, 28),
    align=("LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"),
)

EURO_QUOTE = PriceTable(
    before=["Angebot / Quotation 77-B", "Customer: Regional Police Directorate"],
    rows=[("Pos.", "Description", "Qty", "Unit price", "Total"),
          ("1", "Biometric search appliance", "2", "12.500,00 EUR", "25.000,00 EUR"),
          ("2", "Operator licence", "3", "1.200,50 EUR", "3.601,50 EUR"),
          ("", "Total", "", "", "28.601,50 EUR")],
    widths=(12, 90, 15, 30, 30),
    align=("LEFT", "LEFT", "RIGHT", "RIGHT", "RIGHT"),
)

PROSE = ("Sergeant Kim,\nThe county would pay $6 a month per user for the first year, and the grant covers "
         "$25,000 of the pilot. Storage is billed separately.\nRegards,\nMorgan")
