NAME = "06_md_chesapeake_transit_police_grant_budget.txt"
STYLE = "text"; SCAN = False; PHOTOCOPY = False
PAGES = [
"""Chesapeake Regional Transit Authority Police Department
FY2026 Transit Security Grant Program (TSGP) - Investment Justification Attachment C
BUDGET DETAIL AND NARRATIVE

Applicant: Chesapeake Regional Transit Authority (CRTA), Baltimore Street, Suite 900,
Annapolis Junction, Maryland   |   UEI: KX7LM0000A1   |   Project No. CRTA-PD-26-04

Project Title: Post-Event Facial Recognition for Criminal Investigations (Transit Police)

A. Personnel - none requested. Investigative analysts are funded by CRTA operating funds.

B. Equipment and Software
  1. Corsight Fortify Investigate (forensic review edition), 4 analyst licenses
     at $11,250 per license for the 3-year grant period ........................ $45,000
  2. On-premises GPU server (2 nodes) and storage ................................ $38,600
  3. Video export workstations, 4 @ $3,150 ...................................... $12,600

C. Training
  Examiner certification course for 4 analysts (one-time) ......................... $6,800

D. Contractual - Integration services with existing VMS (one-time) ................. $14,250

TOTAL FEDERAL REQUEST ................................................................ $117,250

Narrative. CRTA Police seek a total of $117,250 to add post-event facial comparison to the
investigation of assaults on operators and passengers. The Authority's 1,940 station and
vehicle cameras are NOT part of this request; the separate camera refresh ($1.2 million,
FY2025 capital budget) is funded elsewhere. Facial comparison will be run only on recorded
footage of a reported crime, and the system will not be connected to live camera feeds.
""",
"""Use of the licenses will be limited to the four analysts named in the project, each of whom
must complete the examiner certification before receiving credentials. Every result must be
reviewed by a second trained examiner before it is shared with an investigator.

Sustainment. After the grant period CRTA expects to carry the Corsight licenses at
approximately $15,000 per year from the Transit Police operating budget.

Match. TSGP requires no cost match for this investment. CRTA will contribute in-kind project
management (est. 120 hours).

Prepared by: Capt. Lorraine Whitfield, Administrative Services, CRTA Police
Reviewed by: Office of Grants Management, Chesapeake Regional Transit Authority
""",
]
A = "Chesapeake Regional Transit Authority Police Department"; V = "Corsight AI"; P = "Corsight Fortify"
LABEL = {
 "request_agency": A,
 "agencies": [A, "Chesapeake Regional Transit Authority"],
 "vendors": [V], "products": [P],
 "costs": [
  {"amount_min": 45000, "amount_max": 45000, "period": None, "quote": "for the 3-year grant period ........................ $45,000", "agency": A, "vendor": V, "product": P},
  {"amount_min": 11250, "amount_max": 11250, "period": None, "unit": "per license", "quote": "at $11,250 per license", "agency": A, "vendor": V, "product": P},
  {"amount_min": 38600, "amount_max": 38600, "period": None, "quote": "On-premises GPU server (2 nodes) and storage ................................ $38,600", "agency": A, "vendor": None, "product": None},
  {"amount_min": 12600, "amount_max": 12600, "period": None, "quote": "Video export workstations, 4 @ $3,150 ...................................... $12,600", "agency": A, "vendor": None, "product": None},
  {"amount_min": 3150, "amount_max": 3150, "period": None, "unit": "per workstation", "quote": "4 @ $3,150", "agency": A, "vendor": None, "product": None},
  {"amount_min": 6800, "amount_max": 6800, "period": "one-time", "quote": "(one-time) ......................... $6,800", "agency": A, "vendor": None, "product": None},
  {"amount_min": 14250, "amount_max": 14250, "period": "one-time", "quote": "(one-time) ................. $14,250", "agency": A, "vendor": None, "product": None},
  {"amount_min": 117250, "amount_max": 117250, "period": None, "quote": "TOTAL FEDERAL REQUEST ................................................................ $117,250", "agency": A, "vendor": None, "product": None},
  {"amount_min": 15000, "amount_max": 15000, "period": "year", "quote": "approximately $15,000 per year", "agency": A, "vendor": V, "product": P},
 ],
 "counts": [
  {"count": 4, "qualifier": None, "measure": "users", "per": None, "quote": "4 analyst licenses", "agency": A, "vendor": V},
 ],
 "image_counts": [],
 "policies": [
  {"quote": "Facial comparison will be run only on recorded\nfootage of a reported crime, and the system will not be connected to live camera feeds.", "kind": "prohibition", "agency": A},
  {"quote": "Use of the licenses will be limited to the four analysts named in the project, each of whom\nmust complete the examiner certification before receiving credentials.", "kind": "requirement", "agency": A},
  {"quote": "Every result must be\nreviewed by a second trained examiner before it is shared with an investigator.", "kind": "requirement", "agency": A},
 ],
 "emails": [],
 "traps": "all budget lines of the FR project are labelled (server, workstations); total $117,250 restated in narrative (one entry); camera refresh $1.2 million (not FR); 1,940 cameras; UEI; project no.; 120 hours; FY2026",
}
