"""Word documents (.docx) through python-docx, the maintained reader of the Office Open XML word
format: paragraphs and tables in the order they appear, pages split where Word last broke them
(w:lastRenderedPageBreak, so page numbers match the printed document) and at explicit page breaks.
Table rows become lines of cells and `PageText.tables` rows; headers and footers are left out."""

from __future__ import annotations

import io
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from foia.ingest import Handler, IngestedDocument, IngestError, PageText, ReadOptions, reason_of
from foia.ingest.office import check_package, leading_member_names, office_kind
from foia.ingest.rows import clean_row, table_text

if TYPE_CHECKING:
    from docx.oxml.xmlchemy import BaseOxmlElement
    from docx.table import Table

_BREAKS = ".//w:br[@w:type='page'] | .//w:lastRenderedPageBreak"
MAX_PAGES = 20_000


def _rows(table: Table) -> list[list[str]]:
    """A table's rows as cell strings; a merged cell counts once per row (python-docx repeats it)."""
    rows = []
    for row in table.rows:
        cells, seen = [], set()
        for cell in row.cells:
            if id(cell._tc) not in seen:
                seen.add(id(cell._tc))
                cells.append(cell.text)
        if any(cleaned := clean_row(cells)):
            rows.append(cleaned)
    return rows


def _starts_with_break(paragraph: BaseOxmlElement) -> bool:
    """Whether a page break comes before any text of the paragraph (it then opens the next page)."""
    from docx.oxml.ns import qn

    for element in paragraph.iter():
        if element.tag == qn("w:t") and (element.text or "").strip():
            return False
        if element.tag == qn("w:lastRenderedPageBreak") or (element.tag == qn("w:br") and element.get(qn("w:type")) == "page"):
            return True
    return False


class _Pages:
    def __init__(self) -> None:
        self.pages: list[PageText] = []
        self.lines: list[str] = []
        self.tables: list[list[list[str]]] = []

    def add(self, text: str) -> None:
        self.lines.append(text)

    def add_table(self, rows: list[list[str]]) -> None:
        if rows:
            self.tables.append(rows)
            self.lines.append(table_text(rows))

    def turn(self) -> None:
        text = "\n".join(self.lines).strip("\n")
        if text or self.tables:
            if len(self.pages) >= MAX_PAGES:
                raise IngestError(f"Word document runs past {MAX_PAGES:,} pages")
            self.pages.append(PageText(number=len(self.pages) + 1, text=text, text_source="layer", tables=self.tables))
        self.lines, self.tables = [], []


class DocxHandler(Handler):
    media_type: ClassVar[str] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    description: ClassVar[str] = "Word document (.docx)"

    def score(self, head: bytes, name: str) -> int:
        return 80 if office_kind(leading_member_names(head)) == "word" else 0

    def ingest(self, source: Path | bytes, name: str, options: ReadOptions) -> IngestedDocument:
        import docx
        from docx.table import Table

        check_package(source, "Word")
        try:
            document = docx.Document(str(source) if isinstance(source, Path) else io.BytesIO(source))
            pages = _Pages()
            for block in document.iter_inner_content():
                if isinstance(block, Table):
                    pages.add_table(_rows(block))
                    continue
                breaks = block._p.xpath(_BREAKS)
                if breaks and _starts_with_break(block._p):
                    pages.turn()
                    breaks = []
                if block.text.strip():
                    pages.add(block.text)
                if breaks:
                    pages.turn()
            pages.turn()
        except IngestError:
            raise
        except Exception as exc:  # python-docx and lxml raise many kinds on damaged packages
            raise IngestError(f"unreadable Word document ({reason_of(exc)})") from None
        return IngestedDocument(media_type=self.media_type, pages=pages.pages)


HANDLER = DocxHandler()
