"""Printed threads read from scans: OCR's reading order keeps an email header's columns together, and
the messages of a scanned Lotus Notes page, a scanned Gmail page and a photocopied Lotus Notes page
(specks read as marks around its column labels) come out whole (three small 200-dpi
pages through the importer; scripts/measure_email_split.py scans and photocopies every development
thread)."""

from __future__ import annotations

import datetime as dt
import re
import shutil
from pathlib import Path

import pytest

from foia.extract.entities import Gazetteer
from foia.ingest.ocr import text_from_tsv
from foia.messages import SplitMessage
from foia.orchestration.files import file_info
from foia.orchestration.process import process_file
from tests.pdfs import PrintedPage, write_print_pdf
from tests.printed_threads import GMAIL_PRINT, LOTUS_COLUMNAR, NOTES_TABLE_HISTORY

needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None, reason="needs the tesseract binary")
_TSV_HEAD = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"


def _tsv(words: list[tuple[int, int, int, int, str]]) -> str:
    """Tesseract's TSV for words given as (block, line, left, top, text), each 40 px tall."""
    rows = [_TSV_HEAD]
    for number, (block, line, left, top, word) in enumerate(words, start=1):
        rows.append(f"5\t1\t{block}\t1\t{line}\t{number}\t{left}\t{top}\t{12 * len(word)}\t40\t95\t{word}")
    return "\n".join(rows)


def _spaced(block: int, line: int, top: int, text: str, left: int = 100) -> list[tuple[int, int, int, int, str]]:
    """A line's words as a scan prints them: a space (8 px) apart, each character 12 px wide."""
    words = []
    for word in text.split():
        words.append((block, line, left, top, word))
        left += 12 * len(word) + 8
    return words


def test_a_header_column_read_as_its_own_block_is_put_back_beside_its_rows() -> None:
    # Tesseract's blocks: the sender and date on the left, the labels, then the values.
    words = [(1, 1, 100, 100, "Terry"), (1, 1, 180, 100, "Vance/IT"), (1, 2, 100, 190, "03/12/2019"),
             (1, 2, 240, 190, "09:14"), (1, 2, 320, 190, "AM"), (1, 3, 100, 400, "Body"), (1, 3, 170, 400, "text."),
             (2, 1, 900, 100, "To"), (2, 2, 900, 145, "cc"), (2, 3, 860, 235, "Subject"),
             (3, 1, 1100, 100, "Quinn"), (3, 2, 1100, 235, "Export")]
    assert text_from_tsv(_tsv(words)).text == "Terry Vance/IT To Quinn\ncc\n03/12/2019 09:14 AM\nSubject Export\n\nBody text."


def test_two_columns_of_prose_keep_their_reading_order() -> None:
    words = [*_spaced(1, 1, 100, "The left"), *_spaced(1, 2, 145, "column."),
             *_spaced(2, 1, 100, "The right", left=900), *_spaced(2, 2, 145, "column.", left=900)]
    assert text_from_tsv(_tsv(words)).text == "The left\ncolumn.\nThe right\ncolumn."


def test_a_figure_split_at_its_thousands_separator_is_one_figure_again() -> None:
    words = _spaced(1, 1, 100, "Total is $19, 150 in 2019, 150 officers; 1, 948,310 photos.")
    assert text_from_tsv(_tsv(words)).text == "Total is $19,150 in 2019, 150 officers; 1,948,310 photos."


def test_a_tables_narrow_gaps_in_a_proportional_font_still_part_its_columns() -> None:
    """Words 8 px apart are a word space; on a line that has a wide column gap already, a gap of 20 px
    (two and a half spaces) parts two header cells too, where prose keeps it one space."""
    prose = [(1, line, left, 100 + 45 * line, word) for line, words in enumerate(
        [[(100, "The"), (144, "unit"), (200, "ran"), (244, "forty"), (312, "searches")]] * 12, start=1) for left, word in words]
    header = [(1, 20, 100, 1000, "Month"), (1, 20, 400, 1000, "Searches"), (1, 20, 516, 1000, "Possible"),
              (1, 20, 900, 1000, "Arrests")]
    wide_in_prose = [(1, 21, 100, 1045, "to"), (1, 21, 144, 1045, "identify"), (1, 21, 260, 1045, "a"),
                     (1, 21, 280, 1045, "person.")]
    lines = text_from_tsv(_tsv(prose + header + wide_in_prose)).text.split("\n")
    assert re.split(r" {2,}", lines[-2]) == ["Month", "Searches", "Possible", "Arrests"]
    assert lines[-1] == "to identify a person."  # no table gap in prose: a wider space is still one space


def test_rows_of_figures_printed_line_after_line_keep_no_blank_line_between_them() -> None:
    """Figures have no ascenders or descenders: their boxes are shorter than a line of words, and the gap
    between two rows of figures looks taller than their own height. A blank line is a gap taller than the
    page's lines, so a count table's rows stay together; a paragraph's gap still parts it."""
    rows = [_TSV_HEAD]
    lines = [("Year Requests submitted", 40, 100), ("2022 7 3", 26, 157), ("2023 11 4", 26, 212),
             ("Total 26 9", 40, 262), ("The requests went to the State Police.", 40, 400)]
    for line, (text, height, top) in enumerate(lines, start=1):
        left = 100
        for word in text.split():
            rows.append(f"5\t1\t1\t1\t{line}\t1\t{left}\t{top}\t{12 * len(word)}\t{height}\t95\t{word}")
            left += 12 * len(word) + 8
    assert text_from_tsv("\n".join(rows)).text == (
        "Year Requests submitted\n2022 7 3\n2023 11 4\nTotal 26 9\n\nThe requests went to the State Police.")


def test_a_zero_misread_in_a_column_of_figures_is_a_zero_again() -> None:
    """Tesseract reads a lone 0 in a column of figures as ")", "¢)" or "O"; between a figure and the
    line's end (or another figure), after a column gap, it is a zero. Words elsewhere are left alone."""
    lines = [["March", "15", "15", ")"], ["May", "19", "¢)", "4"], ["Exhibit", "C)"], ["Suite", "O'Brien"]]
    words = [(1, number, 100 + 200 * column, 100 + 45 * number, word)
             for number, line in enumerate(lines, start=1) for column, word in enumerate(line)]
    text = text_from_tsv(_tsv(words)).text.split("\n")
    assert [line.split() for line in text] == [["March", "15", "15", "0"], ["May", "19", "0", "4"],
                                                 ["Exhibit", "C)"], ["Suite", "O'Brien"]]


def _scanned(tmp_path: Path, text: str, header: str | None = None, footer: str | None = None,
             photocopy: bool = False) -> list[SplitMessage]:
    path = write_print_pdf(tmp_path / "scan.pdf", [PrintedPage(text, header, footer)], scanned=True, photocopy=photocopy)
    processed = process_file(path, file_info(path), Gazetteer.load())
    assert processed.analysis is not None
    return processed.analysis.messages


@needs_tesseract
def test_scanned_lotus_notes_page(tmp_path: Path) -> None:
    sergio, mark = _scanned(tmp_path, LOTUS_COLUMNAR.pages[1], footer=LOTUS_COLUMNAR.furniture(LOTUS_COLUMNAR.footer, 2))
    assert (sergio.sender_name, sergio.sent_at_local) == ("Sergio Alvarez", dt.datetime(2018, 1, 9, 11, 2))
    assert (mark.sender_name, mark.sent_at_local) == ("Mark Dunn", dt.datetime(2018, 1, 9, 14, 40))
    assert mark.subject == "Network change for camera pilot"
    assert mark.body.startswith("The change request is approved")


@needs_tesseract
def test_scanned_gmail_page(tmp_path: Path) -> None:
    messages = _scanned(tmp_path, GMAIL_PRINT.pages[1], GMAIL_PRINT.furniture(GMAIL_PRINT.header, 2),
                        GMAIL_PRINT.furniture(GMAIL_PRINT.footer, 2))
    assert [(m.sender_address, m.sent_at_local) for m in messages] == [
        ("rchen@visionlink.example.com", dt.datetime(2018, 5, 15, 8, 12)),
        ("mdiaz@harborcity.example.gov", dt.datetime(2018, 5, 14, 14, 7)),  # quoted: the only print here
        ("pkim@harborcity.example.gov", dt.datetime(2018, 5, 15, 10, 30)),
    ]
    assert messages[0].body.endswith("Riley") and "asset\nforfeiture" in messages[2].body


@needs_tesseract
def test_photocopied_lotus_notes_page(tmp_path: Path) -> None:
    thread = NOTES_TABLE_HISTORY
    messages = _scanned(tmp_path, thread.pages[0], footer=thread.furniture(thread.footer, 1), photocopy=True)
    assert [(m.sender_address or m.sender_name, m.sent_at_local) for m in messages] == [
        ("petra.holm@vantagebio.example.com", dt.datetime(2019, 2, 25, 16, 48)),
        ("Walt Brennan", dt.datetime(2019, 2, 26, 15, 17)),
    ]
    petra, walt = messages  # OCR lost the history table's "To": it stays in Walt's body, never a message
    assert (petra.cc, petra.subject) == ("Ines Okoro/CPD/CedarFalls@CedarFalls", "Gallery conVersion.quote")
    assert walt.subject == "Fw: Gallery conversion quote" and walt.body.startswith("Ines - for the budget hearing")


def test_a_tables_columns_keep_their_gaps_and_its_rows_their_indent() -> None:
    words = [*_spaced(1, 1, 100, "Measure"), *_spaced(1, 1, 100, "2022", left=700), *_spaced(1, 1, 100, "2023", left=850),
             *_spaced(1, 2, 145, "Searches run"), *_spaced(1, 2, 145, "1,106", left=688),
             *_spaced(1, 2, 145, "1,482", left=838), *_spaced(1, 3, 190, "accounts", left=148)]
    assert text_from_tsv(_tsv(words)).text.split("\n") == [
        "Measure" + " " * 43 + "2022" + " " * 8 + "2023",
        "Searches run" + " " * 37 + "1,106" + " " * 8 + "1,482",
        "    accounts"]
