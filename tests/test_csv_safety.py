"""Exports neutralise spreadsheet formulas in text cells without touching numbers."""

from __future__ import annotations

import csv
import io
from decimal import Decimal

from foia.export import csv_value


def test_hostile_text_cells_are_inert_and_round_trip() -> None:
    hostile = ["=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\tTAB", "\rCR", "plain"]
    buffer = io.StringIO()
    csv.writer(buffer).writerow([csv_value(value) for value in hostile])
    (row,) = csv.reader(io.StringIO(buffer.getvalue()))
    assert row[:-1] == ["'" + value for value in hostile[:-1]]
    assert row[-1] == "plain"


def test_numbers_are_never_prefixed() -> None:
    assert csv_value(Decimal("-12.500000")) == "-12.5"
    assert csv_value(Decimal("6.000000")) == "6"
    assert csv_value(Decimal("2.5E+6")) == "2500000"
    assert csv_value(-3) == "-3"
    assert csv_value(None) == ""
