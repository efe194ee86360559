"""Writes docs/*.txt and labels.json for holdout21 (invented releases). Labels are written from intent,
before rendering. Run: python3 build.py && python3 check.py && python3 render.py"""
import json
from pathlib import Path

HERE = Path(__file__).parent
DOCS = []


def C(amin, amax, period, quote, agency, vendor, product=None, unit=None):
    d = {"amount_min": amin, "amount_max": amax, "currency": "USD", "period": period, "quote": quote,
         "agency": agency, "vendor": vendor}
    if product:
        d["product"] = product
    if unit:
        d["unit"] = unit
    return d


USAGE = {"images", "searches", "users", "licenses", "requests"}
MEASURES = USAGE | {"analysts", "cameras", "matches", "leads", "identifications", "arrests"}
QUALIFIERS = {"exact", "approximately", "up to", "more than", "at least"}
PERS = {None, "month", "year", "quarter", "day", "week"}


def N(count, qualifier, measure, per, quote, agency, vendor=None):
    assert measure in MEASURES and qualifier in QUALIFIERS and per in PERS, (measure, qualifier, per)
    return {"count": count, "qualifier": qualifier, "measure": measure, "per": per, "quote": quote,
            "agency": agency, "vendor": vendor}


def P(quote, agency, vendor=None):
    return {"quote": quote, "agency": agency, "vendor": vendor}


def E(frm, to, date, subject):
    return {"from": frm, "to": to, "date": date, "subject": subject}


def doc(file, pages, render, request_agency, agencies, vendors, products, costs, counts, policies, emails, dates,
        scan=None):
    # pages: list of (header, body, footer); the text file holds header, body and footer of each page
    texts = []
    for h, b, f in pages:
        parts = ([h, ""] if h else []) + [b.strip("\n")] + (["", f] if f else [])
        texts.append("\n".join(parts) + "\n")
    text = "\f".join(texts)
    for kind, facts in (("costs", costs), ("counts", counts), ("policies", policies)):
        for fact in facts:
            assert "\n" not in fact["quote"], (file, fact["quote"])
            assert fact["quote"] in text, (file, kind, fact["quote"])
            for key in ("agency", "vendor", "product"):
                v = fact.get(key)
                if v is not None:
                    pool = agencies if key == "agency" else vendors if key == "vendor" else products
                    assert v in pool, (file, key, v)
    assert request_agency in agencies, file
    image_counts = [{"count": c["count"], "quote": c["quote"]} for c in counts if c["measure"] in USAGE]
    DOCS.append(dict(file=file, pages=pages, render=render, scan=scan, text=text, label={
        "file": "docs/" + file, "request_agency": request_agency, "agencies": agencies, "vendors": vendors,
        "products": products, "costs": costs, "image_counts": image_counts, "counts": counts,
        "policies": policies, "emails": emails, "dates": dates,
        "pdf": "pdf/" + file[:-4] + ".pdf", "scan": ("pdf/" + file[:-4] + ".scan.pdf") if scan else None}))


# ---------------------------------------------------------------- 01 Indiana: fusion center annual report
IIFC = "Indiana Intelligence Fusion Center"
BMV = "Indiana Bureau of Motor Vehicles"
DWP = "DataWorks Plus"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
SEARCHES = [301, 276, 318, 297, 334, 329, 341, 352, 310, 322, 288, 338]
LISTS = [88, 79, 95, 86, 99, 97, 104, 101, 90, 96, 89, 103]
ARRESTS = [17, 15, 19, 16, 20, 18, 21, 22, 17, 16, 15, 18]
assert (sum(SEARCHES), sum(LISTS), sum(ARRESTS)) == (3806, 1127, 214)
ROWS = [f"{m:<12}{s:>8}{c:>16}{a:>18}" for m, s, c, a in zip(MONTHS, SEARCHES, LISTS, ARRESTS)]
TABLE = "\n".join(
    ["Month       Searches   Candidate lists     Arrests reported",
     "                       forwarded as leads  by agencies",
     "-" * 66] + ROWS + ["-" * 66, f"{'TOTAL':<12}{'3,806':>8}{'1,127':>16}{'214':>18}"])
MONTH_COUNTS = [N(s, "exact", "searches", "month", row[:20].rstrip(), IIFC, DWP) for s, row in zip(SEARCHES, ROWS)]

doc("01_in-iifc-face-recognition-annual-report-2023.txt", [
    (None, """\
INDIANA INTELLIGENCE FUSION CENTER
302 West Washington Street, Indianapolis, Indiana 46204

FACIAL RECOGNITION PROGRAM
ANNUAL REPORT - CALENDAR YEAR 2023

Report No. IIFC-AR-2024-03                              Published March 29, 2024
Submitted under IIFC Directive 14-02, Section 9 (Annual Reporting)


1. SUMMARY

In calendar year 2023 the Facial Recognition Unit (FRU)
completed 3,806 searches, up from 2,951 searches in 2022. Searches were
run for 142 requesting agencies, most of them municipal police
departments and county sheriffs' offices.

The FRU declined 96 requests that lacked a case number or a criminal
predicate. Analysts
forwarded 1,127 candidate lists as investigative leads, and requesting
agencies reported 214 arrests in which a lead was one factor. The share
of searches producing a forwarded candidate list fell to 29.6 percent
(31.0 percent in 2022).


2. SYSTEM AND GALLERIES

The FRU uses FACE Plus, supplied and hosted by DataWorks Plus, LLC of
Greenville, South Carolina. FACE Plus searches the statewide booking-photo
repository maintained by the IIFC, which held 4,218,655 images of
1,071,334 subjects on December 31, 2023.

Under a 2021 memorandum of understanding, analysts may also submit probes
against the Bureau of Motor Vehicles credential gallery, which holds
approximately 11.6 million images; BMV staff, not IIFC analysts, run and
return those comparisons.

The system has 23 user accounts, all assigned to trained analysts. The
unit is staffed by 6 analysts and one supervisor.
""", "IIFC-AR-2024-03 p. 1/3"),
    (None, """\
3. COSTS

The FACE Plus annual support and hosting fee paid to DataWorks Plus was
$142,000 for 2023. Biometrics Unit technology spending totalled $203,250,
which also covers $61,250 in maintenance for the IIFC's Livescan
fingerprint stations; Livescan is not part of the facial recognition
program.

In 2023 the FRU also evaluated the Clearview AI web-image index. The
vendor quoted $54,000 per year for 25 users; the proposal was not adopted
and no Clearview AI account was opened.


Table 2. Facial recognition searches and outcomes by month, 2023

""" + TABLE + """

Arrests are those reported back by requesting agencies by
February 15, 2024; the FRU does not verify them. Candidate lists are
counted once even when a list was re-sent to a second agency.
""", "IIFC-AR-2024-03 p. 2/3"),
    (None, """\
4. POLICY COMPLIANCE

Directive 14-02 sets the following rules, unchanged in 2023 except as
noted:

  a. A face search result is a lead only and shall not be the sole basis for an arrest.
  b. Every request must include an agency case number and a description of the offense.
  c. Searches to identify persons engaged in lawful First Amendment activity are prohibited.
  d. Since July 1, 2023, each candidate list must be reviewed by a second trained analyst.

The 2023 compliance audit, which sampled one search in ten,
found 4 searches without a documented second review; all four predate
July 1, 2023. No state statute limits how long probe images may be
retained, and the Directive sets no retention period.

Questions about this report: IIFC Privacy Officer, (317) 234-6190,
iifc.privacy@iifc.in.gov
""", "IIFC-AR-2024-03 p. 3/3"),
], "pdf", IIFC,
    [IIFC, BMV], [DWP, "Clearview AI"], ["FACE Plus"],
    [C(142000, 142000, "year", "$142,000 for 2023", IIFC, DWP, "FACE Plus")],
    [N(3806, "exact", "searches", "year", "completed 3,806 searches", IIFC, DWP),
     N(2951, "exact", "searches", "year", "2,951 searches in 2022", IIFC, DWP),
     N(96, "exact", "requests", "year", "declined 96 requests", IIFC),
     N(1127, "exact", "leads", "year", "forwarded 1,127 candidate lists as investigative leads", IIFC, DWP),
     N(214, "exact", "arrests", "year", "214 arrests", IIFC),
     N(4218655, "exact", "images", None, "4,218,655 images", IIFC, DWP),
     N(1071334, "exact", "images", None, "1,071,334 subjects", IIFC, DWP),
     N(11600000, "approximately", "images", None, "approximately 11.6 million images", BMV),
     N(23, "exact", "users", None, "23 user accounts", IIFC, DWP),
     N(6, "exact", "analysts", None, "staffed by 6 analysts", IIFC),
     N(4, "exact", "searches", None, "found 4 searches without", IIFC)] + MONTH_COUNTS,
    [P("A face search result is a lead only and shall not be the sole basis for an arrest.", IIFC),
     P("Every request must include an agency case number and a description of the offense.", IIFC),
     P("Searches to identify persons engaged in lawful First Amendment activity are prohibited.", IIFC),
     P("each candidate list must be reviewed by a second trained analyst", IIFC)],
    [],
    ["2024-03-29", "2023", "2022", "2023-12-31", "2021", "2024-02-15", "2023-07-01"],
    scan="pdf")


# ---------------------------------------------------------------- 02 North Dakota: interlocal agreement
GFPD = "Grand Forks Police Department"
UND = "University of North Dakota Police Department"
VIG = "Vigilant Solutions"
doc("02_nd-grand-forks-und-facesearch-interlocal.txt", [
    (None, """\
INTERLOCAL AGREEMENT
FOR SHARED ACCESS TO A FACIAL RECOGNITION SEARCH SERVICE

Agreement No. GF-ILA-2024-117

This Agreement is made under N.D.C.C. ch. 54-40.3 between the CITY OF GRAND FORKS,
North Dakota, acting through the Grand Forks Police Department ("GFPD"), and the
UNIVERSITY OF NORTH DAKOTA, acting through its Police Department ("UND Police").

RECITALS

A. GFPD holds an agency subscription to FaceSearch, a facial recognition service of
   Vigilant Solutions, LLC, a Motorola Solutions company (the "Vendor"), for which the
   City pays the Vendor $24,600 per year.
B. The Vendor permits a subscribing agency to extend access to a partner agency under
   a written agreement. As represented by the Vendor, the FaceSearch gallery holds
   more than 18 million booking photographs contributed by participating agencies.
C. UND Police wishes to use FaceSearch in criminal investigations arising on campus.

1. TERM. This Agreement runs for three (3) years from July 1, 2024, unless either party
   terminates it earlier on sixty (60) days' written notice.

2. ACCESS. GFPD shall provision FaceSearch user accounts for
   up to three (3) UND Police investigators designated in writing by the UND Chief of
   Police. GFPD remains the account holder of record with the Vendor.

3. FEES. UND Police shall pay GFPD:
   (a) a one-time onboarding fee of $750 for account setup and training;
   (b) an annual access fee of $4,800, invoiced each July 1; and
   (c) $35 per user per month for any account added beyond the three (3) in Section 2.
   Fees are payable within thirty (30) days of invoice to City of Grand Forks,
   Finance Department, P.O. Box 5200, Grand Forks, ND 58206-5200.
""", "GF-ILA-2024-117 p. 1/2"),
    (None, """\
4. CONDITIONS OF USE.
   (a) Each UND Police user shall complete the Vendor's FaceSearch training before receiving credentials.
   (b) A FaceSearch result is an investigative lead only and shall not by itself establish probable cause.
   (c) UND Police shall not use FaceSearch to identify persons engaged in lawful protest.
   (d) GFPD shall review the FaceSearch audit log of UND Police searches each quarter.
   Nothing in this Agreement prohibits either party from using other lawful investigative tools.

5. CONFIDENTIALITY. Each party shall treat the Vendor's pricing and technical documentation
   as confidential to the extent permitted by N.D.C.C. Section 44-04-18.4.

6. INSURANCE. Each party shall maintain general liability coverage of not less than
   $1,000,000 per occurrence and shall name the other party as additional insured.

7. LATE PAYMENT. Amounts unpaid after thirty (30) days accrue interest at 1 percent
   per month.

8. TERMINATION. On termination GFPD shall disable all UND Police accounts within five (5)
   business days, and no part of the annual access fee shall be refunded.

IN WITNESS WHEREOF the parties have signed below.

CITY OF GRAND FORKS                         UNIVERSITY OF NORTH DAKOTA

By: /s/ Harold J. Tveit                     By: /s/ Colleen M. Rask
    Mayor                                       Vice President for Finance and Operations
Date: 06/18/2024                            Date: 06/21/2024

Attest: /s/ Diane Oberg, City Auditor        Reviewed: /s/ Chief Tomas Aldana, UND Police

Approved by the Grand Forks City Council on June 17, 2024, Agenda Item 24-3381.
""", "GF-ILA-2024-117 p. 2/2"),
], "pdf", UND,
    [UND, GFPD, "City of Grand Forks", "University of North Dakota", "Grand Forks City Council"],
    [VIG, "Motorola Solutions"], ["FaceSearch"],
    [C(24600, 24600, "year", "$24,600 per year", GFPD, VIG, "FaceSearch"),
     C(750, 750, "one-time", "one-time onboarding fee of $750", UND, None),
     C(4800, 4800, "year", "annual access fee of $4,800", UND, None),
     C(35, 35, "month", "$35 per user per month", UND, None, unit="per user")],
    [N(18000000, "more than", "images", None, "more than 18 million booking photographs", None, VIG),
     N(3, "up to", "users", None, "up to three (3) UND Police investigators", UND, VIG)],
    [P("Each UND Police user shall complete the Vendor's FaceSearch training before receiving credentials.",
       UND, VIG),
     P("A FaceSearch result is an investigative lead only and shall not by itself establish probable cause.",
       UND, VIG),
     P("UND Police shall not use FaceSearch to identify persons engaged in lawful protest.", UND, VIG),
     P("GFPD shall review the FaceSearch audit log of UND Police searches each quarter.", GFPD, VIG)],
    [],
    ["2024-07-01", "2024-06-18", "2024-06-21", "2024-06-17"],
    scan="photocopy")


# ---------------------------------------------------------------- 03 New Mexico: purchase order
LCPD = "Las Cruces Police Department"
CDW = "CDW-G"
COG = "Cognitec Systems"
FV = "FaceVACS-DBScan LE"
doc("03_nm-las-cruces-cdwg-facevacs-purchase-order.txt", [
    (None, """\
CITY OF LAS CRUCES
Purchasing & Contract Management
700 N. Main Street, Las Cruces, New Mexico 88001  |  (575) 541-2000

PURCHASE ORDER                                   PO NUMBER:  2024-001873
                                                 PO DATE:    08/19/2024
                                                 REQ NO.:    R24-06612
                                                 BUYER:      M. Quintana

VENDOR                                   BILL TO
CDW Government LLC                       City of Las Cruces
230 N. Milwaukee Avenue                  Accounts Payable
Vernon Hills, IL 60061                   P.O. Box 20000
Vendor No. 0104482                       Las Cruces, NM 88004

SHIP TO                                  DELIVER BY: 09/30/2024
Police Department - Criminal Investigations Section
217 E. Picacho Avenue, Las Cruces, NM 88001
Attn: Lt. R. Villanueva, (575) 528-4215

Reference: CDW-G Quote NKRX447 dated 07/30/2024; cooperative pricing under
NM Statewide Price Agreement 70-000-24-00031. FOB Destination. Terms: Net 30.

LN QTY UOM DESCRIPTION                                   UNIT PRICE     EXTENDED
-- --- --- -------------------------------------------- ------------ ------------
1    1 EA  Cognitec FaceVACS-DBScan LE server license,     27,800.00    27,800.00
           perpetual (one-time)
2    5 EA  FaceVACS-DBScan LE examiner client license,      2,150.00    10,750.00
           perpetual (one-time), per seat
3    1 EA  Enrollment of legacy booking photos, up to       3,250.00     3,250.00
           500,000 images (one-time service)
4    1 YR  Cognitec software maintenance & support,         6,120.00     6,120.00
           year 1 (annual; renews each September 1)
-- --- --- -------------------------------------------- ------------ ------------
                                             SUBTOTAL                47,920.00
                                             NM GRT         EXEMPT (NTTC on file)
                                             FREIGHT                      0.00
                                             ORDER TOTAL            $47,920.00

TOTAL AUTHORIZED - NOT TO EXCEED: $50,000.00
(allows quantity adjustment on line 2 only; any other change requires a change order)

ACCOUNT DISTRIBUTION   101-2110-52240  Police - Software   $50,000.00   FY2025
""", "PO 2024-001873 p. 1/2"),
    (None, """\
SPECIAL CONDITIONS

1. Livescan fingerprint station maintenance (Idemia) for the same section is NOT part
   of this order; it is encumbered separately on PO 2024-001802 ($3,980.00).
2. Vendor and its subcontractors shall not retain, copy or use City image data for any
   purpose other than performing the enrollment service in line 3.
3. Under LCPD General Order 4-19, FaceVACS-DBScan LE shall be used only for criminal
   investigations with an assigned case number.
4. LCPD General Order 4-19: a candidate returned by the software must be verified by a trained examiner.
5. Invoices must reference the PO number and be sent to Accounts Payable at the Bill To
   address; invoices sent to the Police Department will be returned.
6. This order is a public record under the Inspection of Public Records Act, NMSA 1978,
   Section 14-2-1 et seq. The City's standard terms and conditions (rev. 03/2022) apply.


Issued by:  /s/ Marisa Quintana, Senior Buyer                    Date: 08/19/2024
Approved:   /s/ Gilbert Trujillo, Purchasing Manager             Date: 08/20/2024
Requested:  /s/ Cmdr. Alma Ruiz, Las Cruces Police Department    Date: 08/12/2024
""", "PO 2024-001873 p. 2/2"),
], "pdf", LCPD,
    [LCPD, "City of Las Cruces"], [CDW, COG, "Idemia"], [FV],
    [C(27800, 27800, "one-time", "27,800.00", LCPD, CDW, FV),
     C(10750, 10750, "one-time", "10,750.00", LCPD, CDW, FV),
     C(2150, 2150, "one-time", "2,150.00", LCPD, CDW, FV, unit="per license"),
     C(3250, 3250, "one-time", "3,250.00", LCPD, CDW, FV),
     C(6120, 6120, "year", "6,120.00", LCPD, CDW, FV),
     C(47920, 47920, None, "$47,920.00", LCPD, CDW, FV),
     C(None, 50000, None, "NOT TO EXCEED: $50,000.00", LCPD, CDW, FV)],
    [N(5, "exact", "licenses", None, "5 EA  FaceVACS-DBScan LE examiner client license", LCPD, CDW),
     N(500000, "up to", "images", None, "500,000 images", LCPD, CDW)],
    [P("FaceVACS-DBScan LE shall be used only for criminal", LCPD, COG),
     P("a candidate returned by the software must be verified by a trained examiner.", LCPD, COG)],
    [],
    ["2024-08-19", "2024-09-30", "2024-07-30", "2024-08-20", "2024-08-12", "2022-03"],
    scan="print")


# ---------------------------------------------------------------- 04 Hawaii: Gmail thread
HPD = "Hawaii Police Department"
MPD = "Maui Police Department"
ROC = "Rank One Computing"
SUBJ = "ROC Watch pricing - Hawaii County PD"
GMAIL_HEAD = "2/26/24, 9:41 AM                  County of Hawaii Mail - " + SUBJ
GMAIL_URL = "https://mail.google.com/mail/u/0/?ik=8c31f0d2aa&view=pt&search=all&permthid=thread-f:17908455221"
doc("04_hi-hawaii-pd-roc-watch-gmail-thread.txt", [
    (GMAIL_HEAD, """\
County of Hawaii                                   Kainoa Medeiros <kainoa.medeiros@hawaiicounty.gov>

ROC Watch pricing - Hawaii County PD
4 messages

Dana Whitfield <dwhitfield@roc.ai>                                    Tue, Feb 13, 2024 at 10:02 AM
To: kainoa.medeiros@hawaiicounty.gov
Cc: Brent Oyama <boyama@roc.ai>

Lieutenant,

Thanks for the time on Friday. As promised, here is pricing for the Hawaii County
Police Department (Area I Criminal Investigations):

 - ROC Watch on-premise license, up to 8 camera streams: $18,000 per year
 - Investigative search module, 10 named users at $950 per user per year: $9,500
 - Installation, configuration and two days of on-site training: $4,500 one-time

Year-one total: $32,000. Years two and three would be $27,500 each.

Dana Whitfield
Public Safety Account Executive | ROC (Rank One Computing)
Mobile (303) 555-0148

Kainoa Medeiros <kainoa.medeiros@hawaiicounty.gov>                     Wed, Feb 14, 2024 at 4:37 PM
To: Dana Whitfield <dwhitfield@roc.ai>

Dana,

Thanks. For comparison, Maui PD tells me they pay Clearview $10,000 a year for 5 seats.
Clearview also quoted us $12,500 for a one-year, 8-user plan, which we are not pursuing
because of the scraped-image issue.

One requirement: under our directive,
any face search result must be reviewed by a second examiner before it goes to a detective.
Can ROC Watch enforce that?

We would want to run the demo against the stills in report no. 24-017335.

Lt. Kainoa Medeiros
Hawaii Police Department, Area I Criminal Investigations Section
349 Kapiolani Street, Hilo, HI 96720 | (808) 961-2213
""", GMAIL_URL + "    1/2"),
    (GMAIL_HEAD, """\
Dana Whitfield <dwhitfield@roc.ai>                                     Thu, Feb 15, 2024 at 8:15 AM
To: Kainoa Medeiros <kainoa.medeiros@hawaiicounty.gov>

Lieutenant - yes. ROC Watch supports a two-examiner workflow and logs both reviewers.
The pricing below holds through March 31, 2024.

CONFIDENTIAL: This message and any attachments are intended only for the addressee.
Pricing is proprietary to Rank One Computing Corporation and may not be shared.

> On Tue, Feb 13, 2024 at 10:02 AM Dana Whitfield <dwhitfield@roc.ai> wrote:
> - ROC Watch on-premise license, up to 8 camera streams: $18,000 per year
> - Investigative search module, 10 named users at $950 per user per year: $9,500
> Year-one total: $32,000.

Kainoa Medeiros <kainoa.medeiros@hawaiicounty.gov>                     Mon, Feb 26, 2024 at 9:40 AM
To: Capt. Leilani Kahale <leilani.kahale@hawaiicounty.gov>

Captain,

Recommend we go with ROC. Year one is $32,000, under the
$35,000 we set aside for facial recognition in the asset forfeiture account.
Anything over $25,000 normally goes out to bid, so Purchasing will need the
sole-source justification by March 8.

Kainoa
""", GMAIL_URL + "    2/2"),
], "print", HPD,
    [HPD, MPD], [ROC, "Clearview AI"], ["ROC Watch"],
    [C(18000, 18000, "year", "up to 8 camera streams: $18,000 per year", HPD, ROC, "ROC Watch"),
     C(9500, 9500, "year", "per user per year: $9,500", HPD, ROC, "ROC Watch"),
     C(950, 950, "year", "$950 per user per year", HPD, ROC, "ROC Watch", unit="per user"),
     C(4500, 4500, "one-time", "$4,500 one-time", HPD, ROC, "ROC Watch"),
     C(32000, 32000, None, "Year-one total: $32,000", HPD, ROC, "ROC Watch"),
     C(27500, 27500, "year", "Years two and three would be $27,500 each", HPD, ROC, "ROC Watch"),
     C(10000, 10000, "year", "they pay Clearview $10,000 a year", MPD, "Clearview AI"),
     C(35000, 35000, None, "$35,000 we set aside for facial recognition", HPD, None)],
    [N(8, "up to", "cameras", None, "up to 8 camera streams", HPD, ROC),
     N(10, "exact", "users", None, "10 named users", HPD, ROC),
     N(5, "exact", "licenses", None, "$10,000 a year for 5 seats", MPD, "Clearview AI")],
    [P("any face search result must be reviewed by a second examiner before it goes to a detective", HPD)],
    [E("Dana Whitfield", "kainoa.medeiros@hawaiicounty.gov", "Tue, Feb 13, 2024 at 10:02 AM", SUBJ),
     E("Kainoa Medeiros", "Dana Whitfield", "Wed, Feb 14, 2024 at 4:37 PM", SUBJ),
     E("Dana Whitfield", "Kainoa Medeiros", "Thu, Feb 15, 2024 at 8:15 AM", SUBJ),
     E("Dana Whitfield", None, "Tue, Feb 13, 2024 at 10:02 AM", None),
     E("Kainoa Medeiros", "Capt. Leilani Kahale", "Mon, Feb 26, 2024 at 9:40 AM", SUBJ)],
    ["2024-02-13", "2024-02-14", "2024-02-15", "2024-02-26", "2024-03-31"],
    scan="print")


# ---------------------------------------------------------------- 05 Connecticut: records-request response letter
HFD = "Hartford Police Department"
CTIC = "Connecticut Intelligence Center"
BC = "BriefCam"
doc("05_ct-hartford-pd-foia-response-letter.txt", [
    (None, """\
CITY OF HARTFORD
OFFICE OF THE CORPORATION COUNSEL
550 Main Street, Room 210, Hartford, Connecticut 06103
Telephone (860) 757-9700

September 12, 2024

Via email: r.okafor@ctnewsroom.org

Ms. Rebecca Okafor
Connecticut Newsroom Collaborative
P.O. Box 2731, New Britain, CT 06050

Re:  Freedom of Information Act request dated July 29, 2024
     Hartford Police Department file no. HPD-FOI-24-0419

Dear Ms. Okafor:

This office responds on behalf of the Hartford Police Department ("HPD") to your request
for records concerning facial recognition technology. We address your items in order.

1. Contracts and invoices. Enclosed are the 2023 and 2024 renewal quotes and invoices for
the BriefCam Review platform used by the Real Time Crime Center (RTCC).
The face recognition add-on is billed separately at $16,800 per year.
The remainder of the $58,000 annual BriefCam renewal, $41,200, covers video synopsis and
object search, which do not use face recognition. The same invoices include $9,350 for
annual maintenance of the booking-photo (mugshot) capture workstations in the detention
unit; that system is not connected to the face recognition module.

2. Usage records. The RTCC log shows
612 face recognition comparisons from January 1 through December 31, 2023. Of these,
9 were run at the request of the Connecticut Intelligence Center (CTIC) for investigations
outside Hartford.
Eleven RTCC analysts and supervisors hold BriefCam accounts with the module enabled.
The module compares images only against an RTCC watch list, which held
1,940 booking photographs on the date of your request.
""", None),
    (None, """\
Ms. Rebecca Okafor
September 12, 2024
Page 2

3. Policies. Enclosed is HPD General Order 5-27, "Real Time Crime Center Operations."
Section VII.D provides:
"Facial recognition results shall be treated as investigative leads only and
shall not by themselves establish probable cause to arrest."
Section VII.E requires that each comparison be logged with an incident number.
You also asked for any policy restricting searches of images taken from social media.
No Department policy prohibits such searches, so no responsive record exists.

4. Clearview AI. HPD has never held a Clearview AI account. There are no responsive records.

5. Records withheld. The case-level audit log (214 pages) is withheld under Conn. Gen. Stat.
Section 1-210(b)(3)(D), because its disclosure would reveal investigatory techniques not
otherwise known to the general public. BriefCam's system architecture document is
withheld under Section 1-210(b)(5)(A) as a trade secret and under Section 1-210(b)(19).

6. Fees. The enclosed records total 46 pages. Under Conn. Gen. Stat. Section 1-212(a) the
fee is $0.50 per page, or $23.00, payable to "Treasurer, City of Hartford."

If you believe any part of this response is improper, you may appeal to the Freedom of
Information Commission, 165 Capitol Avenue, Suite 1100, Hartford, CT 06106, within
thirty (30) days.

Very truly yours,

/s/ Jonathan P. Reyes
Assistant Corporation Counsel

Enclosures (46 pages)
cc: Lt. Marcus Delgado, HPD Real Time Crime Center
""", None),
], "pdf", HFD,
    [HFD, "City of Hartford", CTIC, "Connecticut Freedom of Information Commission"],
    [BC, "Clearview AI"], ["BriefCam Review"],
    [C(16800, 16800, "year", "billed separately at $16,800 per year", HFD, BC, "BriefCam Review")],
    [N(612, "exact", "searches", "year", "612 face recognition comparisons", HFD, BC),
     N(9, "exact", "requests", "year", "9 were run at the request of the Connecticut Intelligence Center", CTIC, BC),
     N(11, "exact", "users", None, "Eleven RTCC analysts and supervisors hold BriefCam accounts", HFD, BC),
     N(1940, "exact", "images", None, "1,940 booking photographs", HFD, BC)],
    [P("Facial recognition results shall be treated as investigative leads only and", HFD),
     P("requires that each comparison be logged with an incident number", HFD)],
    [],
    ["2024-09-12", "2024-07-29", "2023-01-01", "2023-12-31", "2023", "2024"],
    scan="photocopy")


# ---------------------------------------------------------------- 06 Nebraska: grant budget narrative
LSO = "Lancaster County Sheriff's Office"
NSP = "Nebraska State Patrol"
NEC = "NEC"
INS = "Insight Public Sector"
NR = "NeoFace Reveal"
doc("06_ne-lancaster-so-jag-budget-narrative.txt", [
    (None, """\
NEBRASKA CRIME COMMISSION
Edward Byrne Memorial Justice Assistance Grant (JAG) - FY2024 Local Solicitation

Applicant:  Lancaster County Sheriff's Office            Application No. 24-JAG-0417
Project:    Investigative Facial Recognition Capability

ATTACHMENT C - BUDGET NARRATIVE

A. Personnel. No personnel costs are requested.

B. Equipment and Software.

  1) Facial recognition software. The Sheriff's Office will purchase NEC NeoFace Reveal
     through Insight Public Sector, Inc. under NASPO ValuePoint Master Agreement
     AR3227. Three (3) concurrent-user licenses at $14,200 each, perpetual,
     total $42,600 (one-time). First-year software assurance is quoted at 18 percent
     of license value, or $7,668 for the year. NeoFace Reveal will search the
     Sheriff's booking-photo archive of about 265,000 images.

  2) Body-worn cameras. Twenty (20) Axon Body 4 cameras at $1,249 each, total $24,980,
     replacing units purchased in 2018. These cameras have no facial recognition
     capability and none will be enabled.

  3) License plate readers. Two (2) Flock Safety Falcon cameras at $2,500 per camera
     per year, total $5,000 for the first year.

     Equipment and software subtotal: $80,248

C. Training. NEC examiner training for NeoFace Reveal, delivered online by NEC
   Corporation of America, $1,150 per attendee, total $3,450.

D. Total federal request: $83,698. No match is required.
""", "24-JAG-0417 Att. C p. 1"),
    (None, """\
E. Sustainability. Year-two software assurance ($7,668) will be paid from the county
   general fund. The Sheriff's Office expects to run
   about 60 searches per month once the system is in service.

F. Current practice and need. The Sheriff's Office has no face recognition system of
   its own. In 2023 deputies sent
   148 face-search requests to the Nebraska State Patrol, which returned
   41 possible matches; those matches contributed to
   12 arrests. Turnaround averaged 6 business days, too slow for most cases.

G. Items considered and withdrawn. An earlier draft requested a three-year Clearview AI
   subscription at $29,999. The Sheriff withdrew that item after the County Board's
   December 12, 2023 staff briefing; it is not part of this request.

H. Governance. Use of the software will be governed by Sheriff's Office Policy 426,
   "Facial Recognition."
   Policy 426 limits searches to criminal investigations with an open case number.
   A possible match shall be treated only as an investigative lead.
   Only deputies who have completed NeoFace examiner training may be issued credentials.
   The project does not include live video or real-time identification.

Prepared by:  Sgt. Aaron Lindqvist, Criminal Investigations, (402) 441-6500
Approved by:  Sheriff's Office Fiscal Manager, January 22, 2024
""", "24-JAG-0417 Att. C p. 2"),
], "pdf", LSO,
    [LSO, "Nebraska Crime Commission", NSP, "Lancaster County Board of Commissioners"],
    [NEC, INS, "Axon", "Flock Safety", "Clearview AI"], [NR, "Axon Body 4", "Flock Safety Falcon"],
    [C(42600, 42600, "one-time", "total $42,600 (one-time)", LSO, INS, NR),
     C(14200, 14200, "one-time", "$14,200 each", LSO, INS, NR, unit="per license"),
     C(7668, 7668, "year", "$7,668 for the year", LSO, INS, NR),
     C(3450, 3450, None, "total $3,450", LSO, NEC, NR),
     C(1150, 1150, None, "$1,150 per attendee", LSO, NEC, NR, unit="per attendee")],
    [N(3, "exact", "licenses", None, "Three (3) concurrent-user licenses", LSO, INS),
     N(265000, "approximately", "images", None, "about 265,000 images", LSO, NEC),
     N(60, "approximately", "searches", "month", "about 60 searches per month", LSO, NEC),
     N(148, "exact", "requests", "year", "148 face-search requests", LSO),
     N(41, "exact", "matches", "year", "41 possible matches", LSO),
     N(12, "exact", "arrests", "year", "12 arrests", LSO)],
    [P("Policy 426 limits searches to criminal investigations with an open case number.", LSO),
     P("A possible match shall be treated only as an investigative lead.", LSO),
     P("Only deputies who have completed NeoFace examiner training may be issued credentials.", LSO, NEC)],
    [],
    ["2024", "2018", "2023", "2023-12-12", "2024-01-22"],
    scan=None)


# ---------------------------------------------------------------- 07 Alabama: vendor quote, wrapped table
ASPA = "Alabama State Port Authority Police Department"
VER = "Veritone"
IDF = "Veritone IDentify"
doc("07_al-port-police-veritone-identify-quote.txt", [
    (None, """\
VERITONE, INC.  |  Public Sector
QUOTATION

Quote No.:      VQ-24-10582            Quote Date:   10/02/2024
Valid Through:  12/31/2024             Sales Rep:    Marcus Bell
Payment Terms:  Net 30                 Phone:        (949) 555-0171
Pricing ref.:   Sourcewell 010624-VRT

BILL TO                                END USER / SHIP TO
Alabama State Port Authority           Port Police Department
Accounts Payable                       Attn: Capt. Denise Harlan
P.O. Box 1588                          250 N. Water Street
Mobile, AL 36633                       Mobile, AL 36602

#  Description                    Qty  Term        Unit Price    Extended
-- ------------------------------ ---  ---------  ----------- -----------
1  Veritone IDentify - cloud       10  12 months    $1,440.00  $14,400.00
   subscription, 10 named users;
   booking-photo matching and
   case workspace
2  IDentify onboarding: ingestion
   of historical booking photos
   (up to 150,000 images)           1  one-time     $6,500.00   $6,500.00
3  aiWARE platform fee, IDentify
   tenant                           1  12 months    $3,000.00   $3,000.00
4  OPTIONAL - Veritone Redact,
   body-worn camera video
   redaction, per seat (not
   included in total)               5  12 months    $1,200.00   $6,000.00
-- ------------------------------ ---  ---------  ----------- -----------
   Public-sector discount, items 1-3 (5%)                     -$1,195.00
   QUOTE TOTAL (items 1-3)                                    $22,705.00
""", "VQ-24-10582 p. 1/2"),
    (None, """\
TERMS AND NOTES

1. The IDentify subscription begins on provisioning and renews annually
   unless the Customer cancels at least 60 days before the anniversary.
2. IDentify compares probe images only against booking photos supplied
   by the Customer. Veritone does not supply or sell a gallery of images.
3. Year 2 and year 3 subscription pricing is held at the year-1 unit
   price of $1,440.00 per user, provided the user count does not
   decrease.
4. Prices exclude taxes. Alabama State Port Authority is tax-exempt;
   please provide the exemption certificate with the purchase order.
5. CONFIDENTIAL - This quotation contains pricing that is proprietary to
   Veritone, Inc. and may not be disclosed to third parties except as
   required by law.

CUSTOMER ACCEPTANCE

Signature: ___________________   Name/Title: ___________________

Date: _______________    Purchase Order No.: _______________

Remit to: Veritone, Inc., Dept. LA 24118, Pasadena, CA 91185-4118
""", "VQ-24-10582 p. 2/2"),
], "pdf", ASPA,
    [ASPA, "Alabama State Port Authority"], [VER], [IDF, "aiWARE", "Veritone Redact"],
    [C(14400, 14400, "year", "$14,400.00", ASPA, VER, IDF),
     C(1440, 1440, "year", "$1,440.00", ASPA, VER, IDF, unit="per user"),
     C(6500, 6500, "one-time", "$6,500.00", ASPA, VER, IDF),
     C(3000, 3000, "year", "$3,000.00", ASPA, VER, "aiWARE"),
     C(22705, 22705, None, "$22,705.00", ASPA, VER, IDF)],
    [N(10, "exact", "users", None, "10 named users", ASPA, VER),
     N(150000, "up to", "images", None, "150,000 images", ASPA, VER)],
    [],
    [],
    ["2024-10-02", "2024-12-31"],
    scan="pdf")


# ---------------------------------------------------------------- 08 Pennsylvania: news story
APD = "Allentown Police Department"
BPD = "Bethlehem Police Department"
CV = "Clearview AI"
doc("08_pa-allentown-clearview-news-story.txt", [
    (None, """\
THE LEHIGH VALLEY LEDGER
Local  |  Public Safety

Allentown police ran 1,100-plus Clearview searches, records show
Bethlehem pays less for the same tool; a council effort to ban it failed last year

By Nora Castellanos  |  Published June 4, 2024, 6:00 a.m.  |  Updated 11:20 a.m.

ALLENTOWN - Allentown police have run more than 1,100 searches through the facial
recognition service Clearview AI since the department signed up in 2021, according to
records the Ledger obtained under Pennsylvania's Right-to-Know Law.

Invoices show the city paid Clearview $9,000 for its first year of service. It renewed
at $11,500 a year in 2022 and 2023.
A one-year renewal signed in February raised the price to $14,250 for up to 15 users.

Bethlehem police, by comparison, paid $6,000 for a two-year Clearview contract
covering four officers, according to records from a separate request.

Clearview says its database holds more than 50 billion images collected from the
public internet, including social media.

The search logs show 212 searches in which officers recorded a "possible match."
At least 31 of those led to arrests, according to a department summary - roughly 19
percent of the searches the department logged.

Allentown's policy, adopted in 2022, says a Clearview result
"may not be the sole basis for probable cause"
and requires officers to record an incident number with every search.
""", None),
    (None, """\
One invoice, dated Feb. 9, 2024, lists "Clearview AI Law Enforcement Subscription -
15 seats - $14,250.00."

City spokesperson Mark Fenstermacher said the department does not use facial
recognition on live video. He acknowledged that no city rule bars detectives from
running images taken from social media. In one case, No. 22-048113, a still from a
doorbell camera led detectives to a suspect in a string of package thefts.

A 2023 proposal by Councilmember Denise Harwick to ban the tool failed on a 4-3 vote.

The Ledger paid $41.25 in copying fees for the records. The Lehigh County District
Attorney's Office, which reviews arrest affidavits, said it does not track whether
facial recognition was used in a case.

Contact the reporter at ncastellanos@lvledger.com or 610-555-0192.

Copyright 2024 The Lehigh Valley Ledger. All rights reserved.
""", None),
], "pdf", APD,
    [APD, BPD, "Lehigh County District Attorney's Office", "Allentown City Council"], [CV], [],
    [C(9000, 9000, "year", "paid Clearview $9,000 for its first year", APD, CV),
     C(11500, 11500, "year", "$11,500 a year", APD, CV),
     C(14250, 14250, "year", "A one-year renewal signed in February raised the price to $14,250", APD, CV),
     C(6000, 6000, None, "paid $6,000 for a two-year Clearview contract", BPD, CV)],
    [N(1100, "more than", "searches", None, "more than 1,100 searches", APD, CV),
     N(15, "up to", "users", None, "up to 15 users", APD, CV),
     N(4, "exact", "users", None, "covering four officers", BPD, CV),
     N(50000000000, "more than", "images", None, "more than 50 billion images", None, CV),
     N(212, "exact", "matches", None, '212 searches in which officers recorded a "possible match."', APD, CV),
     N(31, "at least", "arrests", None, "At least 31 of those led to arrests", APD, CV)],
    [P("may not be the sole basis for probable cause", APD, CV),
     P("requires officers to record an incident number with every search", APD, CV)],
    [],
    ["2024-06-04", "2021", "2022", "2023", "2024-02-09", "2024"],
    scan=None)


def main():
    docs = HERE / "docs"
    docs.mkdir(exist_ok=True)
    for d in DOCS:
        (docs / d["file"]).write_text(d["text"], encoding="utf-8")
    (HERE / "labels.json").write_text(json.dumps([d["label"] for d in DOCS], indent=1, ensure_ascii=False) + "\n")
    print(f"wrote {len(DOCS)} docs, {sum(1 for d in DOCS if d['scan'])} with scans")


if __name__ == "__main__":
    main()
