NAME = "07_sc_palmetto_shoals_pd_general_order_fr.txt"
STYLE = "text"; SCAN = True; PHOTOCOPY = True
PAGES = [
"""PALMETTO SHOALS POLICE DEPARTMENT                     GENERAL ORDER 412.07
Palmetto Shoals, South Carolina
SUBJECT: FACIAL RECOGNITION TECHNOLOGY                Effective: 03/01/2025
Rescinds: G.O. 412.07 (2021)                          Pages: 2
Authority: Chief of Police Harold J. Simmons          CALEA Std. 41.3.x; 42.1.x

I. PURPOSE
To establish procedures for the use of NEC NeoFace Reveal, the facial recognition software
licensed by the Department, and of the State Law Enforcement Division's shared booking image
repository, which contains more than 1.6 million booking photographs.

II. POLICY
A. Facial recognition results are investigative leads only. A possible match shall not be the
   sole basis for probable cause to detain, arrest, or obtain a warrant.
B. The Department shall not use facial recognition for live or real-time identification of
   persons in video streams, including body-worn camera video.
C. Facial recognition shall not be used to identify persons exercising rights protected by
   the First Amendment, including lawful assembly and protest, unless suspected of a crime.

III. PROCEDURES
A. Authorized users. Only sworn investigators and Crime Analysis Unit staff who have completed
   the NEC operator course and the Department's 4-hour policy training may be issued a NeoFace
   account. The Department currently has 9 authorized users.
B. Approval. Every search requires the approval of a sergeant or above, documented in the
   search log before the search is run.
C. Peer review. A second trained examiner must independently review any candidate before it
   is reported to the case investigator.
""",
"""D. Logging. Each search shall be logged with the case number, requesting officer, approving
   supervisor, probe image source and result.
E. Retention. Probe images not linked to a case shall be deleted after 90 days; search logs
   shall be retained for five years.
F. Prohibited sources. Users shall not upload probe images to any commercial web-scraped
   database (for example, Clearview AI) from Department systems.

IV. AUDIT AND REPORTING
The Office of Professional Standards shall audit a random sample of 10% of searches each
quarter. The Chief shall publish an annual summary of search counts.

V. DISCIPLINE
Any employee who uses facial recognition in violation of this order is subject to discipline
up to and including termination.

BY ORDER OF:  Harold J. Simmons, Chief of Police              Dist.: All Personnel
""",
]
A = "Palmetto Shoals Police Department"; V = "NEC"; P = "NeoFace Reveal"
LABEL = {
 "request_agency": A,
 "agencies": [A, "South Carolina State Law Enforcement Division"],
 "vendors": [V, "Clearview AI"], "products": [P],
 "costs": [],
 "counts": [
  {"count": 1600000, "qualifier": "at least", "measure": "images", "per": None, "quote": "more than 1.6 million booking photographs", "agency": "South Carolina State Law Enforcement Division", "vendor": None},
  {"count": 9, "qualifier": None, "measure": "users", "per": None, "quote": "9 authorized users", "agency": A, "vendor": V},
 ],
 "image_counts": [{"count": 1600000, "quote": "more than 1.6 million booking photographs"}],
 "policies": [
  {"quote": "Facial recognition results are investigative leads only.", "kind": "disclaimer", "agency": A},
  {"quote": "A possible match shall not be the\n   sole basis for probable cause to detain, arrest, or obtain a warrant.", "kind": "disclaimer", "agency": A},
  {"quote": "The Department shall not use facial recognition for live or real-time identification of\n   persons in video streams, including body-worn camera video.", "kind": "prohibition", "agency": A},
  {"quote": "Facial recognition shall not be used to identify persons exercising rights protected by\n   the First Amendment, including lawful assembly and protest, unless suspected of a crime.", "kind": "prohibition", "agency": A},
  {"quote": "Only sworn investigators and Crime Analysis Unit staff who have completed\n   the NEC operator course and the Department's 4-hour policy training may be issued a NeoFace\n   account.", "kind": "requirement", "agency": A},
  {"quote": "Every search requires the approval of a sergeant or above, documented in the\n   search log before the search is run.", "kind": "requirement", "agency": A},
  {"quote": "A second trained examiner must independently review any candidate before it\n   is reported to the case investigator.", "kind": "requirement", "agency": A},
  {"quote": "Each search shall be logged with the case number, requesting officer, approving\n   supervisor, probe image source and result.", "kind": "requirement", "agency": A},
  {"quote": "Probe images not linked to a case shall be deleted after 90 days; search logs\n   shall be retained for five years.", "kind": "requirement", "agency": A},
  {"quote": "Users shall not upload probe images to any commercial web-scraped\n   database (for example, Clearview AI) from Department systems.", "kind": "prohibition", "agency": A},
  {"quote": "The Office of Professional Standards shall audit a random sample of 10% of searches each\nquarter.", "kind": "requirement", "agency": A},
  {"quote": "The Chief shall publish an annual summary of search counts.", "kind": "requirement", "agency": A},
  {"quote": "Any employee who uses facial recognition in violation of this order is subject to discipline\nup to and including termination.", "kind": "consequence", "agency": A},
 ],
 "emails": [],
 "traps": "G.O. 412.07, CALEA standards, dates, 4-hour, 90 days, five years, 10%; Clearview named only in a prohibition",
}
