"""Pages: a page of text as plain data, the pages stage every ingested document goes through after its
format handler, and a document's pages seen as one text.

The pages stage takes page furniture out of printed pages (running headers, page numbers, Bates
stamps; foia.cleanup) and records the redaction markers on every page whatever its format
(foia.redactions), so an .eml citing (b)(6) records it as a PDF does. A message or a sentence that
crosses a page break is read whole through `DocumentText`, while every offset still maps back to its
page."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from foia.cleanup import CleanPage, clean_pages
from foia.redactions import markers_in_text

PAGE_SEPARATOR = "\n"


@dataclass
class PageText:
    number: int
    text: str
    text_source: str  # layer | ocr | none
    ocr_confidence: float | None = None
    needs_ocr: bool = False
    bates: str | None = None
    redactions: dict[str, int] = field(default_factory=dict)  # code -> count on this page
    problem: str | None = None  # why the text may be missing or incomplete (unrenderable page, OCR failure)
    # For a page whose text came from OCR: the text layer under it, where Bates numbers are often
    # stamped as text over a scan. Read by the pages stage, then dropped.
    layer_text: str | None = None
    # Tables on the page, each a list of rows of cell strings (a cell wrapped over lines keeps its "\n").
    tables: list[list[list[str]]] = field(default_factory=list)


def finish_pages(pages: Sequence[PageText], *, printed: bool) -> list[PageText]:
    """The pages stage: furniture out of printed pages (with the Bates number kept on the page), and
    every page's redaction markers added to those its handler found (black boxes). A page read from
    a text layer that is empty once cleaned has no text source."""
    cleaned = _cleaned(pages) if printed else [CleanPage(page.text, page.bates) for page in pages]
    finished = []
    for page, clean in zip(pages, cleaned, strict=True):
        source = "none" if page.text_source == "layer" and not clean.text.strip() else page.text_source
        finished.append(replace(
            page, text=clean.text, bates=clean.bates, text_source=source, layer_text=None,
            redactions={**markers_in_text(clean.text), **page.redactions},
        ))
    return finished


def _cleaned(pages: Sequence[PageText]) -> list[CleanPage]:
    cleaned = clean_pages([page.text for page in pages])
    if any(page.layer_text is not None for page in pages):
        # OCR often misses a Bates number stamped as text over a scan: keep the text layer's then.
        stamped = clean_pages([page.text if page.layer_text is None else page.layer_text for page in pages])
        cleaned = [replace(clean, bates=clean.bates or layer.bates) for clean, layer in zip(cleaned, stamped, strict=True)]
    return [replace(clean, bates=clean.bates or page.bates) for clean, page in zip(cleaned, pages, strict=True)]


@dataclass(frozen=True)
class DocumentText:
    text: str
    page_numbers: tuple[int, ...]
    page_starts: tuple[int, ...]

    @classmethod
    def from_pages(cls, pages: Sequence[PageText]) -> DocumentText:
        starts, parts, offset = [], [], 0
        for page in pages:
            starts.append(offset)
            parts.append(page.text)
            offset += len(page.text) + len(PAGE_SEPARATOR)
        return cls(PAGE_SEPARATOR.join(parts), tuple(p.number for p in pages), tuple(starts))

    def page_at(self, offset: int) -> int:
        """The page number holding the character at `offset` in the joined text."""
        index = max(bisect.bisect_right(self.page_starts, offset) - 1, 0)
        return self.page_numbers[index]
