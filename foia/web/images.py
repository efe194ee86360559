"""Page images and page shapes, rendered from the original with PDFium and cached on disk.

Everything is looked up by document id and page number and cached under the document's SHA-256, so a
request never names a file, and a cached file always belongs to exactly the bytes that were imported.
PDFium is not thread-safe and the server answers requests on several threads, so every PDFium call
here holds one lock; a cached page costs no PDFium work at all."""

from __future__ import annotations

import hashlib
import io
import json
import os
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import pypdfium2 as pdfium
from PIL import Image
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from foia.db import sqlite_file
from foia.ingest.ocr import RENDER_DPI, OcrError, OcrSettings, ocr_tsv, tesseract_path
from foia.ingest.pdf import MAX_RENDER_PIXELS, dark_box_bounds, render_scale
from foia.ingest.scan_boxes import dark_rects
from foia.models import Document, Page
from foia.web import layout
from foia.web.layout import Box, PageText
from foia.web.originals import original_bytes

DISPLAY_DPIS = (100, 150, 200)
DEFAULT_DPI = 150
PDF = "application/pdf"
PDFIUM_LOCK = threading.Lock()
T = TypeVar("T")


def cache_dir(engine: Engine, explicit: str | None = None) -> Path:
    """FOIA_CACHE (or --cache) when given; else a directory beside the SQLite file (foia.db-cache);
    else, for PostgreSQL, one per database under the user's cache directory."""
    chosen = explicit or os.environ.get("FOIA_CACHE")
    if chosen:
        return Path(chosen)
    database = sqlite_file(engine)
    if database:
        return Path(database + "-cache")
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    url = engine.url.render_as_string(hide_password=True)
    return base / "foia" / hashlib.sha256(url.encode()).hexdigest()[:16]


@dataclass(frozen=True)
class PageInfo:
    document_id: int
    sha256: str
    media_type: str | None
    number: int
    text_source: str

    @property
    def renderable(self) -> bool:
        return self.media_type == PDF


@dataclass(frozen=True)
class Shapes:
    """A page's displayed size and its redaction bars (vector boxes, and bars inked into a scan)."""

    width: float
    height: float
    redactions: list[Box]


def _write_atomically(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".partial-")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        Path(temporary).replace(path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _capped(scale: float, size: tuple[float, float]) -> float:
    """A render scale giving at most MAX_RENDER_PIXELS (a hostile MediaBox cannot ask for gigabytes)."""
    area = max(size[0], 1.0) * max(size[1], 1.0) * scale * scale
    return scale if area <= MAX_RENDER_PIXELS else scale * (MAX_RENDER_PIXELS / area) ** 0.5


class PageStore:
    """Rendered pages and their shapes for one database, cached under `root`."""

    def __init__(self, engine: Engine, root: Path) -> None:
        self.engine = engine
        self.root = root

    def info(self, document_id: int, number: int) -> PageInfo | None:
        with Session(self.engine) as session:
            found = session.execute(
                select(Document.sha256, Document.media_type, Page.text_source)
                .join(Page, Page.document_id == Document.id)
                .where(Document.id == document_id, Page.number == number)
            ).first()
        return PageInfo(document_id, found[0], found[1], number, found[2]) if found else None

    def _path(self, info: PageInfo, name: str) -> Path:
        return self.root / "pages" / info.sha256[:2] / info.sha256 / f"{info.number}-{name}"

    def _cached(self, path: Path, make: Callable[[], bytes | None]) -> Path | None:
        if path.is_file():
            return path
        data = make()
        if data is None:
            return None
        _write_atomically(path, data)
        return path

    def _with_page(self, info: PageInfo, work: Callable[[pdfium.PdfPage], T]) -> T | None:
        """Run `work` on the page of the original, under the PDFium lock; None when the original is
        not to be had or PDFium cannot read that page."""
        if not info.renderable:
            return None
        data = original_bytes(self.engine, info.document_id)
        if data is None:
            return None
        with PDFIUM_LOCK:
            try:
                document = pdfium.PdfDocument(data)
            except pdfium.PdfiumError:
                return None
            try:
                if not 0 < info.number <= len(document):
                    return None
                page = document[info.number - 1]
                try:
                    return work(page)
                finally:
                    page.close()
            except pdfium.PdfiumError:
                return None
            finally:
                document.close()

    def image(self, info: PageInfo, dpi: int = DEFAULT_DPI) -> Path | None:
        """The page as a PNG at one of DISPLAY_DPIS, rendered on first use."""
        if dpi not in DISPLAY_DPIS:
            raise ValueError(f"dpi must be one of {DISPLAY_DPIS}")

        def render(page: pdfium.PdfPage) -> bytes:
            scale = _capped(dpi / 72, layout.display_size(page))
            buffer = io.BytesIO()
            page.render(scale=scale).to_pil().save(buffer, format="PNG", compress_level=3)
            return buffer.getvalue()

        return self._cached(self._path(info, f"{dpi}.png"), lambda: self._with_page(info, render))

    def shapes(self, info: PageInfo) -> Shapes | None:
        path = self._cached(self._path(info, "shapes.json"), lambda: self._with_page(info, self._make_shapes(info)))
        if path is None:
            return None
        data = json.loads(path.read_bytes())
        return Shapes(data["width"], data["height"], [tuple(box) for box in data["redactions"]])

    def _make_shapes(self, info: PageInfo) -> Callable[[pdfium.PdfPage], bytes]:
        def make(page: pdfium.PdfPage) -> bytes:
            size = layout.display_size(page)
            boxes = [layout.page_box(page, size, bounds) for bounds in dark_box_bounds(page)]
            if info.text_source != "layer":  # a scan: bars are pixels, found as the import found them
                scale = render_scale(*page.get_size())
                boxes += layout.scan_boxes(dark_rects(layout.render_grey(page, scale), RENDER_DPI), scale)
            return json.dumps({"width": size[0], "height": size[1], "redactions": boxes}).encode()

        return make

    def text(self, info: PageInfo) -> PageText | None:
        """The page's characters and their boxes; for an OCR'd page this runs Tesseract once."""
        if info.text_source == "ocr" and tesseract_path() is None:
            return None
        make = (lambda: self._make_ocr_text(info)) if info.text_source == "ocr" else (
            lambda: self._with_page(info, self._make_layer_text))
        path = self._cached(self._path(info, "text.json"), make)
        return PageText.from_json(json.loads(path.read_bytes())) if path else None

    @staticmethod
    def _make_layer_text(page: pdfium.PdfPage) -> bytes:
        return json.dumps(layout.layer_text(page).to_json()).encode()

    def _make_ocr_text(self, info: PageInfo) -> bytes | None:
        """Render under the PDFium lock, then run Tesseract without it: other pages render meanwhile."""
        def render(page: pdfium.PdfPage) -> tuple[Image.Image, float, tuple[float, float]]:
            scale = render_scale(*page.get_size())
            return layout.render_grey(page, scale), scale, layout.display_size(page)

        rendered = self._with_page(info, render)
        if rendered is None:
            return None
        image, scale, size = rendered
        try:
            tsv = ocr_tsv(image, OcrSettings())
        except OcrError:
            return None
        return json.dumps(layout.ocr_text(tsv, scale, size).to_json()).encode()
