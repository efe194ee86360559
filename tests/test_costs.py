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
        ("We want 9 seats: $18,000 for July 2024 - June 2025.", "$18,000 for July 2024 - June 2025", "18000", "18000",
         "year", None, None),
        ("Renewal is $9,000 covering 10/2024-09/2025.", "$9,000 covering 10/2024-09/2025", "9000", "9000", "year", None, None),
        ("Prior year (09/2023-09/2024) we paid $5,400.00 for it.", "$5,400.00", "5400", "5400", "year", None, None),
        ("A pilot at $3,000 for July 2024 - December 2024.", "$3,000", "3000", "3000", None, None, None),
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


def test_a_later_column_of_a_price_row_takes_the_rows_label() -> None:
    findings = list(find_costs("Price per seat, per year      $1,800.00      $1,650.00"))
    assert [(f.amount_max, f.period, f.unit) for f in findings] == [
        (Decimal("1800"), "year", "seat"), (Decimal("1650"), "year", "seat")]


def test_a_card_statements_cycle_limit_is_no_cost() -> None:
    assert list(find_costs("Cycle:  08/23/2024 - 09/22/2024       Cycle limit:    $10,000.00")) == []


def test_a_total_worked_out_from_a_price_stated_with_its_period_takes_that_period() -> None:
    chat = ("Clearview came back at $1,890 per seat for the year. We have 7 seats.\n"
            "Sure. 7 x 1,890 = $13,230.00. Need the quote number.\n")
    assert [(f.amount_max, f.period) for f in find_costs(chat)] == [(Decimal("1890"), "year"), (Decimal("13230"), "year")]
    wrong_sum = chat.replace("$13,230.00", "$13,320.00")
    assert [(f.amount_max, f.period) for f in find_costs(wrong_sum)] == [(Decimal("1890"), "year"), (Decimal("13320"), None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quote's bare "Term:" line of numeric dates makes its recurring rows (wrapped descriptions too) yearly
        ("Term: 12 months, 08/01/2024 through 07/31/2025\n\n"
         "Line  Description                          Qty   Unit Price      Amount\n"
         " 10   Vigilant FaceSearch - investigative    4     1,875.00    7,500.00\n"
         "      facial recognition search, named\n"
         "      user subscription (4 users)\n",
         [(Decimal("7500.00"), "year", None), (Decimal("1875.00"), "year", "user")]),
        ("The prior term (08/01/2023 - 07/31/2024) was billed at $9,180.00 for FaceSearch.",
         [(Decimal("9180"), "year", None)]),
        # dot leaders and an abbreviation ending a cell do not end the sentence of a unit price and its total
        ("  - NeoFace Reveal annual subscription and hosting,\n"
         "    6 named examiner licenses x $4,300 ...................... $25,800\n",
         [(Decimal("4300"), "year", "license"), (Decimal("25800"), "year", None)]),
        ("NeoFace sustainment plan\n  1   Oct 2024 - Sep 2025  Subscription, 6 lic.     $25,800.00  JAG/City\n"
         "  2   Oct 2025 - Sep 2026  Subscription, 6 lic.     $26,574.00  General\n",
         [(Decimal("25800"), "year", None), (Decimal("26574"), "year", None)]),
        # a waived fee on the next line leaves the price; a gap to a budget is no price
        ("  6 FaceSearch licenses at $1,600 per seat = $9,600 for 12 months\n  Onboarding fee waived\n\n"
         "That is $100 over your line.\n",
         [(Decimal("1600"), "year", "seat"), (Decimal("9600"), "year", None)]),
        ("My FY25 budget line for this is $9,500, total.", [(Decimal("9500"), None, None)]),
        ("The CID software line only has $6,200 left though.", []),
        ("The first year, and the $3,360 setup and gallery-load fee, were paid from the IDentify grant.",
         [(Decimal("3360"), "one-time", None)]),
        ("Row 2: FY26 request = 12 x $500 est. monthly usage of Rekognition", [(Decimal("500"), "month", None)]),
        # a span of contract years is their total, not one year's price
        ("Subscription, Contract Years 1 - 3                     $45,816.82", [(Decimal("45816.82"), None, None)]),
    ],
)
def test_periods_units_and_non_prices_around_an_amount(text: str, expected: list[tuple[object, ...]]) -> None:
    assert [(f.amount_max, f.period, f.unit) for f in find_costs(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We renewed FaceSearch in March. Last year's PO\n(PO 24-00318) was $5,900 for 10 users.",
         [(Decimal("5900"), "year", None)]),
        ("The 2025 budget has $6,500 for this subscription.", [(Decimal("6500"), None, None)]),
        ("FaceSearch price per user: $580.00 per year", [(Decimal("580"), "year", "user")]),
        ("FRSS fees\n  Each additional user account, per year .................   $650.00\n"
         "  User training and certification, per user (one-time) ...   $175.00\n",
         [(Decimal("650"), "year", "account"), (Decimal("175"), "one-time", "user")]),
        ("Face search training for seven users is $1,225.00, invoiced once.", [(Decimal("1225"), "one-time", None)]),
    ],
)
def test_labels_that_name_a_unit_a_year_or_a_single_payment(text: str, expected: list[tuple[object, ...]]) -> None:
    assert [(f.amount_max, f.period, f.unit) for f in find_costs(text)] == expected
