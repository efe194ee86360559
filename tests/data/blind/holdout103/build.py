"""Writes docs/*.txt and labels.json for holdout103 (six invented releases: TX, WA, OH, NV, OR, GA).
Labels are written from intent, in the same file that holds the texts, before anything is rendered.
The label format follows holdout42 (corpus format plus request_agency, pdf, scan, per-fact
agency/vendor/product, unit on costs, counts with qualifier/measure/per), with a `kind` on every policy
(requirement, prohibition, permission, purpose, consequence, disclaimer)."""
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


# ---------------------------------------------------------------- 1 Texas: Fort Bend County SO (bid tabulation)
FBSO = "Fort Bend County Sheriff's Office"
DWP = "DataWorks Plus"
doc("01_fort-bend-county-so-fr-bid-tabulation.txt", [
    (None, """\
FORT BEND COUNTY PURCHASING DEPARTMENT
301 Jackson Street, Suite 201, Richmond, Texas 77469
Tel. (281) 555-0150 | Fax (281) 555-0153

BID TABULATION
Bid No. 24-071   Facial Recognition Investigative Software and Services
Requesting dept: Sheriff's Office - Criminal Intelligence Unit
Bid opening:     Thursday, May 9, 2024, 2:00 p.m.
Bids received:   4     No-bid letters: 2 (Rank One Computing Corp.;
                       Clearview AI, Inc.)

Item  Description             DataWorks  NEC Corp.     IDEMIA   Veritone
                              Plus, LLC   of Amer.    I&S USA       Inc.
----  ----------------------  ---------  ---------  ---------  ---------
      Solution offered        FACE Plus    NeoFace MorphoFace   IDentify
                                            Reveal  Investig.
1     Licence, 10 concurrent  38,500.00  52,000.00  61,750.00  44,000.00
      users, year 1
2     Implementation and      14,200.00  18,500.00   9,800.00  12,000.00
      gallery migration
      (one-time)
3     Maintenance and          7,700.00  10,400.00  12,350.00  44,000.00
      support, years 2-3
      (price per year)
4     On-site training,        3,600.00   4,250.00   Included   2,500.00
      2 days
----  ----------------------  ---------  ---------  ---------  ---------
      3-year evaluated cost   71,700.00  95,550.00  96,250.00 146,500.00
      (item 3 counted twice)
      Bid bond (5%)            Received   Received   Received   Received
      Addenda 1-2 acknowl.          Yes        Yes        Yes         No
      Responsive                    Yes        Yes        Yes         No

Alternate A (DataWorks Plus only): booking capture station, 2 at
$6,950.00 each, $13,900.00. Not evaluated; see page 2.

All prices are as read aloud at the bid opening and checked against
the bid forms. Extension errors: none found.""", "FBC BID 24-071 - P. 1/2"),
    (None, """\
EVALUATION AND RECOMMENDATION OF AWARD

Bids were scored on price (60 points) and on a technical review by the
Sheriff's Office Criminal Intelligence Unit (40 points). The Veritone,
Inc. bid was found non-responsive because Addendum 2 was not
acknowledged, and was not scored. No bidder claimed HUB certification.

Bidder                              Price pts   Tech pts   Total
----------------------------------  ---------  ---------  ------
DataWorks Plus, LLC                      60.0       34.5    94.5
NEC Corporation of America               45.0       36.0    81.0
IDEMIA Identity & Security USA LLC       44.7       31.5    76.2

Purchasing recommends award of Bid 24-071 to DataWorks Plus, LLC,
Greenville, South Carolina, the lowest responsive and responsible
bidder, for the 3-year evaluated cost of $71,700.00. The agreement may
be renewed for two further one-year terms at the item 3 rate.
Alternate A is not recommended; the Jail Division will buy booking
cameras under its own contract.

The system will hold the Sheriff's Office booking photo archive, about
612,000 images of roughly 240,000 persons booked since 1998, and will
be used only by analysts of the Criminal Intelligence Unit. Bidders
were told in Addendum 1 that, under Sheriff's Office General Order
07-22, a candidate returned by the software is an investigative lead
only and is not probable cause for an arrest. The same order permits
searches only for criminal investigations, missing persons and the
identification of the deceased.

Funding: FY2024 Sheriff's Office budget, account 100-560-1000-74350,
which carries $75,000 for this purchase. The County is exempt from
Texas sales tax (8.25%); exemption certificate on file. Local
Government Code sec. 262.023 requires competitive bids for county
purchases over $50,000.

For Commissioners Court agenda of June 11, 2024.

Kendra Voss, CTPM, Senior Buyer              Date: 05/21/2024
Alan Prieto, C.P.M., Purchasing Agent        Date: 05/22/2024""", "FBC BID 24-071 - P. 2/2"),
], "pdf", FBSO,
    [FBSO, "Fort Bend County Purchasing Department", "Fort Bend County Commissioners Court"],
    [DWP, "NEC", "Idemia", "Veritone", "Rank One Computing", "Clearview AI"],
    ["FACE Plus", "NeoFace Reveal", "MorphoFace Investigate", "Veritone IDentify"],
    [C(38500, 38500, "year", "1     Licence, 10 concurrent  38,500.00", FBSO, DWP, "FACE Plus"),
     C(14200, 14200, "one-time", "2     Implementation and      14,200.00", FBSO, DWP, "FACE Plus"),
     C(7700, 7700, "year", "3     Maintenance and          7,700.00", FBSO, DWP, "FACE Plus"),
     C(3600, 3600, None, "4     On-site training,        3,600.00", FBSO, DWP, "FACE Plus"),
     C(71700, 71700, None, "3-year evaluated cost   71,700.00", FBSO, DWP, "FACE Plus"),
     C(75000, 75000, None, "which carries $75,000 for this purchase", FBSO, None)],
    [N(10, "exact", "licenses", None, "1     Licence, 10 concurrent", FBSO, DWP),
     N(612000, "approximately", "images", None, "about 612,000 images", FBSO, DWP),
     N(240000, "approximately", "images", None, "roughly 240,000 persons booked since 1998", FBSO, DWP)],
    [P("a candidate returned by the software is an investigative lead only and is not probable cause for an "
       "arrest.", FBSO, "disclaimer"),
     P("The same order permits searches only for criminal investigations, missing persons and the "
       "identification of the deceased.", FBSO, "purpose")],
    [],
    ["2024-05-09", "1998", "2024", "2024-06-11", "2024-05-21", "2024-05-22"],
    scan="pdf")


# ---------------------------------------------------------------- 2 Washington: Lynnwood PD (Outlook + quote)
LPD = "Lynnwood Police Department"
COG = "Cognitec Systems"
DBS = "FaceVACS-DBScan LE"
SUBJ2 = "Cognitec quote - face search for Investigations"
doc("02_lynnwood-pd-cognitec-quote-outlook.txt", [
    ("Halvorsen, Greta", """\
From:          Tran, Michael
Sent:          Wednesday, October 9, 2024 3:27 PM
To:            Halvorsen, Greta
Cc:            Ebersole, Dana
Subject:       RE: Cognitec quote - face search for Investigations
Attachments:   Lynnwood_Q-US-24-1187_rev2.pdf

Greta,

The revised Cognitec quote is pasted at the bottom (the PDF is
attached too, but the filter keeps stripping it). Rolf took out the
third client workstation, so the one-time charges came down by
$2,400. Maintenance is 20% of the licence value each year.

On your questions:
1. Gallery. We would load the Snohomish County Jail booking extract,
   about 185,000 photos. Edmonds PD loads the same extract; their
   unit runs about 40 searches a month and pays Cognitec about
   $5,200 a year for maintenance.

2. Access. Two workstations means two licensed examiners, me and
   Det. Ruiz.

3. SB 6280 / RCW 43.386. We have to file the notice of intent and
   the accountability report with Council before we use it, and the
   report has to go through the public comment period. RCW 43.386.080
   also means we can't use it for ongoing surveillance or real-time
   identification without a warrant.

4. Policy. Draft Policy 346 is still with Legal. As drafted it would
   let only trained examiners run a search and would treat a
   possible match as a lead only. Nothing is adopted yet.

Dana - Finance says it would come out of the police technology
line, 001.210.521.35.3100, in the 2025 budget amendment.

Mike

Sgt. Michael Tran | Investigations | Lynnwood Police Department
425-555-0162""", "LPD PRR 24-1186                                        000117"),
    ("Halvorsen, Greta", """\
--- pasted from the vendor email ---
From: Rolf Ackermann <rackermann@cognitec.example>
Sent: Monday, October 7, 2024 5:48 PM
To: Tran, Michael
Subject: Revised quotation Q-US-24-1187 rev. 2 - City of Lynnwood

Hello Michael, as discussed, revision 2 drops the third client licence.

COGNITEC SYSTEMS CORPORATION
QUOTATION Q-US-24-1187 rev. 2                  Date: October 7, 2024
Customer: Lynnwood Police Department, 19321 44th Ave W, Lynnwood WA
Valid for 60 days. Prices in USD.

Pos  Description                          Qty  Unit price     Amount
---  -----------------------------------  ---  ----------  ---------
ONE-TIME CHARGES
1    FaceVACS-DBScan LE server licence,     1   14,500.00  14,500.00
     perpetual, gallery up to 500,000
     images
2    DBScan LE client licence                               4,800.00
     (2 workstations)
3    Remote installation, configuration                     2,650.00
     and booking-photo import
4    Examiner training, web-based, 1 day                    1,280.00
     (up to 6 trainees)
                                         One-time subtotal  23,230.00
ANNUAL CHARGES
5    Software maintenance and support,                      3,860.00
     12 months, 20% of Pos 1-2
                                         Total, year 1      27,090.00

Washington State sales tax (10.6%) will be added to the invoice.

Best regards,
Rolf Ackermann
Sales Director North America, Cognitec Systems Corporation""",
     "LPD PRR 24-1186                                        000118"),
    ("Halvorsen, Greta", """\
-----Original Message-----
From: Halvorsen, Greta
Sent: Tuesday, October 8, 2024 9:12 AM
To: Tran, Michael
Cc: Ebersole, Dana
Subject: Cognitec quote - face search for Investigations

Mike,

Before I take this to the Chief I need three things: what gallery we
would search, who gets access, and what SB 6280 makes us do before
go-live. Dana also needs the year-one number and the ongoing cost
for the budget amendment.

Thanks,
Greta

Deputy Chief Greta Halvorsen | Lynnwood Police Department""",
     "LPD PRR 24-1186                                        000119"),
], "print", LPD,
    [LPD, "Lynnwood City Council", "Edmonds Police Department", "Snohomish County Jail"],
    [COG],
    [DBS],
    [C(5200, 5200, "year", "pays Cognitec about $5,200 a year for maintenance", "Edmonds Police Department", COG,
       DBS),
     C(14500, 14500, "one-time", "1    FaceVACS-DBScan LE server licence,     1   14,500.00  14,500.00", LPD, COG,
       DBS),
     C(4800, 4800, "one-time", "2    DBScan LE client licence                               4,800.00", LPD, COG,
       DBS),
     C(2650, 2650, "one-time", "3    Remote installation, configuration                     2,650.00", LPD, COG,
       DBS),
     C(1280, 1280, "one-time", "4    Examiner training, web-based, 1 day                    1,280.00", LPD, COG,
       DBS),
     C(23230, 23230, "one-time", "One-time subtotal  23,230.00", LPD, COG, DBS),
     C(3860, 3860, "year", "5    Software maintenance and support,                      3,860.00", LPD, COG,
       DBS),
     C(27090, 27090, None, "Total, year 1      27,090.00", LPD, COG, DBS)],
    [N(185000, "approximately", "images", None, "about 185,000 photos", LPD, COG),
     N(40, "approximately", "searches", "month", "their unit runs about 40 searches a month",
       "Edmonds Police Department", COG),
     N(2, "exact", "users", None, "Two workstations means two licensed examiners", LPD, COG),
     N(2, "exact", "licenses", None, "(2 workstations)", LPD, COG)],
    [P("We have to file the notice of intent and the accountability report with Council before we use it",
       LPD, "requirement"),
     P("RCW 43.386.080 also means we can't use it for ongoing surveillance or real-time identification without "
       "a warrant.", LPD, "prohibition")],
    [E("Tran, Michael", "Halvorsen, Greta", "Wednesday, October 9, 2024 3:27 PM", "RE: " + SUBJ2),
     E("Rolf Ackermann", "Tran, Michael", "Monday, October 7, 2024 5:48 PM",
       "Revised quotation Q-US-24-1187 rev. 2 - City of Lynnwood"),
     E("Halvorsen, Greta", "Tran, Michael", "Tuesday, October 8, 2024 9:12 AM", SUBJ2)],
    ["2024-10-09", "2025", "2024-10-07", "2024-10-08"],
    scan="print")


# ---------------------------------------------------------------- 3 Ohio: Cleveland Division of Police (RTCC report)
CDP = "Cleveland Division of Police"
CCSO = "Cuyahoga County Sheriff's Office"
STACC = "Ohio Statewide Terrorism Analysis and Crime Center"
CV = "Clearview AI"
doc("03_cleveland-police-rtcc-annual-report-2024.txt", [
    (None, """\
CITY OF CLEVELAND - DIVISION OF POLICE
REAL TIME CRIME CENTER
2024 ANNUAL REPORT

Submitted to: Chief of Police; City Council Public Safety Committee
Prepared by:  Lt. Renata Szabo, RTCC Commander
Date:         February 14, 2025

1. Overview
The Real Time Crime Center (RTCC) operates 24 hours a day from the
Fourth District building. In 2024 it was staffed by one lieutenant,
three sergeants and 14 civilian analysts. The RTCC supports patrol
and investigations with live camera access, license plate reader
alerts and face recognition searches of still images.

2. Systems and 2024 costs

System                          Vendor              2024 cost   Term
------------------------------  ------------  -------------  ------
Camera integration platform     Axon (Fusus)     298,000.00  annual
License plate readers (210)     Flock Safety     630,000.00  annual
Video analytics, BriefCam       BriefCam          86,500.00  annual
  Review (object search only)
Face recognition, 8 licences    Clearview AI      36,000.00  annual
  ($4,500 per licence)
------------------------------  ------------  -------------  ------
Total                                          1,050,500.00

BriefCam's face recognition module is not licensed, and the RTCC
does not run face recognition on live or recorded video. All face
searches use still images submitted with a request.""", "RTCC 2024 AR - p. 1 of 3"),
    (None, """\
3. Face recognition requests and searches
Requests come from CDP detectives and, under mutual aid, from other
agencies. One request may need several searches (different crops or
frames). When Clearview AI returns no usable candidate, the analyst
sends the image through OHLEG to the Ohio Bureau of Criminal
Investigation, which searches Ohio BMV and booking photographs.

Table 2. Face recognition activity by quarter, 2024

Quarter  Requests   Clearview   Sent to   Possible    Leads to
         received    searches     OHLEG    matches  detectives
-------  --------  ----------  --------  ---------  ----------
Q1            112         186        21         74          41
Q2            131         214        18         88          52
Q3            149         251        26         97          55
Q4            127         203        15         80          47
-------  --------  ----------  --------  ---------  ----------
Total         519         854        80        339         195

Of the 519 requests, 31 came from the Cuyahoga County Sheriff's
Office; the rest came from CDP units. Arrests are tracked by the
case units, not the RTCC, and are not reported here. A possible
match was found in 39.7% of searches.

4. Other agencies
The Cuyahoga County Sheriff's Office also has its own Clearview AI
account. It reported 6 licences and about 420 searches in 2024, and
pays $27,000 a year. The Ohio Statewide Terrorism Analysis and Crime
Center (STACC) told the RTCC that it handled 2,365 face recognition
requests from Ohio agencies in 2024; Cleveland's 80 OHLEG submissions
are included in that figure. The Northeast Ohio Regional Fusion
Center does not run face searches.""", "RTCC 2024 AR - p. 2 of 3"),
    (None, """\
5. Policy and oversight
Face searches are governed by General Police Order 3.2.19, Facial
Recognition (revised June 2023). Its main rules are:

  a. Face searches are limited to active criminal investigations,
     missing persons, and the identification of deceased or
     incapacitated persons.
  b. Every request must carry a CDP report number and the offense.
  c. A possible match is an investigative lead only and is not
     probable cause to arrest.
  d. Analysts shall not search images of persons engaged in lawful
     protest or other activity protected by the First Amendment.
  e. Before a lead is released, a second analyst must review the
     probe image and the candidate.
  f. Misuse of the system, including any search for a personal
     reason, will result in loss of access and referral to the
     Inspections Unit for discipline.

The Inspections Unit audited a random sample of 60 searches in
October 2024 and found no violations.

6. Plans for 2025
The RTCC has asked for two more Clearview AI licences in the 2025
budget. The Community Police Commission has proposed that the RTCC
publish quarterly face recognition figures on the City website; that
proposal has not been adopted.

Questions: RTCC Commander, (216) 555-0172.""", "RTCC 2024 AR - p. 3 of 3"),
], "pdf", CDP,
    [CDP, "Cleveland City Council", CCSO, STACC, "Ohio Bureau of Criminal Investigation", "Ohio Bureau of Motor Vehicles",
     "Northeast Ohio Regional Fusion Center", "Cleveland Community Police Commission"],
    ["Axon", "Flock Safety", "BriefCam", CV],
    ["Fusus", "BriefCam Review"],
    [C(36000, 36000, "year", "Face recognition, 8 licences    Clearview AI      36,000.00", CDP, CV),
     C(4500, 4500, "year", "($4,500 per licence)", CDP, CV, unit="per user"),
     C(27000, 27000, "year", "pays $27,000 a year", CCSO, CV)],
    [N(8, "exact", "licenses", None, "Face recognition, 8 licences", CDP, CV),
     N(112, "exact", "requests", "quarter", "Q1            112", CDP, None),
     N(131, "exact", "requests", "quarter", "Q2            131", CDP, None),
     N(149, "exact", "requests", "quarter", "Q3            149", CDP, None),
     N(127, "exact", "requests", "quarter", "Q4            127", CDP, None),
     N(186, "exact", "searches", "quarter", "Q1            112         186", CDP, CV),
     N(214, "exact", "searches", "quarter", "Q2            131         214", CDP, CV),
     N(251, "exact", "searches", "quarter", "Q3            149         251", CDP, CV),
     N(203, "exact", "searches", "quarter", "Q4            127         203", CDP, CV),
     N(21, "exact", "requests", "quarter", "Q1            112         186        21", CDP, None),
     N(18, "exact", "requests", "quarter", "Q2            131         214        18", CDP, None),
     N(26, "exact", "requests", "quarter", "Q3            149         251        26", CDP, None),
     N(15, "exact", "requests", "quarter", "Q4            127         203        15", CDP, None),
     N(519, "exact", "requests", "year", "Total         519", CDP, None),
     N(854, "exact", "searches", "year", "Total         519         854", CDP, CV),
     N(80, "exact", "requests", "year", "Total         519         854        80", CDP, None),
     N(339, "exact", "matches", "year", "Total         519         854        80        339", CDP, CV),
     N(195, "exact", "leads", "year", "Total         519         854        80        339         195", CDP, CV),
     N(31, "exact", "requests", None, "31 came from the Cuyahoga County Sheriff's Office", CCSO, None),
     N(6, "exact", "licenses", None, "It reported 6 licences", CCSO, CV),
     N(420, "approximately", "searches", "year", "about 420 searches in 2024", CCSO, CV),
     N(2365, "exact", "requests", "year", "it handled 2,365 face recognition requests from Ohio agencies in 2024",
       STACC, None)],
    [P("Face searches are limited to active criminal investigations, missing persons, and the identification of "
       "deceased or incapacitated persons.", CDP, "purpose"),
     P("Every request must carry a CDP report number and the offense.", CDP, "requirement"),
     P("A possible match is an investigative lead only and is not probable cause to arrest.", CDP, "disclaimer"),
     P("Analysts shall not search images of persons engaged in lawful protest or other activity protected by the "
       "First Amendment.", CDP, "prohibition"),
     P("Before a lead is released, a second analyst must review the probe image and the candidate.", CDP,
       "requirement"),
     P("Misuse of the system, including any search for a personal reason, will result in loss of access and "
       "referral to the Inspections Unit for discipline.", CDP, "consequence")],
    [],
    ["2025-02-14", "2024", "2023-06", "2024-10", "2025"],
    scan="pdf")


# ---------------------------------------------------------------- 4 Nevada: Boulder City PD (general order)
BCPD = "Boulder City Police Department"
MSI = "Motorola Solutions"
VFS = "Vigilant FaceSearch"
SNCTC = "Southern Nevada Counter-Terrorism Center"
doc("04_boulder-city-pd-general-order-facial-recognition.txt", [
    (None, """\
BOULDER CITY POLICE DEPARTMENT
1005 Arizona Street, Boulder City, Nevada 89005

GENERAL ORDER 520.14
Subject:       Facial Recognition Technology
Effective:     September 3, 2024
Supersedes:    Interim Directive 23-06 (June 12, 2023)
Review:        Annually, by the Support Services Captain
Approved:      [signature on file], Chief of Police

1. PURPOSE
1.1  This order governs the Department's use of facial recognition
     technology (FRT) to compare a probe image with a gallery of
     known images.

2. POLICY
2.1  Facial recognition may be used only to develop investigative
     leads in a criminal investigation, to locate a missing or
     endangered person, or to identify a deceased or incapacitated
     person who cannot identify himself or herself.
2.2  A candidate returned by an FRT search is an investigative lead
     only and shall not by itself establish probable cause for an
     arrest, a search warrant or any other enforcement action.

3. DEFINITIONS
3.1  Probe image: the photograph or video still submitted for search.
3.2  Candidate list: the ranked set of gallery images returned.
3.3  Authorized user: a member who holds an account under section 5.

4. AUTHORIZED SYSTEM
4.1  The only FRT system authorized for Department use is Vigilant
     FaceSearch, provided by Motorola Solutions. Its gallery consists
     of booking photographs contributed by participating agencies,
     about 2.6 million images as of July 2024.
4.2  The Department holds four named-user licences. The subscription
     costs $8,400 per year and is paid from the Investigations budget
     (account 101-4220-52315).
4.3  Members shall not use Clearview AI, any other commercial service
     that searches images collected from the internet, or any
     personal device or account to perform a face search.""", "GO 520.14 - Page 1 of 3"),
    (None, """\
5. ACCESS AND TRAINING
5.1  To hold an account, a member must be assigned to the
     Investigations Bureau and must have completed the vendor's user
     course and the Department's annual FRT training.
5.2  The Investigations Lieutenant shall disable an account within
     3 business days after the member leaves the Investigations
     Bureau.

6. PROCEDURE
6.1  Every search shall be logged with the case number, the offense,
     the source of the probe image and the name of the user.
6.2  Before a candidate is given to a case agent, a second authorized
     user shall compare the probe image with the candidate and record
     whether he or she agrees.
6.3  Members may ask the Southern Nevada Counter-Terrorism Center
     (SNCTC) to run a search when FaceSearch returns no candidate.
     Requests shall be sent on the SNCTC request form.
6.4  Members shall not conduct or request a search of a person
     because of the person's race, religion, sexual orientation or
     participation in a lawful protest or assembly.
6.5  FRT shall not be used on live video or for ongoing surveillance
     of any person.
6.6  Requests from other agencies, including the Henderson Police
     Department and the Las Vegas Metropolitan Police Department,
     shall be referred to SNCTC.

7. RECORDS AND REPORTING
7.1  Search logs shall be retained for four years.
7.2  The Support Services Captain shall report to the Chief each
     January the number of searches run, the number of candidates
     given to case agents, and any misuse found. In 2023 the
     Department ran 57 searches under Interim Directive 23-06.""", "GO 520.14 - Page 2 of 3"),
    (None, """\
8. VIOLATIONS
8.1  A member who uses FRT in violation of this order is subject to
     discipline up to and including termination, and may be referred
     for criminal prosecution under NRS 205.4765.

9. PROPOSED AMENDMENT (DRAFT - NOT IN EFFECT)
9.1  The Support Services Captain has proposed the following new
     section 6.7. It is under review by the City Attorney and has not
     been adopted:
     "Members shall not use a probe image taken from a social media
     account unless a supervisor first approves the search."

10. REFERENCES
NRS 239.010 (public records); NRS 205.4765 (unlawful acts regarding
computers); CALEA Standard 41.3.10; Interim Directive 23-06.

Distribution: all sworn and civilian personnel.""", "GO 520.14 - Page 3 of 3"),
], "pdf", BCPD,
    [BCPD, SNCTC, "Henderson Police Department", "Las Vegas Metropolitan Police Department"],
    [MSI, "Vigilant Solutions", "Clearview AI"],
    [VFS],
    [C(8400, 8400, "year", "The subscription costs $8,400 per year", BCPD, MSI, VFS)],
    [N(2600000, "approximately", "images", None, "about 2.6 million images as of July 2024", None, MSI),
     N(4, "exact", "licenses", None, "The Department holds four named-user licences.", BCPD, MSI),
     N(57, "exact", "searches", "year", "In 2023 the Department ran 57 searches", BCPD, MSI)],
    [P("Facial recognition may be used only to develop investigative leads in a criminal investigation, to locate "
       "a missing or endangered person, or to identify a deceased or incapacitated person who cannot identify "
       "himself or herself.", BCPD, "purpose"),
     P("A candidate returned by an FRT search is an investigative lead only and shall not by itself establish "
       "probable cause for an arrest, a search warrant or any other enforcement action.", BCPD, "disclaimer"),
     P("The only FRT system authorized for Department use is Vigilant FaceSearch, provided by Motorola Solutions.",
       BCPD, "permission"),
     P("Members shall not use Clearview AI, any other commercial service that searches images collected from the "
       "internet, or any personal device or account to perform a face search.", BCPD, "prohibition"),
     P("To hold an account, a member must be assigned to the Investigations Bureau and must have completed the "
       "vendor's user course and the Department's annual FRT training.", BCPD, "requirement"),
     P("The Investigations Lieutenant shall disable an account within 3 business days after the member leaves the "
       "Investigations Bureau.", BCPD, "requirement"),
     P("Every search shall be logged with the case number, the offense, the source of the probe image and the name "
       "of the user.", BCPD, "requirement"),
     P("Before a candidate is given to a case agent, a second authorized user shall compare the probe image with "
       "the candidate and record whether he or she agrees.", BCPD, "requirement"),
     P("Members may ask the Southern Nevada Counter-Terrorism Center (SNCTC) to run a search when FaceSearch "
       "returns no candidate.", BCPD, "permission"),
     P("Requests shall be sent on the SNCTC request form.", BCPD, "requirement"),
     P("Members shall not conduct or request a search of a person because of the person's race, religion, sexual "
       "orientation or participation in a lawful protest or assembly.", BCPD, "prohibition"),
     P("FRT shall not be used on live video or for ongoing surveillance of any person.", BCPD, "prohibition"),
     P("Requests from other agencies, including the Henderson Police Department and the Las Vegas Metropolitan "
       "Police Department, shall be referred to SNCTC.", BCPD, "requirement"),
     P("Search logs shall be retained for four years.", BCPD, "requirement"),
     P("The Support Services Captain shall report to the Chief each January the number of searches run, the "
       "number of candidates given to case agents, and any misuse found.", BCPD, "requirement"),
     P("A member who uses FRT in violation of this order is subject to discipline up to and including "
       "termination, and may be referred for criminal prosecution under NRS 205.4765.", BCPD, "consequence")],
    [],
    ["2024-09-03", "2023-06-12", "2024-07", "2023"],
    scan="pdf")


# ---------------------------------------------------------------- 5 Oregon: Keizer PD (council staff report)
KZPD = "Keizer Police Department"
MCSO = "Marion County Sheriff's Office"
VER = "Veritone"
IDF = "Veritone IDentify"
doc("05_keizer-pd-veritone-sole-source-staff-report.txt", [
    (None, """\
CITY OF KEIZER
930 Chemawa Road NE, Keizer, Oregon 97303 | (503) 555-0140

CITY COUNCIL STAFF REPORT                          Agenda Item 8.b

Meeting date:  March 17, 2025
To:            Mayor and City Council
Through:       City Manager
From:          Arlen Mattsson, Chief of Police
Subject:       Resolution R2025-3318, sole-source contract with
               Veritone, Inc. for the IDentify face search service

ISSUE
Shall the Council authorize the City Manager to sign a three-year
sole-source contract with Veritone, Inc. for Veritone IDentify, a
face search service for the Police Department's detectives?

BACKGROUND
Keizer detectives now send photographs of unknown suspects to the
Marion County Sheriff's Office, which runs them through its own
Veritone IDentify account. In 2024 the Department sent 41 such
requests. The Sheriff's Office pays Veritone about $46,000 a year for
its account and has told the Department that it will stop running
searches for other agencies after June 30, 2025.

The contract covers six named-user licences for the Criminal
Investigations Unit. Keizer detectives would search the Marion County
Jail booking gallery, approximately 310,000 images of about 128,000
people. The Salem Police Department joined the service in 2022 and
ran about 1,300 searches in 2024.

The Department has 47 sworn officers, of whom six are detectives.""", "Item 8.b - Page 1 of 3"),
    (None, """\
SOLE-SOURCE JUSTIFICATION
Under ORS 279B.075 and Keizer Public Contracting Rule 7.4, a contract
may be awarded without competition when the goods or services are
available from only one source. Staff finds this standard is met:
  1. The Marion County Jail booking gallery is hosted by Veritone
     under the County's contract, and the County will share it only
     with agencies that subscribe to Veritone IDentify.
  2. No other vendor can search that gallery without a new export,
     which the County has declined to provide.
  3. Using the same service as the Sheriff's Office and the Salem
     Police Department lets the three agencies audit one another's
     search logs.
A notice of intent to award was posted on OregonBuys from February
10 to February 17, 2025. No protest was received.

FISCAL IMPACT
                                      Year 1      Year 2      Year 3
                                     FY25-26     FY26-27     FY27-28
IDentify subscription (6 users)    18,900.00   19,656.00   20,442.24
Onboarding and training             3,500.00          --          --
  (one-time)
Total                              22,400.00   19,656.00   20,442.24

The subscription is priced at $3,150 per user per year, with a 4%
increase in each of years 2 and 3. The three-year total is $62,498.24
and the contract will carry a not-to-exceed amount of $63,000. Year 1
is funded in the proposed FY 2025-26 Police operating budget, line
101-410-5221 (Software Subscriptions), by moving $22,400 from the
vacant Community Service Officer position. There is no impact on the
General Fund balance. The Department's Axon body-worn camera contract
($41,200 a year) is a separate item and is not affected.""", "Item 8.b - Page 2 of 3"),
    (None, """\
POLICY CONSIDERATIONS
State law (ORS 133.741) bars the Department from applying facial
recognition to body-worn camera recordings, and the service will have
no connection to the Axon evidence system.

Keizer Police Policy 355, Facial Recognition, was adopted on January
21, 2025 and will apply from the first day of service. Under Policy
355, a detective must complete Veritone's user training before
running a search. Each search must be tied to a case number. A
candidate is a lead only and must be corroborated by other evidence
before any arrest. Searches to identify people taking part in a
lawful protest are prohibited.

At the February 24, 2025 work session Councilor Ibarra asked that
staff report search totals to the Council each year. Staff will bring
that proposal back with the first annual report; it is not part of
this resolution.

ALTERNATIVES
1. Adopt the resolution (recommended).
2. Decline, and continue to rely on the Sheriff's Office until June
   30, 2025, after which detectives would have no face search tool.

RECOMMENDATION
Staff recommends that the Council adopt Resolution R2025-3318.

Attachments: A. Resolution R2025-3318; B. Veritone quote Q-KZR-0117;
C. Keizer Police Policy 355.""", "Item 8.b - Page 3 of 3"),
], "pdf", KZPD,
    [KZPD, "City of Keizer", "Keizer City Council", MCSO, "Marion County Jail", "Salem Police Department"],
    [VER, "Axon"],
    [IDF],
    [C(46000, 46000, "year", "The Sheriff's Office pays Veritone about $46,000 a year", MCSO, VER, IDF),
     C(18900, 18900, "year", "IDentify subscription (6 users)    18,900.00", KZPD, VER, IDF),
     C(19656, 19656, "year", "18,900.00   19,656.00", KZPD, VER, IDF),
     C(20442.24, 20442.24, "year", "18,900.00   19,656.00   20,442.24", KZPD, VER, IDF),
     C(3500, 3500, "one-time", "Onboarding and training             3,500.00", KZPD, VER, IDF),
     C(22400, 22400, None, "Total                              22,400.00", KZPD, VER, IDF),
     C(3150, 3150, "year", "priced at $3,150 per user per year", KZPD, VER, IDF, unit="per user"),
     C(62498.24, 62498.24, None, "The three-year total is $62,498.24", KZPD, VER, IDF),
     C(None, 63000, None, "not-to-exceed amount of $63,000", KZPD, VER, IDF)],
    [N(41, "exact", "requests", "year", "In 2024 the Department sent 41 such requests", KZPD, VER),
     N(6, "exact", "licenses", None, "six named-user licences", KZPD, VER),
     N(310000, "approximately", "images", None, "approximately 310,000 images", KZPD, VER),
     N(128000, "approximately", "images", None, "about 128,000 people", KZPD, VER),
     N(1300, "approximately", "searches", "year", "ran about 1,300 searches in 2024", "Salem Police Department",
       VER)],
    [P("State law (ORS 133.741) bars the Department from applying facial recognition to body-worn camera "
       "recordings", KZPD, "prohibition"),
     P("a detective must complete Veritone's user training before running a search.", KZPD, "requirement"),
     P("Each search must be tied to a case number.", KZPD, "requirement"),
     P("A candidate is a lead only and must be corroborated by other evidence before any arrest.", KZPD,
       "disclaimer"),
     P("Searches to identify people taking part in a lawful protest are prohibited.", KZPD, "prohibition")],
    [],
    ["2025-03-17", "2024", "2025-06-30", "2022", "2025-02-10", "2025-02-17", "2025-01-21", "2025-02-24"],
    scan="pdf")


# ---------------------------------------------------------------- 6 Georgia: Clayton County PD (Teams chat)
CLPD = "Clayton County Police Department"
HCPD = "Henry County Police Department"
doc("06_clayton-county-pd-teams-chat-neoface.txt", [
    (None, """\
Microsoft Teams - chat export (eDiscovery)
Clayton County Police Department - Criminal Investigations Division
Chat:          CID Robbery / Crime Analysis - photo ID requests
Participants:  Oyelowo, Marcus (Det.); Pruitt, Shawna (Det.);
               Greer, Tamsin (Crime Analyst II); Ferrante, Luis (Sgt.)
Date range:    3/10/2025 - 3/12/2025
Custodian:     Greer, Tamsin        Open Records Request ORR-25-0388

Oyelowo, Marcus    3/10/2025 8:14 AM
    Tamsin - can you run the still from the Chevron robbery on Tara
    Blvd through NeoFace? Case 25-004417, still is in the case folder.
    Suspect got $1,340 and a carton of cigarettes.

Greer, Tamsin    3/10/2025 8:31 AM
    Can do. Per SOP 4.12 I need the offense on the request form, not
    just the case number, before I run anything.

Oyelowo, Marcus    3/10/2025 8:33 AM
    done, armed robbery

Greer, Tamsin    3/10/2025 9:47 AM
    Ran a couple of crops plus the side angle. NeoFace gave me 2
    candidates I'd call possible, list is in the folder. Remember a
    candidate is a lead only - you need independent corroboration
    before you take out a warrant.

Pruitt, Shawna    3/10/2025 9:52 AM
    Can you also run it through Clearview? Henry County PD uses it and
    they get hits on people who were never booked here.

Greer, Tamsin    3/10/2025 10:05 AM
    We don't have Clearview. We had a free trial in 2023 and command
    didn't renew it. Henry County pays about $15,000 a year for theirs.
    NeoFace only searches our own booking photos from the jail, about
    480,000 images. If nothing hits I can send it to GBI, they run it
    against DDS license photos. We sent GBI 27 requests last year and
    turnaround is about 10 days.""", "CCPD ORR-25-0388 - 0007"),
    (None, """\
Pruitt, Shawna    3/10/2025 10:09 AM
    what about pulling his face off his facebook and running that?

Greer, Tamsin    3/10/2025 10:15 AM
    There's no policy that says we can't use a social media photo as a
    probe. Lt. Hammond is drafting something that would need his
    sign-off first, but it isn't out yet.

Ferrante, Luis    3/10/2025 11:20 AM
    Adding this here since everyone is on the thread. Two things:
    1) Detectives are not allowed NeoFace accounts - only the 3
       analysts in Crime Analysis have logins, so route everything to
       Tamsin, Deshawn or Priya.
    2) Misuse of NeoFace, meaning running anyone for a non-case
       reason, is an OPS referral and you lose access. Not a warning.
    Also FYI the NeoFace Reveal maintenance renewal is on the BOC
    agenda 3/25: $42,750 for FY26, up from $39,900 this year. The
    unit ran 1,038 searches in calendar 2024 so it earns its keep.

Oyelowo, Marcus    3/12/2025 4:02 PM
    Update: candidate #1 from Monday was corroborated by the clerk's
    photo lineup and phone records. Arrest made 3/12. Thanks Tamsin.

Greer, Tamsin    3/12/2025 4:10 PM
    nice. I'll count it as an ID in the quarterly stats. For Q1 so far
    that's 14 IDs from 221 searches.

[End of export - 11 messages]""", "CCPD ORR-25-0388 - 0008"),
], "pdf", CLPD,
    [CLPD, HCPD, "Georgia Bureau of Investigation", "Georgia Department of Driver Services",
     "Clayton County Board of Commissioners"],
    ["NEC", "Clearview AI"],
    ["NeoFace Reveal"],
    [C(15000, 15000, "year", "Henry County pays about $15,000 a year for theirs", HCPD, "Clearview AI"),
     C(42750, 42750, "year", "$42,750 for FY26", CLPD, "NEC", "NeoFace Reveal"),
     C(39900, 39900, "year", "up from $39,900 this year", CLPD, "NEC", "NeoFace Reveal")],
    [N(2, "exact", "matches", None, "NeoFace gave me 2 candidates I'd call possible", CLPD, "NEC"),
     N(480000, "approximately", "images", None, "about 480,000 images", CLPD, "NEC"),
     N(27, "exact", "requests", "year", "We sent GBI 27 requests last year", CLPD, None),
     N(3, "exact", "users", None, "only the 3 analysts in Crime Analysis have logins", CLPD, "NEC"),
     N(1038, "exact", "searches", "year", "unit ran 1,038 searches in calendar 2024", CLPD, "NEC"),
     N(14, "exact", "identifications", "quarter", "that's 14 IDs from 221 searches", CLPD, "NEC"),
     N(221, "exact", "searches", "quarter", "14 IDs from 221 searches", CLPD, "NEC")],
    [P("Per SOP 4.12 I need the offense on the request form, not just the case number, before I run anything.",
       CLPD, "requirement"),
     P("Remember a candidate is a lead only - you need independent corroboration before you take out a warrant.",
       CLPD, "disclaimer"),
     P("Detectives are not allowed NeoFace accounts", CLPD, "prohibition"),
     P("Misuse of NeoFace, meaning running anyone for a non-case reason, is an OPS referral and you lose access.",
       CLPD, "consequence")],
    [],
    ["2025-03-10", "2025-03-12", "2023", "2024"])


def main():
    out = HERE / "docs"
    out.mkdir(exist_ok=True)
    for d in DOCS:
        (out / d["file"]).write_text(d["text"], encoding="utf-8")
    (HERE / "labels.json").write_text(json.dumps([d["label"] for d in DOCS], indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(DOCS)} documents and labels.json")


if __name__ == "__main__":
    main()
