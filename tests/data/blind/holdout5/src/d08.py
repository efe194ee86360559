NAME = "08_al_cahaba_valley_pd_fr_annual_report_2025.txt"
STYLE = "text"; SCAN = False; PHOTOCOPY = False
PAGES = [
"""CAHABA VALLEY POLICE DEPARTMENT
Office of the Chief of Police  *  1 Municipal Plaza, Cahaba Valley, Alabama 35299

FACIAL RECOGNITION PROGRAM - ANNUAL REPORT, CALENDAR YEAR 2025
Submitted to the Cahaba Valley City Council pursuant to Ordinance 2023-118

1. Summary
During 2025 the Criminal Investigations Bureau used Vigilant FaceSearch, provided by Motorola
Solutions, to generate investigative leads. The FaceSearch gallery available to the Department
includes approximately 2.1 million mugshots contributed by Alabama agencies. The Department
does not enroll driver license photographs.

2. Key figures
   Searches conducted: 412
   Searches resulting in a possible candidate: 131
   Candidates confirmed by investigation: 58
   Arrests in which a FaceSearch lead was a contributing factor: 29
   Active user accounts (12/31/2025): 14
   Audit exceptions found: 2

3. Searches by quarter
   Quarter      Searches    Candidates    Arrests
   Q1 2025         88           27            6
   Q2 2025        104           35            8
   Q3 2025        117           38            9
   Q4 2025        103           31            6
   Total          412          131           29

4. Cost
The FaceSearch subscription cost $21,450 for the year, unchanged from 2024. The Department
also paid Motorola Solutions $63,900 for license plate reader cameras under a separate
contract; that amount is not part of the facial recognition program.
""",
"""5. Policy compliance
Policy 3.46 requires that a supervisor approve each search before it is run, and that no
search be run on images of persons engaged in protected First Amendment activity. The two
audit exceptions were searches logged without a supervisor's approval; both users received
remedial training. Under Policy 3.46, a FaceSearch candidate may not be used as the sole basis
for an arrest.

6. Complaints
One citizen complaint (IA-2025-031) alleged misidentification; it was not sustained.

Prepared by: Sgt. Tameka Oliver, Crime Analysis Unit, (205) 555-0163
Approved: Chief Raymond Bledsoe
""",
]
A = "Cahaba Valley Police Department"; V = "Motorola Solutions"; P = "Vigilant FaceSearch"
LABEL = {
 "request_agency": A,
 "agencies": [A, "Cahaba Valley City Council"],
 "vendors": [V], "products": [P],
 "costs": [
  {"amount_min": 21450, "amount_max": 21450, "period": "year", "quote": "$21,450 for the year", "agency": A, "vendor": V, "product": P},
 ],
 "counts": [
  {"count": 2100000, "qualifier": "approximately", "measure": "images", "per": None, "quote": "approximately 2.1 million mugshots", "agency": None, "vendor": V},
  {"count": 412, "qualifier": None, "measure": "searches", "per": "year", "quote": "Searches conducted: 412", "agency": A, "vendor": V},
  {"count": 131, "qualifier": None, "measure": "matches", "per": "year", "quote": "Searches resulting in a possible candidate: 131", "agency": A, "vendor": V},
  {"count": 58, "qualifier": None, "measure": "matches", "per": "year", "quote": "Candidates confirmed by investigation: 58", "agency": A, "vendor": V},
  {"count": 29, "qualifier": None, "measure": "arrests", "per": "year", "quote": "Arrests in which a FaceSearch lead was a contributing factor: 29", "agency": A, "vendor": V},
  {"count": 14, "qualifier": None, "measure": "users", "per": None, "quote": "Active user accounts (12/31/2025): 14", "agency": A, "vendor": V},
  {"count": 88, "qualifier": None, "measure": "searches", "per": "quarter", "quote": "Q1 2025         88", "agency": A, "vendor": V},
  {"count": 104, "qualifier": None, "measure": "searches", "per": "quarter", "quote": "Q2 2025        104", "agency": A, "vendor": V},
  {"count": 117, "qualifier": None, "measure": "searches", "per": "quarter", "quote": "Q3 2025        117", "agency": A, "vendor": V},
  {"count": 103, "qualifier": None, "measure": "searches", "per": "quarter", "quote": "Q4 2025        103", "agency": A, "vendor": V},
 ],
 "image_counts": [{"count": 2100000, "quote": "approximately 2.1 million mugshots"}],
 "policies": [
  {"quote": "Policy 3.46 requires that a supervisor approve each search before it is run, and that no\nsearch be run on images of persons engaged in protected First Amendment activity.", "kind": "requirement", "agency": A},
  {"quote": "Under Policy 3.46, a FaceSearch candidate may not be used as the sole basis\nfor an arrest.", "kind": "disclaimer", "agency": A},
 ],
 "emails": [],
 "traps": "LPR $63,900 (same vendor, not FR); audit exceptions 2; ordinance 2023-118; complaint IA-2025-031; quarterly candidate/arrest columns (not labelled per quarter); table totals restate 412/131/29; phone",
}
