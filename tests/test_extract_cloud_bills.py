"""Cloud bills read by service section: the face service's charges, rates and quantities, and nothing
from the other services or the bill's totals."""

from __future__ import annotations

from decimal import Decimal

from foia.analysis import Fact, analyse
from foia.extract.cloud_bills import read_cloud_bill
from foia.extract.entities import Gazetteer
from foia.ingest import PageText

RATE_FIRST = """\
Amazon Web Services, Inc.                                      Invoice Number: 5500912
Bill to Address: City of Eugene - Eugene Police Department
This invoice is for the billing period June 1 - June 30, 2023

Summary
   AWS Service Charges                                                          $913.07
   Total for this invoice                                                   USD $913.07

Detail
Amazon Rekognition                                                                $215.20
   US West (Oregon)
      Image APIs - Group 1
         $0.001 per image for SearchFacesByImage, IndexFaces     201,400 Images    $201.40
      Face metadata storage
         $0.00001 per face metadata stored per month           1,380,000 Faces     $13.80
Amazon Elastic Compute Cloud                                                      $697.87
   US West (Oregon)
      $0.0832 per On Demand Linux t3.large Instance Hour           8,388 Hrs       $697.87

Notes
   The department budgeted $3,000 for Rekognition for fiscal year 2024.
"""

QUANTITY_FIRST = """\
Amazon Web Services, Inc.
Tax Invoice                                              Invoice Number: 99017
Billing period: May 1 - May 31, 2024

Service charges
Amazon Rekognition
  Image - Group 2 APIs (SearchFacesByImage)
    First 1M images: 9,150 images x USD 0.001 per image ........... USD 9.15
Amazon S3 (general storage, 0.4 TB)                                     USD 9.20

Total for this period                                                   USD 18.35
"""


def test_a_rate_first_bill_gives_the_face_service_total_its_lines_rates_and_quantities() -> None:
    bill = read_cloud_bill(RATE_FIRST)
    assert bill is not None
    costs = {(cost.amount_max, cost.period, cost.unit) for cost in bill.costs}
    assert costs == {(Decimal("215.20"), "month", None), (Decimal("201.40"), "month", None),
                     (Decimal("0.001"), None, "image"), (Decimal("13.80"), "month", None),
                     (Decimal("0.00001"), "month", "face metadata")}
    counts = {(count.count, count.measure, count.per) for count in bill.counts}
    assert counts == {(201_400, "images", "month"), (1_380_000, "faces", None)}  # what is stored is no monthly figure


def test_a_quantity_first_bill_is_read_too() -> None:
    bill = read_cloud_bill(QUANTITY_FIRST)
    assert bill is not None
    assert {(cost.amount_max, cost.unit) for cost in bill.costs} == {(Decimal("9.15"), None), (Decimal("0.001"), "image")}
    assert [(count.count, count.measure) for count in bill.counts] == [(9150, "images")]


RATE_ABOVE = """\
Amazon Web Services, Inc.
Invoice Number:     2104870001                 Billing period:  August 1 - August 31, 2025

Detail by service
Amazon Rekognition                                                            USD 27.41
  US West (Oregon)
    Group 1 APIs (IndexFaces, SearchFacesByImage)
      USD 0.001 per image for the first 1 million images
                                               21,040 Images                  USD 21.04
    Face metadata storage
      USD 0.00001 per face metadata per month
                                               637,000 Face metadata          USD 6.37
Amazon CloudWatch                                                             USD 11.20
"""


def test_a_rate_printed_above_its_quantity_and_charge() -> None:
    bill = read_cloud_bill(RATE_ABOVE)
    assert bill is not None
    assert {(cost.amount_max, cost.period, cost.unit) for cost in bill.costs} == {
        (Decimal("27.41"), "month", None), (Decimal("21.04"), "month", None), (Decimal("0.001"), None, "image"),
        (Decimal("6.37"), "month", None), (Decimal("0.00001"), "month", "face metadata")}
    assert {(count.quote, count.count, count.per) for count in bill.counts} == {
        ("21,040 Images", 21_040, "month"), ("637,000 Face metadata", 637_000, None)}


USD_COLUMN = """\
Amazon Web Services - Billing and Cost Management
Statement for May 2024                                   Invoice number: 1879300001
Billing period:   May 1 - May 31, 2024

Charges by service                                                                    USD
Amazon Rekognition                                                                  22.40
     Amazon Rekognition Image Group 2 APIs (SearchFacesByImage)
       $0.001 per image processed for the first 1 million images
       18,200 images                                                                18.20
Amazon Simple Storage Service (S3)                                                 418.62
Total for linked account                                                           441.02
"""


def test_a_statement_with_its_amounts_in_a_usd_column() -> None:
    bill = read_cloud_bill(USD_COLUMN)
    assert bill is not None
    assert {(cost.amount_max, cost.unit) for cost in bill.costs} == {
        (Decimal("22.40"), None), (Decimal("18.20"), None), (Decimal("0.001"), "image")}
    assert [(count.count, count.measure) for count in bill.counts] == [(18_200, "images")]
    facts = analyse([PageText(1, USD_COLUMN, "layer")], Gazetteer.load()).facts
    assert not any(fact.kind == "usage" and fact.values["count"] == 441 for fact in facts)  # an amount, not accounts


INDENTED_SUMMARY = """\
Amazon Web Services, Inc.                              Invoice number:   1904400001
Account number:       4417-2290-0001                     Billing period:   March 1 - 31, 2025

Invoice Summary
  Amazon Rekognition                                                           USD 63.95
  Amazon Elastic Compute Cloud                                                 USD 893.10
  Total for this invoice                                                       USD 957.05

Detail: Amazon Rekognition                        US East (Ohio)
  Group 1 APIs (SearchFacesByImage, IndexFaces)
    USD 0.0010 per image processed      51,200 images                        USD 51.20
  Face metadata storage
    USD 0.00001 per face per month      1,275,000 faces stored               USD 12.75
"""


def test_an_indented_summary_and_detail_headings_and_a_billing_period_within_one_month() -> None:
    bill = read_cloud_bill(INDENTED_SUMMARY)
    assert bill is not None
    assert {(cost.amount_max, cost.period, cost.unit) for cost in bill.costs} == {
        (Decimal("63.95"), "month", None), (Decimal("51.20"), "month", None), (Decimal("0.0010"), None, "image"),
        (Decimal("12.75"), "month", None), (Decimal("0.00001"), "month", "face")}
    assert {(count.count, count.per) for count in bill.counts} == {(51_200, "month"), (1_275_000, None)}


USAGE_TYPE_COLUMNS = """\
Amazon Web Services, Inc.                                           Account Statement
Account ID: 4471-0923-0001                                         Statement period:
                                                                   Oct 1 - Oct 31, 2024
SUMMARY
  Amazon Rekognition                                                     101.20
  Total for this statement                                               101.20

DETAIL - Amazon Rekognition, US East (N. Virginia)
  Usage type                         Quantity              Rate                 Amount (USD)
  Image API - SearchFacesByImage     101,200 images        $0.001 per image          101.20
"""


def test_usage_type_quantity_rate_and_amount_columns() -> None:
    bill = read_cloud_bill(USAGE_TYPE_COLUMNS)
    assert bill is not None
    assert {(cost.amount_max, cost.period, cost.unit) for cost in bill.costs} == {
        (Decimal("101.20"), "month", None), (Decimal("0.001"), None, "image")}
    assert [(count.quote, count.count, count.per) for count in bill.counts] == [("101,200 images", 101_200, "month")]


RATE_TIMES_QUANTITY = """\
Amazon Web Services, Inc.                                   Invoice Number: 2209000001
Billing period: February 1 - February 29, 2024

Amazon Rekognition                                                             $1,423.50
  US West (Oregon)
    Group 1 API requests (IndexFaces, SearchFacesByImage), first 1 million images
      $0.001 per image x 1,000,000 images                                      $1,000.00
    Group 1 API requests, next 4 million images
      $0.0008 per image x 529,375 images                                         $423.50
"""


def test_a_rate_times_a_quantity_and_the_sections_words_are_no_counts() -> None:
    bill = read_cloud_bill(RATE_TIMES_QUANTITY)
    assert bill is not None
    assert {(count.count, count.per) for count in bill.counts} == {(1_000_000, "month"), (529_375, "month")}
    facts = analyse([PageText(1, RATE_TIMES_QUANTITY, "layer")], Gazetteer.load()).facts
    assert not any(fact.kind == "usage" and fact.values["count"] == 1 for fact in facts)  # "Group 1 API requests"


SLASH_RATES = """\
Amazon Web Services, Inc.                               Invoice number: 3300000001
Billing period: May 1 - May 31, 2024
Service / Usage type                                        Usage quantity     Rate   Charges
Amazon Rekognition
  US East (Ohio)
    Image API, Group 1 (SearchFacesByImage, IndexFaces)   120,000 images  $0.001/image  $120.00
    Face metadata storage                                 500,000 faces  $0.00001/face-mo $5.00
"""


def test_rates_written_with_a_slash() -> None:
    bill = read_cloud_bill(SLASH_RATES)
    assert bill is not None
    assert {(cost.amount_max, cost.period, cost.unit) for cost in bill.costs} == {
        (Decimal("120.00"), "month", None), (Decimal("0.001"), None, "image"), (Decimal("5.00"), "month", None),
        (Decimal("0.00001"), "month", "face")}


def _costs(text: str) -> list[Fact]:
    return [fact for fact in analyse([PageText(1, text, "layer")], Gazetteer.load()).facts
            if fact.kind == "costs" and fact.restates is None]


def test_other_services_and_the_bills_totals_are_no_face_recognition_costs_but_a_budget_note_is() -> None:
    amounts = {fact.values["amount_max"] for fact in _costs(RATE_FIRST)}
    assert not amounts & {Decimal("913.07"), Decimal("697.87"), Decimal("0.0832")}
    assert Decimal("3000") in amounts
    assert not {fact.values["amount_max"] for fact in _costs(QUANTITY_FIRST)} & {Decimal("9.20"), Decimal("18.35")}


def test_a_letter_that_mentions_aws_is_no_bill() -> None:
    assert read_cloud_bill("We met Amazon Web Services about Rekognition; they quoted $0.001 per image.") is None


SUMMARY_LINES = """\
Amazon Web Services, Inc. - Invoice
Invoice number:   88120447                  Invoice date:   March 3, 2025
Billing period: February 1 - February 28, 2025

Amazon Rekognition charges for February 2025: $212.40
Amazon Simple Storage Service charges: $18.02
Total due: $230.42
"""


def test_a_face_services_charge_on_a_line_of_its_own_is_its_charge_for_the_period() -> None:
    costs = [fact for fact in analyse([PageText(1, SUMMARY_LINES, "layer")], Gazetteer.load()).facts if fact.kind == "costs"]
    assert [(fact.quote, fact.values["amount_min"], fact.values["period"]) for fact in costs] == [
        ("$212.40", Decimal("212.40"), "month")]


def test_a_letter_line_that_opens_with_the_services_name_is_no_bill() -> None:
    letter = """\
1. System. Since 2022 the Office has used a booking photo search tool built on
   Amazon Rekognition, a service of Amazon Web Services. Charges are billed through
   the City's AWS account.

2. Costs. A contractor built the tool for a one-time fee of $24,500 and supports it for
   $3,600 per year.
"""
    assert read_cloud_bill(letter) is None
    facts = analyse([PageText(1, letter, "layer")], Gazetteer.load()).facts
    assert {fact.values["amount_max"] for fact in facts if fact.kind == "costs"} == {Decimal("24500"), Decimal("3600")}
