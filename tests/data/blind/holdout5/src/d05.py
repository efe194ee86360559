NAME = "05_ar_ouachita_bend_so_pine_hollow_pd_mou.txt"
STYLE = "text"; SCAN = True; PHOTOCOPY = False
PAGES = [
"""MEMORANDUM OF UNDERSTANDING
between the
OUACHITA BEND COUNTY SHERIFF'S OFFICE
and the
CITY OF PINE HOLLOW, ARKANSAS, on behalf of the PINE HOLLOW POLICE DEPARTMENT

Regarding Shared Access to the Sheriff's Facial Recognition System

I. PURPOSE
This Memorandum of Understanding ("MOU") sets out the terms under which the Pine Hollow Police
Department ("PHPD") may submit probe images to the facial recognition system operated by the
Ouachita Bend County Sheriff's Office ("OBCSO"), which uses Cognitec FaceVACS-DBScan software
licensed by OBCSO.

II. BACKGROUND
OBCSO maintains a gallery of approximately 410,000 booking photographs taken at the Ouachita
Bend County Detention Center since 2006. OBCSO examiners performed 2,318 searches in
calendar year 2024, of which 277 were submitted by outside agencies.

III. COST SHARING
A. PHPD shall pay OBCSO a cost share of $3,600 annually, invoiced each July 1, toward the
   FaceVACS-DBScan maintenance agreement, which costs OBCSO $31,840 per year.
B. Searches beyond 40 per month will be billed at $15 per search.
C. No other fees apply. Fees for jail housing of PHPD arrestees ($45.00 per day) are governed
   by the separate Jail Services Agreement and are not part of this MOU.

IV. CONDITIONS OF USE
1. Only PHPD personnel who have completed OBCSO's eight-hour facial comparison course may
   submit probe images.
2. Each submission must include a case number and the approval of a PHPD sergeant or above.
3. PHPD shall not submit images obtained from live or real-time video feeds.
4. A candidate returned by OBCSO is an investigative lead only and shall not be used as the
   sole basis for an arrest, search warrant, or charging decision.
""",
"""5. Probe images and results shall be retained no longer than the related case file, and
   non-matching probe images shall be purged within 30 days.
6. Misuse of the system will result in immediate suspension of PHPD access.

V. TERM
This MOU is effective upon signature and continues for three (3) years unless terminated by
either party on 60 days' written notice.

FOR THE OUACHITA BEND COUNTY              FOR THE CITY OF PINE HOLLOW
SHERIFF'S OFFICE

___________________________               ___________________________
Sheriff Dale W. Cragg                     Mayor Annette Pruitt
Date: 08/14/2025                          Date: 08/19/2025

                                          ___________________________
                                          Chief of Police Marcus Tolliver
ORI AR0340000                             ORI AR0340100
""",
]
A1 = "Ouachita Bend County Sheriff's Office"; A2 = "Pine Hollow Police Department"; V = "Cognitec"; P = "FaceVACS-DBScan"
LABEL = {
 "request_agency": A1,
 "agencies": [A1, A2, "City of Pine Hollow"],
 "vendors": [V], "products": [P],
 "costs": [
  {"amount_min": 3600, "amount_max": 3600, "period": "year", "quote": "$3,600 annually", "agency": A2, "vendor": V, "product": P},
  {"amount_min": 31840, "amount_max": 31840, "period": "year", "quote": "$31,840 per year", "agency": A1, "vendor": V, "product": P},
  {"amount_min": 15, "amount_max": 15, "period": None, "unit": "per search", "quote": "$15 per search", "agency": A2, "vendor": V, "product": P},
 ],
 "counts": [
  {"count": 410000, "qualifier": "approximately", "measure": "images", "per": None, "quote": "approximately 410,000 booking photographs", "agency": A1, "vendor": None},
  {"count": 2318, "qualifier": None, "measure": "searches", "per": "year", "quote": "performed 2,318 searches", "agency": A1, "vendor": None},
  {"count": 277, "qualifier": None, "measure": "searches", "per": "year", "quote": "277 were submitted by outside agencies", "agency": A1, "vendor": None},
 ],
 "image_counts": [{"count": 410000, "quote": "approximately 410,000 booking photographs"}],
 "policies": [
  {"quote": "Only PHPD personnel who have completed OBCSO's eight-hour facial comparison course may\n   submit probe images.", "kind": "requirement", "agency": A2},
  {"quote": "Each submission must include a case number and the approval of a PHPD sergeant or above.", "kind": "requirement", "agency": A2},
  {"quote": "PHPD shall not submit images obtained from live or real-time video feeds.", "kind": "prohibition", "agency": A2},
  {"quote": "A candidate returned by OBCSO is an investigative lead only and shall not be used as the\n   sole basis for an arrest, search warrant, or charging decision.", "kind": "disclaimer", "agency": A2},
  {"quote": "Probe images and results shall be retained no longer than the related case file, and\n   non-matching probe images shall be purged within 30 days.", "kind": "requirement", "agency": A2},
  {"quote": "Misuse of the system will result in immediate suspension of PHPD access.", "kind": "consequence", "agency": A2},
 ],
 "emails": [],
 "traps": "threshold 'Searches beyond 40 per month' (an allowance, not a usage count); jail housing $45.00 per day; 2006; eight-hour; 30 days; 60 days; three (3) years; ORIs; signature dates",
}
