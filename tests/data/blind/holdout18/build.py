"""Writes docs/*.txt and labels.json for holdout18 (labels written from intent, before rendering)."""
import json
from pathlib import Path

HERE = Path(__file__).parent
DOCS = []


def span(text, start, end_token):
    """Substring of text from `start` through the first `end_token` after it (for table rows)."""
    i = text.index(start)
    j = text.index(end_token, i + len(start)) + len(end_token)
    return text[i:j]


class Doc:
    def __init__(self, name, pages, request_agency, agencies, vendors, products, scan):
        self.name, self.pages = name, pages
        self.text = "\f".join(pages)
        self.rec = {"file": f"docs/{name}.txt", "request_agency": request_agency, "agencies": agencies,
                    "vendors": vendors, "products": products, "costs": [], "image_counts": [], "counts": [],
                    "policies": [], "emails": [], "dates": [], "pdf": f"pdf/{name}.pdf",
                    "scan": f"pdf/{name}.scan.pdf" if scan else None}
        DOCS.append(self)

    def cost(self, quote, lo, hi, period, agency, vendor, product=None, unit=None):
        c = {"amount_min": lo, "amount_max": hi, "currency": "USD", "period": period, "quote": quote}
        if unit:
            c["unit"] = unit
        c.update(agency=agency, vendor=vendor)
        if product:
            c["product"] = product
        self.rec["costs"].append(c)

    def count(self, quote, n, qualifier, measure, per, agency, vendor, usage=True):
        self.rec["counts"].append({"count": n, "qualifier": qualifier, "measure": measure, "per": per,
                                   "quote": quote, "agency": agency, "vendor": vendor})
        if usage:
            self.rec["image_counts"].append({"count": n, "quote": quote})

    def policy(self, quote, agency):
        self.rec["policies"].append({"quote": quote, "agency": agency})

    def email(self, frm, to, date, subject):
        self.rec["emails"].append({"from": frm, "to": to, "date": date, "subject": subject})

    def dates(self, *ds):
        self.rec["dates"].extend(ds)


# ---------------------------------------------------------------- 01 Burlington VT: council agenda + minutes
BPD = "Burlington Police Department"
p1 = """CITY OF BURLINGTON, VERMONT
CITY COUNCIL - REGULAR MEETING
AGENDA WITH STAFF COMMUNICATIONS
Monday, March 9, 2026 - 6:30 P.M.
Contois Auditorium, City Hall, 149 Church Street

5.   CONSENT AGENDA

5.01  Minutes of February 23, 2026 (approve)
5.02  Communication: Dept. of Public Works, re: sidewalk plow lease (waive reading, place on file)

5.03  COMMUNICATION: Acting Chief Rosalind Okafor-Teague, Burlington Police Department,
      re: Amendment No. 1 to Software Services Agreement with Rank One Computing Corporation
      (ROC SDK face-matching module, Digital Evidence Unit)

      ACTION REQUESTED: Approve Amendment No. 1 and authorize the Mayor to execute it.

      BACKGROUND: The Digital Evidence Unit compares faces that appear in photographs and video
      already seized under warrant against one another, so that examiners can group the images of a
      single person across several devices. The module does not reach any outside database. In 2025
      the Unit processed about 1,100 still images from seized phones with the module, and examiners
      credit the grouping with contributing to 14 arrests.

      FISCAL IMPACT: The amendment raises the not-to-exceed amount of the agreement from $18,400 to
      $27,650 over the three-year term (July 1, 2025 through June 30, 2028). License fees of $8,900
      are billed annually and cover up to six analyst licenses. A one-time installation charge of
      $1,250 is included in the new ceiling. Funding: Police Department operating budget, line
      6120-410.

      ORDINANCE COMPLIANCE: Under City Ordinance Sec. 21-88(b), no City department may use facial
      recognition on live or recorded video of public spaces. Amendment No. 1 adds Section 4.6:
      "The Department shall not submit any probe image to a third-party or cloud-hosted search
      service." Comparison is permitted only against images lawfully obtained as evidence in a
      specific criminal investigation.
"""
p2 = """CITY COUNCIL - REGULAR MEETING - MINUTES (DRAFT)                       March 9, 2026, page 4

Item 5.03 was removed from the consent agenda at the request of Councilor Hask.

Acting Chief Okafor-Teague said the module runs on two standalone workstations in the evidence
room. Councilor Hask noted that the ordinance does not prohibit the use of such software by other
agencies acting on the City's behalf, and asked whether the Vermont State Police would ever run
searches for Burlington. The Chief said they would not.

Councilor Varga-Lind said the amendment would, in her view, need a public reporting clause. The
Public Safety Committee recommended that future amendments should include an annual independent
audit of the Unit's searches.

The same motion renewed the Department's body-worn camera storage agreement with Axon Enterprise
($212,000 annually), which the Council had discussed on February 23, 2026.

RESOLVED, that the Burlington Police Department shall submit to the Council a quarterly report
listing every comparison run with the ROC module, the case number, and the examiner.

On a motion by Councilor Obuya, seconded by Councilor Leclair, Item 5.03 was ADOPTED 9-3
(Councilors Hask, Varga-Lind and Ng voting no).

Attest: Lorna Beauchesne, Chief Administrative Officer          Approved: March 23, 2026
"""
d = Doc("h18_01_burlington_vt_council_rank_one", [p1, p2], BPD,
        [BPD, "Burlington City Council", "Vermont State Police"],
        ["Rank One Computing", "Axon Enterprise"], ["ROC SDK"], scan=False)
d.cost("from $18,400", None, 18400, None, BPD, "Rank One Computing", "ROC SDK")
d.cost("to\n      $27,650 over the three-year term", None, 27650, None, BPD, "Rank One Computing", "ROC SDK")
d.cost("License fees of $8,900\n      are billed annually", 8900, 8900, "year", BPD, "Rank One Computing", "ROC SDK")
d.cost("A one-time installation charge of\n      $1,250", 1250, 1250, "one-time", BPD, "Rank One Computing", "ROC SDK")
d.count("up to six analyst licenses", 6, "up to", "licenses", None, BPD, "Rank One Computing")
d.count("about 1,100 still images", 1100, "about", "images", "year", BPD, None)
d.count("contributing to 14 arrests", 14, None, "arrests", None, BPD, None, usage=False)
d.policy("no City department may use facial\n      recognition on live or recorded video of public spaces", BPD)
d.policy("The Department shall not submit any probe image to a third-party or cloud-hosted search\n      service.", BPD)
d.policy("Comparison is permitted only against images lawfully obtained as evidence in a\n      specific criminal investigation.", BPD)
d.policy("the Burlington Police Department shall submit to the Council a quarterly report\nlisting every comparison run with the ROC module, the case number, and the examiner.", BPD)
d.dates("2026-03-09", "2026-02-23", "2025", "2025-07-01", "2028-06-30", "2026-03-23")

# ---------------------------------------------------------------- 02 Rapid City SD: reseller quote (scan)
RC = "Rapid City Police Department"
PPS = "Plains Public Safety Supply"
q = """PLAINS PUBLIC SAFETY SUPPLY, LLC
1804 Deadwood Avenue, Suite 3  |  Rapid City, SD 57702  |  (605) 555-0148
Authorized public-sector reseller

                               SALES QUOTATION

Quote No.:      Q-26-00417                    Quote Date:     01/14/2026
Customer:       Rapid City Police Department  Valid Through:  03/15/2026
                Attn: Sgt. Dale Wiebe, Criminal Investigations Division
Contract:       SD State Contract 17-0892-B   Terms:          Net 30

+------+-------------+---------------------------------------------+-----+------------+-------------+
| Line | Part No.    | Description                                 | Qty | Unit Price | Extended    |
+------+-------------+---------------------------------------------+-----+------------+-------------+
| 1    | CVA-INV-12  | Clearview AI Investigative Platform,        | 5   | $1,999.00  | $9,995.00   |
|      |             | per user, 12-month subscription,            |     |            |             |
|      |             | billed annually                             |     |            |             |
| 2    | CVA-MOB-12  | Clearview Mobile add-on, per user,          | 5   | $300.00    | $1,500.00   |
|      |             | 12 months                                   |     |            |             |
| 3    | CLB-PRM-1Y  | Cellebrite Premium, 1-year license          | 1   | $24,500.00 | $24,500.00  |
|      |             | (mobile forensics)                          |     |            |             |
| 4    | VGL-L5F     | Vigilant L5F fixed ALPR camera              | 2   | $5,475.00  | $10,950.00  |
| 5    | PSS-TRN-FS  | On-site onboarding and training,            | 1   | $850.00    | $850.00     |
|      |             | face search (one-time)                      |     |            |             |
+------+-------------+---------------------------------------------+-----+------------+-------------+
|                                                        SUBTOTAL                    | $47,795.00  |
|                               Multi-product credit (applies to Line 1 only)         | -$1,000.00  |
|                                                        TOTAL                       | $46,795.00  |
+--------------------------------------------------------------------------------------+-------------+

Face-search items (Lines 1, 2 and 5) after credit: $11,345.00

NOTES
a. This quotation covers five (5) named investigator accounts. Searches are unlimited.
b. Clearview AI's index contains more than 50 billion publicly available facial images.
c. Under the manufacturer's end-user terms, accounts may be issued only to sworn personnel or crime
   analysts of the purchasing agency, and each search must be tied to a case or incident number.
d. Lines 3 and 4 are priced under separate manufacturer programs and may be ordered independently.
e. This quotation is confidential and is intended solely for the customer named above.

Prepared by: Kirsten Holmgaard, Account Executive       kholmgaard@plainspss.com
"""
d = Doc("h18_02_rapid_city_sd_reseller_quote", [q], RC, [RC],
        [PPS, "Clearview AI", "Cellebrite", "Vigilant Solutions"],
        ["Clearview AI Investigative Platform", "Clearview Mobile", "Cellebrite Premium", "Vigilant L5F"], scan=True)
d.cost(span(q, "| 1    | CVA-INV-12", "$9,995.00"), 9995, 9995, "year", RC, PPS, "Clearview AI Investigative Platform")
d.cost(span(q, "| 1    | CVA-INV-12", "$1,999.00"), 1999, 1999, "year", RC, PPS, "Clearview AI Investigative Platform", unit="per user")
d.cost(span(q, "| 2    | CVA-MOB-12", "$1,500.00"), 1500, 1500, "year", RC, PPS, "Clearview Mobile")
d.cost(span(q, "| 2    | CVA-MOB-12", "$300.00"), 300, 300, "year", RC, PPS, "Clearview Mobile", unit="per user")
d.cost(span(q, "| 5    | PSS-TRN-FS", "$850.00"), 850, 850, "one-time", RC, PPS, None)
d.cost("Face-search items (Lines 1, 2 and 5) after credit: $11,345.00", 11345, 11345, None, RC, PPS, None)
d.count("five (5) named investigator accounts", 5, None, "users", None, RC, PPS)
d.count("more than 50 billion publicly available facial images", 50_000_000_000, "over", "images", None, None, "Clearview AI")
d.policy("accounts may be issued only to sworn personnel or crime\n   analysts of the purchasing agency, and each search must be tied to a case or incident number.", RC)
d.dates("2026-01-14", "2026-03-15")

# ---------------------------------------------------------------- 03 Hinds County MS: Outlook print, newest first (scan, photocopy)
HC = "Hinds County Sheriff's Office"
MOT = "Motorola Solutions"
e1 = """Pruitt, Owen
________________________________________________________________________________________
From:      Delacroix, Marcus
Sent:      Thursday, August 14, 2025 3:42 PM
To:        Whitfield, Janelle
Cc:        Pruitt, Owen
Subject:   RE: FaceSearch renewal - need PO by 9/1

Janelle - Finance can sign anything up to $15,000 without it going to the Board, so we're fine.
Motorola's renewal is $12,600 for 12 months, which is $1,260 per user for our 10 users. Last
year's renewal was $9,000, so it's a jump, but I'd rather not lose the booking gallery. Owen,
please cut the PO against 001-240-5519.

Marcus

Marcus Delacroix | Captain, Criminal Investigations | Hinds County Sheriff's Office

CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended only for the named recipient
and may contain information that is privileged or exempt from disclosure. If you received it in
error, notify the sender and delete it.

From:      Whitfield, Janelle
Sent:      Thursday, August 14, 2025 11:05 AM
To:        Delacroix, Marcus
Subject:   RE: FaceSearch renewal - need PO by 9/1

Captain, numbers you asked for: we ran about 380 searches in FaceSearch between July 2024 and
June 2025, and 17 of those came back as positive IDs that detectives confirmed. Our booking
gallery in the system is about 212,000 mugshots. Per GO 4-19, every FaceSearch result must be
reviewed by a second trained examiner before it goes in a report. I don't think there's anything
in the GO that prohibits using it for civil process service, but I've never done it.
"""
e2 = """Pruitt, Owen
________________________________________________________________________________________
Janelle Whitfield
Crime Analyst II

From:      Anselmo, Grace <grace.anselmo@motorolasolutions.com>
Sent:      Wednesday, August 13, 2025 4:18 PM
To:        Whitfield, Janelle
Subject:   FaceSearch renewal - need PO by 9/1

Hi Janelle, attached is the renewal for Vigilant FaceSearch (term 10/1/2025 - 9/30/2026). To avoid
a lapse we need the PO by 9/1. Pricing is unchanged from the quote I sent in July.

Grace Anselmo | Territory Manager, Motorola Solutions (Vigilant)
"""
d = Doc("h18_03_hinds_ms_outlook_facesearch_renewal", [e1, e2], HC, [HC],
        [MOT, "Vigilant Solutions"], ["Vigilant FaceSearch"], scan=True)
d.cost("Motorola's renewal is $12,600 for 12 months", 12600, 12600, "year", HC, MOT, "Vigilant FaceSearch")
d.cost("$1,260 per user", 1260, 1260, "year", HC, MOT, "Vigilant FaceSearch", unit="per user")
d.cost("Last\nyear's renewal was $9,000", 9000, 9000, "year", HC, MOT, "Vigilant FaceSearch")
d.count("our 10 users", 10, None, "users", None, HC, MOT)
d.count("about 380 searches in FaceSearch between July 2024 and\nJune 2025", 380, "about", "searches", "year", HC, MOT)
d.count("17 of those came back as positive IDs", 17, None, "matches", None, HC, MOT, usage=False)
d.count("about 212,000 mugshots", 212000, "about", "images", None, HC, MOT)
d.policy("every FaceSearch result must be\nreviewed by a second trained examiner before it goes in a report.", HC)
d.email("Delacroix, Marcus", "Whitfield, Janelle", "Thursday, August 14, 2025 3:42 PM", "RE: FaceSearch renewal - need PO by 9/1")
d.email("Whitfield, Janelle", "Delacroix, Marcus", "Thursday, August 14, 2025 11:05 AM", "RE: FaceSearch renewal - need PO by 9/1")
d.email("Anselmo, Grace", "Whitfield, Janelle", "Wednesday, August 13, 2025 4:18 PM", "FaceSearch renewal - need PO by 9/1")
d.dates("2025-08-14", "2025-08-13", "2024-07", "2025-06", "2025-10-01", "2026-09-30")

# ---------------------------------------------------------------- 04 Wilmington DE: Lotus Notes cover + MOU (scan, Bates)
WPD = "Wilmington Police Department"
DIAC = "Delaware Information and Analysis Center"
COW = "City of Wilmington"
m1 = """Theresa Nkemelu/DSP/DE
07/08/2025 10:14 AM
                                           To   Lt. Damon Ricci/WPD/Wilmington@Wilmington
                                           cc   DIAC Admin/DSP/DE@DSP
                                          bcc
                                      Subject   DFACT MOU - signature copy

Lt. Ricci,

Attached is the countersigned MOU. Your accounts will be created after each user finishes the
course. Please route the participation invoice to the City's finance office, not to WPD.

Theresa Nkemelu
Program Manager, DIAC Facial Comparison Unit
"""
m2 = """MEMORANDUM OF UNDERSTANDING
between the
DELAWARE STATE POLICE, DELAWARE INFORMATION AND ANALYSIS CENTER ("DIAC")
and the
CITY OF WILMINGTON, on behalf of the WILMINGTON POLICE DEPARTMENT ("WPD")

concerning access to the Delaware Facial Analysis Comparison Tool ("DFACT")

I.   PURPOSE. DIAC operates DFACT, a face-comparison system built on NEC NeoFace Reveal. The DFACT
     gallery holds approximately 1.9 million Division of Motor Vehicles and arrest photographs.
     This MOU sets the terms on which WPD personnel may search it.

II.  TERM. This MOU is effective July 15, 2025 and expires June 30, 2028 unless renewed in writing.

III. COSTS.
     A. The City of Wilmington shall pay DIAC an annual participation fee of $4,800, due each July 1.
     B. The first ten WPD accounts are covered by the participation fee. Each additional account is
        billed at $400 per named user per year.
     C. WPD may hold up to 25 DFACT accounts at any one time.

IV.  CONDITIONS OF USE.
     1. WPD users shall complete the DIAC face-comparison course before an account is issued.
     2. A search may be run only in connection with an open criminal case number or to identify a
        missing, endangered or deceased person.
     3. A DFACT candidate list is an investigative lead only and shall not, by itself, establish
        probable cause for an arrest.
     4. WPD may not use DFACT to identify persons engaged in lawful assembly or protest.
     5. DIAC will audit a sample of WPD searches each quarter.
"""
m3 = """V.   GENERAL PROVISIONS. This MOU does not create any right or benefit enforceable by any third
     party. Either party may terminate this MOU on thirty (30) days' written notice. Nothing in this
     MOU obligates either party to expend funds beyond those appropriated.

VI.  REPORTING. In calendar year 2024, before this MOU, DIAC ran 146 searches at WPD's request.

SIGNATURES

For DIAC:  Maj. Colin Ferreira-Hay, Director                   Date: 07/02/2025
For the City of Wilmington:  Yvette Dunmore, Chief of Staff     Date: 07/07/2025
For WPD:   Chief Aaron L. Prosser                               Date: 07/07/2025
"""
d = Doc("h18_04_wilmington_de_diac_mou", [m1, m2, m3], WPD, [WPD, DIAC, COW, "Delaware State Police", "Delaware Division of Motor Vehicles"],
        ["NEC"], ["NEC NeoFace Reveal", "DFACT"], scan=True)
d.cost("an annual participation fee of $4,800", 4800, 4800, "year", COW, None, "DFACT")
d.cost("$400 per named user per year", 400, 400, "year", COW, None, "DFACT", unit="per user")
d.count("approximately 1.9 million Division of Motor Vehicles and arrest photographs", 1_900_000, "about", "images", None, DIAC, None)
d.count("up to 25 DFACT accounts", 25, "up to", "users", None, WPD, None)
d.count("The first ten WPD accounts", 10, None, "users", None, WPD, None)
d.count("DIAC ran 146 searches at WPD's request", 146, None, "searches", "year", DIAC, None)
d.policy("WPD users shall complete the DIAC face-comparison course before an account is issued.", WPD)
d.policy("A search may be run only in connection with an open criminal case number or to identify a\n        missing, endangered or deceased person.", WPD)
d.policy("A DFACT candidate list is an investigative lead only and shall not, by itself, establish\n        probable cause for an arrest.", WPD)
d.policy("WPD may not use DFACT to identify persons engaged in lawful assembly or protest.", WPD)
d.email("Theresa Nkemelu/DSP/DE", "Lt. Damon Ricci/WPD/Wilmington@Wilmington", "07/08/2025 10:14 AM", "DFACT MOU - signature copy")
d.dates("2025-07-08", "2025-07-15", "2028-06-30", "2024", "2025-07-02", "2025-07-07")

# ---------------------------------------------------------------- 05 South Bend IN: general order (born-digital)
SB = "South Bend Police Department"
IIFC = "Indiana Intelligence Fusion Center"
g1 = """SOUTH BEND POLICE DEPARTMENT                                   GENERAL ORDER 300-22
Subject: FACIAL RECOGNITION SEARCHES
Effective: September 2, 2025          Supersedes: GO 300-14 (April 11, 2022)       Pages: 2
Review: Annually, Office of Professional Standards

I. PURPOSE
This order governs how members request and conduct facial recognition searches.

II. BACKGROUND
The Department reaches the DataWorks Plus FACE Plus system through the Indiana Intelligence Fusion
Center (IIFC). The system compares a probe image against a gallery that includes the St. Joseph
County Jail booking archive (approximately 310,000 images) and returns a ranked candidate list.
Candidate lists are not identifications.

III. DEFINITIONS
Probe image - the photograph of an unknown person submitted for comparison.
Examiner - a member certified under Section IV.1 who runs searches and reviews candidate lists.

IV. PROCEDURE
1. Only members who have completed the 16-hour IIFC facial examiner course may run a search.
2. No more than 12 members shall hold examiner accounts at any one time.
3. A probe image must depict a person reasonably suspected of a crime, a missing or endangered
   person, or an unidentified deceased person.
4. Facial recognition shall not be used on live or streaming video.
5. The use of facial recognition to monitor or catalog persons exercising First Amendment rights is
   prohibited.
6. Members may not alter a probe image beyond cropping, rotation and brightness adjustment.
"""
g2 = """GO 300-22  Facial Recognition Searches                                             Page 2 of 2

7. Every search must be entered in the FR Request Log with the case number, the requesting
   officer and the reason for the search.
8. A candidate returned by the system is an investigative lead only. No member shall make an arrest
   or seek a warrant based solely on a facial recognition result.
9. Results shall be disclosed to prosecutors in every case in which a lead was used.

V. NOTES
Nothing in this order prohibits members from viewing photographs that a person has posted
publicly. The Department is evaluating whether examiners would also review candidate lists
returned by partner agencies; no such procedure exists at this time.

VI. DISCIPLINE
Violations of this order may result in discipline up to and including termination.

BY ORDER OF:  Chief Marguerite Oyelaran-Bush
"""
d = Doc("h18_05_south_bend_in_general_order", [g1, g2], SB, [SB, IIFC, "St. Joseph County Jail"],
        ["DataWorks Plus"], ["FACE Plus"], scan=False)
d.count("approximately 310,000 images", 310000, "about", "images", None, IIFC, "DataWorks Plus")
d.count("No more than 12 members shall hold examiner accounts", 12, "up to", "users", None, SB, None)
d.policy("Only members who have completed the 16-hour IIFC facial examiner course may run a search.", SB)
d.policy("No more than 12 members shall hold examiner accounts at any one time.", SB)
d.policy("A probe image must depict a person reasonably suspected of a crime, a missing or endangered\n   person, or an unidentified deceased person.", SB)
d.policy("Facial recognition shall not be used on live or streaming video.", SB)
d.policy("The use of facial recognition to monitor or catalog persons exercising First Amendment rights is\n   prohibited.", SB)
d.policy("Members may not alter a probe image beyond cropping, rotation and brightness adjustment.", SB)
d.policy("Every search must be entered in the FR Request Log with the case number, the requesting\n   officer and the reason for the search.", SB)
d.policy("No member shall make an arrest\n   or seek a warrant based solely on a facial recognition result.", SB)
d.policy("Results shall be disclosed to prosecutors in every case in which a lead was used.", SB)
d.policy("Violations of this order may result in discipline up to and including termination.", SB)
d.dates("2025-09-02", "2022-04-11")

# ---------------------------------------------------------------- 06 Washtenaw MI: audit report (scan, photocopy)
WC = "Washtenaw County Sheriff's Office"
MSP = "Michigan State Police"
a1 = """WASHTENAW COUNTY OFFICE OF INTERNAL AUDIT
Report 2025-07: Sheriff's Office Use of Facial Recognition
Issued November 18, 2025

SCOPE. We reviewed the Sheriff's Office use of facial recognition from January 1, 2023 through
December 31, 2024: searches submitted to the Michigan State Police Statewide Network of Agency
Photos (SNAP), and the Office's separate Clearview AI subscription.

BACKGROUND. SNAP is operated by MSP, which reports a gallery of roughly 54 million images. The Sheriff's
Office pays no fee for SNAP. In 2023 the Office bought two Clearview AI licenses for $4,400 covering
two years of use. The Office's body-worn camera storage cost $148,300 in 2024 and was not reviewed.

Table 2. SNAP activity, Washtenaw County Sheriff's Office

    Measure                                   2023        2024
    -----------------------------------------------------------
    Searches submitted to SNAP                 447         529
    Candidate lists returned                   398         471
    Leads forwarded to detectives               66          73
    Arrests in which a lead was cited           14          17
    Active SNAP user accounts                   11          14
    -----------------------------------------------------------
    Source: MSP SNAP audit log; WCSO records management system.

Searches rose by about 18 percent from 2023 to 2024. Clearview searches are not logged by the
vendor in a form we could test; the Office estimates fewer than 60 per year.
"""
a2 = """FINDINGS
1. MSP's SNAP user agreement requires every user to complete MSP facial recognition training before
   receiving access. All 14 accounts active at year-end 2024 had a training record.
2. Under the Sheriff's memorandum of March 2023, Clearview accounts may be used only by the two
   detectives assigned to the Special Investigations Unit. We found one search run by a third
   deputy using a shared login.
3. At the time of fieldwork there was no written policy that prohibits a deputy from running a
   SNAP search without a case number.

RECOMMENDATIONS
R1. The Sheriff's Office should adopt a written facial recognition policy by June 30, 2026.
R2. Clearview logins should never be shared, and the Office should ask the vendor for audit logs.
R3. The Office should report search and outcome statistics to the Board of Commissioners yearly.

MANAGEMENT RESPONSE (Undersheriff Pauline Okwuosa): Agreed. A draft directive would require a
case number for every search.
"""
d = Doc("h18_06_washtenaw_mi_audit_report", [a1, a2], WC, [WC, MSP, "Washtenaw County Office of Internal Audit", "Washtenaw County Board of Commissioners"],
        ["Clearview AI"], ["SNAP", "Clearview AI"], scan=True)
d.cost("two Clearview AI licenses for $4,400 covering\ntwo years of use", 4400, 4400, None, WC, "Clearview AI", "Clearview AI")
d.count("a gallery of roughly 54 million images", 54_000_000, "about", "images", None, MSP, None)
d.count("two Clearview AI licenses", 2, None, "licenses", None, WC, "Clearview AI")
for lab, v23, v24, meas, usage in [("Searches submitted to SNAP", "447", "529", "searches", True),
                                   ("Candidate lists returned", "398", "471", "matches", False),
                                   ("Leads forwarded to detectives", "66", "73", "leads", False),
                                   ("Arrests in which a lead was cited", "14", "17", "arrests", False),
                                   ("Active SNAP user accounts", "11", "14", "users", True)]:
    per = "year" if meas != "users" else None
    d.count(span(a1, lab, v23), int(v23), None, meas, per, WC, None, usage)
    d.count(span(a1, lab, v24), int(v24), None, meas, per, WC, None, usage)
d.count("fewer than 60 per year", 60, "up to", "searches", "year", WC, "Clearview AI")
d.policy("MSP's SNAP user agreement requires every user to complete MSP facial recognition training before\n   receiving access.", WC)
d.policy("Clearview accounts may be used only by the two\n   detectives assigned to the Special Investigations Unit.", WC)
d.dates("2025-11-18", "2023-01-01", "2024-12-31", "2023", "2024", "2023-03", "2026-06-30")

# ---------------------------------------------------------------- 07 Jacksonville FL: Gmail print, oldest first
JSO = "Jacksonville Sheriff's Office"
AEG = "Aegis Integrated"
j1 = """1/9/26, 2:17 PM                         City of Jacksonville Mail - Cognitec pilot pricing

                                                                     Ana Beltran <abeltran@coj.net>
Cognitec pilot pricing
3 messages

Ana Beltran <abeltran@coj.net>                                          Tue, Nov 4, 2025 at 9:12 AM
To: Reggie Castellano <rcastellano@aegisintegrated.com>
Cc: Lt. Howard Mbeki <hmbeki@jaxsheriff.org>

Reggie,
Following the demo, can you send pricing for FaceVACS-DBScan LE for the Real Time Crime Center?
We'd want to run it against our booking gallery, roughly 1.3 million photos, and against recorded
video from some of the downtown cameras.

Ana Beltran
Senior Crime Analyst, Jacksonville Sheriff's Office

Reggie Castellano <rcastellano@aegisintegrated.com>                     Wed, Nov 5, 2025 at 4:40 PM
To: Ana Beltran <abeltran@coj.net>
Cc: Lt. Howard Mbeki <hmbeki@jaxsheriff.org>

Ana - thanks for having us. Cognitec pricing through Aegis:
- 90-day pilot: no charge
- Server license (perpetual): $38,500 one-time
- Annual maintenance: $6,930 per year, starting after year one
- Video ingest: $1,150 per camera, so $13,800 for the 12 cameras you mentioned
Cellebrite and BriefCam are outside this quote.

Reggie Castellano | Aegis Integrated LLC | Authorized Cognitec Partner
"""
j2 = """1/9/26, 2:17 PM                         City of Jacksonville Mail - Cognitec pilot pricing

Lt. Howard Mbeki <hmbeki@jaxsheriff.org>                                Fri, Nov 7, 2025 at 8:03 AM
To: Ana Beltran <abeltran@coj.net>

Ana, good. For the memo to the Undersheriff, say the system would only be run on recorded video and
never on a live feed, and that we would cap it at six analyst logins. Sheriff's Office policy 541
already says a facial recognition match may not be the sole basis for an arrest, so cite that.
Last year's Clearview trial gave us 22 leads and 3 arrests; mention those too.

Howard
"""
d = Doc("h18_07_jacksonville_fl_gmail_cognitec", [j1, j2], JSO, [JSO, "City of Jacksonville"],
        [AEG, "Cognitec Systems", "Clearview AI", "Cellebrite", "BriefCam"], ["FaceVACS-DBScan LE"], scan=False)
d.cost("Server license (perpetual): $38,500 one-time", 38500, 38500, "one-time", JSO, AEG, "FaceVACS-DBScan LE")
d.cost("Annual maintenance: $6,930 per year", 6930, 6930, "year", JSO, AEG, "FaceVACS-DBScan LE")
d.cost("$1,150 per camera", 1150, 1150, None, JSO, AEG, "FaceVACS-DBScan LE", unit="per camera")
d.cost("$13,800 for the 12 cameras", 13800, 13800, None, JSO, AEG, "FaceVACS-DBScan LE")
d.count("roughly 1.3 million photos", 1_300_000, "about", "images", None, JSO, None)
d.count("the 12 cameras you mentioned", 12, None, "cameras", None, JSO, AEG, usage=False)
d.count("22 leads", 22, None, "leads", None, JSO, "Clearview AI", usage=False)
d.count("3 arrests", 3, None, "arrests", None, JSO, "Clearview AI", usage=False)
d.policy("a facial recognition match may not be the sole basis for an arrest", JSO)
d.email("Ana Beltran", "Reggie Castellano", "Tue, Nov 4, 2025 at 9:12 AM", "Cognitec pilot pricing")
d.email("Reggie Castellano", "Ana Beltran", "Wed, Nov 5, 2025 at 4:40 PM", "Cognitec pilot pricing")
d.email("Lt. Howard Mbeki", "Ana Beltran", "Fri, Nov 7, 2025 at 8:03 AM", "Cognitec pilot pricing")
d.dates("2026-01-09", "2025-11-04", "2025-11-05", "2025-11-07")

# ---------------------------------------------------------------- 08 Springfield MO: news story (born-digital)
SPD = "Springfield Police Department"
GC = "Greene County Sheriff's Office"
MSHP = "Missouri State Highway Patrol"
n1 = """THE OZARKS LEDGER
LOCAL | PUBLIC SAFETY

Records show Springfield police ran thousands of face searches with little oversight
By Celeste Amundsen-Rivera | Oct. 6, 2025

SPRINGFIELD, Mo. - The Springfield Police Department has run more than 2,300 facial recognition
searches since 2022 using Clearview AI, according to records the Ledger obtained under the Missouri
Sunshine Law.

The city paid Clearview $29,500 for a three-year subscription that began in March 2022, invoices
show. About two dozen officers have accounts, a department spokesperson said. The searches led to
31 arrests, according to a department summary, though the summary does not say whether the face
match was the only evidence.

Springfield has no written policy that prohibits officers from searching photos of protesters, the
records show. Spokesperson Darnell Yeo said the department would draft a policy "by summer."

The Greene County Sheriff's Office, which patrols the county outside city limits, pays Motorola
Solutions $7,200 a year for the face-search module of its Lumen records system. Greene County
deputies must get a supervisor's approval before running a search, sheriff's spokesperson Kyla
Brandt said.

Both agencies can also ask the Missouri State Highway Patrol to search some 9 million Department of
Revenue license photos. A Patrol spokesperson said its analysts ran about 1,400 such searches for
local agencies last year and that requests are accepted only from agencies that have signed the
Patrol's user agreement.

The sums are small next to the city's $1.1 million gunshot-detection contract, approved in 2024
for a city of about 170,000 residents.
"""
d = Doc("h18_08_springfield_mo_news_story", [n1], SPD,
        [SPD, "City of Springfield", GC, MSHP, "Missouri Department of Revenue"],
        ["Clearview AI", MOT], ["Clearview AI", "Lumen"], scan=False)
d.cost("The city paid Clearview $29,500 for a three-year subscription", 29500, 29500, None, "City of Springfield", "Clearview AI", "Clearview AI")
d.cost("$7,200 a year", 7200, 7200, "year", GC, MOT, "Lumen")
d.count("more than 2,300 facial recognition\nsearches", 2300, "over", "searches", None, SPD, "Clearview AI")
d.count("About two dozen officers have accounts", 24, "about", "users", None, SPD, "Clearview AI")
d.count("31 arrests", 31, None, "arrests", None, SPD, "Clearview AI", usage=False)
d.count("some 9 million Department of\nRevenue license photos", 9_000_000, "about", "images", None, MSHP, None)
d.count("about 1,400 such searches for\nlocal agencies last year", 1400, "about", "searches", "year", MSHP, None)
d.policy("Greene County\ndeputies must get a supervisor's approval before running a search", GC)
d.policy("requests are accepted only from agencies that have signed the\nPatrol's user agreement", MSHP)
d.dates("2025-10-06", "2022", "2022-03", "2024")

# ---------------------------------------------------------------- 09 San Diego County CA: grant budget + sole source + Thunderbird (scan)
SD = "San Diego County Sheriff's Office"
GRF = "Griffeye"
b1 = """SAN DIEGO COUNTY SHERIFF'S OFFICE
FY 2025 Edward Byrne Memorial Justice Assistance Grant (JAG) - Application Attachment C
Pass-through agency: California Board of State and Community Corrections (BSCC)
Grant period: October 1, 2025 - September 30, 2026

BUDGET DETAIL - PROJECT 3: INVESTIGATIVE TECHNOLOGY, ICAC TASK FORCE

Category      Item                                              Qty   Unit Cost     Total
------------  ------------------------------------------------  ----  ------------  -----------
Personnel     Crime Analyst II, 0.5 FTE, 12 months                1   $54,310.00    $54,310.00
Overtime      Detective overtime, forensic backlog                1   $38,000.00    $38,000.00
Software      Griffeye Analyze DI Pro with Face Recognition       4   $6,250.00     $25,000.00
              module, annual subscription (per seat)
Software      Cellebrite Inseyets, annual license                 2   $21,900.00    $43,800.00
Equipment     Livescan fingerprint station                        1   $17,640.00    $17,640.00
Training      Griffeye face-comparison analyst course             1   $3,600.00     $3,600.00
Travel        ICAC national conference                            3   $1,850.00     $5,550.00
------------  ------------------------------------------------  ----  ------------  -----------
                                                          PROJECT 3 TOTAL          $187,900.00

BUDGET NARRATIVE. The face-recognition module would allow analysts to group images of the same
child victim across seized devices. The ICAC unit reviews over 4 million images a year
from seized media.
Special Condition 14: The grantee shall not use award funds to acquire or operate facial
recognition on live or real-time video.
"""
b2 = """SOLE SOURCE JUSTIFICATION                                     Procurement Request PR-25-03391

Vendor: Griffeye AB (Stockholm, Sweden), through its U.S. subsidiary Griffeye Inc.
Product: Analyze DI Pro with Face Recognition module

1. Griffeye is the only developer of Analyze DI Pro; no reseller holds a separate license
   to sell the Face Recognition module.
2. The module integrates with Project VIC hash sets already used by the task force.
3. Estimated cost: not to exceed $28,600 for the grant period (four seats and one
   analyst course).

The software shall be used only on digital media seized under a warrant or obtained by consent.

Requested by: Det. Sgt. Harlan Vossberg          Approved: Cmdr. Inez Quiroga-Platt, 04/02/2025
"""
b3 = """Re: Griffeye sole source - JAG Project 3 - Mozilla Thunderbird

Subject:  Re: Griffeye sole source - JAG Project 3
From:     Harlan Vossberg <harlan.vossberg@sdsheriff.gov>
Date:     3/27/2025, 2:08 PM
To:       Procurement Desk <purchasing-sdso@sdsheriff.gov>

Thanks. To answer your question: yes, four seats. We have seven examiners on the task force but
only four need the face module. Quote attached is good for 90 days.

On 3/26/2025 10:51 AM, Procurement Desk wrote:
> Harlan, please confirm the seat count for PR-25-03391 before I route the justification.
"""
d = Doc("h18_09_san_diego_ca_jag_budget_sole_source", [b1, b2, b3], SD,
        [SD, "California Board of State and Community Corrections"],
        [GRF, "Cellebrite"], ["Griffeye Analyze DI Pro", "Cellebrite Inseyets", "Project VIC"], scan=True)
d.cost(span(b1, "Software      Griffeye Analyze DI Pro", "$25,000.00"), 25000, 25000, "year", SD, GRF, "Griffeye Analyze DI Pro")
d.cost(span(b1, "Software      Griffeye Analyze DI Pro", "$6,250.00"), 6250, 6250, "year", SD, GRF, "Griffeye Analyze DI Pro", unit="per seat")
d.cost(span(b1, "Training      Griffeye face-comparison", "$3,600.00"), 3600, 3600, None, SD, GRF, "Griffeye Analyze DI Pro")
d.cost("not to exceed $28,600 for the grant period", None, 28600, None, SD, GRF, "Griffeye Analyze DI Pro")
d.count("over 4 million images a year", 4_000_000, "over", "images", "year", SD, GRF)
d.count("yes, four seats", 4, None, "licenses", None, SD, GRF)
d.policy("The grantee shall not use award funds to acquire or operate facial\nrecognition on live or real-time video.", SD)
d.policy("The software shall be used only on digital media seized under a warrant or obtained by consent.", SD)
d.email("Harlan Vossberg", "Procurement Desk", "3/27/2025, 2:08 PM", "Re: Griffeye sole source - JAG Project 3")
d.email("Procurement Desk", None, "3/26/2025 10:51 AM", None)
d.dates("2025-10-01", "2026-09-30", "2025-04-02", "2025-03-27", "2025-03-26")

# ---------------------------------------------------------------- 10 Albany County NY: FOIL response + Apple Mail fwd + phone print + invoice (scan)
AC = "Albany County Sheriff's Office"
IDM = "IDEMIA"
r1 = """ALBANY COUNTY SHERIFF'S OFFICE
Records Access Officer
16 Eagle Street, Albany, New York 12207

January 21, 2025

Ms. Priya Vandersloot
Capital Region Privacy Project

RE: FOIL Request No. 24-1187 (received December 16, 2024)

Dear Ms. Vandersloot:

This responds to your request under the Freedom of Information Law for records concerning the
Sheriff's Office's facial recognition software. Enclosed are 14 pages: an invoice from IDEMIA
Identity & Security USA LLC and related e-mail. The copy fee is $0.25 per page, or $3.50, which is
waived. Portions have been redacted under Public Officers Law Sec. 87(2)(e).

As to item 3 of your request, the Sheriff's Office has no written facial recognition policy.

You may appeal this determination within 30 days to the County Attorney.

Sincerely,
Maureen T. Quackenbos, Records Access Officer
"""
r2 = """From: Ilse Marchetti <imarchetti@albanycounty.com>
Subject: Fwd: IDEMIA invoice INV-88213 / credit
Date: December 3, 2024 at 4:51:07 PM EST
To: Kwame Adeyemi <kadeyemi@albanycounty.com>

Kwame - see below. So the net for the face system is $19,555 for 2025. The Sheriff's 2025
budget line for MFI is $21,000, so we're under. Remember the Undersheriff's directive: nobody
runs MFI without a case number in the log.

Ilse

Begin forwarded message:

From: "Reyes, Tomas" <tomas.reyes@idemia.com>
Subject: Re: IDEMIA invoice INV-88213 / credit
Date: December 2, 2024 at 11:20:44 AM EST
To: Ilse Marchetti <imarchetti@albanycounty.com>

Captain, the credit is on the invoice as a separate line. Apologies again.

Tomas Reyes
Account Manager, IDEMIA Public Security

> On Nov 26, 2024, at 9:02 AM, Ilse Marchetti <imarchetti@albanycounty.com> wrote:
>
> Tomas, MFI was down for 9 days in October. We expect a credit before we pay the renewal.
> We also need the three extra concurrent seats on the same invoice.
"""
r3 = """9:41 AM                                                     LTE  62%
< Inbox                                                        1 of 3

Re: MFI numbers for the budget memo

Kwame Adeyemi
To: Ilse Marchetti
Dec 4, 2024, 7:02 AM

Cpt - for the memo: we ran 1,214 searches through MFI this year, and nine hits went to
detectives as leads. Gallery is about 480,000 county booking photos. With the three
new seats we'll have 9 concurrent users.

Sent from my iPhone
"""
r4 = """IDEMIA Identity & Security USA LLC                                 INVOICE
5515 Security Lane, Suite 1100, North Bethesda, MD 20852         Invoice No.: INV-88213
                                                                  Invoice Date: 12/02/2024
Bill To: Albany County Sheriff's Office, 16 Eagle Street, Albany, NY 12207     Terms: Net 45

Description                                               Qty    Unit Price      Amount
---------------------------------------------------------------------------------------
MFI software maintenance, 01/01/2025 - 12/31/2025          1     $17,800.00     $17,800.00
MFI concurrent user license (additional), annual           3        $950.00      $2,850.00
Livescan fingerprint station maintenance                   2      $1,475.00      $2,950.00
Service credit - October 2024 MFI outage                   1     -$1,095.00     -$1,095.00
---------------------------------------------------------------------------------------
                                                          TOTAL DUE             $22,505.00

MFI = MorphoFace Investigate. Please reference the invoice number with payment.
"""
d = Doc("h18_10_albany_ny_foil_response_idemia", [r1, r2, r3, r4], AC, [AC, "Albany County Attorney"],
        [IDM], ["MorphoFace Investigate"], scan=True)
d.cost(span(r4, "MFI software maintenance", "$17,800.00"), 17800, 17800, "year", AC, IDM, "MorphoFace Investigate")
d.cost(span(r4, "MFI concurrent user license", "$2,850.00"), 2850, 2850, "year", AC, IDM, "MorphoFace Investigate")
d.cost(span(r4, "MFI concurrent user license", "$950.00"), 950, 950, "year", AC, IDM, "MorphoFace Investigate", unit="per user")
d.cost("the net for the face system is $19,555 for 2025", 19555, 19555, "year", AC, IDM, "MorphoFace Investigate")
d.cost("The Sheriff's 2025\nbudget line for MFI is $21,000", 21000, 21000, None, AC, IDM, "MorphoFace Investigate")
d.count("the three extra concurrent seats", 3, None, "users", None, AC, IDM)
d.count("we ran 1,214 searches through MFI this year", 1214, None, "searches", "year", AC, IDM)
d.count("nine hits went to\ndetectives as leads", 9, None, "leads", None, AC, IDM, usage=False)
d.count("about 480,000 county booking photos", 480000, "about", "images", None, AC, IDM)
d.count("9 concurrent users", 9, None, "users", None, AC, IDM)
d.policy("nobody\nruns MFI without a case number in the log.", AC)
d.email("Ilse Marchetti", "Kwame Adeyemi", "December 3, 2024 at 4:51:07 PM EST", "Fwd: IDEMIA invoice INV-88213 / credit")
d.email("Reyes, Tomas", "Ilse Marchetti", "December 2, 2024 at 11:20:44 AM EST", "Re: IDEMIA invoice INV-88213 / credit")
d.email("Ilse Marchetti", None, "Nov 26, 2024, at 9:02 AM", None)
d.email("Kwame Adeyemi", "Ilse Marchetti", "Dec 4, 2024, 7:02 AM", "Re: MFI numbers for the budget memo")
d.dates("2025-01-21", "2024-12-16", "2024-12-03", "2024-12-02", "2024-11-26", "2024-10", "2024-12-04",
        "2025-01-01", "2025-12-31", "2025", "2024")

if __name__ == "__main__":
    (HERE / "docs").mkdir(exist_ok=True)
    for doc in DOCS:
        (HERE / doc.rec["file"]).write_text(doc.text, encoding="utf-8")
    (HERE / "labels.json").write_text(json.dumps([doc.rec for doc in DOCS], indent=1, ensure_ascii=False) + "\n")
    print(f"wrote {len(DOCS)} docs")
