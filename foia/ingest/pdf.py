"""PDF pages from the text layer through pypdfium2 (PDFium), roughly 50x faster than pdfplumber's
layout-aware extraction; pdfplumber is kept for the places that need word boxes and rectangles."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium

from foia.ingest import IngestedDocument, IngestError, PageText

MEDIA_TYPE = "application/pdf"
DESCRIPTION = "PDF"


def matches(head: bytes, name: str) -> bool:
    return b"%PDF-" in head[:1024]


def _open(source: Path | bytes) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(str(source) if isinstance(source, Path) else source)
    except pdfium.PdfiumError as exc:
        reason = str(exc).rstrip(".").split("PDFium: ")[-1].rstrip(")").lower()
        if "password" in reason:
            raise IngestError("encrypted PDF (needs a password)") from None
        raise IngestError(f"unreadable PDF ({reason})") from None


def page_text(page: pdfium.PdfPage) -> str:
    textpage = page.get_textpage()
    try:
        return textpage.get_text_bounded().replace("\r\n", "\n").replace("\r", "\n")
    finally:
        textpage.close()


def ingest(source: Path | bytes, name: str) -> IngestedDocument:
    document = _open(source)
    try:
        pages = []
        for index in range(len(document)):
            page = document[index]
            try:
                text = page_text(page)
            finally:
                page.close()
            text_source = "layer" if text.strip() else "none"
            pages.append(PageText(number=index + 1, text=text, text_source=text_source, needs_ocr=text_source == "none"))
        return IngestedDocument(media_type=MEDIA_TYPE, pages=pages)
    finally:
        document.close()
