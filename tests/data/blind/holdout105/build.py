"""Writes docs/*.txt and labels.json for holdout105 (four invented releases: FL, VA, CO, WI).
Labels are written from intent, in the same call that writes the texts, before anything is rendered.
The label format follows holdout19 (corpus format plus request_agency, pdf, scan, per-fact
agency/vendor/product, unit on costs, counts with qualifier/measure/per)."""
import json
import re
from pathlib import Path

HERE = Path(__file__).parent
DOCS = []
MAX_COLS = 75   # the born-digital helper wraps at about 80 characters
MAX_LINES = 44  # per page, header and footer included


def C(amin, amax, period, quote, agency, vendor, product=None, unit=None):
    d = {"amount_min": amin, "amount_max": amax, "currency": "USD", "period": period, "quote": quote,
         "agency": agency, "vendor": vendor}
    if product:
        d["product"] = product
    if unit:
        d["unit"] = unit
    return d


USAGE = {"images", "searches", "users", "licenses", "requests"}


def N(count, qualifier, measure, per, quote, agency, vendor=None):
    return {"count": count, "qualifier": qualifier, "measure": measure, "per": per, "quote": quote,
            "agency": agency, "vendor": vendor}


def P(quote, agency, kind):
    return {"quote": quote, "agency": agency, "kind": kind}


def E(frm, to, date, subject):
    return {"from": frm, "to": to, "date": date, "subject": subject}


def _resolve(quote, text):
    """Quotes are written with single spaces; where the text breaks the phrase over lines (with
    indentation or '> ' quote marks) the label takes the exact substring the text holds."""
    if quote in text:
        return quote
    pattern = r"\s+(?:>\s*)?".join(re.escape(w) for w in quote.split())
    m = re.search(pattern, text)
    return m.group(0) if m else quote


def doc(file, pages, render, request_agency, agencies, vendors, products, costs, counts, policies, emails, dates,
        scan=None):
    # pages: list of (header, body, footer); the text file holds header, body and footer of each page
    texts = []
    for h, b, f in pages:
        parts = ([h, ""] if h else []) + [b.strip("\n")] + (["", f] if f else [])
        page = "\n".join(parts) + "\n"
        lines = page.splitlines()
        assert len(lines) <= MAX_LINES, (file, len(lines))
        for line in lines:
            assert len(line) <= MAX_COLS, (file, line)
            assert line.isascii(), (file, line)
        texts.append(page)
    text = "\f".join(texts)
    for group in (costs, counts, policies):
        for f in group:
            f["quote"] = _resolve(f["quote"], text)
    image_counts = [{"count": c["count"], "quote": c["quote"]} for c in counts if c["measure"] in USAGE]
    DOCS.append(dict(file=file, pages=pages, render=render, scan=scan, text=text, label={
        "file": "docs/" + file, "request_agency": request_agency, "agencies": agencies, "vendors": vendors,
        "products": products, "costs": costs, "image_counts": image_counts, "counts": counts,
        "policies": policies, "emails": emails, "dates": dates,
        "pdf": "pdf/" + file[:-4] + ".pdf", "scan": ("pdf/" + file[:-4] + ".scan.pdf") if scan else None}))



# ---------------------------------------------------------------- 1 Florida: St. Johns County SO (quote)
SJ = "St. Johns County Sheriff's Office"
CV = "Clearview AI"
doc("01_st-johns-county-so-clearview-quote.txt", [
    (None, """\
                          CLEARVIEW AI, INC.
                     GOVERNMENT SALES QUOTATION

Quote No.:   Q-20417-SJ                 Quote Date:  08/14/2024
Valid Until: 09/13/2024                 Sales Rep:   Dana Whitcombe
Phone:       (646) 555-0182             dwhitcombe@clearview.ai

Bill To:                                Deliver To:
St. Johns County Sheriff's Office       Licenses delivered electronically
Attn: Lt. Marcus Pellerin               to the account administrator
4015 Lewis Speedway
St. Augustine, FL 32084

TERM: 12 months, 10/01/2024 through 09/30/2025 (County FY 2024-25)

Ln Description                               Qty  Unit Price    Extended
-- ---------------------------------------- ---- ----------- -----------
1  Clearview AI Search - annual user          10   $2,000.00  $20,000.00
   license, unlimited searches
2  Clearview AI Mobile add-on, annual              (annual)     $2,400.00
   (4 seats, Major Crimes)
3  Onboarding and investigator training,       1   $1,500.00   $1,500.00
   virtual, one-time
                                                    ----------- ---------
                                             Subtotal           $23,900.00
             Multi-seat discount (15% of Line 1)                -$3,000.00
      FL sales tax - exempt (Cert. 85-8012345678C-4)                 $0.00
                                             Shipping                $0.00
                                             TOTAL              $20,900.00

Not included in total (optional hardware, quoted separately by reseller):
   Samsung Galaxy Tab Active5 rugged tablet    $789.00 each

List price for reference: $2,500.00 per user per year. Discount applies
to orders of 10 or more Search licenses placed before 09/13/2024.
""", "Page 1 of 2"),
    (None, """\
Quote No. Q-20417-SJ - Terms and Conditions (summary)

1. Access. Clearview AI Search gives authorized users access to a
   database of more than 50 billion publicly available facial images.
2. Authorized use. The Service may be used only by sworn personnel and
   analysts of the Customer for law enforcement investigations.
3. Training. Each user must complete Clearview AI's online training
   module before the account is activated.
4. Results. Search results are investigative leads only and must not be
   used as the sole basis for an arrest or a warrant.
5. Accounts. Accounts may not be shared; each license is assigned to one
   named user.
6. Renewal. This quote does not auto-renew. Pricing for a second term is
   subject to a cap of 5% over the prior term.
7. Payment. Net 30 from invoice date. Florida Prompt Payment Act,
   s. 218.70, F.S., applies.

Customer acceptance:

Name: ______________________   Title: _____________________

Signature: _________________   Date: ______________________

PO No. (if required): ______________

Please return signed quote to govsales@clearview.ai or fax (646) 555-0199.
Federal Tax ID 82-0000000 (on file).
""", "Page 2 of 2")],
    "print", SJ,
    [SJ],
    [CV, "Samsung"],
    ["Clearview AI Search", "Clearview AI Mobile", "Galaxy Tab Active5"],
    [C(20000, 20000, "year", "10   $2,000.00  $20,000.00", SJ, CV, "Clearview AI Search"),
     C(2000, 2000, "year", "10   $2,000.00", SJ, CV, "Clearview AI Search", "per user"),
     C(2400, 2400, "year", "(annual)     $2,400.00", SJ, CV, "Clearview AI Mobile"),
     C(1500, 1500, "one-time", "1   $1,500.00   $1,500.00", SJ, CV, "Clearview AI Search"),
     C(20900, 20900, None, "TOTAL              $20,900.00", SJ, CV, "Clearview AI Search")],
    [N(10, "exact", "licenses", None, "Clearview AI Search - annual user          10", SJ, CV),
     N(4, "exact", "licenses", None, "(4 seats, Major Crimes)", SJ, CV),
     N(50000000000, "more than", "images", None, "more than 50 billion publicly available facial images", None, CV)],
    [P("The Service may be used only by sworn personnel and analysts of the Customer for law enforcement "
       "investigations.", SJ, "permission"),
     P("Each user must complete Clearview AI's online training module before the account is activated.", SJ,
       "requirement"),
     P("Search results are investigative leads only and must not be used as the sole basis for an arrest or a "
       "warrant.", SJ, "disclaimer"),
     P("Accounts may not be shared; each license is assigned to one named user.", SJ, "prohibition")],
    [],
    ["2024-08-14", "2024-09-13", "2024-10-01", "2025-09-30"],
    scan="pdf")


# ---------------------------------------------------------------- 2 Virginia: Harrisonburg PD (Outlook thread)
HPD = "Harrisonburg Police Department"
MSI = "Motorola Solutions"
SUBJ2 = "FaceSearch renewal - HPD seats for FY26"
doc("02_harrisonburg-pd-facesearch-renewal-email.txt", [
    ("Castellano, Owen", """\
---------------------------------------------------------------------------
From:           Castellano, Owen <Owen.Castellano@harrisonburgva.gov>
Sent:           Tuesday, February 11, 2025 10:42 AM
To:             Renee Albright
Cc:             Dunmore, Keith
Subject:        RE: FaceSearch renewal - HPD seats for FY26

Renee,

Thanks for the numbers. We are not going to renew all 8. Only 5 of our
users have logged in since October, so I want to drop to 6 seats for
FY26. At your $1,200 per seat that is $7,200, versus the $9,600 we paid
this year. Please send a revised quote for 6 seats and keep it separate
from the LPR camera maintenance ($14,750), which comes out of a
different cost center (41510).

For your records, we ran 412 FaceSearch queries in calendar 2024.

Also, a heads-up on our side: HPD General Order 4.22 says any FaceSearch
result is an investigative lead only and cannot be the sole basis for
an arrest. Under the same order, no officer may run a search without an
active case number entered in the reason field. Please make sure the
reason field stays mandatory after the upgrade.

I'd also like to propose giving one of the six seats to the Commonwealth's
Attorney's investigator, but that needs the Chief's sign-off, so leave it
off the quote for now.

Det. Sgt. Owen Castellano
Criminal Investigations Division
Harrisonburg Police Department
101 N. Main Street, Harrisonburg, VA 22802
(540) 555-0143
""", "Page 1 of 3"),
    ("Castellano, Owen", """\
From: Renee Albright <ralbright@motorolasolutions.com>
Sent: Monday, February 10, 2025 3:15 PM
To: Castellano, Owen <Owen.Castellano@harrisonburgva.gov>
Subject: FaceSearch renewal - HPD seats for FY26

Sgt. Castellano,

Your Vigilant FaceSearch subscription (account VS-22871) ends June 30,
2025. For FY26 the seat price is $1,200 per seat per year, the same as
this year. The FaceSearch gallery now holds more than 18 million booking
images from participating agencies.

For comparison, Augusta County Sheriff's Office renewed 4 seats last
month for $4,800.

Let me know how many seats you want and I will send the quote.
""", "Page 2 of 3"),
    ("Castellano, Owen", """\

Renee Albright
Account Executive, Law Enforcement Software
Motorola Solutions, Inc.
(804) 555-0171

From: Castellano, Owen <Owen.Castellano@harrisonburgva.gov>
Sent: Thursday, February 6, 2025 9:08 AM
To: Renee Albright <ralbright@motorolasolutions.com>
Subject: Renewal question

Renee - our FaceSearch term is coming up. Can you send FY26 pricing? We
have 8 seats now. Virginia Code sec. 15.2-1723.2 also requires us to
report our use every year, so I need the login history by seat.

Owen

This e-mail and any attachments are confidential and intended only for
the addressee. If you received it in error, please delete it.
""", "Page 3 of 3")],
    "print", HPD,
    [HPD, "Augusta County Sheriff's Office", "Commonwealth's Attorney"],
    [MSI, "Vigilant Solutions"],
    ["FaceSearch"],
    [C(7200, 7200, "year", "that is $7,200", HPD, MSI, "FaceSearch"),
     C(9600, 9600, "year", "the $9,600 we paid this year", HPD, MSI, "FaceSearch"),
     C(1200, 1200, "year", "the seat price is $1,200 per seat per year", HPD, MSI, "FaceSearch", "per user"),
     C(4800, 4800, None, "renewed 4 seats last month for $4,800", "Augusta County Sheriff's Office", MSI,
       "FaceSearch")],
    [N(8, "exact", "licenses", None, "We are not going to renew all 8", HPD, MSI),
     N(5, "exact", "users", None, "Only 5 of our users have logged in since October", HPD, MSI),
     N(6, "exact", "licenses", None, "drop to 6 seats for FY26", HPD, MSI),
     N(412, "exact", "searches", "year", "we ran 412 FaceSearch queries in calendar 2024", HPD, MSI),
     N(18000000, "more than", "images", None, "more than 18 million booking images", None, MSI),
     N(4, "exact", "licenses", None, "renewed 4 seats", "Augusta County Sheriff's Office", MSI)],
    [P("any FaceSearch result is an investigative lead only and cannot be the sole basis for an arrest.", HPD,
       "disclaimer"),
     P("no officer may run a search without an active case number entered in the reason field.", HPD,
       "prohibition"),
     P("Virginia Code sec. 15.2-1723.2 also requires us to report our use every year", HPD, "requirement")],
    [E("Castellano, Owen", "Renee Albright", "Tuesday, February 11, 2025 10:42 AM", "RE: " + SUBJ2),
     E("Renee Albright", "Castellano, Owen", "Monday, February 10, 2025 3:15 PM", SUBJ2),
     E("Castellano, Owen", "Renee Albright", "Thursday, February 6, 2025 9:08 AM", "Renewal question")],
    ["2025-02-11", "2025-02-10", "2025-02-06", "2025-06-30", "2024"],
    scan="photocopy")


# ---------------------------------------------------------------- 3 Colorado: El Paso County SO (quarterly report)
EP = "El Paso County Sheriff's Office"
COG = "Cognitec Systems"
doc("03_el-paso-county-so-fr-quarterly-report-q3-2024.txt", [
    (None, """\
EL PASO COUNTY SHERIFF'S OFFICE
Investigations Division - Identification Unit

FACIAL RECOGNITION SERVICE: QUARTERLY USAGE REPORT
Reporting period: Q3 2024 (July 1 - September 30, 2024)
Prepared by: Analyst Tamsin Ruelas          Date: October 9, 2024
Reviewed by: Commander Luis Ferrante

1. System

The Office's facial recognition service (FRS) is Cognitec FaceVACS-DBScan
ID, searched against the Office's booking photo gallery. At the end of
the quarter the gallery held 318,406 booking images. Twelve members hold
examiner accounts. Annual software maintenance of $18,600 was paid to
Cognitec Systems in January 2024 (PO 24-00317).

2. Searches this quarter

Month       Searches  Outside-agency  Possible   Leads sent
                      requests        matches    to case agent
---------   --------  --------------  --------   -------------
July              47               6        29              11
August            53               9        31              14
September         41               4        22               9
---------   --------  --------------  --------   -------------
Q3 total         141              19        82              34

Outside-agency requests came from the Colorado Springs Police Department
and the Teller County Sheriff's Office and are counted in Searches.
The algorithm's vendor-reported accuracy (98.7%) is not an Office
measure and is not used to set thresholds.

3. Compare: Q2 2024 total searches were 128 (see prior report).
""", "EPSO FRS Quarterly Report Q3 2024 - Page 1 of 2"),
    (None, """\
4. Policy (EPSO Policy 4-118, Facial Recognition)

The FRS is used to identify suspects, victims and witnesses in criminal
investigations and to identify deceased persons.

Only members who have completed the Office's 8-hour examiner course may
run a search.

Members shall not use the FRS to identify a person based solely on the
person's religious, political or social views or activities.

A candidate returned by the FRS is an investigative lead only and does
not by itself establish probable cause.

Violations of this policy may result in discipline up to and including
termination.

The Office complies with the accountability report and testing
requirements of C.R.S. 24-18-301 through 24-18-309 (SB 22-113).

There is no policy prohibiting the use of probe images taken from
public social media posts. Staff have proposed a rule requiring
supervisor approval for such probes; it has not been adopted.

5. Contact

Identification Unit, 27 E. Vermijo Ave., Colorado Springs, CO 80903,
(719) 555-0164.
""", "EPSO FRS Quarterly Report Q3 2024 - Page 2 of 2")],
    "pdf", EP,
    [EP, "Colorado Springs Police Department", "Teller County Sheriff's Office"],
    [COG],
    ["FaceVACS-DBScan ID"],
    [C(18600, 18600, "year", "Annual software maintenance of $18,600", EP, COG, "FaceVACS-DBScan ID")],
    [N(318406, "exact", "images", None, "the gallery held 318,406 booking images", EP, COG),
     N(12, "exact", "users", None, "Twelve members hold examiner accounts", EP, COG),
     N(47, "exact", "searches", "month", "July              47", EP, COG),
     N(53, "exact", "searches", "month", "August            53", EP, COG),
     N(41, "exact", "searches", "month", "September         41", EP, COG),
     N(141, "exact", "searches", "quarter", "Q3 total         141", EP, COG),
     N(19, "exact", "requests", "quarter", "Q3 total         141              19", EP, COG),
     N(82, "exact", "matches", "quarter", "Q3 total         141              19        82", EP, COG),
     N(34, "exact", "leads", "quarter", "Q3 total         141              19        82              34", EP, COG),
     N(128, "exact", "searches", "quarter", "Q2 2024 total searches were 128", EP, COG)],
    [P("The FRS is used to identify suspects, victims and witnesses in criminal investigations and to identify "
       "deceased persons.", EP, "purpose"),
     P("Only members who have completed the Office's 8-hour examiner course may run a search.", EP, "requirement"),
     P("Members shall not use the FRS to identify a person based solely on the person's religious, political or "
       "social views or activities.", EP, "prohibition"),
     P("A candidate returned by the FRS is an investigative lead only and does not by itself establish probable "
       "cause.", EP, "disclaimer"),
     P("Violations of this policy may result in discipline up to and including termination.", EP, "consequence")],
    [],
    ["2024-07-01", "2024-09-30", "2024-10-09", "2024-01", "2024"],
    scan="pdf")


# ---------------------------------------------------------------- 4 Wisconsin: Walworth County (board agenda item)
WC = "Walworth County Sheriff's Office"
WCB = "Walworth County Board of Supervisors"
DWP = "DataWorks Plus"
doc("04_walworth-county-board-face-plus-agenda-item.txt", [
    (None, """\
WALWORTH COUNTY BOARD OF SUPERVISORS
Regular Meeting - Tuesday, September 9, 2025 - 6:00 p.m.
Government Center, 100 W. Walworth Street, Elkhorn, WI 53121

AGENDA ITEM 9.c                                 Resolution No. 58-09/25

TITLE:     Authorizing a three-year agreement with DataWorks Plus, LLC
           for the FACE Plus facial recognition service for the
           Sheriff's Office

SUBMITTED BY: Sheriff's Office / Public Safety Committee
COMMITTEE ACTION: Recommended for approval 4-1 (August 18, 2025)

BACKGROUND
The Sheriff's Office has used a free trial of FACE Plus since March
2025 to compare suspect images with about 240,000 booking photographs
from the Walworth County Jail. The agreement provides 15 user licenses
for detectives and jail intelligence staff. During the trial, detectives
ran 186 searches.

Use is governed by Sheriff's Policy 612. Under Policy 612, a search may
be run only for an open criminal investigation or to identify a deceased
or incapacitated person. Each search must be logged with a case number,
and the log is audited twice a year by the Administrative Captain.
Policy 612 prohibits use of the service for live or real-time video
surveillance.

FISCAL NOTE
  One-time implementation and data conversion          $14,500
  Annual license and maintenance (Years 1-3)            $21,750 per year
  Three-year total, not to exceed                       $79,750

Year 1 cost of $36,250 is funded in the Sheriff's 2026 operating budget,
account 100-21-2140-5290. No tax levy increase is required. The jail
body scanner replacement ($96,000, Item 9.d) is a separate request and is
not part of this agreement.

Fiscal note reviewed by: Nicole Hartwig, Finance Director, (262) 555-0120
""", "Agenda Packet Page 47"),
    (None, """\
RECOMMENDATION
The Public Safety Committee recommends adoption of Resolution No.
58-09/25. Supervisor Okonkwo's amendment requiring an annual public
usage report was discussed but not offered; staff will return with a
draft reporting rule in 2026.

RESOLUTION NO. 58-09/25

WHEREAS, the Walworth County Sheriff's Office seeks a facial recognition
service to generate investigative leads; and

WHEREAS, a possible match from the service shall be treated as an
investigative lead only and shall not be the sole basis for an arrest;

NOW, THEREFORE, BE IT RESOLVED by the Walworth County Board of
Supervisors that the Sheriff is authorized to execute a three-year
agreement with DataWorks Plus, LLC for FACE Plus at a cost not to exceed
$79,750, as set out in the fiscal note.

Vote required: Majority of members present (Wis. Stat. s. 59.02).
""", "Agenda Packet Page 48")],
    "pdf", WC,
    [WC, WCB, "Walworth County Jail", "Walworth County Public Safety Committee"],
    [DWP],
    ["FACE Plus"],
    [C(14500, 14500, "one-time", "One-time implementation and data conversion          $14,500", WC, DWP, "FACE Plus"),
     C(21750, 21750, "year", "$21,750 per year", WC, DWP, "FACE Plus"),
     C(None, 79750, None, "Three-year total, not to exceed                       $79,750", WC, DWP, "FACE Plus"),
     C(36250, 36250, None, "Year 1 cost of $36,250", WC, DWP, "FACE Plus")],
    [N(240000, "approximately", "images", None, "about 240,000 booking photographs", WC, DWP),
     N(15, "exact", "licenses", None, "15 user licenses", WC, DWP),
     N(186, "exact", "searches", None, "detectives ran 186 searches", WC, DWP)],
    [P("a search may be run only for an open criminal investigation or to identify a deceased or incapacitated "
       "person.", WC, "permission"),
     P("Each search must be logged with a case number, and the log is audited twice a year by the Administrative "
       "Captain.", WC, "requirement"),
     P("Policy 612 prohibits use of the service for live or real-time video surveillance.", WC, "prohibition"),
     P("a possible match from the service shall be treated as an investigative lead only and shall not be the "
       "sole basis for an arrest;", WC, "disclaimer")],
    [],
    ["2025-09-09", "2025-08-18", "2025-03", "2026"],
    scan=None)


def main():
    out = HERE / "docs"
    out.mkdir(exist_ok=True)
    for d in DOCS:
        (out / d["file"]).write_text(d["text"], encoding="utf-8")
    (HERE / "labels.json").write_text(json.dumps([d["label"] for d in DOCS], indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(DOCS)} documents and labels.json")


if __name__ == "__main__":
    main()
