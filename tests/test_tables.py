"""Price tables read as tables: generated quotes, invoices, purchase orders and price sheets (born
digital in several layouts, and scanned), spreadsheet-shaped rows, and the invariants every row holds."""

from __future__ import annotations

import re
import shutil
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from foia.analysis import extract_page
from foia.extract.tables import TableCost, find_table_costs, locate_row, parse_money
from foia.ingest import PageText, ingest_file
from foia.ingest.tables import likely_table, read_pdf_tables
from tests.pdfs import write_text_pdf
from tests.price_tables import (
    EURO_QUOTE,
    INVOICE_WRAPPED,
    PRICE_SHEET,
    PROSE,
    PURCHASE_ORDER,
    QUOTE,
    PriceTable,
    scan_of,
    write_table_pdf,
)

needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None, reason="needs the tesseract binary")
D = Decimal


def _page(path: Path) -> PageText:
    pages = ingest_file(path).pages
    assert len(pages) == 1
    return pages[0]


def _summary(costs: list[TableCost]) -> list[tuple[object, ...]]:
    return [(c.row_kind, c.description, c.quantity, c.unit_price, c.line_total, c.period, c.arithmetic_ok) for c in costs]


def _assert_quotes_exact(page: PageText, costs: list[TableCost]) -> None:
    for cost in costs:
        assert page.text[cost.char_start:cost.char_end] == cost.quote


QUOTE_ROWS = [
    ("line_item", "FaceSearch named user license, annual subscription", D(10), D("1200.00"), D("12000.00"), "year", True),
    ("line_item", "Onboarding and training (one-time)", D(1), D("2500.00"), D("2500.00"), "one-time", True),
    ("line_item", "Mobile app seat", D(25), D("99.00"), D("2475.00"), None, True),
    ("subtotal", "Subtotal", None, None, D("16975.00"), None, True),
    ("tax", "Sales tax 8.25%", None, None, D("1400.44"), None, None),
    ("total", "Total", None, None, D("18375.44"), None, True),
]


def test_ruled_quote_rows_arithmetic_and_totals(tmp_path: Path) -> None:
    page = _page(write_table_pdf(tmp_path / "quote.pdf", [QUOTE]))
    costs = find_table_costs(page)
    assert _summary(costs) == QUOTE_ROWS
    _assert_quotes_exact(page, costs)
    # The row as the page lays it out, its cells apart (the text layer keeps column gaps).
    assert re.split(r" {2,}", costs[0].quote) == ["1", "FaceSearch named user license, annual subscription", "10",
                                                   "$1,200.00", "$12,000.00"]
    assert [c.unit for c in costs[:3]] == ["license", None, "seat"]
    assert {c.currency for c in costs} == {"USD"}
    assert all(c.confidence >= 0.9 for c in costs)


def test_borderless_invoice_keeps_wrapped_descriptions_in_their_row(tmp_path: Path) -> None:
    page = _page(write_table_pdf(tmp_path / "invoice.pdf", [INVOICE_WRAPPED]))
    costs = find_table_costs(page)
    _assert_quotes_exact(page, costs)
    assert _summary(costs) == [
        ("line_item", "Face recognition server software, perpetual license including installation at the records center",
         D(1), D("45000.00"), D("45000.00"), "one-time", True),
        ("line_item", "Camera integration module for existing booking stations, per camera",
         D(12), D("350.00"), D("4200.00"), None, True),
        ("line_item", "First-year maintenance and support", D(1), D("6750.00"), D("6750.00"), "year", True),
        ("discount", "Public safety discount 10%", None, None, D("-5595.00"), None, None),
        ("total", "Amount due", None, None, D("50355.00"), None, True),
    ]
    assert costs[1].unit == "camera"
    assert "\n" in costs[0].quote  # the wrapped description: one row over two lines of the page text
    assert "Thank you" not in " ".join(c.quote for c in costs)


def test_purchase_order_with_unit_column_and_a_credit(tmp_path: Path) -> None:
    page = _page(write_table_pdf(tmp_path / "po.pdf", [PURCHASE_ORDER]))
    costs = find_table_costs(page)
    _assert_quotes_exact(page, costs)
    assert _summary(costs) == [
        ("line_item", "Watchlist alert service", D(40), D("30.00"), D("1200.00"), None, True),
        ("line_item", "Analyst console", D(5), D("480.00"), D("2400.00"), None, True),
        ("credit", "Pilot credit", D(1), D("-250.00"), D("-250.00"), None, True),
        ("total", "Order total", None, None, D("3350.00"), None, True),
    ]
    assert [c.unit for c in costs[:2]] == ["camera", "user"]


def test_price_sheet_per_year_columns_currency_in_header_only(tmp_path: Path) -> None:
    page = _page(write_table_pdf(tmp_path / "sheet.pdf", [PRICE_SHEET]))
    costs = find_table_costs(page)
    _assert_quotes_exact(page, costs)
    assert {c.currency for c in costs} == {"CAD"}
    hosting = [c for c in costs if c.description and c.description.startswith("Gallery hosting")]
    assert [(c.term, c.line_total, c.period, c.row_kind) for c in hosting] == [
        (None, D("19860.00"), "3 years", "total"),
        ("Year 1 (CAD)", D("6000.00"), "year", "line_item"),
        ("Year 2 (CAD)", D("6600.00"), "year", "line_item"),
        ("Year 3 (CAD)", D("7260.00"), "year", "line_item"),
    ]
    assert hosting[0].arithmetic_ok is True
    last_row = [c for c in costs if c.description == "Annual total"]
    assert len(last_row) == 4 and {c.row_kind for c in last_row} == {"total"}
    line_items = [c for c in costs if c.row_kind == "line_item"]
    assert sum(c.line_total for c in line_items if c.line_total) == D("91860.00")


def test_decimal_comma_amounts_in_euros(tmp_path: Path) -> None:
    page = _page(write_table_pdf(tmp_path / "euro.pdf", [EURO_QUOTE]))
    costs = find_table_costs(page)
    _assert_quotes_exact(page, costs)
    assert [(c.row_kind, c.quantity, c.unit_price, c.line_total, c.currency, c.arithmetic_ok) for c in costs] == [
        ("line_item", D(2), D("12500.00"), D("25000.00"), "EUR", True),
        ("line_item", D(3), D("1200.50"), D("3601.50"), "EUR", True),
        ("total", None, None, D("28601.50"), "EUR", True),
    ]
    assert costs[1].unit == "license"


def test_prose_page_is_not_read_as_a_table(tmp_path: Path) -> None:
    assert not likely_table(PROSE)
    page = _page(write_text_pdf(tmp_path / "letter.pdf", [PROSE]))
    assert page.tables == [] and find_table_costs(page) == []


def test_ruling_lines_flag_a_page_the_text_alone_does_not(tmp_path: Path) -> None:
    """Two priced rows under column names foia does not know: only the ruling lines say "table"."""
    sheet = PriceTable(before=["Schedule A"], rows=[("Deliverable", "Charge"), ("Watchlist hosting", "$1,000.00"),
                                                  ("Analyst seats", "$250.00")], widths=(90, 40), align=("LEFT", "RIGHT"))
    path = write_table_pdf(tmp_path / "ruled.pdf", [sheet])
    bare = PriceTable(before=sheet.before, rows=sheet.rows, widths=sheet.widths, align=sheet.align, borders="NONE")
    assert _page(path).tables == [[["Deliverable", "Charge"], ["Watchlist hosting", "$1,000.00"], ["Analyst seats", "$250.00"]]]
    assert _page(write_table_pdf(tmp_path / "bare.pdf", [bare])).tables == []


def test_a_file_pdfminer_cannot_parse_keeps_its_text_and_gets_no_tables() -> None:
    assert read_pdf_tables(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> garbage", [0]) == {}


def test_spreadsheet_rows_with_a_text_of_tab_separated_cells() -> None:
    """The shape the .xlsx/.csv/.docx readers hand over: rows of cell strings, the page text the cells."""
    rows = [["Item", "Qty", "Unit price", "Line total"],
            ["Edge matching appliance", "2", "€8.400,00", "€16.800,00"],
            ["Installation", "1", "€950,00", "€950,00"],
            ["Total", "", "", "€17.750,00"]]
    text = "\n".join("\t".join(row) for row in rows)
    costs = find_table_costs(PageText(1, text, "layer", tables=[rows]))
    _assert_quotes_exact(PageText(1, text, "layer"), costs)
    assert [(c.description, c.line_total, c.currency, c.row_kind, c.arithmetic_ok, c.period) for c in costs] == [
        ("Edge matching appliance", D("16800.00"), "EUR", "line_item", True, None),
        ("Installation", D("950.00"), "EUR", "line_item", True, "one-time"),
        ("Total", D("17750.00"), "EUR", "total", True, None),
    ]


def test_a_row_the_printed_line_reads_whole_is_left_to_the_line_item_reader() -> None:
    """A table finder that merges "1 $38,000.00" into one cell misreads the row; its printed line adds up."""
    rows = [["", "Line Part No.", "Description Qty Unit Price", "", "Extended", ""],
            ["2", "NFR-WS-C", "NeoFace Reveal investigator client", "6", "$2,750.00", "$16,500.00"],
            ["", "", "TOTAL", "", "$16,500.00", ""]]
    text = ("Line Part No. Description Qty Unit Price Extended\n"
            "2 NFR-WS-C NeoFace Reveal investigator client 6 $2,750.00 $16,500.00\n TOTAL $16,500.00")
    page = PageText(1, text, "layer", tables=[rows])
    assert [(c.row_kind, c.line_total) for c in find_table_costs(page)] == [("total", D("16500.00"))]


def test_notes_the_table_finder_took_into_the_last_row_are_not_part_of_the_table() -> None:
    rows = [["Description", "Qty", "Rate", "Amount"],
            ["Face search subscription, Jan-Mar 2024", "3", "2,150.00", "6,450.00"],
            ["Amount Due\nNotes:\n1. Subscription rate: $2,150.00 per month through 12/31/2024.", "", "", "USD 6,450.00"]]
    text = ("Description Qty Rate Amount\nFace search subscription, Jan-Mar 2024 3 2,150.00 6,450.00\n"
            "Amount Due USD 6,450.00\nNotes:\n1. Subscription rate: $2,150.00 per month through 12/31/2024.")
    costs = find_table_costs(PageText(1, text, "layer", tables=[rows]))
    _assert_quotes_exact(PageText(1, text, "layer"), costs)
    assert [(c.line_total, c.row_kind, c.period) for c in costs][-1] == (D("6450.00"), "total", None)
    assert all("Notes" not in c.quote for c in costs)


def test_a_row_that_does_not_add_up_is_kept_with_low_confidence_only_under_a_named_header() -> None:
    labelled = [["Description", "Qty", "Unit Price", "Total"],
                ["Search licenses", "5", "$100.00", "$500.00"],
                ["Camera licenses", "4", "$100.00", "$450.00"],
                ["Server", "1", "$900.00", "$900.00"]]
    text = "\n".join(" ".join(row) for row in labelled)
    costs = find_table_costs(PageText(1, text, "layer", tables=[labelled]))
    assert [(c.description, c.arithmetic_ok, c.confidence) for c in costs] == [
        ("Search licenses", True, 0.95), ("Camera licenses", False, 0.5), ("Server", True, 0.95)]
    unlabelled = [row for row in labelled[1:]]
    text = "\n".join(" ".join(row) for row in unlabelled)
    costs = find_table_costs(PageText(1, text, "layer", tables=[unlabelled]))
    assert [(c.description, c.arithmetic_ok) for c in costs] == [("Search licenses", True), ("Server", True)]


def test_rows_not_in_the_page_text_and_unnamed_currencies_are_left_out() -> None:
    rows = [["Description", "Amount"], ["Annual hosting", "1,500.00"], ["Setup", "700.00"]]
    text = "Description Amount\nAnnual hosting 1,500.00\nSet-up 700.00\nPrices in USD; the euro quote (EUR) follows."
    costs = find_table_costs(PageText(1, text, "layer", tables=[rows]))
    assert [(c.description, c.line_total, c.currency, c.period) for c in costs] == [
        ("Annual hosting", D("1500.00"), "USD", "year")]
    mixed = "Description Amount\nAnnual hosting 1,500.00\nSetup 700.00\nCompare the $ and € offers."
    assert find_table_costs(PageText(1, mixed, "layer", tables=[rows])) == []


def test_unlabelled_row_that_sums_the_items_is_a_total_never_a_line_item() -> None:
    """An OCR run can lose a total's label; its amounts still add up the rows above it."""
    rows = [["Description", "Year 1", "Year 2"],
            ["Matching service", "$1,000.00", "$1,100.00"],
            ["Hosting", "$500.00", "$550.00"],
            ["", "$1,500.00", "$1,650.00"],
            ["", "$9.00", "$9.00"]]
    text = "\n".join(" ".join(cell for cell in row if cell) for row in rows)
    costs = find_table_costs(PageText(1, text, "ocr", tables=[rows]))
    assert [(c.row_kind, c.term, c.line_total) for c in costs if c.description is None] == [
        ("total", "Year 1", D("1500.00")), ("total", "Year 2", D("1650.00"))]
    assert all(c.line_total != D("9.00") for c in costs)


@pytest.mark.parametrize(("cell", "comma", "value"), [
    ("$1,200.00", False, D("1200.00")), ("(250.00)", False, D("-250.00")), ("-$250", False, D("-250")),
    ("US$ 99.50", False, D("99.50")), ("500.00 CR", False, D("-500.00")), ("1.200,50 €", True, D("1200.50")),
    ("CAD 1,000", False, D("1000")), ("£75.00", False, D("75.00")), ("$1.200.000", False, D("1200000")),
    ("10", False, None), ("Included", False, None), ("2019", False, None),
])
def test_money_cells(cell: str, comma: bool, value: Decimal | None) -> None:
    assert parse_money(cell, comma) == value


@needs_tesseract
@pytest.mark.ocr
def test_scanned_ruled_quote_reads_as_the_born_digital_one(tmp_path: Path) -> None:
    scan = scan_of(write_table_pdf(tmp_path / "quote.pdf", [QUOTE]), tmp_path / "quote-scan.pdf", dpi=200)
    page = _page(scan)
    assert page.text_source == "ocr"
    costs = find_table_costs(page)
    _assert_quotes_exact(page, costs)
    assert _summary(costs) == QUOTE_ROWS
    assert "Payment terms: net 30." in page.text  # taking the ruling lines out left the prose readable


@needs_tesseract
@pytest.mark.ocr
def test_scanned_price_sheet_keeps_totals_apart(tmp_path: Path) -> None:
    scan = scan_of(write_table_pdf(tmp_path / "sheet.pdf", [PRICE_SHEET]), tmp_path / "sheet-scan.pdf", dpi=200)
    page = _page(scan)
    costs = find_table_costs(page)
    _assert_quotes_exact(page, costs)
    line_items = [c for c in costs if c.row_kind == "line_item"]
    assert sorted(c.line_total for c in line_items if c.line_total) == sorted(
        D(v) for v in ("24000.00", "24000.00", "24000.00", "6000.00", "6600.00", "7260.00"))
    assert {c.currency for c in costs} == {"CAD"}


# --- properties -------------------------------------------------------------------------------------

_WORDS = st.sampled_from(["camera", "license", "annual", "support", "Total", "server", "user", "setup", "1", "10",
                          "$5.00", "Subtotal", "tax", "credit", "matching", "|", "Year", "2"])
_DESCRIPTIONS = st.lists(_WORDS, min_size=1, max_size=5).map(" ".join)
_AMOUNTS = st.decimals(min_value=0, max_value=99999, places=2).map(lambda d: f"${d:,.2f}")
_ROWS = st.lists(st.tuples(_DESCRIPTIONS, st.integers(0, 50).map(str), _AMOUNTS, _AMOUNTS), min_size=1, max_size=6)


@settings(max_examples=150, deadline=None)
@given(rows=_ROWS, separator=st.sampled_from([" ", "  ", "\t", " | "]), wrap=st.booleans(), drop=st.integers(0, 6))
def test_quotes_are_exact_and_totals_are_never_line_items(rows: list[tuple[str, str, str, str]], separator: str,
                                                         wrap: bool, drop: int) -> None:
    table = [["Description", "Qty", "Unit Price", "Extended"]] + [list(row) for row in rows]
    lines = [separator.join(row) for row in table]
    if drop < len(lines):
        lines[drop] = lines[drop].replace("$", "USD ", 1)  # a row that is not in the text as the table has it
    if wrap:
        table[1][0] = table[1][0].replace(" ", "\n", 1)
    text = "Quote for the county\n" + "\n".join(lines) + "\nThank you."
    page = PageText(1, text, "layer", tables=[table])
    for cost in find_table_costs(page):
        assert text[cost.char_start:cost.char_end] == cost.quote
        if cost.description and cost.description.split()[0].lower() in ("total", "subtotal"):
            assert cost.row_kind in ("total", "subtotal")


@settings(max_examples=150, deadline=None)
@given(text=st.text(alphabet=st.sampled_from(list("ab1$.,| \n\t")), max_size=80),
       row=st.lists(st.text(alphabet=st.sampled_from(list("ab1$.,\n ")), max_size=8), min_size=1, max_size=4))
def test_located_rows_cover_only_their_cells(text: str, row: list[str]) -> None:
    span = locate_row(text, row, 0, [])
    if span is not None:
        start, end = span
        assert sorted(text[start:end].replace("|", "").replace(" ", "").replace("\t", "").replace("\n", "")) == \
            sorted("".join(row).replace(" ", "").replace("\n", ""))


def test_a_table_row_whose_words_hold_a_price_is_read_as_prose() -> None:
    text = ("Year 1 license, installation and training:                          $52,900\n"
            "Annual maintenance, years 2 and 3 ($9,750 each year):               $19,500\n")
    rows = [["Year 1 license, installation and training:", "$52,900"],
            ["Annual maintenance, years 2 and 3 ($9,750 each year):", "$19,500"]]
    page = PageText(1, text, "layer", tables=[rows])
    costs = [(fact.quote, fact.values["period"]) for fact in extract_page(page) if fact.kind == "costs"]
    assert ("$9,750 each year", "year") in costs and ("$19,500", None) in costs, costs


def test_a_table_row_whose_quantity_and_unit_price_ran_together_is_read_from_its_printed_line() -> None:
    text = ("Category      Item                                    Qty.    Unit cost        Total\n"
            "Contractual   FaceSearch subscription, annual            2 $14,500/ yr       $29,000\n"
            "Training      Analyst face comparison training seats     6 $600 each          $3,600\n")
    rows = [["Category", "Item", "Qty. Unit cost", "Total"],
            ["Contractual", "FaceSearch subscription, annual", "2 $14,500/ yr", "$29,000"],
            ["Training", "Analyst face comparison training seats", "6 $600 each", "$3,600"]]
    page = PageText(1, text, "ocr", tables=[rows])
    costs = sorted((fact.values["amount_min"], fact.values["unit"]) for fact in extract_page(page) if fact.kind == "costs")
    assert costs == [(Decimal("600"), "seat"), (Decimal("3600"), None), (Decimal("14500"), None), (Decimal("29000"), None)]


def test_table_rows_for_other_products_and_salaries_are_no_face_recognition_costs() -> None:
    text = ("Line  Category    Description                         Qty   Unit cost    Total\n"
            "1     Personnel   Crime analyst, 1.0 FTE                1     $62,400   $62,400\n"
            "2     Equipment   ALPR fixed-site cameras, installed    3     $13,000   $39,000\n"
            "3     Contract    FaceSearch investigator seats         5      $1,150    $5,750\n")
    rows = [["Line", "Category", "Description", "Qty", "Unit cost", "Total"],
            ["1", "Personnel", "Crime analyst, 1.0 FTE", "1", "$62,400", "$62,400"],
            ["2", "Equipment", "ALPR fixed-site cameras, installed", "3", "$13,000", "$39,000"],
            ["3", "Contract", "FaceSearch investigator seats", "5", "$1,150", "$5,750"]]
    page = PageText(1, text, "layer", tables=[rows])
    amounts = sorted(fact.values["amount_min"] for fact in extract_page(page) if fact.kind == "costs")
    assert Decimal("5750") in amounts and not {Decimal("62400"), Decimal("39000"), Decimal("13000")} & set(amounts), amounts


def test_a_sections_total_row_is_a_total(tmp_path: Path) -> None:
    table = PriceTable(
        before=["EXHIBIT B - FEE SCHEDULE", "PART 1 - RECURRING FEES (per year)"],
        rows=[("Ln", "Description", "Qty", "Unit price", "Annual"),
              ("1", "Face search examiner seats", "4", "2,100.00", "8,400.00"),
              ("2", "Face search hosting", "1", "3,000.00", "3,000.00"),
              ("", "Recurring total per year", "", "", "11,400.00")],
        widths=(12, 88, 15, 30, 30), align=("LEFT", "LEFT", "RIGHT", "RIGHT", "RIGHT"))
    costs = find_table_costs(_page(write_table_pdf(tmp_path / "exhibit.pdf", [table])))
    assert {c.row_kind for c in costs[:-1]} == {"line_item"}
    assert (costs[-1].row_kind, costs[-1].line_total) == ("total", D("11400.00"))
