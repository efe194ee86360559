"""The per-agency figures a reporter can quote (foia.totals): read one document at a time, a stated total
standing for its rows, price-table rows added, prose restatements never added, per-unit prices, caps,
grants and other currencies left out and said so."""

from __future__ import annotations

from decimal import Decimal

from foia import summaries
from foia.extract import tables
from foia.totals import CostRow, agency_totals


def cost(document: str, amount: str | None, high: str | None = None, *, currency: str = "USD", period: str | None = None,
         unit: str | None = None, kind: str | None = None, qualifier: str = "exact", table: bool = False) -> CostRow:
    low = None if amount is None else Decimal(amount)
    return CostRow(hash(document) % 1000, document, low, Decimal(high or amount or "0"), currency, period, unit, kind,
                   qualifier, table)


def test_prose_restating_a_price_is_not_added_twice() -> None:
    totals = agency_totals([cost("thread.pdf", "6", "12", period="month", qualifier="range"),
                            cost("thread.pdf", "6", "12", period="month", qualifier="range")])
    assert totals.annual is not None and (totals.annual.low, totals.annual.high) == (Decimal(72), Decimal(144))
    assert "the largest of 2 amounts, not added up" in totals.note and totals.costs == 2


def test_a_stated_total_stands_for_its_rows_and_rows_add_up_without_one() -> None:
    with_total = agency_totals([cost("quote.pdf", "3000", table=True), cost("quote.pdf", "1500", table=True),
                                cost("quote.pdf", "4500", kind="total", table=True)])
    assert with_total.contract is not None and with_total.contract.high == Decimal(4500)
    assert "its stated total; 2 other amounts on it not added again" in with_total.note
    rows = agency_totals([cost("invoice.pdf", "3000", table=True), cost("invoice.pdf", "1500", table=True),
                          cost("invoice.pdf", "-250", kind="credit", table=True)])
    assert rows.contract is not None and rows.contract.high == Decimal(4250)
    assert "3 price-table rows added" in rows.note


def test_documents_are_never_added_together() -> None:
    totals = agency_totals([cost("quote.pdf", "10000"), cost("invoice.pdf", "10000"), cost("po.pdf", "9000")])
    assert totals.contract is not None and totals.contract.high == Decimal(10000)
    assert totals.contract.document == "invoice.pdf"  # ties: the first by name
    assert "2 other documents with smaller values, not added" in totals.note


def test_what_cannot_be_added_is_left_out_and_said() -> None:
    totals = agency_totals([
        cost("a.pdf", "1", unit="image"), cost("a.pdf", None, "50000", kind="cap", qualifier="at most"),
        cost("a.pdf", "40000", kind="grant"), cost("a.pdf", "2000", currency="CAD", period="year"),
        cost("a.pdf", "100", qualifier="at least"), cost("a.pdf", "400", period="one-time", kind="setup"),
    ])
    assert totals.contract is not None and totals.contract.high == Decimal(400) and totals.annual is None
    assert totals.note.endswith("Not added: 1 cap or upper bound, 1 grant, 1 in CAD, 1 lower bound only, "
                                "1 per-unit price.")


def test_recurring_prices_are_converted_to_a_year_honestly() -> None:
    totals = agency_totals([cost("q.pdf", "100", period="week", table=True), cost("q.pdf", "1000", period="quarter",
                                                                                  table=True)])
    assert totals.annual is not None and totals.annual.high == Decimal("5217.75") + Decimal(4000)
    assert "converted to a year" in totals.note


def test_the_summary_knows_which_costs_come_from_price_tables() -> None:
    assert summaries.TABLE_EXTRACTOR == tables.EXTRACTOR
