"""PDF fixtures the tests (and scripts/make_sample_records.py) build themselves with fpdf2."""

from __future__ import annotations

import datetime as dt
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont

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


@dataclass(frozen=True)
class PdfPage:
    """One page of a generated release: born-digital text, or (scanned=True) an image of the text
    with no text layer, as a records office's scanner produces. `stamp` is printed at the bottom of
    the page (a Bates number); `boxes` are solid black rectangles (x, y, w, h in mm): drawn over a
    born-digital page, inked into a scanned one."""

    text: str
    scanned: bool = False
    stamp: str | None = None
    boxes: tuple[tuple[float, float, float, float], ...] = ()
    text_stamp: bool = False  # on a scanned page: the stamp as text over the image, as e-discovery tools add it


SCAN_DPI = 150
_MM_PER_INCH = 25.4


def _scan_image(pdf: FPDF, text: str, stamp: str | None, boxes: Sequence[tuple[float, float, float, float]]) -> Image.Image:
    """The page as a scanner would see it: black text on white, about 11 pt at 150 dpi, with any
    redaction bars inked into the image."""
    size = (round(pdf.w / _MM_PER_INCH * SCAN_DPI), round(pdf.h / _MM_PER_INCH * SCAN_DPI))
    image = Image.new("L", size, 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=24)
    y = 120
    for line in text.split("\n"):
        for piece in textwrap.wrap(line, 80) or [""]:
            draw.text((110, y), piece, fill=0, font=font)
            y += 34
    if stamp:
        draw.text((size[0] - 330, size[1] - 100), stamp, fill=0, font=font)
    dots = SCAN_DPI / _MM_PER_INCH
    for x, y, w, h in boxes:
        draw.rectangle((x * dots, y * dots, (x + w) * dots, (y + h) * dots), fill=0)
    return image


def write_pdf(path: Path, pages: Sequence[PdfPage], *, user_password: str | None = None) -> Path:
    """A release mixing born-digital and scanned pages; `user_password` encrypts it."""
    pdf = _new_pdf()
    for page in pages:
        pdf.add_page()
        if page.scanned:
            scan = _scan_image(pdf, page.text, None if page.text_stamp else page.stamp, page.boxes)
            pdf.image(scan, x=0, y=0, w=pdf.w, h=pdf.h)
            if page.stamp and page.text_stamp:
                pdf.set_xy(pdf.w - 50, pdf.h - 15)
                pdf.cell(text=page.stamp)
        else:
            pdf.set_xy(pdf.l_margin, 20)
            for line in page.text.split("\n"):
                pieces = textwrap.wrap(line, 95)
                if not pieces:
                    pdf.ln(5)
                for piece in pieces:
                    pdf.cell(text=piece, new_x="LMARGIN", new_y="NEXT", h=5)
            if page.stamp:
                pdf.set_xy(pdf.w - 50, pdf.h - 15)
                pdf.cell(text=page.stamp)
        pdf.set_fill_color(0)
        for x, y, w, h in () if page.scanned else page.boxes:
            pdf.rect(x, y, w, h, style="F")
    if user_password:
        pdf.set_encryption(owner_password=user_password + "-owner", user_password=user_password)
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))
    return path
