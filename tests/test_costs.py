"""Cost extraction on the plain forms the foundation must read, and on things that are not costs."""

from __future__ import annotations

from decimal import Decimal

import pytest

from foia.extract.costs import find_costs


@pytest.mark.parametrize(
    ("text", "quote", "low", "high", "period", "unit", "quantity"),
    [
        ("We pay between $6 and $12 a month for it.", "between $6 and $12 a month", "6", "12", "month", None, None),
        ("Estimated $6-$12 per month.", "$6-$12 per month", "6", "12", "month", None, None),
        ("Estimated $6–$12 a month.", "$6–$12 a month", "6", "12", "month", None, None),
        ("roughly between $ 6 and $ 12 per month", "between $ 6 and $ 12 per month", "6", "12", "month", None, None),
        ("A flat $400.", "$400", "400", "400", None, None, None),
        ("Storage is $7/mo.", "$7/mo", "7", "7", "month", None, None),
        ("License: $24,000/yr", "$24,000/yr", "24000", "24000", "year", None, None),
        ("Analysis costs $0.001 per image.", "$0.001 per image", "0.001", "0.001", None, "image", "1"),
        ("Then $1 per 1,000 images.", "$1 per 1,000 images", "1", "1", None, "image", "1000"),
        ("A $2.5 million contract", "$2.5 million", "2500000", "2500000", None, None, None),
        ("Total: $14,995", "$14,995", "14995", "14995", None, None, None),
    ],
)
def test_reads_amounts_ranges_periods_and_units(text, quote, low, high, period, unit, quantity) -> None:  # type: ignore[no-untyped-def]
    (finding,) = list(find_costs(text))
    assert finding.quote == quote
    assert text[finding.char_start : finding.char_end] == quote
    assert (finding.amount_min, finding.amount_max) == (Decimal(low), Decimal(high))
    assert finding.period == period
    assert finding.unit == unit
    assert finding.unit_quantity == (Decimal(quantity) if quantity else None)


def test_setup_charge_is_one_time() -> None:
    (finding,) = list(find_costs("The vendor quoted a $400 setup charge."))
    assert (finding.period, finding.kind) == ("one-time", "setup")


def test_and_without_between_is_two_amounts_not_a_range() -> None:
    findings = list(find_costs("Items cost $6 and $12."))
    assert [(f.amount_min, f.amount_max) for f in findings] == [(Decimal(6), Decimal(6)), (Decimal(12), Decimal(12))]


def test_descending_pair_is_not_a_range() -> None:
    assert all(f.amount_min == f.amount_max for f in find_costs("from $12 to $6"))


@pytest.mark.parametrize(
    "text",
    ["Call 503-846-2700 ext 4", "Case 2018-00417, zip 97124", "Bates WCSO 000117", "In 2018 we had 17 pages"],
)
def test_numbers_without_a_dollar_sign_are_not_costs(text: str) -> None:
    assert list(find_costs(text)) == []


def test_long_runs_of_digits_and_dollar_signs_stay_fast() -> None:
    import time

    hostile = ("$" + "9" * 50 + " ") * 20_000
    started = time.perf_counter()
    list(find_costs(hostile))
    assert time.perf_counter() - started < 5
