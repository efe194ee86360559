"""PDF fixtures the tests (and scripts/make_sample_records.py) build themselves with fpdf2."""

from __future__ import annotations

import datetime as dt
import io
import random
import re
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from fpdf import FPDF
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

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


@dataclass(frozen=True)
class PrintedPage:
    """A page as an email client prints it: runs of text separated by three or more spaces stand in
    columns at their character position (a right-aligned Gmail date, Lotus Notes' "To"/"cc"/"Subject"
    column), with a running header at the top and a footer (page number, Bates stamp) at the bottom."""

    text: str
    header: str | None = None
    footer: str | None = None


PRINT_DPI = 200
_COLUMN_MM = 1.75  # one character position
_PRINT_LINE_MM = 4.6
_PRINT_FONT_PT = 9
_COLUMN_RUN = re.compile(r"\S+(?: {1,2}\S+)*")


def _runs(line: str) -> list[tuple[float, str]]:
    return [(_MARGIN_MM + match.start() * _COLUMN_MM, match.group()) for match in _COLUMN_RUN.finditer(line)]


_MARGIN_MM = 15.0
_TOP_MM = 18.0


def _print_rows(page: PrintedPage, height_mm: float) -> list[tuple[float, list[tuple[float, str]]]]:
    """(y in mm, [(x in mm, text)]) for every line of the page, header and footer included."""
    rows = []
    if page.header:
        rows.append((8.0, _runs(page.header)))
    for number, line in enumerate(page.text.strip("\n").split("\n")):
        rows.append((_TOP_MM + number * _PRINT_LINE_MM, _runs(line)))
    if page.footer:
        rows.append((height_mm - 12.0, _runs(page.footer)))
    return rows


_GRAIN_TILE = 256


def _photocopied(image: Image.Image, randomness: random.Random) -> Image.Image:
    """A photocopy of a print: blots of toner that OCR reads as stray marks, grain, a copier streak
    and a shadow along the edge."""
    draw = ImageDraw.Draw(image)
    for _ in range(randomness.randrange(200, 420)):
        x, y, radius = randomness.randrange(image.width), randomness.randrange(image.height), randomness.uniform(0.6, 1.8)
        draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=randomness.randrange(30, 120))
    streak = randomness.randrange(image.width)
    draw.rectangle((streak, 0, streak + 2, image.height), fill=200)
    for offset in range(24):
        draw.line((offset, 0, offset, image.height), fill=120 + 4 * offset)
    # Grain from the seeded generator (the same input gives the same scan), tiled over the page.
    spread = randomness.uniform(0.08, 0.12)
    tile = Image.frombytes("L", (_GRAIN_TILE, _GRAIN_TILE), randomness.randbytes(_GRAIN_TILE * _GRAIN_TILE))
    tile = tile.point(lambda value: round(128 + (value - 128) * spread))
    grain = Image.new("L", image.size)
    for left in range(0, image.width, _GRAIN_TILE):
        for top in range(0, image.height, _GRAIN_TILE):
            grain.paste(tile, (left, top))
    return ImageChops.add(image, grain, scale=1.0, offset=-128)


def _scanned_print(page: PrintedPage, width_mm: float, height_mm: float, dpi: int, seed: int,
                   photocopy: bool = False) -> Image.Image:
    """The printed page through an office scanner: grey paper and grey toner, skewed, soft, specks of
    dust, saved as a low-quality JPEG; with `photocopy`, a copy of a copy (see _photocopied)."""
    dots = dpi / _MM_PER_INCH
    image = Image.new("L", (round(width_mm * dots), round(height_mm * dots)), 235)
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=round(_PRINT_FONT_PT / 72 * dpi))
    for y, runs in _print_rows(page, height_mm):
        for x, run in runs:
            draw.text((x * dots, y * dots), run, fill=60, font=font)
    randomness = random.Random(seed)
    for _ in range(3000):
        draw.point((randomness.randrange(image.width), randomness.randrange(image.height)), fill=randomness.randrange(160))
    if photocopy:
        image = _photocopied(image, randomness)
    angle, blur = (0.8, 0.9)
    if photocopy:
        angle, blur = randomness.choice((-1, 1)) * randomness.uniform(0.3, 1.0), randomness.uniform(0.4, 0.6)
    image = image.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=235).filter(ImageFilter.GaussianBlur(blur))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=35)
    return Image.open(io.BytesIO(buffer.getvalue())).convert("L")


def write_print_pdf(path: Path, pages: Sequence[PrintedPage], *, scanned: bool = False, dpi: int = PRINT_DPI,
                    photocopy: bool = False) -> Path:
    """A printed thread as a born-digital PDF (text placed in its columns) or as a scan of it (of a
    photocopy of it, with `photocopy`)."""
    pdf = _new_pdf()
    pdf.set_font("Helvetica", size=_PRINT_FONT_PT)
    for number, page in enumerate(pages):
        pdf.add_page()
        if scanned:
            pdf.image(_scanned_print(page, pdf.w, pdf.h, dpi, seed=number, photocopy=photocopy), x=0, y=0, w=pdf.w, h=pdf.h)
            continue
        for y, runs in _print_rows(page, pdf.h):
            for x, run in runs:
                pdf.set_xy(x, y)
                pdf.cell(text=run)
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))
    return path
