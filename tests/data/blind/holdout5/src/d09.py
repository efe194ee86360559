NAME = "09_id_snake_river_univ_police_safr_lotus_notes.txt"
STYLE = "print"; SCAN = True; PHOTOCOPY = True
PAGES = [
"""Karen Lindqvist/Purchasing/SRSU          To     Tom Aldana/UPD/SRSU@SRSU
                                          cc     Dana Whitby/ITS/SRSU@SRSU
04/22/2025 02:31 PM                       bcc
                                          Subject  Re: SAFR quote - Athletics Ops Center

Chief Aldana,

Purchasing can process the SAFR order on a departmental PO since it is under the $25,000
formal bid threshold. The quote from SAFR (RealNetworks) is $1,150 per camera per year for 8
cameras, so $9,200 annually, plus a one-time setup fee of $1,800. Please confirm the account
(UPD operating, 1-40215-6210) and I will send the PO to Idaho Division of Purchasing for
the state contract check.

Karen Lindqvist
Senior Buyer, Snake River State University Purchasing Services
(208) 555-0129
----- Forwarded by Karen Lindqvist/Purchasing/SRSU on 04/22/2025 02:33 PM -----

Tom Aldana/UPD/SRSU                       To     Karen Lindqvist/Purchasing/SRSU@SRSU
                                          cc     Dana Whitby/ITS/SRSU@SRSU
04/21/2025 10:12 AM                       Subject  SAFR quote - Athletics Ops Center

Karen -

Attached is the SAFR quote for the Athletics Operations Center access-control pilot. The
system will match only against the 62 enrolled staff who consent to enrollment; it will
not be used on public areas of campus, and no student images will be enrolled.
""",
"""Enrollment records for staff will be deleted within 30 days of separation from the
University.

University Police will also keep the existing Milestone VMS license ($3,400) on the
regular maintenance schedule - separate PO.

Tom Aldana
Chief of Police, Snake River State University Police Department
1910 University Drive, Pocatello Heights, ID 83299
Non-emergency (208) 555-0100
""",
]
A = "Snake River State University Police Department"; V = "SAFR"; P = "SAFR"
LABEL = {
 "request_agency": "Snake River State University",
 "agencies": [A, "Snake River State University", "Idaho Division of Purchasing"],
 "vendors": [V, "RealNetworks", "Milestone Systems"], "products": [P],
 "costs": [
  {"amount_min": 1150, "amount_max": 1150, "period": "year", "unit": "per camera", "quote": "$1,150 per camera per year", "agency": A, "vendor": V, "product": P},
  {"amount_min": 9200, "amount_max": 9200, "period": "year", "quote": "$9,200 annually", "agency": A, "vendor": V, "product": P},
  {"amount_min": 1800, "amount_max": 1800, "period": "one-time", "quote": "one-time setup fee of $1,800", "agency": A, "vendor": V, "product": P},
 ],
 "counts": [
  {"count": 62, "qualifier": None, "measure": "images", "per": None, "quote": "62 enrolled staff", "agency": A, "vendor": V},
 ],
 "image_counts": [{"count": 62, "quote": "62 enrolled staff"}],
 "policies": [
  {"quote": "it will\nnot be used on public areas of campus, and no student images will be enrolled.", "kind": "prohibition", "agency": A},
  {"quote": "Enrollment records for staff will be deleted within 30 days of separation from the\nUniversity.", "kind": "requirement", "agency": A},
 ],
 "emails": [
  {"from": "Karen Lindqvist/Purchasing/SRSU", "date": "2025-04-22 14:31", "subject": "Re: SAFR quote - Athletics Ops Center", "page_start": 1, "page_end": 1},
  {"from": "Tom Aldana/UPD/SRSU", "date": "2025-04-21 10:12", "subject": "SAFR quote - Athletics Ops Center", "page_start": 1, "page_end": 2},
 ],
 "traps": "$25,000 formal bid threshold (not a price); account 1-40215-6210; Milestone VMS $3,400 (not FR); 8 cameras (not a counted measure); forward stamp 02:33 PM is not a message; 30 days; phones; ZIP",
}
