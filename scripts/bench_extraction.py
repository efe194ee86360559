"""Print how long extraction takes on hostile and on ordinary page text, so the linear-time goal is
checked by figures rather than by timed tests (which flake on busy machines).

    python scripts/bench_extraction.py
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from foia.analysis import analyse
from foia.extract.costs import find_costs
from foia.extract.counts import find_counts
from foia.extract.entities import Gazetteer
from foia.extract.policies import find_policies
from foia.ingest import PageText

MB = 1_000_000
HOSTILE = {
    "digits": "9" * MB,
    "dollar signs then digits": "$" * (MB // 2) + "9" * (MB // 2),
    "$9 repeated": "$9" * (MB // 2),
    "long $ numbers": ("$" + "9" * 50 + " ") * (MB // 52),
    "$1, repeated": "$1," * (MB // 3),
    "between $1 and": "between $1 and " * (MB // 15),
    "thousands separators": "9," * (MB // 2),
}
ORDINARY = (
    "From: Lena Park <lpark@amazon.com>\nSent: Tuesday, May 14, 2019 9:02 AM\nTo: Sgt. Ray Alvarez <ralvarez@orlando.gov>\n"
    "Subject: Rekognition estimate\n\nAmazon Rekognition would run about $6-8 a month for 40,000 booking photos.\n"
    "Investigators are not permitted to arrest anyone based solely on a face recognition match.\n\n"
)


def _time(function, text: str) -> tuple[float, int]:  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    found = sum(1 for _ in function(text))
    return time.perf_counter() - started, found


def main() -> None:
    print(f"{'input (1 MB, one line)':<28} {'costs s':>8} {'counts s':>9} {'policies s':>11}")
    for name, text in HOSTILE.items():
        figures = [_time(function, text)[0] for function in (find_costs, find_counts, find_policies)]
        print(f"{name:<28} {figures[0]:>8.3f} {figures[1]:>9.3f} {figures[2]:>11.3f}")
    gazetteer = Gazetteer.load()
    pages = [PageText(number, ORDINARY * 10, "layer") for number in range(1, 201)]
    started = time.perf_counter()
    analysis = analyse(pages, gazetteer)
    elapsed = time.perf_counter() - started
    print(f"ordinary thread: {len(pages)} pages, {len(analysis.facts)} facts in {elapsed:.2f} s "
          f"({elapsed / len(pages) * 1000:.1f} ms a page)")
    _bench_mentions(gazetteer)


ENTITY_PAGE = (
    "WASHINGTON COUNTY SHERIFF'S OFFICE\n215 SW Adams Ave, Hillsboro, OR 97124 (503) 846-2700\n"
    "Lt. Dana Reyes, Records Clerk East Longmeadow Police Department, wrote to the Oregon State Police and "
    "pkim@co.washington.or.us about Amazon Rekognition and Clearview AI; the Sherif's Offce of Cedar County "
    "and the Department of Motor Vehicles of Vermont were copied.\n"
)
ENTITY_HOSTILE = {"Police ": "police words", "Washington County Sheriff's Office ": "agency names",
                  "Department of ": "department heads", "Abc ": "capitalised words", "503-846-": "phone-like digits"}


def _bench_mentions(gazetteer: Gazetteer) -> None:
    """Gazetteer.mentions and state_clues on 1 MB: an ordinary page repeated, then hostile repetitions,
    each as a ratio to the ordinary page, so a quadratic scan shows as a ratio far above 1."""
    ordinary = (ENTITY_PAGE * (MB // len(ENTITY_PAGE) + 1))[:MB]
    base, found = _time(gazetteer.mentions, ordinary)
    clues_time, clues = _time(gazetteer.state_clues, ordinary)
    print(f"gazetteer on 1 MB of letterhead and prose: mentions {base:.2f} s ({found} found), state_clues {clues_time:.2f} s "
          f"({clues} clues)")
    for fragment, name in ENTITY_HOSTILE.items():
        text = (fragment * (MB // len(fragment) + 1))[:MB]
        elapsed, _ = _time(gazetteer.mentions, text)
        print(f"gazetteer mentions on 1 MB of {name}: {elapsed:.2f} s ({elapsed / base:.1f}x the ordinary page)")


if __name__ == "__main__":
    main()
