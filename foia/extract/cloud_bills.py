"""Cloud bills: a provider's invoice read by service section, as AWS prints its "Detail".

    Amazon Rekognition                                                    $440.40
       US West (Oregon)
          $0.001 per image for IndexFaces, SearchFacesByImage   412,300 Images    $412.30
    Amazon Elastic Compute Cloud                                          $612.02

A face-recognition service's section total and each of its usage lines are costs for the billing
period (a month's bill gives period "month"), each line's rate is a unit price, and its quantity a count
of what was processed or stored. Sections of other services (compute, storage, logging), the summary
and per-account totals mix everything on the bill: the bill claims their amounts so no other reader
takes them for face-recognition costs. Written by hand because no library reads printed cloud bills."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from foia.extract.costs import CostFinding
from foia.extract.counts import CountFinding, measure_of

EXTRACTOR = "cloud_bills.sections"

_PROVIDER = re.compile(r"\bAmazon\s+Web\s+Services\b|\bAWS\s+(?:Service\s+)?Charges\b|\bMicrosoft\s+Azure\b", re.IGNORECASE)
_MONEY = r"(?:USD[ \t]*\$?|\$)"
# A service heading at the left margin: the service's name, and its total at the right when printed.
_SERVICE = re.compile(rf"^[ \t]{{0,4}}(?:(?i:detail)[ \t]*[:-][ \t]*)?"
                      rf"(?P<name>(?:Amazon|AWS|Azure|Microsoft)[A-Za-z0-9 ().,&/-]{{2,60}}?)"
                      rf"(?:[ \t]{{3,}}{_MONEY}?(?P<amount>\d{{1,3}}(?:,\d{{3}})*\.\d{{2}}))?[ \t]*$", re.MULTILINE)
# A line of a letter that starts with the service's name ("Amazon Rekognition, a service of Amazon Web
# Services. Charges are"): a sentence, not a bill's heading.
_PROSE = re.compile(r"\.[ ]{1,2}[A-Z][a-z]+[ ]+[a-z]|,[ ]+(?:a|an|the|which|and)[ ]|[ ](?:is|are|was|were|has|have)[ ]")
# What ends a service's section besides the next service: the bill's own totals and notes.
_SECTION_END = re.compile(r"^[ \t]{0,4}(?:Sub-?total|Total|Tax|Charges\s+by|Payments?\b|Notes?\b|Summary)",
                          re.MULTILINE | re.IGNORECASE)
# A later page of the same invoice: its header and the per-account totals, with no service heading.
_INVOICE_PAGE = re.compile(r"\bInvoice\s+Number\b|\bCharges\s+by\s+(?:linked\s+)?account\b|\bbilling\s+period\b",
                           re.IGNORECASE)
_FACE_SERVICE = re.compile(r"Rekognition|\bFace\b|Face\s?API", re.IGNORECASE)
_QUANTITY = r"(?P<quantity>\d{1,3}(?:,\d{3})*(?:\.\d+)?|\d+(?:\.\d+)?)"
# A line's charge, in a USD column or with its currency.
_AMOUNT = rf"{_MONEY}?(?P<amount>\d{{1,3}}(?:,\d{{3}})*\.\d{{2}})[ \t]*$"
# Usage lines, in each of the ways bills print them. Rate first: "$0.001 per image for IndexFaces   412,300
# Images   $412.30"; quantity first: "18,420 images x USD 0.001 per image ........ USD 18.42".
_RATE_FIRST = re.compile(
    rf"^[ \t]*(?P<rate_text>{_MONEY}(?P<rate>\d+(?:\.\d+)?)[ \t]+per[ \t]+(?P<unit>[A-Za-z][A-Za-z -]{{0,40}}?)"
    r"(?:[ \t]+(?:for|of)[ \t][^\n]*?)?(?:[ \t]+(?P<stored>stored))?(?:[ \t]+per[ \t]+(?P<per>month|hour|day))?)"
    rf"[ \t]{{3,}}{_QUANTITY}[ \t]+(?P<quantity_unit>[A-Za-z][A-Za-z-]*(?:[ \t][A-Za-z][A-Za-z-]*)?)[ \t]+{_AMOUNT}",
    re.MULTILINE)
_QUANTITY_FIRST = re.compile(
    rf"^[ \t]*(?:[^\n:]{{1,40}}:[ \t]*)?{_QUANTITY}[ \t]+(?P<quantity_unit>[A-Za-z][A-Za-z -]{{0,30}}?)[ \t]+[x×*][ \t]+"
    rf"(?P<rate_text>{_MONEY}(?P<rate>\d+(?:\.\d+)?)[ \t]+per[ \t]+(?P<unit>[A-Za-z][A-Za-z -]{{0,30}}?))"
    rf"[ \t.]{{3,}}{_AMOUNT}", re.MULTILINE)
# The usage type, its quantity, then the rate and the charge: "Image API - IndexFaces   24,115 images
# $0.001 per image   24.12".
_QUANTITY_THEN_RATE = re.compile(
    rf"^[ \t]*[^\n]*?\S[ \t]{{2,}}{_QUANTITY}[ \t]+(?P<quantity_unit>[A-Za-z][A-Za-z-]*)[ \t]{{2,}}"
    rf"(?P<rate_text>{_MONEY}(?P<rate>\d+(?:\.\d+)?)(?:[ \t]+per[ \t]+|/)"
    r"(?P<unit>[A-Za-z][A-Za-z-]*(?:[ \t][A-Za-z][A-Za-z-]*)?))"
    rf"[ \t]+{_AMOUNT}", re.MULTILINE)
# The rate times the quantity: "$0.0008 per image x 1,452,600 images    $1,162.08".
_RATE_TIMES_QUANTITY = re.compile(
    rf"^[ \t]*(?P<rate_text>{_MONEY}(?P<rate>\d+(?:\.\d+)?)[ \t]+per[ \t]+(?P<unit>[A-Za-z][A-Za-z -]{{0,40}}?))[ \t]+[x×*][ \t]+"
    rf"{_QUANTITY}[ \t]+(?P<quantity_unit>[A-Za-z][A-Za-z-]*(?:[ \t][A-Za-z][A-Za-z-]*){{0,2}}?)[ \t]{{2,}}{_AMOUNT}",
    re.MULTILINE)
# The rate on a line of its own and the quantity and charge on the next: "USD 0.001 per image for the first
# 1 million images" / "48,310 Images    USD 48.31".
_RATE_ABOVE = re.compile(
    rf"^[ \t]*(?P<rate_text>{_MONEY}(?P<rate>\d+(?:\.\d+)?)[ \t]+per[ \t]+(?P<unit>[A-Za-z][A-Za-z -]{{0,40}}?)"
    r"(?:[ \t]+(?:processed|stored))?(?:[ \t]+(?:for|of)[ \t][^\n]*?)?(?:[ \t]+per[ \t]+(?P<per>month|hour|day))?)[ \t]*\n"
    rf"[ \t]+{_QUANTITY}[ \t]+(?P<quantity_unit>[A-Za-z][A-Za-z -]*?)[ \t]{{2,}}{_AMOUNT}", re.MULTILINE)
_USAGE_LINES = (_RATE_FIRST, _QUANTITY_FIRST, _RATE_ABOVE, _QUANTITY_THEN_RATE, _RATE_TIMES_QUANTITY)
# A line that ends in an amount: on a cloud bill, a charge of the section or summary it is in.
_CHARGE = re.compile(rf"^[^\n]*?(?:{_MONEY}\d[\d,]*(?:\.\d+)?|(?<![\d.])\d[\d,]*\.\d{{2}})\.?[ \t]*$", re.MULTILINE)
_MONTH_PERIOD = re.compile(r"(?:billing|statement)\s+period:?\s+(?:for\s+)?(?P<first>[A-Z][a-z]+)\.?\s+1\s*[-–]\s*"
                           r"(?:(?P<last>[A-Z][a-z]+)\.?\s+)?"
                           r"(?:28|29|30|31)\b", re.IGNORECASE)


@dataclass
class CloudBill:
    costs: list[CostFinding] = field(default_factory=list)
    counts: list[CountFinding] = field(default_factory=list)
    claimed: list[tuple[int, int]] = field(default_factory=list)  # charge lines and face sections: no other reader's


def read_cloud_bill(text: str) -> CloudBill | None:
    """The face-recognition charges of a printed cloud bill; None when the text is no such bill."""
    services = [service for service in _SERVICE.finditer(text) if not _PROSE.search(service["name"])]
    if not _PROVIDER.search(text) or not (services or _INVOICE_PAGE.search(text)):
        return None
    period = _billing_period(text)
    bill = CloudBill(claimed=[match.span() for match in _CHARGE.finditer(text)])
    for index, service in enumerate(services):
        if not _FACE_SERVICE.search(service["name"]):
            continue
        end = services[index + 1].start() if index + 1 < len(services) else len(text)
        if (closing := _SECTION_END.search(text, service.end(), end)) is not None:
            end = closing.start()
        if service["amount"]:
            bill.costs.append(_cost(text, service.start("name"), service.end("amount"),
                                    Decimal(service["amount"].replace(",", "")), period, unit=None))
        bill.claimed.append((service.start(), end))  # "Group 1 API requests": a section's words are no counts
        lines = sorted([match for pattern in _USAGE_LINES for match in pattern.finditer(text, service.end(), end)],
                       key=lambda line: line.start())
        for line in lines:
            _read_usage_line(text, line, period, bill)
            bill.claimed.append(line.span())
    _read_service_charge_lines(text, services, period, bill)
    return bill


def _read_service_charge_lines(text: str, services: list[re.Match[str]], period: str | None, bill: CloudBill) -> None:
    """A face service's charge printed on a line of its own, outside any section the bill lays out
    ("Amazon Rekognition charges for February 2025: $212.40"): that service's charge for the period."""
    read = [span for span in bill.claimed if any(service.start() == span[0] for service in services)]
    for line in _CHARGE.finditer(text):
        words = line.group()
        if (not _FACE_SERVICE.search(words) or _TOTAL_LINE.match(words)
                or any(start <= line.start() < end for start, end in read)
                or any(cost.char_start >= line.start() and cost.char_end <= line.end() for cost in bill.costs)):
            continue
        amount = _LINE_AMOUNT.search(words)
        if amount is not None and (value := Decimal(amount["amount"].replace(",", ""))):
            bill.costs.append(_cost(text, line.start() + amount.start(), line.start() + amount.end("amount"), value, period,
                                    unit=None))


_TOTAL_LINE = re.compile(r"^[ \t]*(?:Sub-?total|Total|Tax|Balance|Amount\s+due)\b", re.IGNORECASE)
_LINE_AMOUNT = re.compile(rf"{_MONEY}?(?P<amount>\d{{1,3}}(?:,\d{{3}})*\.\d{{2}}|\d+\.\d{{2}})\.?[ \t]*$")


def _read_usage_line(text: str, line: re.Match[str], period: str | None, bill: CloudBill) -> None:
    start = min(line.start("rate_text"), line.start("quantity"))
    amount = Decimal(line["amount"].replace(",", ""))
    if amount:
        bill.costs.append(_cost(text, start, line.end("amount"), amount, period, unit=None))
    groups = line.groupdict()
    printed_unit = line["unit"].strip().lower()
    rate_period = "month" if groups.get("per") == "month" or re.search(r"(?:-|\s+per\s+)mo(?:nth)?$", printed_unit) else None
    unit = re.sub(r"\s+", " ", re.sub(r"-mo(?:nth)?$|\s+per\s+month$|\s+(?:processed|stored|analy[sz]ed)$", "", printed_unit))
    bill.costs.append(_cost(text, line.start("rate_text"), line.end("rate_text"), Decimal(line["rate"]), rate_period, unit=unit))
    measured = measure_of(line["quantity_unit"].split()[0].lower())
    quantity = Decimal(line["quantity"].replace(",", ""))
    if measured is None or quantity != quantity.to_integral_value() or quantity <= 0:
        return
    measure, category = measured
    stored = groups.get("stored") or re.search(r"\b(?:stored|storage|metadata|objects?)\b", line.group(), re.IGNORECASE)
    per = None if stored else period  # what is stored is a standing count; what is processed, a month's
    quantity_start = line.start("quantity")
    quote_start = start if "\n" not in text[start:quantity_start] else quantity_start
    bill.counts.append(CountFinding(char_start=quote_start, char_end=line.end("quantity_unit"),
                                    quote=text[quote_start : line.end("quantity_unit")], count=int(quantity), qualifier="exact",
                                    measure=measure, per=per, confidence=0.8, category=category))


def _cost(text: str, start: int, end: int, amount: Decimal, period: str | None, unit: str | None) -> CostFinding:
    return CostFinding(char_start=start, char_end=end, quote=text[start:end], amount_min=amount, amount_max=amount,
                       currency="USD", period=period, unit=unit, unit_quantity=Decimal(1) if unit else None,
                       kind=None, confidence=0.85)


def _billing_period(text: str) -> str | None:
    """"the billing period March 1 - March 31, 2024": a month's bill."""
    match = _MONTH_PERIOD.search(text)
    return "month" if match is not None and match["first"].lower() == (match["last"] or match["first"]).lower() else None
