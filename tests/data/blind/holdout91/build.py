"""Writes docs/*.txt and labels.json for holdout91 (six invented releases: WA, TX, PA, MO, NC, CO).
Labels are written from intent, in the same call that writes the texts, before anything is rendered.
The label format follows holdout42 (corpus format plus request_agency, pdf, scan, per-fact
agency/vendor/product, unit on costs, counts with qualifier/measure/per, policies with kind)."""
import json
import re
from pathlib import Path

HERE = Path(__file__).parent
DOCS = []
MAX_COLS = 75   # the born-digital helper wraps at about 80 characters
MAX_LINES = 44  # per page, header and footer included
KINDS = {"requirement", "prohibition", "permission", "purpose", "consequence", "disclaimer"}


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
    assert kind in KINDS, kind
    return {"quote": quote, "agency": agency, "kind": kind}


def E(frm, to, date, subject):
    return {"from": frm, "to": to, "date": date, "subject": subject}


def _resolve(quote, text):
    """Quotes are written with single spaces; where the text breaks the phrase over lines (with
    indentation or '> ' / '>> ' quote marks) the label takes the exact substring the text holds."""
    if quote in text:
        return quote
    pattern = r"\s+(?:>+\s*)?".join(re.escape(w) for w in quote.split())
    m = re.search(pattern, text)
    assert m, ("quote not found", quote)
    return m.group(0)


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


# ---------------------------------------------------------------- 1 Washington: Kennewick PD
KPD = "Kennewick Police Department"
MSI = "Motorola Solutions"
VFS = "Vigilant FaceSearch"
SUBJ1 = "FaceSearch renewal - KPD quote Q-88213"
doc("01_kennewick-pd-facesearch-renewal-fw-chain.txt", [
    ("Lindqvist, Tomas", """\
From:       Reyes, Alana
Sent:       Thursday, February 6, 2025 10:14 AM
To:         Lindqvist, Tomas
Cc:         Okafor, Bridget (Finance)
Subject:    RE: FW: FaceSearch renewal - KPD quote Q-88213

Tom,

Thanks. I can put $6,000 of the renewal on the FY24 JAG award (KPD's
share under the Benton County interlocal, award 15PBJA-24-GG-01544).
The balance, $3,480, would come from the Investigations software
line, 001-2110-5490. Before I submit the budget modification I need
the final licence count in writing - the JAG narrative still says 8
users.

Also, the JAG special conditions require us to keep a written use
policy on file for any facial recognition purchase, so please attach
the current KPD Policy 466 when you send the count.

Alana Reyes | Grants Coordinator | City of Kennewick
210 W. 6th Avenue, Kennewick, WA 99336 | (509) 555-0127

-----Original Message-----
From: Lindqvist, Tomas
Sent: Wednesday, February 5, 2025 4:52 PM
To: Reyes, Alana
Subject: FW: FaceSearch renewal - KPD quote Q-88213

Alana - forwarding Greg's note below. Short version: the per-user
price went up about 13% and we're cutting from 8 licences to 6. New
total is $9,480 for the year. Can JAG cover part of it like last
year?

Nothing changes on our side procedurally. Policy 466 still applies:
a FaceSearch candidate is an investigative lead only and may not be
the sole basis for an arrest.

Sgt. Tomas Lindqvist | Criminal Investigations
Kennewick Police Department | (509) 555-0163""", "KPD PRR 25-0193                    000014"),
    ("Lindqvist, Tomas", """\
> From: Greg Hallorann <ghallorann@motorolasolutions.com>
> Sent: Wednesday, February 5, 2025 2:31 PM
> To: Lindqvist, Tomas <tlindqvist@ci.kennewick.wa.us>
> Subject: RE: FaceSearch renewal - KPD quote Q-88213
>
> Sgt. Lindqvist,
>
> Understood on dropping to six. Revised quote Q-88213-R1 attached:
>
>   Vigilant FaceSearch, named user, 12 months    6 x $1,580 = $9,480
>
> Last term you had 8 users at $1,395 each, $11,160 for the year. The
> increase reflects the new matching algorithm. The quote is valid
> through February 28, 2025 and excludes Washington sales tax, if any
> applies.
>
> On your gallery question: yes. Searches run against your own booking
> photos plus the shared FaceSearch gallery, which now holds more than
> 18 million booking photos contributed by participating agencies.
>
> For what it's worth, Pasco PD renewed last month at 4 users for
> $6,320 a year.
>
> Greg Hallorann | Account Manager, Northwest Region
> Motorola Solutions (Vigilant) | (503) 555-0119
>
>> From: Lindqvist, Tomas
>> Sent: Tuesday, February 4, 2025 9:07 AM
>> To: Greg Hallorann
>> Subject: FaceSearch renewal - KPD quote Q-88213
>>
>> Greg - got the renewal quote for 8 licences. Over the last year
>> only 5 of our 8 licences were used at all, and the unit ran 412
>> searches in total. I'd like to drop to 6. Can you also confirm our
>> searches still run against the shared mugshot gallery plus our own
>> bookings (about 38,000 photos)?
>>
>> Thanks,
>> Tom""", "KPD PRR 25-0193                    000015"),
], "print", KPD,
    [KPD, "City of Kennewick", "Benton County", "Pasco Police Department"],
    [MSI, "Vigilant Solutions"],
    [VFS],
    [C(6000, 6000, None, "I can put $6,000 of the renewal on the FY24 JAG award", KPD, MSI, VFS),
     C(3480, 3480, None, "The balance, $3,480, would come from the Investigations software line", KPD, MSI, VFS),
     C(9480, 9480, "year", "New total is $9,480 for the year", KPD, MSI, VFS),
     C(1580, 1580, "year", "6 x $1,580", KPD, MSI, VFS, unit="per user"),
     C(1395, 1395, "year", "8 users at $1,395 each", KPD, MSI, VFS, unit="per user"),
     C(11160, 11160, "year", "$11,160 for the year", KPD, MSI, VFS),
     C(6320, 6320, "year", "4 users for $6,320 a year", "Pasco Police Department", MSI, VFS)],
    [N(8, "exact", "licenses", None, "cutting from 8 licences to 6", KPD, MSI),
     N(6, "exact", "licenses", None, "cutting from 8 licences to 6", KPD, MSI),
     N(18000000, "more than", "images", None, "more than 18 million booking photos", None, MSI),
     N(4, "exact", "licenses", None, "Pasco PD renewed last month at 4 users", "Pasco Police Department", MSI),
     N(5, "exact", "users", "year", "only 5 of our 8 licences were used at all", KPD, MSI),
     N(412, "exact", "searches", "year", "the unit ran 412 searches in total", KPD, MSI),
     N(38000, "approximately", "images", None, "our own bookings (about 38,000 photos)", KPD, MSI)],
    [P("the JAG special conditions require us to keep a written use policy on file for any facial recognition "
       "purchase", KPD, "requirement"),
     P("a FaceSearch candidate is an investigative lead only and may not be the sole basis for an arrest.", KPD,
       "disclaimer")],
    [E("Reyes, Alana", "Lindqvist, Tomas", "Thursday, February 6, 2025 10:14 AM", "RE: FW: " + SUBJ1),
     E("Lindqvist, Tomas", "Reyes, Alana", "Wednesday, February 5, 2025 4:52 PM", "FW: " + SUBJ1),
     E("Greg Hallorann", "Lindqvist, Tomas", "Wednesday, February 5, 2025 2:31 PM", "RE: " + SUBJ1),
     E("Lindqvist, Tomas", "Greg Hallorann", "Tuesday, February 4, 2025 9:07 AM", SUBJ1)],
    ["2025-02-06", "2025-02-05", "2025-02-04", "2025-02-28"],
    scan="print")


# ---------------------------------------------------------------- 2 Texas: Sugar Land PD
SLPD = "Sugar Land Police Department"
CARA = "Carahsoft Technology Corp."
ROC = "ROC Investigate"
doc("02_sugar-land-pd-roc-investigate-purchase-order.txt", [
    (None, """\
CITY OF SUGAR LAND, TEXAS                              PURCHASE ORDER
Purchasing Division                          PO No.:     P2400-6187
2700 Town Center Boulevard North             PO Date:    08/21/2024
Sugar Land, TX 77479                         Req. No.:   RQ-24-03392
Phone (281) 555-0140                         Buyer:      M. Villarreal

VENDOR  (Vendor No. 0052713)         SHIP TO
Carahsoft Technology Corp.           Sugar Land Police Department
Reston, VA 20190                     Criminal Investigations Division
Tel. (703) 555-0152                  Attn: Lt. Carla Benavides
                                     1200 Highway 6
BILL TO                              Sugar Land, TX 77478
City of Sugar Land
Accounts Payable, P.O. Box 110       Cooperative contract:
Sugar Land, TX 77487-0110              Texas DIR-TSO-4288
                                     Terms: Net 30, FOB Destination

LN DESCRIPTION                          QTY UOM   UNIT COST    EXTENDED
-- ------------------------------------ --- ---- ---------- -----------
01 Rank One ROC Investigate, analyst      6 EA     3,150.00   18,900.00
   named-user subscription, 12 months
   (09/01/2024 - 08/31/2025)
02 ROC Investigate implementation and     1 LOT    4,200.00    4,200.00
   booking-photo import (one-time)
03 ROC examiner training, virtual         1 LOT    1,650.00    1,650.00
   (up to 10 attendees)
04 Magnet AXIOM Cyber subscription,       2 EA     5,495.00   10,990.00
   12 months - Digital Forensics Unit
05 Tableau TX1 forensic imager and        1 EA     1,795.00    1,795.00
   write-blocker kit - DFU
                                                   SUBTOTAL   37,535.00
                                          FREIGHT (line 05)       62.40
                                SALES TAX 8.25% - EXEMPT           0.00
                                                   PO TOTAL   37,597.40""", "PO P2400-6187       Page 1 of 2"),
    (None, """\
ACCOUNT DISTRIBUTION
Lines 01-03   101-4210-52640   Police CID - Software         24,750.00
Lines 04-05   101-4230-52640   Police DFU - Software/Equip.  12,785.00
Freight       101-4230-52890   Police DFU - Postage/Freight      62.40

SPECIAL CONDITIONS
1. The City is exempt from Texas sales tax (Tex. Tax Code 151.309);
   exemption certificate on file with vendor.
2. This order is below the $50,000 threshold of Tex. Loc. Gov't Code
   252.021 and is placed under the DIR cooperative contract; City
   Council approval is not required.
3. Per SLPD General Order 412, Facial Recognition, ROC Investigate
   accounts may be issued only to analysts and detectives who have
   completed examiner training. A ROC Investigate result is an
   investigative lead and shall not be the sole basis for an arrest.
4. Vendor and its subcontractors shall not retain, reuse or disclose
   any probe image submitted by the City.
5. Invoices must reference the PO number and be sent to
   ap@sugarlandtx.gov. Partial shipments allowed.

APPROVALS

Requested by:   Lt. Carla Benavides, CID         Date: 08/12/2024
                ________________________________

Department:     Chief Dolores Whitcomb           Date: 08/14/2024
                ________________________________

Budget review:  Ahmad Rasheed, Budget Analyst    Date: 08/19/2024
                ________________________________

Purchasing:     Marisol Villarreal, Buyer II     Date: 08/21/2024
                ________________________________

THIS ORDER IS NOT VALID WITHOUT AN AUTHORIZED PURCHASING SIGNATURE.""", "PO P2400-6187       Page 2 of 2"),
], "pdf", SLPD,
    ["City of Sugar Land", SLPD, "Texas Department of Information Resources", "Sugar Land City Council"],
    [CARA, "Rank One Computing", "Magnet Forensics"],
    [ROC, "Magnet AXIOM Cyber", "Tableau TX1"],
    [C(18900, 18900, "year", "01 Rank One ROC Investigate, analyst      6 EA     3,150.00   18,900.00",
       SLPD, CARA, ROC),
     C(3150, 3150, "year", "01 Rank One ROC Investigate, analyst      6 EA     3,150.00",
       SLPD, CARA, ROC, unit="per user"),
     C(4200, 4200, "one-time", "02 ROC Investigate implementation and     1 LOT    4,200.00    4,200.00",
       SLPD, CARA, ROC),
     C(1650, 1650, None, "03 ROC examiner training, virtual         1 LOT    1,650.00    1,650.00",
       SLPD, CARA, ROC),
     C(24750, 24750, None, "Lines 01-03   101-4210-52640   Police CID - Software         24,750.00",
       SLPD, CARA, ROC)],
    [N(6, "exact", "licenses", None, "01 Rank One ROC Investigate, analyst      6 EA", SLPD, CARA)],
    [P("ROC Investigate accounts may be issued only to analysts and detectives who have completed examiner "
       "training.", SLPD, "requirement"),
     P("A ROC Investigate result is an investigative lead and shall not be the sole basis for an arrest.", SLPD,
       "disclaimer")],
    [],
    ["2024-08-21", "2024-09-01", "2025-08-31", "2024-08-12", "2024-08-14", "2024-08-19"],
    scan="pdf")


# ---------------------------------------------------------------- 3 Pennsylvania: Hermitage PD
HPD = "Hermitage Police Department"
VER = "Veritone"
IDY = "IDentify"
doc("03_hermitage-pd-chief-memo-identify-budget.txt", [
    (None, """\
CITY OF HERMITAGE - POLICE DEPARTMENT
800 North Hermitage Road, Hermitage, PA 16148  |  (724) 555-0186

MEMORANDUM

TO:       Daniel Kepple, City Manager
FROM:     Ronald Szymanski, Chief of Police
DATE:     October 9, 2024
RE:       2025 budget request - Veritone IDentify facial recognition
          subscription (three-year term)

I am requesting approval to include a three-year subscription to
Veritone IDentify in the Department's 2025 operating budget, and to
place the agreement on the Board of Commissioners' agenda for its
November 2024 meeting.

Background
IDentify compares a photograph of an unknown suspect against booking
photographs that an agency loads into it. Veritone, Inc. hosts the
service in its government cloud. The Department ran a no-cost pilot
of IDentify from March through November 2024 under a Veritone
evaluation agreement; the pilot ends November 30.

Cost
Veritone has quoted $1,200 per named user per year for 12 named
users, with a 3% increase in each later year, plus a one-time fee to
load our booking photographs and connect to the Mercer County Jail
booking system.

                                   2025        2026        2027
  IDentify subscription         $14,400     $14,832     $15,277
    (12 named users)
  Implementation (one-time)       3,500          --          --
                               --------    --------    --------
  Annual total                  $17,900     $14,832     $15,277

  Three-year total                                      $48,009

If approved, the cost will be charged to account 01-410-3160 (Police
- Software Maintenance). The Department has also applied for a
$10,000 grant from the Pennsylvania Commission on Crime and
Delinquency toward the 2025 cost; no award has been announced.""", "Page 1 of 2"),
    (None, """\
Use during the pilot
During the pilot, 9 officers held IDentify accounts. They ran 213
searches against a gallery of roughly 61,000 booking photographs from
the Mercer County Jail. The searches produced 37 investigative leads,
and 6 arrests followed in cases where a lead was corroborated. Most
searches came from retail theft and fraud cases in which store video
was the only image of the suspect. JNET's statewide facial recognition
search of PennDOT photographs remains available to us at no cost, but
results arrive only through a JNET request, usually in 2 to 3
business days, which is too slow for most of these cases.

For comparison, the Sharon Police Department reports paying about
$9,800 a year for a Clearview AI subscription. We did not choose
Clearview because its gallery is built from images collected from
the internet rather than from booking photographs.

Rules of use
During the pilot, officers followed interim rules I issued on
March 4, 2024: every search must be tied to an incident number, and a
result is an investigative lead only and may not by itself establish
probable cause. Draft Directive 3.27 (attached) would make these
rules permanent and would also prohibit any use of IDentify on live
video; it has not been adopted and will be sent to the Solicitor for
review before the Board meets.

Recommended action
Approve the 2025 request of $17,900 and authorize me to bring the
three-year agreement to the Board of Commissioners.

Attachments: Veritone quote VQ-24-1187; Draft Directive 3.27

Approved: ______________________________   Date: ______________
          Daniel Kepple, City Manager""", "Page 2 of 2"),
], "pdf", HPD,
    [HPD, "City of Hermitage", "Hermitage Board of Commissioners", "Mercer County Jail",
     "Pennsylvania Commission on Crime and Delinquency", "JNET", "PennDOT", "Sharon Police Department"],
    [VER, "Clearview AI"],
    [IDY],
    [C(1200, 1200, "year", "$1,200 per named user per year", HPD, VER, IDY, unit="per user"),
     C(14400, 14400, "year", "IDentify subscription         $14,400", HPD, VER, IDY),
     C(14832, 14832, "year", "IDentify subscription         $14,400     $14,832", HPD, VER, IDY),
     C(15277, 15277, "year", "IDentify subscription         $14,400     $14,832     $15,277", HPD, VER, IDY),
     C(3500, 3500, "one-time", "Implementation (one-time)       3,500", HPD, VER, IDY),
     C(17900, 17900, None, "Annual total                  $17,900", HPD, VER, IDY),
     C(48009, 48009, None, "Three-year total                                      $48,009", HPD, VER, IDY),
     C(9800, 9800, "year", "about $9,800 a year for a Clearview AI subscription", "Sharon Police Department",
       "Clearview AI")],
    [N(12, "exact", "licenses", None, "for 12 named users", HPD, VER),
     N(9, "exact", "users", None, "9 officers held IDentify accounts", HPD, VER),
     N(213, "exact", "searches", None, "They ran 213 searches", HPD, VER),
     N(61000, "approximately", "images", None, "a gallery of roughly 61,000 booking photographs", HPD, VER),
     N(37, "exact", "leads", None, "The searches produced 37 investigative leads", HPD, VER),
     N(6, "exact", "arrests", None, "6 arrests followed", HPD, VER)],
    [P("every search must be tied to an incident number", HPD, "requirement"),
     P("a result is an investigative lead only and may not by itself establish probable cause.", HPD,
       "disclaimer")],
    [],
    ["2024-10-09", "2025", "2026", "2027", "2024-11", "2024-03", "2024-03-04"],
    scan="pdf")


# ---------------------------------------------------------------- 4 Missouri: Jasper County SO
JCSO = "Jasper County Sheriff's Office"
CV = "Clearview AI"
doc("04_jasper-county-so-written-directive-facial-recognition.txt", [
    (None, """\
JASPER COUNTY SHERIFF'S OFFICE                        WRITTEN DIRECTIVE
Carthage, Missouri

Directive No.:  WD 4-22                 Effective date: January 6, 2025
Subject:        Facial Recognition Technology
Supersedes:     Sheriff's memorandum of June 3, 2023
Review:         Annually (Professional Standards)
Approved:       Sheriff Dale Prewitt

I. PURPOSE
This directive sets out when and how members of the Jasper County
Sheriff's Office may use facial recognition technology.

II. POLICY
A. The Office uses Clearview AI only to develop investigative leads
   in criminal investigations and to identify deceased or
   incapacitated persons.
B. A possible match is an investigative lead only. It shall not be
   treated as a positive identification and shall not by itself
   establish probable cause for an arrest or a search warrant.
C. The Office does not use facial recognition to screen people
   entering the Jasper County Courthouse or the Jasper County Jail.

III. DEFINITIONS
A. Clearview AI: a commercial service operated by Clearview AI, Inc.
   that compares a probe image against more than 60 billion images
   collected from public websites.
B. Probe image: the photograph or video still of an unknown person
   that is submitted for comparison.
C. Possible match: a candidate image returned by the service.
D. Authorized user: a member designated under section IV.A.

IV. PROCEDURES
A. Authorized users
   1. The Sheriff shall designate no more than five (5) authorized
      users, all assigned to the Criminal Investigations Division.
   2. Each authorized user must complete the vendor's online course
      and the Office's 4-hour facial recognition block before an
      account is issued.""", "WD 4-22                                               Page 1 of 3"),
    (None, """\
B. Conducting a search
   1. Every search shall be entered with a JCSO case number and the
      offense under investigation.
   2. Before a possible match is released to the case investigator,
      a second authorized user shall independently compare the probe
      image with the candidate.
C. Requests from other agencies
   1. An authorized user may run a search for another law enforcement
      agency on receipt of a written request that includes that
      agency's case number, with the approval of the CID lieutenant.
   2. Proposed amendment (under review, not in effect): requests from
      federal agencies would also require the Sheriff's approval.

V. PROHIBITED USES
Members shall not use facial recognition technology:
   1. to identify a person because he or she is taking part in a
      lawful assembly, protest or other activity protected by the
      First Amendment;
   2. on live or real-time video, or to follow a person's movements
      over time;
   3. to identify or target a person solely because of race,
      ethnicity, religion, national origin, sex, sexual orientation
      or disability;
   4. for any personal purpose or any purpose unrelated to a law
      enforcement function;
   5. with a personal account, a free trial, or any facial
      recognition service other than the Office's Clearview AI
      account.

VI. RECORDS RETENTION
A. The search log (case number, date, user, probe image and result)
   shall be retained for five (5) years from the date of the search.
B. Probe images and possible matches that do not become part of a
   case file shall be deleted from Office systems after 90 days.
C. Public access to these records is governed by the Missouri
   Sunshine Law, RSMo Chapter 610, including RSMo 610.100.""", "WD 4-22                                               Page 2 of 3"),
    (None, """\
VII. AUDIT
The CID lieutenant shall review the search log each quarter and
report any search without a case number to the Sheriff in writing.

VIII. VIOLATIONS
A member who uses facial recognition technology in violation of this
directive is subject to discipline up to and including termination,
and the member's account will be suspended pending review.

IX. REFERENCES
RSMo Chapter 610; Missouri Secretary of State, Local Records
Retention Schedule, Law Enforcement (LAW); CALEA standard 42.1.4;
JCSO Written Directive 2-08 (Criminal Investigations).

By order of the Sheriff:

______________________________
Dale Prewitt, Sheriff
Jasper County, Missouri""", "WD 4-22                                               Page 3 of 3"),
], "pdf", JCSO,
    [JCSO, "Missouri Secretary of State"],
    [CV],
    [],
    [],
    [N(60000000000, "more than", "images", None, "more than 60 billion images", None, CV),
     N(5, "up to", "users", None, "The Sheriff shall designate no more than five (5) authorized users", JCSO, CV)],
    [P("The Office uses Clearview AI only to develop investigative leads in criminal investigations and to "
       "identify deceased or incapacitated persons.", JCSO, "purpose"),
     P("A possible match is an investigative lead only. It shall not be treated as a positive identification and shall not by itself establish probable cause "
       "for an arrest or a search warrant.", JCSO, "disclaimer"),
     P("The Sheriff shall designate no more than five (5) authorized users, all assigned to the Criminal "
       "Investigations Division.", JCSO, "requirement"),
     P("Each authorized user must complete the vendor's online course and the Office's 4-hour facial "
       "recognition block before an account is issued.", JCSO, "requirement"),
     P("Every search shall be entered with a JCSO case number and the offense under investigation.", JCSO,
       "requirement"),
     P("Before a possible match is released to the case investigator, a second authorized user shall "
       "independently compare the probe image with the candidate.", JCSO, "requirement"),
     P("An authorized user may run a search for another law enforcement agency on receipt of a written request "
       "that includes that agency's case number, with the approval of the CID lieutenant.", JCSO, "permission"),
     P("to identify a person because he or she is taking part in a lawful assembly, protest or other activity "
       "protected by the First Amendment;", JCSO, "prohibition"),
     P("on live or real-time video, or to follow a person's movements over time;", JCSO, "prohibition"),
     P("to identify or target a person solely because of race, ethnicity, religion, national origin, sex, sexual "
       "orientation or disability;", JCSO, "prohibition"),
     P("for any personal purpose or any purpose unrelated to a law enforcement function;", JCSO, "prohibition"),
     P("with a personal account, a free trial, or any facial recognition service other than the Office's "
       "Clearview AI account.", JCSO, "prohibition"),
     P("The search log (case number, date, user, probe image and result) shall be retained for five (5) years "
       "from the date of the search.", JCSO, "requirement"),
     P("Probe images and possible matches that do not become part of a case file shall be deleted from Office "
       "systems after 90 days.", JCSO, "requirement"),
     P("The CID lieutenant shall review the search log each quarter and report any search without a case number "
       "to the Sheriff in writing.", JCSO, "requirement"),
     P("A member who uses facial recognition technology in violation of this directive is subject to discipline "
       "up to and including termination, and the member's account will be suspended pending review.", JCSO,
       "consequence")],
    [],
    ["2025-01-06", "2023-06-03"],
    scan="pdf")


# ---------------------------------------------------------------- 5 North Carolina: Greenville PD
GPD = "Greenville Police Department"
NEC = "NEC"
NFR = "NeoFace Reveal"
doc("05_greenville-nc-internal-audit-facial-recognition.txt", [
    ("City of Greenville, NC - Office of Internal Audit        Report IA-2024-05", """\
AUDIT OF THE POLICE DEPARTMENT'S FACIAL RECOGNITION PROGRAM
Issued June 17, 2024 (excerpt: Background, Results and Findings)

BACKGROUND
The Audit Committee of the City Council added this review to the
FY2024 audit plan. We reviewed the Greenville Police Department's
(GPD) use of NEC NeoFace Reveal from January 1, 2021 through
December 31, 2023.

GPD bought NeoFace Reveal from NEC Corporation of America in 2020 for
a one-time price of $96,750, which covered the server software, ten
concurrent-user licences and installation. Annual software support
cost $17,400 in FY2022 and FY2023 and rose to $18,270 in FY2024 under
the contract's 5% escalator. The two examiner workstations, bought
with general IT replacement funds, are not included in these figures.

The gallery is built from Pitt County Detention Center booking
photographs. At December 31, 2023 it held 142,806 images. GPD has no
direct access to North Carolina Division of Motor Vehicles photographs;
a DMV comparison must be requested from the State Bureau of
Investigation (SBI). GPD sent 41 such requests to the SBI during the
three-year period.

Under GPD Directive 6.18, Facial Recognition (rev. 2021), a candidate
returned by NeoFace Reveal is an investigative lead only and must be
corroborated before any enforcement action is taken.

RESULTS
Table 1. NeoFace Reveal activity, calendar years 2021-2023

                                   2021      2022      2023     Total
                                -------   -------   -------   -------
Searches run                        486       552       617     1,655
Searches returning a possible       301       338       371     1,010
  match (candidate list)
Possible matches confirmed as        97       112       126       335
  investigative leads
User accounts active at Dec. 31      18        21        23        --

Source: NeoFace Reveal audit log export; GPD Real Time Crime Center.""",
     "- 4 -"),
    ("City of Greenville, NC - Office of Internal Audit        Report IA-2024-05", """\
Table 2. Searches by requesting unit, calendar year 2023

Unit                                     Searches       Share
------------------------------------   ----------   ---------
Criminal Investigations Division              402       65.2%
Patrol Division                               131       21.2%
Special Victims Unit                           84       13.6%
------------------------------------   ----------   ---------
Total                                         617      100.0%

Searches rose 27% from 2021 to 2023, while the share of searches
returning a possible match stayed near 61%.

FINDINGS

Finding 1: Searches were not always tied to a case number.
Directive 6.18 requires that every search be linked to a case or
incident number. We tested a random sample of 60 searches from 2023.
Nine (15%) had no case or incident number; four of those nine were
run by one user on the same day.

Finding 2: Accounts of departed employees were not disabled.
Directive 6.18 requires the Real Time Crime Center supervisor to
disable an account within 5 business days after a user transfers or
leaves the Department. Three of the 23 accounts active at December 31,
2023 belonged to employees who had left GPD months earlier.

Finding 3: The annual review was not done.
Directive 6.18 requires the Professional Standards Unit to audit
search activity once a year. No such audit was performed for 2022 or
2023.

Finding 4: Retention of probe images is not defined.
The directive sets no retention period for probe images, and the
system has kept every probe image submitted since 2020. There is no
policy prohibiting an examiner from saving probe images to a shared
network drive.""", "- 5 -"),
    ("City of Greenville, NC - Office of Internal Audit        Report IA-2024-05", """\
RECOMMENDATIONS
1. GPD should configure NeoFace Reveal so that a search cannot be
   submitted without a case or incident number.
2. GPD should reconcile active accounts with Human Resources
   separation reports each month.
3. GPD should complete the annual review for 2023 by August 31, 2024.
4. GPD should adopt a retention period for probe images and bar
   storage of probe images outside NeoFace Reveal.

MANAGEMENT RESPONSE (Chief of Police, June 5, 2024)
GPD agrees with all four findings. The three former employees'
accounts were disabled on April 22, 2024. GPD will amend Directive
6.18 by September 30, 2024 to set a two-year retention period for
probe images and will ask NEC to make the case number a required
field at the next software update.

Audit team: Renata Chaudhry, CIA, City Auditor; Owen Battle, Senior
Internal Auditor. This audit was conducted in accordance with
Generally Accepted Government Auditing Standards.""", "- 6 -"),
], "pdf", GPD,
    [GPD, "City of Greenville", "Greenville City Council", "Pitt County Detention Center",
     "North Carolina Division of Motor Vehicles", "North Carolina State Bureau of Investigation"],
    [NEC],
    [NFR],
    [C(96750, 96750, "one-time", "a one-time price of $96,750", GPD, NEC, NFR),
     C(17400, 17400, "year", "Annual software support cost $17,400 in FY2022 and FY2023", GPD, NEC, NFR),
     C(18270, 18270, "year", "rose to $18,270 in FY2024", GPD, NEC, NFR)],
    [N(10, "exact", "licenses", None, "ten concurrent-user licences", GPD, NEC),
     N(142806, "exact", "images", None, "At December 31, 2023 it held 142,806 images", GPD, NEC),
     N(41, "exact", "requests", None, "GPD sent 41 such requests to the SBI", GPD, None),
     N(486, "exact", "searches", "year", "Searches run                        486", GPD, NEC),
     N(552, "exact", "searches", "year", "Searches run                        486       552", GPD, NEC),
     N(617, "exact", "searches", "year", "Searches run                        486       552       617", GPD, NEC),
     N(1655, "exact", "searches", None,
       "Searches run                        486       552       617     1,655", GPD, NEC),
     N(1010, "exact", "matches", None,
       "Searches returning a possible       301       338       371     1,010", GPD, NEC),
     N(335, "exact", "leads", None,
       "Possible matches confirmed as        97       112       126       335", GPD, NEC),
     N(18, "exact", "users", None, "User accounts active at Dec. 31      18", GPD, NEC),
     N(21, "exact", "users", None, "User accounts active at Dec. 31      18        21", GPD, NEC),
     N(23, "exact", "users", None, "User accounts active at Dec. 31      18        21        23", GPD, NEC),
     N(402, "exact", "searches", "year", "Criminal Investigations Division              402", GPD, NEC),
     N(131, "exact", "searches", "year", "Patrol Division                               131", GPD, NEC),
     N(84, "exact", "searches", "year", "Special Victims Unit                           84", GPD, NEC)],
    [P("a candidate returned by NeoFace Reveal is an investigative lead only and must be corroborated before any "
       "enforcement action is taken.", GPD, "disclaimer"),
     P("Directive 6.18 requires that every search be linked to a case or incident number.", GPD, "requirement"),
     P("Directive 6.18 requires the Real Time Crime Center supervisor to disable an account within 5 business days "
       "after a user transfers or leaves the Department.", GPD, "requirement"),
     P("Directive 6.18 requires the Professional Standards Unit to audit search activity once a year.", GPD,
       "requirement")],
    [],
    ["2024-06-17", "2021-01-01", "2023-12-31", "2020", "2021", "2022", "2023", "2024-08-31", "2024-06-05",
     "2024-04-22", "2024-09-30"],
    scan="pdf")


# ---------------------------------------------------------------- 6 Colorado: Broomfield PD
BPD = "Broomfield Police Department"
NUM = "Numerica"
LUM = "Lumen"
doc("06_broomfield-pd-lumen-fr-renewal-notice.txt", [
    (None, """\
NUMERICA CORPORATION  |  Lumen Public Safety
5042 Technology Parkway, Suite 100, Fort Collins, CO 80528
(970) 555-0104  |  lumen-renewals@numerica.us

April 14, 2025

Commander Elena Vasquez-Hart
Investigations Division
Broomfield Police Department
7 DesCombes Drive
Broomfield, CO 80020

Re: Renewal notice - Lumen subscription, Customer ID BRM-0419
    Current term ends June 30, 2025

Dear Commander Vasquez-Hart,

Thank you for using Lumen. Your agency's subscription, including the
Lumen Facial Recognition module, comes up for renewal on July 1, 2025.
The table below compares your current term with the renewal term at
our 2025-26 public-safety rates.

Item                            Current term       Renewal term
                                7/1/24 - 6/30/25   7/1/25 - 6/30/26
------------------------------  -----------------  -----------------
Lumen platform subscription     $19,800.00         $20,790.00
  (records search and data
  sharing, agency-wide)
Facial Recognition module,      25 x $240.00       25 x $288.00
  per named user
Facial Recognition module,      $6,000.00          $7,200.00
  subtotal
------------------------------  -----------------  -----------------
Total, one year                 $25,800.00         $27,990.00

The module's shared gallery, contributed by Colorado Lumen agencies,
now holds more than 3.1 million booking photographs. Through March 31,
2025, Broomfield users have run 1,284 facial recognition searches in
the current term, and 19 of your 25 named users have logged in at
least once.""", "Numerica - BRM-0419 renewal                                 1/2"),
    (None, """\
Multi-year option
If Broomfield renews the Facial Recognition module for three years
(July 1, 2025 - June 30, 2028), we will hold the per-user price at
$288.00 for all three years instead of the 6% annual increase we
expect to apply in 2026 and 2027. The three-year module total would
be $21,600.00, billed annually at $7,200.00. Agencies that prepay the
three years by June 1, 2025 receive a further 4% discount, for a
prepaid total of $20,736.00.

Terms of use
Access to the Facial Recognition module remains limited to named
users who have completed Lumen's facial recognition training. As a
reminder, a Lumen facial recognition result is an investigative lead
only; it is not a positive identification and may not be the sole
basis for probable cause.

Numerica can supply the usage statistics your agency reports in its
annual accountability report under C.R.S. 24-18-302 and 24-18-305.
Renewal is not automatic. Prices do not include any applicable taxes.

Please mark your choice, sign and return this page, or send a
purchase order referencing BRM-0419, by May 30, 2025.

  [ ] One-year renewal, platform and module          $27,990.00
  [ ] Platform plus three-year module option
  [ ] Platform plus three-year module option, prepaid
  [ ] Platform only (module not renewed)

Authorized signature: ____________________  PO No.: _____________

Sincerely,

Marcus Ellery
Account Manager, Colorado Public Safety
Numerica Corporation | (970) 555-0131""", "Numerica - BRM-0419 renewal                                 2/2"),
], "pdf", BPD,
    [BPD],
    [NUM],
    [LUM],
    [C(240, 240, "year", "25 x $240.00", BPD, NUM, LUM, unit="per user"),
     C(288, 288, "year", "25 x $288.00", BPD, NUM, LUM, unit="per user"),
     C(6000, 6000, "year", "Facial Recognition module,      $6,000.00", BPD, NUM, LUM),
     C(7200, 7200, "year", "Facial Recognition module,      $6,000.00          $7,200.00", BPD, NUM, LUM),
     C(21600, 21600, None, "The three-year module total would be $21,600.00", BPD, NUM, LUM),
     C(20736, 20736, None, "prepaid total of $20,736.00", BPD, NUM, LUM)],
    [N(25, "exact", "licenses", None, "25 x $240.00", BPD, NUM),
     N(3100000, "more than", "images", None, "more than 3.1 million booking photographs", None, NUM),
     N(1284, "exact", "searches", None, "Broomfield users have run 1,284 facial recognition searches", BPD, NUM),
     N(19, "exact", "users", None, "19 of your 25 named users have logged in", BPD, NUM)],
    [P("Access to the Facial Recognition module remains limited to named users who have completed Lumen's facial "
       "recognition training.", BPD, "requirement"),
     P("a Lumen facial recognition result is an investigative lead only; it is not a positive identification and "
       "may not be the sole basis for probable cause.", BPD, "disclaimer")],
    [],
    ["2025-04-14", "2025-06-30", "2025-07-01", "2024-07-01", "2026-06-30", "2025-03-31", "2028-06-30", "2026",
     "2027", "2025-06-01", "2025-05-30"],
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
