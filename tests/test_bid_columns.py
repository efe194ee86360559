"""A bid tabulation printed with one column per offeror: only the awarded offeror's column is money the
agency pays, and the award may stand on another page; with no award, no column is a cost. A table whose
columns are prices or periods is no tabulation of offers."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from foia.analysis import Fact, analyse
from foia.extract.bid_columns import offer_cells
from foia.extract.entities import Gazetteer
from foia.ingest import PageText

GAZETTEER = Gazetteer.load()

TABULATION = """\
CITY OF GREELEY - PURCHASING DIVISION
1000 10th Street, Greeley, Colorado 80631

                    BID TABULATION - ITB 2025-044
          Facial Recognition Software for the Police Department

Opened:  February 18, 2025, 10:00 a.m., by Dana Whitcomb, Buyer II
Bids:    three received by the deadline; all prices FOB destination

                                   Rank One        Veritone,       IDEMIA
Line  Description                  Computing            Inc.    Identity
----  ----------------------    ------------    ------------   ---------
1     Server licence               $18,400.00      $22,950.00  $26,300.00
2     Analyst seats (3)             $7,500.00       $9,000.00   $8,250.00
3     Annual support               $3,680.00       $4,590.00   $5,260.00
----  ----------------------    ------------    ------------   ---------
      TOTAL                        $29,580.00      $36,540.00  $39,810.00

Page 1 of 2
"""

AWARD_PAGE = """\
RECOMMENDATION

Staff recommends award of ITB 2025-044 to Rank One Computing, the lowest
responsive bidder, in the amount of $29,580.00, from the Police
Department's technology fund.
"""

NO_AWARD_PAGE = """\
NEXT STEPS

The evaluation committee will meet on March 3 to score the three bids.
"""


def facts_of(*pages: str) -> list[Fact]:
    analysis = analyse([PageText(number, text, "layer") for number, text in enumerate(pages, 1)], GAZETTEER)
    return [fact for fact in analysis.facts if fact.restates is None]


def test_only_the_awarded_offerors_column_is_a_cost_though_the_award_is_on_the_next_page() -> None:
    costs = [fact for fact in facts_of(TABULATION, AWARD_PAGE) if fact.kind == "costs"]
    on_the_table = {fact.values["amount_max"] for fact in costs if fact.page_number == 1}
    assert on_the_table == {Decimal("18400.00"), Decimal("7500.00"), Decimal("3680.00"), Decimal("29580.00")}
    assert {fact.vendor for fact in costs} == {"Rank One Computing"}


def test_no_column_of_offers_is_a_cost_where_no_award_is_named() -> None:
    assert not [fact for fact in facts_of(TABULATION, NO_AWARD_PAGE) if fact.kind == "costs"]


@pytest.mark.parametrize("table", [
    ("Quotes received: one, from Rank One Computing.\n\n"
     "Line  Description                   Unit price       Extended\n"
     "1     Analyst seats (3)              $2,500.00      $7,500.00\n"
     "2     Annual support                 $3,680.00      $3,680.00\n"),
    ("3. BIDS RECEIVED\n\n"
     "  Bidder                   Product          First year  Later yrs   Score\n"
     "  Rank One Computing       ROC SDK          $18,400.00  $3,680.00   82.50\n"
     "  Veritone, Inc.           IDentify         $22,950.00  $4,590.00   74.25\n"),
])
def test_columns_of_prices_periods_and_scores_are_no_offerors(table: str) -> None:
    assert offer_cells(table) == ()


def test_without_a_heading_of_bids_a_table_of_companies_is_left_to_the_other_readers() -> None:
    assert offer_cells(TABULATION.replace("BID TABULATION - ", "")) == ()


_OFFERORS = ["Rank One Computing", "Veritone Inc.", "NEC Corporation", "Cognitec Systems", "DataWorks Plus"]


@settings(max_examples=60, deadline=None)
@given(st.integers(2, 4), st.lists(st.lists(st.integers(100, 9_999_999), min_size=4, max_size=4), min_size=1, max_size=5),
       st.integers(12, 16))
def test_every_offer_cell_is_an_amount_at_its_offsets_under_its_offerors_column(
        width: int, rows: list[list[int]], column: int) -> None:
    offerors = _OFFERORS[:width]
    header = "Item  Description" + " " * 10 + "".join(name.split()[0].rjust(column) for name in offerors)
    lines = ["BID TABULATION", "", header]
    for number, amounts in enumerate(rows, 1):
        cells = "".join(f"${amount / 100:,.2f}".rjust(column) for amount in amounts[:width])
        lines.append(f"{number:<4}  Item {number:<16}" + cells)
    text = "\n".join(lines) + "\n"
    found = offer_cells(text)
    assert len(found) == width * len(rows)
    for index, cell in enumerate(found):
        assert text[cell.char_start : cell.char_end].startswith("$")
        assert cell.offeror == offerors[index % width].split()[0]


PLAIN_TABULATION = """\
HALL COUNTY PROCUREMENT - BID TABULATION
Bid 25-112   Facial Recognition Software, Sheriff's Office

Item  Description             Rank One   Cognitec    Veritone
                              Computing   Systems        Inc.
----  ----------------------  ---------  ---------  ---------
      Solution offered          ROC SDK  FaceVACS    IDentify
1     Licence, 6 concurrent   21,000.00  26,400.00  24,000.00
      users, year 1
2     Maintenance, years 2-3   4,200.00   5,280.00   4,800.00
      (price per year)
----  ----------------------  ---------  ---------  ---------
      Evaluated cost          29,400.00  36,960.00  33,600.00

Page 1 of 2
"""


def test_a_tabulation_in_plain_figures_is_read_and_only_the_awarded_column_kept() -> None:
    award = "Purchasing recommends award of Bid 25-112 to Rank One Computing, the lowest responsive bidder.\n"
    costs = [fact for fact in facts_of(PLAIN_TABULATION, award) if fact.kind == "costs" and fact.page_number == 1]
    assert {(fact.values["amount_max"], fact.values["period"]) for fact in costs} == {
        (Decimal("21000.00"), "year"), (Decimal("4200.00"), "year"), (Decimal("29400.00"), None)}
    assert {fact.vendor for fact in costs} == {"Rank One Computing"}
