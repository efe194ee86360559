"""PDF pages: text from the text layer through pypdfium2 (PDFium, roughly 50x faster than
pdfplumber's layout-aware extraction, and its lines keep table rows whole), Tesseract OCR for pages
without a usable text layer, page furniture removed, redactions counted (vector boxes through
PDFium's C API). Page furniture and text redaction markers are the pages stage's (foia.pages). A page
that cannot be read or rendered keeps what could be read, with the reason on the page: one bad page
never fails the document, let alone the batch."""

from __future__ import annotations

import ctypes
import functools
import itertools
import re
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from PIL import Image

from foia.cleanup import PAGE_MARKER, bates_in
from foia.ingest import (
    EMBEDDED_MAGIC,
    MAGIC_AT_START,
    NOT_THIS_FORMAT,
    SNIFF_BYTES,
    Handler,
    IngestedDocument,
    IngestError,
    PageText,
    ReadOptions,
    reason_of,
)
from foia.ingest.columns import Table
from foia.ingest.ocr import (
    RENDER_DPI,
    OcrError,
    OcrResult,
    OcrSettings,
    ocr_image,
    stop_running,
    tesseract_path,
)
from foia.ingest.scan_boxes import dark_boxes
from foia.ingest.tables import count_rulings, likely_table, read_pdf_tables
from foia.redactions import BLACK_BOX

MEDIA_TYPE = "application/pdf"
DESCRIPTION = "PDF"

# A page whose text layer has fewer letters and digits than this (page stamps aside) is a scan.
MIN_USABLE_ALNUM = 20
# A filled path at least this big (in points) and this dark is a redaction box, not a rule or bullet.
MIN_BOX_WIDTH, MIN_BOX_HEIGHT, MAX_BOX_SHARE = 12.0, 5.0, 0.6
MAX_DARK_CHANNEL = 40
BLACK_BOX_OVER_TEXT = "black box over text"
_ALNUM = re.compile(r"[^\W_]", re.UNICODE)


# A PDF that lost its header line but still starts with the binary comment and its first object.
_HEADERLESS = re.compile(rb"%[^\r\n]{0,40}[\r\n]+\s*\d{1,9}\s+\d{1,5}\s+obj\b")


def score(head: bytes) -> int:
    """%PDF- at byte 0; readers accept it anywhere in the sniffed bytes (a mail gateway's banner, a
    print spooler's preamble before it), and a file that lost its header line but opens with a comment
    and an object is a PDF too (qpdf reads it). Embedded evidence scores below the formats anchored at
    byte 0, which may hold a raw PDF (an Outlook file, a stored zip)."""
    if head.startswith(b"%PDF-"):
        return MAGIC_AT_START
    return EMBEDDED_MAGIC if b"%PDF-" in head or _HEADERLESS.match(head) is not None else NOT_THIS_FORMAT


# PDFium's words for a file it cannot parse at all: a reason a reader can act on instead.
_PDFIUM_REASONS = {"success": "damaged beyond repair", "unknown error": "damaged beyond repair",
                   "data format error": "data format error", "file access error": "cannot read the file"}


def _repaired(source: Path | bytes) -> bytes | None:
    """The file rewritten by qpdf (through pikepdf, its maintained Python binding) when qpdf can read
    it: qpdf rebuilds damaged cross-reference tables, skips junk before the header and removes an
    encryption whose user password is empty. Only tried where PDFium fails: it costs a full rewrite."""
    import io

    import pikepdf

    try:
        with pikepdf.open(source if isinstance(source, Path) else io.BytesIO(source), password="", attempt_recovery=True) as pdf:
            buffer = io.BytesIO()
            pdf.save(buffer)
            return buffer.getvalue()
    except Exception:  # noqa: BLE001 - qpdf cannot read it either; PDFium's reason stands
        return None


def _without_preamble(source: Path | bytes) -> bytes | None:
    """The file from its %PDF- header on, when junk comes first: its offsets count from the header
    (as poppler reads them), and PDFium looks for the header in the first kilobyte only."""
    if isinstance(source, Path):
        with source.open("rb") as handle:
            start = handle.read(SNIFF_BYTES).find(b"%PDF-")
            if start <= 0:
                return None
            handle.seek(start)
            return handle.read()
    start = source[:SNIFF_BYTES].find(b"%PDF-")
    return source[start:] if start > 0 else None


def _uses_brotli(source: Path | bytes) -> bool:
    import mmap

    if isinstance(source, bytes):
        return b"/BrotliDecode" in source
    with source.open("rb") as handle, mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as data:
        return data.find(b"/BrotliDecode") >= 0


def _ends_with_eof_marker(source: Path | bytes) -> bool:
    """Whether %%EOF is in the last kilobyte: a PDF cut short (a download that stopped) has none."""
    if isinstance(source, bytes):
        return b"%%EOF" in source[-1024:]
    with source.open("rb") as handle:
        handle.seek(max(source.stat().st_size - 1024, 0))
        return b"%%EOF" in handle.read()


def _open(source: Path | bytes) -> tuple[pdfium.PdfDocument, str | None]:
    """The document, and how it had to be repaired to open (noted on its pages), or None."""
    try:
        return pdfium.PdfDocument(str(source) if isinstance(source, Path) else source), None
    except pdfium.PdfiumError as exc:
        words = str(exc).rstrip(".").split("PDFium: ")[-1].rstrip(")").lower()
    if _uses_brotli(source):
        raise IngestError("PDF compressed with Brotli (/BrotliDecode, a proposed PDF extension no reader here supports)")
    attempts = ((_without_preamble, "read from its %PDF- header on (other data came first)"),
                (_repaired, f"read after qpdf repaired the file (PDFium: {words})"))
    for repair, note in attempts:
        repaired = repair(source)
        if repaired is None:
            continue
        if not _ends_with_eof_marker(source):
            # What qpdf rebuilds of a file cut short would lack pages, or their ends, without a word.
            raise IngestError(f"truncated PDF (no end-of-file marker; a download cut short?) that PDFium cannot read ({words})")
        try:
            return pdfium.PdfDocument(repaired), note
        except pdfium.PdfiumError:
            pass
    if "password" in words:
        raise IngestError("encrypted PDF (needs a password; an empty one was tried)")
    raise IngestError(f"unreadable PDF ({_PDFIUM_REASONS.get(words, words)}; qpdf could not repair it either)")


def has_usable_text(text: str) -> bool:
    """Enough letters and digits once page numbers and Bates stamps are set aside. Counted line by line
    and only until there are enough: a page of text is settled by its first lines (checking every
    line of every page for a stamp cost a tenth of reading the text layer)."""
    if len(_ALNUM.findall(text)) < MIN_USABLE_ALNUM:
        return False
    found = 0
    for line in text.split("\n"):
        if not bates_in(line) and not PAGE_MARKER.match(line.strip()):
            found += len(_ALNUM.findall(line))
            if found >= MIN_USABLE_ALNUM:
                return True
    return False


def _is_dark_box(obj: ctypes.c_void_p, page_area: float) -> tuple[float, float, float, float] | None:
    """The bounds of a filled, near-black path the size of a redaction bar, else None."""
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    if not pdfium_c.FPDFPageObj_GetBounds(obj, *(ctypes.byref(v) for v in (left, bottom, right, top))):
        return None
    width, height = right.value - left.value, top.value - bottom.value
    if width < MIN_BOX_WIDTH or height < MIN_BOX_HEIGHT or width * height > MAX_BOX_SHARE * page_area:
        return None
    fill_mode, stroke = ctypes.c_int(), ctypes.c_int()
    if not pdfium_c.FPDFPath_GetDrawMode(obj, ctypes.byref(fill_mode), ctypes.byref(stroke)) or not fill_mode.value:
        return None
    r, g, b, a = (ctypes.c_uint() for _ in range(4))
    if not pdfium_c.FPDFPageObj_GetFillColor(obj, *(ctypes.byref(c) for c in (r, g, b, a))):
        return None
    if a.value <= 200 or max(r.value, g.value, b.value) > MAX_DARK_CHANNEL:
        return None
    return left.value, bottom.value, right.value, top.value


def _paths(count: int, get: Callable[[int], ctypes.c_void_p], kind: int = pdfium_c.FPDF_PAGEOBJ_PATH,
           depth: int = 0) -> Iterator[ctypes.c_void_p]:
    """Path objects (or objects of another `kind`) of a page, including those inside form XObjects
    (through PDFium's C API: the object wrappers cost more than the rest of reading a page)."""
    for index in range(count):
        obj = get(index)
        found = pdfium_c.FPDFPageObj_GetType(obj)
        if found == kind:
            yield obj
        elif found == pdfium_c.FPDF_PAGEOBJ_FORM and depth < 4:
            yield from _paths(pdfium_c.FPDFFormObj_CountObjects(obj),
                              functools.partial(pdfium_c.FPDFFormObj_GetObject, obj), kind, depth + 1)


def has_image(page: pdfium.PdfPage) -> bool:
    """Whether the page draws a raster image (also inline, or inside a form XObject): what a scan is."""
    raw = page.raw
    images = _paths(pdfium_c.FPDFPage_CountObjects(raw), lambda i: pdfium_c.FPDFPage_GetObject(raw, i),
                    pdfium_c.FPDF_PAGEOBJ_IMAGE)
    return next(images, None) is not None


# A page without an image is still read by OCR when a coarse rendering is this dark over this share of
# its area (text drawn as vector outlines: a page of text is 2-5%); a footer line alone is under 0.1%.
INK_DARK, INK_SHARE, INK_PREVIEW_DPI = 192, 0.005, 36


def draws_ink(page: pdfium.PdfPage) -> bool:
    """Whether a coarse rendering of the page shows the ink of a page of text: one converted to outlines
    has no text layer and no image, yet renders as a scan would."""
    try:
        image: Image.Image = page.render(scale=INK_PREVIEW_DPI / 72, grayscale=True).to_pil()
    except Exception:  # noqa: BLE001 - a page PDFium cannot draw goes to OCR, whose rendering records why
        return True
    dark = sum(image.convert("L").histogram()[:INK_DARK])
    return dark > INK_SHARE * image.width * image.height


def wants_ocr(page: pdfium.PdfPage, text: str) -> bool:
    """A page is read by OCR when its text layer has too little text and it carries a raster image or
    renders as a page of ink. A page with little text and nothing else (only a footer "XCSO 000001" on
    an overflow page) is an almost-empty page, not a scan."""
    return not has_usable_text(text) and (has_image(page) or draws_ink(page))


def dark_box_bounds(page: pdfium.PdfPage) -> list[tuple[float, float, float, float]]:
    """(left, bottom, right, top) in page space of each solid dark box the size of a redaction bar;
    `foia serve` draws them over the page image."""
    width, height = page.get_size()
    raw = page.raw
    paths = _paths(pdfium_c.FPDFPage_CountObjects(raw), lambda i: pdfium_c.FPDFPage_GetObject(raw, i))
    return [bounds for obj in paths if (bounds := _is_dark_box(obj, width * height)) is not None]


def black_boxes(page: pdfium.PdfPage, textpage: pdfium.PdfTextPage) -> tuple[int, int]:
    """(solid dark boxes, how many of them still have text underneath): redaction bars, where the
    second kind is a redaction that hid nothing."""
    boxes = dark_box_bounds(page)
    over_text = sum(1 for bounds in boxes if textpage.get_text_bounded(*bounds).strip())
    return len(boxes), over_text


@dataclass
class _RawPage:
    text: str
    boxes: int = 0
    boxes_over_text: int = 0
    ocr: OcrResult | None = None
    wants_ocr: bool = False
    table_likely: bool = False
    tables: list[Table] = field(default_factory=list)
    problem: str | None = None  # why the page's text may be missing or incomplete


_SINGLE_SPACE = re.compile(r"(?<=\S) (?=\S)")


def with_column_gaps(textpage: pdfium.PdfTextPage, text: str) -> str:
    """The text layer with its column gaps kept: PDFium prints one space for any gap between words, so
    "412,300 images      $412.30" and a price row's cells came out run together, and no blank line.
    Each space becomes as many spaces as its gap holds space widths, each line keeps its indent, and a
    taller gap between lines its blank lines, as `pdftotext -layout` lays a page out; nothing else of
    the text changes. Text outside the page's box after all of it (a footer printed below the margin)
    leaves the rest one character per PDFium index; text that is not (text outside the box in between)
    is returned as it is."""
    count = textpage.count_chars()
    if count == 0 or len(text) > count or textpage.get_text_range(0, len(text)) != text:
        return text
    box = pdfium_c.FS_RECTF()
    handle = textpage.raw
    gaps: list[tuple[int, float, float]] = []  # (index, the space's width, the gap after it)
    for space in _SINGLE_SPACE.finditer(text):
        index = space.start()
        if not pdfium_c.FPDFText_GetLooseCharBox(handle, index, box):
            continue
        space_left, space_right = box.left, box.right
        if not pdfium_c.FPDFText_GetLooseCharBox(handle, index + 1, box):
            continue
        gaps.append((index, space_right - space_left, box.left - space_right))
    widths = sorted(width for _, width, _ in gaps if width > 0)
    if not widths:
        return text
    typical = widths[len(widths) // 2]
    spaced: list[tuple[int, int, str]] = []  # (start, end, replacement) in text order
    for index, width, after in gaps:
        width = width if width > 0 else typical
        if after > width / 2:
            spaced.append((index, index + 1, " " * (1 + round(after / width))))
    spaced.extend(_indents(textpage, text, typical))
    pieces: list[str] = []
    done = 0
    for start, end, replacement in sorted(spaced):
        pieces.append(text[done:start])
        pieces.append(replacement)
        done = end
    pieces.append(text[done:])
    return "".join(pieces)


_LINE_START = re.compile(r"(?:^|(?<=\n))(?P<space> ?)(?=[^\s])")
_MAX_INDENT = 80
_MAX_BLANK_LINES = 3


def _indents(textpage: pdfium.PdfTextPage, text: str, space_width: float) -> list[tuple[int, int, str]]:
    """Each line's indent from the page's left margin, in space widths (a table's second header line
    "                 submitted   candidate list" keeps its place over its columns), and the blank lines
    a taller gap above it stands for (between an email's header and its body, between paragraphs)."""
    box = pdfium_c.FS_RECTF()
    starts: list[tuple[int, int, float, float]] = []  # (start, first character, left, bottom)
    heights: list[float] = []
    for line in _LINE_START.finditer(text):
        if pdfium_c.FPDFText_GetLooseCharBox(textpage.raw, line.end(), box):
            starts.append((line.start(), line.end(), box.left, box.bottom))
            heights.append(box.top - box.bottom)
    if not starts:
        return []
    margin = min(left for _, _, left, _ in starts)
    height = sorted(heights)[len(heights) // 2]
    # The line pitch: the closest two lines sit (a superscript's smaller step aside), so that on a page
    # with a blank line under most lines the blank lines still show.
    steps = [above[3] - below[3] for above, below in itertools.pairwise(starts) if above[3] - below[3] >= 0.8 * height]
    pitch = min(steps, default=0.0)
    found = []
    for index, (start, first, left, bottom) in enumerate(starts):
        spaces = min(_MAX_INDENT, round((left - margin) / space_width))
        step = starts[index - 1][3] - bottom if index and pitch > 0 else 0.0
        blank = min(_MAX_BLANK_LINES, round(step / pitch) - 1) if step > 1.5 * pitch else 0
        if spaces >= 2 or blank:
            found.append((start, first, "\r\n" * blank + " " * (spaces if spaces >= 2 else first - start)))
    return found


def _read_layer(document: pdfium.PdfDocument, index: int) -> _RawPage:
    try:
        page = document[index]
    except pdfium.PdfiumError as exc:
        return _RawPage(text="", wants_ocr=True, problem=f"page cannot be loaded ({reason_of(exc)})")
    try:
        textpage = page.get_textpage()
        try:
            text = with_column_gaps(textpage, textpage.get_text_bounded()).replace("\r\n", "\n").replace("\r", "\n")
            boxes, over_text = black_boxes(page, textpage)
            raw = page.raw
            table_likely = likely_table(text, lambda: count_rulings(
                _paths(pdfium_c.FPDFPage_CountObjects(raw), lambda i: pdfium_c.FPDFPage_GetObject(raw, i))))
            scan = wants_ocr(page, text)
        finally:
            textpage.close()
    except pdfium.PdfiumError as exc:
        return _RawPage(text="", wants_ocr=True, problem=f"text layer unreadable ({reason_of(exc)})")
    finally:
        page.close()
    return _RawPage(text=text, boxes=boxes, boxes_over_text=over_text, wants_ocr=scan,
                    table_likely=table_likely)


# A page is rendered for OCR at RENDER_DPI, but never into more pixels than this (a hostile MediaBox
# of 200 inches square would otherwise ask for a multi-gigabyte image): 64 Mpx is a tabloid page at 300 dpi.
MAX_RENDER_PIXELS = 64_000_000


def render_scale(width: float, height: float) -> float:
    scale = RENDER_DPI / 72
    area = max(width, 1.0) * max(height, 1.0) * scale * scale
    return scale if area <= MAX_RENDER_PIXELS else scale * (MAX_RENDER_PIXELS / area) ** 0.5


def _render(document: pdfium.PdfDocument, index: int):  # type: ignore[no-untyped-def]
    page = document[index]
    try:
        width, height = page.get_size()
        if width < 1 or height < 1:
            # A crop box outside the media box leaves nothing visible (PDFium reports 0 x 0, and the
            # renderer refuses): what the scanner put on the page is in the media box, so OCR that.
            page.set_cropbox(*page.get_mediabox())
            width, height = page.get_size()
        return page.render(scale=render_scale(width, height), grayscale=True).to_pil()
    finally:
        page.close()


def _ocr_pages(document: pdfium.PdfDocument, pages: list[_RawPage], indexes: list[int], settings: OcrSettings,
               on_pages: Callable[[int], None] | None) -> None:
    """Render in this thread (PDFium is not thread-safe) and run up to `parallel_pages` Tesseract
    processes at once; a page that fails keeps its layer text and stays marked as needing OCR."""
    in_flight: dict[int, Future[OcrResult]] = {}

    def collect(index: int) -> None:
        try:
            pages[index].ocr = in_flight.pop(index).result()
        except OcrError as exc:  # the page keeps its layer text and stays marked as needing OCR
            pages[index].problem = f"OCR failed ({exc})"
        if on_pages:
            on_pages(1)

    pool = ThreadPoolExecutor(max_workers=settings.parallel_pages)
    try:
        for index in indexes:
            if len(in_flight) >= settings.parallel_pages:
                collect(next(iter(in_flight)))
            try:
                image = _render(document, index)
            except Exception as exc:  # noqa: BLE001 - one page PDFium cannot draw must not fail the document
                pages[index].problem = f"page cannot be rendered for OCR ({reason_of(exc)})"
                if on_pages:
                    on_pages(1)
                continue
            # A vector box shows in the rendering too, so the larger count is the page's.
            pages[index].boxes = max(pages[index].boxes, dark_boxes(image, RENDER_DPI))
            in_flight[index] = pool.submit(ocr_image, image, settings)
        while in_flight:
            collect(next(iter(in_flight)))
    except BaseException:  # the file's time limit (or an interrupt): do not wait for pages under way
        stop_running()
        raise
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


# A file of at least this many pages has its text layer read by the worker processes of ReadOptions.spread,
# in ranges of this many pages.
SPREAD_PAGES, SPREAD_CHUNK = 64, 32


def read_layers(source: Path, pages: tuple[int, int]) -> list[_RawPage]:
    """The text layer of a range of pages (first, after the last), in a worker process of its own."""
    document = pdfium.PdfDocument(str(source))
    try:
        return [_read_layer(document, index) for index in range(*pages)]
    finally:
        document.close()


def _read_all(source: Path | bytes, document: pdfium.PdfDocument, repaired: bool, options: ReadOptions) -> list[_RawPage]:
    count = len(document)
    if options.spread is None or not isinstance(source, Path) or repaired or count < SPREAD_PAGES:
        return [_read_layer(document, index) for index in range(count)]
    ranges = [(start, min(start + SPREAD_CHUNK, count)) for start in range(0, count, SPREAD_CHUNK)]
    return [page for pages in options.spread(functools.partial(read_layers, source), ranges) for page in pages]


def ingest(source: Path | bytes, options: ReadOptions) -> IngestedDocument:
    settings = options.ocr
    document, repair = _open(source)
    try:
        raw = _read_all(source, document, repair is not None, options)
        if settings.mode == "never" or tesseract_path() is None:
            to_ocr = []
        else:
            to_ocr = [i for i, page in enumerate(raw) if settings.mode == "always" or page.wants_ocr]
        if options.on_pages and len(raw) > len(to_ocr):
            options.on_pages(len(raw) - len(to_ocr))
        if to_ocr:
            _ocr_pages(document, raw, to_ocr, settings, options.on_pages)
    finally:
        document.close()
    tables = read_pdf_tables(source, [i for i, page in enumerate(raw) if page.table_likely and page.ocr is None])
    for index, found in tables.items():
        raw[index].tables = found
    if repair:
        for page in raw:
            page.problem = page.problem or repair
    return IngestedDocument(media_type=MEDIA_TYPE, pages=_finish(raw))


def _finish(raw: list[_RawPage]) -> list[PageText]:
    """Pages as read, before the pages stage: OCR text where there is some (with the text layer under
    it, for Bates stamps), and the black boxes found on each page."""
    pages = []
    for number, page in enumerate(raw, start=1):
        redactions = {}
        if page.boxes:
            redactions[BLACK_BOX] = page.boxes
        if page.boxes_over_text:
            redactions[BLACK_BOX_OVER_TEXT] = page.boxes_over_text
        pages.append(PageText(
            number=number, text=page.ocr.text if page.ocr else page.text,
            text_source="ocr" if page.ocr else "layer",
            ocr_confidence=page.ocr.confidence if page.ocr else None,
            needs_ocr=False if page.ocr else page.wants_ocr, redactions=redactions,
            layer_text=page.text if page.ocr else None,
            tables=page.ocr.tables if page.ocr else page.tables, problem=page.problem,
        ))
    return pages


class PdfHandler(Handler):
    media_type = MEDIA_TYPE
    description = DESCRIPTION
    printed = True

    def score(self, head: bytes, name: str) -> int:
        return score(head)

    def ingest(self, source: Path | bytes, name: str, options: ReadOptions) -> IngestedDocument:
        return ingest(source, options)
