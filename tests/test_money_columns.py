"""Price lists and budget printouts: rows that end in money columns, read as costs only inside a table
with a money header, only for face recognition, each distinct amount once, quoted from its description."""

from __future__ import annotations

from decimal import Decimal

from foia.analysis import analyse
from foia.extract.costs import find_costs
from foia.extract.entities import Gazetteer
from foia.extract.money_columns import lines_above
from foia.ingest import PageText

PRICE_LIST = """\
COOPERATIVE CONTRACT 24-118 - PRICE SCHEDULE
No.   Part No.     Description                                   Unit          Price
-------------------------------------------------------------------------------------
SECTION 1 - FACIAL RECOGNITION
1.1   NR-SRV       NeoFace Reveal server licence                 server/yr  31,750.00
1.2   NR-USR       NeoFace Reveal examiner seat                  user/yr     1,640.00
1.3   NR-MOB       Field capture app                             device/mo      22.50
1.4   NR-ONB       Onboarding and gallery load, one-time         lot         8,400.00
SECTION 2 - FINGERPRINT (NOT FACIAL RECOGNITION)
2.1   FP-LS        Livescan kiosk                                each       16,250.00
2.2   FP-MNT       Livescan kiosk maintenance                    each/yr     2,100.00
"""

BUDGET = """\
HARBOR COUNTY SHERIFF'S OFFICE - FY27 REQUESTED BUDGET, LINE DETAIL
Account     Description                            FY25 Actual  FY26 Adopted  FY27 Request   Chg%
----------  -------------------------------------  -----------  ------------  ------------   ----
5120-410    Paravision face matching (12 users)      14,400.00     14,400.00     16,800.00   16.7
5120-411    Video review software (no face module)   27,000.00     27,000.00     28,350.00    5.0
5120-412    Body camera storage                     102,500.00    106,600.00    110,000.00    3.2
5120-413    Facial examiner course                    1,900.00          0.00      3,800.00  100.0
            SUBTOTAL                                145,800.00    148,000.00    158,950.00    7.4
"""


def _amounts(text: str) -> list[tuple[Decimal, str | None, str | None]]:
    return [(cost.amount_max, cost.period, cost.unit) for cost in find_costs(text)]


def test_a_price_lists_face_recognition_rows_with_their_unit_and_period() -> None:
    assert _amounts(PRICE_LIST) == [
        (Decimal("31750.00"), "year", "server"), (Decimal("1640.00"), "year", "user"),
        (Decimal("22.50"), "month", "device"), (Decimal("8400.00"), "one-time", None),
    ]


def test_a_budgets_distinct_amounts_per_row_for_face_recognition_only() -> None:
    costs = list(find_costs(BUDGET))
    assert [(cost.amount_max, cost.period) for cost in costs] == [
        (Decimal("14400.00"), None), (Decimal("16800.00"), None), (Decimal("1900.00"), None), (Decimal("3800.00"), None)]
    # Each quote runs from the row's description to its amount, as printed.
    assert costs[1].quote == "Paravision face matching (12 users)      14,400.00     14,400.00     16,800.00"
    assert all(BUDGET[cost.char_start : cost.char_end] == cost.quote for cost in costs)


def test_rows_without_a_money_header_are_no_table() -> None:
    text = "\n".join(line for line in BUDGET.splitlines() if not line.startswith(("Account", "------")))
    assert _amounts(text) == []


def test_a_count_in_a_rows_description_is_still_read() -> None:
    facts = analyse([PageText(1, BUDGET, "layer")], Gazetteer.load()).facts
    assert [(fact.values["count"], fact.values["measure"]) for fact in facts if fact.kind == "usage"] == [(12, "users")]


def test_a_table_with_a_quantity_column_is_left_to_the_arithmetic_readers() -> None:
    # An invoice whose rows do not add up (a misread cell) must not have each money cell taken for a price.
    text = ("Description                                   Qty    Unit Price      Extended\n"
            "NeoFace Reveal examiner seat, annual            4      1,640.00      6,650.00\n"
            "NeoFace Reveal server licence, annual           1     31,750.00     31,570.00\n")
    assert _amounts(text) == []


# A state contract's price list with dollar signs: its period in the description, units of any noun after
# "per", and sections for other products and for services of every category.
STATE_PRICE_LIST = """\
STATE OF DELMARVA - OFFICE OF GENERAL SERVICES - STATEWIDE CONTRACTS
Contract SC-7741    Identity Analytics Software        Contractor: Lakeshore Systems Group
EXHIBIT B - PRICE LIST
Prices are firm and available to all Authorized Purchasers under this contract.

Item   Maker        Description                                      Unit          Price
-----  -----------  -----------------------------------------------  -----------   -----------
PART A - FACE RECOGNITION
A.1    NEC          NeoFace Reveal examiner seat, annual             per seat       $1,975.00
A.2    NEC          NeoFace Watch channel, monthly                   per channel      $118.00
A.3    Paravision   Paravision Face SDK runtime, annual              per stream       $390.00
PART B - FINGERPRINT
B.1    IDEMIA       MorphoTrak livescan station, one-time            per station   $18,900.00
PART C - SERVICES (ALL PARTS)
C.1    Lakeshore    Project management                               per hour         $165.00

Volume discount: 4% on orders over $40,000.
"""


def test_a_price_lists_period_words_and_units_of_any_noun() -> None:
    assert _amounts(STATE_PRICE_LIST) == [
        (Decimal("1975.00"), "year", "seat"), (Decimal("118.00"), "month", "channel"),
        (Decimal("390.00"), "year", "stream"),
    ]


def test_rows_of_other_sections_are_priced_by_no_reader() -> None:
    # The fingerprint station, the services of every part and the discount's threshold are no prices of face
    # recognition: neither the table nor the prose reader takes them.
    facts = analyse([PageText(1, STATE_PRICE_LIST, "layer")], Gazetteer.load()).facts
    assert sorted(fact.values["amount_max"] for fact in facts if fact.kind == "costs") == [
        Decimal("118.00"), Decimal("390.00"), Decimal("1975.00")]


def test_a_price_list_open_to_every_buyer_is_no_agencys_cost() -> None:
    # Released by an agency, under its cover letter: the list's prices are offers to anyone, not its costs.
    cover = ("DELAWARE STATE POLICE\nRecords Unit\n\nThe one responsive record is enclosed: the statewide price list\n"
             "for identity analytics software. The Delaware State Police bought nothing from it.\n\nDelaware State Police\n")
    facts = analyse([PageText(1, cover, "layer"), PageText(2, STATE_PRICE_LIST, "layer")], Gazetteer.load()).facts
    costs = [fact for fact in facts if fact.kind == "costs"]
    assert len(costs) == 3
    assert all(fact.agency is None and fact.agency_withheld for fact in costs)
    assert all("price list open to any buyer" in (fact.attribution_note or "") for fact in costs)


WHOLE_DOLLAR_BUDGET = """\
Line  Account    Vendor / Description                           FY24-25 Adp   FY25-26 App    Chg %
----  --------   --------------------------------------------   -----------   -----------   ------
0041  5230-114   Axon - body-worn cameras, Evidence.com           3,412,000     3,498,300      2.5
0045  5230-131   Clearview AI - face search, 25 user lic.            24,000        26,400     10.0
0046  5230-132   Veritone IDentify pilot (ends 06/2025)              18,500             0   -100.0
                 Object class 5230 subtotal                       3,454,500     3,524,700      2.0
"""

SEARCH_COUNTS_BY_YEAR = """\
Measure                               FY2023        FY2024
-----------------------------------   ------        ------
Face searches run                      1,020         1,311
Facial recognition leads                 140           152
"""


def test_a_budget_in_whole_dollars_under_a_money_header() -> None:
    assert _amounts(WHOLE_DOLLAR_BUDGET) == [(Decimal("24000"), None, None), (Decimal("26400"), None, None),
                                             (Decimal("18500"), None, None)]


def test_whole_numbers_under_years_alone_are_counts_not_money() -> None:
    assert _amounts(SEARCH_COUNTS_BY_YEAR) == []


LEDGER = """\
Pay Date     Invoice No.    PO No.       Description                          Fund       Amount
----------   ------------   ----------   ----------------------------------   ----   ----------
Vendor 104482   CDW GOVERNMENT LLC
10/26/2023   NP44719        PO24-00381   CLEARVIEW LIC 12MO 15 @ 1,995.00      146    29,925.00
10/26/2023   NP44720        PO24-00381   DELL LATITUDE 5440 6 @ 1,369.00       001     8,214.00
Vendor 118830   MOTOROLA SOLUTIONS INC
10/12/2023   7200118835     PO24-00097   VIGILANT FACESEARCH SUBSCR FY24       001     9,750.00
"""


def test_a_ledger_lines_own_arithmetic_gives_its_unit_price_and_a_fiscal_years_subscription_is_yearly() -> None:
    assert _amounts(LEDGER) == [(Decimal("29925.00"), "year", None), (Decimal("1995.00"), "year", "license"),
                                (Decimal("9750.00"), "year", None)]


def test_a_price_sheets_label_column_gives_the_unit_and_period_of_its_amount() -> None:
    text = ("C. OPTIONAL ADD-ONS\n"
            "   ROC Mobile (iOS/Android), per device per year                    $420.00\n"
            "   Gallery enrollment, one-time, per 1,000 images                    $12.00\n"
            "   Body camera docking station, per unit per year                   $310.00\n")
    found = [(cost.amount_max, cost.period, cost.unit, cost.unit_quantity) for cost in find_costs(text)]
    assert found == [(Decimal("420"), "year", "device", Decimal(1)), (Decimal("12"), "one-time", "image", Decimal(1000))]


TIER_TABLE = """\
Facial recognition investigative software: price proposal

Table 7-A  Annual subscription price per seat
   Tier      Seats           Price per seat, per year
   1         1 - 10          $2,400.00
   2         11 - 25         $1,950.00
   3         26 - 50         $1,600.00
"""


def test_a_tier_tables_seat_ranges_take_the_headers_unit_and_period_on_a_page_about_face_recognition() -> None:
    assert _amounts(TIER_TABLE) == [(Decimal("2400.00"), "year", "seat"), (Decimal("1950.00"), "year", "seat"),
                                    (Decimal("1600.00"), "year", "seat")]
    # Elsewhere the table is not read as a price list (what prose finds is left to the page's topic).
    elsewhere = TIER_TABLE.replace("Facial recognition investigative software", "Records management software")
    assert all(unit is None for _, _, unit in _amounts(elsewhere))


def test_the_last_tiers_open_seat_range_is_a_tier_and_its_over_bounds_no_price() -> None:
    """"51 and over   $815.00": the seats are 51 and over, the price is exactly $815 a seat a year."""
    table = TIER_TABLE + "   4         51 and over     $1,450.00\n"
    assert _amounts(table)[-1] == (Decimal("1450.00"), "year", "seat")
    assert [cost.qualifier for cost in find_costs(table)][-1] == "exact"


def test_lines_above_reads_nearest_first_and_passes_over_a_gap_only_when_asked() -> None:
    page = "QUOTES RECEIVED\n\n\nVendor   Price   Term\nAcme   $5,000   1 yr\n"
    header = page.index("Vendor")
    assert [line for line, _ in lines_above(page, header, 2)] == ["", ""]
    assert [line for line, _ in lines_above(page, header, 2, over_gap=True)] == ["QUOTES RECEIVED"]
    row = page.index("Acme")
    assert [(line, page[end]) for line, end in lines_above(page, row, 1)] == [("Vendor   Price   Term", "\n")]
    assert list(lines_above(page, 0, 3, over_gap=True)) == []


PURCHASE_ORDER_WITHOUT_QUANTITY = """\
TOWN OF ALDER CREEK                                 PURCHASE ORDER 25-0412
Line  Description                                   Unit Price    Extended
----  --------------------------------------------  ----------  ----------
1     FaceSearch examiner workstation lic.            2,310.00    9,240.00
      (4 seats, 12-month term)
2     Archive booking photo enrollment, one-time                  3,750.00
3     Freight                                                        60.00
4     Two-year comparison of prior quotes             1,980.00    3,960.00
"""


def test_a_row_that_states_its_quantity_gives_its_unit_price_and_its_extension() -> None:
    amounts = _amounts(PURCHASE_ORDER_WITHOUT_QUANTITY)
    assert (Decimal("2310.00"), "year", "seat") in amounts
    assert (Decimal("9240.00"), "year", None) in amounts


def test_booking_photos_enrolled_into_the_gallery_are_face_recognition_work() -> None:
    assert (Decimal("3750.00"), "one-time", None) in _amounts(PURCHASE_ORDER_WITHOUT_QUANTITY)
    assert not any(amount == Decimal("60.00") for amount, _, _ in _amounts(PURCHASE_ORDER_WITHOUT_QUANTITY))


def test_two_amounts_without_a_stated_quantity_are_two_columns_not_a_unit_price() -> None:
    # Row 4 names no face-recognition product: nothing of it is read; and where a row is read without a
    # stated quantity, neither of its amounts is taken for a price per unit.
    text = PURCHASE_ORDER_WITHOUT_QUANTITY.replace("Two-year comparison of prior quotes", "FaceSearch renewal options     ")
    row = [(amount, unit) for amount, _, unit in _amounts(text) if amount in (Decimal("1980.00"), Decimal("3960.00"))]
    assert row == [(Decimal("1980.00"), None), (Decimal("3960.00"), None)]
    assert not any(amount in (Decimal("1980.00"), Decimal("3960.00")) for amount, _, _ in
                   _amounts(PURCHASE_ORDER_WITHOUT_QUANTITY))


def test_a_line_aligned_with_the_description_goes_on_with_it_only_under_a_numbered_row() -> None:
    unnumbered = """\
Description                                     Unit Price    Extended
FaceSearch examiner workstation lic.              2,310.00    9,240.00
(4 seats, 12-month term)
FaceSearch maintenance                                        1,100.00
"""
    assert _amounts(unnumbered) == [(Decimal("2310.00"), None, None), (Decimal("9240.00"), None, None),
                                    (Decimal("1100.00"), "year", None)]  # maintenance is sold by the year


VENDOR_QUOTE_WITH_SERVICES = """\
Item  Description                                              Amount
----  -------------------------------------------------  ------------
 1    FACE Plus investigative search, hosted, annual        38,200.00
      subscription (5 concurrent examiner seats)
 2    Implementation: load of booking photos and             8,900.00
      records interface (one-time)
 3    Examiner training, 2 days on site                      4,100.00
 4    Booking capture station with camera and backdrop       9,800.00
      Shipping and handling                                    220.00
"""


def test_a_face_recognition_tables_service_rows_are_its_costs_and_its_hardware_and_shipping_are_not() -> None:
    amounts = [amount for amount, _, _ in _amounts(VENDOR_QUOTE_WITH_SERVICES)]
    assert amounts == [Decimal("38200.00"), Decimal("8900.00"), Decimal("4100.00")]
    assert (Decimal("8900.00"), "one-time", None) in _amounts(VENDOR_QUOTE_WITH_SERVICES)


def test_service_rows_of_a_table_that_prices_no_face_recognition_are_not_read() -> None:
    text = VENDOR_QUOTE_WITH_SERVICES.replace("FACE Plus investigative search, hosted, annual",
                                              "Records management system, annual      ")
    assert _amounts(text) == []


def test_contract_year_columns_with_placeholder_cells() -> None:
    text = """\
Item  Description                         Year 1      Year 2      Year 3
----  ------------------------------  ----------  ----------  ----------
B-1   MorphoFace Investigate, hosted   19,800.00   20,400.00   21,000.00
      subscription (5 named users)
B-2   Implementation, gallery load      5,500.00          --          --
      and on-site training (one-time)
"""
    assert _amounts(text) == [(Decimal("19800.00"), "year", None), (Decimal("20400.00"), "year", None),
                              (Decimal("21000.00"), "year", None), (Decimal("5500.00"), "one-time", None)]


def test_a_csv_export_names_its_columns_with_underscores_and_currency() -> None:
    """A month column makes each row a month's bill; the TOTAL row under them is their total."""
    text = ("row,month,service,cost_usd,searches\n1,2024-01,Amazon Rekognition,0.95,212\n"
            "2,2024-02,Amazon Rekognition,0.93,187\n3,TOTAL,,1.88,399\n")
    assert [(cost.amount_max, cost.period, cost.kind) for cost in find_costs(text)] == [
        (Decimal("0.95"), "month", None), (Decimal("0.93"), "month", None), (Decimal("1.88"), None, "total")]


def test_two_months_of_one_amount_are_two_costs() -> None:
    text = ("Rekognition charges by month (billing export)\n\nbilling_month,service,cost_usd\n"
            "2024-03,Amazon Rekognition,1.12\n2024-04,Amazon Rekognition,1.12\n")
    facts = [fact for fact in analyse([PageText(1, text, "layer")], Gazetteer.load()).facts if fact.kind == "costs"]
    assert [(fact.values["amount_max"], fact.values["period"], fact.restates is None) for fact in facts] == [
        (Decimal("1.12"), "month", True), (Decimal("1.12"), "month", True)]


def test_rows_that_print_only_their_extension_in_a_quantity_table() -> None:
    text = """\
Ln Description                               Qty   Unit Price    Extended
-- ----------------------------------------  ---  -----------  ----------
1  BriefCam Face Recognition add-on, per      20       370.00    7,400.00
   camera channel, 12-month subscription
2  BriefCam face search investigator                             1,800.00
   seats, 12 months (6 seats @ $300.00)
3  Watchlist setup and reference image                           1,250.00
   enrollment, remote
4  Freight (ALPR cameras)                                           165.00
                                                   Subtotal    10,615.00

ACCOUNT DISTRIBUTION
1010-2041-5365  PD Equipment/Maintenance (net)                   3,165.00
"""
    lone = [(amount, unit) for amount, _, unit in _amounts(text) if amount in (Decimal("1800.00"), Decimal("300.00"),
                                                                              Decimal("1250.00"))]
    assert lone == [(Decimal("1800.00"), None), (Decimal("300.00"), "seat"), (Decimal("1250.00"), None)]
    assert not any(amount in (Decimal("165.00"), Decimal("3165.00")) for amount, _, _ in _amounts(text))


def test_a_two_column_quote_with_included_and_waived_rows() -> None:
    text = """\
  Description                                              Amount
  ------------------------------------------------------  -----------
  Clearview AI Law Enforcement Subscription, 12 months     $18,000.00
    (10 investigator accounts, unlimited searches)
  Clearview Mobile app access (10 accounts)                   Included
  Online training and onboarding                                Waived
  ------------------------------------------------------  -----------
  Total due                                                $18,000.00
"""
    assert _amounts(text) == [(Decimal("18000.00"), "year", None), (Decimal("18000"), None, None)]


FISCAL_NOTE = """FISCAL NOTE
Fund / org:   General Fund 1000 / Police - Investigations 2140

                                2026       2027       2028       Total
Onboarding and gallery        14,200          -          -      14,200
  load (one-time)
Annual subscription, up to    19,600     19,600     19,600      58,800
  8 named users
                              ------     ------     ------     -------
Total                         33,800     19,600     19,600      73,000
"""


def test_a_fiscal_notes_year_columns_price_its_rows_and_a_total_column_sums_them() -> None:
    found = [(cost.amount_max, cost.period, cost.kind) for cost in find_costs(FISCAL_NOTE)]
    assert found == [(Decimal("14200"), "one-time", "setup"), (Decimal("19600"), "year", "subscription"),
                     (Decimal("58800"), None, "subscription")]


def test_year_columns_without_a_money_title_are_no_costs() -> None:
    counts = FISCAL_NOTE.replace("FISCAL NOTE", "USAGE SUMMARY").replace("Fund / org:   General Fund 1000 / ", "")
    assert list(find_costs(counts)) == []


def test_a_budget_export_by_fiscal_year_prices_each_year_of_its_face_recognition_rows() -> None:
    text = ('"Ln","Acct","Item","FY24 Act","FY25 Adpt","FY26 Req"\n'
            '"1","53360","Face search add-on for the video system","0","5200","5410"\n'
            '"2","53365","Body-worn cameras","98000","99500","101200"\n'
            '"","","TOTAL","98000","104700","106610"\n')
    assert [(cost.amount_max, cost.period) for cost in find_costs(text)] == [
        (Decimal("5200"), "year"), (Decimal("5410"), "year")]


def test_whole_dollar_amounts_with_a_dollar_sign_make_a_price_table() -> None:
    text = ("Face recognition quote from the reseller (Northgate quote NQ-25-77)\n\n"
            "Line  Description                                          Amount\n"
            "----  --------------------------------------------------  --------\n"
            "1     Face matching server license (one-time,               $31,200\n"
            "      perpetual), with 6 named client seats\n"
            "2     Software maintenance, years 2 and 3                  $11,400\n")
    assert [(cost.amount_max, cost.period) for cost in find_costs(text)] == [
        (Decimal("31200"), "one-time"), (Decimal("11400"), "year")]


FEE_SCHEDULE = """\
AGREEMENT 2025-041 - Marlow County - Facial Recognition Investigative Software

B.2  Fee schedule

Item  Deliverable                                Fee (USD)   Billing
----  -----------------------------------------  ----------  ----------
 1    TraceFace client licenses, perpetual,       36,000.00  On final
      one-time fee - 6 concurrent users at                   acceptance
      $6,000.00 per user
 2    TraceFace server software, installation,    14,200.00  On go-live
      and load of approx. 90,000 booking images
 3    Examiner training, one on-site session       2,900.00  On
                                                             completion
 4    Software maintenance and support, Year 2     7,400.00  Annually,
 5    Reimbursable travel, not to exceed           1,500.00  As incurred
                                                 ----------
      Total, Items 1-5                            62,000.00
"""


def test_a_fee_schedule_with_a_billing_column_and_wrapped_rows_prices_the_system() -> None:
    """A last column of words after the amount ("On go-live") keeps a row a row; lines that go on with a
    row's description, figures and all, are no section headings; under words that say the table prices
    face recognition, its licences and server software are its cost, travel is not."""
    costs = [cost for cost in find_costs(FEE_SCHEDULE) if cost.line_item]
    assert [(cost.amount_max, cost.period) for cost in costs] == [
        (Decimal("36000.00"), "one-time"), (Decimal("14200.00"), None), (Decimal("2900.00"), None),
        (Decimal("7400.00"), "year")]
    assert costs[0].quote == "TraceFace client licenses, perpetual,       36,000.00"
    assert all(FEE_SCHEDULE[cost.char_start : cost.char_end] == cost.quote for cost in costs)


def test_a_budget_requests_cost_detail_over_fiscal_year_columns_named_after_an_item_column() -> None:
    text = """\
3. COST DETAIL - OTHER CURRENT EXPENSES

Item                                                 FY 2026    FY 2027
-------------------------------------------------  --------   --------
Oosto OnWatch licence, 16 camera channels at          57,600     57,600
  $3,600 per channel per year (hosted)
Implementation and integration with the harbor        11,000          0
  video management system (one-time)
Annual refresher training and support hours                0      2,400
-------------------------------------------------  --------   --------
Total                                                 68,600     60,000
"""
    assert [(cost.amount_max, cost.period) for cost in find_costs(text) if cost.line_item] == [
        (Decimal("57600"), "year"), (Decimal("11000"), "one-time"), (Decimal("2400"), "year")]


def test_a_price_schedules_rows_take_their_period_from_every_line_under_them_and_mfi_is_face_recognition() -> None:
    """An exhibit's page with no words about face recognition but the product's short name (MFI, IDEMIA's
    MorphoFace Investigate); "(annual)" on a row's third line gives its period."""
    text = """\
                EXHIBIT B-2 - PRICE SCHEDULE (RENEWAL TERM)

Ln  Description                         FY2025      FY2026
--  -----------------------------  ----------  ----------
1   MFI software maintenance and    31,200.00   32,136.00
    support, 10 investigator
    licences (annual)
2   MFI gallery hosting, IDEMIA      5,400.00    5,400.00
    government cloud (annual)
3   TouchPrint 5300 LiveScan         7,850.00    8,085.50
    fingerprint stations (2),
    maintenance (annual)
"""
    assert [(cost.amount_max, cost.period) for cost in find_costs(text) if cost.line_item] == [
        (Decimal("31200.00"), "year"), (Decimal("32136.00"), "year"), (Decimal("5400.00"), "year")]


FISCAL_NOTE_BY_YEAR = """\
STAFF REPORT - PURCHASE OF A FACIAL RECOGNITION SUBSCRIPTION FOR THE POLICE DEPARTMENT

FISCAL IMPACT:

                                 2025       2026       2027       Total
Subscription (6 named users)  $21,300    $22,370    $23,490     $67,160
Face search module             $4,000     $4,000     $4,000     $12,000
Onboarding and training        $3,500          -          -      $3,500
"""


def test_a_fiscal_notes_year_columns_price_each_year_and_a_setup_row_once() -> None:
    assert _amounts(FISCAL_NOTE_BY_YEAR) == [
        (Decimal("21300"), "year", None), (Decimal("22370"), "year", None), (Decimal("23490"), "year", None),
        (Decimal("67160"), None, None),  # the row's total over its years
        (Decimal("4000"), "year", None), (Decimal("12000"), None, None),
        (Decimal("3500"), "one-time", None),
    ]


COST_SUMMARY_BY_FISCAL_YEAR = """\
A. COST SUMMARY (all figures in dollars)

Ln  Line item                             FY 2025-26   FY 2026-27
--  ------------------------------------  ----------  ----------
1   Veritone IDentify annual subscription    14,600      15,330
2   IDentify implementation and booking       3,500           0
    photo import, one-time
"""


def test_a_cost_summary_over_fiscal_years_with_a_line_number_column_is_read() -> None:
    assert _amounts(COST_SUMMARY_BY_FISCAL_YEAR) == [
        (Decimal("14600"), "year", None), (Decimal("15330"), "year", None), (Decimal("3500"), "one-time", None)]


CARD_STATEMENT = """\
 #  Txn Dt   Post Dt  Merchant / Description            GL Obj    Amount
--  -------  -------  --------------------------------  ------  --------
 1  08/26    08/27    AMAZON MKTPL*2K4RT7Q1             52-00     184.37
                      evidence bags, tamper tape
 2  09/03    09/04    MOTOROLA SOLUTIONS INC            46-40   5,880.00
                      Vigilant FaceSearch annual
                      subscription 09/15/24-09/14/25
                      (4 users @ 1,470.00)
 3  09/03    09/04    MOTOROLA SOLUTIONS INC            46-40     411.60
                      sales tax 7.0% charged on line 2
"""


def test_a_statement_rows_description_under_its_merchant_says_what_it_buys() -> None:
    findings = list(find_costs(CARD_STATEMENT))
    assert [(f.amount_max, f.period, f.unit) for f in findings] == [
        (Decimal("5880.00"), "year", None), (Decimal("1470.00"), "year", "user")]
    assert findings[0].quote.startswith("MOTOROLA SOLUTIONS INC") and findings[0].quote.endswith("5,880.00")
    assert findings[1].quote == "4 users @ 1,470.00"  # quoted where it is printed, under the row


COGNITEC_QUOTE = """\
Subject: Quotation CQ-25-0219 - FaceVACS-DBScan LE face recognition

  Item                                                  Price (USD)
  FaceVACS-DBScan LE server license, perpetual,
    up to 100,000 enrolled images                         18,500.00
  Client licenses (3 workstations) @ 1,100.00              3,300.00
  Installation and examiner training, on site              4,750.00
"""


def test_a_quote_whose_first_row_wraps_above_its_amount_and_a_licence_per_workstation() -> None:
    findings = list(find_costs(COGNITEC_QUOTE))
    assert [(f.amount_max, f.period, f.unit) for f in findings] == [
        (Decimal("18500.00"), "one-time", None), (Decimal("3300.00"), None, None), (Decimal("1100.00"), None, "license"),
        (Decimal("4750.00"), "one-time", None)]
    assert findings[0].quote.startswith("FaceVACS-DBScan LE server license, perpetual,\n    up to 100,000")


TIERS = """\
B.1  Hosted FACE Plus subscription - tiers

     Tier   Named users     Annual fee, Contract Year 1
     ----   -------------   ---------------------------
     1      1 to 5                           $8,400.00
     2      6 to 15                         $14,750.00
     3      16 to 40                        $26,900.00

Customer has selected Tier 2 with 12 named users.
"""


def test_a_tier_schedule_prices_only_the_tier_chosen_for_a_year() -> None:
    assert _amounts(TIERS) == [(Decimal("14750.00"), "year", None)]
    assert len(_amounts(TIERS.replace("Customer has selected Tier 2 with 12 named users.", ""))) == 3


CARD_EXPORT = """\
TRANS_DT,MERCHANT,AMOUNT,GL,MEMO
08/26/24,OFFICE DEPOT #2231,84.17,521.10,"Toner - CID printer"
09/02/24,AWS AMAZON WEB SVCS,431.58,534.60,"Rekognition face search - Aug"
"""


def test_an_export_row_whose_memo_follows_its_amount_is_quoted_from_the_amount() -> None:
    (finding,) = list(find_costs(CARD_EXPORT))
    assert (finding.amount_max, finding.period) == (Decimal("431.58"), "month")
    assert finding.quote == '431.58,534.60,"Rekognition face search - Aug"'


BUDGET_WORKSHEET = """\
 1   Line item                      FY24 Actual  FY25 Budget  FY26 Req.
 2   Amazon Rekognition (face)         4,872.31     5,400.00     6,000.00
 3   RMS maintenance - Tyler          18,436.00    19,000.00    19,570.00
"""


def test_a_records_management_systems_row_is_no_face_recognition_cost() -> None:
    assert [amount for amount, _, _ in _amounts(BUDGET_WORKSHEET)] == [Decimal("4872.31"), Decimal("5400.00"),
                                                                       Decimal("6000.00")]


FISCAL_IMPACT_WITH_A_LABEL_COLUMN = """\
FISCAL IMPACT
Fiscal year (Oct. 1 - Sept. 30)   FY2025    FY2026    FY2027     Total
--------------------------------  -------   -------   -------   -------
ROC Investigate subscription      $14,250   $14,250   $14,963   $43,463
  (5 licenses x $2,850 per year;
  5% increase in FY2027)
One-time setup and gallery         $3,500        --        --    $3,500
  import
--------------------------------  -------   -------   -------   -------
Total cost                        $17,750   $14,250   $14,963   $46,963
"""


def test_a_fiscal_impact_table_whose_first_column_names_its_fiscal_years() -> None:
    """A row's second line may state its own arithmetic in words ("5 licenses x $2,850 per year"): it goes
    on with the row, and is no heading over the next one."""
    rows = [(cost.amount_max, cost.period) for cost in find_costs(FISCAL_IMPACT_WITH_A_LABEL_COLUMN)
            if cost.quote.startswith(("ROC Investigate", "One-time setup"))]
    assert rows == [(Decimal("14250"), "year"), (Decimal("14963"), "year"), (Decimal("43463"), None),
                    (Decimal("3500"), "one-time")]


QUOTE_WITH_A_RECURRING_SECTION = """\
Item  Description                          Qty   Unit Price    Extended
1  FACE Plus Investigative Search,        1  $38,500.00  $38,500.00
   agency license (perpetual)
2  FACE Plus examiner seats               6   $1,150.00   $6,900.00
                                             Subtotal   $45,400.00

RECURRING CHARGES
8  Year 1 hosting, software support and maintenance
   (20% of lines 1-2)                                   $11,040.00
"""


def test_a_quotes_recurring_section_and_a_row_whose_amount_is_on_its_second_line() -> None:
    rows = [cost for cost in find_costs(QUOTE_WITH_A_RECURRING_SECTION) if cost.amount_max == Decimal("11040.00")]
    assert [(cost.period, cost.quote.split("\n")[0]) for cost in rows] == [
        ("year", "8  Year 1 hosting, software support and maintenance")]


FEE_SCHEDULE_WITH_OPTIONS = """\
EXHIBIT C - FEE SCHEDULE
Item  Description                                  Basis          Fee
----  -------------------------------------------  --------  ---------
A-1   NeoFace Reveal examiner licences, 4 users     annual    14,800.00
A-2   Gallery load and configuration                one-time   3,900.00
      Year 1 total                                            18,700.00

C.  OPTIONAL ITEMS (ordered in writing only; prices are fixed for the
    term of the Agreement)
X-1   Additional NeoFace Reveal examiner licence    per user   3,700.00
X-2   Mobile fingerprint reader                     each         950.00
"""


def test_rows_under_a_section_heading_in_the_columns_of_a_headed_table_are_that_tables() -> None:
    """"C. OPTIONAL ITEMS" between the header's table and rows printed in its columns: the rows are read
    under the same header (the fingerprint reader's row is another product's, as it would be above)."""
    assert _amounts(FEE_SCHEDULE_WITH_OPTIONS) == [
        (Decimal("14800.00"), "year", None), (Decimal("3900.00"), "one-time", None), (Decimal("3700.00"), None, "user")]


def test_a_two_line_header_of_contract_years_over_fiscal_years_prices_each_row_a_year() -> None:
    text = ("FISCAL IMPACT\n"
            "                                      Year 1      Year 2      Year 3\n"
            "                                     FY26-27     FY27-28     FY28-29\n"
            "Face search subscription (4 users)  11,600.00   12,064.00   12,546.56\n"
            "Onboarding and training              2,900.00          --          --\n")
    assert [(cost.amount_max, cost.period) for cost in find_costs(text)] == [
        (Decimal("11600.00"), "year"), (Decimal("12064.00"), "year"), (Decimal("12546.56"), "year"),
        (Decimal("2900.00"), "one-time")]
