"""Scanned releases sent as images: TIFF (every page of a multi-page TIFF), JPEG and PNG, each page
read by OCR through foia.ingest.ocr, with its Bates stamp kept and redaction bars counted as for a
scanned PDF page. Pillow (already a dependency, the maintained imaging library for Python) decodes.

Without Tesseract, or with --ocr never, pages are stored as needing OCR and `foia ocr` reads them later."""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from foia.ingest import Handler, IngestedDocument, IngestError, PageText, ReadOptions, reason_of
from foia.ingest.ocr import RENDER_DPI, OcrError, OcrResult, ocr_image, stop_running, tesseract_path
from foia.ingest.scan_boxes import dark_boxes
from foia.redactions import BLACK_BOX

if TYPE_CHECKING:
    from PIL import Image

# A frame is reduced to at most this many pixels before OCR (as PDF pages are rendered): 64 Mpx is a
# tabloid page at 300 dpi. Larger images than Pillow's own bomb limit are refused outright.
MAX_OCR_PIXELS = 64_000_000
MAX_FRAMES = 5_000
_MAGIC = {
    b"II*\x00": "image/tiff", b"MM\x00*": "image/tiff", b"II+\x00": "image/tiff", b"MM\x00+": "image/tiff",
    b"\xff\xd8\xff": "image/jpeg", b"\x89PNG\r\n\x1a\n": "image/png",
}


def _kind(head: bytes) -> str | None:
    return next((kind for magic, kind in _MAGIC.items() if head.startswith(magic)), None)


def _open(source: Path | bytes) -> Image.Image:
    import io

    from PIL import Image, UnidentifiedImageError

    try:
        return Image.open(source if isinstance(source, Path) else io.BytesIO(source))
    except Image.DecompressionBombError as exc:
        raise IngestError(f"image too large to read safely ({exc})") from None
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError) as exc:
        raise IngestError(f"unreadable image ({reason_of(exc)})") from None


def _frames(image: Image.Image) -> Iterator[Image.Image]:
    """Every page of the image, one at a time, as a grey copy small enough to OCR (Pillow decodes
    lazily: a broken frame shows up here)."""
    from PIL import Image

    for index in range(min(getattr(image, "n_frames", 1), MAX_FRAMES)):
        try:
            image.seek(index)
            frame = image.convert("L")
        except Image.DecompressionBombError as exc:
            raise IngestError(f"image page {index + 1} too large to read safely ({exc})") from None
        except (OSError, ValueError, SyntaxError, EOFError) as exc:
            raise IngestError(f"unreadable image{f' page {index + 1}' if index else ''} ({reason_of(exc)})") from None
        pixels = frame.width * frame.height
        if pixels > MAX_OCR_PIXELS:
            scale = (MAX_OCR_PIXELS / pixels) ** 0.5
            frame = frame.resize((max(1, int(frame.width * scale)), max(1, int(frame.height * scale))))
        yield frame


def _dpi(image: Image.Image) -> float:
    dpi = image.info.get("dpi")
    try:
        value = float(dpi[0]) if dpi else RENDER_DPI
    except (TypeError, ValueError, IndexError):
        value = RENDER_DPI
    return value if 50 <= value <= 1200 else RENDER_DPI


@dataclass
class _Frame:
    boxes: int
    ocr: OcrResult | None = None
    problem: str | None = None


def _read_frames(image: Image.Image, options: ReadOptions) -> list[_Frame]:
    """Count redaction bars on each frame and OCR it, with up to `parallel_pages` Tesseract processes
    at once and no more frames in memory than that."""
    settings = options.ocr
    ocr = settings.mode != "never" and tesseract_path() is not None
    dpi = _dpi(image)
    read: list[_Frame] = []
    in_flight: dict[int, Future[OcrResult]] = {}

    def collect(index: int) -> None:
        try:
            read[index].ocr = in_flight.pop(index).result()
        except OcrError as exc:
            read[index].problem = f"OCR failed ({exc})"
        if options.on_pages:
            options.on_pages(1)

    pool = ThreadPoolExecutor(max_workers=settings.parallel_pages)
    try:
        for frame in _frames(image):
            read.append(_Frame(boxes=dark_boxes(frame, dpi)))
            if not ocr:
                if options.on_pages:
                    options.on_pages(1)
                continue
            if len(in_flight) >= settings.parallel_pages:
                collect(next(iter(in_flight)))
            in_flight[len(read) - 1] = pool.submit(ocr_image, frame, settings)
        while in_flight:
            collect(next(iter(in_flight)))
    except BaseException:  # a broken frame, or the file's time limit: stop the Tesseract processes under way
        stop_running()
        raise
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
    return read


class ImageHandler(Handler):
    media_type: ClassVar[str] = "image/tiff"
    description: ClassVar[str] = "scanned image (TIFF, JPEG, PNG)"
    printed: ClassVar[bool] = True  # scanned sheets: the pages stage takes out furniture and keeps Bates stamps

    def score(self, head: bytes, name: str) -> int:
        return 50 if _kind(head) else 0

    def ingest(self, source: Path | bytes, name: str, options: ReadOptions) -> IngestedDocument:
        if isinstance(source, Path):
            with source.open("rb") as handle:
                head = handle.read(16)
        else:
            head = source[:16]
        image = _open(source)
        try:
            frames = _read_frames(image, options)
        finally:
            image.close()
        pages = []
        for number, frame in enumerate(frames, start=1):
            pages.append(PageText(
                number=number, text=frame.ocr.text if frame.ocr else "", text_source="ocr" if frame.ocr else "none",
                ocr_confidence=frame.ocr.confidence if frame.ocr else None, needs_ocr=frame.ocr is None,
                redactions={BLACK_BOX: frame.boxes} if frame.boxes else {}, problem=frame.problem,
                tables=frame.ocr.tables if frame.ocr else [],
            ))
        return IngestedDocument(media_type=_kind(head) or self.media_type, pages=pages)


HANDLER = ImageHandler()
