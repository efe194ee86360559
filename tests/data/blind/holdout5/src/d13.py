NAME = "13_ne_platte_crossing_county_po_azure_face.txt"
STYLE = "text"; SCAN = True; PHOTOCOPY = True
PAGES = [
"""COUNTY OF PLATTE CROSSING, NEBRASKA
Purchasing Department - 300 Courthouse Square, Room 104, Platte Crossing, NE 68999
                                                        PURCHASE ORDER
PO Number: 2025-004471                                  PO Date: 10/02/2025
Vendor No.: 0088123                                     Requisition: REQ-25-1187
Contract Ref.: NASPO ValuePoint Cloud Solutions (MA 24-NE-0031)

VENDOR:                                   SHIP TO / BILL TO:
Heartland Cloud Partners, Inc.            Platte Crossing County Sheriff's Office
1200 O Street, Suite 410                  Attn: Records & Technology Unit
Lincoln, NE 68508                         611 W. 2nd Street, Platte Crossing, NE 68999

Ln  Description                                   Qty   UOM    Unit Cost     Ext. Cost
1   Microsoft Azure AI Face API - Standard tier   12    MO     $850.00       $10,200.00
    (committed monthly minimum, Oct 2025-Sep 2026)
2   Face API transactions above monthly minimum   1     LOT    $2,500.00     $2,500.00
    (estimate, not to exceed)
3   Implementation - booking photo index build    1     EA     $4,300.00     $4,300.00
    (one-time)
4   Mobile data terminal mounts (patrol units)    18    EA     $129.00       $2,322.00

                                                   Subtotal               $19,322.00
                                                   Tax (exempt)           $0.00
                                                   PO TOTAL               $19,322.00

Account: 100-2210-52450 (Sheriff - Computer Software)   /   100-2210-53100 (Line 4)
Authorized: ______________________  Purchasing Agent    Date: __________
""",
"""SPECIAL CONDITIONS
1. Line 1 establishes a committed minimum of $850 per month; Face API calls above the
   included volume are billed against Line 2.
2. The Sheriff's booking photo index contains approximately 96,000 images and will be
   hosted in the Azure Government region only.
3. Per Sheriff's Office Policy 613, the Face API may be used only to compare probe images
   against booking photographs, and may not be used with live video.
4. Vendor shall not retain County images after termination.
""",
]
A = "Platte Crossing County Sheriff's Office"; V = "Microsoft"; P = "Azure AI Face"
LABEL = {
 "request_agency": "County of Platte Crossing",
 "agencies": ["County of Platte Crossing", A],
 "vendors": [V, "Heartland Cloud Partners"], "products": [P],
 "costs": [
  {"amount_min": 10200, "amount_max": 10200, "period": "year", "quote": "$10,200.00", "agency": A, "vendor": "Heartland Cloud Partners", "product": P},
  {"amount_min": 850, "amount_max": 850, "period": "month", "quote": "committed minimum of $850 per month", "agency": A, "vendor": "Heartland Cloud Partners", "product": P},
  {"amount_min": None, "amount_max": 2500, "period": None, "quote": "$2,500.00     $2,500.00", "agency": A, "vendor": "Heartland Cloud Partners", "product": P},
  {"amount_min": 4300, "amount_max": 4300, "period": "one-time", "quote": "$4,300.00     $4,300.00", "agency": A, "vendor": "Heartland Cloud Partners", "product": P},
  {"amount_min": 19322, "amount_max": 19322, "period": None, "quote": "PO TOTAL               $19,322.00", "agency": A, "vendor": "Heartland Cloud Partners", "product": None},
 ],
 "counts": [
  {"count": 96000, "qualifier": "approximately", "measure": "images", "per": None, "quote": "approximately 96,000 images", "agency": A, "vendor": None},
 ],
 "image_counts": [{"count": 96000, "quote": "approximately 96,000 images"}],
 "policies": [
  {"quote": "Per Sheriff's Office Policy 613, the Face API may be used only to compare probe images\n   against booking photographs, and may not be used with live video.", "kind": "prohibition", "agency": A},
 ],
 "emails": [],
 "traps": "vendor data-retention term (contract term, not a policy); line 4 MDT mounts $2,322.00 / $129.00 (not FR); subtotal equals total (same figure, one entry); PO/vendor/requisition/contract/account numbers; 12 MO quantity (months, not a count); ZIPs; 18 EA",
}
