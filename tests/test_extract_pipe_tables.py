"""Pipe tables (spreadsheets and exports printed as text): each cell read under its column's header."""

from __future__ import annotations

from decimal import Decimal

from foia.analysis import analyse
from foia.extract.entities import Gazetteer
from foia.extract.pipe_tables import read_pipe_tables
from foia.ingest import PageText

EXPORT = """\
FaceFirst - Monthly Usage Export                                   Sheet 1 of 1
Customer: Pinal County Sheriff's Office (AZ)

Month    | Searches | Probe imgs | Overage fee | Invoice total | Invoice no.  | Paid
---------+----------+------------+-------------+---------------+--------------+-----------
Jan-2025 |      140 |        171 |       $0.00 |       $900.00 | FF-25-00112  | 2025-02-14
Feb-2025 |      166 |        190 |      $39.00 |       $939.00 | FF-25-00231  | 2025-03-12
---------+----------+------------+-------------+---------------+--------------+-----------
TOTAL    |      306 |        361 |      $39.00 |     $1,839.00 |              |
"""


def test_every_cell_is_read_under_its_header_with_the_rows_period() -> None:
    tables = read_pipe_tables(EXPORT)
    costs = {(cost.amount_max, cost.period, cost.kind) for cost in tables.costs}
    assert costs == {(Decimal("900.00"), "month", None), (Decimal("39.00"), "month", None),
                     (Decimal("939.00"), "month", None), (Decimal("39.00"), None, "total"),
                     (Decimal("1839.00"), None, "total")}
    counts = {(count.count, count.measure, count.per) for count in tables.counts}
    assert counts == {(140, "searches", "month"), (171, "images", "month"), (166, "searches", "month"),
                      (190, "images", "month"), (306, "searches", None), (361, "images", None)}
    for finding in [*tables.costs, *tables.counts]:
        assert EXPORT[finding.char_start : finding.char_end] == finding.quote


def test_invoice_numbers_dates_and_zero_amounts_are_no_figures() -> None:
    facts = analyse([PageText(1, EXPORT, "layer")], Gazetteer.load()).facts
    values = {str(fact.values.get("amount_max", fact.values.get("count"))) for fact in facts}
    assert not values & {"0.00", "0", "112", "231", "2025", "14"}


def test_a_table_without_pipes_or_with_one_row_is_not_read_here() -> None:
    assert read_pipe_tables("Searches | 140\nUsers | 12\n").costs == []
    assert read_pipe_tables("Month | Searches | Fee\nJan | 12 | $5.00\n").counts == []


PRICE_TABLE = """\
QTY  | PART NO.      | DESCRIPTION                                      | EXTENDED  | UNIT
-----+---------------+--------------------------------------------------+-----------+---------
1    | FP-SMA-ENT    | FACE Plus enterprise facial recognition -        | 38,100.00 | 38,100.00
     |               | annual software maintenance and support          |           |
6    | FP-WKS-LIC    | FACE Plus investigator workstation license -     | 10,440.00 |  1,740.00
     |               | annual renewal                                   |           |
10   | LS-SMA-500    | Livescan fingerprint station maintenance         | 12,500.00 |  1,250.00
     |               | (not face recognition)                           |           |
-----+---------------+--------------------------------------------------+-----------+---------
                                                        AMOUNT DUE     USD 61,040.00
"""


def test_a_pipe_price_table_gives_checked_rows_unit_prices_and_seats_but_not_other_products_or_their_total() -> None:
    facts = analyse([PageText(1, PRICE_TABLE, "layer")], Gazetteer.load()).facts
    costs = {(fact.values["amount_max"], fact.values["period"], fact.values["unit"]) for fact in facts if fact.kind == "costs"}
    assert costs == {(Decimal("38100.00"), "year", None), (Decimal("10440.00"), "year", None),
                     (Decimal("1740.00"), "year", "license")}
    assert [fact.values["count"] for fact in facts if fact.kind == "usage"] == [6]


TERM_COLUMN = """\
Ln | Part No.    | Description                          | Term  | Units |      Rate |    Amount
---+-------------+--------------------------------------+-------+-------+-----------+----------
 1 | FP-ENT-MNT  | FACE Plus enterprise software        | 12 mo |     1 | 40,100.00 | 40,100.00
 2 | FP-CLT-SEAT | FACE Plus investigator client seat   | 12 mo |    20 |    315.00 |  6,300.00
 3 | LS-STN-MNT  | LiveScan fingerprint station maint.  | 12 mo |     8 |  1,100.00 |  8,800.00
---+-------------+--------------------------------------+-------+-------+-----------+----------
                       Subtotal - Face Recognition (lines 1-2)                   46,400.00
                       Subtotal - Biometric Capture (line 3)                      8,800.00
                       TOTAL DUE (USD)                                           55,200.00
"""


def test_a_term_column_gives_the_period_and_only_the_face_recognition_subtotal_is_read() -> None:
    tables = read_pipe_tables(TERM_COLUMN)
    assert {(cost.amount_max, cost.period, cost.kind) for cost in tables.costs} == {
        (Decimal("40100.00"), "year", None), (Decimal("6300.00"), "year", None),
        (Decimal("315.00"), "year", None), (Decimal("46400.00"), "year", "total")}


# A photocopied pipe table as OCR reads it: the header lost a rule, so its columns cannot be told apart.
SCANNED_RENEWAL = """\
RENEWAL INVOICE - face recognition maintenance
LN | PART NO.        DESCRIPTION                                 |QTY|      RATE |     AMOUNT
01 | FP-ENT-MNT    | FACE Plus statewide face recognition        |   1| 41,800.00 | 41,800.00
02 | FP-WKS-MNT    | FACE Plus investigator workstation maint.   | 15 |  1,150.00 | 17,250.00
"""


def test_a_pipe_table_read_by_no_column_is_left_to_the_row_reader_with_rules_as_gaps() -> None:
    assert read_pipe_tables(SCANNED_RENEWAL).claimed == []
    costs = [fact for fact in analyse([PageText(1, SCANNED_RENEWAL, "ocr")], Gazetteer.load()).facts
             if fact.kind == "costs"]
    assert [(fact.values["amount_min"], "FACE Plus" in fact.quote) for fact in costs] == [
        (Decimal("41800.00"), True), (Decimal("17250.00"), True), (Decimal("1150.00"), True)]


BORDERED = """\
+------+-------------+------------------------------------------+-----+------------+-------------+
| Line | Part No.    | Description                              | Qty | Unit Price | Extended    |
+------+-------------+------------------------------------------+-----+------------+-------------+
| 1    | CVA-INV-12  | Clearview AI Investigative Platform,     | 5   | $1,999.00  | $9,995.00   |
|      |             | per user, 12-month subscription          |     |            |             |
| 2    | PSS-TRN-FS  | On-site onboarding, face search          | 1   | $850.00    | $850.00     |
+------+-------------+------------------------------------------+-----+------------+-------------+
"""


def test_a_table_bordered_with_plus_signs_is_read_row_by_row_each_quoted_from_its_first_cell() -> None:
    found = read_pipe_tables(BORDERED)
    assert [(cost.amount_min, cost.quote.split("|")[0].strip()) for cost in found.costs] == [
        (Decimal("9995.00"), "1"), (Decimal("1999.00"), "1"), (Decimal("850.00"), "2")]


SPREADSHEET_PRINT = """\
Quarterly search volume (exported from the audit log)

  A    | B          | C          | D
  1    | Quarter    | Searches   | Possible matches
  2    | 2024 Q1    | 64         | 9
  3    | 2024 Q2    | 71         | 13
  4    | Total      | 135        | 22
"""


def test_a_spreadsheet_prints_column_letters_and_row_numbers_around_its_table() -> None:
    counts = {(count.count, count.measure, count.per) for count in read_pipe_tables(SPREADSHEET_PRINT).counts}
    assert counts == {(64, "searches", "quarter"), (71, "searches", "quarter"), (9, "matches", "quarter"),
                      (13, "matches", "quarter"), (135, "searches", None), (22, "matches", None)}


def test_pipes_at_both_ends_of_each_line_leave_the_label_in_the_first_cell() -> None:
    text = "| Quarter | Searches |\n|---------|----------|\n| 2024 Q1 | 64       |\n| 2024 Q2 | 71       |\n"
    tables = read_pipe_tables(text)
    assert {(count.count, count.per) for count in tables.counts} == {(64, "quarter"), (71, "quarter")}
    assert all(count.quote.startswith("2024 Q") for count in tables.counts)


def test_a_ranked_tables_numbered_first_column_under_a_header_stays_its_label() -> None:
    text = "Quarter | Searches | Leads\n1       | 64       | 9\n2       | 71       | 13\n3       | 90       | 4\n"
    counts = read_pipe_tables(text).counts
    assert {(count.count, count.measure) for count in counts} == {(64, "searches"), (71, "searches"), (90, "searches"),
                                                                   (9, "leads"), (13, "leads"), (4, "leads")}


def test_an_exports_own_row_number_column_is_no_label() -> None:
    text = ("Face search activity export\n\n"
            "Row|Month   |Searches|Possible matches\n"
            "1  |Mar 2024|19      |12\n"
            "2  |Apr 2024|23      |15\n"
            "3  |May 2024|17      |9\n"
            "   |Total   |59      |36\n")
    found = [(count.count, count.measure, count.per) for count in read_pipe_tables(text).counts]
    assert found[:2] == [(19, "searches", "month"), (12, "matches", "month")]
    assert (59, "searches", None) in found


SHEET_WITH_A_GUTTER = """\
SearchLog_2024.xlsx - Monthly

    |    A     |    B     |    C     |            D
----+----------+----------+----------+---------------------------
  1 | Month    | Searches | Possible | Notes
    |          |   run    | matches  |
  2 | Jan 2024 |       31 |        9 | Renewal paid 1/12
  3 | Feb 2024 |       27 |        8 |
  4 | Total    |       58 |       17 |
  5 |
  6 | Column C counts searches with at least one candidate.
"""


def test_a_sheet_printed_with_a_gutter_of_row_numbers_and_a_header_on_two_lines() -> None:
    """Column letters over a gutter ("    |  A  |  B"), row numbers down it with a line that has none where
    the header wraps ("Searches" over "run"), a notes column, and the text box's rows at the end."""
    found = read_pipe_tables(SHEET_WITH_A_GUTTER)
    assert [(count.count, count.measure, count.per, count.quote) for count in found.counts] == [
        (31, "searches", "month", "Jan 2024 |       31"), (9, "matches", "month", "Jan 2024 |       31 |        9"),
        (27, "searches", "month", "Feb 2024 |       27"), (8, "matches", "month", "Feb 2024 |       27 |        8"),
        (58, "searches", None, "Total    |       58"), (17, "matches", None, "Total    |       58 |       17")]
