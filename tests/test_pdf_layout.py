"""The text layer of a born-digital PDF keeps its column gaps and indents: PDFium prints one space for
any gap, and the readers of tables and labelled lines need to see where one cell ends."""

from __future__ import annotations

import re
from pathlib import Path

from fpdf import FPDF
from hypothesis import given, settings
from hypothesis import strategies as st

from foia.ingest import ingest_file
from tests.pdfs import write_text_pdf


def _layer(path: Path) -> list[str]:
    (page,) = ingest_file(path).pages
    return [line.rstrip() for line in page.text.strip("\n").split("\n")]


# Cells of words and figures; a line of one short token alone would be page furniture (a page number).
_WORD = st.builds(str.__add__, st.sampled_from("abcdefghijklmnopqrstuvwxyzABCDEFGHIJ"),
                  st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789$,.", min_size=1, max_size=8))
_LINE = st.lists(st.tuples(_WORD, st.integers(min_value=1, max_value=12)), min_size=2, max_size=6).map(
    lambda cells: "".join(word + " " * gap for word, gap in cells).rstrip()).filter(lambda line: len(line) <= 70)


@settings(max_examples=12, deadline=None)
@given(lines=st.lists(st.tuples(st.integers(min_value=0, max_value=20), st.integers(min_value=0, max_value=2), _LINE),
                      min_size=2, max_size=8))
def test_every_line_of_a_pdf_made_from_text_reads_back_as_written(tmp_path_factory, lines: list[tuple[int, int, str]]) -> None:  # type: ignore[no-untyped-def]
    # A first line of prose: a page of a few figures alone would be taken for an almost empty page. Each
    # line has its indent and up to two blank lines above it.
    written = ["Price list for the face recognition service, as quoted to the department.", "Prices are in US dollars."]
    for indent, blank, line in lines:
        written += [""] * blank + [" " * indent + line]
    margin = min(len(line) - len(line.lstrip()) for line in written if line)
    expected = [line[margin:] for line in written]
    path = write_text_pdf(tmp_path_factory.mktemp("layout") / "page.pdf", ["\n".join(written)])
    assert _layer(path) == expected


def test_cells_placed_at_columns_are_apart_and_words_in_a_cell_are_not(tmp_path: Path) -> None:
    pdf = FPDF(format="letter")
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    for row, cells in enumerate([("Description", "Qty", "Unit price", "Total"),
                                 ("Face search named user license", "12", "$1,450.00", "$17,400.00")]):
        for x, cell in zip((20, 110, 135, 170), cells, strict=True):
            pdf.set_xy(x, 30 + 6 * row)
            pdf.cell(text=cell)
    path = tmp_path / "columns.pdf"
    pdf.output(str(path))
    header, row = _layer(path)
    assert re.split(r" {2,}", row) == ["Face search named user license", "12", "$1,450.00", "$17,400.00"]
    assert re.split(r" {2,}", header) == ["Description", "Qty", "Unit price", "Total"]


def test_a_stamp_running_off_the_page_leaves_the_columns_of_the_rest(tmp_path: Path) -> None:
    """A Bates stamp or footer printed past the page's edge is text PDFium leaves out of the page's box, after
    all the rest: the rest keeps its column gaps."""
    pdf = FPDF(format="letter")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("Courier", size=10)
    pdf.set_xy(20, 30)
    pdf.cell(text="Quarter      Searches   Possible matches")
    pdf.set_xy(20, 36)
    pdf.cell(text="Q1 2024            48                 29")
    pdf.set_xy(pdf.w - 50, pdf.h - 15)
    pdf.cell(text="Opelika Police Department - Annual Report 2024 - page 1 of 2")
    path = tmp_path / "stamped.pdf"
    pdf.output(str(path))
    lines = _layer(path)
    assert "Q1 2024            48                 29" in lines
