"""Costs in every form the issue lists, their kinds, invoice rows, and money that is not a cost."""

from __future__ import annotations

from decimal import Decimal

import pytest

from foia.analysis import analyse
from foia.extract.costs import MAX_AMOUNTS_PER_PAGE, add_on_bases, buys_base_product, find_costs
from foia.extract.entities import Gazetteer
from foia.ingest import PageText


@pytest.mark.parametrize(
    ("text", "quote", "low", "high", "period", "unit", "quantity", "kind"),
    [
        ("It would cost $6–$12 a month.", "$6–$12 a month", "6", "12", "month", None, None, None),
        ("roughly between $ 6 and $ 12 per month", "between $ 6 and $ 12 per month", "6", "12", "month", None, None, None),
        ("Storage runs $6-8 a month.", "$6-8 a month", "6", "8", "month", None, None, None),
        ("Our jail vendor quoted a $400 setup charge.", "$400", "400", "400", "one-time", None, None, "setup"),
        ("Hosting is USD 1,500 annually.", "USD 1,500 annually", "1500", "1500", "year", None, None, None),
        ("The total shall not exceed $100,000.00 for the term.", "shall not exceed $100,000.00", None, "100000.00", None, None,
         None, "cap"),
        ("with a city share of $0, and a grantor share of $25,000.", "$25,000", "25000", "25000", "one-time", None, None,
         "grant"),
        ("Pricing is $10,000 for 5 user licenses per year.", "$10,000 for 5 user licenses per year", "10000", "10000", "year",
         None, None, "license"),
        ("Annual maintenance: $3,200 per year.", "$3,200 per year", "3200", "3200", "year", None, None, "maintenance"),
        ("The subscription is $24,000/yr.", "$24,000/yr", "24000", "24000", "year", None, None, "subscription"),
        ("A $1-2 million expansion", "$1-2 million", "1000000", "2000000", None, None, None, None),
        ("EUR 2,000 per month for the pilot", "EUR 2,000 per month", "2000", "2000", "month", None, None, None),
    ],
)
def test_reads_the_listed_forms(text, quote, low, high, period, unit, quantity, kind) -> None:  # type: ignore[no-untyped-def]
    (finding,) = list(find_costs(text))
    assert text[finding.char_start : finding.char_end] == finding.quote == quote
    assert (finding.amount_min, finding.amount_max) == (Decimal(low) if low else None, Decimal(high))
    assert (finding.period, finding.unit, finding.kind) == (period, unit, kind)
    assert finding.unit_quantity == (Decimal(quantity) if quantity else None)


def test_a_negated_setup_fee_does_not_make_the_next_price_a_setup_charge() -> None:
    text = "There is no setup fee for Rekognition; image analysis is $1 per 1,000 images after the free tier."
    (finding,) = list(find_costs(text))
    assert (finding.kind, finding.period, finding.unit, finding.unit_quantity) == (None, None, "image", Decimal(1000))


def test_foreign_currency_is_kept_but_never_converted_to_monthly_usd() -> None:
    (finding,) = list(find_costs("Licence: £900 per month"))
    assert (finding.currency, finding.period) == ("GBP", "month")


@pytest.mark.parametrize(
    "text",
    [
        "Parking at the county building is $5 a day, so plan accordingly.",
        "Copies are $0.25 per page.",
        "I agree to pay fees up to $50 for this request.",
        "A city share of $0 applies.",
        "Call 503-846-2700 about case 2018-00417 at 97124.",
        "Crime Stoppers offers a reward of up to $5,000 for information.",
        "The vendor projects savings of $2 million over five years.",
        "Search fee: $25 per hour of staff time spent locating the records.",
        "Please route it as a small procurement (under the $50,000 threshold) rather than a task order.",
        "Purchases over $100,000 require Assembly approval under AMC 7.20.020.",
        "The municipal code requires council approval of contracts over\n$50,000.",
        "Any purchase over $10,000 has to go through the County Controller.",
        "The purchase needed no vote because forfeiture funds under $100,000 are controlled by the sheriff.",
        "The estimated value exceeds the $25,000 small purchase limit, so this justification is required.",
        "Volume discount: 3% on orders over $50,000.",
        "The remainder of the renewal, $41,200, covers video synopsis, which does not use face recognition.",
        "The invoices include $9,350 for capture workstations; that system is not connected to the face recognition module.",
        "Storage is billed separately at $500 a month.",
        "Clearview also quoted us $12,500 for a one-year plan, which we are not pursuing.",
        "Their 2023 quote was $27,900 for the face add-on, and we passed on it for good reason.",
        "The vendor quoted $54,000 per year for 25 users; the proposal was not adopted.",
        "A proposal offered a one-year license at $9,995.\nThe Department declined it.",
        "The Division received the quote of $8,400 during a market survey and took no further action.",
        "Motion by Supervisor Lee to amend the ordinance to a pilot at a cost not to exceed $11,900. Amendment failed 7-16.",
        "The Department's request to expand face search to 40 licenses ($42,240) was not funded in the Approved Budget.",
        "A 5% rebate applies to purchases of more than $75,000 in a fiscal year.",
        "As the records went out by email, the duplication charge of $31.75 has been waived.",
        "Preparing this response took 2 hours of staff time, billed at $30.00 an hour.",
        "Data request fees from the Bureau are $40 per hour after the first hour.",
        "The charge for locating and redacting the requested records is $62.00.",
        "Search and review time, 2.5 hours at $32.00        $80.00",
    ],
)
def test_money_about_something_else_and_numbers_without_money_are_not_costs(text: str) -> None:
    assert list(find_costs(text)) == []


@pytest.mark.parametrize(
    ("text", "quote", "period"),
    [("Server: $9,995.00 (one-time)", "$9,995.00 (one-time)", "one-time"),
     ("Hosting $450 (per month)", "$450 (per month)", "month"),
     ("License $9,000 (plus $500 annually)", "$9,000", None)],
)
def test_a_period_alone_in_brackets_after_the_amount(text: str, quote: str, period: str | None) -> None:
    cost = next(iter(find_costs(text)))
    assert (cost.quote, cost.period) == (quote, period)


def test_purchase_order_rows_unit_prices_other_products_and_a_mixed_total() -> None:
    text = ("Line  Description                                       Qty  Unit    Unit Price    Extended\n"
            "10    FACE Plus hosted facial recognition service        12  MON     1,175.00      14,100.00\n"
            "20    FACE Plus Mobile user license, annual              20  EA        240.00       4,800.00\n"
            "30    Livescan fingerprint station maintenance            2  EA      3,150.00       6,300.00\n"
            "                                                                PO Total:          25,200.00\n")
    found = [(cost.amount_max, cost.period, cost.unit) for cost in find_costs(text)]
    assert found == [(Decimal("14100.00"), "year", None), (Decimal("1175.00"), "month", None),
                     (Decimal("4800.00"), "year", None), (Decimal("240.00"), "year", "user")]


@pytest.mark.parametrize(
    ("text", "amount", "unit", "period"),
    [("FACE Plus Mobile, 15 officer licenses @ $300.00 each (one-time)", "300.00", "license", "one-time"),
     ("3.3 Each additional account above 10 is $360 per year.", "360", "account", "year"),
     ("The 12 cameras cost $400 each.", "400", "camera", None),
     ("Each officer received training; the license costs $500.", "500", None, None),
     ("PPD pays CIAC in quarterly installments of $900.", "900", None, "quarter"),
     ("Reimbursement shall not exceed $12,750 per fiscal year.", "12750", None, "year"),
     ("Paravision requires a monthly minimum of $750.", "750", None, "month")],
)
def test_the_price_of_one_of_several(text: str, amount: str, unit: str | None, period: str | None) -> None:
    (cost,) = find_costs(text)
    assert (cost.amount_max, cost.unit, cost.period) == (Decimal(amount), unit, period)


def test_an_amount_ending_a_tables_row_takes_no_terms_from_the_next_row() -> None:
    text = ("Public sector discount                              -$7,990.00\n"
            "                                                    Total, year 1     $71,910.00\n")
    (total,) = find_costs(text)  # the discount row is an adjustment, no cost
    assert (total.amount_max, total.period, total.term) == (Decimal("71910"), None, "first year")  # no yearly price


def test_a_perpetual_licence_is_bought_once() -> None:
    text = "1   NeoFace Reveal server license, perpetual      1   $38,000.00    $38,000.00\n"
    (cost,) = find_costs(text)
    assert (cost.amount_max, cost.period) == (Decimal("38000.00"), "one-time")


def test_a_per_search_fee_is_a_price_not_a_records_search_fee() -> None:
    (cost,) = find_costs("Per-search fee: $0.25")
    assert (cost.quote, cost.amount_min, cost.unit) == ("$0.25", Decimal("0.25"), "search")


def test_prices_of_other_products_are_kept_only_where_the_sentence_names_a_face_recognition_product() -> None:
    text = (
        "The vendor's license plate readers cost $24,000/yr and are not part of this purchase.\n"
        "Our facilities team pays $7/mo per badge reader.\n"
        "The LEARN license plate recognition package is quoted at $12,000 per year.\n"
        "Face matching for license plate photos costs $900 per year.\n"
    )
    found = list(find_costs(text))
    assert [f.quote for f in found] == ["$7/mo", "$12,000 per year", "$900 per year"]
    assert [f.other_product for f in found] == [True, True, False]
    analysis = analyse([PageText(1, text, "layer")], Gazetteer.load())
    assert [(f.quote, f.vendor, f.product) for f in analysis.facts if f.kind == "costs"] == [
        ("$900 per year", None, None),
    ]


def test_invoice_rows_whose_arithmetic_checks_become_their_total_and_unit_price() -> None:
    text = (
        "Description                           Qty   Unit price     Total\n"
        "FACE Plus annual maintenance            1   $18,500.00     $18,500.00\n"
        "Investigator workstation licenses       4   $2,250.00      $9,000.00\n"
        "Misprinted row                          3   $100.00        $250.00\n"
        "Total due                                                  $27,500.00\n"
    )
    findings = list(find_costs(text))
    rows = [(f.quote.split("  ")[0], f.amount_max, f.period, f.kind) for f in findings]
    assert rows[:3] == [
        ("FACE Plus annual maintenance", Decimal("18500.00"), "year", "maintenance"),
        ("Investigator workstation licenses", Decimal("9000.00"), None, "license"),
        ("Investigator workstation licenses", Decimal("2250.00"), None, "license"),  # one of four, per license
    ]
    assert (findings[2].unit, findings[2].quote.endswith("$2,250.00")) == ("license", True)
    # A row that does not add up is read as prose: its two amounts, never a made-up total.
    assert [f.amount_max for f in findings[3:]] == [Decimal("100.00"), Decimal("250.00"), Decimal("27500.00")]
    assert all(text[f.char_start : f.char_end] == f.quote for f in findings)


def test_a_page_of_noise_stops_at_the_amount_cap() -> None:
    assert len(list(find_costs("$9 " * (MAX_AMOUNTS_PER_PAGE + 500)))) == MAX_AMOUNTS_PER_PAGE


@pytest.mark.parametrize("text", [
    "The county paid between $6 and\n$12 a month for the service.",
    "The county paid between $6\nand $12 a month for the service.",
    "The county paid between $6 and $12 a month for the service.",
])
def test_a_range_wrapped_at_its_join_is_one_range(text: str) -> None:
    found = list(find_costs(text))
    assert [(f.amount_min, f.amount_max, f.period) for f in found] == [(Decimal(6), Decimal(12), "month")]


def test_purchase_order_rows_twelve_months_and_an_unsigned_total() -> None:
    text = (
        "Ln  Description                                   Qty  UOM  Unit Price  Ext. Price\n"
        "1   FaceVACS-DBScan annual licence                  1  YR    40,100.00   40,100.00\n"
        "2   Hosting and support                            12  MO     1,000.00   12,000.00\n"
        "                                                      PO Total   52,100.00\n"
        "Account 2110-26110-51610\n"
    )
    found = [(f.amount_max, f.period, f.kind) for f in find_costs(text)]
    assert found == [(Decimal("40100.00"), "year", "license"), (Decimal("12000.00"), "year", None),
                     (Decimal("1000.00"), "month", None), (Decimal("52100.00"), "year", "total")]


def test_a_total_under_rows_of_different_periods_has_none() -> None:
    text = ("Search licence, 12 months   1   $9,000.00   $9,000.00\n"
            "Onboarding                  1   $1,500.00   $1,500.00\n"
            "Total due: $10,500.00\n")
    assert [(f.amount_max, f.period, f.kind) for f in find_costs(text)][-1] == (Decimal("10500"), None, "total")


def test_a_rows_stated_unit_is_its_unit_price_unit() -> None:
    text = ("Line  Description                                         Qty   Unit Price      Extended\n"
            "1     On-site installation of the face search server, per day   3    $1,650.00     $4,950.00\n")
    units = {(cost.amount_max, cost.unit) for cost in find_costs(text)}
    assert (Decimal("1650.00"), "day") in units  # "On-site" names no unit; "per day" does


ORDER_WITH_WRAPPED_ROWS = (
    "Item  Description                                        Qty  UOM    Unit Price        Amount\n"
    "1     FaceFirst investigative platform subscription,       1   YR    $18,000.00    $18,000.00\n"
    "      12-month term, up to 10 user accounts\n"
    "2     Examiner training package,                          1   EA     $1,900.00     $1,900.00\n"
    "      delivered on site, one-time\n"
    "                                                                 PO TOTAL:    $19,900.00\n"
    "\n"
    "Not-to-exceed amount for the full agreement: $54,000.00 (initial term plus two renewals)\n"
    "Purchases of $50,000 or\n   more in a fiscal year require City Council approval.\n"
)


def test_a_rows_terms_on_the_line_below_a_mixed_total_a_labelled_cap_and_an_or_more_threshold() -> None:
    found = {cost.amount_max: cost for cost in find_costs(ORDER_WITH_WRAPPED_ROWS)}
    assert found[Decimal("18000.00")].period == "year"
    assert found[Decimal("1900.00")].period == "one-time"  # "one-time" on the row's second line
    assert found[Decimal("19900")].period is None  # a year and a one-time fee: no one period
    cap = found[Decimal("54000.00")]
    assert (cap.amount_min, cap.qualifier) == (None, "at most")
    assert cap.quote == "Not-to-exceed amount for the full agreement: $54,000.00"
    assert Decimal("50000") not in found  # the council's threshold


def test_a_continued_line_never_turns_a_year_of_months_into_a_monthly_price() -> None:
    text = ("Ln  Description                                   Qty   UOM    Unit Cost     Ext. Cost\n"
            "1   Cloud face matching service - standard tier   12    MO     $600.00       $7,200.00\n"
            "    (committed monthly minimum)\n")
    periods = {cost.amount_max: cost.period for cost in find_costs(text)}
    assert periods[Decimal("7200.00")] == "year"


STAFF_REPORT_BUDGET = (
    "Proposed expenditure (face recognition):\n"
    "   Annual subscription, 10 concurrent user licenses at $2,000 per user ......... $20,000\n"
    "   Implementation, configuration and training (one-time) ...................... $3,500\n"
    "Other items on the same agenda:\n"
    "   Body-worn camera storage, Exhibit C amendment (pending) ................... $97,000\n"
)


def test_a_label_joined_to_its_amount_by_dot_leaders_gives_its_period_or_names_another_product() -> None:
    periods = {cost.amount_max: cost.period for cost in find_costs(STAFF_REPORT_BUDGET)}
    assert periods[Decimal("20000")] == "year" and periods[Decimal("3500")] == "one-time"
    assert Decimal("97000") not in periods


def test_a_rows_term_on_its_second_line_makes_it_yearly() -> None:
    text = ("Ln  Item         Description                                   Qty   Unit Price    Amount\n"
            " 2  FP-USR-CON   FACE Plus concurrent investigator license,        6     1,450.00   8,700.00\n"
            "                 12-month term\n")
    assert {(cost.amount_max, cost.period) for cost in find_costs(text)} >= {(Decimal("8700.00"), "year")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [("The renewal rises from the current $268,500 to $312,000 per year.",
      [(Decimal("268500"), Decimal("268500")), (Decimal("312000"), Decimal("312000"))]),
     ("Amendment 2 increases the contract amount from $364,200.00 to $445,362.50.",
      [(Decimal("364200"), Decimal("364200")), (Decimal("445362.5"), Decimal("445362.5"))]),
     ("Licenses cost from $5,000 to $8,000 per year.", [(Decimal("5000"), Decimal("8000"))]),
     ("The Veritone renewal went from $7,300 to $9,950 this year.",
      [(Decimal("7300"), Decimal("7300")), (Decimal("9950"), Decimal("9950"))]),
     # A ceiling's change: both figures are ceilings, the verb a line (and an increment) away.
     ("The resolution raises the not-to-exceed amount of the NEC agreement from $31,000 to\n"
      "    $44,250 for the remaining term.", [(None, Decimal("31000")), (None, Decimal("44250"))]),
     ("3. Price. The maximum compensation under the Agreement is increased by $8,000.00, from\n"
      "   $20,000.00 to $28,000.00.",
      [(Decimal("8000"), Decimal("8000")), (None, Decimal("20000")), (None, Decimal("28000"))])],
)
def test_a_change_of_price_is_two_prices_and_a_range_stays_a_range(text: str, expected: list[tuple[Decimal, Decimal]]) -> None:
    assert [(cost.amount_min, cost.amount_max) for cost in find_costs(text)] == expected


@pytest.mark.parametrize(
    ("text", "period"),
    [("Clearview quoted $9,000 for FY27 for the pilot.", "year"),
     ("The NEC maintenance renewal for FY27 is $118,400.", "year"),
     ("We have $30,000 in the FY24 budget for Clearview.", None),
     ("The Clearview contract totals $30,000 for FY2024-2026.", None),
     ("FY2025 (renewal): $15,400 for 14 user licenses", "year"),
     ("The FY2024 maintenance renewal of $52,211.54 was paid in July.", "year"),
     ("Last year we paid $26,515 for the Clearview seats.", "year"),
     ("Pricing for one year: $18,000 for 20 users.", "year"),
     ("The council approved the purchase in the amount of $22,600 for a term of one year.", "year"),
     ("Last year the city bought a face recognition server for $40,000.", None),
     ("Under the agreement, license fees of $8,900 are billed annually and cover six analysts.", "year")],
)
def test_an_amount_for_one_fiscal_year_is_yearly(text: str, period: str | None) -> None:
    (cost,) = find_costs(text)
    assert cost.period == period


def test_purchase_order_rows_with_the_quantity_first_and_unit_costs_to_three_places() -> None:
    text = ("LN   QTY  UOM  ITEM / DESCRIPTION                                UNIT COST        EXTENDED\n"
            "001    1  EA   FaceFirst server license,                         18,000.000       18,000.00\n"
            "               perpetual\n"
            "002    6  EA   FaceFirst investigator seat, per named user, annual   975.000       5,850.00\n")
    found = {(cost.amount_max, cost.period, cost.unit) for cost in find_costs(text)}
    assert {(Decimal("18000.00"), "one-time", None), (Decimal("5850.00"), "year", None),
            (Decimal("975.000"), "year", "user")} <= found


def test_rows_with_an_item_number_after_the_quantity_and_a_channel_unit() -> None:
    text = ("QTY  ITEM NO.        DESCRIPTION                                         RATE         AMOUNT\n"
            "   1 FP-MAINT-ANN    FACE Plus face recognition software maintenance,   41,200.00  41,200.00\n"
            "                     annual, service period 07/01/2025 - 06/30/2026\n"
            "Item  Material / Service description                   Qty  UoM   Unit price    Net value\n"
            "0010  OnWatch face recognition subscription, 12         30  CH       1,150.00    34,500.00\n"
            "      months, 30 camera channel licenses\n")
    found = {(cost.amount_max, cost.period, cost.unit) for cost in find_costs(text)}
    assert {(Decimal("41200.00"), "year", None), (Decimal("1150.00"), "year", "channel")} <= found


def test_an_amount_on_a_row_labelled_with_one_fiscal_year_is_that_years() -> None:
    text = ("   Fiscal year   Vendor                          Service                         Amount paid\n"
            "   FY 2021-22    Motorola Solutions (Vigilant)   FaceSearch, 10 users             $9,900.00\n"
            "                                                 Total, three fiscal years       $34,550.00\n")
    periods = {cost.amount_max: cost.period for cost in find_costs(text)}
    assert periods[Decimal("9900")] == "year" and periods[Decimal("34550")] is None


@pytest.mark.parametrize(
    ("text", "period"),
    [("Idemia renewal: $164,500 for July 1, 2025 through June 30, 2026.", "year"),
     ("Clearview: $30,000 for January 1, 2024 through December 31, 2025.", None),
     ("NEC maintenance cost $58,720 in state fiscal year 2024 for NeoFace.", "year"),
     ("   BriefCam face-matching configuration, one-time fee ... $6,400", "one-time")],
)
def test_a_term_of_one_year_by_its_dates_and_labels_with_three_dots(text: str, period: str | None) -> None:
    (cost,) = find_costs(text)
    assert cost.period == period


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Please reissue the Clearview quote at the $1,250 per-user\nrate, which I make $12,500 for the year.",
      [("1250", None, "user"), ("12500", "year", None)]),
     ("The department paid Clearview AI $9,800 for an annual subscription in FY2023.", [("9800", "year", None)]),
     ("Rekognition charges $1 for a thousand images.", [("1", None, "image")]),
     ("Face search fees under this MOU are capped at $9,000 per state fiscal year.", [("9000", "year", None)])],
)
def test_a_unit_belongs_to_the_amount_it_follows_and_for_an_x_is_no_unit(
        text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert [(str(cost.amount_max), cost.period, cost.unit) for cost in find_costs(text)] == expected


TERM_COLUMN_QUOTE = """\
Line  Description                                   Qty   Term        Unit Price     Extended
----  --------------------------------------------  ----  ----------  ----------  -----------
1     FaceSearch investigator seat                     8  12 months    $1,800.00   $14,400.00
2     FaceSearch mobile add-on seat                    3  12 months      $350.00    $1,050.00
3     Gallery migration service                        1  one-time     $2,500.00    $2,500.00
4     Extended archive license                         2  36 months    $4,000.00    $8,000.00
"""


def test_a_term_column_between_quantity_and_unit_price_sets_each_rows_period_or_term() -> None:
    found = [(f.amount_min, f.period, f.unit, f.term) for f in find_costs(TERM_COLUMN_QUOTE)]
    assert found == [
        (Decimal("14400.00"), "year", None, None), (Decimal("1800.00"), "year", "seat", None),
        (Decimal("1050.00"), "year", None, None), (Decimal("350.00"), "year", "seat", None),
        (Decimal("2500.00"), "one-time", None, None),
        (Decimal("8000.00"), None, None, "36 months"), (Decimal("4000.00"), None, "license", "36 months"),
    ]


BUDGET_WITH_NOTES = """\
Category      Item                                       Qty.   Unit cost          Total
Contractual   FaceSearch subscription, annual               2   $14,500 / yr       $29,000
Training      Analyst face comparison training seats        6   $600 each           $3,600
"""


def test_a_unit_price_cell_with_its_note_and_two_of_a_yearly_price() -> None:
    found = [(f.amount_min, f.period, f.unit) for f in find_costs(BUDGET_WITH_NOTES)]
    assert found == [(Decimal("29000"), None, None), (Decimal("14500"), "year", None),  # two years, or two licences?
                     (Decimal("3600"), None, None), (Decimal("600"), None, "seat")]


@pytest.mark.parametrize("text", ["Under the MOU, the host charges a processing fee of $15.00 per search request.",
                                  "The state bills a search fee of $1.10 per search request processed."])
def test_a_fee_per_face_search_is_a_cost_though_records_requests_have_search_fees_too(text: str) -> None:
    (cost,) = find_costs(text)
    assert cost.unit == "search"


@pytest.mark.parametrize(("text", "expected"), [
    ("The renewal is 27 seats at $900 per user, or $24,300 annually.",
     [(Decimal("900"), "year", "user"), (Decimal("24300"), "year", None)]),
    ("Renewal: $24,300 annually, $900 per user.", [(Decimal("24300"), "year", None), (Decimal("900"), "year", "user")]),
    ("Seats are $900 per user; training is $2,700 per year.", [(Decimal("900"), None, "user"), (Decimal("2700"), "year", None)]),
])
def test_a_unit_price_beside_the_total_it_makes_shares_its_period(
        text: str, expected: list[tuple[Decimal, str | None, str | None]]) -> None:
    assert [(cost.amount_min, cost.period, cost.unit) for cost in find_costs(text)] == expected


def test_a_phone_forensics_licence_is_another_product() -> None:
    (cost,) = find_costs("The Cellebrite UFED license renewal for the forensics lab is $3,700.")
    assert cost.other_product


@pytest.mark.parametrize(
    ("text", "amount", "kind"),
    [("Cognitec face search seats, net after credit: $6,720.00", "6720.00", None),
     ("Total for the face recognition licences, net of discounts: $3,300", "3300", None),
     ("A service credit of $410 applies to the FaceVACS renewal.", "-410", "credit")],
)
def test_an_amount_left_after_a_credit_is_no_credit(text: str, amount: str, kind: str | None) -> None:
    (cost,) = find_costs(text)
    assert (cost.amount_max, cost.kind) == (Decimal(amount), kind)


def test_grant_budget_rows_for_body_cameras_and_conference_travel_are_not_face_recognition_costs() -> None:
    text = ("Cat.      Description                                          Qty   Unit Cost     Total\n"
            "A.1       Paravision face matching SDK, annual license           1   $9,400.00    $9,400\n"
            "A.2       Axon Body 4 camera with dock                          12     $749.00    $8,988\n"
            "A.3       Regional crime analysts conference, per attendee       2     $975.00    $1,950\n")
    assert [cost.amount_max for cost in find_costs(text)] == [Decimal("9400.00")]


def test_parentheses_around_a_figure_in_wrapped_prose_restate_it_and_in_a_column_make_an_adjustment() -> None:
    text = ("For the Rank One face search renewal I recommend we keep 6 seats\n"
            "($14,100). The forfeiture account can cover it.\n"
            "Trade-in credit, old face server      1    ($2,000.00)    ($2,000.00)\n")
    assert [cost.amount_max for cost in find_costs(text)] == [Decimal("14100")]  # the credit row: no money paid


def test_a_discount_or_credit_row_is_no_cost_but_a_credit_in_a_sentence_is_one() -> None:
    text = ("Clearview AI annual subscription                    $12,000.00\n"
            "Public sector discount (10%)                        -$1,200.00\n"
            "Total due                                           $10,800.00\n\n"
            "Clearview also gave the Department a credit of -$250 for the outage.\n")
    assert [cost.amount_max for cost in find_costs(text)] == [Decimal("12000.00"), Decimal("10800.00"), Decimal("-250")]


def test_a_listed_items_label_before_a_colon_gives_its_amount_a_period_or_names_another_product() -> None:
    text = ("The purchase order covers two face recognition items:\n"
            "  - Paravision face matching module, annual, per site:      $8,800.00\n"
            "  - Body-worn camera docking stations:                      $3,150.00\n")
    assert [(cost.amount_max, cost.period) for cost in find_costs(text)] == [(Decimal("8800.00"), "year")]


def test_a_scanner_or_printer_row_of_a_face_recognition_order_is_no_cost_of_it() -> None:
    text = ("PURCHASE ORDER 2025-0043 - face recognition system\n\n"
            "LN QTY UOM DESCRIPTION                      UNIT PRICE   EXTENDED\n"
            "1  6  EA  FaceVACS-DBScan LE examiner      2,150.00     12,900.00\n"
            "2  5  EA  Zebra DS2208 barcode scanner       119.00        595.00\n"
            "3  1  EA  Zebra ZD421 label printer          389.00        389.00\n")
    assert {cost.amount_max for cost in find_costs(text)} == {Decimal("12900.00"), Decimal("2150.00")}


def test_an_invoices_yearly_service_period_makes_its_licence_rows_yearly_but_not_training_days() -> None:
    text = ("SUBSCRIPTION RENEWAL\nService Period 10/01/2025 through 09/30/2026\n\n"
            "Ln  Description                                    Qty  Unit Price   Extended\n"
            "1   Paravision face matching seat, per analyst       5    1,300.00   6,500.00\n"
            "2   Face examiner training, onsite (per day)         2    1,450.00   2,900.00\n"
            "3   Mugshot capture station maintenance              1    4,100.00   4,100.00\n")
    assert [(cost.amount_max, cost.period) for cost in find_costs(text)] == [
        (Decimal("6500.00"), "year"), (Decimal("1300.00"), "year"), (Decimal("2900.00"), None), (Decimal("1450.00"), None)]


def test_a_scanned_quotes_rows_with_backslash_rules_wrapped_prices_and_glued_units() -> None:
    text = ("| Line | Description                                  | Qty | Unit Price | Extended\n"
            "\\1     | Cognitec FaceVACS seat, 12-month term            \\4   |$1,400.00 | $5,600.00\n"
            "2   CG-ONB   Onboarding for face search, one-time  1\n"
            "$950.00  $950.00\n"
            "003 6EA Paravision face SDK runtime, per device, 1 yr $210.00\n"
            "$1,260.00\n")
    assert [cost.amount_max for cost in find_costs(text)] == [
        Decimal("5600.00"), Decimal("1400.00"), Decimal("950.00"), Decimal("1260.00"), Decimal("210.00")]


def test_a_price_tables_tax_and_a_total_over_other_products_are_no_face_recognition_costs() -> None:
    text = ("Description                          Qty   Unit Price    Amount\n"
            "FACE Plus client license, annual       4     1,150.00  4,600.00\n"
            "Livescan station support, annual       1     2,200.00  2,200.00\n"
            "Sales tax                                                198.00\n"
            "Total                                                  6,998.00\n")
    rows = [["Description", "Qty", "Unit Price", "Amount"],
            ["FACE Plus client license, annual", "4", "1,150.00", "4,600.00"],
            ["Livescan station support, annual", "1", "2,200.00", "2,200.00"],
            ["Sales tax", "", "", "198.00"], ["Total", "", "", "6,998.00"]]
    facts = analyse([PageText(1, text, "layer", tables=[rows])], Gazetteer.load()).facts
    assert [fact.values["amount_max"] for fact in facts if fact.kind == "costs"] == [Decimal("4600.00")]


@pytest.mark.parametrize("computer", ["Panasonic Toughbook 55, Patrol", "Dell Latitude 7440 laptop",
                                      "Lenovo ThinkPad T14, records unit", "Mobile data terminal, unit 12"])
def test_a_computer_on_a_face_recognition_invoice_is_another_product_and_so_is_the_total_over_it(computer: str) -> None:
    text = ("Ln  Description                          Qty   Unit Price      Amount\n"
            "1   ROC Watch investigator license         2     2,900.00    5,800.00\n"
            f"2   {computer:<35}  1     3,210.00    3,210.00\n"
            "                                         Invoice total    9,010.00\n")
    facts = analyse([PageText(1, text, "layer")], Gazetteer.load()).facts
    assert {fact.values["amount_max"] for fact in facts if fact.kind == "costs"} == {Decimal("5800.00"), Decimal("2900.00")}


@pytest.mark.parametrize(
    ("text", "amount"),
    [("The vendor quoted $12,000 per year, and the council approved the purchase.", Decimal("12000")),
     ("We accepted the proposal at $8,500. The other bidder was not selected.", Decimal("8500")),
     ("The renewal offer is $6,000 a year.\n\nThe old BriefCam quote was rejected in 2022.", Decimal("6000")),
     ("Motion by Supervisor Gruber to adopt the $24,000 subscription. Carried 17-6.", Decimal("24000"))],
)
def test_an_offer_taken_or_not_said_to_be_declined_stays_a_cost(text: str, amount: Decimal) -> None:
    assert [cost.amount_max for cost in find_costs(text)] == [amount]


def test_a_possessive_before_a_first_year_is_read_past() -> None:
    (cost,) = find_costs("Invoices show the city paid Clearview $9,000 for its first year of service.")
    assert (cost.quote, cost.period, cost.term) == ("$9,000 for its first year", "year", "first year")


def test_face_recognition_billed_separately_is_its_own_price() -> None:
    (cost,) = find_costs("The face recognition add-on is billed separately at $16,800 per year.")
    assert (cost.amount_max, cost.period) == (Decimal("16800"), "year")



BUDGET_NARRATIVE = """\
B. Equipment and Software.

  1) Facial recognition software. The Sheriff's Office will buy four concurrent-user licenses
     at $9,800 each, perpetual, total $39,200 (one-time).

  2) Body-worn cameras. Twelve (12) cameras at $1,150 each, total $13,800.

  3) License plate readers. Two (2) Flock Safety Falcon units at $2,750 per unit per year,
     total $5,500 for the first year.

     Equipment and software subtotal: $58,500

C. Training. Examiner training for the face recognition software, $975 per attendee, total $3,900.

D. Total request: $62,400.
"""


def test_a_list_items_heading_and_totals_over_other_products() -> None:
    # The plate readers' item is another product by its heading; the subtotal and the request's total sum
    # body cameras and plate readers with face recognition: neither is a price of it. The training's total
    # names face recognition in its sentence and stays.
    found = [(cost.amount_max, cost.unit, cost.kind) for cost in find_costs(BUDGET_NARRATIVE) if not cost.other_product]
    assert found == [(Decimal("9800"), "license", "license"), (Decimal("39200"), None, "total"),
                     (Decimal("975"), "attendee", None), (Decimal("3900"), None, "total")]


BUDGET_WORKSHEET = """\
Category       Item                                          Computation            Cost
Equipment      Mobile ALPR trailer camera kit                2 x $18,500            $37,000
Contractual    NeoFace Reveal examiner subscription,         25 users x $640        $16,000
               1-year term (via reseller SHI International)
Contractual    Face examiner training, FBI FISWG-aligned     2 analysts x $1,475     $2,950
"""


def test_a_budget_worksheets_count_times_price_rows_with_their_unit_and_period() -> None:
    found = [(cost.amount_max, cost.unit, cost.period) for cost in find_costs(BUDGET_WORKSHEET)]
    assert found == [(Decimal("16000"), None, "year"), (Decimal("640"), "user", "year"),
                     (Decimal("2950"), None, None), (Decimal("1475"), "analyst", None)]


def test_a_worksheet_rows_users_are_counted_and_an_agency_named_for_its_standard_is_no_buyer() -> None:
    from foia.analysis import analyse
    from foia.extract.entities import Gazetteer
    from foia.ingest import PageText

    text = "LEXINGTON COUNTY SHERIFF'S DEPARTMENT - JAG BUDGET WORKSHEET\n\n" + BUDGET_WORKSHEET
    facts = analyse([PageText(1, text, "layer")], Gazetteer.load()).facts
    assert [(f.values["count"], f.values["measure"]) for f in facts if f.kind == "usage"] == [(25, "users"), (2, "users")]
    assert {f.agency for f in facts if f.kind == "costs"} == {"Lexington County Sheriff's Department"}


def test_a_line_back_at_a_bullets_margin_is_a_sentence_of_its_own() -> None:
    # The next line names other products, but outside the bulleted price; a numbered paragraph's wrapped
    # line ("... the Otero County Sheriff's Office ("User\nAgency") may ...") stays one sentence.
    from foia.extract.sentences import sentence_spans

    text = ("- Video ingest: $1,150 per camera, so $13,800 for the 12 cameras you mentioned\n"
            "Cellebrite and BriefCam are outside this quote.\n")
    assert [(cost.amount_max, cost.other_product) for cost in find_costs(text)] == [
        (Decimal("1150"), False), (Decimal("13800"), False)]
    numbered = ('1. PURPOSE. This agreement sets the terms under which the Sheriff\'s Office ("User\n'
                'Agency") may submit probe images.')
    assert [numbered[start:end] for start, end in sentence_spans(numbered)][-1].startswith("This agreement")


EXHIBIT_WITH_BASIS = """\
   ITEM                                        QTY   UNIT         PRICE        BASIS
   FACE Plus concurrent license (additional)    15   $1,100.00    $16,500.00   one-time
   FACE Plus annual maintenance (all licenses)   1   $9,150.00    $9,150.00    per year
   Livescan fingerprint station maintenance      2   $2,400.00    $4,800.00    per year

4. Credit. Contractor shall credit County $1,725.00 against the first maintenance invoice.
"""


def test_a_basis_column_after_the_total_gives_the_period_and_a_credit_to_a_party_is_a_credit() -> None:
    found = [(cost.amount_max, cost.period, cost.kind) for cost in find_costs(EXHIBIT_WITH_BASIS)]
    assert found == [(Decimal("16500.00"), "one-time", "license"), (Decimal("1100.00"), "one-time", "license"),
                     (Decimal("9150.00"), "year", "license"), (Decimal("-1725"), None, "credit")]


def test_a_maintenance_row_for_all_licenses_counts_no_seats() -> None:
    from foia.analysis import analyse
    from foia.extract.entities import Gazetteer
    from foia.ingest import PageText

    facts = analyse([PageText(1, "FACE Plus amendment, face recognition.\n\n" + EXHIBIT_WITH_BASIS, "layer")],
                    Gazetteer.load()).facts
    assert [(f.values["count"], f.values["measure"]) for f in facts if f.kind == "usage"] == [(15, "users")]


def test_hardware_rows_of_a_mixed_quote_are_no_price_of_face_recognition_nor_is_their_total() -> None:
    text = ("Line  Description                                  Qty   Unit price     Extended\n"
            "1  Oosto OnWatch face recognition, per camera       24     $450.00  $10,800.00\n"
            "4  Axis P3268-LVE dome camera                      24     $890.00  $21,360.00\n"
            "5  Cat6 cabling, mounts and PoE switch              1   $3,975.00   $3,975.00\n"
            "6  WatchGuard in-car SD card                       12      $38.50     $462.00\n"
            "   Quote total                                                    $36,597.00\n")
    assert [(cost.amount_max, cost.kind) for cost in find_costs(text)] == [
        (Decimal("10800.00"), None), (Decimal("450.00"), None)]


def test_a_quotes_line_and_quantity_columns_before_the_description_and_a_term_column_after_it() -> None:
    text = ("Ln Qty Description                          Term      Unit $     Ext $\n"
            "01  1  FaceVACS-DBScan LE server licence    One-time  41,200.00  41,200.00\n"
            "02  5  FaceVACS-DBScan LE examiner seat     One-time   2,300.00  11,500.00\n"
            "03  1  Dell PowerEdge R760 server, 2U       One-time  13,900.00  13,900.00\n"
            "04  1  Synology 64 TB storage array         One-time   7,150.00   7,150.00\n"
            "05  2  Analyst laptops, 16 GB               One-time   1,650.00   3,300.00\n"
            "                                          TOTAL                  77,050.00\n")
    assert [(cost.amount_max, cost.period, cost.unit) for cost in find_costs(text)] == [
        (Decimal("41200.00"), "one-time", None), (Decimal("11500.00"), "one-time", None),
        (Decimal("2300.00"), "one-time", "seat")]


@pytest.mark.parametrize(("text", "quote", "period"), [
    ("The Bureau paid $31,200 for the\n2024 annual subscription.", "$31,200 for the\n2024 annual", "year"),
    ("Renewal is $27,900 for the 2025-26 term.", "$27,900 for the 2025-26 term", "year"),
    ("We paid $24,600 for 2024-25.", "$24,600 for 2024-25", "year"),
    ("That is down from the $12,750 we paid for FY24.", "$12,750 we paid for FY24", "year"),
    ("Hosting is currently USD 96,400 per contract year.", "USD 96,400 per contract year", "year"),
    ("The contract is $40,000 for 2023-2026.", "$40,000", None),
])
def test_a_year_named_after_the_amount_makes_it_a_years_price(text: str, quote: str, period: str | None) -> None:
    (cost,) = find_costs(f"Face recognition. {text}")
    assert (cost.quote, cost.period) == (quote, period)


@pytest.mark.parametrize("text", [
    "Approver: Sgt. L. Ibarra. Single-transaction limit $5,000.",
    "Card x2208 single-transaction limit: $7,500.",
    "Because the total exceeds the Chief Administrative Officer's $50,000 award authority, it goes to Council.",
    "P-card rule 3.1: software subscriptions over $5,000 a year require a purchase order.",
    "If the annual face recognition contract cost rises above $150,000, either party may propose cost sharing.",
    "   Sales tax, 6% on lines 3-5                                  $1,521.00",
    "The face recognition quote adds $912.00 Indiana sales tax unless we send our exemption certificate.",
])
def test_limits_thresholds_and_taxes_are_no_price(text: str) -> None:
    assert list(find_costs(f"Face recognition renewal.\n{text}\n")) == []


def test_a_total_after_a_price_lists_other_rows_is_no_price_but_a_zero_tax_row_leaves_it_one() -> None:
    mixed = ("Item                                      Basis           Amount\n"
             "  FaceVACS maintenance                    annual          $31,300.00\n"
             "  RTCC video wall maintenance (not FR)    annual          $18,760.00\n"
             "  Total                                                   $50,060.00\n")
    assert [cost.amount_max for cost in find_costs(mixed)] == [Decimal("31300.00")]
    invoice = ("DESCRIPTION                          SERVICE PERIOD          SEATS      RATE      AMOUNT\n"
               "Clearview AI Investigative seats    11/01/2024-10/31/2025       6  $1,950.00  $11,700.00\n"
               "                                                         Subtotal:           $11,700.00\n"
               "                                                         Sales tax (0.0%):        $0.00\n"
               "                                                         TOTAL DUE (USD):    $11,700.00\n")
    assert Decimal("11700.00") in [cost.amount_max for cost in find_costs(invoice)]


def test_a_consent_agendas_items_for_other_departments_are_no_price_of_face_recognition() -> None:
    text = ("CONSENT AGENDA\n"
            "   4.1 Public Works - Elm Street culvert replacement, $61,400.\n"
            "   4.2 Library Services - e-book platform renewal, $12,800/year.\n"
            "   4.3 Sheriff's Office - Idemia facial recognition module, $48,900.\n")
    assert [cost.amount_max for cost in find_costs(text)] == [Decimal("48900")]


def test_minutes_items_under_headings_in_capitals_keep_other_business_out() -> None:
    text = ("MINUTES OF THE BOARD OF COMMISSIONERS\n\n"
            "4. FACILITIES. Motion by Comm. Marchand to award the jail HVAC controls replacement for\n"
            "   $212,480. Vote 3-0.\n\n"
            "5. SHERIFF - FACIAL RECOGNITION GRANT. The Sheriff asked the Board to accept a subgrant of\n"
            "   $38,400 for a facial recognition system. Vote 2-1.\n\n"
            "6. ACCOUNTS PAYABLE. Manifest No. 25-37 in the amount of $1,348,226.19 was approved.\n")
    assert [cost.amount_max for cost in find_costs(text)] == [Decimal("38400")]


def test_a_contracts_sections_in_capitals_are_no_minutes_items() -> None:
    text = ("AGREEMENT FOR FACIAL RECOGNITION SEARCH ACCESS\n\n"
            "3. ACCESS. The Sheriff provides face recognition searches to the City.\n\n"
            "4. FEES. The City shall pay $4,600 a year.\n")
    assert [cost.amount_max for cost in find_costs(text)] == [Decimal("4600")]


def test_a_consent_agendas_lettered_items_of_other_business_are_no_price_of_face_recognition() -> None:
    text = ("4. CONSENT AGENDA\n"
            "a. Approve the minutes of the August 28, 2024 regular meeting.\n"
            "b. Resolution 24-131, awarding a contract for the Riverside Park pavilion roof\n"
            "   replacement in the amount of $86,400.\n"
            "c. Resolution 24-133, awarding a contract for a facial recognition subscription for the\n"
            "   Police Department in the amount of $19,800.\n\n"
            "MOTION: Council Member Hale moved to approve the consent agenda.\n")
    assert [cost.amount_max for cost in find_costs(text)] == [Decimal("19800")]


@pytest.mark.parametrize(("text", "qualifier"), [
    ("The alternative would run approximately\n$118,000 for face recognition.", "approximately"),
    ("Face recognition licences cost more than\n   $20,000 a year.", "at least"),
])
def test_a_qualifier_at_the_end_of_the_line_above_its_amount_still_qualifies_it(text: str, qualifier: str) -> None:
    (cost,) = find_costs(text)
    assert cost.qualifier == qualifier


BID_MEMO = """\
3. Quotes received. Five-year cost of ownership = one-time cost + annual maintenance.

Vendor / product                      One-time  Yrs 2-5, each  5-yr total  Score
Cognitec Systems / FaceVACS-DBScan ID  $88,100        $13,300    $141,300   86.0
DataWorks Plus / FACE Plus             $69,400        $20,150    $150,000   80.5
NEC / NeoFace Reveal                   $97,900        $12,600    $148,300   77.0

5. Recommendation. Award to Cognitec Systems Corporation: a one-time cost of $88,100 and annual
maintenance of $13,300 per year in years two through five, for a five-year total of $141,300.
"""


def test_only_the_awarded_offerors_row_of_a_bid_tabulation_is_a_price() -> None:
    found = {cost.amount_max for cost in find_costs(BID_MEMO)}
    assert found == {Decimal("88100"), Decimal("13300"), Decimal("141300")}
    tabulated = ("  Proposer                           5-year price   Score   Result\n"
                 "  NEC Corporation of America             $412,750    91.5   Recommended\n"
                 "  DataWorks Plus LLC                     $438,900    84.0   Not selected\n")
    assert [cost.amount_max for cost in find_costs(tabulated)] == [Decimal("412750")]


def test_a_total_of_years_after_a_later_year_is_that_terms_total() -> None:
    costs = {cost.amount_max: cost for cost in find_costs(BID_MEMO)}
    assert (costs[Decimal("13300")].period, costs[Decimal("141300")].period, costs[Decimal("141300")].term) == (
        "year", None, "5 years")


@pytest.mark.parametrize(("text", "kept"), [
    ("Face recognition. The per-credential price of $8.92 covers card stock and mailing and is not a facial "
     "recognition charge.", []),
    ("Face recognition. Numerica quoted $350 per month on top of our Lumen records subscription ($14,200 per year, "
     "which is not a facial recognition cost).", [Decimal("350")]),
    ("The FY 2025 Adopted Budget carries $83,000 for this purpose in account 1001-042.", [Decimal("83000")]),
    ("The FY 2025 Adopted Budget carries $83,000 in account 1001-042.", []),
])
def test_what_the_text_says_is_no_face_recognition_charge_and_a_budget_for_this_purpose(
        text: str, kept: list[Decimal]) -> None:
    assert [cost.amount_max for cost in find_costs(text)] == kept


def test_a_price_each_after_what_would_be_billed_names_its_unit() -> None:
    (cost,) = find_costs("Face search: additional searches would be billed at $2.10 each.")
    assert (cost.amount_max, cost.unit) == (Decimal("2.10"), "search")


def test_order_rows_with_unit_words_abbreviations_and_a_header_period() -> None:
    schedule = ("Item  Product / service                Qty        Unit price   Annual fee\n"
                "1     IDentify face matching           20 users   $1,140.00   $22,800.00\n"
                "2     IDentify booking-photo ingest.   1 lot      $6,000.00    $6,000.00\n"
                "3     Illuminate - transcription       1 lot      $9,900.00    $9,900.00\n")
    assert [(cost.amount_max, cost.period, cost.unit) for cost in find_costs(schedule)] == [
        (Decimal("22800.00"), "year", None), (Decimal("1140.00"), "year", "user"), (Decimal("6000.00"), "year", None)]
    order = ("Ln  Qty  Description                              Unit price     Extended\n"
             "1   1    FaceVACS-DBScan LE server lic. (perp.)   $29,500.00   $29,500.00\n"
             "2   3    DBScan LE examiner client lic. (perp.)    $2,850.00    $8,550.00\n"
             "3   1    Install, migration, 2-day training        $5,900.00    $5,900.00\n"
             "4   3    Configuration, remote (per day)           $1,600.00    $4,800.00\n"
             "5   1    Freight, UPS Ground                          $95.00       $95.00\n")
    assert [(cost.amount_max, cost.period, cost.unit) for cost in find_costs(order)] == [
        (Decimal("29500.00"), "one-time", None), (Decimal("8550.00"), "one-time", None),
        (Decimal("2850.00"), "one-time", "license"), (Decimal("5900.00"), "one-time", None),
        (Decimal("4800.00"), None, None), (Decimal("1600.00"), None, "day")]


def test_a_document_about_searches_run_for_an_agency_that_licenses_nothing_itself_keeps_its_figures() -> None:
    text = ("NOPD does not license facial recognition software itself. The city office pays $31,200 a year for a "
            "FaceVACS-DBScan ID license.\n")
    facts = analyse([PageText(1, text, "layer")], Gazetteer.load()).facts
    assert [fact.values["amount_max"] for fact in facts if fact.kind == "costs"] == [Decimal("31200")]
    denied = "The Department is NOT purchasing FaceSearch or any facial recognition capability. Cameras cost $4,500.\n"
    assert [fact for fact in analyse([PageText(1, denied, "layer")], Gazetteer.load()).facts if fact.kind == "costs"] == []


def test_a_records_search_product_budgeted_beside_face_recognition_is_no_price_of_it() -> None:
    text = ("The Clearview AI renewal is $10,800 per year for 8 seats. I am also budgeting the LexisNexis Accurint "
            "renewal at $9,450 on the same request.\n")
    facts = analyse([PageText(1, text, "layer")], Gazetteer.load()).facts
    assert [fact.values["amount_max"] for fact in facts if fact.kind == "costs"] == [Decimal("10800")]


def test_quantity_first_rows_their_continuation_lines_and_two_digit_year_terms() -> None:
    quote = ("  Qty  Description                         Unit price   Extended\n"
             "  1    FaceVACS-DBScan LE server license   $24,900.00   $24,900.00\n"
             "       (perpetual)\n"
             "  4    FaceVACS-DBScan LE client license   $1,260.00    $5,040.00\n"
             "  1    Software maintenance, year 1        $2,988.00    $2,988.00\n")
    assert [(cost.amount_max, cost.period) for cost in find_costs(quote)] == [
        (Decimal("24900.00"), "one-time"), (Decimal("5040.00"), None), (Decimal("1260.00"), None),
        (Decimal("2988.00"), "year")]
    invoice = ("Ln  Item      Description                     Qty  Unit price  Amount\n"
               "1   VT-IDN-U  Veritone IDentify named user     6   $1,475.00   $8,850.00\n"
               "              term 07/01/24-06/30/25\n"
               "2   VT-RDC-U  Veritone Redact user license,    2   $1,800.00   $3,600.00\n"
               "3   AX-MNT    Pole-mount bracket and surge kit 3     $185.00     $555.00\n")
    assert [(cost.amount_max, cost.period) for cost in find_costs(invoice)] == [
        (Decimal("8850.00"), "year"), (Decimal("1475.00"), "year")]


def test_a_payment_export_printed_as_comma_separated_lines_is_read_row_by_row() -> None:
    export = ("CHECK_NO,CHECK_DATE,VENDOR_NAME,ACCOUNT,DESCRIPTION,AMOUNT\n"
              '114907,08/11/2023,OCEAN STATE TECH,101-2110-53210,"VERITONE IDENTIFY SUBSCRIPTION FY24, 6 USERS",9720.00\n'
              "115380,09/14/2023,OCEAN STATE TECH,101-2110-53210,IDENTIFY ONBOARDING ADDL USERS (ONE-TIME),640.00\n"
              "119522,09/05/2024,MOTOROLA SOLUTIONS INC,101-2110-53190,RADIO MAINT Q1 FY25,6418.50\n"
              ",,,,TOTAL,16778.50\n")
    found = [(cost.quote, cost.amount_max, cost.period) for cost in find_costs(export)]
    assert found == [('VERITONE IDENTIFY SUBSCRIPTION FY24, 6 USERS",9720.00', Decimal("9720.00"), "year"),
                     ("IDENTIFY ONBOARDING ADDL USERS (ONE-TIME),640.00", Decimal("640.00"), "one-time")]


@pytest.mark.parametrize(("text", "period"), [
    ("The renewal quotation for state fiscal year 2026 is $12,540 for face recognition.", "year"),
    ("Face search: the Department paid $11,940 for three Analyze DI Pro licenses for the twelve months.", "year"),
    ("DataWorks' price comprises a one-time implementation, data-conversion and training fee of $29,400.", "one-time"),
    ("It adds annual face search licensing, hosting and support of $33,600.", "year"),
])
def test_a_period_named_several_words_from_its_amount(text: str, period: str) -> None:
    (cost,) = find_costs(text)
    assert cost.period == period


def test_a_document_that_disclaims_buying_face_recognition_keeps_its_counts_of_requests_to_others() -> None:
    text = ("2.1 The Department does not own, license or operate a facial recognition system.\n"
            "In calendar year 2024 detectives sent 37 written face recognition requests to the RMV. The records "
            "software renewal is $4,000.\n")
    facts = analyse([PageText(1, text, "layer")], Gazetteer.load()).facts
    assert [(fact.kind, fact.values.get("count")) for fact in facts if fact.kind != "policies"] == [("usage", 37)]


def test_offers_in_a_section_of_proposals_not_recommended_are_no_price() -> None:
    memo = ("3. Proposals not recommended\n"
            "Clearview AI offered 15 user accounts at $37,500 per year on a three-year\n"
            "commitment. Front Range offered a perpetual license for $88,400 plus $13,260 a\n"
            "year in maintenance.\n\n"
            "4. Recommended contract\n"
            "Rank One's face recognition price is $24,000 per year.\n")
    assert [(cost.amount_max, cost.period) for cost in find_costs(memo)] == [(Decimal("24000"), "year")]


def test_a_fiscal_year_that_was_an_amount_and_a_budget_rows_second_line_give_periods() -> None:
    (cost,) = find_costs("To your questions: yes, FY24 was $28,500 for 12 users of face recognition.")
    assert cost.period == "year"
    budget = ("  Budget line                          Approved    Expended\n"
              "  Contractual - FACE Plus hosted        31,500.00   31,500.00\n"
              "    subscription, 12 months\n"
              "  Travel - examiner course             3,200.00    1,450.00\n")
    assert [(cost.amount_max, cost.period) for cost in find_costs(budget)] == [(Decimal("31500.00"), "year")]


RFQ_MEMO = """\
1. Purpose
This memo recommends an award. Council approval is required because the
three-year value exceeds $25,000 (City Code Sec. 2-336).

3. Quotations received (prices as quoted, 10 named users)

Vendor / product                   Year 1     Years 2-3    3-yr total
---------------------------------  ---------  -----------  ----------
Veritone, Inc. - IDentify          $22,600    $18,800/yr   $60,200
DataWorks Plus - FACE Plus hosted  $36,900    $21,400/yr   $79,700

4. Evaluation
Its three-year cost is $19,500 above Veritone's. The other quote excludes
server hardware, which would add roughly $6,000.

5. Recommendation
Award RFQ 24-011 to Veritone, Inc. for IDentify face recognition. The FY2024 JAG award ($47,911,
shared with the county) will not be used for this purchase.
"""


def test_a_quotation_table_an_award_naming_its_rfq_and_amounts_that_are_no_price() -> None:
    facts = analyse([PageText(1, RFQ_MEMO, "layer")], Gazetteer.load()).facts
    assert sorted(fact.values["amount_max"] for fact in facts if fact.kind == "costs") == [
        Decimal("18800"), Decimal("22600"), Decimal("60200")]


def test_an_approximate_figure_is_a_restatement_only_where_it_rounds_the_exact_one() -> None:
    text = ("The Department paid Idemia $127,480 in FY2023 for face recognition, and it expects to pay about "
            "$131,300 in FY2024. The council summary calls the FY2023 payment $127K.\n")
    facts = [fact for fact in analyse([PageText(1, text, "layer")], Gazetteer.load()).facts if fact.kind == "costs"]
    assert [(fact.values["amount_max"], fact.restates is not None) for fact in facts] == [
        (Decimal("127480"), False), (Decimal("131300"), False), (Decimal("127000"), True)]


def test_a_tower_workstation_row_is_hardware() -> None:
    order = ("Ln  Qty  Description                       Unit price    Extended\n"
             "1   1    FaceVACS-DBScan ID server licence  18,400.00    18,400.00\n"
             "2   2    Tower workstation, 64 GB RAM        3,615.00     7,230.00\n")
    assert [cost.amount_max for cost in find_costs(order)] == [Decimal("18400.00")]


def _read(text: str) -> list[tuple[Decimal, str | None, str | None]]:
    return [(cost.amount_max, cost.period, cost.unit) for cost in find_costs(text)]


def test_each_after_a_line_break_still_names_the_unit() -> None:
    text = "The cap also allows up to four more examiner licenses at $6,900\neach, if caseload requires."
    assert _read(text) == [(Decimal("6900"), None, "license")]


def test_a_total_and_its_unit_price_share_the_period_either_of_them_states() -> None:
    stated_on_the_unit = "The vendor's rate is $11,400 for\nthe 8 users, which works out to $1,425 per user per year."
    assert _read(stated_on_the_unit) == [(Decimal("11400"), "year", None), (Decimal("1425"), "year", "user")]
    stated_on_the_total = "Investigative Platform - Year 1            $9,600.00\n  8 user seats at $1,200.00 per seat\n"
    assert (Decimal("1200.00"), "year", "seat") in _read(stated_on_the_total)


def test_a_total_and_a_unit_price_of_two_sentences_keep_their_own_periods() -> None:
    assert _read("We paid $9,000. It is $1,500 per user per year for 6 users.") == [
        (Decimal("9000"), None, None), (Decimal("1500"), "year", "user")]


def test_what_follows_a_colon_breaks_the_amount_down_and_lends_it_nothing() -> None:
    text = ("The Department asks for $21,300 in 2025: a one-time $14,800 contract to connect the booking "
            "archive to the face search service, and $6,500 for hosting.")
    assert _read(text)[0] == (Decimal("21300"), None, None)
    assert _read(text)[1] == (Decimal("14800"), "one-time", None)


@pytest.mark.parametrize("text", [
    "Item 5, two booking capture stations ($11,960), is not facial recognition equipment.",
    "The $3,880 for the replacement LiveScan fingerprint station is a separate line.",
    # A bracketed amount after another product's name, even where the sentence names face recognition too.
    "The FaceSearch add-on is separate; the LPR portion of the same Motorola invoice ($11,960) is unchanged.",
    "Keep it apart from the Flock camera renewal ($3,880), which is on another request.",
    # Said to have no face recognition, or to be no face-recognition cost.
    "The records search subscription ($11,960 a year) is a research tool with no facial recognition function.",
    "The vendor quoted $3,880/month for its people search, but that's a records search, no face matching.",
    "The dispatch console upgrade ($11,960) is not an FRU cost.",
    # A threshold, and an offer not recommended.
    "County purchasing rules send any contract over $11,960 to the Board of Commissioners.",
    "Staff also obtained a quote from Clearview AI of $3,880 per year; it was not recommended because of its database.",
])
def test_amounts_said_to_buy_something_else_are_no_face_recognition_price(text: str) -> None:
    page = "Clearview AI face recognition renewal is budgeted separately.\n" + text
    assert not [fact for fact in analyse([PageText(1, page, "layer")], Gazetteer.load()).facts
                if fact.kind == "costs" and fact.values["amount_max"] in (Decimal("11960"), Decimal("3880"))]


def test_a_bracketed_amount_after_a_face_recognition_product_stays() -> None:
    page = "The Vigilant LPR and FaceSearch bundle ($30,000) was renewed for the year.\n"
    assert [fact.values["amount_max"] for fact in analyse([PageText(1, page, "layer")], Gazetteer.load()).facts
            if fact.kind == "costs"] == [Decimal("30000")]


def test_a_currency_code_inside_a_hyphenated_identifier_is_no_amount() -> None:
    assert _read("INTERNAL AUDIT REPORT No. OPS-AUD-2025-02 covers the face search program.") == []
    assert [(cost.amount_max, cost.currency) for cost in find_costs("The fee is AUD 2,025 per year.")] == [
        (Decimal("2025"), "AUD")]


def test_a_unit_printed_in_title_case_with_its_period_on_the_next_line() -> None:
    text = "BPD shall pay BCSO a face search access fee of $1,150 per Authorized User per\n    year, invoiced each July 1."
    assert [(cost.amount_max, cost.period, cost.unit) for cost in find_costs(text)] == [(Decimal("1150"), "year", "user")]


@pytest.mark.parametrize(("text", "expected"), [
    ("The first, for July 2022 through June 2023, cost $9,800 for five user licenses.", (Decimal("9800"), "year", "license")),
    # a service period's dates with their days
    ("The current renewal, June 1, 2024 - May 31, 2025, is $9,000 for six user licenses.",
     (Decimal("9000"), "year", "license")),
    ("Of the grant, $36,000 covers the one-year software license.", (Decimal("36000"), "year", None)),
    ("It is paid for with a $47,500 Edward Byrne Memorial Justice Assistance\nGrant awarded by the state.",
     (Decimal("47500"), "one-time", "grant")),
])
def test_a_years_span_what_an_amount_covers_and_a_named_grant(text: str, expected: tuple[object, ...]) -> None:
    assert [(cost.amount_max, cost.period, cost.kind) for cost in find_costs(text)] == [expected]


def test_a_procurement_threshold_and_up_is_no_price() -> None:
    assert _read("Is it a sole source? Anything $10,000 and up needs three written quotes.") == []


QUOTE_IN_SECTIONS = """\
A. ONE-TIME CHARGES
Item  Description                            Qty   Unit price     Amount
----  ------------------------------------  ----  ----------  ---------
A1    FaceVACS-DBScan LE server licence        1   36,000.00  36,000.00
A2    FaceVACS-Examiner client licence         4    3,100.00  12,400.00
A3    Installation and booking archive                          8,800.00
      migration (remote)

B. RECURRING CHARGES
B1    Software maintenance and updates,                       9,680.00
      first year

C. OPTIONAL - NOT SELECTED
C1    Mobile capture app                       1    2,400.00       0.00
"""


def test_a_price_tables_section_headings_give_their_rows_period() -> None:
    got = {(cost.amount_max, cost.period) for cost in find_costs(QUOTE_IN_SECTIONS)}
    assert {(Decimal("36000.00"), "one-time"), (Decimal("12400.00"), "one-time"), (Decimal("3100.00"), "one-time"),
            (Decimal("8800.00"), "one-time"), (Decimal("9680.00"), "year")} <= got


def test_a_quoted_price_lists_section_headings_give_their_rows_period() -> None:
    """A quote forwarded in a reply ("> " before each line), a note after the heading: "ANNUAL CHARGES (from
    year 2)"."""
    annual = QUOTE_IN_SECTIONS.replace("B. RECURRING CHARGES", "ANNUAL CHARGES (from year 2)")
    quoted = "\n".join("> " + line for line in annual.splitlines())
    got = {(cost.amount_max, cost.period) for cost in find_costs(quoted)}
    assert {(Decimal("36000.00"), "one-time"), (Decimal("12400.00"), "one-time"), (Decimal("9680.00"), "year")} <= got


def test_a_title_that_names_a_year_is_no_section_of_one_time_or_annual_rows() -> None:
    text = "ANNUAL MAINTENANCE AND SUBSCRIPTION RENEWAL\n\n" + QUOTE_IN_SECTIONS.replace("A. ONE-TIME CHARGES\n", "")
    assert (Decimal("36000.00"), None) in {(cost.amount_max, cost.period) for cost in find_costs(text)}


def test_a_price_sheets_row_is_judged_by_its_own_line_not_another_products_row_below() -> None:
    text = ("Here is our public safety price sheet for Veritone IDentify:\n\n"
            "  Item                                             Price\n"
            "  IDentify annual subscription, up to 10 users     $19,800.00 / yr\n"
            "  Booking photo ingest and setup (one-time)         $4,500.00\n"
            "  Veritone Redact (body-worn video redaction)       $7,200.00 / yr\n")
    facts = analyse([PageText(1, text, "layer")], Gazetteer.load()).facts
    assert {fact.values["amount_max"] for fact in facts if fact.kind == "costs"} == {Decimal("19800"), Decimal("4500")}


def test_not_buying_any_other_face_recognition_product_is_no_disclaimer() -> None:
    text = ("The annual Clearview AI subscription for 2024 cost $8,400. The Department did not buy any other facial "
            "recognition product in 2024.")
    facts = analyse([PageText(1, text, "layer")], Gazetteer.load()).facts
    assert Decimal("8400") in {fact.values["amount_max"] for fact in facts if fact.kind == "costs"}


def test_another_products_missing_face_module_does_not_disclaim_the_document() -> None:
    text = ("The NeoFace Reveal license and support cost $48,000 per year under the contract. The BriefCam "
            "subscription ($27,500 per year, which does not include the face recognition module) is budgeted separately.")
    facts = analyse([PageText(1, text, "layer")], Gazetteer.load()).facts
    assert Decimal("48000") in {fact.values["amount_max"] for fact in facts if fact.kind == "costs"}
    denied = "The Department is not purchasing any facial recognition capability. The radios cost $48,000 per year."
    assert not [fact for fact in analyse([PageText(1, denied, "layer")], Gazetteer.load()).facts if fact.kind == "costs"]


@pytest.mark.parametrize(("text", "expected"), [
    # Dot leaders between the formula and its total; the heading above says what the line buys.
    ("  ShieldFace Investigative, annual subscription\n    3 named analysts x $2,100.00 .................. $6,300.00\n",
     [("3 named analysts x $2,100.00 .................. $6,300.00", "6300.00", "year", None),
      ("3 named analysts x $2,100.00", "2100.00", "year", "analyst")]),
    # A multiplier of years: each unit's price is a year's; one currency sign is enough when the formula shows.
    ("Contractual: Harbor Vision      7 seats x $1,900 x 1 yr    13,300.00\n",
     [("Contractual: Harbor Vision      7 seats x $1,900 x 1 yr    13,300.00", "13300.00", "year", None),
      ("Contractual: Harbor Vision      7 seats x $1,900 x 1 yr", "1900", "year", "seat")]),
    ("Face match licence            4 users x $800 x 3 yrs     9,600.00\n",
     [("Face match licence            4 users x $800 x 3 yrs     9,600.00", "9600.00", None, None),
      ("Face match licence            4 users x $800 x 3 yrs", "800", "year", "user")]),
])
def test_a_written_out_formula_row_is_read_with_its_arithmetic(text: str,
                                                                expected: list[tuple[str, str, str | None, str | None]]) -> None:
    found = [(f.quote, str(f.amount_max), f.period, f.unit) for f in find_costs(text)]
    assert found == expected


def test_a_formula_that_does_not_add_up_is_no_row() -> None:
    text = "Face match licence            4 users x $800 x 3 yrs     9,000.00\n"
    assert all(not finding.line_item for finding in find_costs(text))


@pytest.mark.parametrize(("text", "compared", "period", "unit"), [
    ("The renewal is $2,150 a seat now, up from\n$1,900.", "$1,900", None, "seat"),
    ("That comes to $8,600 for the year vs $7,600 last year.", "$7,600", "year", None),
    ("The hosting fee rose from $400 to $460 per month.", "$400", "month", None),
    ("Maintenance went down from $3,000 to $2,700 a year.", "$3,000", "year", None),
])
def test_a_price_compared_like_for_like_takes_the_other_prices_unit_and_period(
        text: str, compared: str, period: str | None, unit: str | None) -> None:
    (finding,) = [f for f in find_costs(text) if f.quote == compared]
    assert (finding.period, finding.unit) == (period, unit)


def test_prices_a_sentence_does_not_compare_keep_no_period() -> None:
    findings = {f.quote: f for f in find_costs("The license is $2,150 a year. Training was $1,900.")}
    assert findings["$1,900"].period is None


@pytest.mark.parametrize(("text", "unit"), [
    ("We have 3 seats at $1,650 each year.", "seat"),
    ("Six licenses @ $900 were bought.", "license"),
    ("The quote is for 15 users at $19,200 per year.", None),  # the price of all fifteen
])
def test_a_count_of_units_before_at_prices_each_of_them(text: str, unit: str | None) -> None:
    (finding,) = list(find_costs(text))
    assert finding.unit == unit


ADD_ON_QUOTE = """PART 1 - RECURRING FEES (per year, billed each July 1)

Ln  Description                               Qty   Unit price      Annual
--  ----------------------------------------  ---  -----------  ----------
1   Veraxis Analyze camera channel license     40       150.00    6,000.00
2   Veraxis software maintenance, base                           3,100.00
3   Face Recognition module for Veraxis                          8,400.00
    Analyze, examiner seats (4 seats)
                                                                ----------
    Recurring total per year                                     17,500.00

PART 2 - ONE-TIME FEES

Ln  Description                               Qty   Unit price      Amount
--  ----------------------------------------  ---  -----------  ----------
4   Examiner training, face search module        2       950.00    1,900.00
"""


def test_rows_of_the_product_a_face_recognition_add_on_is_for_are_no_price_of_it() -> None:
    found = {(f.amount_max, f.period) for f in find_costs(ADD_ON_QUOTE)}
    assert (Decimal("8400.00"), "year") in found
    assert (Decimal("1900.00"), "one-time") in found
    assert not {Decimal("6000.00"), Decimal("150.00"), Decimal("3100.00"), Decimal("17500.00")} & {amount for amount, _ in found}


def test_without_an_add_on_row_a_products_rows_stay() -> None:
    text = ADD_ON_QUOTE.replace("Face Recognition module for Veraxis", "Face Recognition examiner licences   ")
    assert Decimal("3100.00") in {f.amount_max for f in find_costs(text)}


NOTED_QUOTE = """Line  Item                             Qty    Unit price     Extended
----  -------------------------------  ---  ------------  -----------
C-1   Face match server license          1     41,000.00    41,000.00
C-2   Examiner client licenses           5      3,100.00    15,500.00
C-3   Installation (days)                3      1,600.00     4,800.00
C-4   Support and hosting, year 1                            9,180.00

Lines C-1 through C-3 are one-time charges. Line C-4 is billed annually.
"""


def test_a_note_under_a_price_table_gives_its_rows_periods_by_line_code() -> None:
    found = [(f.amount_max, f.period, f.unit) for f in find_costs(NOTED_QUOTE)]
    assert found == [(Decimal("41000.00"), "one-time", None), (Decimal("15500.00"), "one-time", None),
                     (Decimal("3100.00"), "one-time", "license"), (Decimal("4800.00"), "one-time", None),
                     (Decimal("1600.00"), "one-time", "day"), (Decimal("9180.00"), "year", None)]


def test_of_two_statements_that_say_as_much_the_first_is_the_figures_fact() -> None:
    page = ("FISCAL IMPACT: FaceVACS annual maintenance rises from $5,100 to $7,350, billed annually each July.\n\n"
            "   Item                                          Qty   Unit price     Extended\n"
            "   FaceVACS annual maintenance (all licenses)   1   $7,350.00    $7,350.00    per year\n")
    facts = [fact for fact in analyse([PageText(1, page, "layer")], Gazetteer.load()).facts
             if fact.kind == "costs" and fact.values["amount_max"] == Decimal("7350")]
    assert [(fact.quote[:12], fact.restates is None) for fact in facts] == [("$7,350, bill", True), ("FaceVACS ann", False)]


def test_a_scanned_bid_tabulation_with_a_blank_line_under_its_header_keeps_only_the_recommended_offer() -> None:
    page = ("COMPARISON OF QUOTES (three-year term, 8 concurrent users)\n\n"
            "Vendor / product       Pricing One-time  Annual 3-year total\n\n"
            "Harbor Biometrics*     On-prem  $41,200  $11,000   $74,200\n"
            "Northline Vision       Hosted   $10,900  $29,800   $100,300\n\n"
            "* Recommended.\n\nRECOMMENDATION\nStaff recommend Harbor Biometrics for face recognition.\n")
    found = {finding.amount_max for finding in find_costs(page)}
    assert Decimal("41200") in found and not {Decimal("10900"), Decimal("29800"), Decimal("100300")} & found


def test_the_base_product_of_a_face_recognition_add_on_is_read_from_the_pages_words() -> None:
    bases = add_on_bases("TPSO now wishes to license the Face Recognition add-on for Veraxis Analyze.")
    assert bases == {"veraxis"}
    assert buys_base_product("Veraxis Analyze camera channel license", bases)
    assert not buys_base_product("Veraxis face search examiner seats", bases)
    assert not buys_base_product("Installation and training", bases)
    assert add_on_bases("We license the Face Recognition module and The Face Search option.") == set()


@pytest.mark.parametrize(("text", "period"), [
    ("The county paid the vendor $8,900 for 2021 and $9,350 for 2022.", "year"),
    ("They want $4,200 for next year.", "year"),
    ("We paid $40,000 for 2024 and 2025 together.", None),  # two years' worth
    ("The city paid $12,000 in 2021 for the server.", None),  # when, not what a year costs
    ("The face search subscription cost $7,600 in 2023.", "year"),  # a subscription's cost in a year: that year's
])
def test_an_amount_for_one_year_is_that_years_cost(text: str, period: str | None) -> None:
    assert [finding.period for finding in find_costs(text)][:1] == [period]


def test_offers_listed_as_received_are_no_cost_but_the_chosen_ones() -> None:
    page = ("WHEREAS, the Police Department requested quotations for face recognition and received three: Harbor "
            "Biometrics, Inc. at $52,300 for three years; Northline Vision at $61,900; and Keystone ID at $70,100; and\n\n"
            "WHEREAS, the Chief recommends the Harbor quotation for the face matching system; and\n")
    assert [finding.amount_max for finding in find_costs(page)] == [Decimal("52300")]


def test_offers_listed_with_no_choice_named_all_stay() -> None:
    page = "For face recognition we received two quotes: Northline Vision at $61,900 and Keystone ID at $70,100.\n"
    assert [finding.amount_max for finding in find_costs(page)] == [Decimal("61900"), Decimal("70100")]


def test_a_note_names_numbered_rows_by_their_line_numbers_and_ranges() -> None:
    text = ("Item  Description                        Qty   Unit price   Extended\n"
            "1     Face search license                  1     5,000.00     5,000.00\n"
            "2     Examiner course                      1     1,000.00     1,000.00\n"
            "3     Face search hosting                  1     2,000.00     2,000.00\n"
            "Items 1-2 are one-time charges. Item 3 is billed annually.\n")
    assert [(f.amount_max, f.period) for f in find_costs(text)] == [
        (Decimal("5000.00"), "one-time"), (Decimal("1000.00"), "one-time"), (Decimal("2000.00"), "year")]


def test_a_note_naming_two_lines_is_no_range_of_the_lines_between() -> None:
    text = NOTED_QUOTE.replace("Lines C-1 through C-3 are one-time charges.", "Lines C-1 and C-3 are one-time charges.")
    periods = {f.amount_max: f.period for f in find_costs(text)}
    assert (periods[Decimal("41000.00")], periods[Decimal("15500.00")]) == ("one-time", None)


@pytest.mark.parametrize(("text", "expected"), [
    # "each" alone prices one of the things counted on its line
    ("  - FaceVACS-DBScan LE, 3 workstation licenses: $17,700 ($5,900 each)",
     [(Decimal("17700"), None, None), (Decimal("5900"), None, "license")]),
    ("Year-one total: $32,000. Years two and three would be $27,500 each.",
     [(Decimal("32000"), None, None), (Decimal("27500"), "year", None)]),  # a first year's total is no yearly price
    # a budget's allocation in a fiscal year's request is no yearly term
    ("I put $42,000 in the FY26 capital request for the face search licenses.", [(Decimal("42000"), None, None)]),
    ("Clearview costs $9,000 for FY26.", [(Decimal("9000"), "year", None)]),
    # a product's name before the cost noun, and the dates after it a year apart
    ("Yes. $14,250 is the FaceSearch subscription for July 1, 2025 through\nJune 30, 2026.",
     [(Decimal("14250"), "year", None)]),
])
def test_each_and_fiscal_year_requests(text: str, expected: list[tuple[Decimal, str | None, str | None]]) -> None:
    assert [(cost.amount_max, cost.period, cost.unit) for cost in find_costs(text)] == expected


def test_what_is_said_not_to_be_face_recognition_or_to_be_the_add_ons_base_is_no_cost_of_it() -> None:
    text = ("The City bought the base VideoSight license (Review and Protect, 24 camera channels) in 2022\n"
            "for $38,400. The Face Recognition add-on for VideoSight Review was bought in 2023 for a one-time\n"
            "fee of $6,900. We also pay $11,800 a year for Accurint itself (person search, not face\n"
            "recognition).\n")
    assert [cost.amount_max for cost in find_costs(text)] == [Decimal("6900")]


MINUTES = """\
ITEM 3. CLAIMS DOCKET
Upon motion of Supervisor Lusk, the Board approved the claims docket for
March in the amount of $912,450.18. Motion carried 5-0.

ITEM 4. ANNEX ROOF REPAIR
The Board accepted the lowest and best bid of $88,300 for the annex roof.

ITEM 5. SHERIFF - FACIAL RECOGNITION SUBSCRIPTION
The Board approved a subscription to Veritone IDentify at $21,600 per year.
"""


def test_minutes_numbered_items_that_never_speak_of_face_recognition_price_nothing_of_it() -> None:
    assert [(cost.amount_max, cost.period) for cost in find_costs(MINUTES)] == [(Decimal("21600"), "year")]


@pytest.mark.parametrize("text", [
    "Funding:      001-2130-54410 ($52,000 budgeted, all Police software)",
    "  FY 2024-25 budgeted:  $24,000 (all Police software subscriptions)",
    "Amount:       $41,526.50 (all requisition lines)",
    "Balance left in the account for FY 2024-25 after this\npurchase: $14,500.",
    "Clearview AI quoted $10,000 a year for five users, but the Division did not consider it further.",
])
def test_sums_of_more_than_face_recognition_and_offers_not_considered_are_no_cost_of_it(text: str) -> None:
    assert list(find_costs(text)) == []


@pytest.mark.parametrize(("text", "kept"), [
    # a base product's subscription where the add-on is said in other words
    ("The base Accurint Virtual Crime Center subscription stays at $28,800 a year. Facial recognition is an\n"
     "add-on module priced at $7,200 a year.", [Decimal("7200")]),
    ("The existing BriefCam video analytics license ($18,400 per year) is separate from this purchase.", []),
    ("Clearview AI quoted $2,000 per user per year. It was not considered further.", []),
    ("  Livescan fingerprint station maintenance\n     (separate agreement, shown for reference) ... $3,900.00/yr", []),
    ("8,FR23-08,05/22/2023,RMV,Larceny over $1200,No match", []),
])
def test_amounts_outside_the_face_recognition_purchase(text: str, kept: list[Decimal]) -> None:
    assert [cost.amount_max for cost in find_costs(text)] == kept


def test_a_reports_own_numbered_fiscal_item_prices_its_subject() -> None:
    text = ("ITEM 1. BACKGROUND\nThe Police Department asks to subscribe to Clearview AI for facial recognition searches.\n\n"
            "ITEM 2. FISCAL IMPACT\nThe subscription costs $18,000 per year from the General Fund.\n")
    assert [(cost.amount_max, cost.period) for cost in find_costs(text)] == [(Decimal("18000"), "year")]


@pytest.mark.parametrize(
    ("text", "period", "kind"),
    [
        # one named year of a recurring charge is a year's price
        ("The 2024 subscription cost $7,950.", "year", "subscription"),
        ("The FY2024-25 renewal was approved at $19,152.", "year", None),
        ("For 2023 the Department paid $9,150 to the vendor.", "year", None),
        ("The renewal invoice for 2024 came to $10,145.50.", "year", None),
        ("Motorola quoted $26,100 to renew FaceSearch for FY 2023-24.", "year", None),
        # ... not a span of years, a total, a unit price, or a purchase made in a year
        ("The 2023-2025 subscription cost $7,950.", None, "subscription"),
        ("The 2022-24 renewal came to $19,152.", None, None),
        ("The 2024 subscription cost $7,950 in total.", None, "total"),
        ("In 2019 the county paid $50,000 for the system.", None, None),
        ("The 2024 renewal is $1,950 per seat.", None, "license"),
        # software maintenance is sold by the year unless the words say otherwise
        ("Software maintenance and support: $6,840.", "year", "maintenance"),
        ("Software maintenance over two years is $13,200.", None, "maintenance"),
        ("Maintenance, client licenses and mugshot conversion: $51,857.", None, "license"),
        # grant money in the words grant programmes use is a one-time award
        ("The Cabinet awarded $44,500 in JAG funds for this pilot.", "one-time", "grant"),
        ("The board approved a subaward of $32,400.", "one-time", "grant"),
        ("Federal share requested (75%): $25,215.00", "one-time", "grant"),
        ("$600,000\nBureau of Justice Assistance grant", "one-time", "grant"),
        ("The council awarded the contract to Acme for $50,000.", None, None),
    ],
)
def test_a_named_year_software_maintenance_and_grant_words(text: str, period: str | None, kind: str | None) -> None:
    (finding,) = list(find_costs(text))
    assert (finding.period, finding.kind) == (period, kind), finding


@pytest.mark.parametrize(
    ("text", "quote", "period", "unit"),
    [
        # a cap "in any fiscal year" is a yearly cap
        ("Total fees shall not exceed $14,000 in any state fiscal year.", "shall not exceed $14,000 in any state fiscal year",
         "year", None),
        # dates a year apart in figures make a year's price
        ("Clearview quoted $2,050 per seat for 6/1/2025 to 5/31/2026.", "$2,050 per seat for 6/1/2025 to 5/31/2026", "year",
         "seat"),
        ("The vendor quoted $2,050 per seat for 6/1/2025 to 8/31/2025.", "$2,050 per seat", None, "seat"),
        # "up to 10 users at $21,500 per year" is the licence's capacity and its price, not a price per user
        ("a license for up to 10 concurrent users at $21,500 per year", "$21,500 per year", "year", None),
        ("3 seats at $1,650 a year each", "$1,650 a year", "year", "seat"),
    ],
)
def test_fiscal_year_caps_numeric_terms_and_capacities(text: str, quote: str, period: str | None, unit: str | None) -> None:
    (finding,) = list(find_costs(text))
    assert (finding.quote, finding.period, finding.unit) == (quote, period, unit), finding


def test_a_fee_schedules_rows_and_a_formula_counted_in_words() -> None:
    exhibit = """\
EXHIBIT A - FEE SCHEDULE
Item  Description                              Basis            Fee
----  ---------------------------------------  -----------  ---------
A-1   Annual participation fee, Tier 2 agency  per year      6,800.00
A-2   Facial recognition search request        per request      18.00
A-3   Search request above the first 250       per request      11.00

  A-4 six Authorized Requesters x 275.00                     1,650.00
"""
    found = [(finding.amount_max, finding.period, finding.unit) for finding in find_costs(exhibit)]
    assert (Decimal("6800.00"), "year", None) in found
    assert (Decimal("11.00"), None, "request") in found
    assert any(amount == Decimal("1650.00") for amount, _, _ in found)


def test_a_rows_words_go_on_in_its_part_codes_column() -> None:
    """A row that opens with a part code prints the rest of its description under the code, not under the
    words after it: "perpetual" there makes the licence one-time."""
    text = (" 1   1 CGT-DBSID-SRV Cognitec FaceVACS-DBScan ID   18,400.00  18,400.00\n"
            "       server license, perpetual; gallery up to 500,000 images\n"
            " 2   6 CGT-DBSID-WS FaceVACS-DBScan ID              1,250.00   7,500.00\n"
            "       investigator workstation license, perpetual\n")
    assert [(cost.amount_max, cost.period) for cost in find_costs(text)] == [
        (Decimal("18400.00"), "one-time"), (Decimal("7500.00"), "one-time"), (Decimal("1250.00"), "one-time")]


def _seat_counts(text: str) -> list[int]:
    from foia.analysis import analyse
    from foia.extract.entities import Gazetteer
    from foia.ingest import PageText

    facts = analyse([PageText(1, text, "layer")], Gazetteer.load()).facts
    return [f.values["count"] for f in facts if f.kind == "usage" and f.values["measure"] == "users"]


def test_a_rows_seats_are_counted_where_its_second_line_names_them_not_where_it_states_its_own() -> None:
    text = ("Face recognition quote\n\n"
            "Ln  Description                                   Qty   Unit price     Extended\n"
            "1   Clearview AI Investigative Search - named      15    $1,790.00   $26,850.00\n"
            "    user, 12 months\n"
            "2   Veritone IDentify subscription, 12 months       1   $29,500.00   $29,500.00\n"
            "    (includes up to 8 named users)\n")
    assert _seat_counts(text) == [15, 8]  # the 8 read in its words, not the one subscription


def test_a_base_products_row_saying_it_has_no_face_matching_is_no_cost_of_the_add_on() -> None:
    text = ("  Item                                      Qty      Unit       Total\n"
            "  BriefCam Review/Research renewal,          10   1,650.00   16,500.00\n"
            "    12 mo. (video synopsis and object\n"
            "    search; no face matching)\n"
            "  BriefCam Face Recognition add-on,           4   3,250.00   13,000.00\n"
            "    12 mo., named user\n")
    assert [cost.amount_max for cost in find_costs(text)] == [Decimal("13000.00"), Decimal("3250.00")]


def test_a_workstation_bought_as_hardware_is_no_seat_but_a_workstation_licence_is() -> None:
    text = ("Face recognition budget\n\n"
            "Ln  Description                                   Qty   Unit price     Extended\n"
            "1   Dedicated investigative workstation (Dell)      2    $2,350.00    $4,700.00\n"
            "2   FaceVACS-DBScan LE workstation license          3    $1,850.00    $5,550.00\n")
    assert _seat_counts(text) == [3]


def test_a_price_lists_term_column_gives_the_period_in_a_quoted_reply_too() -> None:
    listing = ("Item                                    Term         Price\n"
               "Vigilant FaceSearch, named user         12 months    $1,150.00 per user\n")
    quoted = "".join(f"> {line}\n" for line in listing.splitlines())
    for text in (listing, quoted):
        assert [(cost.amount_max, cost.period, cost.unit) for cost in find_costs(text)] == [
            (Decimal("1150.00"), "year", "user")]


def test_a_quotes_term_in_words_above_its_rows_makes_its_licence_rows_yearly() -> None:
    text = ("Quote Q-2024-58213   Account 100-44817\n"
            "Term: July 1, 2024 - June 30, 2025\n\n"
            "Item                                    Qty   Unit price    Extended\n"
            "Vigilant FaceSearch user license          8    $1,150.00   $9,200.00\n")
    assert [(cost.amount_max, cost.period) for cost in find_costs(text)] == [
        (Decimal("9200.00"), "year"), (Decimal("1150.00"), "year")]


@pytest.mark.parametrize(("text", "expected"), [
    ("The Yakima Police Department signed a one-year, $21,400 agreement with Clearview AI in May.",
     [(Decimal("21400"), "year")]),
    ("The records include an invoice for $6,600 covering eleven investigator accounts for one year.",
     [(Decimal("6600"), "year")]),
    ("The chief has asked for $38,000 in the fiscal 2026 budget to renew the face search service for one year.",
     [(Decimal("38000"), "year")]),
    ("The City bought a one-year Clearview AI subscription for three users at $1,200 per user, $3,600 in total.",
     [(Decimal("1200"), "year"), (Decimal("3600"), "year")]),
    ("We paid $7,500 for the year and $200 for a training day.", [(Decimal("7500"), "year"), (Decimal("200"), None)]),
    ("Motorola quoted $9,000 for one county and $4,000 for a second county.",
     [(Decimal("9000"), None), (Decimal("4000"), None)]),
])
def test_a_year_said_before_the_amount_as_its_first_adjective_or_at_its_clauses_end_is_its_period(
        text: str, expected: list[tuple[Decimal, str | None]]) -> None:
    assert [(cost.amount_max, cost.period) for cost in find_costs(text)] == expected


def test_a_cells_period_comes_from_its_own_columns_header() -> None:
    shares = ("    Agency                            User accounts     Annual fee\n"
              "    ---------------------------------  -------------   ------------\n"
              "    Ouray Police Department                  6            $7,200.00\n"
              "    Ridgway Marshal's Office                 2            $2,400.00\n"
              "    Prorated share, March - December         2            $2,000.00\n")
    assert [(cost.amount_max, cost.period) for cost in find_costs(shares)] == [
        (Decimal("7200.00"), "year"), (Decimal("2400.00"), "year"), (Decimal("2000.00"), None)]
    budget = ("    Line                              Accounts        Cost\n"
              "    Ouray Police Department                  6            $7,200.00\n")
    assert [cost.period for cost in find_costs(budget)] == [None]


@pytest.mark.parametrize(("row", "unit"), [("Clearview Mobile add-on, annual      ", "user"),
                                           ("IDentify subscription, annual       ", "user"),
                                           ("Probe photo enhancement, annual     ", "unit")])
def test_an_add_on_or_subscription_sold_by_the_each_is_priced_per_user(row: str, unit: str) -> None:
    order = ("Ln  Description                              Qty  UoM  Unit price     Extended\n"
             f"1   {row}     9   EA      200.00     1,800.00\n")
    assert {cost.amount_max: cost.unit for cost in find_costs(order) if cost.unit} == {Decimal("200.00"): unit}
