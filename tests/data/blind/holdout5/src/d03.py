NAME = "03_la_port_sabine_council_minutes_dataworks.txt"
STYLE = "text"; SCAN = False; PHOTOCOPY = False
PAGES = [
"""CITY OF PORT SABINE, LOUISIANA
MINUTES OF THE REGULAR MEETING OF THE CITY COUNCIL
Council Chambers, 200 Cypress Avenue
Tuesday, February 4, 2025 - 6:00 P.M.

PRESENT: Mayor Pro Tem Alcide Broussard; Council Members T. Fontenot, R. Guidry, J. Landry,
M. Thibodeaux, C. Washington. ABSENT: Council Member P. Hebert.

1. CALL TO ORDER AND PLEDGE. The meeting was called to order at 6:02 p.m.

2. APPROVAL OF MINUTES. Minutes of January 21, 2025 approved, 6-0.

3. CONSENT AGENDA. Item 3(a), Resolution No. 2025-R-014, authorizing renewal of the Flock
Safety license plate reader subscription for the Police Department in the amount of $46,200
per year, was approved on consent, 6-0.

4. ORDINANCE NO. 2025-07 - PROFESSIONAL SERVICES AGREEMENT WITH DATAWORKS PLUS, LLC
Chief of Police Evangeline Richard presented the item. The agreement provides the Port Sabine
Police Department with the FACE Plus facial recognition application and connection to the
booking photo repository maintained by the Sabine Parish Sheriff's Office, which she said
holds approximately 380,000 booking photographs. The agreement is for three years in an
amount not to exceed $84,000, payable from the Public Safety Technology Fund (Fund 215).
Year one includes a one-time implementation fee of $9,500.

Chief Richard stated that the Department ran 1,146 searches through the Parish's shared
account during 2024 and that the new agreement provides 6 named user licenses.

Council Member Washington asked whether officers could act on a match alone. Chief Richard
read from draft Policy 4.31: "A facial recognition candidate shall be treated as an
investigative lead only and shall not by itself establish probable cause." She added that
searches of persons engaged in lawful protest are prohibited under the draft policy.

Public comment: Two residents spoke in opposition, one in favor.
""",
"""Council Member Guidry moved to amend the ordinance to require an annual report to Council
listing the number of searches and arrests. Seconded by Council Member Landry. Amendment
adopted 5-1 (Fontenot opposed).

Motion to adopt Ordinance No. 2025-07 as amended: Moved Guidry, seconded Thibodeaux.
YEAS: Broussard, Guidry, Landry, Thibodeaux, Washington (5). NAYS: Fontenot (1).
ABSENT: Hebert (1). The ordinance was ADOPTED.
As amended, the ordinance requires the Police Department to report annually to Council the
number of facial recognition searches and resulting arrests.

5. SETTLEMENT. Council authorized the City Attorney to settle Dupre v. City of Port Sabine
(Civil Action 23-cv-0418) for $27,500. Adopted 6-0.

6. ADJOURNMENT at 7:41 p.m.

Attest: ______________________      Approved: ______________________
Danielle Mouton, City Clerk         Alcide Broussard, Mayor Pro Tem
""",
]
A = "Port Sabine Police Department"; V = "DataWorks Plus"; P = "FACE Plus"
LABEL = {
 "request_agency": "City of Port Sabine",
 "agencies": ["City of Port Sabine", "Port Sabine City Council", A, "Sabine Parish Sheriff's Office"],
 "vendors": [V, "Flock Safety"], "products": [P],
 "costs": [
  {"amount_min": None, "amount_max": 84000, "period": None, "quote": "amount not to exceed $84,000", "agency": A, "vendor": V, "product": P},
  {"amount_min": 9500, "amount_max": 9500, "period": "one-time", "quote": "one-time implementation fee of $9,500", "agency": A, "vendor": V, "product": P},
 ],
 "counts": [
  {"count": 380000, "qualifier": "approximately", "measure": "images", "per": None, "quote": "approximately 380,000 booking photographs", "agency": "Sabine Parish Sheriff's Office", "vendor": None},
  {"count": 1146, "qualifier": None, "measure": "searches", "per": "year", "quote": "ran 1,146 searches", "agency": A, "vendor": None},
  {"count": 6, "qualifier": None, "measure": "users", "per": None, "quote": "6 named user licenses", "agency": A, "vendor": V},
 ],
 "image_counts": [{"count": 380000, "quote": "approximately 380,000 booking photographs"}],
 "policies": [
  {"quote": "A facial recognition candidate shall be treated as an\ninvestigative lead only and shall not by itself establish probable cause.", "kind": "disclaimer", "agency": A},
  {"quote": "searches of persons engaged in lawful protest are prohibited under the draft policy", "kind": "prohibition", "agency": A},
  {"quote": "As amended, the ordinance requires the Police Department to report annually to Council the\nnumber of facial recognition searches and resulting arrests.", "kind": "requirement", "agency": "Port Sabine Police Department"},
 ],
 "emails": [],
 "traps": "Flock LPR $46,200 per year; settlement $27,500; vote tallies 6-0, 5-1; ordinance/resolution numbers; Fund 215; Policy 4.31; civil action number; times",
}
