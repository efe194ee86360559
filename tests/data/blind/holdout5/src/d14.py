NAME = "14_oh_buckeye_valley_fusion_center_idemia_invoice.txt"
STYLE = "text"; SCAN = False; PHOTOCOPY = False
PAGES = [
"""IDEMIA Public Security North America
5515 Edina Industrial Blvd, Edina, MN 55439                          INVOICE
Remit to: Lockbox 774102, Chicago, IL 60677                        Invoice No. INV-OH-77821
                                                                   Invoice Date: 01/06/2026
                                                                   Customer PO: 4500123987
                                                                   Terms: Net 45

BILL TO:
Lorain Hills County Board of Commissioners
Attn: Auditor's Office - Accounts Payable
225 Court Street, Lorain Hills, OH 45999

SERVICE LOCATION:
Buckeye Valley Regional Fusion Center (BVRFC)

Contract: 2023-IDM-04, MorphoFace Investigate - Year 3 of 5

Item  Description                                       Qty  Unit    Rate         Amount
1     MorphoFace Investigate software maintenance,      1    QTR     $12,375.00   $12,375.00
      Q3 of contract year 3 (Jan 1 - Mar 31, 2026)
2     Additional named user licenses, prorated 1 qtr    5    USER    $285.00      $1,425.00
3     Credit - duplicate billing on INV-OH-76610        1    EA      ($300.00)    ($300.00)

                                                Invoice Subtotal          $13,800.00
                                                Credits                     ($300.00)
                                                AMOUNT DUE (USD)          $13,500.00

Late payments are subject to a finance charge of 1.5% per month.
""",
"""CONTRACT AND USAGE SUMMARY (for the customer's records)

Contract 2023-IDM-04 total value: $1.2 million over five years (Years 1-5), including
software maintenance billed quarterly and the Year 1 system purchase of $640,000.

BVRFC usage, Q2 of contract year 3 (Oct 1 - Dec 31, 2025):
   Searches this quarter: 2,947
   Active named users at quarter end: 63
   Images in the BVRFC gallery: 3,412,906

Customer reminder: under the BVRFC Privacy Policy section 7.2, only analysts who have signed
the Center's user acknowledgment may hold MorphoFace Investigate credentials.

Questions: IDEMIA Customer Care, 1-800-555-0133, reference account OH-0427.
""",
]
A = "Buckeye Valley Regional Fusion Center"; V = "IDEMIA"; P = "MorphoFace Investigate"
B = "Lorain Hills County Board of Commissioners"
LABEL = {
 "request_agency": B,
 "agencies": [B, A],
 "vendors": [V], "products": [P],
 "costs": [
  {"amount_min": 12375, "amount_max": 12375, "period": "quarter", "quote": "$12,375.00   $12,375.00", "agency": B, "vendor": V, "product": P},
  {"amount_min": 1425, "amount_max": 1425, "period": "quarter", "quote": "$285.00      $1,425.00", "agency": B, "vendor": V, "product": P},
  {"amount_min": 285, "amount_max": 285, "period": "quarter", "unit": "per user", "quote": "USER    $285.00", "agency": B, "vendor": V, "product": P},
  {"amount_min": 13800, "amount_max": 13800, "period": None, "quote": "Invoice Subtotal          $13,800.00", "agency": B, "vendor": V, "product": P},
  {"amount_min": 13500, "amount_max": 13500, "period": None, "quote": "AMOUNT DUE (USD)          $13,500.00", "agency": B, "vendor": V, "product": P},
  {"amount_min": 1200000, "amount_max": 1200000, "period": None, "quote": "$1.2 million over five years", "agency": B, "vendor": V, "product": P},
  {"amount_min": 640000, "amount_max": 640000, "period": "one-time", "quote": "Year 1 system purchase of $640,000", "agency": B, "vendor": V, "product": P},
 ],
 "counts": [
  {"count": 5, "qualifier": None, "measure": "users", "per": None, "quote": "Additional named user licenses, prorated 1 qtr    5", "agency": A, "vendor": V},
  {"count": 2947, "qualifier": None, "measure": "searches", "per": "quarter", "quote": "Searches this quarter: 2,947", "agency": A, "vendor": V},
  {"count": 63, "qualifier": None, "measure": "users", "per": None, "quote": "Active named users at quarter end: 63", "agency": A, "vendor": V},
  {"count": 3412906, "qualifier": None, "measure": "images", "per": None, "quote": "Images in the BVRFC gallery: 3,412,906", "agency": A, "vendor": V},
 ],
 "image_counts": [{"count": 3412906, "quote": "Images in the BVRFC gallery: 3,412,906"}],
 "policies": [
  {"quote": "under the BVRFC Privacy Policy section 7.2, only analysts who have signed\nthe Center's user acknowledgment may hold MorphoFace Investigate credentials.", "kind": "requirement", "agency": A},
 ],
 "emails": [],
 "traps": "credit ($300.00) (negative, not a cost); finance charge 1.5% per month; lockbox, PO, invoice, account, contract numbers; ZIPs; 1-800 number; 'Year 3 of 5'; section 7.2",
}
