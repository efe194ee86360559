"""Where things are on a page image: the characters of the page text with their boxes, a quote's
region, and redaction bars. All boxes are in display points: the page as shown (rotation applied),
origin top left, 72 to the inch, so one SVG viewBox fits every rendering resolution.

A text-layer page's characters and boxes come from PDFium's character array. An OCR'd page's come
from Tesseract's word boxes, recomputed on the first view of the page from the same 300-dpi grey
rendering the import read (Tesseract gives the same words for the same image) and then cached: storing
boxes for every OCR'd page at import would cost about as much space as the page text itself for pages
that are mostly never looked at, and would work only for documents imported after the change.

The stored page text has its furniture (headers, footers, Bates stamps) taken out, so a quote's
offsets in it do not index the page's raw characters; the quote is found again in the raw text, with
whitespace ignored, at the same occurrence."""

from __future__ import annotations

import csv
import ctypes
import difflib
import io
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from PIL import Image

Box = tuple[float, float, float, float]  # left, top, right, bottom in display points
# A quote found only approximately (an OCR engine upgraded since import) must share this much of its
# text with the region drawn; below it nothing is drawn rather than the wrong words.
MIN_FUZZY_SHARE = 0.6
_PRECISION = 100  # FPDF_PageToDevice works in whole device units: map onto a 100x canvas


@dataclass(frozen=True)
class PageText:
    """A page's characters in reading order, each with its box (None for spaces PDFium inserted)."""

    width: float
    height: float
    text: str
    boxes: list[Box | None]

    def to_json(self) -> dict[str, object]:
        return {"width": self.width, "height": self.height, "text": self.text,
                "boxes": [list(box) if box else None for box in self.boxes]}

    @classmethod
    def from_json(cls, data: dict[str, object]) -> PageText:
        boxes = [tuple(box) if box else None for box in data["boxes"]]  # type: ignore[attr-defined]
        return cls(float(data["width"]), float(data["height"]), str(data["text"]), boxes)  # type: ignore[arg-type]


def display_size(page: pdfium.PdfPage) -> tuple[float, float]:
    """The page's size as shown, in points (PDFium swaps width and height for a rotated page)."""
    width, height = page.get_size()
    return float(width), float(height)


def _to_display(page: pdfium.PdfPage, size: tuple[float, float], x: float, y: float) -> tuple[float, float]:
    device_x, device_y = ctypes.c_int(), ctypes.c_int()
    pdfium_c.FPDF_PageToDevice(page.raw, 0, 0, round(size[0] * _PRECISION), round(size[1] * _PRECISION), 0,
                               ctypes.c_double(x), ctypes.c_double(y), ctypes.byref(device_x), ctypes.byref(device_y))
    return device_x.value / _PRECISION, device_y.value / _PRECISION


def page_box(page: pdfium.PdfPage, size: tuple[float, float], bounds: Sequence[float]) -> Box:
    """(left, bottom, right, top) in PDF page space as a display box."""
    left, bottom, right, top = bounds
    x1, y1 = _to_display(page, size, left, bottom)
    x2, y2 = _to_display(page, size, right, top)
    return (round(min(x1, x2), 2), round(min(y1, y2), 2), round(max(x1, x2), 2), round(max(y1, y2), 2))


def layer_text(page: pdfium.PdfPage) -> PageText:
    """Every character of the page's text layer with its box (the caller holds the PDFium lock)."""
    size = display_size(page)
    textpage = page.get_textpage()
    try:
        chars: list[str] = []
        boxes: list[Box | None] = []
        for index in range(textpage.count_chars()):
            code = pdfium_c.FPDFText_GetUnicode(textpage.raw, index)
            char = "\ufffd" if 0xD800 <= code <= 0xDFFF or code > 0x10FFFF else chr(code)
            chars.append(char)
            if char.isspace() or pdfium_c.FPDFText_IsGenerated(textpage.raw, index) == 1:
                boxes.append(None)
                continue
            boxes.append(page_box(page, size, textpage.get_charbox(index)))
    finally:
        textpage.close()
    return PageText(size[0], size[1], "".join(chars), boxes)


def ocr_text(tsv: str, scale: float, size: tuple[float, float]) -> PageText:
    """Tesseract's words in reading order (its block, paragraph, line and word numbers), each character
    carrying its word's box, from a page rendered at `scale` pixels per point."""
    words: list[tuple[tuple[int, int, int, int], str, Box]] = []
    for row in csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE):
        word = (row.get("text") or "").strip()
        if row.get("level") != "5" or not word:
            continue
        left, top = int(row["left"]) / scale, int(row["top"]) / scale
        box = (round(left, 2), round(top, 2), round(left + int(row["width"]) / scale, 2),
               round(top + int(row["height"]) / scale, 2))
        words.append(((int(row["block_num"]), int(row["par_num"]), int(row["line_num"]), int(row["word_num"])), word, box))
    words.sort(key=lambda item: item[0])
    chars: list[str] = []
    boxes: list[Box | None] = []
    previous_line: tuple[int, int, int] | None = None
    for key, word, box in words:
        if previous_line is not None:
            chars.append(" " if key[:3] == previous_line else "\n")
            boxes.append(None)
        chars.extend(word)
        boxes.extend([box] * len(word))
        previous_line = key[:3]
    return PageText(size[0], size[1], "".join(chars), boxes)


def scan_boxes(rects: Sequence[tuple[int, int, int, int]], scale: float) -> list[Box]:
    return [(round(left / scale, 2), round(top / scale, 2), round(right / scale, 2), round(bottom / scale, 2))
            for left, top, right, bottom in rects]


def render_grey(page: pdfium.PdfPage, scale: float) -> Image.Image:
    image: Image.Image = page.render(scale=scale, grayscale=True).to_pil()
    return image


# --- finding a quote ------------------------------------------------------------------------------


def _squeezed(text: str) -> tuple[str, list[int]]:
    """The text without whitespace, compatibility-normalised and case-folded, and for each remaining
    character the index in `text` it came from: a quote is found whatever the line breaks."""
    out: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        for piece in unicodedata.normalize("NFKC", char).casefold():
            if piece.isspace() or unicodedata.category(piece) in ("Cc", "Cf"):
                continue
            out.append(piece)
            origin.append(index)
    return "".join(out), origin


def occurrence_before(page_text: str, quote: str, char_start: int) -> int:
    """How many times the quote appears in the stored page text before this one (0 for the first)."""
    needle = _squeezed(quote)[0]
    if not needle:
        return 0
    return _squeezed(page_text[:char_start])[0].count(needle)


def _find(haystack: str, needle: str, occurrence: int) -> int:
    positions: list[int] = []
    start = haystack.find(needle)
    while start != -1 and len(positions) <= occurrence:
        positions.append(start)
        start = haystack.find(needle, start + 1)
    if not positions:
        return -1
    return positions[occurrence] if occurrence < len(positions) else positions[0]


def _fuzzy(haystack: str, needle: str) -> tuple[int, int] | None:
    """The span of `haystack` sharing most of `needle`'s characters in order, or None when too little
    matches to be sure."""
    matcher = difflib.SequenceMatcher(None, haystack, needle, autojunk=False)
    blocks = [block for block in matcher.get_matching_blocks() if block.size >= 3]
    if not blocks or sum(block.size for block in blocks) < MIN_FUZZY_SHARE * len(needle):
        return None
    start, end = blocks[0].a, blocks[-1].a + blocks[-1].size
    if end - start > 2 * len(needle):
        return None
    return start, end


def quote_boxes(page: PageText, quote: str, occurrence: int = 0) -> list[Box]:
    """One box per line the quote covers on the page; empty when it cannot be found."""
    haystack, origin = _squeezed(page.text)
    needle = _squeezed(quote)[0]
    if not needle:
        return []
    start = _find(haystack, needle, occurrence)
    if start >= 0:
        span = (start, start + len(needle))
    elif (found := _fuzzy(haystack, needle)) is not None:
        span = found
    else:
        return []
    indexes = sorted({origin[i] for i in range(*span)})
    return merge_lines([box for i in indexes if (box := page.boxes[i]) is not None])


def merge_lines(boxes: Sequence[Box], pad: float = 1.0) -> list[Box]:
    """Consecutive character boxes joined into one box per line of text."""
    lines: list[list[float]] = []
    for left, top, right, bottom in boxes:
        if lines:
            current = lines[-1]
            middle = (top + bottom) / 2
            if current[1] <= middle <= current[3] and left >= current[0] - pad:
                current[2] = max(current[2], right)
                current[1], current[3] = min(current[1], top), max(current[3], bottom)
                continue
        lines.append([left, top, right, bottom])
    return [(round(left - pad, 2), round(top - pad, 2), round(right + pad, 2), round(bottom + pad, 2))
            for left, top, right, bottom in lines]
