NAME = "02_nh_bellweather_pd_rankone_quote.txt"
STYLE = "text"; SCAN = True; PHOTOCOPY = True
PAGES = [
"""RANK ONE COMPUTING CORPORATION
1630 Welton Street, Suite 300, Denver, CO 80202
www.rankone.io  |  sales@rankone.io

SALES QUOTATION                                   Quote No.: Q-NH-2024-0917
                                                  Date: September 17, 2024
                                                  Valid Until: November 15, 2024

Prepared For:
BELLWEATHER POLICE DEPARTMENT
Attn: Capt. Renee Daigle, Support Services Bureau
12 Depot Road, Bellweather, NH 03299
Tel. 603-555-0134   ORI NH0099900

Customer No. 100482

Line  Item / Description                              Qty   Unit Price     Extended
----  ----------------------------------------------  ---   -----------    -----------
1     ROC Investigate - investigator seat license      3    $4,500.00      $13,500.00
      (perpetual, named user)
2     Annual Software Maintenance & Support            1    $2,700.00      $2,700.00
      (per year, 20% of license)
3     Remote Onboarding & Examiner Training            1    $1,200.00      $1,200.00
      (one-time, 2 sessions, up to 6 attendees)
4     Gallery Ingest Connector (booking system)        1    $0.00          $0.00

                                                  Subtotal:             $17,400.00
                                                  Public Safety Discount (10%): -$1,740.00
                                                  Sales Tax (NH 0%):     $0.00
                                                  QUOTE TOTAL:          $15,660.00

Notes:
a. Year 2 and later maintenance renews at $2,700.00 per year unless cancelled.
b. Pricing assumes a gallery of up to 250,000 booking images; larger galleries are quoted
   separately.
c. Payment terms Net 30. Federal Tax ID 81-0000000 (on file).
""",
"""TERMS AND CONDITIONS (EXCERPT)

1. License. Customer receives a non-exclusive license to use ROC Investigate solely for
   lawful law enforcement investigations. Customer shall not use the Software for real-time
   or live video surveillance under this quotation.
2. Human Review. Candidate lists returned by the Software are not positive identifications.
   Customer is responsible for examiner review of every candidate list.
3. Acceptance. Issue a purchase order referencing Q-NH-2024-0917 to accept.

Accepted for the Town of Bellweather:

______________________________          Date: ___________
Town Administrator

Rank One Computing Corporation
Kyle Brandt, Regional Account Executive   (303) 555-0199
""",
]
V = "Rank One Computing"; P = "ROC Investigate"; A = "Bellweather Police Department"
LABEL = {
 "request_agency": "Bellweather Police Department",
 "agencies": ["Bellweather Police Department", "Town of Bellweather"],
 "vendors": [V], "products": [P],
 "costs": [
  {"amount_min": 13500, "amount_max": 13500, "period": None, "quote": "$13,500.00", "agency": A, "vendor": V, "product": P},
  {"amount_min": 4500, "amount_max": 4500, "period": None, "unit": "per user", "quote": "$4,500.00", "agency": A, "vendor": V, "product": P},
  {"amount_min": 2700, "amount_max": 2700, "period": "year", "quote": "renews at $2,700.00 per year", "agency": A, "vendor": V, "product": P},
  {"amount_min": 1200, "amount_max": 1200, "period": "one-time", "quote": "$1,200.00", "agency": A, "vendor": V, "product": P},
  {"amount_min": 17400, "amount_max": 17400, "period": None, "quote": "Subtotal:             $17,400.00", "agency": A, "vendor": V, "product": P},
  {"amount_min": 15660, "amount_max": 15660, "period": None, "quote": "QUOTE TOTAL:          $15,660.00", "agency": A, "vendor": V, "product": P},
 ],
 "counts": [
  {"count": 3, "qualifier": None, "measure": "users", "per": None, "quote": "ROC Investigate - investigator seat license      3", "agency": A, "vendor": V},
  {"count": 250000, "qualifier": "up to", "measure": "images", "per": None, "quote": "up to 250,000 booking images", "agency": A, "vendor": V},
 ],
 "image_counts": [{"count": 250000, "quote": "up to 250,000 booking images"}],
 "policies": [
  {"quote": "Customer shall not use the Software for real-time\n   or live video surveillance under this quotation.", "kind": "prohibition", "agency": A},
  {"quote": "Customer is responsible for examiner review of every candidate list.", "kind": "requirement", "agency": A},
 ],
 "emails": [],
 "traps": "quote number, ORI NH0099900, customer no., tax ID, phones, discount -$1,740.00, 10%, 20%, $0.00 lines, 6 attendees, 2 sessions",
}
