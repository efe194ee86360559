"""A reseller sells a maker's product to the agency: the seller of the costs (and of the seats counted
by the document) is the reseller, while a maker the gazetteer knows is never taken for one."""

from __future__ import annotations

import pytest

from foia.analysis import analyse
from foia.attribution import DocumentContext
from foia.extract.entities import Gazetteer
from foia.ingest import PageText

GAZETTEER = Gazetteer.load()


def _cost_vendors(text: str) -> dict[str, str | None]:
    return {fact.quote: fact.vendor for fact in analyse([PageText(1, text, "layer")], GAZETTEER).facts
            if fact.kind == "costs"}

QUOTE = """\
BLUE RIDGE PUBLIC SAFETY INTEGRATORS, LLC
Authorized Reseller - DataWorks Plus

QUOTATION Q-2291 for the Roanoke Police Department

1  FACE Plus investigator client license, annual       12    $1,150.00   $13,800.00
The department's gallery holds approximately 210,000 booking images.
"""


@pytest.mark.parametrize(("text", "reseller"), [
    (QUOTE, "Blue Ridge Public Safety Integrators"),
    ("The county bought FaceVACS-DBScan, made by Cognitec Systems, through the reseller Piedmont Biometric\n"
     "Solutions in 2022 for $48,000.", "Piedmont Biometric Solutions"),
    ("Invoice 7731 for BriefCam seats: $9,000. Remit to Harbor Video Systems, Inc., PO Box 9, Norfolk, VA.",
     "Harbor Video Systems"),
    ("Cognitec pricing through us: $18,000 a year.\n\nPat Ruiz | Keystone Integrated LLC | Authorized Cognitec Partner",
     "Keystone Integrated"),
    # the letterhead's address line between the name and its role; a role word other than "Government"
    ("GRANITE STATE PUBLIC SAFETY SUPPLY, LLC\n44 Elm Street  |  Concord, NH 03301\nAuthorized public-sector reseller\n\n"
     "QUOTE for Paravision SDK seats: $7,200.", "Granite State Public Safety Supply"),
    ("Line 4 of the budget: FaceVACS-DBScan seats, $9,600 (via reseller Meridian Secure\nnext week).", "Meridian Secure"),
    ("Seller: Harborline Technologies, Inc. (reseller for Rank One Computing)\nROC Investigate seats: $5,000.",
     "Harborline Technologies"),
    ("Manufacturer: Clearview AI, Inc. (Tidewater acts as authorized reseller)\nPrice: $4,000 a year.", "Tidewater"),
    # the seller named with its city and state before its role, and a maker named inside the role
    ("1.2 The service is supplied and supported by Puget Forensic Imaging Group, Inc. of Tacoma, Washington, an\n"
     "authorized Cognitec reseller.", "Puget Forensic Imaging Group"),
    # a purchase order's vendor block printed as a column, the company's name on two lines
    ("CITY OF DENTON, TEXAS                                   PURCHASE ORDER\n\n"
     "VENDOR                                 SHIP TO\n"
     "Trinity River Public Safety            Denton Police Department\n"
     "  Technologies, LLC                    Criminal Investigations Division\n\n"
     " 1 Veritone IDentify agency            1 EA      27,600.00    27,600.00\n", "Trinity River Public Safety Technologies"),
    # a reseller the gazetteer knows, under its letterhead name and its short name: one company
    ("CARAHSOFT TECHNOLOGY CORP.\nReston, VA\nNotes: Carahsoft acts as authorized reseller for Clearview AI.", "Carahsoft"),
    # a quote's letterhead, the title on its line or a few lines below
    ("SHI INTERNATIONAL CORP.                              SALES QUOTATION\nQuote 88120   Valid 30 days\n"
     "1  Paravision SDK seat, 12 months     3   $2,400.00   $7,200.00\n", "SHI International"),
    ("BAYOU FORENSIC VIDEO SYSTEMS, LLC\n1200 Canal Street, Suite 4, New Orleans, LA 70112\n\nSALES QUOTATION\n"
     "Quote No.: BFV-2210\n1  BriefCam face add-on, per channel    10   $480.00   $4,800.00\n", "Bayou Forensic Video Systems"),
    # a purchase order's vendor field with its vendor number beside the label
    ("COUNTY OF YOLO - PURCHASE ORDER 7731\n\nVENDOR (No. 55120)                          SHIP TO\n"
     "Sacramento Valley Integrators, LLC          Yolo County Sheriff's Office\n\n"
     " 1 Rank One ROC Investigate seat     4 EA      1,900.00     7,600.00\n", "Sacramento Valley Integrators"),
    # the maker's possessive inside the role; "is" for "acts as"
    ("Final numbers from Hudson Valley Forensic Systems (NEC's reseller for New York): $18,400.",
     "Hudson Valley Forensic Systems"),
    ("Cognitec GmbH makes the software. Lone Star Imaging is an authorized reseller for Texas agencies.", "Lone Star Imaging"),
    # the role on the signature's next line, in a quoted reply
    ("> Pricing below, about $60K up front.\n> Dana Ruiz\n> Account Executive | Mohawk Valley Video Systems, Inc.\n"
     "> Authorized NEC Partner | (315) 555-0100\n", "Mohawk Valley Video Systems"),
    # the company's short name, or its address and contract role, between the name and its role
    ("Authorize Amendment No. 1 with Central Coast Video Integrators, Inc.\n(CCVI), an authorized BriefCam reseller, "
     "for $12,000.", "Central Coast Video Integrators"),
    ("This Amendment is made between the Parish and Delta Secure Systems, LLC, 14 Front Street, Thibodaux, Louisiana\n"
     "70301 (\"Contractor\"), an authorized reseller of BriefCam Ltd. software.", "Delta Secure Systems"),
    # the vendor's name as wide as its column, one space before the next field's; a note beside the label
    ("PURCHASE ORDER 2291\n\nVENDOR  (Vendor No. 0061594)              SHIP TO\n"
     "Gulf Shores Public Safety Systems, LLC    Baldwin Police Department\n"
     "8740 Eastern Shore Pkwy, Suite 3          Real Time Crime Center\n", "Gulf Shores Public Safety Systems"),
    ("PURCHASE ORDER 2292\n\nVENDOR                                  SHIP TO\n"
     "Sandhills Integrated Technologies, Inc. Bellevue Police Department\n", "Sandhills Integrated Technologies"),
    # the title a few lines under the letterhead, past its address, office and a blank line
    ("CDW Government LLC\n230 North Milwaukee Avenue, Vernon Hills, IL 60061\nPublic Sector West - Portland Office\n\n"
     "                              QUOTATION\n\nQuote #: SQ-25-0384417\n"
     "1  Veritone IDentify named user, 12 months    8   1,250.00   10,000.00\n", "CDW Government"),
    # a vendor number one space from the label, as OCR prints it, before the next field's label
    ("PURCHASE ORDER 2025-004317\n\nVENDOR #0048821          SHIP TO\n"
     "Northstar Secure Systems LLC         Olmsted County Sheriff's Office\n", "Northstar Secure Systems"),
    # the name wrapped over two lines before its role
    ("Cognitec Systems GmbH is the software manufacturer. Gulf Prairie\nIntegration is an authorized reseller for Texas "
     "agencies.", "Gulf Prairie Integration"),
    # one company under its name and its initials ("OPP Technologies"), beside a quote number that names none
    ("PURCHASE ORDER 24-0018\n\nVENDOR                                            SHIP TO\n"
     "Ozark Plateau Public Safety Technologies, LLC     Carroll County Sheriff's Office\n\n"
     "Quote ref. OPP Q-2024-0391 (authorized reseller of DataWorks Plus, LLC)\n"
     "1  FACE Plus investigator workstation license    6   $1,275.00   $7,650.00\n"
     "Remit to: OPP Technologies, First Bank account ending 4471.\n", "Ozark Plateau Public Safety Technologies"),
    # who sent the invoice
    ("Enclosed are (1) invoice INV-5521\nfrom Ocean State Imaging Technology, Inc., and (2) the payment history.",
     "Ocean State Imaging Technology"),
])
def test_a_reseller_is_read_from_its_letterhead_its_role_or_its_remit_to_line(text: str, reseller: str) -> None:
    context = DocumentContext(text, [], GAZETTEER)
    assert context.reseller is not None and context.reseller.entity.name == reseller


def test_the_reseller_is_the_vendor_of_the_rows_it_quotes() -> None:
    facts = [fact for fact in analyse([PageText(1, QUOTE, "layer")], GAZETTEER).facts if fact.restates is None]
    assert {fact.vendor for fact in facts if fact.kind == "costs"} == {"Blue Ridge Public Safety Integrators"}


def test_a_maker_remitting_its_own_invoice_is_no_reseller() -> None:
    text = "Invoice 4410: FACE Plus maintenance, $12,000. Remit to DataWorks Plus, LLC, Greenville, SC."
    assert DocumentContext(text, [], GAZETTEER).reseller is None


def test_a_purchase_orders_vendor_field_names_the_seller_unless_it_is_a_maker() -> None:
    po = "PURCHASE ORDER 2291\nVendor:  Lakeshore Video Systems\nLine 1  BriefCam Protect face search  $10,400.00\n"
    context = DocumentContext(po, [], GAZETTEER)
    assert context.reseller is not None and context.reseller.entity.name == "Lakeshore Video Systems"
    maker = "PURCHASE ORDER 2292\nVendor:  Rank One Computing Corporation\nLine 1  ROC Investigate  $10,400.00\n"
    assert DocumentContext(maker, [], GAZETTEER).reseller is None


def test_a_price_lists_contractor_field_outranks_a_losing_offers_reseller_in_its_prose() -> None:
    text = ("STATE PRICE LIST - Contract 88-221\n"
            "Contractor:  CDW Government LLC (CDW-G), Vernon Hills, IL\n"
            "Manufacturer: IDEMIA\n"
            "MFI investigator license, per user per year: $2,300.\n"
            "Offers not selected: Rank One Computing through SHI International Corp. ($1,900 per user).\n")
    context = DocumentContext(text, [], GAZETTEER)
    assert context.reseller is not None and context.reseller.entity.name == "CDW Government"


def test_a_known_reseller_named_in_prose_sells_when_the_document_names_no_seller_but_an_unknown_company_does_not() -> None:
    bought = "The face add-on was bought through Insight Public Sector under the state contract for $16,640."
    context = DocumentContext(bought, [], GAZETTEER)
    assert context.reseller is not None and context.reseller.entity.name == "Insight Public Sector"
    unknown = "The face add-on was bought through Harbor Street Partners for $16,640."
    assert DocumentContext(unknown, [], GAZETTEER).reseller is None


def test_an_authorized_partner_letterhead_names_the_reseller_that_sells() -> None:
    text = """\
CROSSROADS INTEGRATED TECHNOLOGIES, INC.
8120 Castleton Corner Drive, Suite 210, Indianapolis, IN 46250
Tel. (317) 555-0126
Authorized BriefCam Partner

QUOTATION for Fishers Police Department
BriefCam face recognition add-on, 12-month subscription: $7,400.00
"""
    facts = analyse([PageText(1, text, "layer")], Gazetteer.load()).facts
    assert {fact.vendor for fact in facts if fact.kind == "costs"} == {"Crossroads Integrated Technologies"}


@pytest.mark.parametrize(("text", "reseller"), [
    # a maker's name inside the role: "a BriefCam reseller"
    ("Both purchases were made through Delmarva Video Integrators, LLC, a BriefCam reseller. The add-on cost $7,800.",
     "Delmarva Video Integrators"),
    # who the quote came through, named by its company word ("Integrators")
    ("Cognitec quote came back through Prairie Public Safety Integrators. Summary:\n"
     "  - FaceVACS-DBScan LE, 4 workstation licenses: $23,600", "Prairie Public Safety Integrators"),
])
def test_a_reseller_named_beside_the_maker_it_sells_or_the_quote_it_sent(text: str, reseller: str) -> None:
    context = DocumentContext(text, [], GAZETTEER)
    assert context.reseller is not None and context.reseller.entity.name == reseller


def test_a_sentence_about_another_makers_price_keeps_that_maker_not_the_reseller() -> None:
    text = ("#face-rec-eval\n\nCognitec quote came back through Prairie Public Safety Integrators. Summary:\n"
            "  - FaceVACS-DBScan LE, 4 workstation licenses: $23,600\n"
            "  - Gallery server license: $14,000\n\n"
            "For comparison, Ames PD pays Clearview $10,500 a year for 7 seats.\n")
    assert _cost_vendors(text) == {"$23,600": "Prairie Public Safety Integrators", "$14,000": "Prairie Public Safety Integrators",
                       "$10,500 a year": "Clearview AI"}


def test_a_signatures_job_title_above_the_company_is_no_part_of_its_name() -> None:
    text = ("Revised pricing at 4 FR seats: BriefCam Face Recognition add-on, $13,000 for the year.\n\n"
            "Lindsey Carver | Public Safety Account Manager\n"
            "Magic City Public Safety Systems, LLC | Authorized BriefCam Partner\n")
    context = DocumentContext(text, [], GAZETTEER)
    assert context.reseller is not None and context.reseller.entity.name == "Magic City Public Safety Systems"


def test_a_reseller_of_one_option_does_not_sell_the_other_options_of_a_memo() -> None:
    text = ("Face recognition options for FY2026\n\n"
            "Option A - Clearview AI\n - Five seats for two years: $9,000 a year.\n\n"
            "Option B - Lexis Nexis Accurint Virtual Crime Center\n - Priced at $8-10 per search.\n\n"
            "Option C - Rank One Computing ROC SDK (through SHI International)\n - Perpetual license: $31,500, one-time.\n")
    vendors = _cost_vendors(text)
    assert "SHI International" not in {vendors.get("$9,000 a year"), vendors.get("$8-10 per search")}


def test_on_its_own_quote_the_reseller_sells_the_seats_a_row_counts_whatever_product_the_row_names() -> None:
    quote = """\
BLUE RIDGE PUBLIC SAFETY INTEGRATORS, LLC
Authorized Reseller - DataWorks Plus

QUOTATION Q-2291 for the Roanoke Police Department

1  FACE Plus client license, incl. 12 named users       1   $13,800.00   $13,800.00
"""
    facts = [fact for fact in analyse([PageText(1, quote, "layer")], GAZETTEER).facts if fact.restates is None]
    counted = [fact for fact in facts if fact.kind == "usage"]
    assert counted and {fact.vendor for fact in counted} == {"Blue Ridge Public Safety Integrators"}
