NAME = "01_ia_cedar_bluff_pd_clearview_outlook.txt"
STYLE = "print"; SCAN = True; PHOTOCOPY = False
PAGES = [
"""From:                Harlan, Dean R. <dharlan@cedarbluffiowa.gov>
Sent:                Tuesday, March 11, 2025 9:42 AM
To:                  Osei, Marcus
Cc:                  Pruett, Lynn
Subject:             RE: Clearview renewal - CBPD Investigations

Marcus,

Chief signed off. Please put the renewal on the April 8 consent agenda. The budget line is
001-2110-53190 (software maintenance). For reference the prior term was the trial plus one
year, and our investigators ran more than 300 searches in that year.

Per our interim policy, a Clearview result is an investigative lead only and is not
probable cause to arrest.

Lt. Dean R. Harlan
Criminal Investigations Division
Cedar Bluff Police Department
415 Fourth Street SE, Cedar Bluff, IA 52699
Desk (319) 555-0182   Case line (319) 555-0100

From:                Osei, Marcus <mosei@cedarbluffiowa.gov>
Sent:                Monday, March 10, 2025 4:17 PM
To:                  Harlan, Dean R.
Subject:             RE: Clearview renewal - CBPD Investigations

Lt. Harlan - the quote from Clearview came in at $17,500 per year
for 10 investigator accounts, a two-year term at $35,000 if we prepay. The one-year option is fine for
Purchasing. Do you want me to add the mobile app? They said it is included.

Marcus Osei
Procurement Analyst, City of Cedar Bluff Finance Department
(319) 555-0147
""",
"""From:                Harlan, Dean R. <dharlan@cedarbluffiowa.gov>
Sent:                Monday, March 10, 2025 11:05 AM
To:                  Osei, Marcus
Cc:                  Pruett, Lynn; [REDACTED]
Subject:             Clearview renewal - CBPD Investigations

Marcus,

Our Clearview AI subscription expires 04/30/2025 (account no. CV-44817-IA). Can you get a
renewal quote for 10 accounts? Last year we paid $14,950 for 8 accounts. 
Only detectives who have completed the vendor's training course may hold an account.

Unrelated, but the body-worn camera storage invoice ($41,300) is also due in April; that goes
through the Axon contract, not this one.

Thanks,
Dean

Lt. Dean R. Harlan
Criminal Investigations Division
Cedar Bluff Police Department
""",
]
LABEL = {
 "request_agency": "Cedar Bluff Police Department",
 "agencies": ["Cedar Bluff Police Department", "City of Cedar Bluff"],
 "vendors": ["Clearview AI"], "products": ["Clearview AI"],
 "costs": [
  {"amount_min": 17500, "amount_max": 17500, "period": "year", "quote": "$17,500 per year", "agency": "Cedar Bluff Police Department", "vendor": "Clearview AI", "product": "Clearview AI"},
  {"amount_min": 35000, "amount_max": 35000, "period": None, "quote": "a two-year term at $35,000", "agency": "Cedar Bluff Police Department", "vendor": "Clearview AI", "product": "Clearview AI"},
  {"amount_min": 14950, "amount_max": 14950, "period": None, "quote": "Last year we paid $14,950 for 8 accounts", "agency": "Cedar Bluff Police Department", "vendor": "Clearview AI", "product": "Clearview AI"},
 ],
 "counts": [
  {"count": 300, "qualifier": "at least", "measure": "searches", "per": "year", "quote": "ran more than 300 searches in that year", "agency": "Cedar Bluff Police Department", "vendor": "Clearview AI"},
  {"count": 10, "qualifier": None, "measure": "users", "per": None, "quote": "10 investigator accounts", "agency": "Cedar Bluff Police Department", "vendor": "Clearview AI"},
  {"count": 8, "qualifier": None, "measure": "users", "per": None, "quote": "8 accounts", "agency": "Cedar Bluff Police Department", "vendor": "Clearview AI"},
 ],
 "image_counts": [],
 "policies": [
  {"quote": "Per our interim policy, a Clearview result is an investigative lead only and is not\nprobable cause to arrest.", "kind": "disclaimer", "agency": "Cedar Bluff Police Department"},
  {"quote": "Only detectives who have completed the vendor's training course may hold an account.", "kind": "requirement", "agency": "Cedar Bluff Police Department"},
 ],
 "emails": [
  {"from": "Harlan, Dean R.", "from_address": "dharlan@cedarbluffiowa.gov", "date": "2025-03-11 09:42", "subject": "RE: Clearview renewal - CBPD Investigations", "page_start": 1, "page_end": 1},
  {"from": "Osei, Marcus", "from_address": "mosei@cedarbluffiowa.gov", "date": "2025-03-10 16:17", "subject": "RE: Clearview renewal - CBPD Investigations", "page_start": 1, "page_end": 1},
  {"from": "Harlan, Dean R.", "from_address": "dharlan@cedarbluffiowa.gov", "date": "2025-03-10 11:05", "subject": "Clearview renewal - CBPD Investigations", "page_start": 2, "page_end": 2},
 ],
 "traps": "budget line 001-2110-53190, phones, account no. CV-44817-IA, dates, body-worn camera $41,300",
}
