"""The per-agency cost figures a reporter can quote, and a sentence saying how each was reached.

A release mentions one purchase many times (a quote, the purchase order, the invoice, emails about
it), and bids from competing vendors for one contract, so adding up every cost an agency's records
state would count one purchase several times. The figures here are therefore read from one document
at a time, which the reporter can cite:

- contract value: the largest one-document value of one-time amounts and amounts without a stated
  period. A document's value is its stated total where it has one (its line items, tax and credits
  are in it already); else the rows of its price tables added up (credits subtracted), each row being
  a separate line; else its largest single amount, since letters and emails restate the same figure
  in other words ("between $6 and $12 a month", later "$6-$12 per month") and adding prose amounts
  would count one price twice.
- annual value: the same for recurring prices, each converted to a year (a month x 12, a quarter x 4,
  a week x 52.1775, a day x 365.2425).

Added up only where that is honest: US-dollar amounts (other currencies are never converted), flat
prices (a per-unit price is a rate, not an amount), known amounts (caps, "up to" and "at least" give
only one bound; grants are money received). Ranges stay ranges: their low ends and high ends are added
separately. Every cost left out is counted in the note by its reason."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from foia.wording import plural, usd_range

PER_YEAR = {"year": Decimal(1), "quarter": Decimal(4), "month": Decimal(12), "week": Decimal("52.1775"),
            "day": Decimal("365.2425")}
TOTAL_KINDS = ("total",)


@dataclass(frozen=True)
class CostRow:
    """What the totals need of one cost (rejected costs and copies are never passed in)."""

    document_id: int
    document: str
    amount_min: Decimal | None
    amount_max: Decimal
    currency: str
    period: str | None
    unit: str | None
    kind: str | None
    qualifier: str
    from_table: bool = False  # a row of a price table (foia.extract.tables), not prose


@dataclass(frozen=True)
class Figure:
    low: Decimal
    high: Decimal
    document_id: int
    document: str
    how: str  # "its stated total" | "3 items added up" ...


@dataclass(frozen=True)
class AgencyTotals:
    costs: int
    contract: Figure | None
    annual: Figure | None
    note: str


# Why a cost is not added, as the note says it for one and for several.
REASONS = {
    "per-unit": ("per-unit price", "per-unit prices"),
    "bound": ("cap or upper bound", "caps or upper bounds"),
    "at least": ("lower bound only", "lower bounds only"),
    "grant": ("grant", "grants"),
}


def left_out_reason(cost: CostRow) -> str | None:
    """Why a cost is not added to any figure (a key of REASONS, or "in CAD", "period ..."); None when
    it is added."""
    if cost.currency != "USD":
        return f"in {cost.currency}"
    if cost.unit is not None:
        return "per-unit"
    if cost.kind == "cap" or cost.qualifier == "at most" or cost.amount_min is None:
        return "bound"
    if cost.qualifier == "at least":
        return "at least"
    if cost.kind == "grant":
        return "grant"
    if cost.period is not None and cost.period != "one-time" and cost.period not in PER_YEAR:
        return f"with period {cost.period!r}"
    return None


def _document_figure(costs: list[CostRow], per_year: bool) -> Figure:
    """One document's value: its largest stated total, else its table rows added up (credits are
    negative), else its largest single amount."""

    def factor(cost: CostRow) -> Decimal:
        return PER_YEAR[cost.period or "year"] if per_year else Decimal(1)

    def low(cost: CostRow) -> Decimal:
        assert cost.amount_min is not None  # left_out_reason keeps only known amounts
        return cost.amount_min * factor(cost)

    first = costs[0]
    totals = [c for c in costs if c.kind in TOTAL_KINDS]
    rows = [c for c in costs if c.from_table]
    converted = ", converted to a year" if per_year and any(c.period != "year" for c in costs) else ""
    if any(c.qualifier == "approximately" for c in costs):
        converted += "; approximate amounts as stated"
    if totals:
        best = max(totals, key=lambda c: c.amount_max * factor(c))
        others = len(costs) - 1
        how = "its stated total" + (f"; {plural(others, 'other amount')} on it not added again" if others else "")
        return Figure(low(best), best.amount_max * factor(best), first.document_id, first.document, how + converted)
    if len(rows) > 1:
        prose = len(costs) - len(rows)
        how = f"{plural(len(rows), 'price-table row')} added" + (f"; {plural(prose, 'amount')} in its text not added"
                                                                    if prose else "")
        return Figure(sum(map(low, rows), Decimal(0)), sum((c.amount_max * factor(c) for c in rows), Decimal(0)),
                      first.document_id, first.document, how + converted)
    best = max(costs, key=lambda c: c.amount_max * factor(c))
    how = "its only amount" if len(costs) == 1 else f"the largest of {plural(len(costs), 'amount')}, not added up"
    return Figure(low(best), best.amount_max * factor(best), first.document_id, first.document, how + converted)


def _largest(groups: dict[int, list[CostRow]], per_year: bool) -> tuple[Figure | None, int]:
    """The document with the largest value (ties: the first by name), and how many documents had one."""
    figures = [_document_figure(costs, per_year) for costs in groups.values()]
    if not figures:
        return None, 0
    return min(figures, key=lambda f: (-f.high, f.document, f.document_id)), len(figures)


def agency_totals(costs: Iterable[CostRow]) -> AgencyTotals:
    rows = list(costs)
    one_time: dict[int, list[CostRow]] = defaultdict(list)
    recurring: dict[int, list[CostRow]] = defaultdict(list)
    left_out: Counter[str] = Counter()
    for cost in sorted(rows, key=lambda c: (c.document, c.document_id)):
        reason = left_out_reason(cost)
        if reason is not None:
            left_out[reason] += 1
            continue
        (recurring if cost.period in PER_YEAR else one_time)[cost.document_id].append(cost)
    contract, contract_documents = _largest(one_time, per_year=False)
    annual, annual_documents = _largest(recurring, per_year=True)
    return AgencyTotals(len(rows), contract, annual, _note(contract, contract_documents, annual, annual_documents, left_out))


def _note(contract: Figure | None, contract_documents: int, annual: Figure | None, annual_documents: int,
          left_out: Counter[str]) -> str:
    parts = []
    for label, figure, documents in (("Contract value", contract, contract_documents),
                                     ("Annual value", annual, annual_documents)):
        if figure is None:
            continue
        others = f"; {plural(documents - 1, 'other document')} with smaller values, not added" if documents > 1 else ""
        parts.append(f"{label} {usd_range(figure.low, figure.high)} ({figure.document}: {figure.how}{others}).")
    if left_out:
        said = sorted(((count, plural(count, *REASONS[reason]) if reason in REASONS else f"{count} {reason}")
                       for reason, count in left_out.items()), key=lambda item: (-item[0], item[1]))
        reasons = ", ".join(text for _, text in said)
        parts.append(f"Not added: {reasons}.")
    return " ".join(parts)
