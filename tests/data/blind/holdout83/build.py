"""Writes docs/*.txt and labels.json for holdout83 (six invented releases: MI, OH, MO, IN, NV, OK).
Labels are written from intent, in the same call that writes the texts, before anything is rendered.
The label format follows holdout42 (itself after holdout19) (corpus format plus request_agency, pdf, scan, per-fact
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


def P(quote, agency):
    return {"quote": quote, "agency": agency}


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


# ---------------------------------------------------------------- 1 Colorado: Larimer County SO
# ---------------------------------------------------------------- 1 Michigan: Livonia PD (sales order)
LPD = "Livonia Police Department"
LJT = "Lakeshore Justice Technologies"
COG = "Cognitec Systems"
DBS = "FaceVACS-DBScan LE"
doc("01_livonia-pd-cognitec-sales-order.txt", [
    (None, """\
LAKESHORE JUSTICE TECHNOLOGIES, LLC
Authorized Reseller - Cognitec Systems Corp.
43155 Main Street, Suite 2208, Novi, MI 48375   Tel. (248) 555-0142
                  SALES ORDER / ORDER CONFIRMATION

Order No.:    SO-24-0617                 Order Date:   05/14/2024
Customer PO:  2024-001392                Customer No.: LIV-0113
Quote Ref.:   Q-11845 rev. 2             Sales Rep:    Dana Whitcomb
Terms:        Net 30                     Ship Via:     Electronic
BILL TO                                  END USER / SHIP TO
City of Livonia - Finance Department     Livonia Police Department
33000 Civic Center Drive                 Investigative Services Bureau
Livonia, MI 48154                        15050 Farmington Road
                                         Livonia, MI 48154
                                         Attn: Sgt. Owen Paczkowski

SUBSCRIPTION TERM:  Start 07/01/2024    End 06/30/2025  (12 months)

Ln  Item / Description                 Qty   Unit Price     Extended
--  --------------------------------  ----  -----------  -----------
1   FaceVACS-DBScan LE subscription,     1    18,400.00    18,400.00
    server licence, 12-month term
    (gallery capacity up to 250,000)
2   FaceVACS-DBScan LE investigator      6     1,150.00     6,900.00
    workstation seat, 12-month term
3   Data migration, one-time: import     1     4,750.00     4,750.00
    and enrol 142,600 booking photos
    from the LPD jail records system
4   Administrator training, one-time     1     1,200.00     1,200.00
    (2 remote sessions x 4 hrs)
5   Dell OptiPlex 7010 tower + 24 in.    2     1,089.00     2,178.00
    monitor (Property Room - not part
    of the face recognition system)
                                                          -----------
                                             SUBTOTAL      33,428.00
              Michigan sales & use tax 6.0% - EXEMPT            0.00
              Shipping and handling (line 5 only)              65.00
                                                          ===========
                                             GRAND TOTAL   33,493.00

TAX EXEMPT: Customer is a Michigan governmental unit. Form 3372 on
file, exemption certificate no. MI-GU-0048154.""", "LIV-FOIA-24-0388  Page 1 of 2"),
    (None, """\
SALES ORDER SO-24-0617 - continued

ORDER NOTES
a. Approved by the Livonia City Council, Resolution 211-24, at its
   regular meeting of 05/06/2024. Customer PO 2024-001392 attached.
b. Lines 1 and 2 renew on 07/01/2025 only on a new customer PO. The
   renewal price for 07/01/2025 - 06/30/2026 will not increase by more
   than 4% over the current term.
c. Line 3: the data migration is performed once, before go-live. The
   customer supplies the export; re-imports are billed at $95/hour.
d. Line 5 ships from Lakeshore's Novi warehouse; freight is charged on
   that line only.

END USER TERMS (Cognitec licence schedule, as accepted by customer)
1. Licensed use is restricted to sworn personnel and crime analysts of
   the end user agency who have completed the administrator-approved
   training.
2. The software compares a probe image only against the end user's own
   enrolled gallery; it does not search the internet or social media.
3. Candidate lists produced by the software are investigative leads
   only and are not a positive identification.

Order confirmed by:                      Accepted for customer:
Dana Whitcomb, Account Executive         Sgt. Owen Paczkowski
Lakeshore Justice Technologies, LLC      Livonia Police Department
dwhitcomb@lakeshorejt.example            05/16/2024

Please reference SO-24-0617 on all correspondence. Remit to:
Lakeshore Justice Technologies, LLC, account no. 7730-118204.""", "LIV-FOIA-24-0388  Page 2 of 2"),
], "pdf", LPD,
    ["City of Livonia", LPD, "Livonia City Council"],
    [LJT, COG, "Dell"],
    [DBS, "Dell OptiPlex 7010"],
    [C(18400, 18400, "year", "1   FaceVACS-DBScan LE subscription,     1    18,400.00    18,400.00",
       LPD, LJT, DBS),
     C(6900, 6900, "year", "2   FaceVACS-DBScan LE investigator      6     1,150.00     6,900.00",
       LPD, LJT, DBS),
     C(1150, 1150, "year", "2   FaceVACS-DBScan LE investigator      6     1,150.00",
       LPD, LJT, DBS, unit="per user"),
     C(4750, 4750, "one-time", "3   Data migration, one-time: import     1     4,750.00     4,750.00",
       LPD, LJT, DBS),
     C(1200, 1200, "one-time", "4   Administrator training, one-time     1     1,200.00     1,200.00",
       LPD, LJT, DBS)],
    [N(6, "exact", "licenses", None, "2   FaceVACS-DBScan LE investigator      6", LPD, LJT),
     N(142600, "exact", "images", None, "enrol 142,600 booking photos", LPD)],
    [{"quote": "Licensed use is restricted to sworn personnel and crime analysts of the end user agency who "
               "have completed the administrator-approved training.", "agency": LPD, "kind": "requirement"},
     {"quote": "Candidate lists produced by the software are investigative leads only and are not a positive "
               "identification.", "agency": LPD, "kind": "disclaimer"}],
    [],
    ["2024-05-14", "2024-07-01", "2025-06-30", "2024-05-06", "2025-07-01", "2026-06-30", "2024-05-16"],
    scan="pdf")


# ---------------------------------------------------------------- 2 Ohio: Mentor PD (Gmail thread)
MPD = "Mentor Police Department"
CV = "Clearview AI"
WPD = "Willoughby Police Department"
SUBJ2 = "Clearview AI trial - Mentor PD next steps"
HDR2 = "4/22/24, 10:31 AM      Gmail - " + SUBJ2
doc("02_mentor-pd-clearview-trial-gmail.txt", [
    (HDR2, """\
[M] Gmail                          Renata Voss <rvoss@mentorpd.example>

Clearview AI trial - Mentor PD next steps
3 messages

Tyler Brannigan <tbrannigan@cvai.example>    Mon, Mar 4, 2024 at 2:37 PM
To: Renata Voss <rvoss@mentorpd.example>
Cc: Gordon Keszler <gkeszler@mentorpd.example>

Sergeant Voss,

Thanks for the call this morning. A quick recap so the Chief has it in
writing:

- Your free trial started February 28 and runs through March 29. The
  4 trial accounts have run 187 searches so far.
- To keep access after the trial we can offer Clearview Search for 5
  users for one year, April 1, 2024 through March 31, 2025, at
  $8,250 ($1,650 per user per year). Our published list price is
  $2,000 per user per year, so this is the Ohio municipal rate.
- Your users keep access to our database of more than 40 billion
  publicly available images, and search history from the trial
  carries over to the paid accounts.

I can send a quote and the agreement as soon as you give me a user
count.

Tyler Brannigan
Government Account Executive, Clearview AI
(212) 555-0164

Renata Voss <rvoss@mentorpd.example>         Tue, Mar 5, 2024 at 8:12 AM
To: Gordon Keszler <gkeszler@mentorpd.example>

Chief,

Forwarding Tyler's recap. My numbers from the trial: 187 searches, 23
came back with a possible match worth following up, 6 of those were
confirmed as IDs by the case detectives, and 2 led to arrests (a
felony theft ring at Great Lakes Mall and a hit-skip).""", "https://mail.google.com/mail/u/0/?ik=4c1e2b7f0a&view=pt&search=all   1/2"),
    (HDR2, """\
I recommend the 5 user option at $8,250. Funding can come from the
Law Enforcement Trust Fund (ORC 2981.13); the balance is about
$31,000. For comparison, Willoughby PD told me they pay about $6,000 a
year for 3 seats.

Until we have a written directive I told the trial users two rules:
every search must have an incident number in the notes field, and a
match is a lead only - it is not probable cause for an arrest.

Renata

Det. Sgt. Renata Voss
Mentor Police Department - Detective Bureau
8500 Civic Center Blvd., Mentor, OH 44060  |  440-555-0128

Gordon Keszler <gkeszler@mentorpd.example>   Wed, Mar 6, 2024 at 4:50 PM
To: Renata Voss <rvoss@mentorpd.example>
Cc: Tyler Brannigan <tbrannigan@cvai.example>

Approved. Go ahead with 5 users at $8,250 for the year and send the
agreement to the Law Director for review first.

Keep your two rules in place, and add one: Clearview is to be used for
Mentor PD cases only; do not run searches for other agencies. Lt.
Dorsey will turn this into a directive before April 1.

Tyler - please send the quote to Sgt. Voss.

Chief Gordon Keszler
Mentor Police Department""", "https://mail.google.com/mail/u/0/?ik=4c1e2b7f0a&view=pt&search=all   2/2"),
], "print", MPD,
    [MPD, WPD],
    [CV],
    ["Clearview Search"],
    [C(8250, 8250, "year", "Clearview Search for 5 users for one year, April 1, 2024 through March 31, 2025, at "
       "$8,250", MPD, CV, "Clearview Search"),
     C(1650, 1650, "year", "$1,650 per user per year", MPD, CV, "Clearview Search", unit="per user"),
     C(6000, 6000, "year", "they pay about $6,000 a year", WPD, CV)],
    [N(4, "exact", "users", None, "4 trial accounts have run 187 searches", MPD, CV),
     N(187, "exact", "searches", None, "4 trial accounts have run 187 searches", MPD, CV),
     N(5, "exact", "licenses", None, "Clearview Search for 5 users", MPD, CV),
     N(40000000000, "more than", "images", None, "more than 40 billion publicly available images", None, CV),
     N(23, "exact", "matches", None, "23 came back with a possible match", MPD, CV),
     N(6, "exact", "identifications", None, "6 of those were confirmed as IDs", MPD, CV),
     N(2, "exact", "arrests", None, "2 led to arrests", MPD, CV),
     N(3, "exact", "licenses", None, "about $6,000 a year for 3 seats", WPD, CV)],
    [{"quote": "every search must have an incident number in the notes field", "agency": MPD,
      "kind": "requirement"},
     {"quote": "a match is a lead only - it is not probable cause for an arrest", "agency": MPD,
      "kind": "disclaimer"},
     {"quote": "Clearview is to be used for Mentor PD cases only; do not run searches for other agencies.",
      "agency": MPD, "kind": "prohibition"}],
    [E("Tyler Brannigan", "Renata Voss", "Mon, Mar 4, 2024 at 2:37 PM", SUBJ2),
     E("Renata Voss", "Gordon Keszler", "Tue, Mar 5, 2024 at 8:12 AM", SUBJ2),
     E("Gordon Keszler", "Renata Voss", "Wed, Mar 6, 2024 at 4:50 PM", SUBJ2)],
    ["2024-04-22", "2024-03-04", "2024-03-05", "2024-03-06", "2024-04-01", "2025-03-31"],
    scan="photocopy")


# ---------------------------------------------------------------- 3 Missouri: Blue Springs (council minutes)
BSPD = "Blue Springs Police Department"
MSI = "Motorola Solutions"
VFS = "Vigilant FaceSearch"
doc("03_blue-springs-council-minutes-facesearch.txt", [
    (None, """\
                       CITY OF BLUE SPRINGS, MISSOURI
                  MINUTES OF THE REGULAR CITY COUNCIL MEETING
                    Monday, August 19, 2024 - 6:00 p.m.
               Council Chambers, City Hall, 903 W. Main Street

1. CALL TO ORDER AND ROLL CALL
Mayor Carla Whitmire called the meeting to order at 6:00 p.m. Present:
Councilmembers Dale Ostrander, Miriam Achebe, Travis Kuehl, Jolene
Perrault, Nathan Szabo and Ruth Lindqvist. Also present: City
Administrator Paul Renner, City Attorney Gina Fairbanks, Police Chief
Marcus Halvorsen and City Clerk Denise Tolliver.

2. APPROVAL OF MINUTES
Motion by Councilmember Perrault, second by Councilmember Kuehl, to
approve the minutes of the August 5, 2024 regular meeting. Motion
carried 6-0.

3. CONSENT AGENDA
a. Resolution No. 2024-58, awarding the 2024 Street Preservation
   Program contract to Heartland Paving Company, Inc. in the amount of
   $612,480.00 (Transportation Sales Tax Fund).
b. Resolution No. 2024-59, approving the purchase of two (2) Ford
   Police Interceptor Utility vehicles from Joe Machens Ford for
   $97,360.00 under the Missouri cooperative contract.
Motion by Councilmember Szabo, second by Councilmember Achebe, to
approve the consent agenda. Motion carried 6-0.

4. NEW BUSINESS
a. Resolution No. 2024-62 - Agreement with Motorola Solutions, Inc.
   for Vigilant FaceSearch facial recognition software.

Chief Halvorsen presented the staff report. The Police Department
completed a 90-day no-cost pilot of Vigilant FaceSearch that ended in
June 2024; during the pilot detectives ran 64 searches. The proposed
three-year agreement provides 8 user licenses, with an annual
subscription of $11,900 in year one, $12,500 in year two and $13,100 in
year three, for a total not to exceed $37,500 over three years. Funding
is from the Public Safety Sales Tax Fund, account 215-2110-52140.
Chief Halvorsen said the FaceSearch gallery holds over 15 million
booking photographs contributed by participating agencies.""",
     "Minutes - August 19, 2024 - Page 1 of 2"),
    (None, """\
Councilmember Achebe asked whether the department had a written policy
on how the software may be used. Chief Halvorsen replied that General
Order 41.12, adopted in July, requires a case number for every search
and states that a possible match shall not be the sole basis for an
arrest. He added that only detectives who have completed the vendor's
training will be given accounts. Councilmember Achebe asked about
photographs taken from social media; the Chief said there is currently
no policy prohibiting searches of social media photographs, and that
the department would bring a proposed amendment to Council in the
fall.

Councilmember Kuehl asked whether other agencies would have access to
Blue Springs accounts. Chief Halvorsen said General Order 41.12
prohibits running searches for other agencies.

Motion by Councilmember Ostrander, second by Councilmember Lindqvist,
to approve Resolution No. 2024-62. Vote: Ayes - Ostrander, Lindqvist,
Perrault, Szabo, Kuehl (5). Nays - Achebe (1). Motion carried 5-1.

b. Bill No. 2024-37 - Budget amendment, Parks and Recreation. An
   ordinance amending the FY 2024 budget to appropriate $48,000.00
   from the Parks Sales Tax Fund for replacement of the Vesper Hall
   pool heater. First reading. Staff noted the original estimate was
   $41,500.00. Motion by Councilmember Szabo, second by Councilmember
   Perrault, to advance to second reading. Motion carried 6-0.

5. PUBLIC COMMENT
One resident spoke in opposition to Item 4a, citing privacy concerns.

6. ADJOURNMENT
There being no further business, the meeting adjourned at 7:42 p.m.


_______________________________      _______________________________
Carla Whitmire, Mayor                Denise Tolliver, City Clerk

Approved by Council: September 3, 2024""", "Minutes - August 19, 2024 - Page 2 of 2"),
], "pdf", BSPD,
    ["City of Blue Springs", "Blue Springs City Council", BSPD],
    [MSI, "Vigilant Solutions", "Heartland Paving Company", "Joe Machens Ford"],
    [VFS, "Ford Police Interceptor Utility"],
    [C(11900, 11900, "year", "an annual subscription of $11,900 in year one", BSPD, MSI, VFS),
     C(12500, 12500, "year", "$12,500 in year two", BSPD, MSI, VFS),
     C(13100, 13100, "year", "$13,100 in year three", BSPD, MSI, VFS),
     C(None, 37500, None, "a total not to exceed $37,500 over three years", BSPD, MSI, VFS)],
    [N(64, "exact", "searches", None, "during the pilot detectives ran 64 searches", BSPD, MSI),
     N(8, "exact", "licenses", None, "8 user licenses", BSPD, MSI),
     N(15000000, "more than", "images", None, "over 15 million booking photographs", None, MSI)],
    [{"quote": "General Order 41.12, adopted in July, requires a case number for every search", "agency": BSPD,
      "kind": "requirement"},
     {"quote": "a possible match shall not be the sole basis for an arrest", "agency": BSPD, "kind": "disclaimer"},
     {"quote": "only detectives who have completed the vendor's training will be given accounts", "agency": BSPD,
      "kind": "requirement"},
     {"quote": "General Order 41.12 prohibits running searches for other agencies.", "agency": BSPD,
      "kind": "prohibition"}],
    [],
    ["2024-08-19", "2024-08-05", "2024-06", "2024-09-03"],
    scan="pdf")


# ---------------------------------------------------------------- 4 Indiana: Westfield PD (policy)
WFPD = "Westfield Police Department"
HDR4 = "WESTFIELD POLICE DEPARTMENT  |  GENERAL ORDER 4.27  |  FACIAL RECOGNITION"


def p4(quote, kind):
    return {"quote": quote, "agency": WFPD, "kind": kind}


doc("04_westfield-pd-general-order-facial-recognition.txt", [
    (HDR4, """\
                      WESTFIELD POLICE DEPARTMENT
                         Westfield, Indiana

GENERAL ORDER:  4.27                  SUBJECT: Facial Recognition
EFFECTIVE:      March 1, 2023         Technology (FRT)
AMENDED:        September 16, 2024    DISTRIBUTION: All Personnel
                (Section 6 only)      PAGES: 3
ISSUED BY:      Chief of Police       RESCINDS: None

1. PURPOSE
1.1 This order governs the Department's use of facial recognition
    technology to develop investigative leads in criminal cases.

2. DEFINITIONS
2.1 Facial recognition technology (FRT): software that compares a
    probe image with a gallery of images and returns a candidate list.
    The Department's FRT provider is Clearview AI, Inc.
2.2 Probe image: the image of an unknown person submitted for search.
2.3 Candidate list: the ranked images returned by a search.
2.4 Authorized user: an employee issued an FRT account under 5.1.

3. AUTHORIZED USES
3.1 Authorized users may use FRT to identify a suspect, witness or
    victim in an active criminal investigation that has a WPD case
    number.
3.2 Authorized users may use FRT to identify a deceased person or a
    person who is unable to identify himself or herself because of
    incapacity.

4. PROHIBITED USES
4.1 FRT shall not be used to identify a person solely because of his
    or her participation in a lawful protest, assembly or other
    activity protected by the First Amendment.
4.2 FRT shall not be used for live or real-time identification from
    video, including body-worn or fixed cameras.
4.3 Employees may not use a personal account or any FRT product other
    than the Department's approved provider.""", "Page 1 of 3"),
    (HDR4, """\
5. APPROVAL
5.1 FRT accounts are issued only by the Investigations Division
    Commander, and only to employees who have completed the training
    in Section 7.
5.2 Each search requires the prior approval of a sergeant or higher,
    documented with the case number and the reason for the search.
5.3 A candidate list is an investigative lead only and shall not be
    the sole basis for probable cause or an arrest. The case
    investigator must corroborate any possible match through
    independent investigation.

6. RETENTION (amended September 16, 2024)
6.1 Probe images, candidate lists and search logs are investigative
    records and shall be attached to the case file in the records
    management system.
6.2 Probe images and candidate lists from searches that do not
    produce a lead shall be purged after two (2) years, unless they
    are subject to a litigation hold or a request under IC 5-14-3.
    [Former 6.2, as issued March 1, 2023: "shall be purged after five
    (5) years." Superseded and no longer in effect.]

7. TRAINING
7.1 Before receiving an account, each employee must complete the
    provider's user training and the Department's four-hour course on
    FRT policy, image quality and eyewitness-style bias.
7.2 Authorized users shall complete refresher training every two
    years.

8. AUDIT
8.1 The Professional Standards Unit shall audit a random sample of at
    least 20% of each quarter's searches for compliance with this
    order and report the results to the Chief of Police within 30
    days after the end of the quarter.
8.2 Accounts with no search activity for 180 days will be disabled.""",
     "Page 2 of 3"),
    (HDR4, """\
9. DISCIPLINE
9.1 Any use of FRT in violation of this order shall result in the
    suspension of the employee's FRT account and may result in
    discipline up to and including termination under General Order
    1.14.
9.2 Supervisors who learn of a violation shall report it to the
    Professional Standards Unit within 24 hours.

10. PROPOSED (NOT ADOPTED)
10.1 A draft Section 4.4 to prohibit searches of images taken from
     social media without a command officer's approval is under
     review by the City Attorney and is not part of this order.


By order of:

_____________________________
Chief of Police
Westfield Police Department

Amendment history: 03/01/2023 issued; 09/16/2024 Section 6 amended
(retention period for non-lead searches reduced from five years to two
years). Reviewed for CALEA standard 41.2.""", "Page 3 of 3"),
], "pdf", WFPD,
    [WFPD],
    [CV],
    [],
    [],
    [],
    [p4("This order governs the Department's use of facial recognition technology to develop investigative "
        "leads in criminal cases.", "purpose"),
     p4("Authorized users may use FRT to identify a suspect, witness or victim in an active criminal "
        "investigation that has a WPD case number.", "permission"),
     p4("Authorized users may use FRT to identify a deceased person or a person who is unable to identify "
        "himself or herself because of incapacity.", "permission"),
     p4("FRT shall not be used to identify a person solely because of his or her participation in a lawful "
        "protest, assembly or other activity protected by the First Amendment.", "prohibition"),
     p4("FRT shall not be used for live or real-time identification from video, including body-worn or fixed "
        "cameras.", "prohibition"),
     p4("Employees may not use a personal account or any FRT product other than the Department's approved "
        "provider.", "prohibition"),
     p4("FRT accounts are issued only by the Investigations Division Commander, and only to employees who have "
        "completed the training in Section 7.", "requirement"),
     p4("Each search requires the prior approval of a sergeant or higher, documented with the case number and "
        "the reason for the search.", "requirement"),
     p4("A candidate list is an investigative lead only and shall not be the sole basis for probable cause or "
        "an arrest.", "disclaimer"),
     p4("The case investigator must corroborate any possible match through independent investigation.",
        "requirement"),
     p4("Probe images, candidate lists and search logs are investigative records and shall be attached to the "
        "case file in the records management system.", "requirement"),
     p4("Probe images and candidate lists from searches that do not produce a lead shall be purged after two "
        "(2) years, unless they are subject to a litigation hold or a request under IC 5-14-3.", "requirement"),
     p4("Before receiving an account, each employee must complete the provider's user training and the "
        "Department's four-hour course on FRT policy, image quality and eyewitness-style bias.", "requirement"),
     p4("Authorized users shall complete refresher training every two years.", "requirement"),
     p4("The Professional Standards Unit shall audit a random sample of at least 20% of each quarter's searches "
        "for compliance with this order and report the results to the Chief of Police within 30 days after "
        "the end of the quarter.", "requirement"),
     p4("Accounts with no search activity for 180 days will be disabled.", "requirement"),
     p4("Any use of FRT in violation of this order shall result in the suspension of the employee's FRT "
        "account and may result in discipline up to and including termination under General Order 1.14.",
        "consequence"),
     p4("Supervisors who learn of a violation shall report it to the Professional Standards Unit within 24 "
        "hours.", "requirement")],
    [],
    ["2023-03-01", "2024-09-16"],
    scan="pdf")


# ---------------------------------------------------------------- 5 Nevada: NTAC (quarterly statistics)
NTAC = "Nevada Threat Analysis Center"
CCSO = "Churchill County Sheriff's Office"
HCSO = "Humboldt County Sheriff's Office"
SCSO = "Storey County Sheriff's Office"
WPSO = "White Pine County Sheriff's Office"
WINPD = "Winnemucca Police Department"
PCSO = "Pershing County Sheriff's Office"
ROWS5 = [("Churchill County SO", CCSO, [9, 12, 8, 11]),
         ("Humboldt County SO", HCSO, [6, 4, 7, 5]),
         ("Storey County SO", SCSO, [3, 5, 2, 4]),
         ("White Pine County SO", WPSO, [4, 2, 5, 6]),
         ("Winnemucca PD", WINPD, [7, 9, 6, 8]),
         ("Pershing County SO", PCSO, [2, 3, 1, 4])]


def _row5(name, vals):
    return f"{name:<24}" + "".join(f"{v:>8}" for v in vals) + f"{sum(vals):>10}"


_TOT5 = [sum(r[2][i] for r in ROWS5) for i in range(4)]
TABLE5 = "\n".join(
    [f"{'Requesting agency':<24}" + "".join(f"{q:>8}" for q in ("Q1", "Q2", "Q3", "Q4")) + f"{'Total':>10}",
     "-" * 66]
    + [_row5(n, v) for n, _, v in ROWS5]
    + ["-" * 66, _row5("TOTAL", _TOT5)])
COUNTS5 = []
for name, agency, vals in ROWS5:
    line = _row5(name, vals)
    for i, v in enumerate(vals):
        COUNTS5.append(N(v, "exact", "requests", "quarter", line[:24 + 8 * (i + 1)], agency))
    COUNTS5.append(N(sum(vals), "exact", "requests", "year", line, agency))
_tline = _row5("TOTAL", _TOT5)
for i, v in enumerate(_TOT5):
    COUNTS5.append(N(v, "exact", "requests", "quarter", _tline[:24 + 8 * (i + 1)], NTAC))
COUNTS5.append(N(sum(_TOT5), "exact", "requests", "year", _tline, NTAC))
assert sum(_TOT5) == 133, _TOT5

doc("05_ntac-facial-recognition-quarterly-statistics-2024.txt", [
    (None, """\
NEVADA THREAT ANALYSIS CENTER (NTAC)
Facial Recognition Support - Quarterly Statistics, Calendar Year 2024
Prepared by: Analytical Unit Supervisor Corinne Ashdown    01/21/2025
UNCLASSIFIED // LAW ENFORCEMENT SENSITIVE - released in redacted form

TABLE 1. Facial recognition requests received, by requesting agency
and quarter (Q1 = Jan-Mar ... Q4 = Oct-Dec)

""" + TABLE5 + """

Notes: a request is one probe image submitted under one case number.
Requests from agencies in Washoe and Clark counties are handled by the
regional centers and are not included. Requests withdrawn by the
submitting agency before a search was run are not counted.

RESULTS AND TURNAROUND
NTAC's 3 trained facial examiners ran 361 searches in Clearview AI to
answer the 133 requests in Table 1 (several probe images were searched
more than once after enhancement). A possible-match lead was returned
for 49 requests (36.8%). Requesting agencies later reported 12
confirmed identifications and 5 arrests that used an NTAC lead.
Median turnaround was 1.4 business days from receipt to response; 87%
of requests were answered within 3 business days, and the longest took
9 business days (Q3, a 6-image request during the Burning Man event
period). Turnaround in Q4 improved to a median of 1.1 days after the
second examiner position was filled in October.""",
     "NTAC-PRR-2025-019    Page 1 of 2"),
    (None, """\
NTAC FACIAL RECOGNITION SUPPORT - CY 2024 (continued)

PROGRAM NOTES
- Requests must include an agency case number and the name of the
  requesting officer; requests for civil immigration enforcement are
  not accepted.
- Results are provided as investigative leads only and are not a
  positive identification.
- LexisNexis Accurint Virtual Crime Center is used to check candidate
  names against records; it performs no face searches.
- The Clearview AI subscription for the 3 examiner accounts ($6,000 a
  year) is funded by State Homeland Security Program award
  23-SHSP-NTAC-04, which also funds the center's tip line.""",
     "NTAC-PRR-2025-019    Page 2 of 2"),
], "pdf", NTAC,
    [NTAC, CCSO, HCSO, SCSO, WPSO, WINPD, PCSO],
    [CV, "LexisNexis"],
    ["Accurint Virtual Crime Center"],
    [C(6000, 6000, "year", "The Clearview AI subscription for the 3 examiner accounts ($6,000 a year)", NTAC, CV)],
    COUNTS5 + [
        N(3, "exact", "users", None, "NTAC's 3 trained facial examiners", NTAC, CV),
        N(361, "exact", "searches", "year", "ran 361 searches in Clearview AI", NTAC, CV),
        N(49, "exact", "leads", "year", "A possible-match lead was returned for 49 requests", NTAC, CV),
        N(12, "exact", "identifications", "year", "12 confirmed identifications", NTAC, CV),
        N(5, "exact", "arrests", "year", "5 arrests that used an NTAC lead", NTAC, CV)],
    [{"quote": "Requests must include an agency case number and the name of the requesting officer", "agency": NTAC,
      "kind": "requirement"},
     {"quote": "requests for civil immigration enforcement are not accepted.", "agency": NTAC,
      "kind": "prohibition"},
     {"quote": "Results are provided as investigative leads only and are not a positive identification.",
      "agency": NTAC, "kind": "disclaimer"}],
    [],
    ["2024", "2025-01-21"])


# ---------------------------------------------------------------- 6 Oklahoma: Owasso PD (fiscal note)
OPD = "Owasso Police Department"
VER = "Veritone"
IDF = "Veritone IDentify"
RCSO = "Rogers County Sheriff's Office"
doc("06_owasso-pd-fy26-budget-request-identify.txt", [
    (None, """\
CITY OF OWASSO, OKLAHOMA
FY 2025-26 BUDGET REQUEST - SUPPLEMENTAL / NEW PROGRAM
FISCAL NOTE

Department:   Police Department (Fund 01, Dept. 210)
Request No.:  PD-26-07                 Priority: 2 of 5 (department)
Program:      Facial Recognition Investigative Program
Prepared by:  Capt. Lowell Brinkerhoff, Investigations Division
Date:         February 12, 2025
Reviewed by:  Finance Director Andrea Fulbright   02/20/2025

A. COST SUMMARY (all figures in dollars)

Ln  Line item                             FY 2025-26   FY 2026-27
--  ------------------------------------  ----------  ----------
1   Veritone IDentify annual subscription    14,600      15,330
    (8 user licenses at $1,825 each in
    FY 2025-26; 5% escalator in FY 27)
2   IDentify implementation and booking       3,500           0
    photo import, one-time
3   Facial comparison examiner training       2,900       1,450
    (FY 26: 2 analysts; FY 27: 1 analyst)
    --------------------------------------  ----------  ----------
    Subtotal, facial recognition             21,000      16,780
4   Getac F110 rugged tablets for patrol     17,940           0
    (6 units; NOT part of facial
    recognition - replacement cycle)
    --------------------------------------  ----------  ----------
    TOTAL REQUEST                            38,940      16,780

Account coding: lines 1-3 to 01-210-52250 (Software Services) and
01-210-52310 (Training); line 4 to 01-210-54100 (Capital - Equipment).
Sales tax: none (municipal exemption, 68 O.S. sec. 1356).

B. REVENUE / OFFSETS
No grant revenue is assumed. The Department will apply for a Justice
Assistance Grant in FY 2026-27; any award would reduce line 1.""",
     "Owasso FY26 Budget Book - Police - p. 14"),
    (None, """\
C. JUSTIFICATION
The Department has no facial recognition tool of its own. Since 2022,
detectives have sent still images from robbery, fraud and missing
person cases to the Rogers County Sheriff's Office, which ran 71
comparison requests for Owasso cases in calendar year 2024. Turnaround
averaged 6 days, and the Sheriff's Office has asked agencies to fund
their own access; it pays roughly $12,000 a year for its own IDentify
subscription. IDentify would search the Department's own booking photo
archive, about 21,500 images, and return candidates to trained
examiners within minutes. Use of the system will be governed by Policy
426, which requires a supervisor's approval for each search and
provides that a candidate match is an investigative lead only and
cannot by itself establish probable cause. The tablet replacement on
line 4 is unrelated to this program and is shown here only because the
Finance Department asked that all new Investigations requests be
submitted on one form.

D. PERFORMANCE MEASURES
- Searches run (target): 150 in FY 2025-26
- Median time from request to candidate list: under 1 business day
- Cases with an investigative lead: reported quarterly to the Chief

E. RECOMMENDATION
City Manager's recommended budget: FUNDED, lines 1-3 ($21,000);
line 4 deferred to FY 2026-27 capital review.""",
     "Owasso FY26 Budget Book - Police - p. 15"),
], "pdf", OPD,
    ["City of Owasso", OPD, RCSO],
    [VER, "Getac"],
    [IDF, "Getac F110"],
    [C(14600, 14600, "year", "1   Veritone IDentify annual subscription    14,600", OPD, VER, IDF),
     C(15330, 15330, "year", "1   Veritone IDentify annual subscription    14,600      15,330", OPD, VER, IDF),
     C(1825, 1825, "year", "8 user licenses at $1,825 each", OPD, VER, IDF, unit="per user"),
     C(3500, 3500, "one-time", "2   IDentify implementation and booking       3,500", OPD, VER, IDF),
     C(2900, 2900, None, "3   Facial comparison examiner training       2,900", OPD, None),
     C(1450, 1450, None, "3   Facial comparison examiner training       2,900       1,450", OPD, None),
     C(21000, 21000, None, "Subtotal, facial recognition             21,000", OPD, VER, IDF),
     C(16780, 16780, None, "Subtotal, facial recognition             21,000      16,780", OPD, VER, IDF),
     C(12000, 12000, "year", "it pays roughly $12,000 a year for its own IDentify", RCSO, VER, IDF)],
    [N(8, "exact", "licenses", None, "8 user licenses", OPD, VER),
     N(71, "exact", "requests", "year", "ran 71 comparison requests for Owasso cases in calendar year 2024", OPD),
     N(21500, "approximately", "images", None, "booking photo archive, about 21,500 images", OPD, VER)],
    [{"quote": "Use of the system will be governed by Policy 426, which requires a supervisor's approval for each "
               "search", "agency": OPD, "kind": "requirement"},
     {"quote": "a candidate match is an investigative lead only and cannot by itself establish probable cause",
      "agency": OPD, "kind": "disclaimer"}],
    [],
    ["2025-02-12", "2025-02-20", "2022", "2024"],
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
