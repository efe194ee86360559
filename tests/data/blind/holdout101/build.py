"""Writes docs/*.txt and labels.json for holdout101 (six invented releases: OR, KS, WV, MI, LA, RI).
Labels are written from intent, in the same call that writes the texts, before anything is rendered.
The label format follows holdout42 (corpus format plus request_agency, pdf, scan, per-fact
agency/vendor/product, unit on costs, counts with qualifier/measure/per), and adds `kind` on policies."""
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
            assert len(line) <= MAX_COLS, (file, len(line), line)
            assert line.isascii(), (file, line)
        texts.append(page)
    text = "\f".join(texts)
    for group in (costs, counts, policies):
        for f in group:
            f["quote"] = _resolve(f["quote"], text)
            assert f["quote"] in text, (file, f["quote"])
    image_counts = [{"count": c["count"], "quote": c["quote"]} for c in counts if c["measure"] in USAGE]
    DOCS.append(dict(file=file, pages=pages, render=render, scan=scan, text=text, label={
        "file": "docs/" + file, "request_agency": request_agency, "agencies": agencies, "vendors": vendors,
        "products": products, "costs": costs, "image_counts": image_counts, "counts": counts,
        "policies": policies, "emails": emails, "dates": dates,
        "pdf": "pdf/" + file[:-4] + ".pdf", "scan": ("pdf/" + file[:-4] + ".scan.pdf") if scan else None}))


# ---------------------------------------------------------------- 1 Oregon: Lake Oswego PD
LOPD = "Lake Oswego Police Department"
MSI = "Motorola Solutions"
VFS = "Vigilant FaceSearch"
SUBJ1 = "Vigilant FaceSearch proposal - Lake Oswego PD (Q-24-00418)"
doc("01_lake-oswego-pd-vigilant-facesearch-seats-outlook.txt", [
    ("Teague, Rosalind", """\
From:       Teague, Rosalind <rteague@lakeoswego.city>
Sent:       Wednesday, February 14, 2024 8:36 AM
To:         Ohlund, Garrett
Cc:         Brandvold, Neil <nbrandvold@lakeoswego.city>
Subject:    RE: Vigilant FaceSearch proposal - Lake Oswego PD (Q-24-00418)

Garrett,

That works for us. Six seats at $1,650 per seat, one-year term, for
$9,900. Please send a revised quote with the camera and the LEARN
lines taken off - the LEARN renewal goes on its own PO in July. Neil
in Finance will cut the purchase order once the quote is in.

Seats will be assigned only to detectives who have completed your
online FaceSearch course. Per LOPD Policy 427, a FaceSearch result
is an investigative lead only and may not be the sole basis for an
arrest.

Thanks,
Lt. Rosalind Teague | Investigations Division
Lake Oswego Police Department | 503-555-0142

________________________________
From: Ohlund, Garrett <garrett.ohlund@motorolasolutions.com>
Sent: Monday, February 12, 2024 4:58 PM
To: Teague, Rosalind <rteague@lakeoswego.city>
Subject: RE: Vigilant FaceSearch proposal - Lake Oswego PD (Q-24-00418)

Lieutenant,

I went back to my regional manager and can offer two options:

  A) 8 seats at $1,500 per seat = $12,000 per year
  B) 6 seats at $1,650 per seat = $9,900 per year

Either option includes the full FaceSearch gallery, now over 18
million booking images shared by agencies across the country, and
unlimited searches. I can hold these prices through February 29.""",
     "LOPD PRR 24-0087                                         000112"),
    ("Teague, Rosalind", """\
Garrett

________________________________
From: Teague, Rosalind <rteague@lakeoswego.city>
Sent: Friday, February 9, 2024 11:14 AM
To: Ohlund, Garrett <garrett.ohlund@motorolasolutions.com>
Subject: RE: Vigilant FaceSearch proposal - Lake Oswego PD (Q-24-00418)

Garrett,

Ten seats is more than we need. During the 30-day trial seven
detectives had logins, and they ran 164 searches between them. Six
seats would cover the people who actually used it. I have $9,000 set
aside in the FY 2023-25 biennial budget for this, so $1,800 a seat
is out of reach for us.

One more thing: ORS 133.741 prohibits us from using facial
recognition to analyze body-worn camera recordings, so please make
sure FaceSearch has no connection to our Axon evidence account.

Rosalind

________________________________
From: Ohlund, Garrett <garrett.ohlund@motorolasolutions.com>
Sent: Tuesday, February 6, 2024 2:20 PM
To: Teague, Rosalind <rteague@lakeoswego.city>
Subject: Vigilant FaceSearch proposal - Lake Oswego PD (Q-24-00418)

Lieutenant Teague,

Thanks for your time on the trial debrief. As discussed, here is
quote Q-24-00418:

  Vigilant FaceSearch investigative seats (10)    $18,000.00 / yr
  Vigilant fixed ALPR camera, Kruse Way (1)        $8,975.00
  LEARN ALPR data renewal (existing account)       $6,250.00 / yr""",
     "LOPD PRR 24-0087                                         000113"),
    ("Teague, Rosalind", """\
The seat price works out to $1,800 per seat per year, our standard
Oregon public-safety rate, and it is 8.3% below list. Pricing is good
for 60 days. Camera shipping is $95; Oregon has no sales tax.

Best,
Garrett Ohlund
Account Executive, Pacific Northwest
Motorola Solutions | Vigilant
(971) 555-0163

CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended
only for the named recipient and may contain confidential and
privileged information of Motorola Solutions, Inc.""",
     "LOPD PRR 24-0087                                         000114"),
], "print", LOPD,
    [LOPD],
    [MSI, "Vigilant Solutions", "Axon"],
    [VFS, "LEARN"],
    [C(9900, 9900, "year", "one-year term, for $9,900", LOPD, MSI, VFS),
     C(1650, 1650, "year", "Six seats at $1,650 per seat", LOPD, MSI, VFS, unit="per user"),
     C(12000, 12000, "year", "A) 8 seats at $1,500 per seat = $12,000 per year", LOPD, MSI, VFS),
     C(1500, 1500, "year", "A) 8 seats at $1,500 per seat", LOPD, MSI, VFS, unit="per user"),
     C(9000, 9000, None, "I have $9,000 set aside in the FY 2023-25 biennial budget for this", LOPD, MSI, VFS),
     C(18000, 18000, "year", "Vigilant FaceSearch investigative seats (10)    $18,000.00 / yr", LOPD, MSI, VFS),
     C(1800, 1800, "year", "The seat price works out to $1,800 per seat per year", LOPD, MSI, VFS,
       unit="per user")],
    [N(6, "exact", "licenses", None, "Six seats at $1,650 per seat", LOPD, MSI),
     N(8, "exact", "licenses", None, "A) 8 seats at $1,500 per seat", LOPD, MSI),
     N(18000000, "more than", "images", None, "now over 18 million booking images", None, MSI),
     N(7, "exact", "users", None, "seven detectives had logins", LOPD, MSI),
     N(164, "exact", "searches", None, "they ran 164 searches between them", LOPD, MSI),
     N(10, "exact", "licenses", None, "Vigilant FaceSearch investigative seats (10)", LOPD, MSI)],
    [P("Seats will be assigned only to detectives who have completed your online FaceSearch course.", LOPD,
       "requirement"),
     P("Per LOPD Policy 427, a FaceSearch result is an investigative lead only and may not be the sole basis "
       "for an arrest.", LOPD, "disclaimer"),
     P("ORS 133.741 prohibits us from using facial recognition to analyze body-worn camera recordings", LOPD,
       "prohibition")],
    [E("Teague, Rosalind", "Ohlund, Garrett", "Wednesday, February 14, 2024 8:36 AM", "RE: " + SUBJ1),
     E("Ohlund, Garrett", "Teague, Rosalind", "Monday, February 12, 2024 4:58 PM", "RE: " + SUBJ1),
     E("Teague, Rosalind", "Ohlund, Garrett", "Friday, February 9, 2024 11:14 AM", "RE: " + SUBJ1),
     E("Ohlund, Garrett", "Teague, Rosalind", "Tuesday, February 6, 2024 2:20 PM", SUBJ1)],
    ["2024-02-14", "2024-02-12", "2024-02-09", "2024-02-06"],
    scan="print")


# ---------------------------------------------------------------- 2 Kansas: Reno County SO
RCSO = "Reno County Sheriff's Office"
DWP = "DataWorks Plus"
doc("02_reno-county-so-fr-software-bid-tabulation.txt", [
    (None, """\
RENO COUNTY PURCHASING DEPARTMENT
206 West First Avenue, Hutchinson, Kansas 67501 | (620) 555-0118

                          BID TABULATION

RFB No.:       24-017  Facial Recognition Investigative Software
Requested by:  Reno County Sheriff's Office
Bid opening:   Tuesday, April 9, 2024, 2:00 p.m. Central
Opened by:     Kiley Marchbanks, Purchasing Agent
Witness:       Sgt. Owen Rademacher, Sheriff's Office

Notices went to 11 vendors; 3 sealed bids were received on time.
All prices are FOB destination. Reno County is exempt from Kansas
sales tax under K.S.A. 79-3606(b); no bid includes tax.

                                 DataWorks     NEC Corp.      Cognitec
Item  Description                Plus, LLC    of America       Systems
----  ----------------------  ------------  ------------  ------------
1     Investigative             $23,600.00    $31,200.00    $19,880.00
      workstation licences
      (4 seats)
        unit price per seat      $5,900.00     $7,800.00     $4,970.00
2     Implementation, gallery    $6,500.00    $12,000.00     $9,750.00
      load and interfaces
3     Maintenance and            $4,720.00     $6,240.00     $3,976.00
      support, year 1
4     On-site training           $2,400.00      included     $3,100.00
      (2 days)
----  ----------------------  ------------  ------------  ------------
      TOTAL BID, items 1-4      $37,220.00    $49,440.00    $36,706.00

5     Optional: mobile client      $180.00        no bid       $240.00
      (per device, per year)

Software bid:   DataWorks Plus - FACE Plus
                NEC - NeoFace Reveal
                Cognitec - FaceVACS-DBScan LE
Bid bond (5%):  received from all three bidders
Addendum 1:     acknowledged by DataWorks Plus and NEC; not
                acknowledged by Cognitec""", "RFB 24-017 Bid Tabulation - Page 1 of 2"),
    (None, """\
NOTES

1. Items 1, 2 and 4 are one-time charges. Item 3 is an annual charge;
   under the RFB terms, maintenance in years 2 through 5 may not rise
   more than 4% a year.
2. Cognitec Systems Corp. submitted the lowest total but did not
   acknowledge Addendum 1 (interface to the Spillman Flex jail
   management system). Its bid is non-responsive.
3. Optional item 5 is not recommended for award at this time.
4. The Sheriff's Office reports that its booking archive holds about
   61,500 booking photographs of roughly 38,000 individuals, taken
   since 2006. These will form the searchable gallery. No driver's
   license images from the Kansas Division of Vehicles will be loaded.

RECOMMENDATION OF AWARD

Award RFB 24-017 to DataWorks Plus, LLC, of Greenville, South
Carolina, the lowest responsive and responsible bidder, for items 1
through 4 in the amount of $37,220.00. Funding: Sheriff - Equipment
Reserve, account 001-2110-5470 (balance available $45,000).

Sheriff's Office comment (Undersheriff Dana Kolterman):
Use of the software will be governed by Sheriff's Office Policy 611,
Facial Recognition. Policy 611 limits searches to open criminal
investigations that have a case number. It states that a possible
match is an investigative lead only and is not probable cause for an
arrest. Policy 611 also prohibits searches of images taken at lawful
protests or other activity protected by the First Amendment.

Board of County Commissioners action: approved on the consent agenda,
April 23, 2024, item 6(c), by a vote of 5-0.

Prepared by:  Kiley Marchbanks, Purchasing Agent     Date: 04/10/2024
Reviewed by:  Travis Oberle, Purchasing Director     Date: 04/11/2024""",
     "RFB 24-017 Bid Tabulation - Page 2 of 2"),
], "pdf", RCSO,
    [RCSO, "Reno County Purchasing Department", "Reno County Board of County Commissioners",
     "Kansas Division of Vehicles"],
    [DWP, "NEC", "Cognitec Systems"],
    ["FACE Plus", "NeoFace Reveal", "FaceVACS-DBScan LE", "Spillman Flex"],
    [C(23600, 23600, "one-time", "1     Investigative             $23,600.00", RCSO, DWP, "FACE Plus"),
     C(5900, 5900, "one-time", "unit price per seat      $5,900.00", RCSO, DWP, "FACE Plus", unit="per user"),
     C(6500, 6500, "one-time", "2     Implementation, gallery    $6,500.00", RCSO, DWP, "FACE Plus"),
     C(4720, 4720, "year", "3     Maintenance and            $4,720.00", RCSO, DWP, "FACE Plus"),
     C(2400, 2400, "one-time", "4     On-site training           $2,400.00", RCSO, DWP, "FACE Plus"),
     C(37220, 37220, None, "TOTAL BID, items 1-4      $37,220.00", RCSO, DWP, "FACE Plus")],
    [N(4, "exact", "licenses", None, "workstation licences (4 seats)", RCSO, DWP),
     N(61500, "approximately", "images", None, "about 61,500 booking photographs", RCSO, DWP),
     N(38000, "approximately", "images", None, "roughly 38,000 individuals", RCSO, DWP)],
    [P("Policy 611 limits searches to open criminal investigations that have a case number.", RCSO, "purpose"),
     P("It states that a possible match is an investigative lead only and is not probable cause for an arrest.",
       RCSO, "disclaimer"),
     P("Policy 611 also prohibits searches of images taken at lawful protests or other activity protected by "
       "the First Amendment.", RCSO, "prohibition")],
    [],
    ["2024-04-09", "2006", "2024-04-23", "2024-04-10", "2024-04-11"],
    scan="pdf")


# ---------------------------------------------------------------- 3 West Virginia: Martinsburg PD
MPD = "Martinsburg Police Department"
BC = "BriefCam"
WVIFC = "West Virginia Intelligence Fusion Center"
FOOT3 = "Martinsburg Police Department | 2023 Annual Report | Page {}"
doc("03_martinsburg-pd-2023-annual-report-technology.txt", [
    ("CHAPTER 5 - TECHNOLOGY", """\
The Technology Unit (Cpl. Jared Stansbury and civilian analyst Erin
Loughry) supports the Department's cameras, evidence systems and
investigative software. This chapter reports on the three systems
that the Martinsburg City Council asked us to cover each year.

5.1 Body-worn cameras
All 58 sworn officers wear an Axon Body 3 camera. The Department
pays $71,400 a year under the five-year Axon agreement that Council
approved in 2021, which also covers Evidence.com storage. Officers
uploaded 41,380 video files in 2023.

5.2 License plate readers
Eight Flock Safety cameras at the city's main entrances cost $24,000
a year. They produced 1,212 hot-list alerts in 2023.

5.3 Face recognition
Since March 2022 the Department has used the face recognition module
of BriefCam Review to look for a person of interest in recorded video
(from city-owned cameras and video collected as evidence). The module
compares faces in the video only against a probe photo supplied by
the investigator. It does not search any mugshot or driver's license
database, and it does not run on live video.

Six members have BriefCam accounts: four detectives, the crime
analyst and Cpl. Stansbury. The base BriefCam Review licence costs
$9,600 a year and has no face features. The face recognition module
was added in 2022 for $3,200 a year, which brings the annual BriefCam
cost to $12,800.

To compare a photo against booking photographs, the Department sends
the probe photo to the West Virginia Intelligence Fusion Center
(WVIFC), which runs the search and returns any possible match. The
WVIFC does not charge the City for this service.""", FOOT3.format(31)),
    ("CHAPTER 5 - TECHNOLOGY", """\
Table 5-1. Face recognition use by year, 2021-2023

                                            2021      2022      2023
----------------------------------------  ------    ------    ------
BriefCam face searches run                    --       203       287
Probe photos sent to WVIFC                    38        57        64
Possible matches returned by WVIFC            11        19        23
----------------------------------------  ------    ------    ------
-- = module not yet in use (added March 2022)

BriefCam face searches rose 41% from 2022 to 2023, mostly because 21
city cameras were added downtown in 2023. Detectives report that 34
of the 2023 BriefCam searches gave a lead that was followed up, and
that those leads contributed to 9 arrests. WVIFC requests grew more
slowly; about one in three returned a possible match.

5.4 Rules for face recognition
West Virginia has no state law that limits police use of face
recognition; the rules below are the Department's own. General Order
410, Face Recognition, issued in February 2022, provides that:

 - Face recognition may be used only to identify a suspect, victim
   or witness in a criminal investigation, or a missing or deceased
   person.
 - A sergeant must approve each BriefCam face search and each WVIFC
   request, and the approval is logged with the case number.
 - Face recognition may not be used on body-worn camera video or on
   video of a lawful demonstration.
 - A possible match is an investigative lead only. It is not a
   positive identification and cannot by itself establish probable
   cause.
 - A member who misuses face recognition is subject to discipline,
   up to and including termination.

The Department is not asking for BriefCam's real-time alert feature
and has no plan to add it.""", FOOT3.format(32)),
], "pdf", MPD,
    [MPD, "Martinsburg City Council", WVIFC],
    ["Axon", "Flock Safety", BC],
    ["Axon Body 3", "Evidence.com", "BriefCam Review"],
    [C(3200, 3200, "year", "The face recognition module was added in 2022 for $3,200 a year", MPD, BC,
       "BriefCam Review")],
    [N(6, "exact", "users", None, "Six members have BriefCam accounts", MPD, BC),
     N(203, "exact", "searches", "year", "BriefCam face searches run                    --       203", MPD, BC),
     N(287, "exact", "searches", "year", "BriefCam face searches run                    --       203       287",
       MPD, BC),
     N(38, "exact", "requests", "year", "Probe photos sent to WVIFC                    38", MPD, None),
     N(57, "exact", "requests", "year", "Probe photos sent to WVIFC                    38        57", MPD, None),
     N(64, "exact", "requests", "year", "Probe photos sent to WVIFC                    38        57        64",
       MPD, None),
     N(11, "exact", "matches", "year", "Possible matches returned by WVIFC            11", MPD, None),
     N(19, "exact", "matches", "year", "Possible matches returned by WVIFC            11        19", MPD, None),
     N(23, "exact", "matches", "year", "Possible matches returned by WVIFC            11        19        23",
       MPD, None),
     N(34, "exact", "leads", "year", "34 of the 2023 BriefCam searches gave a lead", MPD, BC),
     N(9, "exact", "arrests", "year", "those leads contributed to 9 arrests", MPD, BC)],
    [P("Face recognition may be used only to identify a suspect, victim or witness in a criminal investigation, "
       "or a missing or deceased person.", MPD, "purpose"),
     P("A sergeant must approve each BriefCam face search and each WVIFC request, and the approval is logged "
       "with the case number.", MPD, "requirement"),
     P("Face recognition may not be used on body-worn camera video or on video of a lawful demonstration.", MPD,
       "prohibition"),
     P("A possible match is an investigative lead only. It is not a positive identification and cannot by "
       "itself establish probable cause.", MPD, "disclaimer"),
     P("A member who misuses face recognition is subject to discipline, up to and including termination.", MPD,
       "consequence")],
    [],
    ["2021", "2023", "2022-03", "2022", "2022-02"],
    scan="pdf")


# ---------------------------------------------------------------- 4 Michigan: Genesee County SO
GCSO = "Genesee County Sheriff's Office"
MSP = "Michigan State Police"
MIOC = "Michigan Intelligence Operations Center"
doc("04_genesee-county-so-mioc-snap-fr-mou.txt", [
    (None, """\
                   MEMORANDUM OF UNDERSTANDING
                            between the
                      MICHIGAN STATE POLICE,
          MICHIGAN INTELLIGENCE OPERATIONS CENTER (MIOC)
                              and the
                 GENESEE COUNTY SHERIFF'S OFFICE

Subject:  Access to the Statewide Network of Agency Photos (SNAP)
          facial recognition service
MOU No.:  MIOC-FR-2024-031

I. PURPOSE
This Memorandum of Understanding (MOU) sets the terms under which
authorized members of the Genesee County Sheriff's Office (GCSO) may
submit probe images to the facial recognition service operated by
the MIOC and receive candidate images from SNAP.

II. BACKGROUND
SNAP is maintained by the Michigan State Police and runs on the FACE
Plus software of DataWorks Plus, LLC. As of January 1, 2024, SNAP
held approximately 8.6 million criminal history (mugshot) images and
about 41 million driver's license and state identification card
images supplied by the Michigan Department of State. In calendar
year 2023 the MIOC facial recognition unit processed 5,184 search
requests from 197 law enforcement agencies.

III. ACCESS AND COST
A. GCSO may designate no more than four (4) Authorized Users. Each
   Authorized User will receive a named FACE Plus web client account.
B. The MIOC does not charge for searches. GCSO shall pay DataWorks
   Plus directly for its web client accounts, currently $1,150 per
   account per year ($4,600 per year for four accounts), and for any
   camera or scanner it chooses to buy for its workstations.
C. GCSO shall name one Terminal Agency Coordinator who keeps the list
   of Authorized Users current (Attachment A, withheld under
   MCL 15.243(1)(b)).""", "MIOC-FR-2024-031 | Page 1 of 3"),
    (None, """\
IV. CONDITIONS OF USE
GCSO agrees to the following conditions.

1.  Each Authorized User shall complete the MIOC facial recognition
    course (8 hours) before receiving an account, and a refresher
    course every two years.
2.  A search may be submitted only for a legitimate law enforcement
    purpose: to identify a suspect, victim or witness in an active
    criminal investigation, or to identify a deceased person or a
    person unable to identify himself or herself.
3.  Each search shall include the GCSO incident number and the
    offense code.
4.  GCSO shall not submit images of persons engaged in lawful
    assembly, religious practice or other activity protected by the
    First Amendment, unless the person is a suspect in a crime.
5.  GCSO shall not use SNAP for real-time or live video surveillance.
6.  A candidate returned by SNAP is an investigative lead only and
    shall not be treated as a positive identification or as the sole
    basis for an arrest, a search warrant or any other enforcement
    action.
7.  GCSO shall not submit SNAP candidate images to any commercial
    facial recognition service, including Clearview AI.
8.  When no Authorized User is available, GCSO may ask an MIOC
    analyst to run a search on its behalf by submitting form
    MIOC-FR-3.
9.  The MIOC shall audit a random sample of GCSO searches each
    quarter and report the results to the Sheriff.
10. Misuse of SNAP may result in suspension or termination of GCSO's
    access, and an Authorized User who obtains information for a
    personal purpose may be prosecuted under MCL 28.214.""", "MIOC-FR-2024-031 | Page 2 of 3"),
    (None, """\
V. TERM AND TERMINATION
This MOU takes effect on the date of the last signature and remains
in effect for three (3) years. Either party may end it on thirty
(30) days' written notice. It supersedes MOU MIOC-FR-2019-114, which
GCSO signed on June 3, 2019.

VI. POINTS OF CONTACT
MIOC:  F/Lt. Sandra Vukovich, Facial Recognition Unit, (517) 555-0197
GCSO:  Lt. Marcus Delacroix, Investigative Services, (810) 555-0134

VII. SIGNATURES

FOR THE MICHIGAN STATE POLICE / MIOC

_________________________________________      Date: 05/28/2024
Inspector Rebecca Allard, Commander, MIOC

FOR THE GENESEE COUNTY SHERIFF'S OFFICE

_________________________________________      Date: 06/04/2024
Capt. Adrienne Pollard, for the Sheriff of Genesee County

Attachment A - Authorized Users (withheld)""", "MIOC-FR-2024-031 | Page 3 of 3"),
], "pdf", GCSO,
    [MSP, MIOC, GCSO, "Michigan Department of State"],
    [DWP, "Clearview AI"],
    ["FACE Plus"],
    [C(1150, 1150, "year", "currently $1,150 per account per year", GCSO, DWP, "FACE Plus", unit="per user"),
     C(4600, 4600, "year", "$4,600 per year for four accounts", GCSO, DWP, "FACE Plus")],
    [N(8600000, "approximately", "images", None, "approximately 8.6 million criminal history (mugshot) images",
       MSP, DWP),
     N(41000000, "approximately", "images", None, "about 41 million driver's license and state identification "
       "card images", MSP, DWP),
     N(5184, "exact", "requests", "year", "processed 5,184 search requests", MIOC, DWP),
     N(4, "up to", "users", None, "no more than four (4) Authorized Users", GCSO, DWP)],
    [P("GCSO may designate no more than four (4) Authorized Users.", GCSO, "permission"),
     P("Each Authorized User shall complete the MIOC facial recognition course (8 hours) before receiving an "
       "account, and a refresher course every two years.", GCSO, "requirement"),
     P("A search may be submitted only for a legitimate law enforcement purpose: to identify a suspect, victim or "
       "witness in an active criminal investigation, or to identify a deceased person or a person unable to "
       "identify himself or herself.", GCSO, "purpose"),
     P("Each search shall include the GCSO incident number and the offense code.", GCSO, "requirement"),
     P("GCSO shall not submit images of persons engaged in lawful assembly, religious practice or other activity "
       "protected by the First Amendment, unless the person is a suspect in a crime.", GCSO, "prohibition"),
     P("GCSO shall not use SNAP for real-time or live video surveillance.", GCSO, "prohibition"),
     P("A candidate returned by SNAP is an investigative lead only and shall not be treated as a positive "
       "identification or as the sole basis for an arrest, a search warrant or any other enforcement action.",
       GCSO, "disclaimer"),
     P("GCSO shall not submit SNAP candidate images to any commercial facial recognition service, including "
       "Clearview AI.", GCSO, "prohibition"),
     P("When no Authorized User is available, GCSO may ask an MIOC analyst to run a search on its behalf by "
       "submitting form MIOC-FR-3.", GCSO, "permission"),
     P("The MIOC shall audit a random sample of GCSO searches each quarter and report the results to the Sheriff.",
       MIOC, "requirement"),
     P("Misuse of SNAP may result in suspension or termination of GCSO's access, and an Authorized User who "
       "obtains information for a personal purpose may be prosecuted under MCL 28.214.", GCSO, "consequence")],
    [],
    ["2024-01-01", "2023", "2019-06-03", "2024-05-28", "2024-06-04"],
    scan="pdf")


# ---------------------------------------------------------------- 5 Louisiana: Rapides Parish SO
RPSO = "Rapides Parish Sheriff's Office"
VT = "Veritone"
VID = "Veritone IDentify"
doc("05_rapides-parish-so-veritone-identify-invoice.txt", [
    (None, """\
VERITONE, INC.
1615 Platte Street, 2nd Floor, Denver, CO 80202
ar@veritone.com | (888) 555-0140                             INVOICE

Invoice No.:  INV-2024-071186                Invoice Date:  07/01/2024
Customer ID:  C-004417                       Terms:         Net 30
Customer PO:  RPSO-24-0652                   Due Date:      07/31/2024

Bill To:                                 Service Location:
Rapides Parish Sheriff's Office          Rapides Parish Sheriff's Office
Attn: Finance Division                   Criminal Investigations Div.
701 Murray Street                        701 Murray Street
Alexandria, LA 71301                     Alexandria, LA 71301

Service Period: 07/01/2024 - 06/30/2025

Ln  Description                            Qty  Unit Price      Amount
--  -------------------------------------  ---  ----------  ----------
1   Veritone IDentify - annual              13    1,200.00   15,600.00
    subscription, named users,
    07/01/2024 - 06/30/2025
2   Veritone IDentify - additional           3      449.18    1,347.54
    users added 02/15/2024, prorated
    02/15/2024 - 06/30/2024 (137/366)
3   Veritone Redact - body-worn camera             4,800.00    4,800.00
    video redaction, annual, 200 hours
4   Gallery storage, up to 250,000                                0.00
    images (included)
5   Premium support and onboarding                                0.00
    (no charge)
                                             Subtotal        21,747.54
    Late fee: 1.5% of past-due invoice
    INV-2024-022518 ($3,600.00, Redact
    overage hours, paid 06/12/2024)
    $54.00 - WAIVED                                               0.00
    Louisiana state and parish sales tax - exempt                 0.00
                                             TOTAL DUE       21,747.54""", "Page 1 of 2"),
    (None, """\
ACCOUNT NOTES
- Line 2 bills the 3 users the Sheriff's Office added on 02/15/2024
  for the rest of the prior term, at the annual rate of $1,200 per
  user prorated by day. From 07/01/2024 all users share one term.
- The late fee on INV-2024-022518 was waived by your account manager,
  Brianna Solis, as a one-time courtesy. Future late payments are
  subject to a fee of 1.5% per month.

USAGE SUMMARY, PRIOR TERM (07/01/2023 - 06/30/2024)
  IDentify searches run by RPSO users ............ 2,306
  Booking images in RPSO gallery at 06/30/2024 ... 184,229

REMITTANCE
Check:  Veritone, Inc., P.O. Box 737418, Dallas, TX 75373-7418
ACH:    account ending 4471 (details on file with RPSO Finance)
Please write the invoice number on your payment.

- - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -
RECEIVED  JUL 08 2024  RPSO FINANCE
Approved for payment: Capt. L. Thibodeaux      07/10/2024
GL 10-2120-5530 (Software - CID)
Paid: check no. 118274, 07/24/2024, $21,747.54""", "Page 2 of 2"),
], "pdf", RPSO,
    [RPSO],
    [VT],
    [VID, "Veritone Redact"],
    [C(15600, 15600, "year", "1   Veritone IDentify - annual              13    1,200.00   15,600.00", RPSO, VT, VID),
     C(1200, 1200, "year", "1   Veritone IDentify - annual              13    1,200.00", RPSO, VT, VID,
       unit="per user"),
     C(1347.54, 1347.54, None, "2   Veritone IDentify - additional           3      449.18    1,347.54",
       RPSO, VT, VID),
     C(449.18, 449.18, None, "2   Veritone IDentify - additional           3      449.18", RPSO, VT, VID,
       unit="per user")],
    [N(13, "exact", "licenses", None, "1   Veritone IDentify - annual              13", RPSO, VT),
     N(3, "exact", "licenses", None, "2   Veritone IDentify - additional           3", RPSO, VT),
     N(2306, "exact", "searches", "year", "IDentify searches run by RPSO users ............ 2,306", RPSO, VT),
     N(184229, "exact", "images", None, "Booking images in RPSO gallery at 06/30/2024 ... 184,229", RPSO, VT)],
    [],
    [],
    ["2024-07-01", "2024-07-31", "2025-06-30", "2024-02-15", "2024-06-30", "2024-06-12", "2023-07-01",
     "2024-07-08", "2024-07-10", "2024-07-24"])


# ---------------------------------------------------------------- 6 Rhode Island: Westerly PD
WPD = "Westerly Police Department"
CV = "Clearview AI"
SUBJ6 = "APRA request - facial recognition records"
HEAD6 = "8/23/24, 9:12 AM      Gmail - " + SUBJ6
FOOT6 = "https://mail.google.com/mail/u/0/?ik=5c0e9a71b2&view=pt&search=all   {}/3"
doc("06_westerly-pd-apra-reply-gmail.txt", [
    (HEAD6, """\
                               Marisa Kettle <mkettle@westerlypolice.org>

APRA request - facial recognition records
2 messages

Dana Pereira <dana.pereira.news@gmail.com>     Mon, Aug 5, 2024 at 10:12 AM
To: records@westerlypolice.org

To the Records Custodian:

Under the Access to Public Records Act, R.I. Gen. Laws 38-2-1 et
seq., I request the following records for January 1, 2021 to the
present: (1) contracts, quotes, invoices and payment records for any
face recognition product or service, including Clearview AI,
Vigilant FaceSearch (Motorola Solutions), Amazon Rekognition and
Lexis Nexis Accurint Virtual Crime Center; (2) records showing the
number of user accounts and the number of searches run; and (3) any
policy, general order or training material on face recognition.

I ask that fees be waived, as the records will be used for news
reporting. Electronic copies are fine.

Thank you,
Dana Pereira
South County Ledger

Marisa Kettle <mkettle@westerlypolice.org>     Thu, Aug 22, 2024 at 2:41 PM
To: Dana Pereira <dana.pereira.news@gmail.com>
Cc: Lt. Paul Ferranti <pferranti@westerlypolice.org>

Ms. Pereira,

This responds to your APRA request W-24-0319, which we received on
August 5. To save you some reading I have summarized what we found;
the documents themselves are attached.""", FOOT6.format(1)),
    (HEAD6, """\
Spending. The Department has one face recognition product, Clearview
AI. We used a free trial account from October through December 2021
and have paid for a subscription since January 2022. The first
annual subscription cost $3,000 for two accounts. When it renewed in
January 2024 we went to six accounts for $6,750 a year, which is the
amount on the attached invoice. There were no other charges, and the
Department has never bought anything from the other companies named
in your request.

Accounts and use. Five officers hold accounts today: four detectives
and the sergeant who supervises them. The sixth account has been
unassigned since a detective retired in May. Clearview's
administrator report shows 412 searches in 2022, 538 in 2023, and
297 from January 1 through July 31, 2024. Twelve of the 2023
searches were run at the request of the Charlestown and Hopkinton
police departments. We also asked the Rhode Island State Fusion
Center to run three photographs in 2023; the RIFC does not charge us
for that. We do not track how many searches led to an arrest.

Policy. General Order 2022-04, Facial Recognition, is attached. It
allows only sworn members assigned to the Detective Division to hold
a Clearview account. Each search must be entered with a Westerly
incident number in the Clearview case field. A possible match is
treated as a lead and cannot by itself be the basis for an arrest or
a warrant. There is no policy that prohibits running body camera
footage through Clearview, but the Department has not done so.""", FOOT6.format(2)),
    (HEAD6, """\
Withheld. Search logs that show the names of persons searched are
withheld under R.I. Gen. Laws 38-2-2(4)(D)(c) to protect personal
privacy and open investigations.

There is no charge. Your request took about forty minutes to fill,
under the one free hour allowed by R.I. Gen. Laws 38-2-4. If you
disagree with this response you may appeal to the Chief of Police.

Marisa Kettle
Records Clerk, Westerly Police Department
60 Airport Road, Westerly, RI 02891 | (401) 555-0126

2 attachments
    GO_2022-04_Facial_Recognition.pdf   181K
    Clearview_invoice_2024-01.pdf   64K""", FOOT6.format(3)),
], "print", WPD,
    [WPD, "Rhode Island State Fusion Center", "Charlestown Police Department", "Hopkinton Police Department"],
    [CV, "Motorola Solutions", "Vigilant Solutions", "Amazon Web Services", "LexisNexis Risk Solutions"],
    ["Vigilant FaceSearch", "Amazon Rekognition", "Accurint Virtual Crime Center"],
    [C(3000, 3000, "year", "The first annual subscription cost $3,000 for two accounts", WPD, CV),
     C(6750, 6750, "year", "we went to six accounts for $6,750 a year", WPD, CV)],
    [N(2, "exact", "licenses", None, "$3,000 for two accounts", WPD, CV),
     N(6, "exact", "licenses", None, "we went to six accounts", WPD, CV),
     N(5, "exact", "users", None, "Five officers hold accounts today", WPD, CV),
     N(412, "exact", "searches", "year", "412 searches in 2022", WPD, CV),
     N(538, "exact", "searches", "year", "538 in 2023", WPD, CV),
     N(297, "exact", "searches", None, "297 from January 1 through July 31, 2024", WPD, CV),
     N(12, "exact", "requests", "year", "Twelve of the 2023 searches were run at the request of the Charlestown "
       "and Hopkinton police departments", WPD, CV),
     N(3, "exact", "requests", "year", "asked the Rhode Island State Fusion Center to run three photographs in "
       "2023", WPD, None)],
    [P("It allows only sworn members assigned to the Detective Division to hold a Clearview account.", WPD,
       "permission"),
     P("Each search must be entered with a Westerly incident number in the Clearview case field.", WPD,
       "requirement"),
     P("A possible match is treated as a lead and cannot by itself be the basis for an arrest or a warrant.", WPD,
       "disclaimer")],
    [E("Dana Pereira", "records@westerlypolice.org", "Mon, Aug 5, 2024 at 10:12 AM", SUBJ6),
     E("Marisa Kettle", "Dana Pereira", "Thu, Aug 22, 2024 at 2:41 PM", SUBJ6)],
    ["2024-08-23", "2024-08-05", "2024-08-22", "2021-01-01", "2021-10", "2021-12", "2022-01", "2024-01", "2022",
     "2023", "2024-01-01", "2024-07-31"],
    scan="photocopy")


def main():
    out = HERE / "docs"
    out.mkdir(exist_ok=True)
    for d in DOCS:
        (out / d["file"]).write_text(d["text"], encoding="utf-8")
    (HERE / "labels.json").write_text(json.dumps([d["label"] for d in DOCS], indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(DOCS)} documents and labels.json")


if __name__ == "__main__":
    main()
