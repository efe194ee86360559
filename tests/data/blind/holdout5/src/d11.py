NAME = "11_hi_kalani_harbor_police_rekognition_owa.txt"
STYLE = "print"; SCAN = False; PHOTOCOPY = False
PAGES = [
"""Mail - Mendes, Rick - Outlook                                                  Page 1 of 2

RE: FW: Rekognition estimate - Harbor Police case support

Kahale, Noelani <nkahale@kalaniport.hawaii.gov>
Thu 7/17/2025 3:22 PM
To: Mendes, Rick <[REDACTED]@kalaniport.hawaii.gov>
Cc: Ikaika Palakiko <[REDACTED]>

Rick,

Finance is fine with the estimate as long as it stays inside the Harbor Police IT line. We
will budget $350 to $600 per month for Amazon Rekognition and review after 90 days. Please
send me the final Harbor Police SOP. Legal confirmed it says what we need:
No image from the cruise terminal CCTV may be searched without a case number and lieutenant
approval.

Noelani Kahale
Fiscal Officer, Kalani Port Authority
Tel. (808) 555-0121

From: Mendes, Rick <[REDACTED]@kalaniport.hawaii.gov>
Sent: Wednesday, July 16, 2025 8:47 AM
To: Kahale, Noelani <nkahale@kalaniport.hawaii.gov>
Subject: FW: Rekognition estimate - Harbor Police case support

Noelani - forwarding the AWS estimate below. We expect about 400 searches a month against a
collection of roughly 18,000 booking and trespass-warning photos, so we would stay inside the
first pricing tier.

Lt. Rick Mendes
Kalani Harbor Police Department, Investigations Section

From: Jordan Saito <[REDACTED]@amazon.com>
Sent: Tuesday, July 15, 2025 5:02 PM
To: Mendes, Rick <[REDACTED]@kalaniport.hawaii.gov>
Subject: Rekognition estimate - Harbor Police case support
""",
"""Mail - Mendes, Rick - Outlook                                                  Page 2 of 2

Lieutenant,

Rekognition Image face search is billed at $0.001 per image for the first 1 million images
processed each month, and $0.0008 per image after that. Face metadata storage is
$0.00001 per face per month. There is no minimum monthly commitment.

On Mon, Jul 14, 2025 at 1:10 PM, Mendes, Rick wrote:
> Can you send a cost estimate for roughly 400 searches a month? We also have a body camera
> contract renewal ($212,000) coming but that is a separate Axon purchase.

Jordan Saito
Solutions Architect, AWS State & Local Government (Honolulu)
""",
]
A = "Kalani Harbor Police Department"; V = "Amazon Web Services"; P = "Amazon Rekognition"
LABEL = {
 "request_agency": "Kalani Port Authority",
 "agencies": [A, "Kalani Port Authority"],
 "vendors": [V], "products": [P],
 "costs": [
  {"amount_min": 350, "amount_max": 600, "period": "month", "quote": "$350 to $600 per month", "agency": "Kalani Port Authority", "vendor": V, "product": P},
  {"amount_min": 0.001, "amount_max": 0.001, "period": None, "unit": "per image", "quote": "$0.001 per image", "agency": A, "vendor": V, "product": P},
  {"amount_min": 0.0008, "amount_max": 0.0008, "period": None, "unit": "per image", "quote": "$0.0008 per image", "agency": A, "vendor": V, "product": P},
  {"amount_min": 0.00001, "amount_max": 0.00001, "period": "month", "unit": "per face", "quote": "$0.00001 per face per month", "agency": A, "vendor": V, "product": P},
 ],
 "counts": [
  {"count": 400, "qualifier": "approximately", "measure": "searches", "per": "month", "quote": "about 400 searches a month", "agency": A, "vendor": V},
  {"count": 18000, "qualifier": "approximately", "measure": "images", "per": None, "quote": "roughly 18,000 booking and trespass-warning photos", "agency": A, "vendor": V},
 ],
 "image_counts": [{"count": 18000, "quote": "roughly 18,000 booking and trespass-warning photos"}],
 "policies": [
  {"quote": "No image from the cruise terminal CCTV may be searched without a case number and lieutenant\napproval.", "kind": "requirement", "agency": A},
 ],
 "emails": [
  {"from": "Kahale, Noelani", "from_address": "nkahale@kalaniport.hawaii.gov", "date": "2025-07-17 15:22", "subject": "RE: FW: Rekognition estimate - Harbor Police case support", "page_start": 1, "page_end": 1},
  {"from": "Mendes, Rick", "date": "2025-07-16 08:47", "subject": "FW: Rekognition estimate - Harbor Police case support", "page_start": 1, "page_end": 1},
  {"from": "Jordan Saito", "date": "2025-07-15 17:02", "subject": "Rekognition estimate - Harbor Police case support", "page_start": 1, "page_end": 2},
 ],
 "traps": "'first 1 million images processed each month' is a pricing tier, not a count; 'roughly 400 searches a month' in the quoted 'On ... wrote:' is a repeat (quoted message not an entry); body camera $212,000; 90 days; page x of 2; phones; redacted addresses",
}
