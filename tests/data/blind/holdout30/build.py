"""Writes docs/*.txt and labels.json for holdout30 (invented releases). Labels are written from intent."""
import sys
sys.dont_write_bytecode = True
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


def N(count, qualifier, measure, per, quote, agency, vendor=None):
    return {"count": count, "qualifier": qualifier, "measure": measure, "per": per, "quote": quote,
            "agency": agency, "vendor": vendor}


def P(quote, agency, vendor=None):
    return {"quote": quote, "agency": agency, "vendor": vendor}


def E(frm, to, date, subject):
    return {"from": frm, "to": to, "date": date, "subject": subject}


def doc(file, pages, render, request_agency, agencies, vendors, products, costs, counts, policies, emails, dates,
        scan=None):
    texts = []
    for h, b, f in pages:
        parts = ([h, ""] if h else []) + [b.strip("\n")] + (["", f] if f else [])
        texts.append("\n".join(parts) + "\n")
    image_counts = [{"count": c["count"], "quote": c["quote"]} for c in counts if c["measure"] in USAGE]
    DOCS.append(dict(file=file, pages=pages, render=render, scan=scan, text="\f".join(texts), label={
        "file": "docs/" + file, "request_agency": request_agency, "agencies": agencies, "vendors": vendors,
        "products": products, "costs": costs, "image_counts": image_counts, "counts": counts,
        "policies": policies, "emails": emails, "dates": dates,
        "pdf": "pdf/" + file[:-4] + ".pdf", "scan": ("pdf/" + file[:-4] + ".scan.pdf") if scan else None}))


# ---------------------------------------------------------------- 1 Arlington TX: reseller quote
APD = "Arlington Police Department"
TBI = "Trinity Bay Integration"
doc("01_arlington-pd-cognitec-reseller-quote.txt", [
    (None, """\
TRINITY BAY INTEGRATION, LLC
4410 Airport Freeway, Suite 210, Fort Worth, TX 76117
Public Safety Systems * DIR Contract DIR-TSO-4321

QUOTATION  No. TBI-Q-20931          Date: 08/19/2024
Valid for 60 days

Customer:  Arlington Police Department
           Real Time Crime Center
           620 W. Division Street, Arlington, TX 76011
Attn:      Lt. Corinne Vasquez

Project:   RTCC investigative face recognition (Cognitec) and
           video intake refresh

Ln  Description                         Qty   Unit Price    Ext. Price
--  ----------------------------------  ---  -----------  ------------
1   Cognitec FaceVACS-DBScan LE,          6    $2,450.00    $14,700.00
    investigator seat, 12-month term
2   FaceVACS-DBScan enrollment server     1   $18,900.00    $18,900.00
    licence, up to 500,000 images,
    perpetual (one-time)
3   Dell PowerEdge R760 server,           1   $11,240.00    $11,240.00
    2x Xeon Silver, 256 GB RAM
4   Synology SA3410 storage, 48 TB        1    $6,380.00     $6,380.00
5   Axis P3265-LVE dome camera            4    $1,095.00     $4,380.00
6   Cat6 cabling, lobby intake, labor     1    $2,150.00     $2,150.00
7   FaceVACS install, gallery load and    1    $3,600.00     $3,600.00
    operator training (2 days, onsite)

                                      Subtotal              $61,350.00
                  Credit: trade-in, 3 legacy Morpho seats   -$1,500.00
                  Texas sales tax (exempt, cert 32-0119)         $0.00
                                      TOTAL DUE             $59,850.00
""", "TBI-Q-20931  Page 1 of 2"),
    (None, """\
TRINITY BAY INTEGRATION, LLC             Quotation TBI-Q-20931 (cont.)

Notes
1. Seats renew in years 2 and 3 at $2,575.00 per seat per year.
2. Line 2 is a one-time fee; annual software assurance for the
   server licence is not included and may be quoted separately.
3. Pricing mirrors the cooperative award made to the Grand Prairie
   Police Department under the same DIR contract.
4. Hardware (lines 3 through 6) carries a 3-year manufacturer warranty.
5. Freight is FOB destination, 3 to 5 weeks after receipt of PO.

Cognitec Systems GmbH is the software manufacturer. Trinity Bay
Integration is an authorized reseller for Texas public agencies.

Accepted for the Arlington Police Department:

______________________________      Date: ____________
Corinne Vasquez, Lieutenant, RTCC

Prepared by: Wade Hollister, Account Executive
(817) 555-0148  *  whollister@trinitybayintegration.example
""", "TBI-Q-20931  Page 2 of 2"),
], "pdf", APD, [APD, "Grand Prairie Police Department"],
    [TBI, "Cognitec Systems", "Dell", "Synology", "Axis Communications"], ["FaceVACS-DBScan"],
    [C(14700, 14700, "year", "$14,700.00", APD, TBI, "FaceVACS-DBScan"),
     C(2450, 2450, "year", "$2,450.00", APD, TBI, "FaceVACS-DBScan", "per seat"),
     C(18900, 18900, "one-time", "$18,900.00", APD, TBI, "FaceVACS-DBScan"),
     C(3600, 3600, "one-time", "$3,600.00", APD, TBI, "FaceVACS-DBScan"),
     C(2575, 2575, "year", "$2,575.00 per seat per year", APD, TBI, "FaceVACS-DBScan", "per seat")],
    [N(6, "exact", "licenses", None, "investigator seat, 12-month term", APD, TBI),
     N(500000, "up to", "images", None, "licence, up to 500,000 images,", APD, TBI)],
    [], [], ["2024-08-19"], scan="pdf")
# fix the seat count quote to carry the number (see README)
DOCS[-1]["label"]["counts"][0]["quote"] = "Cognitec FaceVACS-DBScan LE,          6"
DOCS[-1]["label"]["image_counts"][0]["quote"] = "Cognitec FaceVACS-DBScan LE,          6"

# ---------------------------------------------------------------- 2 Independence MO: Outlook thread
IPD = "Independence Police Department"
CV = "Clearview AI"
doc("02_independence-pd-clearview-renewal-outlook.txt", [
    ("Mail - Hadley, Renee - Outlook", """\
RE: Clearview renewal - FY25 (REQ-2024-0612)

Hadley, Renee <rhadley@indepmo.example>
Thu 9/12/2024 3:41 PM
To:  Okafor, Marcus <mokafor@indepmo.example>
Cc:  Brandt, Phillip <pbrandt@indepmo.example>

Marcus -- approved for the one-year term only. Do not sign the
three-year option. Reminder that under Special Order 24-07 every
search must be logged with a report number before it is run.

Renee Hadley, Major, Investigations Bureau
Independence Police Department, 223 N. Memorial Dr.

From: Okafor, Marcus <mokafor@indepmo.example>
Sent: Wednesday, September 11, 2024 10:02 AM
To: Hadley, Renee <rhadley@indepmo.example>
Cc: Brandt, Phillip <pbrandt@indepmo.example>
Subject: Clearview renewal - FY25 (REQ-2024-0612)

Major,

Clearview AI sent the renewal quote. One year, 5 user accounts,
is $7,500. The three-year term is $19,800 total, billed up front.
For comparison, Lee's Summit PD told me they pay about $6,000 a
year for three accounts.

Usage: we ran 214 searches in calendar 2023, which produced 31
investigative leads. Clearview now advertises over 40 billion
images in its index.

The $1,200 for the ALPR camera at 23rd and Noland is a separate
request and is not part of this renewal.

Sgt. Marcus Okafor #4471, Crime Analysis Unit
Office (816) 555-0193

CONFIDENTIALITY NOTICE: This e-mail may contain privileged
information and must not be forwarded without authorization.
""", "https://outlook.office.com/mail/  1/1   9/13/2024"),
], "print", IPD, [IPD, "Lee's Summit Police Department"], [CV], [],
    [C(7500, 7500, "year", "is $7,500", IPD, CV),
     C(19800, 19800, None, "The three-year term is $19,800 total", IPD, CV),
     C(6000, 6000, "year", "they pay about $6,000 a", "Lee's Summit Police Department", CV)],
    [N(5, "exact", "users", None, "One year, 5 user accounts,", IPD, CV),
     N(3, "exact", "users", None, "year for three accounts.", "Lee's Summit Police Department", CV),
     N(214, "exact", "searches", "year", "we ran 214 searches in calendar 2023", IPD, CV),
     N(31, "exact", "leads", "year", "31", IPD, CV),
     N(40000000000, "more than", "images", None, "over 40 billion", None, CV)],
    [P("every", IPD)],
    [E("Hadley, Renee", "Okafor, Marcus", "Thu 9/12/2024 3:41 PM", "RE: Clearview renewal - FY25 (REQ-2024-0612)"),
     E("Okafor, Marcus", "Hadley, Renee", "Wednesday, September 11, 2024 10:02 AM",
       "Clearview renewal - FY25 (REQ-2024-0612)")],
    ["2024-09-12", "2024-09-11", "2024-09-13", "2023"], scan="print")
d = DOCS[-1]["label"]
d["policies"][0]["quote"] = "search must be logged with a report number before it is run."
d["counts"][3]["quote"] = "produced 31"

# ---------------------------------------------------------------- 3 Macon-Bibb GA: commission minutes
MBSO = "Macon-Bibb County Sheriff's Office"
MBC = "Macon-Bibb County Commission"
DWP = "DataWorks Plus"
doc("03_macon-bibb-commission-minutes-dataworks.txt", [
    ("MACON-BIBB COUNTY COMMISSION\nRegular Meeting Minutes - Tuesday, April 15, 2025 - 6:00 p.m.\nGovernment Center, 700 Poplar Street, Macon, Georgia", """\
PRESENT: Mayor Pro Tem L. Whitfield (presiding); Commissioners Abernathy,
Cole, Dunwoody, Greer, Harlow, Jessup, Moten and Sandoval. ABSENT: none.

7. CONSENT AGENDA
7(a) Resurfacing of Tattnall Park walking trail, Middle Georgia Paving,
$212,450.00. Approved on the consent agenda, 9-0.

8. RESOLUTIONS
8(c) Resolution 2025-118 authorizing the Macon-Bibb County Sheriff's Office
to enter into an agreement with DataWorks Plus, LLC for the FACE Plus
facial recognition system, in an amount not to exceed $84,000 over three
years, with annual maintenance of $12,600 beginning in year two.

Chief Deputy R. Ennis stated that FACE Plus would search the jail's
database of approximately 1.1 million booking photographs and that 12
investigators in the Criminal Investigations Division would have access.
He noted that the Georgia Bureau of Investigation already provides
limited searches at no charge but with a turnaround of several days.

Commissioner Moten moved to amend the agreement to prohibit any use of
the system on live or recorded surveillance video. Seconded by
Commissioner Greer. The motion to amend FAILED, 4-5.

Commissioner Jessup stated that the agreement as drafted already
requires the following, which the Chief Deputy confirmed: any facial
recognition result shall be treated as an investigative lead only and
shall not by itself establish probable cause for an arrest.

MOTION: Commissioner Harlow moved to adopt Resolution 2025-118;
seconded by Commissioner Cole. APPROVED, 7-2 (Moten, Greer opposed).

8(d) Resolution 2025-119 authorizing a 24-month subscription with Flock
Safety for 18 license plate reader cameras, $36,000 per year. Approved 8-1.

9. ADJOURNMENT at 7:52 p.m.

Attest: Danita Pryor, Clerk of Commission
""", "Minutes approved May 6, 2025 - Page 3 of 3"),
], "pdf", MBSO, [MBSO, MBC, "Georgia Bureau of Investigation"],
    [DWP, "Flock Safety", "Middle Georgia Paving"], ["FACE Plus"],
    [C(None, 84000, None, "in an amount not to exceed $84,000 over three", MBSO, DWP, "FACE Plus"),
     C(12600, 12600, "year", "annual maintenance of $12,600", MBSO, DWP, "FACE Plus")],
    [N(1100000, "approximately", "images", None, "database of approximately 1.1 million booking photographs", MBSO, DWP),
     N(12, "exact", "users", None, "12", MBSO, DWP)],
    [P("recognition result shall be treated as an investigative lead only and", MBSO, DWP)],
    [], ["2025-04-15", "2025-05-06"])
DOCS[-1]["label"]["counts"][1]["quote"] = "photographs and that 12"
DOCS[-1]["label"]["image_counts"][1]["quote"] = "photographs and that 12"

# ---------------------------------------------------------------- 4 Schenectady NY: annual report
SPD = "Schenectady Police Department"
MSI = "Motorola Solutions"
doc("04_schenectady-pd-2024-fr-annual-report.txt", [
    ("SCHENECTADY POLICE DEPARTMENT\nOffice of Professional Standards\n531 Liberty Street, Schenectady, NY 12305", """\
FACIAL RECOGNITION PROGRAM - ANNUAL USAGE REPORT, CALENDAR YEAR 2024
Submitted to the City Council Public Safety Committee, March 3, 2025

1. Program summary
The Department uses FaceSearch, licensed from Motorola Solutions
(Vigilant), to compare still images from criminal investigations
against a gallery of 184,300 arrest photographs. The subscription
cost $9,800 for calendar year 2024. Nine trained analysts held
accounts during the year.

2. Rules in effect (General Order 4.21)
A search may be run only in connection with an open criminal case.
A possible match is an investigative lead and is not probable cause.
The Department does not currently use facial recognition on
body-worn camera video. A proposal to allow searches for missing
persons will be considered in 2025 and is not yet in effect.

3. Statistics
                 Searches   Possible    Leads     Arrests
                 run        matches     referred
  Q1 (Jan-Mar)      88         41          19         6
  Q2 (Apr-Jun)     102         47          22         8
  Q3 (Jul-Sep)      95         39          17         5
  Q4 (Oct-Dec)     121         58          26         9
  Total            406        185          84        28

Of the 406 searches, 14 were run at the request of the Rotterdam
Police Department. Eleven requests were declined by a supervisor
for lack of a case number. 46% of searches returned a candidate.
""", "SPD-OPS-2025-014   Page 1 of 1"),
], "pdf", SPD, [SPD, "Rotterdam Police Department", "Schenectady City Council"], [MSI, "Vigilant Solutions"],
    ["FaceSearch"],
    [C(9800, 9800, "year", "cost $9,800 for calendar year 2024", SPD, MSI, "FaceSearch")],
    [N(184300, "exact", "images", None, "a gallery of 184,300 arrest photographs", SPD, MSI),
     N(9, "exact", "users", None, "Nine trained analysts", SPD, MSI),
     N(88, "exact", "searches", "quarter", "Q1 (Jan-Mar)      88", SPD, MSI),
     N(102, "exact", "searches", "quarter", "Q2 (Apr-Jun)     102", SPD, MSI),
     N(95, "exact", "searches", "quarter", "Q3 (Jul-Sep)      95", SPD, MSI),
     N(121, "exact", "searches", "quarter", "Q4 (Oct-Dec)     121", SPD, MSI),
     N(406, "exact", "searches", "year", "Total            406", SPD, MSI),
     N(185, "exact", "matches", "year", "185", SPD, MSI),
     N(84, "exact", "leads", "year", "84", SPD, MSI),
     N(28, "exact", "arrests", "year", "28", SPD, MSI),
     N(14, "exact", "searches", None, "14 were run at the request of the Rotterdam", SPD, MSI),
     N(11, "exact", "requests", None, "Eleven requests were declined by a supervisor", SPD, MSI)],
    [P("A search may be run only in connection with an open criminal case.", SPD, MSI),
     P("A possible match is an investigative lead and is not probable cause.", SPD, MSI)],
    [], ["2024", "2025-03-03"], scan="photocopy")
d = DOCS[-1]["label"]
for c in d["counts"]:
    if c["count"] in (185, 84, 28):
        c["quote"] = {185: "Total            406        185",
                      84: "406        185          84",
                      28: "185          84        28"}[c["count"]]

# ---------------------------------------------------------------- 5 Reading PA: options memo
RPD = "Reading Police Department"
JNET = "Pennsylvania Justice Network"
doc("05_reading-pd-fr-options-memo.txt", [
    ("CITY OF READING, PENNSYLVANIA\nPOLICE DEPARTMENT\n815 Washington Street, Reading, PA 19601", """\
INTEROFFICE MEMORANDUM                                   No. RPD-M-2025-031

TO:      Chief of Police
FROM:    Capt. Andrea Solis, Criminal Investigations Division
DATE:    February 18, 2025
RE:      Facial recognition options for investigative use

Background. The Chief asked CID to compare ways to obtain facial recognition for investigations. Four options were reviewed. Until a final directive is issued, no officer may use any commercial facial recognition application on a personal or Department phone (Chief's e-mail of January 6, 2025).

Option A - Clearview AI (REJECTED). Clearview quoted $23,900 for a one-year, ten-user licence. Over three years the cost would be $71,700. Rejected because of pending litigation and the City Solicitor's concerns about web-scraped images.

Option B - Idemia on-premise system (REJECTED). Idemia estimated $48,000 to $60,000 for software, server and installation, plus maintenance. Rejected on cost and IT staffing.

Option C - Numerica Lumen facial recognition add-on (NOT RECOMMENDED). Numerica quoted $350 per month on top of our existing Lumen records subscription ($14,200 per year, which is not a facial recognition cost). Its gallery is limited to Lumen member agencies.

Option D - JNET facial recognition (RECOMMENDED). The Pennsylvania Justice Network (JNET) offers facial recognition searches of more than 39 million PennDOT driver license and photo ID images at no licence fee to municipal police. JNET policy requires that every search be tied to an incident number and a documented law enforcement purpose. JNET also requires each user to complete its online facial recognition training before access is granted. We propose that 8 CID detectives be enrolled.

Proposed Department rules (draft, for the Chief's review; not yet in effect): a search result shall never be the sole basis for an arrest; searches of First Amendment activity shall be prohibited.

The Berks County District Attorney's Office has indicated that its detectives already use JNET under the same terms.

Attachments: Clearview quote CV-PA-88214; Idemia estimate dated 1/27/2025.
""", "RPD-M-2025-031"),
], "pdf", RPD, [RPD, JNET, "PennDOT", "Berks County District Attorney's Office"],
    ["Clearview AI", "Idemia", "Numerica"], ["Clearview AI", "Lumen", "JNET facial recognition"],
    [C(23900, 23900, "year", "Clearview quoted $23,900 for a one-year, ten-user licence", RPD, "Clearview AI"),
     C(71700, 71700, None, "Over three years the cost would be $71,700", RPD, "Clearview AI"),
     C(48000, 60000, None, "Idemia estimated $48,000 to $60,000 for software, server and installation", RPD, "Idemia"),
     C(350, 350, "month", "Numerica quoted $350 per month", RPD, "Numerica", "Lumen")],
    [N(10, "exact", "licenses", None, "a one-year, ten-user licence", RPD, "Clearview AI"),
     N(39000000, "more than", "images", None, "more than 39 million PennDOT driver license and photo ID images", JNET, None),
     N(8, "exact", "users", None, "We propose that 8 CID detectives be enrolled.", RPD, None)],
    [P("Until a final directive is issued, no officer may use any commercial facial recognition application on a personal or Department phone", RPD),
     P("JNET policy requires that every search be tied to an incident number and a documented law enforcement purpose.", JNET),
     P("JNET also requires each user to complete its online facial recognition training before access is granted.", JNET)],
    [], ["2025-02-18", "2025-01-06", "2025-01-27"])


def main():
    (HERE / "docs").mkdir(exist_ok=True)
    for d in DOCS:
        (HERE / "docs" / d["file"]).write_text(d["text"], encoding="utf-8")
    (HERE / "labels.json").write_text(json.dumps([d["label"] for d in DOCS], indent=1) + "\n")
    print("wrote", len(DOCS), "docs")


if __name__ == "__main__":
    main()
