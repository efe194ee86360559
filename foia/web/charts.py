"""The cost timeline on an agency page, drawn on the server as SVG (no script, no chart library).

Amounts are never summed: a quote, an estimate and an invoice for the same service are three records
of one cost, and adding them would triple it. Each month shows the range of what was stated that
month, in two series that are not comparable with each other: recurring prices as monthly US dollars
(where the cost allows that figure) and other US-dollar amounts (one-time, per-unit, unstated period).
The y axis is logarithmic, since a $1-per-1,000-images price and a $250,000 contract share a chart."""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from foia.web.render import money

WIDTH, HEIGHT = 760, 260
LEFT, RIGHT, TOP, BOTTOM = 70, 16, 16, 40


@dataclass(frozen=True)
class Bar:
    series: str  # monthly | other
    month: dt.date
    low: Decimal
    high: Decimal
    count: int
    x: float
    y_low: float
    y_high: float
    title: str
    since: str
    until: str


@dataclass(frozen=True)
class Tick:
    position: float
    label: str


@dataclass(frozen=True)
class Timeline:
    width: int
    height: int
    bars: list[Bar]
    x_ticks: list[Tick]
    y_ticks: list[Tick]
    left: int
    bottom: float
    right: float
    undated: int
    not_usd: int


def _month(value: Any) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, str):
        value = dt.date.fromisoformat(value[:10])
    return dt.date(value.year, value.month, 1)


def _months_between(first: dt.date, last: dt.date) -> int:
    return (last.year - first.year) * 12 + last.month - first.month


def _month_end(month: dt.date) -> dt.date:
    following = dt.date(month.year + (month.month == 12), month.month % 12 + 1, 1)
    return following - dt.timedelta(days=1)


def _points(rows: Iterable[dict[str, Any]]) -> tuple[dict[tuple[str, dt.date], list[Decimal]], int, int]:
    """(series, month) -> amounts stated, plus how many costs had no date and how many were not in USD."""
    grouped: dict[tuple[str, dt.date], list[Decimal]] = defaultdict(list)
    undated = not_usd = 0
    for row in rows:
        month = _month(row["date"])
        if month is None:
            undated += 1
            continue
        if row["monthly_usd_min"] is not None:
            grouped["monthly", month] += [Decimal(str(row["monthly_usd_min"])), Decimal(str(row["monthly_usd_max"]))]
        elif row["currency"] == "USD":
            grouped["other", month] += [Decimal(str(row["amount_min"])), Decimal(str(row["amount_max"]))]
        else:
            not_usd += 1
    return grouped, undated, not_usd


def _y_scale(amounts: Sequence[Decimal]) -> tuple[float, float]:
    positive = [float(a) for a in amounts if a > 0] or [1.0]
    low = math.floor(math.log10(min(positive)))
    high = math.ceil(math.log10(max(positive)))
    return float(low), float(max(high, low + 1))


def timeline(rows: Iterable[dict[str, Any]]) -> Timeline | None:
    """The chart's geometry for these cost rows (export columns by name); None when nothing is dated."""
    grouped, undated, not_usd = _points(rows)
    if not grouped:
        return None
    months = sorted({month for _, month in grouped})
    first, last = months[0], months[-1]
    span = max(_months_between(first, last), 1)
    low_exp, high_exp = _y_scale([a for amounts in grouped.values() for a in amounts])
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM

    def x_of(month: dt.date) -> float:
        return round(LEFT + 12 + (plot_w - 24) * _months_between(first, month) / span, 1)

    def y_of(amount: Decimal) -> float:
        value = math.log10(float(amount)) if amount > 0 else low_exp
        return round(TOP + plot_h * (1 - (value - low_exp) / (high_exp - low_exp)), 1)

    bars = []
    for (series, month), amounts in sorted(grouped.items(), key=lambda item: (item[0][1], item[0][0])):
        low, high = min(amounts), max(amounts)
        count = len(amounts) // 2
        stated = money(low) if low == high else f"{money(low)} to {money(high)}"
        label = "a month (recurring)" if series == "monthly" else "(one-time, per unit or period not stated)"
        offset = -3 if series == "monthly" else 3
        bars.append(Bar(series, month, low, high, count, x_of(month) + offset, y_of(low), y_of(high),
                        f"{month:%B %Y}: {count} cost{'s' * (count != 1)}, {stated} {label}",
                        month.isoformat(), _month_end(month).isoformat()))
    step = max(1, math.ceil(span / 8))
    x_ticks = [Tick(x_of(month), f"{month:%b %Y}") for month in _every_month(first, last)[::step]]
    y_ticks = [Tick(y_of(Decimal(10) ** exponent), money(Decimal(10) ** exponent))
               for exponent in range(int(low_exp), int(high_exp) + 1)]
    return Timeline(WIDTH, HEIGHT, bars, x_ticks, y_ticks, LEFT, float(HEIGHT - BOTTOM), float(WIDTH - RIGHT),
                    undated, not_usd)


def _every_month(first: dt.date, last: dt.date) -> list[dt.date]:
    months = [first]
    while months[-1] < last:
        current = months[-1]
        months.append(dt.date(current.year + (current.month == 12), current.month % 12 + 1, 1))
    return months
