"""`foia serve` speed. Run by hand, on a database seeded by seed_synthetic.py:

    python scripts/seed_synthetic.py --db sqlite:////tmp/foia-scale.db
    python scripts/bench_web.py --db sqlite:////tmp/foia-scale.db

Prints the server time (the whole application in process: routing, session, queries, templates) of
the agency page, the fact page, listings and search, median of several runs, each beside a baseline
measured in the same run: the library call that gathers the same data for the command line
(`foia costs --agency`, `foia show fact`, ...), so the ratio is what the web layer adds. Goal (issue
19): agency and fact pages under 300 ms at 1M facts. Then page images, on a small release generated
here: a page rendered cold against the cached file, and the quote boxes of a scanned page (Tesseract
on first view) cold against cached."""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import func, select  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402

from foia.db import open_database  # noqa: E402
from foia.ingest.ocr import tesseract_path  # noqa: E402
from foia.models import Agency, Cost  # noqa: E402
from foia.query import Filters, rows  # noqa: E402
from foia.search import search  # noqa: E402
from foia.show import fact_evidence  # noqa: E402
from foia.web.app import ServeConfig, create_app  # noqa: E402

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient  # noqa: E402

GOAL_MS = 300.0


def timed(action: Callable[[], Any], runs: int) -> tuple[float, float]:
    """(first run, median of the rest) in milliseconds."""
    timings = []
    for _ in range(runs + 1):
        started = time.perf_counter()
        action()
        timings.append((time.perf_counter() - started) * 1000)
    return timings[0], statistics.median(timings[1:]) if runs else timings[0]


def get(web: TestClient, path: str) -> Callable[[], None]:
    def action() -> None:
        response = web.get(path, follow_redirects=False)
        if response.status_code >= 400:
            raise SystemExit(f"{path}: HTTP {response.status_code}: {response.text[:200]}")

    return action


def pages(url: str, runs: int) -> None:
    engine = open_database(url)
    with Session(engine) as session:
        facts = session.scalar(select(func.count()).select_from(Cost)) or 0
        busiest = session.execute(select(Cost.agency_id, func.count()).group_by(Cost.agency_id)
                                  .order_by(func.count().desc()).limit(1)).first()
        assert busiest is not None, "the database has no costs: seed it first"
        agency_id, agency_costs = busiest
        agency = session.scalar(select(Agency.name).where(Agency.id == agency_id))
        middle = facts // 2
    print(f"{url}: {facts:,} costs; busiest agency {agency!r} has {agency_costs:,}")
    with tempfile.TemporaryDirectory() as cache:
        web = TestClient(create_app(ServeConfig(engine=engine, cache=Path(cache))), base_url="http://127.0.0.1:8000")
        with Session(engine) as session:
            fact_baseline = lambda: fact_evidence(session, "costs", middle)  # noqa: E731
            cases: list[tuple[str, Callable[[], None], Callable[[], Any], bool]] = [
                (f"agency page /agencies/{agency_id}", get(web, f"/agencies/{agency_id}"),
                 lambda: list(rows(engine, "costs", Filters(agency=agency, include_rejected=False))), True),
                (f"fact page /facts/C{middle}", get(web, f"/facts/C{middle}"), fact_baseline, True),
                ("costs listing, first 50 of all", get(web, "/costs"),
                 lambda: list(rows(engine, "costs", Filters(include_rejected=False), limit=50)), False),
                ("costs listing of one agency", get(web, f"/costs?agency={agency}"),
                 lambda: list(rows(engine, "costs", Filters(agency=agency, include_rejected=False), limit=50)), False),
                ("search 'rekognition pricing'", get(web, "/search?q=rekognition+pricing"),
                 lambda: search(engine, "rekognition pricing", limit=50), False),
                ("next unreviewed fact", get(web, "/review/next"), lambda: None, False),
            ]
            print(f"{'page':44} {'first ms':>9} {'median ms':>10} {'baseline ms':>12} {'ratio':>6}")
            for name, page, baseline, has_goal in cases:
                first, median = timed(page, runs)
                _, base = timed(baseline, runs)
                ratio = f"{median / base:6.2f}" if base > 0.5 else "     -"
                verdict = ("  ok" if median < GOAL_MS else f"  over the {GOAL_MS:.0f} ms goal") if has_goal else ""
                print(f"{name:44} {first:9.1f} {median:10.1f} {base:12.1f} {ratio}{verdict}")
    engine.dispose()


def images(runs: int) -> None:
    """A generated release (born-digital and scanned pages) imported into a scratch database."""
    from tests.cli import run
    from tests.pdfs import PdfPage, write_pdf

    text = ("From: Sam Okafor <sokafor@amazon.com>\nSent: Thursday, March 1, 2018 4:02 PM\nSubject: Pricing\n\n"
            "The service will cost between $6 and $12 a month for your booking photos.\n" + "Filler line.\n" * 40)
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        scan = text.replace("4:02 PM", "5:30 PM").replace("between $6 and $12 a month", "$4,800 per year")
        write_pdf(root / "release.pdf", [PdfPage(text), PdfPage(scan, scanned=True)])
        url = f"sqlite:///{root / 'foia.db'}"
        assert run(url, "import", str(root / "release.pdf")).exit_code == 0
        engine = open_database(url)
        with Session(engine) as session:
            layer_fact = session.scalar(select(Cost.id).order_by(Cost.id).limit(1))
            scanned_fact = session.scalar(select(Cost.id).order_by(Cost.id.desc()).limit(1))
        print("\npage images (letter page, 150 dpi PNG)")
        print(f"{'what':44} {'cold ms':>9} {'cached ms':>10} {'ratio':>6}")
        for number in (1, 2):
            cold = []
            for attempt in range(runs):
                web = TestClient(create_app(ServeConfig(engine=engine, cache=root / f"cache-{number}-{attempt}")),
                                 base_url="http://127.0.0.1:8000")
                cold.append(timed(get(web, f"/documents/1/pages/{number}.png"), 0)[0])
            _, cached = timed(get(web, f"/documents/1/pages/{number}.png"), runs)
            name = f"page {number} ({'text layer' if number == 1 else 'scan'}) image"
            print(f"{name:44} {statistics.median(cold):9.1f} {cached:10.1f} {statistics.median(cold) / cached:6.1f}")
        for label, fact in (("fact page, text layer", layer_fact), ("fact page, scan (Tesseract boxes)", scanned_fact)):
            if "scan" in label and tesseract_path() is None:
                print(f"{label:44} skipped: no tesseract")
                continue
            web = TestClient(create_app(ServeConfig(engine=engine, cache=root / f"cache-{fact}")), base_url="http://127.0.0.1:8000")
            cold, _ = timed(get(web, f"/facts/C{fact}"), 0)
            _, cached = timed(get(web, f"/facts/C{fact}"), runs)
            print(f"{label + ' (first view)':44} {cold:9.1f} {cached:10.1f} {cold / cached:6.1f}")
        engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", help="a database seeded by scripts/seed_synthetic.py (omit: page images only)")
    parser.add_argument("--runs", type=int, default=5)
    arguments = parser.parse_args()
    if arguments.db:
        pages(arguments.db, arguments.runs)
    images(arguments.runs)


if __name__ == "__main__":
    main()
