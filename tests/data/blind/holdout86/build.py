"""Writes docs/*.txt and labels.json for holdout86 (six invented releases: FL, CT, AR, IA, WY, SD).
Labels are written from intent, in the same call that writes the texts, before anything is rendered.
The label format follows holdout42 (corpus format plus request_agency, pdf, scan, per-fact
agency/vendor/product, unit on costs, counts with qualifier/measure/per, kind on policies)."""
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


KINDS = {"requirement", "prohibition", "permission", "purpose", "consequence", "disclaimer"}


def P(quote, agency, kind):
    assert kind in KINDS, kind
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


# ---------------------------------------------------------------- 1 Florida: Lakeland PD
LPD = "Lakeland Police Department"
MSI = "Motorola Solutions"
doc("01_lakeland-pd-pcard-statement-facesearch.txt", [
    (None, """\
CITY OF LAKELAND, FLORIDA - FINANCE DEPARTMENT / PURCHASING CARD PROGRAM
CARDHOLDER TRANSACTION DETAIL AND RECONCILIATION        Run: 10/01/2024

Cycle:        08/23/2024 - 09/22/2024       Cycle limit:    $10,000.00
Cardholder:   Sgt. Marisol T. Quennell      Card:  xxxx-xxxx-xxxx-4471
Department:   Lakeland Police Department    Cost center:    2110 (LPD)
Division:     Investigative Services        Approver: Capt. D. Ambrose
Default GL:   001-2110-521.52-00 (Operating Supplies)

 #  Txn Dt   Post Dt  Merchant / Description            GL Obj    Amount
--  -------  -------  --------------------------------  ------  --------
 1  08/26    08/27    AMAZON MKTPL*2K4RT7Q1             52-00     184.37
                      evidence bags, tamper tape
 2  08/29    08/30    STAPLES 00112 LAKELAND FL         51-00      96.58
                      toner cartridges, ISD printer
 3  09/03    09/04    MOTOROLA SOLUTIONS INC            46-40   5,880.00
                      Vigilant FaceSearch annual
                      subscription 09/15/24-09/14/25
                      (4 users @ 1,470.00)
 4  09/03    09/04    MOTOROLA SOLUTIONS INC            46-40     411.60
                      sales tax 7.0% charged on line 3
 5  09/05    09/06    GALLS LLC                         52-10     238.40
                      uniform patches, rank insignia
 6  09/09    09/10    AXON ENTERPRISE INC               52-00     412.50
                      TASER 7 cartridges (10)
 7  09/12    09/13    LEXISNEXIS RISK SOL               46-40     220.00
                      Accurint for Law Enforcement,
                      person locator, September
 8  09/13    09/16    MOTOROLA SOLUTIONS INC            46-40    -411.60
                      CREDIT - refund of line 4 tax
                      (tax-exempt cert 85-8012763419C)
 9  09/17    09/18    PUBLIX #0417                      54-00     142.16
                      working lunch, homicide call-out
10  09/19    09/20    PAYPAL *FLPCA CONF                54-10     495.00
                      FL Police Chiefs summer conf reg.
                                                              --------
                                   CYCLE TOTAL (10 txns)        7,669.01
""", "LPD P-Card 2024-09  Page 1 of 2"),
    (None, """\
CARDHOLDER NOTES (required for software, subscriptions, food)

Line 3  FaceSearch renewal, year 3. Facial recognition search tool
        used by ISD detectives; 4 named users (Quennell, Okonkwo-
        Ruiz, Baptiste, Lindqvist). Prior year (09/2023-09/2024) we
        paid $5,400.00 on PO 23-01877. Vendor moved it to P-card
        this year. Searches in the last 12 months: 311 (vendor
        admin report attached). Per LPD General Order 42.12, every
        FaceSearch query must be tied to an LPD case number, and a
        possible match is an investigative lead only and is not
        probable cause.
Line 4  Vendor charged FL sales tax in error. Refunded on line 8.
Line 7  Accurint is a records/person-locator service; it is not
        part of facial recognition and is billed monthly.
Line 9  Meal for 6 detectives during 14-hr call-out, case 24-118203.
        Approved by Capt. Ambrose.

P-CARD RULES REMINDER: Single purchases over $5,000.00 require the
Purchasing Manager's pre-approval (obtained 08/28/2024, ref. PM-0934).
Sales tax shall not be paid on P-card purchases; request a refund.

Cardholder signature: M. T. Quennell              Date: 09/24/2024
Approver signature:   D. Ambrose                  Date: 09/25/2024
Finance review:       K. Haroldsen (Accts Payable) Date: 10/01/2024

Account number is masked under s. 119.071(5)(b), Florida Statutes.""",
     "LPD P-Card 2024-09  Page 2 of 2"),
], "pdf", LPD,
    ["City of Lakeland", LPD],
    [MSI, "Vigilant Solutions", "LexisNexis Risk Solutions", "Axon", "Amazon", "Staples", "Galls", "Publix"],
    ["Vigilant FaceSearch", "Accurint for Law Enforcement", "TASER 7"],
    [C(5880, 5880, "year", "MOTOROLA SOLUTIONS INC            46-40   5,880.00", LPD, MSI,
       "Vigilant FaceSearch"),
     C(1470, 1470, "year", "(4 users @ 1,470.00)", LPD, MSI, "Vigilant FaceSearch", unit="per user"),
     C(5400, 5400, "year", "Prior year (09/2023-09/2024) we paid $5,400.00", LPD, MSI, "Vigilant FaceSearch")],
    [N(4, "exact", "licenses", None, "(4 users @ 1,470.00)", LPD, MSI),
     N(311, "exact", "searches", "year", "Searches in the last 12 months: 311", LPD, MSI)],
    [P("every FaceSearch query must be tied to an LPD case number", LPD, "requirement"),
     P("a possible match is an investigative lead only and is not probable cause.", LPD, "disclaimer")],
    [],
    ["2024-10-01", "2024-08-23", "2024-09-22", "2024-09-15", "2025-09-14", "2023-09", "2024-09",
     "2024-08-28", "2024-09-24", "2024-09-25"],
    scan="pdf")


# ---------------------------------------------------------------- 2 Connecticut: Glastonbury PD
GPD = "Glastonbury Police Department"
CV = "Clearview AI"
SUBJ2 = "Adding seats mid-term - Glastonbury PD"
GHEAD = "3/14/24, 9:07 AM          Gmail - " + SUBJ2
doc("02_glastonbury-pd-clearview-seats-gmail.txt", [
    (GHEAD, """\
Gmail                            Dan Marchand <dmarchand@glastonburyct.gov>

Adding seats mid-term - Glastonbury PD
3 messages

Dan Marchand <dmarchand@glastonburyct.gov>   Tue, Mar 5, 2024 at 10:14 AM
To: Tessa Halvorsen <thalvorsen@clearview.ai>
Cc: Kevin Ostrowski <kostrowski@glastonburyct.gov>

Tessa,

We currently have 6 users on our Clearview subscription, which runs
July 1, 2023 through June 30, 2024 ($12,000 for the year). The
Detective Division is adding two detectives and a crime analyst this
month, so we need 3 more seats now rather than waiting for renewal.
Can you price the 3 seats for the remainder of the term?

For your records, our users have run 214 searches since July 1.

Lt. Daniel Marchand
Glastonbury Police Department, Investigative Services
2108 Main Street, Glastonbury, CT 06033 | (860) 555-0172

Tessa Halvorsen <thalvorsen@clearview.ai>      Wed, Mar 6, 2024 at 3:52 PM
To: Dan Marchand <dmarchand@glastonburyct.gov>
Cc: Kevin Ostrowski <kostrowski@glastonburyct.gov>

Hi Lt. Marchand,

Happy to help. Your contract rate is $2,000 per user per year. Added
seats are prorated from the activation date to the end of your term.
If we activate on March 15, that is 3.5 months, or $583.33 per seat,
so $1,750.00 for the 3 seats through June 30, 2024.

For renewal, two options:
  - 9 seats at the same rate: $18,000 for July 2024 - June 2025
  - 10 seats at our volume rate of $1,850 per seat: $18,500
""", "https://mail.google.com/mail/u/0/?ik=4d1c9e&view=pt&search=all  1/2"),
    (GHEAD, """\
East Hartford PD added two seats the same way last fall. New users
get Clearview Mobile and access to our database of over 40 billion
publicly available images at no extra charge.

Best,
Tessa
Tessa Halvorsen | Government Account Manager, Northeast | Clearview AI
This message may contain confidential pricing information.

Dan Marchand <dmarchand@glastonburyct.gov>   Thu, Mar 7, 2024 at 8:31 AM
To: Tessa Halvorsen <thalvorsen@clearview.ai>
Cc: Kevin Ostrowski <kostrowski@glastonburyct.gov>

Tessa,

Please go ahead with the 3 prorated seats, activation March 15. Town
Purchasing will send a PO for $1,750.00 (account 1010-21100-5330).
There is no Town policy prohibiting mid-year software adds under
$2,500, so this does not need to go to the Town Council.

Before you create the accounts: under our Department Policy 4-27,
every user must complete Clearview's online training and sign the
Department's acknowledgment form before an account is issued. Searches
may be run only for an open GPD case or a missing person report, and
a result is an investigative lead only, not probable cause for arrest.
I'll send the three signed forms by Friday.

We'll decide on the renewal options in May.

Thanks,
Dan

> On Wed, Mar 6, 2024 at 3:52 PM Tessa Halvorsen wrote:
> Your contract rate is $2,000 per user per year. Added seats are
> prorated from the activation date to the end of your term.""",
     "https://mail.google.com/mail/u/0/?ik=4d1c9e&view=pt&search=all  2/2"),
], "print", GPD,
    [GPD, "Town of Glastonbury", "Glastonbury Town Council", "East Hartford Police Department"],
    [CV],
    ["Clearview AI", "Clearview Mobile"],
    [C(12000, 12000, "year", "($12,000 for the year)", GPD, CV),
     C(2000, 2000, "year", "Your contract rate is $2,000 per user per year.", GPD, CV, unit="per user"),
     C(583.33, 583.33, None, "3.5 months, or $583.33 per seat", GPD, CV, unit="per user"),
     C(1750, 1750, None, "$1,750.00 for the 3 seats through June 30, 2024", GPD, CV),
     C(18000, 18000, "year", "9 seats at the same rate: $18,000 for July 2024 - June 2025", GPD, CV),
     C(1850, 1850, "year", "volume rate of $1,850 per seat", GPD, CV, unit="per user"),
     C(18500, 18500, "year", "$1,850 per seat: $18,500", GPD, CV)],
    [N(6, "exact", "users", None, "We currently have 6 users on our Clearview subscription", GPD, CV),
     N(3, "exact", "licenses", None, "we need 3 more seats now", GPD, CV),
     N(214, "exact", "searches", None, "our users have run 214 searches since July 1", GPD, CV),
     N(2, "exact", "licenses", None, "East Hartford PD added two seats", "East Hartford Police Department", CV),
     N(40000000000, "more than", "images", None, "over 40 billion publicly available images", None, CV)],
    [P("every user must complete Clearview's online training and sign the Department's acknowledgment form "
       "before an account is issued.", GPD, "requirement"),
     P("Searches may be run only for an open GPD case or a missing person report", GPD, "purpose"),
     P("a result is an investigative lead only, not probable cause for arrest.", GPD, "disclaimer")],
    [E("Dan Marchand", "Tessa Halvorsen", "Tue, Mar 5, 2024 at 10:14 AM", SUBJ2),
     E("Tessa Halvorsen", "Dan Marchand", "Wed, Mar 6, 2024 at 3:52 PM", SUBJ2),
     E("Dan Marchand", "Tessa Halvorsen", "Thu, Mar 7, 2024 at 8:31 AM", SUBJ2),
     E("Tessa Halvorsen", "Dan Marchand", "Wed, Mar 6, 2024 at 3:52 PM", None)],
    ["2024-03-14", "2024-03-05", "2024-03-06", "2024-03-07", "2023-07-01", "2024-06-30", "2024-03-15",
     "2024-07", "2025-06"],
    scan="print")


# ---------------------------------------------------------------- 3 Arkansas: Searcy PD / City Council
SPD = "Searcy Police Department"
COG = "Cognitec Systems"
doc("03_searcy-ordinance-cognitec-sole-source.txt", [
    (None, """\
                           ORDINANCE NO. 2024-31

AN ORDINANCE WAIVING THE REQUIREMENT OF COMPETITIVE BIDDING AND
AUTHORIZING THE MAYOR TO CONTRACT WITH COGNITEC SYSTEMS CORPORATION
AS THE SOLE SOURCE FOR FACIAL RECOGNITION SOFTWARE FOR THE SEARCY
POLICE DEPARTMENT; DECLARING AN EMERGENCY; AND FOR OTHER PURPOSES.

WHEREAS, the Searcy Police Department compares photographs of unknown
suspects with booking photographs by hand, a process that can take a
detective several days for a single image; and

WHEREAS, the White County Sheriff's Office maintains approximately
61,000 booking photographs in its jail management system, and has
agreed to let the Department search those photographs under an
interlocal agreement approved by this Council on May 14, 2024; and

WHEREAS, FaceVACS-DBScan LE, manufactured and supported only by
Cognitec Systems Corporation, is the only facial recognition product
certified by the jail management system's vendor to read that
photograph archive directly, and the Cabot Police Department has used
the same product since 2021; and

WHEREAS, Ark. Code Ann. 14-58-303(b)(2)(B) allows the governing body,
by ordinance, to waive competitive bidding in exceptional situations
where that procedure is deemed not feasible or practical; and

WHEREAS, the Chief of Police has recommended a three-year agreement
consisting of a one-time license and installation fee of $32,550.00
and annual maintenance and support of $6,200.00 for each year of the
term, for a total not to exceed $51,150.00; and

WHEREAS, the purchase will be funded from the Police Department's
2024 budget, Public Safety Sales Tax Fund, account 206-4100-5245
(Software), which has an available balance of $74,900.00;

NOW, THEREFORE, BE IT ORDAINED BY THE CITY COUNCIL OF THE CITY OF
SEARCY, ARKANSAS:

SECTION 1. The City Council finds that competitive bidding for the
software described herein is not feasible or practical and hereby
waives the requirement of competitive bidding.""", "Ordinance 2024-31 - Page 1 of 2"),
    (None, """\
SECTION 2. The Mayor is authorized to execute an agreement with
Cognitec Systems Corporation for FaceVACS-DBScan LE, including up to
five (5) concurrent user licenses, for a term of three (3) years
beginning August 1, 2024, in an amount not to exceed $51,150.00.

SECTION 3. The funding source shall be the Public Safety Sales Tax
Fund, account 206-4100-5245. No general fund money is appropriated.

SECTION 4. The software shall be used only to develop investigative
leads in criminal investigations and to identify missing, deceased
or incapacitated persons. A possible match shall not be the sole
basis for an arrest or a search warrant. The software shall not be
used for live or real-time surveillance of any public place.

SECTION 5. The Chief of Police shall report to the Council each year
the number of searches conducted.

SECTION 6. Emergency clause. The Council finds that the Department's
current manual process delays criminal investigations, and that this
ordinance is necessary for the preservation of the public peace,
health and safety; it shall be in full force and effect from and
after its passage and approval.

PASSED AND APPROVED this 9th day of July, 2024.

Vote:  Ayes 7   Nays 1   Absent 0        Emergency clause: Ayes 7  Nays 1

APPROVED:                               ATTEST:

______________________________          ______________________________
Kyle T. Ashwood, Mayor                  Renee Pruitt-Lamb, City Clerk

Prepared by the Office of the City Attorney, 401 West Arch Avenue,
Searcy, Arkansas 72143.  Agenda Item 8(c), July 9, 2024.""", "Ordinance 2024-31 - Page 2 of 2"),
], "pdf", SPD,
    ["City of Searcy", SPD, "Searcy City Council", "White County Sheriff's Office", "Cabot Police Department"],
    [COG],
    ["FaceVACS-DBScan LE"],
    [C(32550, 32550, "one-time", "one-time license and installation fee of $32,550.00", SPD, COG, "FaceVACS-DBScan LE"),
     C(6200, 6200, "year", "annual maintenance and support of $6,200.00", SPD, COG, "FaceVACS-DBScan LE"),
     C(None, 51150, None, "total not to exceed $51,150.00", SPD, COG, "FaceVACS-DBScan LE")],
    [N(61000, "approximately", "images", None, "approximately 61,000 booking photographs",
       "White County Sheriff's Office", None),
     N(5, "up to", "licenses", None, "up to five (5) concurrent user licenses", SPD, COG)],
    [P("The software shall be used only to develop investigative leads in criminal investigations and to "
       "identify missing, deceased or incapacitated persons.", SPD, "purpose"),
     P("A possible match shall not be the sole basis for an arrest or a search warrant.", SPD, "disclaimer"),
     P("The software shall not be used for live or real-time surveillance of any public place.", SPD,
       "prohibition"),
     P("The Chief of Police shall report to the Council each year the number of searches conducted.", SPD,
       "requirement")],
    [],
    ["2024-05-14", "2021", "2024", "2024-08-01", "2024-07-09"],
    scan="pdf")


# ---------------------------------------------------------------- 4 Iowa: Muscatine County SO
MCSO = "Muscatine County Sheriff's Office"
DWP = "DataWorks Plus"
doc("04_muscatine-county-so-policy-fr.txt", [
    (None, """\
MUSCATINE COUNTY SHERIFF'S OFFICE                      POLICY MANUAL
Policy 607  FACIAL RECOGNITION TECHNOLOGY
Effective: February 1, 2024        Review date: February 1, 2025
Approved: Sheriff Quentin R. Halloway      Supersedes: none (new)

607.1  PURPOSE AND SCOPE
This policy governs the Office's use of FACE Plus, a facial
recognition search application provided by DataWorks Plus, LLC, to
compare a probe image with booking photographs taken at the Muscatine
County Jail. The gallery held about 52,400 booking photographs when
this policy took effect.

607.2  AUTHORIZED USES
FACE Plus may be used only (a) in a criminal investigation with an
assigned case number, (b) to help locate a missing or endangered
person, or (c) to identify a deceased or incapacitated person.

607.3  AUTHORIZED USERS
(a) No more than six (6) members of the Office may hold FACE Plus
    accounts at any one time.
(b) A member must complete the vendor's examiner training and the
    Office's 4-hour policy course before an account is issued.
(c) Accounts are personal. A user shall not share a password or let
    another person run a search under his or her account.

607.4  APPROVAL
(a) The Chief Deputy approves the issuance of every account.
(b) Each search requires the prior approval of a sergeant or higher,
    recorded in the search log with the case number.

607.5  PROHIBITED USES
Members shall not use FACE Plus to identify a person solely because
of his or her race, religion, or participation in lawful protest or
other activity protected by the First Amendment. FACE Plus shall not
be used on live or recorded video for real-time surveillance.

607.6  RESULTS ARE LEADS ONLY
A candidate returned by FACE Plus is an investigative lead only and
is not a positive identification. It shall not by itself be the
basis for probable cause, an arrest, or a search warrant.""",
     "Muscatine County SO Policy Manual   607 - Page 1 of 2"),
    (None, """\
607.7  RETENTION
Search logs, probe images and candidate lists shall be retained for
three years after the case is closed, and then destroyed, unless a
longer period is required by Iowa Code chapter 22 or a court order.

607.8  AUDITS
(a) The Professional Standards Sergeant shall audit at least 10% of
    the searches in the search log each quarter.
(b) The audit shall confirm a case number and supervisor approval
    for each search reviewed, and shall be reported to the Sheriff.

607.9  VIOLATIONS
A member who uses FACE Plus in violation of this policy will lose
access to the system and is subject to discipline up to and
including termination.

607.10  SHARING WITH OTHER AGENCIES
Other agencies may request a search by written request on agency
letterhead with a case number. The Muscatine Police Department
currently submits its requests this way.

-----------------------------------------------------------------
PROPOSED REVISION (DRAFT - NOT ADOPTED, for discussion 11/2024)
607.3(a) would be amended to allow no more than ten (10) accounts,
and 607.8(a) to require an audit of all searches each quarter.
Comments to Chief Deputy Lyle Vandermolen by December 6, 2024.
-----------------------------------------------------------------""",
     "Muscatine County SO Policy Manual   607 - Page 2 of 2"),
], "pdf", MCSO,
    [MCSO, "Muscatine Police Department"],
    [DWP],
    ["FACE Plus"],
    [],
    [N(52400, "approximately", "images", None, "about 52,400 booking photographs", MCSO, DWP),
     N(6, "up to", "users", None, "No more than six (6) members of the Office may hold FACE Plus accounts", MCSO, DWP)],
    [P("FACE Plus may be used only (a) in a criminal investigation with an assigned case number, (b) to help "
       "locate a missing or endangered person, or (c) to identify a deceased or incapacitated person.",
       MCSO, "purpose"),
     P("No more than six (6) members of the Office may hold FACE Plus accounts at any one time.", MCSO,
       "requirement"),
     P("A member must complete the vendor's examiner training and the Office's 4-hour policy course before an "
       "account is issued.", MCSO, "requirement"),
     P("A user shall not share a password or let another person run a search under his or her account.", MCSO,
       "prohibition"),
     P("The Chief Deputy approves the issuance of every account.", MCSO, "requirement"),
     P("Each search requires the prior approval of a sergeant or higher, recorded in the search log with the "
       "case number.", MCSO, "requirement"),
     P("Members shall not use FACE Plus to identify a person solely because of his or her race, religion, or "
       "participation in lawful protest or other activity protected by the First Amendment.", MCSO, "prohibition"),
     P("FACE Plus shall not be used on live or recorded video for real-time surveillance.", MCSO, "prohibition"),
     P("A candidate returned by FACE Plus is an investigative lead only and is not a positive identification.",
       MCSO, "disclaimer"),
     P("It shall not by itself be the basis for probable cause, an arrest, or a search warrant.", MCSO,
       "disclaimer"),
     P("Search logs, probe images and candidate lists shall be retained for three years after the case is "
       "closed, and then destroyed", MCSO, "requirement"),
     P("The Professional Standards Sergeant shall audit at least 10% of the searches in the search log each "
       "quarter.", MCSO, "requirement"),
     P("The audit shall confirm a case number and supervisor approval for each search reviewed, and shall be "
       "reported to the Sheriff.", MCSO, "requirement"),
     P("A member who uses FACE Plus in violation of this policy will lose access to the system and is subject "
       "to discipline up to and including termination.", MCSO, "consequence"),
     P("Other agencies may request a search by written request on agency letterhead with a case number.", MCSO,
       "permission")],
    [],
    ["2024-02-01", "2025-02-01", "2024-11", "2024-12-06"],
    scan=None)


# ---------------------------------------------------------------- 5 Wyoming: Uinta County SO
UCSO = "Uinta County Sheriff's Office"
NEC = "NEC"
doc("05_uinta-county-so-fr-quarterly-report.txt", [
    (None, """\
UINTA COUNTY SHERIFF'S OFFICE
225 Ninth Street, Evanston, Wyoming 82930

MEMORANDUM

TO:      Sheriff Harlan J. Woodrow
FROM:    Lt. Corinne Valdespino, Investigations Division
DATE:    October 8, 2024
SUBJECT: Facial Recognition - Quarterly Report, 3rd Quarter 2024

1. Summary
This report covers NeoFace Reveal searches run by the Investigations
Division from January 1 through September 30, 2024. Five trained
examiners hold NeoFace Reveal accounts; no account was added or
removed this quarter. All searches had a case or incident number and
the approving supervisor's initials, as Policy 331 requires.

2. Searches by quarter and purpose

Purpose                           Q1      Q2      Q3     YTD
-----------------------------   -----   -----   -----   -----
Criminal investigation             41      37      46     124
Missing person                      3       5       2      10
Deceased / unidentified person      1       0       2       3
-----------------------------   -----   -----   -----   -----
Total                              45      42      50     137

Criminal investigations were 90.5% of all searches this year. Of the
Q3 criminal searches, 9 were run at the request of the Evanston
Police Department, which has no facial recognition system of its
own. Searches returned a candidate the examiner judged a possible
match in 61 of the 137 searches; examiners do not record arrests.

3. Gallery
At the end of the quarter the NeoFace Reveal gallery held 38,214
booking photographs of 21,560 individuals booked into the Uinta
County Detention Center since 2006. No driver license photographs
are in the gallery.""", "UCSO FR Quarterly Report 2024-Q3   p. 1"),
    (None, """\
4. Cost
The annual NEC maintenance and support payment of $7,950.00 for
August 2024 - July 2025 was made on July 9, 2024 (PO 24-0318). The
new booking camera at the Detention Center ($2,480.00) was bought
from the jail budget and is not charged to the facial recognition
program.

5. Policy compliance
The quarterly audit of 15 randomly selected Q3 searches found no
violations. Under Policy 331, a NeoFace Reveal result is an
investigative lead only and must be confirmed by other means before
any arrest. Policy 331 also requires that search logs be kept for
five years.

6. Recommendation
I recommend adding one examiner account in the next budget year if
the Q4 volume exceeds 55 searches. No action is requested now.

cc: Undersheriff M. Brandvold; file 331-FR-2024""", "UCSO FR Quarterly Report 2024-Q3   p. 2"),
], "pdf", UCSO,
    [UCSO, "Evanston Police Department", "Uinta County Detention Center"],
    [NEC],
    ["NeoFace Reveal"],
    [C(7950, 7950, "year", "annual NEC maintenance and support payment of $7,950.00", UCSO, NEC, "NeoFace Reveal")],
    [N(5, "exact", "users", None, "Five trained examiners hold NeoFace Reveal accounts", UCSO, NEC),
     N(41, "exact", "searches", "quarter", "Criminal investigation             41", UCSO, NEC),
     N(37, "exact", "searches", "quarter", "Criminal investigation             41      37", UCSO, NEC),
     N(46, "exact", "searches", "quarter", "Criminal investigation             41      37      46", UCSO, NEC),
     N(124, "exact", "searches", None, "Criminal investigation             41      37      46     124", UCSO,
       NEC),
     N(3, "exact", "searches", "quarter", "Missing person                      3", UCSO, NEC),
     N(5, "exact", "searches", "quarter", "Missing person                      3       5", UCSO, NEC),
     N(2, "exact", "searches", "quarter", "Missing person                      3       5       2", UCSO, NEC),
     N(10, "exact", "searches", None, "Missing person                      3       5       2      10", UCSO, NEC),
     N(1, "exact", "searches", "quarter", "Deceased / unidentified person      1", UCSO, NEC),
     N(2, "exact", "searches", "quarter", "Deceased / unidentified person      1       0       2", UCSO, NEC),
     N(3, "exact", "searches", None, "Deceased / unidentified person      1       0       2       3", UCSO, NEC),
     N(45, "exact", "searches", "quarter", "Total                              45", UCSO, NEC),
     N(42, "exact", "searches", "quarter", "Total                              45      42", UCSO, NEC),
     N(50, "exact", "searches", "quarter", "Total                              45      42      50", UCSO, NEC),
     N(137, "exact", "searches", None, "Total                              45      42      50     137", UCSO, NEC),
     N(9, "exact", "requests", None, "9 were run at the request of the Evanston Police Department", UCSO, NEC),
     N(61, "exact", "matches", None, "a possible match in 61 of the 137 searches", UCSO, NEC),
     N(38214, "exact", "images", None, "the NeoFace Reveal gallery held 38,214 booking photographs", UCSO, NEC),
     N(21560, "exact", "images", None, "21,560 individuals", UCSO, NEC)],
    [P("All searches had a case or incident number and the approving supervisor's initials, as Policy 331 "
       "requires.", UCSO, "requirement"),
     P("Under Policy 331, a NeoFace Reveal result is an investigative lead only and must be confirmed by other "
       "means before any arrest.", UCSO, "disclaimer"),
     P("Policy 331 also requires that search logs be kept for five years.", UCSO, "requirement")],
    [],
    ["2024-10-08", "2024-01-01", "2024-09-30", "2006", "2024-08", "2025-07", "2024-07-09", "2024"],
    scan="pdf")


# ---------------------------------------------------------------- 6 South Dakota: Watertown PD
WPD = "Watertown Police Department"
VER = "Veritone"
doc("06_watertown-pd-records-response-veritone.txt", [
    (None, """\
                     CITY OF WATERTOWN, SOUTH DAKOTA
                       WATERTOWN POLICE DEPARTMENT
           128 Third Street SE, Watertown, SD 57201 - (605) 555-0140

November 18, 2024

Ms. Adaeze Norquist-Hale
Prairie Public Records Project
P.O. Box 2291
Brookings, SD 57006

Re: Your request of October 28, 2024 (WPD Records No. 24-0417)
    Facial recognition purchases, accounts and policies

Dear Ms. Norquist-Hale:

The Department has completed its search for records responsive to
your request made under SDCL chapter 1-27. We found the following.

1. Purchases. The Department has one facial recognition service,
   Veritone IDentify, purchased from Veritone, Inc. Two invoices were
   located and are enclosed:
     a. Invoice VRT-2023-08817, dated March 14, 2023, for $9,600.00,
        covering the IDentify annual subscription for March 2023 -
        March 2024 (implementation was included at no charge).
     b. Invoice VRT-2024-10362, dated March 12, 2024, for $10,080.00,
        covering the annual renewal for March 2024 - March 2025.
   Both were paid from the Department's software account,
   101-4210-429.31. No other payments to Veritone were found.

2. Accounts. The Department currently has 6 IDentify user accounts,
   all assigned to detectives and the crime analyst. IDentify searches
   a gallery of approximately 22,000 booking photographs from the
   Codington County Detention Center. The system's audit report shows
   173 searches between March 14, 2023 and October 31, 2024.

3. Policies. The Department has no written policy on facial
   recognition at this time. A draft General Order 4.19, Facial
   Recognition, is being reviewed by the City Attorney. It has not been
   adopted and is withheld as a draft under SDCL 1-27-1.5(12).
   The Codington County Sheriff's Office does not use the
   Department's IDentify account.""", "WPD Records 24-0417   Page 1 of 2"),
    (None, """\
4. Fees. The enclosed records total 9 pages. Because the search took
   less than one hour, no fee is charged; the usual copy fee is $0.25
   per page.

If you believe any record has been improperly withheld, you may seek
review under SDCL 1-27-38 within 90 days of this letter.

Sincerely,

Capt. Bram E. Solheim
Records Custodian, Watertown Police Department
bsolheim@watertownsd.us | (605) 555-0146

Enclosures (2): Veritone invoices VRT-2023-08817 and VRT-2024-10362
cc: City Attorney's Office""", "WPD Records 24-0417   Page 2 of 2"),
], "pdf", WPD,
    ["City of Watertown", WPD, "Codington County Detention Center", "Codington County Sheriff's Office"],
    [VER],
    ["Veritone IDentify"],
    [C(9600, 9600, "year", "dated March 14, 2023, for $9,600.00", WPD, VER, "Veritone IDentify"),
     C(10080, 10080, "year", "dated March 12, 2024, for $10,080.00", WPD, VER, "Veritone IDentify")],
    [N(6, "exact", "users", None, "The Department currently has 6 IDentify user accounts", WPD, VER),
     N(22000, "approximately", "images", None, "approximately 22,000 booking photographs", WPD, VER),
     N(173, "exact", "searches", None, "173 searches between March 14, 2023 and October 31, 2024", WPD, VER)],
    [],
    [],
    ["2024-11-18", "2024-10-28", "2023-03-14", "2023-03", "2024-03", "2024-03-12", "2025-03", "2024-10-31"],
    scan="pdf")


def main():
    out = HERE / "docs"
    out.mkdir(exist_ok=True)
    for d in DOCS:
        (out / d["file"]).write_text(d["text"], encoding="utf-8")
    (HERE / "labels.json").write_text(json.dumps([d["label"] for d in DOCS], indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(DOCS)} documents and labels.json")


if __name__ == "__main__":
    main()
