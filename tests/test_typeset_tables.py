"""Tables typed with spaces and printed in a proportional font: their columns drift with each row's words,
so OCR's word boxes do not line up. They are set again in lined-up columns, by order, so that the row
readers read a scan as they read the text it was printed from."""

from __future__ import annotations

import shutil
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from foia.analysis import analyse
from foia.extract.entities import Gazetteer
from foia.ingest import ingest_file
from foia.ingest.columns import Word, tables_from_words, typeset_misaligned_tables
from tests.pdfs import PdfPage, write_pdf

needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None, reason="needs the tesseract binary")

INVOICE = """\
No  Item                                   Qty   Unit price      Amount
1   Face search analyst seat, annual         4     1,475.00    5,900.00
    subscription (12 months)
2   WebMW gallery import, one-time                             2,750.00
3   Training, 2 requesters x $175                                350.00
4   Archive export module (full)             2       440.00      880.00
    Subtotal                                                   9,880.00"""

# A proportional font's advances, in pixels: narrow letters, wide letters, figures of one width, a
# narrow space.
_NARROW, _WIDE = set("il.,:;'|()!1"), set("mwMW@")


def _advance(character: str) -> int:
    if character == " ":
        return 6
    if character.isdigit():
        return 13
    return 6 if character in _NARROW else 19 if character in _WIDE else 12


def _printed(text: str, proportional: bool = True) -> list[Word]:
    """The word boxes of `text` printed line by line, in a proportional font or a fixed-pitch one."""
    words = []
    for number, line in enumerate(text.split("\n")):
        top, x, word, word_x0 = 100 + number * 40, 100, "", 0
        for character in line + " ":
            if character != " ":
                word_x0 = x if not word else word_x0
                word += character
            elif word:
                words.append(Word(word, word_x0, x, top, top + 17))
                word = ""
            x += _advance(character) if proportional else 12
    return words


def _set_lines(text: str) -> list[str]:
    return [line.text for line in typeset_misaligned_tables(_printed(text))]


def test_a_misaligned_invoice_is_set_in_lined_up_columns_by_order() -> None:
    lines = _set_lines(INVOICE)
    assert len(lines) == len(INVOICE.split("\n"))
    header, first, wrapped, lone, formula, fourth, subtotal = lines
    # every amount ends where the header's "Amount" ends; unit prices and quantities line up likewise
    assert {len(line) for line in (header, first, lone, formula, fourth, subtotal)} == {len(header)}
    assert first.index("1,475.00") + len("1,475.00") == fourth.index("440.00") + len("440.00") \
        == header.index("Unit price") + len("Unit price")
    assert first.rindex(" 4 ") == fourth.rindex(" 2 ")
    assert lone.split()[-2:] == ["one-time", "2,750.00"]  # a lone amount is the row's amount
    assert "x $175" in formula and formula.split()[-1] == "350.00"  # arithmetic in the description stays there
    assert wrapped.index("subscription") == first.index("Face search")  # under its row's description
    assert first.startswith("1  Face search")


def test_a_table_whose_columns_line_up_is_left_as_printed() -> None:
    assert typeset_misaligned_tables(_printed(INVOICE, proportional=False)) == []
    assert tables_from_words(_printed(INVOICE, proportional=False))  # read by its columns, as before


def test_columns_named_by_bidders_are_not_set_by_order() -> None:
    tabulation = """\
Item  Description              Acme Biometric   Northwind LLC   Vertex Corp
1     Investigative seats         $23,600.00      $31,200.00    $19,880.00
2     Implementation               $6,500.00      $12,000.00     $9,750.00
3     Maintenance, year 1          $4,720.00       $6,240.00     $3,976.00
      TOTAL BID                   $34,820.00      $49,440.00    $33,606.00"""
    assert _set_lines(tabulation) == []


@needs_tesseract
@pytest.mark.ocr
def test_a_scanned_invoice_printed_in_a_proportional_font_is_read_row_by_row(tmp_path: Path) -> None:
    page = """\
NORTHWIND BIOMETRICS, INC.                                  INVOICE 24-311
Bill to: Harlan County Sheriff's Office, Accounts Payable
Face search service, October 1, 2024 - September 30, 2025

Ln  Description                             Qty   Unit price      Amount
1   Face search analyst seat, annual          4     1,475.00    5,900.00
    subscription (12 months)
2   Gallery migration and duplicate                             2,750.00
    clean-up, one-time service
3   Online examiner training                                    1,600.00
                                                   Total due   10,250.00
"""
    scan = write_pdf(tmp_path / "invoice.pdf", [PdfPage(page, scanned=True)])
    pages = ingest_file(scan).pages
    assert pages[0].text_source == "ocr"
    costs = {(fact.values["amount_max"], fact.values["period"], fact.values["unit"])
             for fact in analyse(pages, Gazetteer.load()).facts if fact.kind == "costs"}
    assert {(Decimal("5900.00"), "year", None), (Decimal("1475.00"), "year", "seat"),
            (Decimal("2750.00"), "one-time", None), (Decimal("1600.00"), None, None)} <= costs


# --- properties -------------------------------------------------------------------------------------

_TEXT = st.lists(st.sampled_from(["camera", "license", "annual", "support", "server", "user", "setup", "module",
                                  "Mobile", "seat", "hosting", "(12", "months)", "images"]), min_size=1, max_size=5)
_MONEY = st.decimals(min_value=1, max_value=99999, places=2).map(lambda d: f"{d:,.2f}")
_ROW = st.tuples(_TEXT.map(" ".join), st.one_of(st.none(), st.integers(2, 40).map(str)), _MONEY, _MONEY)


@settings(max_examples=120, deadline=None)
@given(rows=st.lists(_ROW, min_size=3, max_size=8))
def test_set_rows_keep_their_words_and_values_in_order(rows: list[tuple[str, str | None, str, str]]) -> None:
    printed = ["Description                      Qty     Unit price        Amount"]
    for description, quantity, unit_price, amount in rows:
        values = f"{quantity:>4}  {unit_price:>12}  {amount:>12}" if quantity else f"{amount:>32}"
        printed.append(f"{description:<30} {values}")
    lines = typeset_misaligned_tables(_printed("\n".join(printed)))
    if not lines:
        return  # the drift stayed within a column's width: read by its columns
    assert len(lines) == len(printed)
    for (description, quantity, unit_price, amount), line in zip(rows, lines[1:], strict=True):
        expected = [*description.split(), *([quantity, unit_price] if quantity else []), amount]
        assert line.text.split() == expected
        assert len(line.text) == len(lines[0].text)  # every amount ends under "Amount"


_ANY_WORD = st.sampled_from(["Qty", "Unit", "price", "Amount", "Total", "Year", "2", "12", "1,475.00", "$350.00", "x",
                             "@", "-", "included", "seat", "license", "(12", "months)", "3.", "Q3", "0)", "Acme"])
_PLACED = st.tuples(_ANY_WORD, st.integers(0, 1600), st.integers(0, 30), st.integers(8, 30))


@settings(max_examples=200, deadline=None)
@given(placed=st.lists(_PLACED, max_size=60))
def test_any_word_boxes_set_only_their_own_words(placed: list[tuple[str, int, int, int]]) -> None:
    """Whatever the boxes (overlapping, out of order, a scan's debris), setting them never fails and
    never writes a word that was not read."""
    words = [Word(text, x, x + width * len(text), row * 40, row * 40 + 17) for text, x, row, width in placed]
    read = {word.text for word in words}
    for line in typeset_misaligned_tables(words):
        assert set(line.text.split()) <= read
