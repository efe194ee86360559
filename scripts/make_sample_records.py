"""Write the sample release in records/: a fictional, clearly marked printed email thread between a
county sheriff's office and a cloud face-recognition vendor, plus a short policy memo.

Deterministic (fixed PDF metadata), so re-running it changes no bytes. Needs the test extra (fpdf2):
    pip install -e '.[test]' && python scripts/make_sample_records.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.pdfs import write_text_pdf  # noqa: E402

MARK = "SAMPLE RECORD - NOT A REAL RELEASE - written for foia's documentation"

THREAD = [
    """From: Sam Okafor <sokafor@amazon.com>
Sent: Thursday, March 1, 2018 4:02 PM
To: Lt. Dana Reyes <dreyes@cedarcounty-so.example.gov>
Subject: Rekognition pricing for Cedar County

Lieutenant Reyes,
Thanks for the call today. As discussed, indexing your booking photos is a one-time job and
storage is billed monthly. At your volume we estimate the service will cost between $6 and $12 a month.
There is no setup fee for Amazon Rekognition; image analysis is $1 per 1,000 images after the free tier.
Best,
Sam Okafor
Solutions Architect, Amazon Web Services

From: Lt. Dana Reyes <dreyes@cedarcounty-so.example.gov>
Sent: Friday, March 2, 2018 9:14 AM
To: Sam Okafor <sokafor@amazon.com>
Cc: Records Unit <records@cedarcounty-so.example.gov>
Subject: RE: Rekognition pricing for Cedar County

Sam,
Good news. We have approximately 305,000 booking photos going back to 2001 and about 20 deputies
who would run searches. Our jail management vendor quoted a $400 setup charge to export them.""",
    """Parking at the county building for Tuesday's meeting is $5 a day, so plan accordingly.

From: Sam Okafor <sokafor@amazon.com>
Sent: Friday, March 2, 2018 11:47 AM
To: Lt. Dana Reyes <dreyes@cedarcounty-so.example.gov>
Subject: RE: RE: Rekognition pricing for Cedar County

Dana,
That volume fits the estimate: $6-$12 per month for storage and searches combined.
I will send the onboarding guide.
Sam""",
    """From: Lt. Dana Reyes <dreyes@cedarcounty-so.example.gov>
Sent: Monday, March 5, 2018 8:30 AM
To: Patrol Sergeants <sergeants@cedarcounty-so.example.gov>
Subject: Face matching - interim rules

All,
Until the written policy is adopted, a match alone does not establish probable cause.
Investigators are not permitted to take enforcement action based solely on a potential match.
Only booking photos lawfully obtained by this office will be searched.
Lt. Reyes""",
]


def main() -> None:
    records = ROOT / "records"
    write_text_pdf(
        records / "sample-cedar-county-rekognition-emails.pdf",
        THREAD,
        header=MARK,
        footer="CCSO {page:06d}",
    )
    print(f"wrote {records / 'sample-cedar-county-rekognition-emails.pdf'}")


if __name__ == "__main__":
    main()
