"""PDF fixtures the tests (and scripts/make_sample_records.py) build themselves with fpdf2."""

from __future__ import annotations

import datetime as dt
import textwrap
from collections.abc import Sequence
from pathlib import Path

from fpdf import FPDF

FIXED_DATE = dt.datetime(2018, 6, 1, tzinfo=dt.UTC)  # fixed metadata, so the same input gives the same bytes


def _new_pdf() -> FPDF:
    pdf = FPDF(format="letter")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_auto_page_break(False)
    pdf.set_font("Helvetica", size=10)
    return pdf


def write_text_pdf(path: Path, pages: Sequence[str], *, header: str | None = None, footer: str | None = None) -> Path:
    """A born-digital PDF: one string per page, lines kept as given (long ones wrapped at 95 columns).
    `header`/`footer` may contain {page} and {pages}."""
    pdf = _new_pdf()
    for number, text in enumerate(pages, start=1):
        pdf.add_page()
        if header:
            pdf.set_xy(pdf.l_margin, 8)
            pdf.cell(text=header.format(page=number, pages=len(pages)))
        pdf.set_xy(pdf.l_margin, 20)
        for line in text.split("\n"):
            pieces = textwrap.wrap(line, 95)
            if not pieces:
                pdf.ln(5)
            for piece in pieces:
                pdf.cell(text=piece, new_x="LMARGIN", new_y="NEXT", h=5)
        if footer:
            pdf.set_xy(pdf.l_margin, pdf.h - 15)
            pdf.cell(text=footer.format(page=number, pages=len(pages)))
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))
    return path
