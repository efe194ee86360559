"""Documents 07-12 of holdout15 and their labels."""
from build_a import C, N, P, E

DOCS = []

# ---------------------------------------------------------------- 07 MARTA PD SOP (GA)
MARTA = "MARTA Police Department"
GBI = "Georgia Bureau of Investigation"
T07 = """\
METROPOLITAN ATLANTA RAPID TRANSIT AUTHORITY POLICE DEPARTMENT
STANDARD OPERATING PROCEDURE                                   SOP No. 5.27
Subject: Facial Recognition Technology                        Effective: March 1, 2023
Supersedes: Directive 19-04 (Nov. 2019)                        Review: Annually
Approved: Chief of Police                                      Pages: 2

I. PURPOSE
To establish procedures for the use of facial recognition technology (FRT) in criminal
investigations involving the MARTA system, including the Department's Cognitec FaceVACS-DBScan
workstation and requests made to the Georgia Bureau of Investigation (GBI).

II. POLICY
A. FRT results are investigative leads only. Officers shall not take enforcement action based
   solely on an FRT candidate.
B. FRT shall not be used on live or real-time video from MARTA station cameras.
C. Members shall not use FRT to identify persons engaged in activity protected by the First
   Amendment, or on the basis of race, religion, or national origin.
D. Only trained FRT examiners may run searches. The Department shall maintain no more than
   eight (8) examiner accounts.

III. DEFINITIONS
Probe image: a still image of an unknown subject submitted for comparison.
Candidate list: the ranked list returned by the system (default 20 candidates).
Examiner: a sworn member or crime analyst who has completed 40 hours of facial comparison
training.

IV. PROCEDURES
A. Requests. An investigator requesting a search shall complete Form MPD-188 with the incident
   number, offense, and source of the probe image.
B. Gallery. The Department's FaceVACS-DBScan gallery is limited to MARTA PD booking photographs
   (about 41,000 images as of the effective date). Driver license photographs are not loaded.
C. Outside searches. When the internal gallery yields no candidate, an examiner may forward the
   probe to the GBI Georgia Information Sharing and Analysis Center; the GBI applies its own
   policy to that search.
D. Peer review. Every candidate reported to an investigator must be reviewed by a second
   examiner.
\f
SOP 5.27 - Facial Recognition Technology                                          Page 2 of 2

E. Documentation. Examiners shall record every search in the FRT log, including searches that
   return no candidate. Logs are retained for three years.
F. Reporting. The Unit supervisor shall report the number of searches to the Chief each
   quarter.

V. MISUSE
Any member who uses FRT for a personal or non-law-enforcement purpose shall be subject to
discipline up to and including termination and possible prosecution under O.C.G.A. 16-9-93.

VI. REFERENCES
O.C.G.A. 50-18-72(a)(4); CJIS Security Policy v5.9.2; CALEA Standard 42.1.6.

By order of:
Chief of Police
Distribution: All sworn personnel; Crime Analysis Unit
"""
DOCS.append({
    "file": "docs/07_ga-marta-pd-fr-sop.txt",
    "text": T07,
    "request_agency": MARTA,
    "agencies": [MARTA, GBI],
    "vendors": ["Cognitec"],
    "products": ["FaceVACS-DBScan"],
    "costs": [],
    "counts": [
        N(8, "at most", "users", None, "no more than\n   eight (8) examiner accounts", MARTA, "Cognitec"),
        N(41000, "approximately", "images", None, "about 41,000 images", MARTA, "Cognitec"),
    ],
    "policies": [
        P("FRT results are investigative leads only.", "requirement", MARTA),
        P("Officers shall not take enforcement action based\n   solely on an FRT candidate.", "prohibition",
          MARTA),
        P("FRT shall not be used on live or real-time video from MARTA station cameras.", "prohibition",
          MARTA),
        P("Members shall not use FRT to identify persons engaged in activity protected by the First\n"
          "   Amendment, or on the basis of race, religion, or national origin.", "prohibition", MARTA),
        P("Only trained FRT examiners may run searches.", "requirement", MARTA),
        P("The Department shall maintain no more than\n   eight (8) examiner accounts.", "requirement", MARTA),
        P("An investigator requesting a search shall complete Form MPD-188 with the incident\n"
          "   number, offense, and source of the probe image.", "requirement", MARTA),
        P("Driver license photographs are not loaded.", None, MARTA),
        P("When the internal gallery yields no candidate, an examiner may forward the\n"
          "   probe to the GBI Georgia Information Sharing and Analysis Center;", "permission", MARTA),
        P("Every candidate reported to an investigator must be reviewed by a second\n   examiner.",
          "requirement", MARTA),
        P("Examiners shall record every search in the FRT log, including searches that\n"
          "   return no candidate.", "requirement", MARTA),
        P("The Unit supervisor shall report the number of searches to the Chief each\n   quarter.",
          "requirement", MARTA),
        P("Any member who uses FRT for a personal or non-law-enforcement purpose shall be subject to\n"
          "discipline up to and including termination and possible prosecution under O.C.G.A. 16-9-93.",
          "consequence", MARTA),
    ],
    "emails": [],
    "dates": ["2023-03-01", "2019-11"],
})

# ---------------------------------------------------------------- 08 Outlook desktop, newest first (MN)
HCAO = "Hennepin County Attorney's Office"
HCSO = "Hennepin County Sheriff's Office"
MPD = "Minneapolis Police Department"
T08 = """\
Halvorsen, Ruth
-----------------------------------------------------------------------------------------------
From:               Ostrowski, Lena <Lena.Ostrowski@hennepin.us>
Sent:               Thursday, October 12, 2023 4:07 PM
To:                 Bakke, Tomas
Cc:                 Halvorsen, Ruth
Subject:            RE: FR search log for 27-CR-23-11894

Tomas - Sheriff's records says HCSO's face recognition unit ran 1,212 searches in 2022 and the
log for this case shows two of them. They use Cognitec through the mugshot system and pay
about $62,000 a year in maintenance for it, so that is not our budget line.

On our side: the BriefCam quote for the video review room is still $9,800 for one
concurrent license (perpetual) plus $1,960 annual support. I have not sent it to Purchasing.

Lena

From:               Bakke, Tomas <Tomas.Bakke@hennepin.us>
Sent:               Thursday, October 12, 2023 11:36 AM
To:                 Ostrowski, Lena
Subject:            FR search log for 27-CR-23-11894

Lena, defense counsel in 27-CR-23-11894 is asking for every face recognition search behind
the lineup. MPD says their detectives cannot run searches themselves (city ordinance) and
sent the request to HCSO. Can you get the HCSO log? Hearing is 10/30 in courtroom C-1155.
Also, does our office have any face recognition licenses of its own?

Per office policy, any face recognition result used in a charging decision must be disclosed
to the defense.

Thanks,
Tomas Bakke | Assistant Hennepin County Attorney | 612-555-0137

                                            1
\f
From:               Halvorsen, Ruth <Ruth.Halvorsen@hennepin.us>
Sent:               Wednesday, October 11, 2023 9:02 AM
To:                 Bakke, Tomas; Ostrowski, Lena
Subject:            Discovery - facial recognition requests (standing guidance)

All - reminder of the standing guidance for the Adult Prosecution Division. Prosecutors shall
not cite a face recognition candidate as identification evidence in a complaint. HCSO tells us
its unit has 9 trained examiners and about 850,000 booking images in the gallery. The
Minneapolis PD figure (they submitted 174 requests to HCSO last year) is in the
attached memo. Data request fees from HCSO are $25 per hour after the first hour.

Ruth Halvorsen
Deputy Division Chief, Adult Prosecution Division
Hennepin County Attorney's Office | C-2000 Government Center | Minneapolis, MN 55487

                                            2
"""
DOCS.append({
    "file": "docs/08_mn-hennepin-attorney-outlook-thread.txt",
    "text": T08,
    "request_agency": HCAO,
    "agencies": [HCAO, HCSO, MPD],
    "vendors": ["Cognitec", "BriefCam"],
    "products": [],
    "costs": [
        C(62000, 62000, "year", "about $62,000 a year in maintenance", HCSO, "Cognitec"),
        C(9800, 9800, "one-time", "$9,800 for one\nconcurrent license (perpetual)", HCAO, "BriefCam"),
        C(1960, 1960, "year", "$1,960 annual support", HCAO, "BriefCam"),
    ],
    "counts": [
        N(1212, "exact", "searches", "year", "ran 1,212 searches in 2022", HCSO, "Cognitec"),
        N(1, "exact", "licenses", None, "one\nconcurrent license", HCAO, "BriefCam"),
        N(9, "exact", "users", None, "9 trained examiners", HCSO, None),
        N(850000, "approximately", "images", None, "about 850,000 booking images", HCSO, None),
        N(174, "exact", "searches", "year", "they submitted 174 requests to HCSO last year", MPD, None),
    ],
    "policies": [
        P("MPD says their detectives cannot run searches themselves (city ordinance)", "prohibition", MPD),
        P("Per office policy, any face recognition result used in a charging decision must be disclosed\n"
          "to the defense.", "requirement", HCAO),
        P("Prosecutors shall\nnot cite a face recognition candidate as identification evidence in a complaint.",
          "prohibition", HCAO),
    ],
    "emails": [
        E("Ostrowski, Lena", "Lena.Ostrowski@hennepin.us", "2023-10-12 16:07",
          "RE: FR search log for 27-CR-23-11894", 1, 1),
        E("Bakke, Tomas", "Tomas.Bakke@hennepin.us", "2023-10-12 11:36",
          "FR search log for 27-CR-23-11894", 1, 1),
        E("Halvorsen, Ruth", "Ruth.Halvorsen@hennepin.us", "2023-10-11 09:02",
          "Discovery - facial recognition requests (standing guidance)", 2, 2),
    ],
    "dates": ["2023-10-12", "2023-10-11", "2022"],
})

# ---------------------------------------------------------------- 09 Gmail print, oldest first (NM)
UNMPD = "University of New Mexico Police Department"
APD = "Albuquerque Police Department"
T09 = """\
1/16/24, 9:12 AM                 The University of New Mexico Mail - Re: Oosto pilot - stadium

UNM  Marcus Lente <mlente@unm.edu>

Re: Oosto pilot - stadium
3 messages

Marcus Lente <mlente@unm.edu>                                      Mon, Dec 4, 2023 at 10:41 AM
To: Yael Brenner <yael.brenner@oosto.com>
Cc: Dana Quintana <dquintana@unm.edu>

Yael,

Following our call: UNMPD would like pricing for a pilot of OnWatch at University Stadium and
the Pit for the spring events. Our camera vendor says we can feed 24 streams. We would only
enroll people with an active criminal trespass warning or a felony warrant, and the watchlist
must be purged at the end of each event day. Dana is our budget contact.

Marcus Lente
Commander, Special Operations | UNM Police Department | 505-555-0166

Yael Brenner <yael.brenner@oosto.com>                             Tue, Dec 5, 2023 at 3:15 PM
To: Marcus Lente <mlente@unm.edu>
Cc: Dana Quintana <dquintana@unm.edu>

Hi Marcus,

For OnWatch on-premise the list price is $36,000 per year covering up to 24 camera streams,
i.e. $1,500 per stream. The watchlist license supports up to 300 enrolled persons; we can
go higher later. Hardware (one GPU server) would be quoted by our reseller, typically in the
$18,000-$22,000 range. Albuquerque PD has already reviewed OnWatch; they use Clearview with
5 user accounts and were not interested in live alerts.

Best,
Yael Brenner | Regional Director, Public Sector | Oosto | +1 (646) 555-0107

https://mail.google.com/mail/u/0/?ik=8f2c1a&view=pt&search=all&permthid=thread-f:178431     1/2
\f
1/16/24, 9:12 AM                 The University of New Mexico Mail - Re: Oosto pilot - stadium

Dana Quintana <dquintana@unm.edu>                                Wed, Jan 10, 2024 at 8:54 AM
To: Marcus Lente <mlente@unm.edu>

Marcus - the Athletics capital line cannot absorb $36K this year. Purchasing says anything
over $10,000 needs three quotes or a sole-source form (UNM Policy 4020), and the Regents
policy requires a privacy review before any biometric system goes live on campus. I would
hold the pilot until the FY25 budget. Stadium capacity (39,224) is not a factor in price.

Dana Quintana
Business Manager, UNM Police Department

https://mail.google.com/mail/u/0/?ik=8f2c1a&view=pt&search=all&permthid=thread-f:178431     2/2
"""
DOCS.append({
    "file": "docs/09_nm-unm-pd-oosto-gmail-thread.txt",
    "text": T09,
    "request_agency": UNMPD,
    "agencies": [UNMPD, APD],
    "vendors": ["Oosto", "Clearview AI"],
    "products": ["OnWatch"],
    "costs": [
        C(36000, 36000, "year", "$36,000 per year covering up to 24 camera streams", UNMPD, "Oosto"),
        C(1500, 1500, "year", "$1,500 per stream", UNMPD, "Oosto", unit="per stream"),
    ],
    "counts": [
        N(24, "up to", "camera streams", None, "up to 24 camera streams", UNMPD, "Oosto"),
        N(300, "up to", "persons enrolled", None, "up to 300 enrolled persons", UNMPD, "Oosto"),
        N(5, "exact", "users", None, "5 user accounts", APD, "Clearview AI"),
    ],
    "policies": [
        P("We would only\nenroll people with an active criminal trespass warning or a felony warrant, and the "
          "watchlist\nmust be purged at the end of each event day.", "requirement", UNMPD),
        P("the Regents\npolicy requires a privacy review before any biometric system goes live on campus.",
          "requirement", UNMPD),
    ],
    "emails": [
        E("Marcus Lente", "mlente@unm.edu", "2023-12-04 10:41", "Re: Oosto pilot - stadium", 1, 1),
        E("Yael Brenner", "yael.brenner@oosto.com", "2023-12-05 15:15", "Re: Oosto pilot - stadium", 1, 1),
        E("Dana Quintana", "dquintana@unm.edu", "2024-01-10 08:54", "Re: Oosto pilot - stadium", 2, 2),
    ],
    "dates": ["2024-01-16", "2023-12-04", "2023-12-05", "2024-01-10"],
})

# ---------------------------------------------------------------- 10 Apple Mail forward, ">" quoting (LA)
LSP = "Louisiana State Police"
SAFE = "Louisiana State Analytical and Fusion Exchange"
VER = "Veritone"
T10 = """\
From: Renee Guidry <renee.guidry@la.gov>
Subject: Fwd: IDentify renewal - LA-SAFE
Date: February 21, 2024 at 3:18:55 PM CST
To: LSP Procurement <lsp.procurement@la.gov>
Cc: Lt. Andre Broussard <andre.broussard@la.gov>

Procurement - please open a requisition for the renewal below out of the Fusion Center's
operating budget (not the LPR grant). Vendor letter attached.

Renee

Begin forwarded message:

From: Colin Ashby <cashby@veritone.com>
Subject: IDentify renewal - LA-SAFE
Date: February 20, 2024 at 11:02:10 AM CST
To: Renee Guidry <renee.guidry@la.gov>

Renee,

Thanks for the numbers. For the March 1, 2024 - February 28, 2025 term, Veritone IDentify for
LA-SAFE renews at $27,600 for 12 analyst seats ($2,300 per seat per year). Last year's
contract was $24,000 for the same seats; the increase is within the 15% cap in the master
agreement. Your booking-photo index (about 1.3 million images) moves to the new cluster at
no charge.

Colin Ashby
Account Executive, Government | Veritone, Inc. | Irvine, CA

> On Feb 14, 2024, at 9:47 AM, Renee Guidry <renee.guidry@la.gov> wrote:
>
> Colin - for your renewal paperwork: LA-SAFE ran 2,140 IDentify searches in calendar
> 2023 for 41 parish and municipal agencies. Under LSP Policy 904, each search must be
> tied to a case or incident number from the requesting agency, and seats may only be
> assigned to analysts who have completed the fusion center's privacy training.
> New Orleans PD does not submit to us.
>
> Renee Guidry
> Intelligence Program Manager, LA-SAFE | 7919 Independence Blvd, Baton Rouge, LA 70806
"""
DOCS.append({
    "file": "docs/10_la-lsp-fusion-veritone-applemail-forward.txt",
    "text": T10,
    "request_agency": LSP,
    "agencies": [LSP, SAFE, "New Orleans Police Department"],
    "vendors": [VER],
    "products": ["Veritone IDentify"],
    "costs": [
        C(27600, 27600, "year", "renews at $27,600 for 12 analyst seats", SAFE, VER),
        C(2300, 2300, "year", "$2,300 per seat per year", SAFE, VER, unit="per seat"),
        C(24000, 24000, "year", "Last year's\ncontract was $24,000", SAFE, VER),
    ],
    "counts": [
        N(12, "exact", "licenses", None, "12 analyst seats", SAFE, VER),
        N(1300000, "approximately", "images", None, "about 1.3 million images", SAFE, VER),
        N(2140, "exact", "searches", "year", "ran 2,140 IDentify searches in calendar\n> 2023", SAFE, VER),
        N(41, "exact", "agencies", None, "41 parish and municipal agencies", SAFE, VER),
    ],
    "policies": [
        P("Under LSP Policy 904, each search must be\n> tied to a case or incident number from the requesting "
          "agency, and seats may only be\n> assigned to analysts who have completed the fusion center's "
          "privacy training.", "requirement", SAFE),
    ],
    "emails": [
        E("Renee Guidry", "renee.guidry@la.gov", "2024-02-21 15:18", "Fwd: IDentify renewal - LA-SAFE", 1, 1),
        E("Colin Ashby", "cashby@veritone.com", "2024-02-20 11:02", "IDentify renewal - LA-SAFE", 1, 1),
        E("Renee Guidry", "renee.guidry@la.gov", "2024-02-14 09:47", "IDentify renewal - LA-SAFE", 1, 1),
    ],
    "dates": ["2024-02-21", "2024-02-20", "2024-03-01", "2025-02-28", "2024-02-14", "2023"],
})

# ---------------------------------------------------------------- 11 news article (WI)
DCSO = "Dane County Sheriff's Office"
MADPD = "Madison Police Department"
T11 = """\
THE CAPITAL LEDGER  |  Madison, Wis.  |  Sunday, September 8, 2024                      A1, A6

Records: Sheriff's face-search tool ran thousands of checks, including for city police

By Priya Delacroix-Haugen, Staff Writer

Dane County Sheriff's Office investigators ran 3,806 face recognition searches between
January 2022 and December 2023, according to system logs the office released under the state
open records law. The logs show 212 of those searches were requested by Madison Police
Department detectives, even though a 2020 city ordinance bars Madison police from using face
recognition technology themselves.

The county bought NEC's NeoFace Reveal software in 2021 under a three-year contract worth
$118,400, the records show, and pays about $21,900 a year for maintenance. A 2024 budget memo
sets aside about forty thousand dollars for an upgrade next year. The system holds roughly
470,000 jail booking photos and is used by 16 sheriff's office accounts.

Sheriff's Capt. Leonora Vang said in an interview that a possible match "is a lead, nothing
more," and that under the office's written policy, an analyst must confirm every candidate
with a second analyst before passing it on. The office's policy also prohibits searches of
people attending protests, she said.

Madison's ordinance allows exceptions, Vang said: city detectives may ask another agency to run
a search in cases involving human trafficking or child sexual exploitation. Madison Police
Chief spokesperson Tom Wyeth said the department followed that exception in "every one" of the
requests. The paper could not verify that claim for 37 of the 212 requests, which list only a
case number.

Searches led to 58 arrests, according to the office, a figure the paper could not check.
(Continued on A6)
\f
FACE SEARCH, from A1

Fitchburg and Sun Prairie police also submitted requests, the logs show, but in smaller
numbers.
The Wisconsin Department of Justice runs a separate state system; a DOJ spokesperson said the
agency does not share its search totals with counties.

The county's spending on the tool is small next to the sheriff's $2.3 million body scanner
and jail camera project approved last year, and the $1.1 million the county paid in 2023 to
settle an unrelated jail death lawsuit. Face recognition accounts for less than 1% of the
office's technology budget.

County Board Supervisor Alma Ruiz-Petrakis said she will ask the board's Public Protection
and Judiciary Committee to require an annual public report. "Fourteen percent of these
searches have no recorded reason," she said. "That is not acceptable."

Reach Priya Delacroix-Haugen at (608) 555-0148.
"""
DOCS.append({
    "file": "docs/11_wi-dane-so-nec-news-article.txt",
    "text": T11,
    "request_agency": DCSO,
    "agencies": [DCSO, MADPD, "Fitchburg Police Department", "Sun Prairie Police Department",
                 "Wisconsin Department of Justice"],
    "vendors": ["NEC"],
    "products": ["NeoFace Reveal"],
    "costs": [
        C(118400, 118400, None, "three-year contract worth\n$118,400", DCSO, "NEC"),
        C(21900, 21900, "year", "about $21,900 a year for maintenance", DCSO, "NEC"),
        C(40000, 40000, None, "about forty thousand dollars for an upgrade", DCSO, "NEC"),
    ],
    "counts": [
        N(3806, "exact", "searches", None, "ran 3,806 face recognition searches", DCSO, "NEC"),
        N(212, "exact", "searches", None, "212 of those searches were requested by Madison Police\n"
          "Department detectives", MADPD, "NEC"),
        N(470000, "approximately", "images", None, "roughly\n470,000 jail booking photos", DCSO, "NEC"),
        N(16, "exact", "users", None, "16 sheriff's office accounts", DCSO, "NEC"),
    ],
    "policies": [
        P("a 2020 city ordinance bars Madison police from using face\nrecognition technology themselves.",
          "prohibition", MADPD),
        P("under the office's written policy, an analyst must confirm every candidate\nwith a second analyst "
          "before passing it on.", "requirement", DCSO),
        P("The office's policy also prohibits searches of\npeople attending protests, she said.",
          "prohibition", DCSO),
        P("city detectives may ask another agency to run\na search in cases involving human trafficking or "
          "child sexual exploitation.", "permission", MADPD),
    ],
    "emails": [],
    "dates": ["2024-09-08", "2022-01", "2023-12", "2020", "2021", "2024", "2023"],
})

# ---------------------------------------------------------------- 12 audit report (PA)
ACPD = "Allegheny County Police Department"
AC = "Allegheny County"
PBP = "Pittsburgh Bureau of Police"
T12 = """\
OFFICE OF THE ALLEGHENY COUNTY CONTROLLER
Performance Audit Report No. 2024-PA-07
Allegheny County Police Department: Use and Oversight of Facial Recognition Technology
Audit period: January 1, 2021 - December 31, 2023                   Issued: May 22, 2024

EXECUTIVE SUMMARY
The Allegheny County Police Department (ACPD) operates a facial recognition system licensed
from Paravision and hosted on County servers. ACPD detectives run searches, and ACPD also
runs searches on request for municipal departments. We reviewed contracts, invoices, user
lists and search logs, and tested a sample of 60 searches.

Allegheny County pays Paravision under County Contract No. 600298, a five-year agreement with
a total not to exceed $265,000. Annual payments are shown in Table 2.

Table 2. Facial recognition activity and cost, ACPD, 2021-2023
------------------------------------------------------------------------------
Measure                                     2021          2022          2023
------------------------------------------------------------------------------
Searches run (all requesters)              1,106         1,482         1,937
Possible-match leads returned                401           566           702
Arrests ACPD attributes to a lead             37            51            64
Active user accounts                          14            19            22
Gallery size (booking images, Dec. 31)   612,400       655,910       701,288
Annual license and support paid          $48,500       $48,500       $52,750
------------------------------------------------------------------------------
Source: ACPD search logs and County Controller disbursement records. Searches rose 31% in
2023. Outside requests made up 38% of 2023 searches; the Pittsburgh Bureau of Police alone
submitted 298 requests in 2023.

FINDING 1 - Searches without case numbers
ACPD Directive 2.41 requires that every facial recognition search be logged with a case
number and the requesting officer's name. Of the 60 searches we sampled, 9 lacked a case
number.

FINDING 2 - User access not reviewed
The Directive requires a quarterly review of user accounts; no review was documented in 2022.
\f
FINDING 3 - No training records for outside requesters
ACPD Directive 2.41 also states that results released to another agency shall carry the
warning "Investigative lead only - not probable cause." We found the warning on all sampled
releases. However, ACPD does not require outside requesters to complete training.

RECOMMENDATIONS
1. ACPD should reject log entries without a case number.
2. ACPD should document the quarterly user review.
3. The County should consider including a training requirement in the municipal data-sharing
   agreements (currently 41 municipal departments).

MANAGEMENT RESPONSE (ACPD Superintendent, May 10, 2024)
ACPD agrees with Findings 1 and 2. Effective June 1, 2024, the system will not accept a search
without a case number.

Controller's Office, 436 Grant Street, Room 104, Pittsburgh, PA 15219 | 412-555-0112
"""
rows12 = {
    "s": "Searches run (all requesters)              1,106         1,482         1,937",
    "u": "Active user accounts                          14            19            22",
    "g": "Gallery size (booking images, Dec. 31)   612,400       655,910       701,288",
    "c": "Annual license and support paid          $48,500       $48,500       $52,750",
}
DOCS.append({
    "file": "docs/12_pa-allegheny-controller-fr-audit.txt",
    "text": T12,
    "request_agency": "Office of the Allegheny County Controller",
    "agencies": ["Office of the Allegheny County Controller", AC, ACPD, PBP],
    "vendors": ["Paravision"],
    "products": [],
    "costs": [
        C(None, 265000, None, "a total not to exceed $265,000", AC, "Paravision"),
        C(48500, 48500, "year", rows12["c"], AC, "Paravision"),
        C(52750, 52750, "year", rows12["c"], AC, "Paravision"),
    ],
    "counts": [
        N(1106, "exact", "searches", "year", rows12["s"], ACPD, "Paravision"),
        N(1482, "exact", "searches", "year", rows12["s"], ACPD, "Paravision"),
        N(1937, "exact", "searches", "year", rows12["s"], ACPD, "Paravision"),
        N(14, "exact", "users", None, rows12["u"], ACPD, "Paravision"),
        N(19, "exact", "users", None, rows12["u"], ACPD, "Paravision"),
        N(22, "exact", "users", None, rows12["u"], ACPD, "Paravision"),
        N(612400, "exact", "images", None, rows12["g"], ACPD, "Paravision"),
        N(655910, "exact", "images", None, rows12["g"], ACPD, "Paravision"),
        N(701288, "exact", "images", None, rows12["g"], ACPD, "Paravision"),
        N(298, "exact", "searches", "year", "submitted 298 requests in 2023", PBP, "Paravision"),
    ],
    "policies": [
        P("ACPD Directive 2.41 requires that every facial recognition search be logged with a case\n"
          "number and the requesting officer's name.", "requirement", ACPD),
        P("The Directive requires a quarterly review of user accounts;", "requirement", ACPD),
        P("ACPD Directive 2.41 also states that results released to another agency shall carry the\n"
          "warning \"Investigative lead only - not probable cause.\"", "requirement", ACPD),
        P("Effective June 1, 2024, the system will not accept a search\nwithout a case number.",
          "requirement", ACPD),
    ],
    "emails": [],
    "dates": ["2021-01-01", "2023-12-31", "2024-05-22", "2024-05-10", "2024-06-01", "2021", "2022",
              "2023"],
})
